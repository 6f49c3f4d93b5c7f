"""The web app over one store: `create_app(db_path)` gives a FastAPI app that only reads.

Pages (pages.py) and the JSON API (api.py) open the store read-only for the length of a request, so a crawl
keeps writing between requests. Every answer carries a Content-Security-Policy that allows scripts from the
app only (no inline code) and no framing; methods other than GET and HEAD are refused (405).
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from monitor.store import StoreBusy, StoreError, StoreMissing, store_address
from monitor.web import api, pages
from monitor.web.errors import BadInput, NotFound
from monitor.web.render import environment
from monitor.web.searching import Searcher

STATIC = Path(__file__).parent / "static"
PLOTLY = importlib.resources.files("plotly") / "package_data" / "plotly.min.js"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
READING_METHODS = ("GET", "HEAD")


class ReadOnly:
    """ASGI middleware: GET and HEAD only (405 otherwise), the security headers on every answer.

    HEAD is answered as GET without its body (FastAPI's routes answer GET only).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        head = method == "HEAD"

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().title() not in SECURITY_HEADERS]
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        if method not in READING_METHODS:
            refused = JSONResponse(
                {"detail": f"{method} is not allowed: this app only reads (GET, HEAD)"},
                status_code=405,
                headers={"Allow": ", ".join(READING_METHODS)},
            )
            await refused(scope, receive, guarded_send)
            return
        await self.app({**scope, "method": "GET"} if head else scope, receive, guarded_send)


def create_app(db_path: str | Path) -> FastAPI:
    """The app over the store at db_path (opened read-only per request; a missing store answers 503)."""
    app = FastAPI(
        title="monitor",
        summary="Read-only API over the monitor store: provinces, timeline, facts, full-text search, articles.",
        description=(
            "Every listing is JSON, or CSV (UTF-8 with BOM, list columns as JSON) or Parquet with `?format=csv` or "
            "`?format=parquet`. Names are read however they are written ('hai phong', 'TP. Hải Phòng', former "
            "provinces too); an unknown name answers 404 with the nearest names. Every number links to the sentence "
            "it was read from: `link` is `/article/{id}?fact=N`."
        ),
        version="1",
        docs_url=None,  # Swagger and ReDoc load from a CDN: /docs is rendered here from /openapi.json
        redoc_url=None,
    )
    app.state.db_path = store_address(db_path)
    app.state.templates = environment()
    app.state.searcher = Searcher(app.state.db_path)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        # the installed plotly package's own build: the charting library ships with the package, no CDN
        return FileResponse(str(PLOTLY), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _answer_errors(app)
    app.add_middleware(ReadOnly)
    return app


def _answer_errors(app: FastAPI) -> None:
    def answer(
        request: Request, status: int, message: str, nearest: list[str] | None = None, kind: str | None = None
    ) -> Response:
        if request.url.path.startswith(("/api/", "/openapi")):
            found = {"nearest": nearest} if nearest is not None else {}
            return JSONResponse({"detail": message, **found}, status_code=status)
        context = {"status": status, "message": message, "nearest": nearest or [], "kind": kind}
        return pages.page(request, "error.html.j2", status_code=status, **context)

    @app.exception_handler(NotFound)
    def not_found(request: Request, error: NotFound) -> Response:
        return answer(request, 404, error.message, nearest=error.nearest, kind=error.kind)

    @app.exception_handler(BadInput)
    def bad_input(request: Request, error: BadInput) -> Response:
        return answer(request, 422, error.message)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, error: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in error.errors()]
        return answer(request, 422, "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = "no such page" if error.status_code == 404 else str(error.detail)
        return answer(request, error.status_code, message)

    @app.exception_handler(StoreMissing)
    def missing(request: Request, error: StoreMissing) -> Response:
        return answer(request, 503, str(error).splitlines()[0])

    @app.exception_handler(StoreBusy)
    def busy(request: Request, error: StoreBusy) -> Response:
        response = answer(request, 503, "the store is busy (a writer holds it): try again in a moment")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(StoreError)
    def unusable(request: Request, error: StoreError) -> Response:
        return answer(request, 503, str(error).splitlines()[0])
