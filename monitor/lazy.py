"""Lazy re-exports for a package's __init__: a name is imported from its module on first use.

A package whose modules load heavy libraries (the crawler: httpx, trafilatura, feedparser; the pipeline: the
extractor's language models) keeps `import package.light_module` and `monitor --version` fast this way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """(__getattr__, __dir__) for package, where maps each public name to the module (of package) holding it."""
    namespace = importlib.import_module(package).__dict__

    def getattr_(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # looked up once
        return value

    def dir_() -> list[str]:
        return sorted(where)

    return getattr_, dir_
