"""Leave kinds, those told and the order of approvers and reviewers, said in each text's own words.

Each ruleset names its kinds of leave (`Ruleset.leave_kind_names`: 外出 in 崆峒, 离丰 in 西丰, 离咸外出 in 咸阳 ...)
and each leave rule says how those it names are told (`LeaveRule.notify_verb`: 向…报告, 报…备案, 按规定向…报备 ...).
The explanation (`LeaveDecision.explain`) and the audit's messages say them so; the order of approvers and of
reviews is said in words (依次经A、B), not with arrows. Readings: docs/interpretations/general.md
(leave-kind-names, notify-verb). Test ids start with the ruleset and the article.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from govrules import attendance, rulesets, signing
from govrules.audit import audit
from govrules.cli import main
from govrules.errors import InvalidInput
from govrules.model import Document, LeaveKind, LeaveRequest, MeetingKind, Role
from govrules.rules import LeaveRule

K, R, M = LeaveKind, Role, MeetingKind

START, ASKED = date(2025, 3, 10), date(2025, 3, 3)


def _bare(message: str) -> str:
    """An audit finding's message without the words naming whose leave it is (「区长外出：」, r6-audit)."""
    return message.split("：", 1)[1]


def _request(role: Role, kind: LeaveKind, meeting: MeetingKind | None = None, days: int = 2) -> LeaveRequest:
    end = date(2025, 3, 9 + days)
    return LeaveRequest(role=role, kind=kind, start=START, end=end, requested_on=ASKED, meeting=meeting)


def _record(request: LeaveRequest, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "leave", "id": "lv", "role": request.role.name, "kind": request.kind.name,
        "start": request.start.isoformat(), "end": request.end.isoformat(),
        "requested_on": request.requested_on.isoformat() if request.requested_on else None,
    }  # fmt: skip
    if request.meeting is not None:
        record["meeting"] = request.meeting.name
    return {**record, **fields}


# (ruleset, kind, the text's word for it): every word a ruleset records, with the article that gives it
KIND_NAMES = [
    pytest.param("kongtong-2016", K.TRIP, "外出", id="kongtong-2016 59 外出 (九 区长外出期间)"),
    pytest.param("kongtong-2016", K.VISIT_ABROAD, "出国（境）", id="kongtong-2016 66 出国（境）"),
    pytest.param("kongtong-2016", K.STUDY, "外出考察学习", id="kongtong-2016 66 外出考察学习"),
    pytest.param("kongtong-2016", K.MEETING_ABSENCE, "不能出席或列席会议", id="kongtong-2016 46 不能出席或列席"),
    pytest.param("xifeng-2022", K.TRIP, "离丰", id="xifeng-2022 67 离丰 (八 县长离丰期间)"),
    pytest.param("xifeng-2022", K.VACATION, "休假", id="xifeng-2022 67 休假"),
    pytest.param("xifeng-2022", K.VISIT_ABROAD, "出访", id="xifeng-2022 51 出访 (四十六 因公出访)"),
    pytest.param("xifeng-2022", K.MEETING_ABSENCE, "会议请假", id="xifeng-2022 46 会议请假"),
    pytest.param("xianyang-2013", K.TRIP, "离咸外出", id="xianyang-2013 65 离咸外出"),
    pytest.param("xianyang-2013", K.VACATION, "休假", id="xianyang-2013 65 休假"),
    pytest.param("xianyang-2013", K.VISIT_ABROAD, "出访", id="xianyang-2013 65 出访"),
    pytest.param("xianyang-2013", K.MEETING_ABSENCE, "不能出席会议", id="xianyang-2013 44 不能出席"),
    pytest.param("dongchuan-2024", K.TRIP, "出差", id="dongchuan-2024 44 出差"),
    pytest.param("dongchuan-2024", K.VISIT_ABROAD, "出访", id="dongchuan-2024 44 出访"),
    pytest.param("dongchuan-2024", K.VACATION, "休假", id="dongchuan-2024 44 休假"),
    pytest.param("dongchuan-2024", K.STUDY, "学习", id="dongchuan-2024 44 学习"),
    pytest.param("dongchuan-2024", K.MEETING_ABSENCE, "不能参加会议", id="dongchuan-2024 25 不能参加"),
    pytest.param("district-xx", K.MEETING_ABSENCE, "不能出席会议", id="district-xx 50 不能出席"),
    pytest.param("district-xx", K.VISIT_ABROAD, "出国", id="district-xx 61(三) 出国审批"),
]


