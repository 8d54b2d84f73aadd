"""Shared fixtures."""

from __future__ import annotations

import os
import pty
import subprocess
from collections.abc import Callable, Sequence

import pytest
from hypothesis import settings

from govrules import workdays
from govrules.calendar_sources import DATA_DIR_ENV

# Tests never assert time (a loaded CI machine is not a slow library): no per-example deadline.
settings.register_profile("govrules", deadline=None)
settings.load_profile("govrules")


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


@pytest.fixture(scope="session", autouse=True)
def _no_user_data_session(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read the real user data directory: a session-wide empty one (before any calendar is built)."""
    os.environ[DATA_DIR_ENV] = str(tmp_path_factory.mktemp("govrules-data"))


@pytest.fixture(autouse=True)
def _no_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """And each test its own, so a year one test adds is not seen by another."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("govrules-data")))


@pytest.fixture
def whole_year_file(tmp_path: os.PathLike[str]) -> Callable[..., os.PathLike[str]]:
    """A callable writing a holiday-cn file of a whole year (from the estimate), as a published file would be:
    `whole_year_file(2027, papers=[...])` -> its path. A partial year is refused by the loader."""
    import json
    from datetime import date, timedelta
    from pathlib import Path

    def write(year: int, papers: Sequence[str] = ()) -> Path:
        est = workdays.estimate(year)
        first = date(year, 1, 1)
        every = (first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days))
        days = [
            {"name": est.holiday_name(d) or "调休", "date": d.isoformat(), "isOffDay": not est.is_workday(d)}
            for d in every
            if est.is_workday(d) == (d.weekday() >= 5)  # weekdays off and weekend days worked
        ]
        path = Path(tmp_path) / f"{year}.json"
        path.write_text(json.dumps({"year": year, "papers": list(papers), "days": days}), encoding="utf-8")
        return path

    return write


#: "ruleset-id:rule-id": run the tests against that ruleset without that rule (tools/mutation.py).
MUTANT_ENV = "GOVRULES_MUTANT"


def pytest_configure(config: pytest.Config) -> None:
    """Under tools/mutation.py, replace one shipped ruleset by itself without one rule, before any test loads it."""
    spec = os.environ.get(MUTANT_ENV)
    if not spec:
        return
    import importlib

    from govrules import rulesets
    from govrules.whatif import remove_rule

    ruleset_id, _, rule_id = spec.partition(":")
    module = importlib.import_module(f"govrules.rulesets.{ruleset_id.replace('-', '_')}")
    module.RULESET = remove_rule(rulesets.load(ruleset_id), rule_id)
    rulesets.load.cache_clear()
