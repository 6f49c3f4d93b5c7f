"""`monitor extract`, `monitor classify` and `monitor reextract`: text files and stored articles read for facts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from monitor import crawl as crawling
from monitor import pipeline
from monitor.cli.base import (
    INIT_HELP,
    MODEL_OPTION,
    Whole,
    cli,
    format_option,
    read_store,
    relevance_model,
    report_problems,
    stderr_console,
    warn,
)
from monitor.cli.printing import print_facts, print_table
from monitor.facts import Fact
from monitor.inputs import InputError, article_paths, read_text_article
from monitor.store import (
    Store,
    default_db_path,
    lake,
)
from monitor.store_options import store_options

MAX_WORKERS = 64  # processes for `reextract --workers`: more is a typo, or a machine's memory run out


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option(["jsonl", "table"], "table", "jsonl: one fact per line with the spec's field names; table: for reading.")
@store_options(
    db_help="Also store the articles and facts in this store: a DuckDB file, or a DuckLake store "
    "'ducklake:postgres:dbname=… host=… user=…' (nothing is stored without it)."
)
@click.option("--init", is_flag=True, help=INIT_HELP)
def extract(paths: tuple[Path, ...], fmt: str, db: str | None, init: bool) -> None:
    """Extract facts from text articles: files, or folders of *.txt files.

    A file may start with a line " date YYYY-MM-DD" (the publication date; it may go on with text);
    its name without extension is the article id.

    \b
    Example:
      monitor extract ../shared/seeds --format jsonl > facts.jsonl
    """
    failures = 0
    facts: list[Fact] = []
    if init and not db:
        raise click.UsageError("--init adds monitor's tables to the --db file: give --db too")
    store = Store.open(db, init=init) if db else None
    try:
        for item in article_paths(list(paths)):
            try:
                if isinstance(item, InputError):
                    raise item
                loaded = read_text_article(item)
            except InputError as err:
                warn(f"error: {err}")
                failures += 1
                continue
            if loaded.warning:
                warn(f"warning: {loaded.warning}")
            ingested = pipeline.ingest(loaded.article, store)
            report_problems(ingested.problems)
            facts.extend(ingested.facts)
    finally:
        if store:
            store.close()
    if store:
        pipeline.refresh_search(store.path, warn)  # after letting go of the store: readers never wait on it
    if fmt == "jsonl":
        for fact in facts:
            sys.stdout.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
    else:
        print_facts(facts)
    sys.exit(1 if failures else 0)


@cli.command(name="classify")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option(
    ["jsonl", "table"],
    "table",
    'jsonl: one line per article, {"doc", "relevant", "score", "model"}; table: for reading.',
)
@MODEL_OPTION
def classify_command(paths: tuple[Path, ...], fmt: str, model_dir: Path | None) -> None:
    """Say whether each text article is about the 2025 reform: the crawler's relevance model.

    Files are read as `monitor extract` reads them (folders: their *.txt files); doc is the file stem.
    The score is the model's calibrated probability; relevant means at or above its threshold. Without a
    readable model the cue rule judges, and says so.

    \b
    Example:
      monitor classify ../shared/seeds --format jsonl
    """
    failures = 0
    model = relevance_model(model_dir)
    if model is None:
        warn("warning: no relevance model could be loaded: the cue rule judges (run notebooks/relevance.ipynb)")
    articles = []
    for item in article_paths(list(paths)):
        try:
            if isinstance(item, InputError):
                raise item
            articles.append(read_text_article(item).article)
        except InputError as err:
            warn(f"error: {err}")
            failures += 1
    # a text file's date line is its publication date: a page from before the reform is not about it
    published = [article.published_at for article in articles]
    judged = crawling.judge_many([(article.title, article.text) for article in articles], model, published)
    if fmt == "jsonl":
        for article, judgement in zip(articles, judged, strict=True):
            sys.stdout.write(json.dumps({"doc": article.id, **judgement.to_json()}, ensure_ascii=False) + "\n")
    else:
        rows = [
            [article.id, "yes" if j.relevant else "no", f"{j.score:.3f}", j.model, (article.title or "")[:70]]
            for article, j in zip(articles, judged, strict=True)
        ]
        kept = sum(j.relevant for j in judged)
        print_table(["doc", "relevant", "score", "model", "title"], rows, title=f"{kept} of {len(judged)} relevant")
    sys.exit(1 if failures else 0)


@cli.command()
@store_options
@click.option("--all", "everything", is_flag=True, help="Every article, not only those an older extractor read.")
@click.option(
    "--workers",
    type=Whole(1, MAX_WORKERS),
    default=1,
    show_default=True,
    metavar="N",
    help="Processes extracting side by side on this machine (this one writes every article); "
    "about the number of CPUs is fastest.",
)
@click.option("--init", is_flag=True, help=INIT_HELP)
def reextract(db: str | None, everything: bool, workers: int, init: bool) -> None:
    """Read stored articles again with this version's extractor, replacing their facts.

    Each article's facts are replaced in one transaction, so a run stopped halfway leaves every
    article with either its old facts or its new ones; running it again finishes the job. The file
    is let go between batches, so readers can query meanwhile. With --workers N, N processes read
    the articles and this one writes them: the store ends the same as with one.

    \b
    Example:
      monitor reextract --db monitor.duckdb
      monitor reextract --db monitor.duckdb --all --workers 4
    """
    from concurrent.futures.process import BrokenProcessPool

    from rich.progress import Progress

    from monitor.extract import EXTRACTOR_VERSION

    path = db or default_db_path()
    if not (init and (lake.is_lake(path) or Path(path).exists())):
        read_store(path).close()  # says so if the file is missing, or not a monitor store
    with Store.open(path, init=init) as store:
        ids = store.query("SELECT id FROM articles ORDER BY id").rows if everything else None
        todo = [row[0] for row in ids] if ids is not None else store.stale_articles(EXTRACTOR_VERSION)
        shown = f" with {workers} workers" if workers > 1 and len(todo) > 1 else ""
        with Progress(console=stderr_console, transient=True) as progress:
            task = progress.add_task(f"re-extracting with {EXTRACTOR_VERSION}{shown}", total=len(todo))
            told = _told_every_tenth(len(todo), not stderr_console.is_terminal)

            def advance(ingested: pipeline.Ingested) -> None:
                progress.advance(task)
                told()

            try:
                done = pipeline.reextract(store, todo, workers, advance)
            except BrokenProcessPool:
                raise click.ClickException(
                    "a worker process died (out of memory?): the articles written are kept; run again to finish"
                ) from None
        counts = store.counts()
    pipeline.refresh_search(path, warn)
    warn(
        f"re-extracted {done.articles} articles with extractor {EXTRACTOR_VERSION}{shown}: {done.facts} facts; "
        f"store holds {counts['articles']} articles and {counts['facts']} facts"
    )


def _told_every_tenth(total: int, in_lines: bool) -> Callable[[], None]:
    """Count an article written; in a log (stderr not a terminal: no progress bar), say so at each tenth."""
    done = 0

    def tell() -> None:
        nonlocal done
        done += 1
        if in_lines and done < total and done % max(1, total // 10) == 0:
            warn(f"re-extracting: {done} of {total} articles written")

    return tell
