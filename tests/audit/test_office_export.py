"""What office systems export: fields the schema does not name, spreadsheets, what-if logs, rosters."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from govrules import rulesets
from govrules.audit import INVALID, Finding, audit, audit_lines
from govrules.audit.people import load_roster
from govrules.audit.report import csv_rows, html_report, json_lines, summary_json, text_report
from govrules.audit.sheet import FIELD_LABELS, audit_sheet
from govrules.cli import main
from govrules.errors import InvalidInput
from govrules.rules import Ruleset
from govrules.simulation import load_scenario, run
from govrules.whatif.changes import load_changes

# 西丰 第五十三条(二): a motion to the 人大 is signed by the 县长; a 副县长 signing it is a breach.
MOTION = {"type": "document", "kind": "议案", "issuer": "政府", "addressee": "人大", "signed_on": "2025-03-03"}


def test_unnamed_fields_are_kept_shown_and_listed_once() -> None:
    rs = rulesets.load("xifeng-2022")
    records = [
        {
            **MOTION,
            "id": "d1",
            "signed_by": "副县长",
            "title": "关于提请审议预算调整的议案",
            "doc_number": "西政〔2025〕3号",
        },
        {**MOTION, "id": "d2", "signed_by": "副县长", "标题": "关于某事项的议案", "文号": "西政〔2025〕4号"},
        {**MOTION, "id": "d3", "signed_by": "县长", "title": "clean", "文号": "西政〔2025〕5号"},
        {**MOTION, "id": "d4", "signed_by": "无此人", "标题": "读不了的", "文号": "西政〔2025〕6号"},
    ]
    run = audit(rs, records)
    found = list(run)
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (4, 3, 1)
    assert s.extra_fields == ("title", "doc_number", "标题", "文号")
    by_id = {f.record_id: f for f in found}
    assert set(by_id) == {"d1", "d2", "d4"}
    assert by_id["d1"].rule == "signer"
    assert dict(by_id["d1"].extra) == {"title": "关于提请审议预算调整的议案", "doc_number": "西政〔2025〕3号"}
    assert dict(by_id["d2"].extra) == {"标题": "关于某事项的议案", "文号": "西政〔2025〕4号"}
    assert by_id["d4"].rule == INVALID and "无此人" in by_id["d4"].message
    assert dict(by_id["d4"].extra)["文号"] == "西政〔2025〕6号"
    text = text_report(rs, found, s)
    assert "d2（标题：关于某事项的议案；文号：西政〔2025〕4号）" in text
    assert text.count("title、doc_number、标题、文号") == 1
    assert "西政〔2025〕3号" in html_report(rs, found, s)
    assert "西政〔2025〕3号" in "".join(csv_rows(found))
    rows = [json.loads(r) for r in json_lines(found)]
    assert rows[0]["extra"] == {"title": "关于提请审议预算调整的议案", "doc_number": "西政〔2025〕3号"}
    assert json.loads(summary_json(s))["extra_fields"] == ["title", "doc_number", "标题", "文号"]


def test_unnamed_fields_from_json_lines_are_not_invalid() -> None:
    rs = rulesets.load("xifeng-2022")
    line = json.dumps({**MOTION, "id": "d1", "signed_by": "县长", "标题": "t", "文号": "n"}, ensure_ascii=False)
    run = audit_lines(rs, [line, line])
    assert list(run) == []
    assert (run.summary.checked, run.summary.invalid, run.summary.extra_fields) == (2, 0, ("标题", "文号"))


# -- spreadsheets --

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
EXAMPLE_FILES = ("document", "meeting", "leave", "countersign", "request", "deadline")


def example_records() -> list[dict[str, Any]]:
    out = []
    for name in EXAMPLE_FILES:
        for line in (EXAMPLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def as_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        if not value:
            return "无"
        if all(isinstance(v, str) for v in value):
            return "、".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def as_table(records: list[dict[str, Any]], labels: bool = True) -> list[list[str]]:
    fields: list[str] = []
    for r in records:
        fields += [k for k in r if k not in fields]
    header = [FIELD_LABELS[f] if labels else f for f in fields]
    return [header] + [[as_cell(r.get(f)) for f in fields] for r in records]


def write_csv(path: Path, table: list[list[str]], encoding: str = "utf-8") -> None:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(table)


def write_xlsx(path: Path, table: list[list[str]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for i, row in enumerate(table):
        cells: list[object] = []
        for value in row:
            # dates as real date cells, as an office system writes them
            if i and len(value) == 10 and value[4] == "-" and value[:4].isdigit():
                cells.append(date.fromisoformat(value))
            else:
                cells.append(value or None)
        sheet.append(cells)
    book.save(path)


def findings_of(rs: Ruleset, items: list[Finding], shift: int = 0) -> list[tuple[object, ...]]:
    return [(f.record_id, None if f.line is None else f.line - shift, f.rule, f.message, f.severity) for f in items]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_xlsx_and_json_lines_give_the_same_findings(tmp_path: Path, encoding: str) -> None:
    rs = rulesets.load("xifeng-2022")
    records = example_records()
    jsonl = [json.dumps(r, ensure_ascii=False) for r in records]
    expected_run = audit_lines(rs, jsonl)
    expected = findings_of(rs, list(expected_run))
    assert any(f[2] != INVALID for f in expected)
    table = as_table(records)
    write_csv(tmp_path / "log.csv", table, encoding)
    write_xlsx(tmp_path / "log.xlsx", table)
    for name in ("log.csv", "log.xlsx"):
        run = audit_sheet(rs, tmp_path / name)
        assert findings_of(rs, list(run), shift=1) == expected, name  # the header is row 1
        s, e = run.summary, expected_run.summary
        assert (s.read, s.checked, s.invalid, s.findings) == (e.read, e.checked, e.invalid, e.findings)
        assert s.read == s.checked + s.invalid == len(records)


def test_sheet_header_by_identifier_and_type_option(tmp_path: Path) -> None:
    rs = rulesets.load("xifeng-2022")
    docs = [{k: v for k, v in r.items() if k != "type"} for r in example_records() if r["type"] == "document"]
    write_csv(tmp_path / "docs.csv", as_table(docs, labels=False))
    expected = findings_of(rs, list(audit(rs, [{"type": "document", **r} for r in docs])))
    got = findings_of(rs, list(audit_sheet(rs, tmp_path / "docs.csv", record_type="公文")))
    assert [(f[0], f[2], f[3]) for f in got] == [(f[0], f[2], f[3]) for f in expected]
    with pytest.raises(InvalidInput, match="--type"):
        list(audit_sheet(rs, tmp_path / "docs.csv"))


def test_bad_cells_are_invalid_records_naming_row_and_field(tmp_path: Path) -> None:
    rs = rulesets.load("xifeng-2022")
    table = [
        ["类型", "编号", "文种", "发文名义", "主送", "签发人", "签发日期", "标题"],
        ["公文", "d1", "议案", "政府", "人大", "县长", "2025-03-03", "好的"],
        ["公文", "d2", "议案", "政府", "人大", "县长", "三月三日", "日期不对"],
        ["", "", "", "", "", "", "", ""],
        ["公文", "d3", "议案", "政府", "人大", "副县长", "2025年3月4日", "签发人不对"],
        ["公函", "d4", "议案", "政府", "人大", "县长", "2025/3/5", "类型不对"],
    ]
    write_csv(tmp_path / "log.csv", table)
    run = audit_sheet(rs, tmp_path / "log.csv")
    found = {f.record_id: f for f in run}
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (4, 2, 2)
    assert found["d2"].rule == INVALID and found["d2"].line == 3
    assert "第3行“签发日期”（signed_on）不是日期" in found["d2"].message
    assert dict(found["d2"].extra) == {"标题": "日期不对"}
    assert found["d3"].rule == "signer" and found["d3"].line == 5
    assert found["d4"].rule == INVALID and "公函" in found["d4"].message
    assert s.extra_fields == ("标题",)


def test_cli_reads_spreadsheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = as_table(example_records())
    write_xlsx(tmp_path / "log.xlsx", table)
    with (tmp_path / "log.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in example_records())
    assert main(["audit", "--ruleset", "xifeng-2022", str(tmp_path / "log.jsonl"), "--format", "json"]) == 1
    want = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert main(["audit", "--ruleset", "xifeng-2022", str(tmp_path / "log.xlsx"), "--format", "json"]) == 1
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r.get("record_id"), r.get("message")) for r in got] == [
        (r.get("record_id"), r.get("message")) for r in want
    ]
    assert got[-1]["read"] == want[-1]["read"]
    assert main(["audit", "--ruleset", "xifeng-2022", str(tmp_path / "log.jsonl"), "--type", "document"]) == 2


# -- what-if logs --

ROOT = Path(__file__).resolve().parents[2]
STUDY = ROOT / "simulations" / "studies" / "xifeng_countersign_5.toml"
WHATIF = ROOT / "simulations" / "whatif" / "xifeng_countersign_5.toml"


def test_a_what_if_log_audited_with_its_changes_finds_exactly_what_was_injected() -> None:
    scenario = load_scenario(STUDY)
    result = run(scenario, 1)
    rs = rulesets.load("xifeng-2022")
    audited = audit_lines(rs, result.jsonl(), changes=load_changes(WHATIF))
    found: dict[str, set[str]] = defaultdict(set)
    for f in audited:
        if f.record_id is not None:
            found[f.record_id].add(f.rule)
    truth = {r["id"]: set(r.get("truth", ())) for r in result.records if r.get("truth")}
    assert audited.summary.invalid == 0
    assert audited.summary.warnings == ()
    assert dict(found) == truth
    assert any("countersign_reply" in t for t in truth.values())
    # under the unchanged rules, fewer countersign replies are late, and the log says why
    plain = audit_lines(rs, result.jsonl())
    list(plain)
    assert plain.summary.findings["countersign_reply"] < audited.summary.findings["countersign_reply"]
    (warning,) = plain.summary.warnings
    assert "第1行情景记录载有规则变更" in warning and "--changes" in warning
    assert "注意：" in text_report(rs, [], plain.summary)


def test_a_scenario_record_of_another_ruleset_or_other_changes_is_a_warning() -> None:
    rs = rulesets.load("xifeng-2022")
    other = {"type": "scenario", "ruleset": "dongchuan-2024", "changes": {}}
    run_ = audit(rs, [other, {**other, "ruleset": "kongtong-2016"}])
    list(run_)
    assert len(run_.summary.warnings) == 1  # the first scenario record only
    assert "dongchuan-2024" in run_.summary.warnings[0] and "xifeng-2022" in run_.summary.warnings[0]
    changed = {"type": "scenario", "ruleset": "xifeng-2022", "changes": {"countersign_reply": {"period": 3}}}
    run_ = audit(rs, [changed], changes=load_changes(WHATIF))
    list(run_)
    assert "不同" in run_.summary.warnings[0]
    plain = {"type": "scenario", "ruleset": "xifeng-2022", "changes": {}}
    run_ = audit(rs, [plain])
    list(run_)
    assert run_.summary.warnings == ()


def test_cli_audits_under_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "variant.jsonl"
    log.write_text("\n".join(run(load_scenario(STUDY), 2).jsonl()) + "\n", encoding="utf-8")
    args = ["audit", "--ruleset", "xifeng-2022", str(log), "--format", "json"]
    main([*args, "--changes", str(WHATIF)])
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["warnings"] == [] and "注意" not in err
    main(args)
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["warnings"] and "注意：第1行情景记录" in err
    assert main(["audit", "--ruleset", "dongchuan-2024", str(log), "--changes", str(WHATIF)]) == 2
    assert "xifeng-2022" in capsys.readouterr().err


# -- rosters --

ROSTER = """
ab_pairs = [["李四", "王五"]]

