"""Trial 9: govrules used as its users would (an auditor's office exports, the command line, the API).

Each test is a fault a user met: an office export whose first sheet is hidden, formulas saved without a
value, a renamed or empty workbook, `python -m govrules`, a label holding an invisible character.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from govrules import receipts, rulesets
from govrules.audit import INVALID, Finding
from govrules.audit.sheet import audit_sheet, read_xlsx
from govrules.cli import main
from govrules.errors import InvalidInput

HEADER = ["类型", "编号", "文种", "发文名义", "主送", "签发人", "签发日期", "文号"]
# 西丰 第五十三条(二): a motion (议案) to the 人大 is signed by the 县长; a 副县长 signing it is a breach.
MOTION = ["公文", "d1", "议案", "政府", "人大", "副县长", dt.date(2025, 3, 3), "西政〔2025〕1号"]


def _export(path: Path, *, hidden_first: bool = False, rows: list[list[object]] | None = None) -> Path:
    """An office export: a merged title row, its 导出时间, the header, the rows; optionally a hidden sheet first."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "发文登记"
    sheet.append(["西丰县人民政府2025年发文登记表"])
    sheet.merge_cells("A1:H1")
    sheet.append(["导出时间：2025-12-01 10:00"])
    sheet.append(HEADER)
    for row in rows if rows is not None else [MOTION]:
        sheet.append(row)
    if hidden_first:
        notes = book.create_sheet("说明", 0)
        notes.sheet_state = "hidden"
        notes.append(["本表由系统生成，请勿修改"])
        notes.append(["字典：公文、会签、会议"])
        book.active = 1
    book.save(path)
    return path


def test_a_hidden_sheet_before_the_log_is_not_the_log(tmp_path: Path) -> None:
    # an OA export often keeps its notes or lookup lists in a hidden first sheet: the log is the visible one
    path = _export(tmp_path / "export.xlsx", hidden_first=True)
    run = audit_sheet(rulesets.load("xifeng-2022"), path)
    found = [f for f in run if isinstance(f, Finding)]
    assert run.summary.read == 1 and run.summary.invalid == 0
    assert any(f.record_id == "d1" and f.rule == "signer" and f.line == 4 for f in found)


