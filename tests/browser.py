"""Headless Chromium for tests: load a page, collect its console messages, its DOM and a screenshot."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
# Flags the workplace needs: no sandbox as root, and no background connections to a closed network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]
CONSOLE_RE = re.compile(r":CONSOLE[^\]]*\] (.*)")


@dataclass
class Rendered:
    dom: str
    console: list[str]
    screenshot: Path | None


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if path is None:
        pytest.skip("headless Chromium is not installed (.ci/run installs Debian's chromium)")
    return path


def render(page: Path, screenshot_name: str | None = None) -> Rendered:
    """The page's DOM after its scripts ran, every console message, and optionally a PNG screenshot."""
    browser = chromium()
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
        )
        console = [m.group(1) for m in CONSOLE_RE.finditer(done.stderr)]
        shot = None
        if screenshot_name:
            ARTIFACTS.mkdir(exist_ok=True)
            shot = ARTIFACTS / screenshot_name
            subprocess.run(
                [
                    browser,
                    *FLAGS,
                    f"--user-data-dir={profile}",
                    f"--screenshot={shot}",
                    "--window-size=1400,1800",
                    page.as_uri(),
                ],
                capture_output=True,
                timeout=120,
            )
    return Rendered(done.stdout, console, shot)
