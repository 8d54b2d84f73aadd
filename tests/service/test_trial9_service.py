"""Trial 9: the HTTP service called as an office system's developer would, over loopback.

`govrules serve` started on a free port; each fault a problem response must name, not answer around.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")

PROBLEM = "application/problem+json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    port = _free_port()
    data: Path = tmp_path_factory.mktemp("data")
    proc = subprocess.Popen(
        [sys.executable, "-m", "govrules.cli", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "GOVRULES_DATA_DIR": str(data)},
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
        with httpx.Client(base_url=url, timeout=30) as c:
            yield c
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _problem(r: httpx.Response, status: int, kind: str) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == PROBLEM
    body: dict[str, object] = r.json()
    assert body["type"] == f"urn:govrules:problem:{kind}"
    assert "Traceback" not in r.text
    return body


def test_a_deadline_body_naming_another_rule_is_refused(client: httpx.Client) -> None:
    # POST .../deadlines/countersign_reply with "rule": "minutes_issue" answered countersign_reply, silently
    r = client.post(
        "/rulesets/xifeng-2022/deadlines/countersign_reply", json={"rule": "minutes_issue", "anchor": "2025-09-26"}
    )
    body = _problem(r, 422, "invalid-input")
    (error,) = body["errors"]  # type: ignore[misc]
    assert error["field"] == "rule" and error["value"] == "minutes_issue"
    assert "countersign_reply" in error["message"] and "请求体" in error["message"]


def test_a_deadline_body_naming_the_same_rule_is_answered(client: httpx.Client) -> None:
    # a receipt's own input, posted back as it is
    r = client.post(
        "/rulesets/xifeng-2022/deadlines/countersign_reply", json={"rule": "countersign_reply", "anchor": "2025-09-26"}
    )
    assert r.status_code == 200 and r.json()["answer"]["date"] == "2025-10-13"


def test_a_role_holding_a_zero_width_space_is_named_as_such(client: httpx.Client) -> None:
    given = {
        "role": "县\u200b长",
        "kind": "外出",
        "start": "2025-03-06",
        "end": "2025-03-06",
        "requested_on": "2025-03-05",
    }
    body = _problem(client.post("/rulesets/xifeng-2022/leave", json=given), 422, "invalid-input")
    (error,) = body["errors"]  # type: ignore[misc]
    assert "不可见字符U+200B" in error["message"] and "U+200B" in error["message_en"]
