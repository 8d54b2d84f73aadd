"""The session-10 review's findings on the shared word reader, each a test that failed before its fix.

F1: 「县长 同志」 (a space, or an ideographic space, before 同志) in 咸阳's log was checked as its 市长 while
    every other surface refused it as a 县-level name; 西丰's own 「县政府办公室联系副主任 同志」 was refused by the
    audit alone.
F2: an absence's meeting named by another level (县长办公会议 in 咸阳's meeting record) was read by the audit and
    refused by the HTTP service.
F3: a word the audit reads (秘书长 in 西丰's) before an unknown one (縣長) hid the unknown word's hints.
F5: `rulesets.named` and the readers raised TypeError / AttributeError on a value that is not text.
F8: two character hints made unbalanced brackets (「…请删去）（…」).
"""

from __future__ import annotations

import json

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.errors import InvalidInput, character_hints_first
from govrules.model import LeaveKind, MeetingKind, Role

DOC = {"type": "document", "id": "D1", "kind": "通知", "issuer": "以政府名义", "addressee": "下级",
       "signed_on": "2025-03-05"}  # fmt: skip


def _found(rid: str, record: dict[str, object]) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in audit_lines(rulesets.load(rid), [json.dumps(record, ensure_ascii=False)])]


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
@pytest.mark.parametrize(
    ("rid", "field", "name"),
    [
        ("xianyang-2013", "signed_by", "县长"),
        ("xianyang-2013", "reviewed_by", "副县长"),
        ("xifeng-2022", "signed_by", "市长"),
        ("district-xx", "signed_by", "县长"),
    ],
)
def test_another_levels_name_with_a_space_before_the_honorific_is_refused(
    rid: str, field: str, name: str, space: str
) -> None:
    """F1 (咸阳 is a 市: its head is the 市长; 西丰 a 县; district-xx a 区)."""
    value: object = f"{name}{space}同志"
    record = {**DOC, "signed_by": "HEAD", field: [value] if field == "reviewed_by" else value}
    [(rule, message)] = _found(rid, record)
    assert rule == "invalid_record" and "级的名称" in message, message
    with pytest.raises(InvalidInput):  # as the command line and the HTTP service refuse it
        rulesets.load(rid).read_role(str(value))


def test_the_texts_own_name_with_a_space_before_the_honorific_is_read() -> None:
    """F1, the other way: 西丰 附件1 五(三) 「县政府办公室联系副主任」, written with 「 同志」."""
    record = {**DOC, "signed_by": "县长", "reviewed_by": ["县政府办公室联系副主任 同志"]}
    assert all(rule != "invalid_record" for rule, _ in _found("xifeng-2022", record))
    assert rulesets.load("xifeng-2022").read_role("县政府办公室联系副主任 同志") is Role.OFFICE_DEPUTY_DIRECTOR


def test_an_absences_meeting_named_by_another_level_is_refused() -> None:
    """F2: 咸阳 has a 市长办公会议, not a 县长办公会议."""
    absence = {"role": "副市长", "kind": "不能出席会议", "start": "2025-03-06", "end": "2025-03-06",
               "meeting": "县长办公会议"}  # fmt: skip
    record = {"type": "meeting", "id": "M1", "kind": "市长办公会议", "date": "2025-03-06", "presided_by": "市长",
              "absent": [absence]}  # fmt: skip
    [(rule, message)] = _found("xianyang-2013", record)
    assert rule == "invalid_record" and "县长办公会议" in message and "县级的名称" in message
    absence["meeting"] = "市长办公会议"
    assert all(rule != "invalid_record" for rule, _ in _found("xianyang-2013", record))


def test_a_word_read_before_an_unknown_one_does_not_hide_its_hints() -> None:
    """F3: 秘书长 (a role of a county the 西丰 text does not name, read and checked by the audit) before 縣長."""
    record = {**DOC, "signed_by": "秘书长", "reviewed_by": ["縣長"]}
    [(rule, message)] = _found("xifeng-2022", record)
    assert rule == "invalid_record" and "含繁体字，请用简体字：县长" in message, message
    assert "西丰县人民政府工作规则" in message  # the text's own names, not the generic vocabulary


@pytest.mark.parametrize("value", [None, 5, ["西丰县"], {"id": 1}])
def test_a_ruleset_named_by_what_is_not_text_is_refused_in_chinese(value: object) -> None:
    """F5."""
    with pytest.raises(InvalidInput) as e:
        rulesets.named(value)  # type: ignore[arg-type]
    assert e.value.zh is not None and "规则集应以文字给出" in e.value.zh


@pytest.mark.parametrize("value", [None, 5, ["县长"]])
def test_the_readers_refuse_what_is_not_text_in_chinese(value: object) -> None:
    """F5: and pass a member through."""
    rs = rulesets.load("xifeng-2022")
    for read, says in ((rs.read_role, "职务"), (rs.read_meeting, "会议"), (rs.read_leave_kind, "请假类型")):
        with pytest.raises(InvalidInput) as e:
            read(value)  # type: ignore[arg-type]
        assert e.value.zh is not None and f"{says}应以文字给出" in e.value.zh
    assert rs.read_role(Role.HEAD) is Role.HEAD
    assert rs.read_meeting(MeetingKind.EXECUTIVE) is MeetingKind.EXECUTIVE
    assert rs.read_leave_kind(LeaveKind.TRIP) is LeaveKind.TRIP


def test_two_character_hints_are_two_balanced_clauses() -> None:
    """F8: an invisible character and traditional characters in one word; 義 is simplified too."""
    said = character_hints_first("以縣政府名義\u200b")
    assert said == "其中含不可见字符U+200B，请删去；“以縣政府名義\u200b”含繁体字，请用简体字：以县政府名义\u200b；"
    assert said.count("（") == said.count("）")


@pytest.mark.parametrize("suffix", ["同志", " 同志", ""])
@pytest.mark.parametrize(
    ("rid", "name"), [("xianyang-2013", "县人民政府办公室主任"), ("xifeng-2022", "市人民政府办公室主任")]
)
def test_another_levels_long_spelling_with_the_honorific_is_refused(rid: str, name: str, suffix: str) -> None:
    """Second review, A and C: another level's office director spelt at length, with 同志, is refused by the audit
    (it was read as this text's own 办公室主任) and by the reader, saying the level."""
    record = {**DOC, "signed_by": "HEAD", "reviewed_by": [name + suffix]}
    [(rule, message)] = _found(rid, record)
    assert rule == "invalid_record" and "级的名称" in message, message
    with pytest.raises(InvalidInput) as e:
        rulesets.load(rid).read_role(name + suffix)
    assert e.value.zh is not None and "级的名称" in e.value.zh


def test_the_texts_own_government_spelt_at_length_is_read_by_the_audit() -> None:
    """Second review, B: 西丰's 上级人民政府 is its 市政府 (五十三(一) 「以县政府名义报市政府」), spelt 市人民政府
    too."""
    record = {**DOC, "kind": "请示", "issuer": "以县政府名义", "addressee": "市人民政府", "signed_by": "县长"}
    assert all(rule != "invalid_record" for rule, _ in _found("xifeng-2022", record))
    leave = {"type": "leave", "id": "L1", "role": "部门主要负责人", "kind": "离丰", "start": "2025-03-06",
             "end": "2025-03-06", "requested_on": "2025-03-01", "notified": ["市人民政府"]}  # fmt: skip
    assert all(rule != "invalid_record" for rule, _ in _found("xifeng-2022", leave))
