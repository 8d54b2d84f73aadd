"""`govrules serve` started on a free loopback port for the service tests (test_service, test_trial9_service, …)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import httpx

#: The body limits test_service sets, so that its large-input cases are refused quickly.
LIMITS = ("--max-body", "200000", "--max-audit-body", "2000000")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(env: dict[str, str] | None = None, options: tuple[str, ...] = LIMITS) -> Iterator[str]:
    """`govrules serve` on a free loopback port (with `env`, e.g. its own GOVRULES_DATA_DIR, and `options`): its
    URL, once it answers; stopped on leaving."""
    import httpx  # (here: a test module skips itself when httpx is missing, before calling this)

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "govrules.cli", "serve", "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/rulesets", timeout=1).raise_for_status()
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                proc.kill()
                pytest.fail(f"the server did not start: {out}")
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def own_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """An httpx client of `govrules serve` with a data folder of its own (no user calendar files) and no body
    limits set: what most service test modules share as their `client` fixture."""
    import httpx

    data = tmp_path_factory.mktemp("data")
    with serving({"GOVRULES_DATA_DIR": str(data)}, options=()) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c
