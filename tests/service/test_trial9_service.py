"""Trial 9: the HTTP service called as an office system's developer would, over loopback.

`govrules serve` started on a free port; each fault a problem response must name, not answer around.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _serve import own_client

httpx = pytest.importorskip("httpx")

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with own_client(tmp_path_factory) as c:
        yield c


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


EXAMPLES = Path(__file__).parent.parent.parent / "docs" / "examples"


@pytest.mark.parametrize(("as_of", "year"), [("2030-01-01", 2030), ("1999-01-01", 1999)])
def test_an_audit_as_of_a_year_without_a_schedule_is_a_problem_not_a_500(
    client: httpx.Client, as_of: str, year: int
) -> None:
    # the command refuses --as-of 2030 (2030年尚无节假日安排); the service answered 200, then
    # {"type": "error", "problem": {… "internal" …}}: a 500 in the stream
    r = client.post(
        f"/rulesets/xifeng-2022/audit?as_of={as_of}",
        content=(EXAMPLES / "countersign.jsonl").read_bytes(),
        headers={"content-type": "application/x-ndjson"},
    )
    body = _problem(r, 422, "calendar-not-covered")
    assert body["year"] == year and "internal" not in r.text


def test_a_refusal_of_the_library_after_the_status_line_is_said_as_such() -> None:
    # whatever the library refuses once the findings have begun is said as the library says it, not as a fault of ours
    import asyncio
    import json
    from datetime import date

    from govrules import rulesets, workdays
    from govrules.service.audit import AuditStream

    body = (EXAMPLES / "countersign.jsonl").read_bytes()
    sent: list[dict[str, object]] = []

    async def run() -> None:
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, object]:
            if messages:
                return messages.pop()
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send(message: dict[str, object]) -> None:
            sent.append(message)

        rs = rulesets.load("xifeng-2022")
        stream = AuditStream(rs, receive, 1 << 20, date(2030, 1, 1), workdays.china(), "test")  # type: ignore[arg-type]
        await stream({"type": "http"}, receive, send)  # type: ignore[arg-type]

    asyncio.run(run())
    last = json.loads(bytes(sent[-1]["body"]).decode())  # type: ignore[arg-type]
    assert last["type"] == "error" and last["problem"]["type"] == "urn:govrules:problem:calendar-not-covered"
    assert last["problem"]["status"] == 422 and last["problem"]["year"] == 2030


def test_a_workbook_posted_as_json_lines_is_said_once(client: httpx.Client, tmp_path: Path) -> None:
    import json

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["类型", "编号", "文种", "发文名义"])
    sheet.append(["公文", "d1", "函", "政府"])
    book.save(tmp_path / "export.xlsx")
    r = client.post(
        "/rulesets/xifeng-2022/audit",
        content=(tmp_path / "export.xlsx").read_bytes(),
        headers={"content-type": "application/x-ndjson"},
    )
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 1 and lines[0]["type"] == "error", r.text[:500]
    assert lines[0]["problem"]["status"] == 422 and "工作簿" in lines[0]["problem"]["detail"]


@pytest.mark.parametrize(
    ("path", "schema", "body"),
    [
        ("signing", "SigningInput", {"kind": "函", "issuer": "政府", "文号": "西政函〔2025〕1号"}),
        ("approval", "ApprovalInput", {"kind": "请示", "issuer": "部门", "标题": "关于…的请示"}),
        (
            "leave",
            "LeaveInput",
            {"role": "县长", "kind": "离丰", "start": "2025-03-06", "end": "2025-03-06", "备注": "x"},
        ),
        ("meeting", "MeetingInput", {"kind": "常务会议", "date": "2025-03-06", "presided_by": "县长", "地点": "x"}),
    ],
)
def test_the_openapi_input_schemas_say_what_the_service_does_with_a_field_it_does_not_name(
    client: httpx.Client, path: str, schema: str, body: dict[str, object]
) -> None:
    # the schemas allowed any other property (the audit record format keeps 标题, 文号), while the service
    # refuses one with a 422: a client generated from /openapi.json was told its extra field was fine
    components = client.get("/openapi.json").json()["components"]["schemas"]
    assert components[schema]["additionalProperties"] is False
    _problem(client.post(f"/rulesets/xifeng-2022/{path}", json=body), 422, "invalid-input")


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/workdays/2025-02-30", "2月没有30日"),
        ("/workdays/2025-13-01", "没有13月"),
        ("/workdays/between/2025-01-01/2025-04-31", "4月没有31日"),
        ("/workdays/2025-02-29/add/3", "2月没有29日"),
    ],
)
def test_an_impossible_date_in_the_address_says_why(client: httpx.Client, path: str, said: str) -> None:
    # a body's anchor said 2月没有30日; the same date in a /workdays address only 应为日期，写作YYYY-MM-DD
    body = _problem(client.get(path), 422, "invalid-input")
    assert said in str(body["detail"])


@pytest.mark.parametrize(
    ("path", "meant"),
    [
        ("/rulesets/西丰", "xifeng-2022"),
        ("/rulesets/东川区/articles/5", "dongchuan-2024"),
        ("/rulesets/xifeng", "xifeng-2022"),
    ],
)
def test_a_ruleset_named_by_its_government_is_pointed_to_its_id(client: httpx.Client, path: str, meant: str) -> None:
    # the command reads 西丰; the service said only 没有规则集 '西丰'；现有：xianyang-2013, … with no word of which
    body = _problem(client.get(path), 404, "unknown-ruleset")
    assert f"/rulesets/{meant}/" in str(body["detail"])


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/rulesets/district-xx/articles/10", "第43条至第76条"),  # page 2 of 3 only: it said "articles 1-34"
        ("/rulesets/district-xx/articles/77", "第43条至第76条"),
        ("/rulesets/xifeng-2022/articles/81", "第1条至第80条"),
    ],
)
def test_an_unknown_article_names_the_articles_held(client: httpx.Client, path: str, said: str) -> None:
    body = _problem(client.get(path), 404, "unknown-article")
    assert said in str(body["detail"]) and "1-34" not in str(body["detail"])
