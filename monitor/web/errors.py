"""What a request can get wrong, as the app answers it: an unknown name (404, with the nearest names), a bad
value (422), a store that cannot be read just now (503). The API answers JSON, the pages an HTML page."""

from __future__ import annotations

from typing import Any

from monitor.filters import UnknownName, read_filters


class NotFound(Exception):
    """A name, article, series or week the store does not know; `nearest` are names it does know."""

    def __init__(self, message: str, nearest: list[str] | None = None, kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.nearest = nearest or []
        self.kind = kind  # province, commune, metric, status: what the nearest names are


class BadInput(Exception):
    """A value that cannot be read (a date, an empty filter, since after until): one line saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_names(**given: Any) -> dict[str, Any]:
    """The filters in the store's terms (monitor.filters: names any way they are written, former provinces too).

    A filter given empty is no filter here (a form's empty field); an unknown name is NotFound, a bad value
    BadInput.
    """
    given = {key: value for key, value in given.items() if not (isinstance(value, str) and not value.strip())}
    try:
        return read_filters(**given)
    except UnknownName as error:
        raise NotFound(str(error), list(error.nearest), error.kind) from None
    except ValueError as error:
        raise BadInput(str(error)) from None
