# `make demo`: set up and run the main job on the bundled sample; `make test`: set up, install Debian's chromium
# and postgresql if missing (for the browser and DuckLake tests; they skip if they cannot be installed), run ruff
# and the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint browser postgres bench model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python tests/site/demo.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# apt-get needs root: sudo -n when not root, so a password prompt fails fast instead of hanging
SUDO := $(if $(filter 0,$(shell id -u)),,sudo -n)

# Never fails the build: without apt-get or root the browser tests skip, saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; \
	} || echo "chromium could not be installed: the browser tests will be skipped" >&2

# Debian's PostgreSQL for the DuckLake tests (tests/pg.py starts its own server in a temporary folder).
# Never fails the build either: without it those tests skip, saying why.
postgres:
	@ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; \
	} || echo "postgresql could not be installed: the DuckLake tests will be skipped" >&2

test: lint browser postgres
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/web.py

# Train the relevance model again: runs notebooks/relevance.ipynb in place (outputs kept), which writes
# models/relevance/ (model.skops, model.json and the model card README.md).
model: $(STAMP)
	$(BIN)/python -c "import nbformat, nbclient; nb = nbformat.read('notebooks/relevance.ipynb', as_version=4); \
	nbclient.NotebookClient(nb, timeout=1200, resources={'metadata': {'path': 'notebooks'}}).execute(); \
	nbformat.write(nb, 'notebooks/relevance.ipynb')"
