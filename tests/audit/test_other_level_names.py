"""A role or a meeting named as another level names it is refused by the audit, as by the command line.

咸阳's text is a 市's: its head is the 市长. A log of 咸阳 that names the 县长 (or the 副县长, the 区长同志,
the 县长办公会议) does not say who acted under 咸阳's rules; the generic vocabulary reads 县长 as the head of any
government, and the audit used to read it as 咸阳's 市长 and check the record as if the 市长 had signed it. The
command line (`govrules signer --role 县长`) and the HTTP service refuse such a name (`Ruleset.other_level`);
the audit now reports the record as `invalid_record`, naming the field, the name, its level and the roles
the text has (`Ruleset.other_level_names`). Names the text itself uses are read as before (东川's 市委 is its
上级党委; 西丰's 市政府 the 上级人民政府).
"""

from __future__ import annotations

import json

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.cli._parse import parse_meeting, parse_role
from govrules.errors import InvalidInput
from govrules.rules import Ruleset

DOC = {"type": "document", "id": "D1", "kind": "通知", "issuer": "政府", "signed_on": "2025-03-04"}


def _found(rid: str, record: dict[str, object], lang: str = "zh") -> list[tuple[str, str]]:
    line = json.dumps(record, ensure_ascii=False)
    return [(f.rule, f.message) for f in audit_lines(rulesets.load(rid), [line], lang=lang)]


#: (ruleset, a record naming another level's role or meeting, its field, that name, the text's own name for it)
MEETING = {"type": "meeting", "id": "M1", "date": "2025-03-04"}
TRIP = {"type": "leave", "id": "L1", "start": "2025-03-10", "end": "2025-03-11", "requested_on": "2025-03-03"}
REFUSED = [
    ("xianyang-2013", {**DOC, "signed_by": "县长"}, "signed_by", "县长", "市长"),
    ("xianyang-2013", {**DOC, "signed_by": "区长同志"}, "signed_by", "区长同志", "市长同志"),
    ("xianyang-2013", {**DOC, "signed_by": "市长", "reviewed_by": ["副县长"]}, "reviewed_by", "副县长", "副市长"),
    ("xianyang-2013", {**DOC, "signed_by": "市长", "reviewed_by": [{"role": "常务副区长"}]}, "reviewed_by",
     "常务副区长", "常务副市长"),
    ("xianyang-2013", {**MEETING, "kind": "县长办公会议", "presided_by": "市长"}, "kind", "县长办公会议",
     "市长办公会议"),
    ("xifeng-2022", {**DOC, "signed_by": "市长"}, "signed_by", "市长", "县长"),
    ("xifeng-2022", {**TRIP, "role": "副市长", "kind": "离丰"}, "role", "副市长", "副县长"),
    ("dongchuan-2024", {**DOC, "signed_by": "县长"}, "signed_by", "县长", "区长"),
    ("kongtong-2016", {**DOC, "signed_by": "区长", "reviewed_by": ["副市长"]}, "reviewed_by", "副市长", "副区长"),
    ("district-xx", {**MEETING, "kind": "常务会议", "presided_by": "县长"}, "presided_by", "县长", "区长"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "record", "field", "name", "own"), REFUSED)
def test_another_levels_name_is_an_invalid_record(
    rid: str, record: dict[str, object], field: str, name: str, own: str
) -> None:
    [(rule, message)] = _found(rid, record)
    assert rule == "invalid_record"
    assert f"字段{field}" in message and f"“{name}”" in message and "级的名称" in message
    assert rulesets.load(rid).title in message
    [(rule, message)] = _found(rid, record, lang="en")
    assert rule == "invalid_record" and f"field {field}" in message and "-level name" in message


@pytest.mark.parametrize(("rid", "record", "field", "name", "own"), REFUSED)
def test_the_same_record_with_the_texts_own_name_is_checked(
    rid: str, record: dict[str, object], field: str, name: str, own: str
) -> None:
    """The refusal is for the name alone: written as the text names that role or meeting, it is read."""
    text = json.dumps(record, ensure_ascii=False).replace(f'"{name}"', f'"{own}"')
    found = _found(rid, json.loads(text))
    assert all(rule != "invalid_record" for rule, _ in found), found


def _cli_refuses(rs: Ruleset, name: str) -> bool:
    for parse in (parse_role, parse_meeting):
        try:
            parse(rs, name, "--x")
        except InvalidInput:
            continue
        return False
    return True


@pytest.mark.parametrize("rid", rulesets.available())
def test_the_audit_refuses_what_the_command_line_refuses(rid: str) -> None:
    """Every name the audit refuses as another level's, the command line refuses too; none is the text's own."""
    rs = rulesets.load(rid)
    other = rs.other_level_names()
    assert other, rid
    assert [name for name in other if not _cli_refuses(rs, name)] == []
    for name in (*rs.role_names.values(), *rs.meeting_names.values()):
        assert name not in other, name


def test_the_texts_own_names_of_another_level_stay_its_own() -> None:
    """东川 names its 上级党委 the 市委; 西丰 its 上级人民政府 the 市政府: not another level's names there."""
    assert "市委" not in rulesets.load("dongchuan-2024").other_level_names()
    assert "市委" in rulesets.load("district-xx").other_level_names()
    record = {**DOC, "kind": "请示", "signed_by": "县长", "addressee": "市政府"}
    assert all(rule != "invalid_record" for rule, _ in _found("xifeng-2022", record))


def test_a_situation_seen_before_does_not_carry_a_refused_name() -> None:
    """The audit remembers situations; a record naming 县长 after many naming 市长 is still refused."""
    rs = rulesets.load("xianyang-2013")
    good = {**DOC, "signed_by": "市长", "reviewed_by": ["分管副市长"]}
    lines = [json.dumps({**good, "id": f"D{i}"}, ensure_ascii=False) for i in range(50)]
    lines.append(json.dumps({**good, "id": "X", "signed_by": "县长"}, ensure_ascii=False))
    found = [f for f in audit_lines(rs, lines) if f.rule == "invalid_record"]
    assert [f.record_id for f in found] == ["X"]
