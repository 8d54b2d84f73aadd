"""Shared fixtures."""

from __future__ import annotations

import os
import pty
import subprocess
from collections.abc import Callable, Sequence

import pytest

from govrules import workdays


@pytest.fixture(scope="session")
def cal() -> workdays.WorkdayCalendar:
    return workdays.china()


def _in_terminal(cmd: Sequence[str]) -> tuple[int, str]:
    """Run a command with its stderr on a pseudo-terminal; its exit status and what it wrote there."""
    parent, child = pty.openpty()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=child)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(parent, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(parent)
    return proc.wait(timeout=120), out.decode("utf-8", "replace")


@pytest.fixture
def in_terminal() -> Callable[[Sequence[str]], tuple[int, str]]:
    """Run a command with stderr on a terminal (for progress bars)."""
    return _in_terminal
