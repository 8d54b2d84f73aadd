"""Records written in the text's own words, and approvals the text names with no order.

- A role written as the ruleset's text names it (西丰's 县政府办公室, district-xx's 区政府党组成员; 市政府 is the
  上级人民政府 in 西丰 and the government itself in 咸阳) is read as that role by the audit, as the command line
  reads it (`Ruleset.text_role_names`).
- Where the text names the approvers together with no order (西丰 六十七 ¶2 「向县长和分管副县长请假」), any
  order on record is theirs; where it orders them (东川 第四十四条 「向分管副区长请假并报区长审批同意」), the
  order is checked.
"""

from __future__ import annotations

import json

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.labels import normalise
from govrules.model import LeaveKind, Role


def _findings(rid: str, record: dict[str, object]) -> list[tuple[str, str]]:
    line = json.dumps(record, ensure_ascii=False)
    return [(f.rule, f.message) for f in audit_lines(rulesets.load(rid), [line])]


@pytest.mark.parametrize("rid", rulesets.available())
def test_every_role_the_text_names_is_read_from_a_record(rid: str) -> None:
    rs = rulesets.load(rid)
    names = rs.text_role_names()
    # (each as the text writes it, or with its brackets half- or full-width: s10-words)
    # (and the bodies it names acting through a role: `role_aliases`, 西丰 二十一 「县司法局」: session 12)
    assert {normalise(n) for n in names} <= {normalise(n) for n in (*rs.role_names.values(), *rs.role_aliases)}
    for role, name in rs.role_names.items():
        record = {"type": "document", "id": "D1", "kind": "通知", "issuer": "政府", "signed_by": name,
                  "signed_on": "2025-03-04"}  # fmt: skip
        found = _findings(rid, record)
        assert all(rule != "invalid_record" for rule, _ in found), (name, found)
        assert names.get(name, role.name) == role.name


def test_a_name_two_texts_use_for_two_roles_is_each_texts_own() -> None:
    """市政府: the 上级人民政府 in 西丰 (县政府's superior), the government itself in 咸阳."""
    assert rulesets.load("xifeng-2022").text_role_names()["市政府"] == Role.HIGHER_GOVERNMENT.name
    assert rulesets.load("xianyang-2013").text_role_names()["市政府"] == Role.GOVERNMENT.name


def test_the_texts_names_in_nested_objects_are_read() -> None:
    """西丰 附件1: reviews by the 县政府办公室联系副主任 and its 分管文秘工作的副主任, as the text names them."""
    review = {"role": "县政府办公室分管文秘工作的副主任", "act": "签署意见"}
    record = {"type": "document", "id": "D1", "kind": "纪要", "issuer": "政府", "meeting": "专题会议",
              "presided_by": "副县长", "signed_by": "副县长", "signed_on": "2025-03-04",
              "reviewed_by": ["县政府办公室联系副主任", review]}  # fmt: skip
    assert all(rule != "invalid_record" for rule, _ in _findings("xifeng-2022", record))
    record["reviewed_by"] = ["镇长"]  # no text names it: still unreadable, and said why
    [(rule, message)] = _findings("xifeng-2022", record)
    assert rule == "invalid_record" and "镇长" in message


TRIP = {"type": "leave", "id": "L1", "start": "2025-03-10", "end": "2025-03-11", "requested_on": "2025-03-03"}

#: (ruleset, article, the leave, its approvers as the text names them, in the order the library lists them)
UNORDERED = [
    ("xifeng-2022", "六十七 ¶2 向县长和分管副县长请假",
     {"role": "部门主要负责人", "kind": "离丰", "notified": ["县政府办公室"]}, ["县长", "分管副县长"]),
    ("xianyang-2013", "六十五 ¶2 向市长、分管市长请假",
     {"role": "部门主要负责人", "kind": "外出"}, ["市长", "副市长"]),
    ("xianyang-2013", "六十四 向市委书记和省政府办公厅请假",
     {"role": "市长", "kind": "休假"}, ["市委书记", "省政府办公厅"]),
    ("dongchuan-2024", "第四十三条 分别向市人民政府和区委请示报告",
     {"role": "区长", "kind": "休假", "notified": ["市委"]}, ["市人民政府", "区委"]),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "article", "leave", "approvers"), UNORDERED, ids=[u[1] for u in UNORDERED])
def test_approvers_named_with_no_order_may_approve_in_any_order(
    rid: str, article: str, leave: dict[str, object], approvers: list[str]
) -> None:
    record = {**TRIP, **leave}
    rules = [r for r, _ in _findings(rid, {**record, "approved_by": approvers})]
    assert "leave_approvers" not in rules, (article, rules)
    assert "leave_approvers" not in [r for r, _ in _findings(rid, {**record, "approved_by": approvers[::-1]})]
    missing = [r for r, _ in _findings(rid, {**record, "approved_by": approvers[1:]})]
    assert "leave_approvers" in missing, article


