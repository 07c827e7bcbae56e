"""Serving the two built single-page apps: real files as they are, any other path → index.html."""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import Receive, Scope, Send

_MISSING_BUILD = """<!doctype html><html lang="fr"><meta charset="utf-8"><title>Pix</title>
<body><main><h1>Application non construite</h1><p>Lancez <code>make run</code> pour construire
les interfaces. The front end has not been built: run <code>make run</code>.</p></main></body></html>"""


class FrontEnds:
    """What answers when no API route matches: the two SPAs, or a 404 problem under /api.

    Installed as the router's default handler (not as a mount) so that a known API path called
    with the wrong method still gets its 405 instead of falling through to a page.
    """

    def __init__(self, app_folder: Path, orga_folder: Path) -> None:
        self.app_folder = app_folder.resolve()
        self.orga_folder = orga_folder.resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "/")
        if scope["type"] != "http" or path == "/api" or path.startswith("/api/"):
            raise HTTPException(404)
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(405, headers={"Allow": "GET, HEAD"})
        if path == "/orga" or path.startswith("/orga/"):
            response = _spa_response(self.orga_folder, path.removeprefix("/orga"))
        else:
            response = _spa_response(self.app_folder, path)
        await response(scope, receive, send)


def _spa_response(folder: Path, path: str) -> Response:
    relative = path.lstrip("/")
    if relative:
        candidate = (folder / relative).resolve()
        if candidate.is_relative_to(folder) and candidate.is_file():
            # Vite fingerprints assets: they never change under the same name.
            cache = "public, max-age=31536000, immutable" if "/assets/" in path else "no-cache"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        if Path(relative).suffix and not relative.endswith(".html"):
            raise HTTPException(404)
    index = folder / "index.html"
    if not index.is_file():
        return HTMLResponse(_MISSING_BUILD, status_code=503)
    return FileResponse(index, headers={"Cache-Control": "no-cache"})
