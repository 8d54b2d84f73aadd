"""The audit says an unknown word as the command line says it, in a JSON Lines log and in a spreadsheet alike.

An unknown label in a log (縣長 in traditional characters, 县\u200b长 with a zero-width space, 常務會議) was refused
with the generic vocabulary's list (市（县、区）长、…、秘书长…, names the text may not have) and none of the hints the
command line and the HTTP service give (含繁体字，请用简体字：县长 / 含不可见字符U+200B); a leave record's kind was
called 文种. Now the audit's reason is the reader's (`Ruleset.read_role` ...): the word, the hint, the text's own
names; and the .xlsx audit gives the same reason as the JSON Lines audit (s10-words).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.cli._parse import parse_label, parse_leave_kind, parse_meeting, parse_role
from govrules.errors import InvalidInput
from govrules.model import DocumentKind

LEAVE = {"type": "leave", "id": "L1", "kind": "休假", "start": "2025-03-10", "end": "2025-03-11"}
ABSENT = {**LEAVE, "kind": "不能出席会议"}
DOC = {"type": "document", "id": "D1", "kind": "通知", "issuer": "政府"}

#: (ruleset, record, field, the word, what the message must say beside it, the text's own name it lists)
UNKNOWN = [
    pytest.param("xifeng-2022", {**LEAVE, "role": "縣長"}, "role", "縣長", "含繁体字，请用简体字：县长", "分管副县长",
                 id="西丰 六十七 縣長 -> hint 县长, 西丰's roles"),
    pytest.param("xifeng-2022", {**LEAVE, "role": "县\u200b长"}, "role", "县\u200b长", "不可见字符U+200B", "分管副县长",
                 id="西丰 县<U+200B>长 -> invisible hint"),
    pytest.param("xianyang-2013", {**DOC, "signed_by": "市長"}, "signed_by", "市長", "请用简体字：市长", "市长助理",
                 id="咸阳 市長 signer -> hint, 咸阳's roles"),
    pytest.param("dongchuan-2024", {**ABSENT, "role": "副区长", "meeting": "常務會議"}, "meeting", "常務會議",
                 "请用简体字：常务会议", "常务会议", id="东川 二十五 常務會議 -> hint, 东川's meetings"),
    pytest.param("kongtong-2016", {**LEAVE, "role": "副区长", "kind": "外出考察學習"}, "kind", "外出考察學習",
                 "请用简体字：外出考察学习", "外出", id="崆峒 六十六 外出考察學習 -> hint, 崆峒's words, 请假类型"),
    pytest.param("district-xx", {**DOC, "kind": "請示"}, "kind", "請示", "请用简体字：请示", "请示",
                 id="district-xx 請示 -> hint"),
]  # fmt: skip


def _jsonl(rid: str, record: dict[str, Any]) -> list[str]:
    found = audit_lines(rulesets.load(rid), [json.dumps(record, ensure_ascii=False)])
    return [f.message for f in found if f.rule == "invalid_record"]


def _xlsx(rid: str, record: dict[str, Any], folder: Path) -> list[str]:
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    book = openpyxl.Workbook()
    book.active.append(list(record))
    book.active.append([str(v) for v in record.values()])
    path = folder / "log.xlsx"
    book.save(path)
    return [f.message for f in audit_sheet(rulesets.load(rid), path) if f.rule == "invalid_record"]


def _cli(rid: str, field: str, record: dict[str, Any], word: str) -> str:
    rs = rulesets.load(rid)
    try:
        if field == "meeting":
            parse_meeting(rs, word, "--meeting")
        elif field == "kind" and record["type"] == "leave":
            parse_leave_kind(rs, word, "--kind")
        elif field == "kind":
            parse_label(DocumentKind, word, "--kind")
        else:
            parse_role(rs, word, "--role")
    except InvalidInput as e:
        return e.zh or str(e)
    raise AssertionError(f"the command line read {word!r}")


@pytest.mark.parametrize(("rid", "record", "field", "word", "hint", "own"), UNKNOWN)
def test_an_unknown_word_is_said_as_the_command_line_says_it(
    rid: str, record: dict[str, Any], field: str, word: str, hint: str, own: str, tmp_path: Path
) -> None:
    [message] = _jsonl(rid, record)
    assert f"“{word}”" in message and hint in message and own in message, message
    assert f"字段{field}" in message
    cli = _cli(rid, field, record, word)
    assert hint in cli and own in cli  # what the command line says, the audit says
    # the same words; the sheet names the column where the JSON Lines log names the JSON path (s11-words P11)
    [sheet] = _xlsx(rid, record, tmp_path)
    assert re.sub(r"，“[^”]+”列，[A-Z]+列", f"，@ $.{field}", sheet) == message and "列，" in sheet


def test_a_leave_records_kind_is_called_its_kind_of_leave_not_a_document_kind() -> None:
    [message] = _jsonl("xifeng-2022", {**LEAVE, "role": "副县长", "kind": "離丰"})
    assert "字段kind（请假类型" in message and "文种" not in message
    assert "离丰" in message  # 西丰's own word (六十七 离丰), as the command line lists it


def test_the_english_reason_is_the_readers_too() -> None:
    rs = rulesets.load("xifeng-2022")
    found = audit_lines(rs, [json.dumps({**LEAVE, "role": "縣長"}, ensure_ascii=False)], lang="en")
    [message] = [f.message for f in found if f.rule == "invalid_record"]
    assert "unknown role '縣長'" in message and "write 县长" in message and "分管副县长 (DEPUTY)" in message


#: (ruleset, a role as a log writes it, that a roster must not take for a person's name; id: where the text has it)
NOT_PEOPLE = [
    pytest.param("xifeng-2022", "县长同志", id="西丰 六十七 县长 + 同志"),
    pytest.param("xifeng-2022", " 副县长 ", id="西丰 六十七 副县长, spaces around"),
    pytest.param("xifeng-2022", "县政府办公室联系副主任", id="西丰 附件1 县政府办公室联系副主任 (the text's own name)"),
    pytest.param("xianyang-2013", "副市长同志", id="咸阳 六十五 副市长 + 同志"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "role"), NOT_PEOPLE)
def test_a_roster_reads_a_role_as_the_audit_without_one_does(rid: str, role: str, tmp_path: Path) -> None:
    """With --roster, a role written with 同志, with spaces, or by the text's own name was taken for a person's
    name not on the roster, and the record refused; without a roster the same record is read."""
    from govrules.audit import audit
    from govrules.audit.people import load_roster

    roster = tmp_path / "roster.toml"
    roster.write_text('[[member]]\nname = "李四"\nrole = "部门主要负责人"\n', encoding="utf-8")
    record = {**LEAVE, "role": role}
    rs = rulesets.load(rid)
    plain = [(f.rule, f.message) for f in audit(rs, [record])]
    with_roster = [(f.rule, f.message) for f in audit(rs, [record], roster=load_roster(roster))]
    assert all(rule != "invalid_record" for rule, _ in plain), plain
    assert with_roster == plain