def test_no_header_names_the_sheet_read_when_there_are_several(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "汇总"
    first.append(["本年共发文12件"])
    book.create_sheet("明细").append(HEADER)
    book.save(tmp_path / "two.xlsx")
    with pytest.raises(InvalidInput) as e:
        list(read_xlsx(tmp_path / "two.xlsx"))
    assert "工作表“汇总”" in (e.value.zh or "") and "worksheet '汇总'" in str(e.value)


@pytest.mark.parametrize(
    ("column", "formula", "field"),
    [
        (7, "=DATE(2025,3,3)", "签发日期"),  # a date computed in the sheet
        (6, "=I4", "签发人"),  # a name looked up from another cell
        (2, "=ROW()-3", "编号"),  # a running number
    ],
)
def test_a_formula_saved_without_its_value_is_unreadable_not_left_out(
    tmp_path: Path, column: int, formula: str, field: str
) -> None:
    # a program (openpyxl, POI, NPOI) writes formulas with no computed value; read as empty, the field would
    # silently be "not on record" and the record checked without it
    row: list[object] = list(MOTION)
    row[column - 1] = formula
    path = _export(tmp_path / "formulas.xlsx", rows=[row, ["公文", "d2", *MOTION[2:]]])
    run = audit_sheet(rulesets.load("xifeng-2022"), path)
    found = [f for f in run if isinstance(f, Finding)]
    bad = [f for f in found if f.rule == INVALID]
    assert len(bad) == 1 and bad[0].line == 4
    assert formula in bad[0].message and f"“{field}”" in bad[0].message and "计算结果" in bad[0].message
    s = run.summary
    assert (s.read, s.checked, s.invalid) == (2, 1, 1)  # read = checked + invalid: nothing lost
    assert any(f.record_id == "d2" and f.rule == "signer" for f in found)


def test_a_formula_with_its_value_saved_is_read_as_that_value(tmp_path: Path) -> None:
    path = _export(tmp_path / "computed.xlsx")
    # a workbook as Excel saves it: the formula with its cached value (<f> and <v>)
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    xml = parts[sheet].decode()
    start = xml.index('<c r="F4"')
    end = xml.index("</c>", start) + 4
    parts[sheet] = (xml[:start] + '<c r="F4" t="str"><f>I4</f><v>副县长</v></c>' + xml[end:]).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    records = dict(read_xlsx(path))
    assert records[4]["signed_by"] == "副县长"  # type: ignore[index]


def test_an_empty_or_renamed_file_says_what_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "renamed.xlsx").write_text("类型,编号,文种\n公文,d1,函\n", encoding="utf-8")
    (tmp_path / "gbk.xlsx").write_bytes("类型,编号,文种\n公文,d1,函\n".encode("gbk"))
    for name, said in (("empty.xlsx", "空文件"), ("renamed.xlsx", "改名为 .csv"), ("gbk.xlsx", "改名为 .csv")):
        assert main(["audit", "xifeng-2022", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert said in err and "旧版 .xls" not in err and err.count("\n") == 1, err


def test_python_m_govrules_runs_the_command(tmp_path: Path) -> None:
    env = {**os.environ, "GOVRULES_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "govrules", "workdays", "is", "2025-09-28"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0 and "调休上班" in out.stdout, out.stderr


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("县\u200b长", ["U+200B"]),  # a zero-width space, pasted from a web page or a Word document
        ("\ufeff县长", ["U+FEFF"]),  # a BOM at the start of a field
        ("县\u00a0长", ["U+00A0"]),  # a no-break space
        ("县\u3000长", ["U+3000"]),  # a full-width space
        ("县长", []),
        ("縣長", []),  # traditional characters are visible: no hint
    ],
)
def test_an_invisible_character_is_named(text: str, codes: list[str]) -> None:
    from govrules.errors import invisible_hint

    zh, en = invisible_hint(text)
    assert all(c in zh and c in en for c in codes) and (bool(zh) == bool(codes))


def test_a_role_with_an_invisible_character_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    # the message quotes “县​长”, which looks like 县长, one of the roles it then lists: say what is wrong
    rs = rulesets.load("xifeng-2022")
    given = {
        "role": "县\u200b长",
        "kind": "外出",
        "start": "2025-03-06",
        "end": "2025-03-06",
        "requested_on": "2025-03-05",
    }
    with pytest.raises(receipts.InvalidRequest) as e:
        receipts.decide("leave", rs, given)
    (p,) = e.value.problems
    assert "U+200B" in p.message_zh.split("；")[0] and "U+200B" in p.message_en
    argv = ["leave", "xifeng-2022", "--role", "县\u200b长", "--kind", "外出", "--start", "2025-03-06"]
    assert main([*argv, "--end", "2025-03-06", "--requested-on", "2025-03-05"]) == 2
    assert "不可见字符U+200B" in capsys.readouterr().err


def test_a_kind_with_a_bom_says_so() -> None:
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(receipts.InvalidRequest) as e:
        receipts.decide("signing", rs, {"kind": "\ufeff函", "issuer": "政府"})
    assert "U+FEFF" in json.dumps(e.value.problems[0].message_zh, ensure_ascii=False)


@pytest.mark.parametrize("doc", ["README.md", "docs/calendar.md", "docs/decisions.md", "docs/rules.md"])
def test_each_python_example_of_a_guide_runs_as_copied(
    doc: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a reader copies a guide's examples in order into one script: each block must bring the imports it uses
    import re

    root = Path(__file__).parent.parent
    monkeypatch.chdir(root)  # the examples name files by their path in the repository
    blocks = re.findall(r"```python\n(.*?)```", (root / doc).read_text(encoding="utf-8"), re.S)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, doc, "exec"), namespace)  # the documentation's own code
    capsys.readouterr()


@pytest.mark.parametrize(
    ("ruleset", "words", "meant"),
    [
        ("xifeng-2022", "会签", "countersign_reply"),  # 第五十二条第二款: 相关部门回复意见或会签
        ("xifeng-2022", "纪要", "minutes_issue"),  # 第四十五条: 会议纪要印发
        ("xianyang-2013", "会签", "countersign_reply"),
    ],
)
def test_a_deadline_named_in_words_is_pointed_to_its_id(
    ruleset: str, words: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # a policy officer types `govrules due 西丰 会签 …`: refused (RULE is an id), but told which id those words describe
    assert main(["due", ruleset, words, "2025-09-26"]) == 2
    err = capsys.readouterr().err
    assert f"“{words}”是指 {meant} 吗" in err and f"govrules due {ruleset} {meant}" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('[[member]]\nname = "李四"\nrole = "副县长"\nfrom = 2024-02-30\n', "2024-02-30不是日期：2月没有30日"),
        ('{"member": []}\n', "第1行第1列：无法识别的写法"),  # a JSON file given as the roster
    ],
)
def test_a_roster_that_is_not_toml_is_said_in_chinese(
    tmp_path: Path, text: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.toml"
    roster.write_text(text, encoding="utf-8")
    log = Path(__file__).parent.parent / "docs" / "examples" / "meeting.jsonl"
    assert main(["audit", "xifeng-2022", str(log), "--roster", str(roster)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Invalid" not in err, err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["leave", "xifeng-2022", "--role", "縣長", "--kind", "离丰"], "请用简体字：县长"),
        (["leave", "xifeng-2022", "--role", "县长", "--kind", "離豐"], "请用简体字：离丰"),
        (["signer", "xifeng-2022", "--kind", "紀要", "--issuer", "政府"], "请用简体字：纪要"),
        (["signer", "xifeng-2022", "--kind", "\u200b纪要", "--issuer", "政府"], "不可见字符U+200B"),
    ],
)
def test_a_label_in_traditional_characters_says_so(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = ["--start", "2025-03-06", "--end", "2025-03-07", "--requested-on", "2025-03-05"]
    assert main(argv + (dates if argv[0] == "leave" else [])) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1, err


def test_a_role_in_traditional_characters_says_so_over_http_too() -> None:
    rs = rulesets.load("xifeng-2022")
    given = {"role": "縣長", "kind": "外出", "start": "2025-03-06", "end": "2025-03-06", "requested_on": "2025-03-05"}
    with pytest.raises(receipts.InvalidRequest) as e:
        receipts.decide("leave", rs, given)
    (p,) = e.value.problems
    assert "请用简体字：县长" in p.message_zh and "write 县长" in p.message_en


def _receipt(tmp_path: Path, capsys: pytest.CaptureFixture[str], **changed: object) -> Path:
    assert main(["due", "xifeng-2022", "countersign_reply", "2025-09-26", "--format", "json"]) == 0
    kept = json.loads(capsys.readouterr().out)
    kept.update(changed)
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("answer", [None, "whatever", [1, 2]])
def test_a_receipt_whose_answer_is_not_an_object_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answer: object
) -> None:
    # an answer stripped to null was verified as 回执与现行规则的结论一致, exit 0
    path = _receipt(tmp_path, capsys, answer=answer)
    assert main(["verify", str(path)]) == 2
    captured = capsys.readouterr()
    assert "回执的 answer 不是 JSON 对象" in captured.err and "一致" not in captured.out


def test_verify_compares_an_answer_that_is_not_an_object_as_a_whole() -> None:
    kept = json.loads(
        receipts.dumps(
            receipts.decide(
                "deadline", rulesets.load("xifeng-2022"), {"rule": "countersign_reply", "anchor": "2025-09-26"}
            )
        )
    )
    kept["answer"] = None
    (change,) = [c for c in receipts.verify(kept) if c.what == "answer"]
    assert change.before is None and isinstance(change.after, dict) and change.matters


def test_a_receipt_of_an_unknown_decision_is_said_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _receipt(tmp_path, capsys, decision="nope")
    assert main(["verify", str(path)]) == 2
    assert "未知的决定类型“nope”" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("decision", "given", "expected"),
    [
        ("signing", {"type": "meeting", "id": "m1", "kind": "议案", "issuer": "政府"}, "document"),
        (
            "leave",
            {"type": "document", "role": "县长", "kind": "离丰", "start": "2025-03-06", "end": "2025-03-06"},
            "leave",
        ),
        ("meeting", {"type": "leave", "kind": "常务会议", "date": "2025-03-06", "presided_by": "县长"}, "meeting"),
    ],
)
def test_a_record_of_another_type_is_refused_not_read_as_this_one(
    decision: str, given: dict[str, object], expected: str
) -> None:
    # a meeting record posted to the signing endpoint was answered as a document
    with pytest.raises(receipts.InvalidRequest) as e:
        receipts.decide(decision, rulesets.load("xifeng-2022"), given)
    (p,) = e.value.problems
    assert p.field == "type" and p.value == given["type"] and f"type 为 {expected}" in p.message_zh


