"""The preview in a real browser: Debian's headless Chromium, driven by chromedriver over the
WebDriver protocol (a few JSON requests; nothing is downloaded). Skipped when they are absent;
.ci/run installs them."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from regdocs.diagnostics import Report
from regdocs.preview.site import build_site
from regdocs.project.config import load_config
from regdocs.project.outputs import write_atomic

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the WebDriver key of an element reference
# Headless, as root, and quiet: without the background-networking flags Chromium's own
# connections are refused by the closed network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1100,1400",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium not found: apt-get install chromium chromium-driver (.ci/run does)",
)


class Browser:
    """A WebDriver session of headless Chromium."""

    def __init__(self, driver_url: str, profile: str):
        options = {"binary": CHROMIUM, "args": [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]}
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        self.url = driver_url
        self.session = self._call("POST", "/session", {"capabilities": capabilities})["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise AssertionError(f"WebDriver {method} {path}: {error.read().decode()}") from None

    def command(self, method: str, path: str, body: dict | None = None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, url: str) -> None:
        self.command("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return self.command("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def displayed(self, css: str) -> bool:
        return self.command("GET", f"/element/{self.find(css)}/displayed")

    def click(self, css: str) -> None:
        self.command("POST", f"/element/{self.find(css)}/click", {})

    def text(self, css: str) -> str:
        return self.command("GET", f"/element/{self.find(css)}/text")

    def css(self, css: str, prop: str) -> str:
        return self.command("GET", f"/element/{self.find(css)}/css/{prop}")

    def run(self, script: str):
        return self.command("POST", "/execute/sync", {"script": script, "args": []})

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.command("GET", "/screenshot")))

    def close(self) -> None:
        self.command("DELETE", "")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    port = _free_port()
    driver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}", "--allowed-ips=127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    profile = tempfile.mkdtemp(prefix="regdocs-chromium-")
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(url + "/status", timeout=5) as response:
                    if json.loads(response.read())["value"]["ready"]:
                        break
            except OSError:
                time.sleep(0.1)
        session = Browser(url, profile)
        yield session
        session.close()
    finally:
        driver.terminate()
        driver.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The preview of the project's own specs, written as `regdocs preview --out` does."""
    folder = tmp_path_factory.mktemp("site")
    for path, text in build_site(load_config(PROJECT_ROOT), Report()).files.items():
        write_atomic(folder / path, text)
    return folder


def test_the_seed_page_switches_languages_in_the_browser(browser, site, tmp_path):
    browser.open((site / "aws_apigatewayv2_route_response.html").as_uri())
    hcl, python = "#example-1-hcl", "#example-1-python"
    assert browser.displayed(hcl)
    assert 'resource "aws_apigatewayv2_route_response" "example"' in browser.text(hcl)
    assert not browser.displayed(python)
    browser.click(f"{python}-tab")
    assert browser.displayed(python) and not browser.displayed(hcl)
    assert 'Apigatewayv2RouteResponse(self, "example"' in browser.text(python)
    # every example of the page follows the choice: the import block too
    assert browser.displayed("#example-2-python") and not browser.displayed("#example-2-hcl")
    assert browser.css(f"{python}-tab", "font-weight") == "600"
    browser.screenshot(tmp_path / "seed.png")
    if os.environ.get("REGDOCS_SCREENSHOT"):  # how docs/preview.png is made
        browser.screenshot(Path(os.environ["REGDOCS_SCREENSHOT"]))


def test_headings_have_working_anchors(browser, site):
    browser.open((site / "aws_apigatewayv2_route_response.html").as_uri())
    anchor = 'h2#argument-reference a.header-anchor[href="#argument-reference"]'
    browser.click(anchor)
    assert browser.run("return location.hash") == "#argument-reference"
    assert browser.run("return document.getElementById('api_id').tagName") == "LI"


def test_callouts_are_coloured_boxes(browser, site):
    browser.open((site / "acme_widget.html").as_uri())
    warning = ".callout-warning"
    assert browser.displayed(warning)
    assert browser.text(warning).startswith("Note: Deleting a widget")  # the ~> marker is gone
    colours = {kind: browser.css(f".callout-{kind}", "background-color") for kind in ("warning", "note")}
    assert colours["warning"] != colours["note"]
    assert "rgba(0, 0, 0, 0)" not in colours.values()
    assert browser.css(warning, "border-left-width") == "5px"
