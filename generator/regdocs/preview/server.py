"""`regdocs preview --serve`: the preview kept in memory and served over HTTP on this machine.

Each request first looks at what the page was made from: a page whose spec changed is built
again, every page when a template changed (pages on their next request, all of them for the
index), so a reload shows the edit. A spec that no longer loads shows its error; the server
keeps serving."""

from __future__ import annotations

import socket
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from regdocs.cli import EXIT_OK, EXIT_USAGE
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.preview import templates
from regdocs.preview.page import PageInfo
from regdocs.preview.site import (
    INDEX,
    assets,
    build_specs,
    error_page,
    index_page,
    page_href,
    project_problems,
    render_page,
    template_dirs,
)
from regdocs.project.config import Config
from regdocs.project.pipeline import spec_files

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript"}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


@dataclass
class _Page:
    html: str
    info: PageInfo
    spec_stamp: tuple[int, int] | None
    templates_stamp: tuple


class LiveSite:
    """The preview's files, each rebuilt on request when what it was made from changed."""

    def __init__(self, config: Config, only: list[Path] | None = None, force: bool = False):
        self.config, self.only, self.force = config, only, force
        self.lock = threading.Lock()
        self.pages: dict[Path, _Page] = {}
        self.hrefs: dict[Path, str] = {}
        self.taken: set[str] = set()
        self.templates_stamp: tuple = ()
        self.files: dict[str, str] = {}
        self.project_problems: list = []  # those of the latest build

    def _spec_paths(self) -> list[Path]:
        return list(self.only) if self.only is not None else spec_files(self.config.specs_dir)

    def _check_templates(self) -> tuple:
        stamp = tuple((str(path), _stamp(path)) for path in templates.template_files(template_dirs(self.config)))
        if stamp != self.templates_stamp:
            templates.reload()
            self.templates_stamp = stamp
            self.files = assets(self.config)
        return stamp

    def _stale(self, paths: list[Path]) -> list[Path]:
        stale = []
        for path in paths:
            page = self.pages.get(path)
            if page is None or page.spec_stamp != _stamp(path) or page.templates_stamp != self.templates_stamp:
                stale.append(path)
        return stale

    def _rebuild(self, paths: list[Path]) -> None:
        if not paths:
            return
        stamps = {path: _stamp(path) for path in paths}  # before reading: an edit during the build shows next time
        report = Report()
        result = build_specs(self.config, report, force=self.force, only=paths)
        self.project_problems = project_problems(report, result)
        for record in result.specs:
            if record.path not in self.hrefs:
                self.hrefs[record.path] = page_href(record.path, self.config.specs_dir, self.taken)
            html, info = render_page(record, self.hrefs[record.path], self.config)
            self.pages[record.path] = _Page(html, info, stamps.get(record.path), self.templates_stamp)
            print(f"regdocs preview: built {info.href} ({_counts(info)})", file=sys.stderr)

    def get(self, site_path: str) -> tuple[HTTPStatus, str] | None:
        """The text of a file of the site, rebuilt first when stale; None when there is none."""
        with self.lock:
            try:
                return self._get(site_path)
            except DiagnosticError as error:  # the configuration or a schema file is broken
                return HTTPStatus.INTERNAL_SERVER_ERROR, error_page("regdocs preview", error.diagnostics, "")

    def _get(self, site_path: str) -> tuple[HTTPStatus, str] | None:
        self._check_templates()
        if site_path in self.files:
            return HTTPStatus.OK, self.files[site_path]
        if site_path == INDEX:
            paths = self._spec_paths()
            self._rebuild(self._stale(paths))
            for gone in set(self.pages) - set(paths):
                del self.pages[gone]
            infos = [self.pages[path].info for path in paths if path in self.pages]
            return HTTPStatus.OK, index_page(infos, self.config, self.project_problems)
        path = next((path for path, href in self.hrefs.items() if href == site_path), None)
        if path is None:  # a spec added since: look again
            self._rebuild([path for path in self._spec_paths() if path not in self.hrefs])
            path = next((path for path, href in self.hrefs.items() if href == site_path), None)
        if path is None:
            return None
        if not path.exists():
            return None
        self._rebuild(self._stale([path]))
        return HTTPStatus.OK, self.pages[path].html


def _counts(info: PageInfo) -> str:
    return f"{info.errors} errors, {info.warnings} warnings"


def handler_for(site: LiveSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "regdocs-preview"

        def do_GET(self) -> None:
            self._answer(body=True)

        def do_HEAD(self) -> None:
            self._answer(body=False)

        def _answer(self, body: bool) -> None:
            site_path = unquote(urlsplit(self.path).path).lstrip("/")
            if site_path == "" or site_path.endswith("/"):
                site_path += INDEX
            found = site.get(site_path)
            status, text = found if found is not None else (HTTPStatus.NOT_FOUND, "not found\n")
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", CONTENT_TYPES.get(Path(site_path).suffix, "text/plain; charset=utf-8"))
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if body:
                self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
            pass  # each rebuild is reported instead of each request

    return Handler


def serve(config: Config, host: str, port: int, *, only: list[Path] | None = None, force: bool = False) -> int:
    """Serve the preview on `host:port` until interrupted."""
    site = LiveSite(config, only, force)

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        daemon_threads = True

    try:
        server = Server((host, port), handler_for(site))
    except OSError as error:
        print(f"regdocs preview: error: cannot serve on {host}:{port}: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    shown_host = f"[{host}]" if ":" in host else host
    print(f"regdocs preview: serving http://{shown_host}:{server.server_address[1]}/ (Ctrl-C stops)", file=sys.stderr)
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK
