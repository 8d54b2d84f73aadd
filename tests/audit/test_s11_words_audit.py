"""Session 11 (s11-words): the audit of JSON Lines and of a spreadsheet reads and says the words as the command line
and the HTTP service do. Each row names its ruleset and article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import Finding, audit_lines

DOC = {"type": "document", "id": "D1", "kind": "通知", "issuer": "以政府名义", "signed_on": "2025-03-05"}


def _jsonl(rid: str, *records: dict[str, Any]) -> list[Finding]:
    return list(audit_lines(rulesets.load(rid), [json.dumps(r, ensure_ascii=False) for r in records]))


def _xlsx(rid: str, folder: Path, *records: dict[str, Any], header: list[str] | None = None) -> list[Finding]:
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    fields = list(dict.fromkeys(k for r in records for k in r))
    book = openpyxl.Workbook()
    book.active.append(header or fields)
    for r in records:
        book.active.append([_cell(r.get(k)) for k in fields])
    path = folder / "log.xlsx"
    book.save(path)
    return list(audit_sheet(rulesets.load(rid), path))


def _cell(value: object) -> str | None:
    """A value as an office export writes it: a list as its items joined by 、."""
    if value is None:
        return None
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)


def _invalid(found: list[Finding]) -> list[str]:
    return [f.message for f in found if f.rule == "invalid_record"]


# -- P4: a leave record without an end is a one-day leave, checked -----------------------------------------------

ONE_DAY = {"type": "leave", "id": "L1", "role": "部门主要负责人", "kind": "离丰", "start": "2025-03-10"}


def test_a_leave_record_without_an_end_is_read_and_checked(tmp_path: Path) -> None:
    # 西丰 六十七 ¶2: 向县长和分管副县长请假; asked of the 县长 alone is a breach, 提前3天 is kept
    record = {**ONE_DAY, "requested_on": "2025-03-06", "approved_by": ["县长"]}
    for found in (_jsonl("xifeng-2022", record), _xlsx("xifeng-2022", tmp_path, record)):
        assert not _invalid(found), _invalid(found)
        said = [f.message for f in found if f.rule == "leave_approvers"]
        assert said and said[0].startswith("部门主要负责人离丰外出："), said  # (P5: 六十七 ¶2's word)
    late = {**ONE_DAY, "requested_on": "2025-03-09", "approved_by": ["县长", "分管副县长"]}
    assert [f.rule for f in _jsonl("xifeng-2022", late) if f.rule == "leave_request"] == ["leave_request"]


# -- P5: the audit says a kind of leave by the article's word for that person ------------------------------------

WORDS = [
    pytest.param("dongchuan-2024", "区人民政府工作部门主要负责人", "外出", ["区长"],
                 "区人民政府工作部门主要负责人外出：", id="东川 第四十四条 区人民政府各工作部门主要负责同志外出"),
    pytest.param("dongchuan-2024", "乡镇（街道）主要负责人", "外出", ["区长"], "乡镇（街道）主要负责人外出：",
                 id="东川 第四十四条 各乡镇（街道）主要负责人外出"),
    pytest.param("xianyang-2013", "市长", "出差", ["市委书记"], "市长出差：", id="咸阳 六十五¶1 市长出访、出差或休假"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "role", "kind", "approved", "said"), WORDS)
def test_a_leave_finding_says_the_articles_word(rid: str, role: str, kind: str, approved: list[str], said: str) -> None:
    record = {"type": "leave", "id": "L1", "role": role, "kind": kind, "start": "2025-03-10", "end": "2025-03-10",
              "requested_on": "2025-03-03", "approved_by": approved}  # fmt: skip
    found = [f.message for f in _jsonl(rid, record) if f.rule == "leave_approvers"]
    assert found and found[0].startswith(said), found


# -- P11: one field's refusals alike; a spreadsheet names the column ----------------------------------------------

REFUSED = [
    pytest.param("dongchuan-2024", "副縣長", "繁体字", id="东川 副縣長 (unknown: traditional)"),
    pytest.param("dongchuan-2024", "副市长", "市级的名称", id="东川 副市长 (another level's)"),
    pytest.param("xifeng-2022", "副区长", "区级的名称", id="西丰 副区长 (another level's)"),
]


@pytest.mark.parametrize(("rid", "word", "why"), REFUSED)
def test_a_refused_signer_is_said_alike_naming_the_json_path_or_the_column(
    rid: str, word: str, why: str, tmp_path: Path
) -> None:
    record = {**DOC, "signed_by": word}
    [line] = _invalid(_jsonl(rid, record))
    assert line.startswith("无法读取：字段signed_by（签发人，@ $.signed_by）：") and why in line, line
    header = ["类型", "编号", "文种", "发文名义", "签发日期", "签发人"]
    [row] = _invalid(_xlsx(rid, tmp_path, record, header=header))
    assert row.startswith("无法读取：字段signed_by（签发人，“签发人”列，F列）：") and why in row, row
    assert "$." not in row


# -- 6, D, E: the texts' issuers and addressees as the command line reads them -----------------------------------

ISSUERS = [
    pytest.param("dongchuan-2024", "以区人民政府或区政府办公室名义", "一份公文只以其中一个名义发出",
                 id="东川 第三十三条 以区人民政府或区政府办公室名义"),
    pytest.param("xifeng-2022", "以县政府或县政府办名义", "一份公文只以其中一个名义发出",
                 id="西丰 附件1 以县政府或县政府办名义"),
    pytest.param("xifeng-2022", "县市区政府", "县市区政府是市的下级政府", id="西丰 (a 县) 县市区政府"),
    pytest.param("kongtong-2016", "县（市、区）政府", "县市区政府是市的下级政府", id="崆峒 (a 区) 县（市、区）政府"),
]  # fmt: skip


@pytest.mark.parametrize(("rid", "issuer", "why"), ISSUERS)
def test_an_issuer_is_refused_as_the_command_line_refuses_it(rid: str, issuer: str, why: str) -> None:
    [line] = _invalid(_jsonl(rid, {**DOC, "issuer": issuer}))
    assert why in line and "无法识别" not in line, line


READ = [
    pytest.param("xifeng-2022", {"issuer": "以县政府办名义"}, id="西丰 附件1 县政府办"),
    pytest.param("xianyang-2013", {"addressee": "各县市区政府"}, id="咸阳 四十八 各县市区政府"),
    pytest.param("dongchuan-2024", {"addressee": "区人民政府各工作部门"}, id="东川 区人民政府各工作部门"),
    pytest.param("dongchuan-2024", {"addressee": "各乡镇"}, id="东川 各乡镇"),
    pytest.param("xifeng-2022", {"addressee": "各县（区）政府"}, id="西丰 附件1 三 各县（区）政府 (平级机关)"),
]


@pytest.mark.parametrize(("rid", "fields"), READ)
def test_a_texts_issuer_and_addressee_words_are_read(rid: str, fields: dict[str, str]) -> None:
    assert not _invalid(_jsonl(rid, {**DOC, **fields}))


# -- P8: a deadline record's variant refused offers the text's word -----------------------------------------------


def test_a_deadline_records_variant_refused_offers_the_texts_word() -> None:
    # district-xx 五十九 「特别复杂的事项不得超过一周」
    record = {"type": "deadline", "id": "X1", "rule": "countersign_reply", "anchor": "2025-09-26", "variant": "特殊"}
    [line] = _invalid(_jsonl("district-xx", record))
    assert "complex（特别复杂）" in line, line
