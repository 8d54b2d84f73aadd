"""Session 14 (a trial at the turn of the year, as an integrator): a deadline's body written by a client that
sends every property of its class, `"rule": null` among them, reads as the rule left out (docs/service.md: any
member written null is a field left out). Against a running server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _serve import own_client

httpx = pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with own_client(tmp_path_factory) as c:
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


@pytest.mark.parametrize(
    ("path", "body", "field", "said"),
    [
        ("deadlines/countersign_reply", {"anchor": True}, "anchor", "实际是true"),
        ("deadlines/countersign_reply", {"anchor": ["2026-12-25"]}, "anchor", '实际是["2026-12-25"]'),
        ("signing", {"kind": ["通知"], "issuer": "政府"}, "kind", '而给出的是["通知"]'),
        ("leave", {"role": "副县长", "kind": "离丰", "start": "2026-12-28", "substitute": ["是"]}, "substitute", "是"),
        (
            "meeting",
            {"kind": "常务会议", "date": "2026-12-30", "presided_by": "县长", "attendees": ["副县长", None]},
            "attendees[1]",
            "而给出的是null",
        ),
    ],
)
def test_a_value_is_said_as_json_writes_it_not_as_python_would(
    client: httpx.Client, path: str, body: dict[str, object], field: str, said: str
) -> None:
    """A client that wrote JSON reads its value back as JSON (`true`, `null`, `["通知"]`), in both languages,
    never Python's `True`, `None`, `['通知']`."""
    r = client.post(f"/rulesets/xifeng-2022/{path}", json=body)
    assert r.status_code == 422, r.text
    (error,) = r.json()["errors"]
    assert error["field"] == field
    assert said in error["message"]
    for python in ("True", "None", "['"):
        assert python not in error["message"] and python not in error["message_en"], error