def test_approvers_the_text_orders_are_checked_in_order() -> None:
    """东川 第四十四条: 「向分管副区长请假并报区长审批同意」: the 区长 approves after the 分管副区长."""
    record = {**TRIP, "role": "部门主要负责人", "kind": "外出"}
    ordered = [r for r, _ in _findings("dongchuan-2024", {**record, "approved_by": ["副区长", "区长"]})]
    assert "leave_approvers" not in ordered
    reversed_ = [r for r, _ in _findings("dongchuan-2024", {**record, "approved_by": ["区长", "副区长"]})]
    assert "leave_approvers" in reversed_


# -- a field a leave record leaves out is not checked (DESIGN: the summary counts it)


def test_a_leave_records_reason_left_out_is_not_checked() -> None:
    """西丰 四十六: the reasons a leader may give for missing a meeting; a record with no reason is not checked
    against them (it was 「请假事由“未说明”不在所列事由之内」), and the summary says so. A reason given and not
    listed is still reported."""
    record = {"type": "leave", "id": "L1", "role": "副县长", "kind": "不能出席会议", "meeting": "常务会议",
              "start": "2025-03-10", "end": "2025-03-10", "approved_by": ["县长"]}  # fmt: skip
    run = audit_lines(rulesets.load("xifeng-2022"), [json.dumps(record, ensure_ascii=False)])
    assert [f.rule for f in run] == []
    assert run.summary.unchecked["leave_reason (reason not on record)"] == 1
    found = _findings("xifeng-2022", {**record, "reason": "个人事务"})
    assert [r for r, _ in found] == ["leave_reason"]


def test_a_leave_records_substitute_left_out_is_not_checked() -> None:
    """西丰 七 ¶2 / 八: the 县长 away names his stand-in; a record silent on it is not checked, one saying
    `"substitute": false` is a breach."""
    record = {"type": "leave", "id": "L1", "role": "县长", "kind": "离丰", "start": "2025-03-10", "end": "2025-03-12"}
    run = audit_lines(rulesets.load("xifeng-2022"), [json.dumps(record, ensure_ascii=False)])
    assert "leave_substitute" not in [f.rule for f in run]
    assert run.summary.unchecked["leave_substitute (substitute not on record)"] == 1
    assert "leave_substitute" in [r for r, _ in _findings("xifeng-2022", {**record, "substitute": False})]
    assert "leave_substitute" not in [r for r, _ in _findings("xifeng-2022", {**record, "substitute": True})]


@pytest.mark.parametrize(
    ("rid", "kind", "article"),
    [
        ("xianyang-2013", "离咸外出", "六十五 ¶2 各部门和各县市区政府主要负责同志离咸外出"),
        ("dongchuan-2024", "不能参加会议", "第二十五条 如有特殊情况不能参加的"),
        ("kongtong-2016", "外出", "五十九 区政府各部门主要负责同志外出的"),
    ],
)
def test_a_leave_kind_written_as_the_text_names_it_is_read(rid: str, kind: str, article: str) -> None:
    """The words the explanations say (`Ruleset.leave_kind_names`) are read back by the audit and by
    `receipts.decide` (the HTTP service), as the command line reads them."""
    from govrules import receipts

    rs = rulesets.load(rid)
    member = rs.parse_leave_kind(kind).name
    assert member != kind and rs.leave_kind_name(LeaveKind[member]) == kind, article
    record = {**TRIP, "role": "部门主要负责人", "kind": kind, "meeting": "常务会议" if "会议" in kind else None}
    found = _findings(rid, record)
    assert all(rule != "invalid_record" for rule, _ in found), article
    assert found == _findings(rid, {**record, "kind": member}), article  # read as the kind it names
    given = {k: v for k, v in record.items() if k in ("role", "kind", "start", "end", "meeting") and v is not None}
    answer = receipts.decide("leave", rs, given)["answer"]
    assert answer == receipts.decide("leave", rs, {**given, "kind": member})["answer"], article


def test_a_notify_verb_with_stray_braces_is_refused() -> None:
    """A what-if's words for telling those notified hold one {} and no other brace: 「向{}报告{」 would fail
    every explanation that says it."""
    from govrules.errors import InvalidInput

    rs = rulesets.load("kongtong-2016")
    for verb in ("向{}报告{", "向{}{x}", "向}{}"):
        with pytest.raises(InvalidInput, match="notify_verb"):
            rs.replace_rule("department_head_trip", notify_verb=(verb,))


def test_approvals_named_with_no_order_are_said_without_an_order_on_both_sides() -> None:
    """西丰 六十七 ¶2: the message names the approvers on record without 依次 too."""
    record = {**TRIP, "role": "部门主要负责人", "kind": "离丰", "approved_by": ["县长", "县长"]}
    [message] = [m for r, m in _findings("xifeng-2022", record) if r == "leave_approvers"]
    # the message names whose leave it is (r6-audit)
    assert message == "部门主要负责人离丰外出：应经县长、分管副县长审批，实际经县长、县长审批"
