"""notebooks/relevance.ipynb runs in a real kernel and gives the committed model again: same data, same
version, same threshold; its test-split figures meet the floors in quality_floors.toml. It writes into a
temporary folder, so the committed model and the notebook's committed outputs are left as they are."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from monitor.crawl import classifier

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "relevance.ipynb"
FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text(encoding="utf-8"))


def test_the_notebook_is_committed_with_its_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs for cell in code)
    assert not any(output.get("output_type") == "error" for cell in code for output in cell.outputs)


def test_the_notebook_trains_the_committed_model_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_RELEVANCE_OUT", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=1200, resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    trained = json.loads((tmp_path / classifier.CARD_FILE).read_text(encoding="utf-8"))
    committed = json.loads((classifier.MODEL_DIR / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert trained["version"] == committed["version"], "data/relevance changed: run `make model` and commit"
    assert trained["threshold"] == pytest.approx(committed["threshold"], abs=1e-4)
    test = trained["metrics"]["test"]
    floors = FLOORS["relevance"]["test"]
    for measure in ("precision", "recall", "f1"):
        assert test[measure] >= floors[measure], (measure, test)
    assert (tmp_path / "README.md").read_text(encoding="utf-8").startswith(f"# Relevance model {trained['version']}")
    assert os.path.getsize(tmp_path / classifier.MODEL_FILE) < 20_000_000
