"""Session 13 (the hostile-input trial): the audit over HTTP reads `period` as `govrules audit --period` does, and
a query parameter an address does not read is refused, not ignored. Against a running server on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from _serve import own_client

httpx = pytest.importorskip("httpx")

PROBLEM = "application/problem+json"
NDJSON = {"content-type": "application/x-ndjson"}
# 西丰 四十一: the 常务会议 原则上每月召开1次; one in March 2025 only
LOG = b'{"type":"meeting","id":"m1","kind":"EXECUTIVE","date":"2025-03-04","presided_by":"HEAD"}\n'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with own_client(tmp_path_factory) as c:
        yield c


def _summary(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    rows = [json.loads(x) for x in r.text.splitlines()]
    assert rows[-1]["type"] == "summary"
    return rows


def test_the_audit_reads_a_period_as_the_command_line_does(client: httpx.Client) -> None:
    whole = _summary(client.post("/rulesets/xifeng-2022/audit", content=LOG, headers=NDJSON))
    year = _summary(client.post("/rulesets/xifeng-2022/audit?period=2025", content=LOG, headers=NDJSON))
    # without a period, the rhythm runs from the first meeting to the last: no whole month to check
    assert not [r for r in whole if r.get("rule") == "meeting_rhythm"]
    # over 2025, eleven months without a 常务会议
    assert [r for r in year if r.get("rule") == "meeting_rhythm"]
    assert year[-1]["rhythm_period"] == ["2025-01-01", "2025-12-31"]
    half = _summary(
        client.post("/rulesets/xifeng-2022/audit?period=2025-01-01:2025-06-30", content=LOG, headers=NDJSON)
    )
    assert half[-1]["rhythm_period"] == ["2025-01-01", "2025-06-30"]


@pytest.mark.parametrize(
    ("query", "kind", "said"),
    [
        ("period=2025x", "invalid-input", "不是年份"),
        ("period=2025-06-30:2025-01-01", "invalid-input", "早于开始日"),
        ("period=2031", "calendar-not-covered", "2031"),
        ("perod=2025", "invalid-input", "未知的查询参数“perod”"),
        ("as_of=2025-12-01&lang=en", "invalid-input", "未知的查询参数“lang”"),
    ],
)
def test_a_query_the_audit_cannot_read_is_refused(client: httpx.Client, query: str, kind: str, said: str) -> None:
    r = client.post(f"/rulesets/xifeng-2022/audit?{query}", content=LOG, headers=NDJSON)
    assert r.status_code in (400, 422) and r.headers["content-type"] == PROBLEM, r.text
    body = r.json()
    assert body["type"] == f"urn:govrules:problem:{kind}" and said in json.dumps(body, ensure_ascii=False)


def test_every_address_refuses_a_query_it_does_not_read(client: httpx.Client) -> None:
    r = client.get("/workdays/2025-03-04?provisonal=true")  # misspelt: the answer would not be the one asked for
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    assert "provisonal" in r.text and "provisional" in r.json()["errors"][0]["message_en"]
    assert client.get("/workdays/2025-03-04?provisional=true").status_code == 200
    doc = {"kind": "通知", "issuer": "县政府"}
    assert client.post("/rulesets/xifeng-2022/signing?provisional=false", json=doc).status_code == 200
    assert client.post("/rulesets/xifeng-2022/signing?lang=en", json=doc).status_code == 422


@pytest.mark.parametrize("size", [1, 10, 63])
def test_a_json_array_after_blank_lines_is_refused_however_the_body_is_cut(size: int) -> None:
    # the service looked at the first 64 bytes received: 60 bytes of blank lines before "[", received in small
    # chunks, and the array was read line by line
    from govrules.errors import InvalidInput
    from govrules.service.audit import _lines

    body = b"\n" * 100 + b"[\n" + LOG.rstrip() + b"\n]\n"
    chunks = iter([body[i : i + size] for i in range(0, len(body), size)])
    with pytest.raises(InvalidInput, match="JSON array"):
        list(_lines(chunks, []))
    # a log of blank lines, then records, is read as ever
    assert len([x for x in _lines(iter([b"\n" * 100, LOG]), []) if x.strip()]) == 1