@pytest.mark.parametrize(
    ("decision", "given"),
    [
        ("signing", {"kind": "议案", "issuer": "政府", "addressee": "人大"}),
        ("leave", {"role": "县长", "kind": "离丰", "start": "2025-03-06", "end": "2025-03-06"}),
        ("meeting", {"kind": "常务会议", "date": "2025-03-06", "presided_by": "县长", "attendees": ["副县长"]}),
    ],
)
def test_a_null_type_or_id_is_a_field_left_out(decision: str, given: dict[str, object]) -> None:
    # Jackson and System.Text.Json write every property of a class, null when unset: "type": null, "id": null
    rs = rulesets.load("xifeng-2022")
    plain = receipts.decide(decision, rs, given)
    with_nulls = receipts.decide(decision, rs, {"type": None, "id": None, **given})
    assert with_nulls["answer"] == plain["answer"]


CSV_EXPORT = (
    "西丰县人民政府2025年发文登记表\n"
    "类型,编号,文种,发文名义,主送,签发人,签发日期\n"
    "公文,d1,议案,政府,人大,副县长,2025/3/3\n"
    "公文,d2,议案,政府,人大,县长,2025年3月4日\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("comma.csv", CSV_EXPORT.encode("utf-8")),
        ("tabs.csv", CSV_EXPORT.replace(",", "\t").encode("utf-8")),  # a TSV with its title row above the header
        ("unicode-text.csv", CSV_EXPORT.replace(",", "\t").encode("utf-16")),  # Excel's "Unicode 文本": UTF-16, tabs
        ("utf16-comma.csv", CSV_EXPORT.encode("utf-16")),
    ],
)
def test_a_csv_export_is_read_whatever_its_separator_and_unicode_form(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    run = audit_sheet(rulesets.load("xifeng-2022"), path)
    found = [f for f in run if isinstance(f, Finding)]
    assert (run.summary.read, run.summary.invalid) == (2, 0)
    # 西丰 第五十三条(二): the motion signed by the 副县长 is a breach, the one signed by the 县长 is not
    assert {f.record_id for f in found if f.rule == "signer"} == {"d1"}


@pytest.mark.parametrize("how", ["stdin", "named .jsonl"])
def test_a_workbook_given_as_json_lines_is_said_once(
    tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `govrules audit R - < export.xlsx` gave one invalid_record per line of the zip: 44 of 不是UTF-8编码
    book = _export(tmp_path / "export.xlsx")
    if how == "stdin":
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(book.read_bytes())))
        argv = ["audit", "xifeng-2022", "-"]
    else:
        (tmp_path / "export.jsonl").write_bytes(book.read_bytes())
        argv = ["audit", "xifeng-2022", str(tmp_path / "export.jsonl")]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "这是电子表格工作簿" in captured.err and captured.err.count("\n") == 1 and "invalid" not in captured.out


