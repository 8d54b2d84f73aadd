"""Session 14 (a trial at the turn of the year, as an integrator): a deadline's body written by a client that
sends every property of its class, `"rule": null` among them, reads as the rule left out (docs/service.md: any
member written null is a field left out). Against a running server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _serve import serving

httpx = pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data: Path = tmp_path_factory.mktemp("data")
    with serving({"GOVRULES_DATA_DIR": str(data)}, options=()) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def test_a_deadline_body_with_rule_null_is_the_rule_left_out(client: httpx.Client) -> None:
    path = "/rulesets/xifeng-2022/deadlines/countersign_reply"
    left_out = client.post(path, json={"anchor": "2026-12-21"})
    written_null = client.post(path, json={"anchor": "2026-12-21", "variant": None, "rule": None})
    assert written_null.status_code == 200, written_null.text
    assert written_null.json()["answer"] == left_out.json()["answer"]
    assert written_null.json()["answer"]["date"] == "2026-12-30"  # 西丰 五十二: 7个工作日


def test_another_rule_in_the_body_is_still_refused_naming_the_field(client: httpx.Client) -> None:
    r = client.post("/rulesets/xifeng-2022/deadlines/countersign_reply", json={"anchor": "2026-12-21", "rule": "x"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert [e["field"] for e in r.json()["errors"]] == ["rule"]