@pytest.mark.parametrize(("ruleset_id", "kind", "word"), KIND_NAMES)
def test_each_text_names_its_kinds_of_leave(ruleset_id: str, kind: LeaveKind, word: str) -> None:
    rs = rulesets.load(ruleset_id)
    assert rs.leave_kind_name(kind) == word
    assert rs.parse_leave_kind(word) is kind  # the text's word is read back as input


# (ruleset, request, in the explanation, the audit's message when no one was told): a table per ruleset
KONGTONG = [
    pytest.param(_request(R.HEAD, K.TRIP), ("区长外出（", "，并按市委、市政府要求报告。"), "未按市委、市政府要求报告",
                 id="59 区长外出 按市委、市政府要求报告"),
    pytest.param(_request(R.DEPUTY, K.TRIP), ("副区长外出（", "，并向区长、区委报告。"), "未向区长、区委报告",
                 id="59 副区长外出 须提前向区长、区委报告"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.STUDY), ("外出考察学习（", "批准，并报区委。"), "未报区委",
                 id="59 部门主要负责同志外出 经区政府领导同意后报区委 (六十六 外出考察学习)"),
    pytest.param(_request(R.DEPUTY, K.VISIT_ABROAD), ("副区长出国（境）（", "，并向区长、区委报告。"),
                 "未向区长、区委报告", id="66 副区长出国（境） (五十九 向区长、区委报告)"),
    pytest.param(_request(R.DEPUTY, K.MEETING_ABSENCE, M.EXECUTIVE), ("副区长不能出席或列席会议（",), None,
                 id="46 不能出席或列席会议 需向会议主持人请假"),
]  # fmt: skip
XIFENG = [
    pytest.param(_request(R.DEPUTY, K.TRIP), ("副县长离丰（", "，并报告县长，由县政府办公室通报县政府其他领导同志。"),
                 "未报告县长；未由县政府办公室通报县政府其他领导同志", id="67 副县长离丰 事先报告县长 办公室通报"),
    pytest.param(_request(R.DEPUTY, K.VACATION), ("副县长休假（", "，并报告县长，由县政府办公室通报"),
                 "未报告县长；未由县政府办公室通报县政府其他领导同志", id="67 副县长休假 事先报告县长"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.TRIP), ("部门主要负责人离丰外出（", "批准，并报县政府办公室备案。"),
                 "未报县政府办公室备案", id="67 部门主要负责人离丰外出 并报县政府办公室备案"),
    pytest.param(_request(R.HEAD, K.TRIP), ("县长离丰（",), None, id="8 县长离丰期间"),
    pytest.param(_request(R.DEPUTY, K.MEETING_ABSENCE, M.EXECUTIVE), ("副县长会议请假（",), None,
                 id="46 原则上不应请假"),
]  # fmt: skip
XIANYANG = [
    pytest.param(_request(R.DEPARTMENT_HEAD, K.TRIP, days=8),
                 ("部门主要负责同志离咸外出（", "批准，并向市政府办公室报告。"), "未向市政府办公室报告",
                 id="65 离咸外出一周以上 并向市政府办公室报告"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.TRIP), ("部门主要负责同志离咸外出（",), None,
                 id="65 离咸外出 事先向市长、分管市长请假"),
    pytest.param(_request(R.DEPUTY, K.MEETING_ABSENCE, M.EXECUTIVE), ("须经市长批准，并向市政府办公室报告。",),
                 "未向市政府办公室报告", id="44 不能出席 须向市长请假 并向市政府办公室报告"),
]  # fmt: skip
DONGCHUAN = [
    pytest.param(_request(R.HEAD, K.TRIP), ("区长出差（", "批准，并向市委报备。"), "未向市委报备",
                 id="44 区长离开东川出差 并向市委报备"),
    pytest.param(_request(R.DEPUTY, K.VACATION), ("副区长休假（", "批准，并按有关规定向区委报备。"),
                 "未按有关规定向区委报备", id="44 副区长离开东川休假 按有关规定向区委报备"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.STUDY), ("学习（", "批准，并按规定向区委报备。"), "未按规定向区委报备",
                 id="44 部门主要负责同志外出 按规定向区委报备"),
    pytest.param(_request(R.TOWNSHIP_HEAD, K.TRIP), ("外出（", "批准，并按规定向区委报备。"), "未按规定向区委报备",
                 id="44 乡镇（街道）主要负责人外出 按规定向区委报备"),
    pytest.param(_request(R.HEAD, K.VISIT_ABROAD), ("区长出访（", "批准，并向市委报备。"), "未向市委报备",
                 id="45 区长出访 (四十四 并向市委报备)"),
    pytest.param(_request(R.DEPUTY, K.VISIT_ABROAD), ("副区长出访（", "批准，并按有关规定向区委报备。"),
                 "未按有关规定向区委报备", id="45 副区长出访 (四十四 按有关规定向区委报备)"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.VISIT_ABROAD), ("出访（", "批准，并按规定向区委报备。"),
                 "未按规定向区委报备", id="45 部门负责同志出访 (四十四 按规定向区委报备)"),
    pytest.param(_request(R.OFFICE_DIRECTOR, K.VISIT_ABROAD), ("区政府办公室主任出访（", "，并按有关规定向区委报备。"),
                 "未按有关规定向区委报备", id="45 区政府办公室主任出访 (四十四 按有关规定向区委报备)"),
    pytest.param(_request(R.DEPUTY, K.MEETING_ABSENCE, M.EXECUTIVE), ("副区长不能参加会议（",), None,
                 id="25 如有特殊情况不能参加的"),
]  # fmt: skip
DISTRICT_XX = [
    pytest.param(_request(R.OFFICE_DIRECTOR, K.MEETING_ABSENCE, M.EXECUTIVE),
                 ("区政府办公室主任不能出席会议（", "，并由区政府办公室汇总，向区长报告。"),
                 "未由区政府办公室汇总；未向区长报告", id="50 列席人员请假 由区政府办公室汇总后向区长报告"),
    pytest.param(_request(R.DEPARTMENT_HEAD, K.VISIT_ABROAD), ("出国（", "须经区长批准。"), None,
                 id="61(三) 出国审批公文 由区长签发"),
]  # fmt: skip