def test_serve_on_a_host_not_of_this_machine_blames_the_host_not_the_port(capsys: pytest.CaptureFixture[str]) -> None:
    # 无法在 999.1.1.1:8000 监听（Name or service not known）：该端口是否已被占用？ sent the user to the port
    # 192.0.2.1 (TEST-NET-1) is no machine's: EADDRNOTAVAIL, with no name to look up
    assert main(["serve", "--host", "192.0.2.1", "--port", "8000"]) == 2
    err = capsys.readouterr().err
    assert "--host 须是本机的地址" in err and "占用" not in err


def test_serve_on_a_port_in_use_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    assert "该端口已被占用" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("a", "b", "said"),
    [
        ("2025-12-31", "2025-01-01", "2025-01-01（不含）至2025-12-31（含）之间有248个工作日，倒数记为-248"),
        ("2025-01-01", "2025-12-31", "2025-01-01（不含）至2025-12-31（含）之间有248个工作日"),
    ],
)
def test_workdays_between_dates_given_backwards_says_so(
    a: str, b: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2025-12-31（不含）至2025-01-01（含）之间有-248个工作日: a count of minus 248 days, between days in the wrong order
    assert main(["workdays", "between", a, b]) == 0
    out = capsys.readouterr().out
    assert said in out and "有-" not in out


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_a_csv_that_cannot_be_opened_is_said_as_an_xlsx_is(
    tmp_path: Path, make: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # was "govrules: [Errno 2] 文件不存在: 'x.csv'": Python's form, beside .xlsx's 无法打开记录文件 x.xlsx：文件不存在
    for name in ("x.csv", "x.xlsx"):
        if make == "directory":
            (tmp_path / name).mkdir()
        assert main(["audit", "xifeng-2022", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert f"无法打开记录文件 {tmp_path / name}：" in err and "Errno" not in err, err


def test_an_xlsx_without_openpyxl_names_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a fresh `pip install .` said 估算未公布年份的节假日需要农历数据包，请安装：pip install 'govrules[xlsx]'
    path = _export(tmp_path / "export.xlsx")
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl: ImportError
    assert main(["audit", "xifeng-2022", str(path)]) == 2
    err = capsys.readouterr().err
    assert "openpyxl" in err and "pip install 'govrules[xlsx]'" in err and "农历" not in err, err


@pytest.mark.parametrize(("extra", "said"), [("provisional", "农历数据包"), ("xlsx", "openpyxl"), ("fast", "orjson")])
def test_each_missing_extra_says_what_it_is_for(extra: str, said: str) -> None:
    from govrules.calendar_messages import render
    from govrules.errors import MissingExtra

    zh = render(MissingExtra("needed", extra))
    assert said in zh and f"pip install 'govrules[{extra}]'" in zh


def test_formulas_are_looked_for_only_in_a_workbook_that_has_some(tmp_path: Path) -> None:
    # the second pass that finds formulas saved without a value costs a second read: only where there are formulas
    import zipfile

    from govrules.audit.sheet import _has_formulas

    plain = _export(tmp_path / "plain.xlsx")
    assert not _has_formulas(plain)
    row: list[object] = list(MOTION)
    row[6] = "=DATE(2025,3,3)"
    assert _has_formulas(_export(tmp_path / "formula.xlsx", rows=[row]))
    # a prefixed element, as some libraries write worksheets (<x:f>)
    with zipfile.ZipFile(plain) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    parts[sheet] = parts[sheet].replace(b"</sheetData>", b'<x:f xmlns:x="urn:x">A1</x:f></sheetData>')
    with zipfile.ZipFile(tmp_path / "prefixed.xlsx", "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert _has_formulas(tmp_path / "prefixed.xlsx")


@pytest.mark.parametrize(
    ("ruleset", "meeting", "said"),
    [
        # 崆峒 names its meetings 区政府常务会议…; an unknown one listed every text's (区长碰头会议, 一类工作会议…)
        ("kongtong-2016", "火星会议", "的会议有：区政府全体会议、区政府常务会议"),
        ("xifeng-2022", "火星会议", "的会议有：全体会议、常务会议"),
        ("kongtong-2016", "區政府常務會議", "请用简体字：区政府常务会议"),
    ],
)
def test_an_unknown_meeting_is_told_this_texts_meetings(
    ruleset: str, meeting: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["signer", ruleset, "--kind", "纪要", "--issuer", "政府", "--meeting", meeting]) == 2
    err = capsys.readouterr().err
    assert said in err and "一类工作会议" not in err and "区长碰头会议" not in err, err


def test_calendar_add_of_a_file_named_for_another_year_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2028.json holding 2027's schedule was added as 2027 (replacing a 2027 file added before) without a word
    monkeypatch.setenv("GOVRULES_DATA_DIR", str(tmp_path / "data"))
    days = [("2027-01-01", True), ("2027-02-06", True), ("2027-02-07", True), ("2027-10-01", True)]
    schedule = {
        "year": 2027,
        "papers": ["https://www.gov.cn/x.htm"],
        "days": [{"name": "节", "date": d, "isOffDay": off} for d, off in days],
    }
    path = tmp_path / "2028.json"
    path.write_text(json.dumps(schedule, ensure_ascii=False), encoding="utf-8")
    assert main(["calendar", "add", str(path), "--force"]) == 0
    out = capsys.readouterr().out
    assert "文件名 2028.json 中的年份是2028，文件内容却是2027年的安排" in out


@pytest.mark.parametrize("named", ["西丰", "xifeng-2022"])
def test_audit_of_a_ruleset_with_no_log_asks_for_the_log(
    named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `govrules audit 西丰` said 缺少规则集: it had one, and lacked the log
    monkeypatch.chdir(tmp_path)
    assert main(["audit", named]) == 2
    err = capsys.readouterr().err
    assert f"缺少记录文件：govrules audit {named}" in err and "缺少规则集" not in err


def test_a_receipt_computed_with_a_holidays_file_is_verified_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # verify could not be given the file: only 结论已变化：现在无法作出决定：…2027年尚无安排, exit 1
    days = [
        ("2027-01-01", True),
        ("2027-01-02", True),
        ("2027-01-03", True),
        ("2027-02-06", True),
        ("2027-10-01", True),
    ]
    schedule = {
        "year": 2027,
        "papers": ["https://www.gov.cn/x.htm"],
        "days": [{"name": "节", "date": d, "isOffDay": off} for d, off in days],
    }
    holidays = tmp_path / "2027.json"
    holidays.write_text(json.dumps(schedule, ensure_ascii=False), encoding="utf-8")
    argv = ["due", "xifeng-2022", "countersign_reply", "2026-12-25", "--holidays", str(holidays), "--force"]
    assert main([*argv, "--format", "json"]) == 0
    receipt = tmp_path / "receipt.json"
    receipt.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["verify", str(receipt)]) == 1  # the year is not in this calendar: as for a year removed (s7)
    capsys.readouterr()
    assert main(["verify", str(receipt), "--holidays", str(holidays), "--force"]) == 0
    assert "一致" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("登记表\n类型\t编号\t文种\n公文\td1\t函，说明,含,多个,逗号\n", "\t"),  # commas in a TSV's text
        ("发文登记表（1月,2月）\n类型\t编号\t文种\n", "\t"),  # a comma in the title above the header
        ("类型\t编号\n公文\td1\n", "\t"),  # two columns: one tab a line
        ("登记表\n类型,编号,文种\n", ","),
    ],
)
def test_the_separator_is_read_off_the_header_not_the_title(text: str, delimiter: str) -> None:
    from govrules.audit.sheet import _delimiter

    assert _delimiter(text) == delimiter