[[member]]
name = "张三"
role = "县长"
from = 2023-01-01

[[member]]
name = "李四"
role = "副县长"
portfolio = ["县财政局", "资金"]
from = 2024-01-01

[[member]]
name = "王五"
role = "副县长"
portfolio = ["县教育局"]
from = 2022-01-01
to = 2025-06-30

[[member]]
name = "王五"
role = "常务副县长"
from = 2025-07-01
"""

# 西丰 第五十三条(六): a notice in the office's name is signed by the leader in charge (分管).
NOTICE = {"type": "document", "kind": "通知", "issuer": "以政府办公室名义"}


def roster_file(tmp_path: Path, text: str = ROSTER) -> Path:
    p = tmp_path / "roster.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_roster_resolves_people_and_reports_them_by_name_and_role(tmp_path: Path) -> None:
    rs = rulesets.load("xifeng-2022")
    roster = load_roster(roster_file(tmp_path))
    records = [
        {**NOTICE, "id": "in-portfolio", "department": "县财政局", "signed_by": "李四", "signed_on": "2025-03-03"},
        {**NOTICE, "id": "outside", "department": "县教育局", "signed_by": "李四", "signed_on": "2025-03-03"},
        {**NOTICE, "id": "unknown", "department": "县财政局", "signed_by": "孙七", "signed_on": "2025-03-03"},
        {**NOTICE, "id": "before-term", "department": "县财政局", "signed_by": "李四", "signed_on": "2023-05-04"},
        {**NOTICE, "id": "no-department", "signed_by": "李四", "signed_on": "2025-03-03"},
        {**NOTICE, "id": "by-role", "department": "县教育局", "signed_by": "副县长", "signed_on": "2025-03-03"},
        {"type": "meeting", "id": "m1", "kind": "常务会议", "date": "2025-03-03", "presided_by": "张三"},
        {"type": "meeting", "id": "m2", "kind": "常务会议", "date": "2025-03-04", "presided_by": "孙七"},
        {"type": "leave", "id": "l1", "role": "李四", "kind": "外出", "start": "2025-03-10", "end": "2025-03-11"},
    ]
    run_ = audit(rs, records, roster=roster)
    found: dict[str, list[Finding]] = defaultdict(list)
    for f in run_:
        found[f.record_id or ""].append(f)
    rules = {k: sorted(f.rule for f in v) for k, v in found.items()}
    assert rules.get("in-portfolio") is None
    assert rules.get("by-role") is None  # a role named: audited as without a roster
    assert rules.get("m1") is None
    assert rules["outside"] == ["portfolio"]
    (outside,) = found["outside"]
    assert outside.citation is not None and outside.citation.article == 53
    assert "签发人李四（副县长，分管县财政局、资金）签发主办单位为县教育局的文件，不在其分管范围" in outside.message
    assert "王五" in outside.message  # who is in charge, and the AB pair (西丰 has no AB角 rule)
    assert rules["unknown"] == ["roster_unknown"]
    assert "签发人“孙七”不在名册上" in found["unknown"][0].message
    assert rules["before-term"] == ["roster_term"]
    assert found["before-term"][0].message == "签发人李四（副县长，任期2024-01-01至今）于2023-05-04不在任期内"
    assert rules.get("no-department") is None
    assert rules["m2"] == [INVALID] and "主持人“孙七”" in found["m2"][0].message
    s = run_.summary
    assert s.read == s.checked + s.invalid == len(records)
    assert any(k.startswith("portfolio (department not on record") for k in s.unchecked)
    assert "signer (signed_by not on record)" in s.unchecked  # 孙七's signature: not checked, nothing guessed
    text = text_report(rs, [f for fs in found.values() for f in fs], s)
    assert "【名册核对：不在名册上的人员】1项" in text and "【名册核对：任期外履职】1项" in text


def test_a_person_in_successive_roles_is_resolved_by_the_records_date(tmp_path: Path) -> None:
    rs = rulesets.load("xifeng-2022")
    roster = load_roster(roster_file(tmp_path))
    early = {**NOTICE, "id": "a", "department": "县教育局", "signed_by": "王五", "signed_on": "2025-03-03"}
    late = {**early, "id": "b", "signed_on": "2025-08-01"}
    found = {f.record_id: f for f in audit(rs, [early, late], roster=roster)}
    assert "a" not in found  # 副县长 in charge of 县教育局 then
    # 常务副县长 by then: he may sign as the 分管副县长 (RoleIncludes), but the roster gives him no 县教育局
    assert found["b"].rule == "portfolio", found["b"]
    want = "签发人王五（负责日常工作的副县长，分管未载）签发主办单位为县教育局的文件，不在其分管范围"
    assert want in found["b"].message


def test_without_a_roster_a_name_is_unreadable_as_before() -> None:
    rs = rulesets.load("xifeng-2022")
    (f,) = list(audit(rs, [{**NOTICE, "id": "x", "signed_by": "李四", "signed_on": "2025-03-03"}]))
    assert f.rule == INVALID


def test_an_ab_substitute_signing_where_the_text_does_not_allow_it(tmp_path: Path) -> None:
    rs = rulesets.load("dongchuan-2024")
    roster = load_roster(roster_file(tmp_path, ROSTER.replace("县", "区")))
    doc = {"type": "document", "kind": "通知", "issuer": "政府", "signed_on": "2025-03-03"}
    records = [
        {**doc, "id": "own", "department": "区财政局", "signed_by": "李四"},
        {**doc, "id": "ab", "department": "区教育局", "signed_by": "李四"},
    ]
    found = {f.record_id: f for f in audit(rs, records, roster=roster)}
    assert set(found) == {"ab"}
    f = found["ab"]
    assert f.rule == "ab_substitute" and f.citation is not None and f.citation.article == 5
    assert "李四（副区长，分管区财政局、资金）作为王五的AB角签发主办单位为区教育局的文件" in f.message
    assert "不含签发" in f.message


def test_roster_files_are_checked(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="unknown key '名字'") as e:
        load_roster(roster_file(tmp_path, '[[member]]\n"名字" = "李四"\nrole = "副县长"\n'))
    assert e.value.zh is not None and "未知的键“名字”" in e.value.zh
    with pytest.raises(InvalidInput, match="overlap"):
        load_roster(roster_file(tmp_path, '[[member]]\nname = "李四"\nrole = "副县长"\n' * 2))
    with pytest.raises(InvalidInput, match="from should be a date") as e:
        load_roster(roster_file(tmp_path, '[[member]]\nname = "李四"\nrole = "副县长"\nfrom = "去年"\n'))
    assert e.value.zh is not None and "from 应为日期" in e.value.zh


def test_cli_roster_with_a_spreadsheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = [
        ["类型", "编号", "文种", "发文名义", "主办单位", "签发人", "签发日期", "文号"],
        ["公文", "d1", "通知", "以政府办公室名义", "县财政局", "李四", "2025-03-03", "西政办发〔2025〕1号"],
        ["公文", "d2", "通知", "以政府办公室名义", "县教育局", "李四", "2025-03-04", "西政办发〔2025〕2号"],
    ]
    write_xlsx(tmp_path / "log.xlsx", table)
    args = ["audit", "--ruleset", "xifeng-2022", str(tmp_path / "log.xlsx")]
    assert main([*args, "--roster", str(roster_file(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert "第3行 d2（文号：西政办发〔2025〕2号）：签发人李四（副县长" in out
    assert main(args) == 2  # without the roster, 李四 is no role


# -- the example office export (docs/examples/office, docs/audit.md) --

OFFICE = EXAMPLES / "office"


def test_the_example_office_export_gives_its_expected_report(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["audit", "--ruleset", "xifeng-2022", "--roster", str(OFFICE / "roster.toml"), str(OFFICE / "export.xlsx")]
    assert main(args) == 1
    got = capsys.readouterr().out.splitlines()
    want = (OFFICE / "report.txt").read_text(encoding="utf-8").splitlines()
    assert got[1:] == want[1:]  # the first line names the ruleset's version
    assert got[0].split("规则版本")[0] == want[0].split("规则版本")[0]
    rules = {line for line in want if line.startswith("【")}
    assert {"【名册核对：任期外履职】1项", "【名册核对：不在名册上的人员】1项", "【无法读取的记录】2项"} <= rules
    assert "读取记录35条：检查33条，无法读取2条（35 = 33 + 2）。" in want


# -- an office system's export as it comes: a title above the header, dates as the system stores them --


def _oa_export(path: Path, *, header: bool = True) -> None:
    """A 发文登记 export as an OA system writes it: a merged title row, a merged 导出时间 row, then the header
    (row 3), date cells formatted 年月日, one date column holding a bare serial number, a blank row."""
    columns = ["类型", "编号", "文号", "标题", "文种", "发文名义", "主送", "签发人", "签发日期"]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.cell(1, 1, "西丰县人民政府2025年发文登记表")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.cell(2, 1, "导出时间：2025-12-01 09:30")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))
    rows = [
        ["公文", "FW-1", "西政〔2025〕1号", "关于…的议案", "议案", "政府", "人大", "副县长", date(2025, 3, 5)],
        None,  # a blank row between records
        ["公文", "FW-2", "西政〔2025〕2号", "关于…的函", "函", "政府", None, "县长", 45720],  # 2025-03-04
    ]
    if header:
        for j, name in enumerate(columns, 1):
            sheet.cell(3, j, name)
    for i, row in enumerate(rows, 4):
        for j, value in enumerate(row or (), 1):
            cell = sheet.cell(i, j, value)
            if isinstance(value, date):
                cell.number_format = 'yyyy"年"m"月"d"日"'
    book.save(path)


def test_an_export_with_a_title_row_is_read_from_its_header_with_the_sheets_row_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # trial s7 item 7: refused with 「表头没有“类型”列」 although row 3 has one; 45720 in a date column was
    # 「不是日期」
    _oa_export(tmp_path / "titled.xlsx")
    rs = rulesets.load("xifeng-2022")
    run_ = audit_sheet(rs, tmp_path / "titled.xlsx")
    items = list(run_)
    breaches = [f for f in items if isinstance(f, Finding) and f.record_id == "FW-1"]
    assert breaches and all(f.line == 4 for f in breaches)  # the motion signed by a 副县长, on the sheet's row 4
    assert run_.summary.read == 2 and run_.summary.invalid == 0
    code = main(["audit", "--ruleset", "xifeng-2022", str(tmp_path / "titled.xlsx")])
    out = capsys.readouterr().out
    assert code == 1 and "第4行 FW-1" in out
    # the serial number is the date it stands for
    from govrules.audit.sheet import read_xlsx

    records = dict(read_xlsx(tmp_path / "titled.xlsx"))
    assert sorted(records) == [4, 6] and records[6]["signed_on"] == "2025-03-04"  # type: ignore[index]
    # without a header at all: said plainly, quoting the title
    _oa_export(tmp_path / "headless.xlsx", header=False)
    with pytest.raises(InvalidInput) as e:
        list(read_xlsx(tmp_path / "headless.xlsx"))
    assert "找不到表头" in e.value.zh and "西丰县人民政府2025年发文登记表" in e.value.zh  # type: ignore[attr-defined]