def _named(ruleset_id: str, table: list[Any]) -> list[Any]:
    """A ruleset's table, each id starting with the ruleset (docs/coverage.md counts it for the article)."""
    return [pytest.param(*p.values, id=f"{ruleset_id} {p.id}") for p in table]


def _check_wording(ruleset_id: str, request: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    rs = rulesets.load(ruleset_id)
    decision = attendance.check_leave(rs, request)
    text = decision.explain()
    assert all(s in text for s in says), text
    assert "离开辖区外出" not in text and "备案（报告）" not in text
    if untold is None:
        assert not decision.notify
        return
    record = _record(request, approved_by=[r.name for r in decision.approvers], notified=[])
    messages = [_bare(f.message) for f in audit(rs, [record]) if f.rule == "leave_notify"]
    assert messages == [untold]


@pytest.mark.parametrize(("request_", "says", "untold"), _named("kongtong-2016", KONGTONG))
def test_kongtong_leave_wording(request_: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    _check_wording("kongtong-2016", request_, says, untold)


@pytest.mark.parametrize(("request_", "says", "untold"), _named("xifeng-2022", XIFENG))
def test_xifeng_leave_wording(request_: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    _check_wording("xifeng-2022", request_, says, untold)


@pytest.mark.parametrize(("request_", "says", "untold"), _named("xianyang-2013", XIANYANG))
def test_xianyang_leave_wording(request_: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    _check_wording("xianyang-2013", request_, says, untold)


@pytest.mark.parametrize(("request_", "says", "untold"), _named("dongchuan-2024", DONGCHUAN))
def test_dongchuan_leave_wording(request_: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    _check_wording("dongchuan-2024", request_, says, untold)


@pytest.mark.parametrize(("request_", "says", "untold"), _named("district-xx", DISTRICT_XX))
def test_district_xx_leave_wording(request_: LeaveRequest, says: tuple[str, ...], untold: str | None) -> None:
    _check_wording("district-xx", request_, says, untold)


def test_only_the_untold_are_named() -> None:
    """district-xx 五十: the office told, the 区长 not: only the 区长's words are said."""
    rs = rulesets.load("district-xx")
    request = _request(R.OFFICE_DIRECTOR, K.MEETING_ABSENCE, M.EXECUTIVE)
    record = _record(request, approved_by=[], notified=[R.GOVERNMENT_OFFICE.name])
    assert [_bare(f.message) for f in audit(rs, [record]) if f.rule == "leave_notify"] == ["未向区长报告"]


def test_every_leave_rule_that_tells_someone_says_how() -> None:
    """Each leave rule of the five rulesets with someone to tell records the text's words for it."""
    for ruleset_id in rulesets.available():
        rs = rulesets.load(ruleset_id)
        for rule in rs.rules:
            if isinstance(rule, LeaveRule) and rule.notify:
                assert rule.notify_verb, f"{ruleset_id} {rule.id}"


def test_no_words_recorded_keep_the_engines_wording() -> None:
    """A leave rule with no words recorded (a what-if rule) is said as before: 报…备案（报告）, 未向…报备（报告）."""
    rs = rulesets.load("xifeng-2022").replace_rule("department_head_trip", notify_verb=())
    request = _request(R.DEPARTMENT_HEAD, K.TRIP)
    assert "，并报县政府办公室备案（报告）。" in attendance.check_leave(rs, request).explain()
    record = _record(request, approved_by=["HEAD", "DEPUTY"], notified=[])
    said = [_bare(f.message) for f in audit(rs, [record]) if f.rule == "leave_notify"]
    assert said == ["未向县政府办公室报备（报告）"]


@pytest.mark.parametrize(
    ("ruleset_id", "rule_id", "verb"),
    [
        # one pattern naming no one for two roles told (a pattern without {} names its one role: session 11)
        pytest.param("xifeng-2022", "deputy_trip_or_vacation", ("向区委报告",), id="no {}"),
        pytest.param("kongtong-2016", "department_head_trip", ("向{}报告", "报{}", "报{}备案"), id="three for one"),
        pytest.param("kongtong-2016", "department_head_trip", ("向{}{}报告",), id="two {}"),
    ],
)
def test_notify_verb_names_those_told_once(ruleset_id: str, rule_id: str, verb: tuple[str, ...]) -> None:
    rs = rulesets.load(ruleset_id)
    with pytest.raises(InvalidInput, match="notify_verb"):
        rs.replace_rule(rule_id, notify_verb=verb)


@pytest.mark.parametrize(
    ("ruleset_id", "record", "message"),
    [
        # 向县长和分管副县长: named with no order (approvers_in_order=False), so no 依次 is said
        pytest.param("xifeng-2022", {"role": "DEPARTMENT_HEAD", "approved_by": ["HEAD"]},
                     "应经县长、分管副县长审批，实际由县长审批",
                     id="xifeng-2022 67 向县长和分管副县长请假"),
        pytest.param("dongchuan-2024", {"role": "DEPARTMENT_HEAD", "approved_by": ["HEAD"]},
                     "应依次经副区长、区长审批，实际由区长审批", id="dongchuan-2024 44 向分管副区长请假并报区长审批"),
        pytest.param("xianyang-2013", {"role": "DEPARTMENT_HEAD", "approved_by": []},
                     "应经市长、分管副市长审批，实际无人审批", id="xianyang-2013 65 事先向市长、分管市长请假"),
    ],
)  # fmt: skip
def test_approver_order_said_in_words(ruleset_id: str, record: dict[str, Any], message: str) -> None:
    rs = rulesets.load(ruleset_id)
    request = _request(R.from_label(record["role"]), K.TRIP)
    found = [
        _bare(f.message) for f in audit(rs, [_record(request, **record, notified=[])]) if f.rule == "leave_approvers"
    ]
    assert found == [message]


@pytest.mark.parametrize(
    ("ruleset_id", "document", "message"),
    [
        pytest.param("district-xx", Document(kind="RESOLUTION", issuer="GOVERNMENT"),
                     "审核顺序不符：签发前应依次经区政府办公室、副区长审核，实际依次经副区长、区政府办公室审核",
                     id="district-xx 61 区政府办公室、副区长审核"),
        pytest.param("dongchuan-2024", Document(kind="RESOLUTION", issuer="COORDINATION_BODY"),
                     "审核顺序不符：签发前应依次经议事协调机构下设办公室（综合协调部门）负责人、区政府办公室审核，"
                     "实际依次经区政府办公室、议事协调机构下设办公室（综合协调部门）负责人审核",
                     id="dongchuan-2024 33 议事协调机构 下设办公室、区政府办公室审核"),
    ],
)  # fmt: skip
def test_review_order_said_in_words(ruleset_id: str, document: Document, message: str) -> None:
    rs = rulesets.load(ruleset_id)
    decision = signing.who_signs(rs, document)
    verdict = signing.check_signature(rs, document, decision.signer, list(reversed(decision.reviewers)))
    assert [v.message for v in verdict.violations] == [message]


def test_cli_reads_and_says_the_texts_word(capsys: pytest.CaptureFixture[str]) -> None:
    """`govrules leave 咸阳 --kind 离咸外出`: the text's word is read, and said back."""
    argv = ["leave", "xianyang-2013", "--role", "部门主要负责同志", "--kind", "离咸外出", "--start", "2025-03-10",
            "--requested-on", "2025-03-03"]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "部门主要负责同志离咸外出（2025-03-10至2025-03-10）" in out
