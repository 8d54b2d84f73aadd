"""A page as a person sees it: rendered in headless Chromium, printed to PDF, read back with pdftotext.

.ci/run installs Chromium, CJK fonts and poppler-utils; tests using `render` are skipped without them
(`needs_browser`).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
PDFTOTEXT = shutil.which("pdftotext")

needs_browser = pytest.mark.skipif(
    CHROMIUM is None or PDFTOTEXT is None, reason="needs chromium and pdftotext (.ci/run installs them)"
)


def render(page: Path, pdf: Path) -> str:
    """The text of `page` as Chromium prints it (to `pdf`), read back by pdftotext."""
    assert CHROMIUM is not None and PDFTOTEXT is not None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    return subprocess.run([PDFTOTEXT, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
