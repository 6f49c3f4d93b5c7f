"""Text articles on disk, in the seeds' format: an optional first line " date YYYY-MM-DD" that may go
on with text, then the article. The file name without extension is the article's id."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from monitor.facts import Article
from monitor.text import stored_text

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(?P<date>\S+)[ \t]?")
ARTICLE_SUFFIXES = (".txt",)


class InputError(Exception):
    """An input that cannot be read as an article; the message is one line naming it."""


@dataclass(slots=True)
class TextArticle:
    article: Article
    warning: str | None = None  # a problem that loses nothing, such as a malformed date line


def read_text_article(path: Path) -> TextArticle:
    """One article from a text file; raises InputError with a one-line reason."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    try:
        text = stored_text(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    published, warning = None, None
    line = _DATE_LINE.match(text)
    if line:
        text = text[line.end() :]
        try:
            published = dt.date.fromisoformat(line.group("date"))
        except ValueError:
            warning = f"{path}: malformed date line {line.group('date')!r}, date inferred from the text"
    if not text.strip():
        raise InputError(f"{path}: empty article")
    source = "line" if published else None
    flag = None if published else "missing"
    article = Article(id=path.stem, text=text, published_at=published, published_source=source, date_flag=flag)
    return TextArticle(article, warning)


def article_paths(paths: list[Path]) -> Iterator[Path | InputError]:
    """The article files named or contained in `paths`; a folder without articles is an error."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
            if not files:
                yield InputError(f"{path}: no articles (*.txt) in folder")
            yield from files
        else:
            yield path
