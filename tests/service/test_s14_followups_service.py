"""Session 14, the trial's items left for the engineers: a query parameter given twice is refused naming it, not
read as its last value; a deadline named in words over HTTP says which id it means, as the command does; the
OpenAPI document's deadline body lets the body repeat the address's rule (or write it null), as docs/service.md
says. Against a running server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _serve import own_client

httpx = pytest.importorskip("httpx")

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with own_client(tmp_path_factory) as c:
        yield c


@pytest.mark.parametrize(
    "query",
    ["provisional=true&provisional=false", "provisional=true&provisional=true"],
)
def test_a_query_parameter_given_twice_is_refused(client: httpx.Client, query: str) -> None:
    r = client.get(f"/workdays/2026-12-01?{query}")
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    (error,) = r.json()["errors"]
    assert error["field"] == "provisional" and "出现了2次" in error["message"]


def test_a_query_parameter_given_once_is_read(client: httpx.Client) -> None:
    assert client.get("/workdays/2026-12-01?provisional=false").status_code == 200


@pytest.mark.parametrize(("words", "meant"), [("会签", "countersign_reply"), ("纪要", "minutes_issue")])
def test_a_deadline_named_in_words_says_which_id_it_means(client: httpx.Client, words: str, meant: str) -> None:
    r = client.post(f"/rulesets/xifeng-2022/deadlines/{words}", json={"anchor": "2026-12-01"})
    assert 400 <= r.status_code < 500 and r.headers["content-type"] == PROBLEM
    assert f"“{words}”是指 {meant}" in r.json()["detail"]


def test_the_deadline_body_schema_lets_the_rule_be_repeated_or_null(client: httpx.Client) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    body = client.get("/openapi.json").json()["components"]["schemas"]["DeadlineBody"]
    for ok in (
        {"anchor": "2026-12-01"},
        {"anchor": "2026-12-01", "rule": "countersign_reply"},
        {"anchor": "2026-12-01", "rule": None},
    ):
        jsonschema.validate(ok, body)
        path = "/rulesets/xifeng-2022/deadlines/countersign_reply"
        assert client.post(path, json=ok).status_code == 200  # what the schema lets in, the service reads
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"anchor": "2026-12-01", "rule": 7}, body)


def test_an_audited_record_in_a_year_without_a_schedule_says_what_the_caller_can_do(client: httpx.Client) -> None:
    # the trial: the finding named the command's --holidays / --provisional; over HTTP it is ?provisional=true
    log = '{"type":"countersign","id":"c1","requested_on":"2026-12-28","replied_on":"2027-01-08"}\n'
    r = client.post(
        "/rulesets/xifeng-2022/audit", content=log.encode(), headers={"content-type": "application/x-ndjson"}
    )
    rows = [__import__("json").loads(x) for x in r.iter_lines() if x]
    (finding,) = rows[:-1]
    assert finding["rule"] == "invalid_record" and "2027" in finding["message"]
    assert "?provisional=true" in finding["message"] and "--provisional" not in finding["message"]
    estimated = client.post(
        "/rulesets/xifeng-2022/audit?provisional=true",
        content=log.encode(),
        headers={"content-type": "application/x-ndjson"},
    )
    assert [__import__("json").loads(x) for x in estimated.iter_lines() if x][-1]["invalid"] == 0
