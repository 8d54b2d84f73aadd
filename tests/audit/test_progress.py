"""`govrules audit` draws a progress bar on stderr when stderr is a terminal, and only then."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

LINE = '{"type": "countersign", "id": "c%d", "requested_on": "2025-03-03", "replied_on": "2025-03-05"}\n'
Terminal = Callable[[Sequence[str]], tuple[int, str]]


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "big.jsonl"
    path.write_text("".join(LINE % i for i in range(45_000)), encoding="utf-8")
    return path


def _cmd(log: Path) -> list[str]:
    return [sys.executable, "-m", "govrules.cli", "audit", "--ruleset", "xifeng-2022", str(log), "--format", "json",
            "-o", os.devnull]  # fmt: skip


def test_progress_bar_on_a_terminal(big_log: Path, in_terminal: Terminal) -> None:
    code, err = in_terminal(_cmd(big_log))
    assert code == 0
    assert "审计中" in err
    assert "40000行" in err


def test_no_progress_bar_when_piped(big_log: Path) -> None:
    done = subprocess.run(_cmd(big_log), capture_output=True, timeout=120, text=True)
    assert done.returncode == 0
    assert "审计中" not in done.stderr
    assert "读取45000条" in done.stderr
