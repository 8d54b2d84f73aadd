"""Review 15 (a new user's run of the command line): file errors in Chinese by default and English under
`--lang en`, unreadable audit lines said on stderr, English argument names, an empty log's report, dates
in records that say why they are no day, one exit status for a closed pipe, the simulated baseline's
name, and `calendar diff`'s positional ruleset."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govrules.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "docs" / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one line on stderr of a command that fails with exit 2 and writes nothing on stdout."""
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "", (code, out, err)
    assert err.count("\n") == 1 and err.startswith("govrules: ") and "Traceback" not in err, err
    return err


def _write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


# -- 1. file errors: Chinese by default, English under --lang en --


SCENARIOS = [
    pytest.param("", "缺少 name", "missing key 'name'", id="missing name"),
    pytest.param('name = "x"\nruleset = "nosuch"\n', "没有规则集“nosuch”", "unknown ruleset 'nosuch'", id="ruleset"),
    pytest.param(
        'name = "x"\nruleset = "xifeng-2022"\nyear = 1\n', "没有“year”这一项", "unknown key 'year'", id="unknown key"
    ),
    pytest.param(
        'name = "x"\nruleset = "xifeng-2022"\nstart = 2025-09-31\n',
        "第3行第9列：2025-09-31不是日期：9月没有31日",
        "Invalid date or datetime",
        id="impossible date",
    ),
    pytest.param(
        'name = "x"\nruleset = "xifeng-2022"\nstart = 2025-02-29\n',
        "2025年不是闰年，2月没有29日",
        "Invalid date or datetime",
        id="not a leap year",
    ),
    pytest.param("a,b\n1,2\n", "不是有效的TOML：第1行第2列：键之后应有“=”", "not valid TOML", id="not TOML"),
]


@pytest.mark.parametrize(("text", "zh", "en"), SCENARIOS)
def test_scenario_file_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, zh: str, en: str) -> None:
    path = _write(tmp_path, "s.toml", text)
    said = error(capsys, "simulate", path, "-j", "1")
    assert zh in said and path in said
    assert not any(word in said for word in ("missing key", "unknown", "Invalid", "Expected")), said
    assert en in error(capsys, "simulate", path, "-j", "1", "--lang", "en")


WHATIFS = [
    pytest.param('name = "x"\nruleset = "nosuch"\n', "没有 [[change]] 表", "no [[change]] tables", id="no change"),
    pytest.param("changes = 1\n", "变更文件没有“changes”这一项", "unknown key 'changes'", id="unknown key"),
    pytest.param("a,b\n", "不是有效的TOML：第1行第2列", "not valid TOML", id="not TOML"),
    pytest.param("[[change]]\nperiod = 1\n", "第1个 [[change]] 缺少 rule", "missing key 'rule'", id="no rule"),
]


@pytest.mark.parametrize(("text", "zh", "en"), WHATIFS)
def test_whatif_file_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, zh: str, en: str) -> None:
    path = _write(tmp_path, "w.toml", text)
    assert zh in error(capsys, "diff", "西丰", path)
    assert en in error(capsys, "diff", "西丰", path, "--lang", "en")


def test_replications_name_the_option_and_the_least_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    for n in ("0", "1"):
        said = error(capsys, "simulate", "-n", n)
        assert "--replications/-n" in said and "应在2至10000之间" in said and "至少需要2个" not in said
        assert "对比须有至少2个随机种子" in said and f"给出的是{n}" in said and "must" not in said
    said = error(capsys, "simulate", "-n", "1", "--lang", "en")
    assert "--replications/-n" in said and "must be from 2 to 10000" in said and "应在" not in said


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "西丰"],
        ["simulate"],
        ["diff", "西丰"],
        ["meeting", "西丰"],
        ["verify"],
        ["audit", "--ruleset", "西丰"],
    ],
)
def test_a_missing_file_is_said_in_chinese_by_errno(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    missing = "/no/such/file.jsonl"
    said = error(capsys, *argv, missing)
    assert "文件不存在" in said and missing in said and "No such file" not in said
    assert "No such file or directory" in error(capsys, *argv, missing, "--lang", "en")


def test_a_directory_is_said_in_chinese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    said = error(capsys, "audit", "西丰", str(tmp_path))
    assert "这是文件夹，不是文件" in said and "Is a directory" not in said


def test_a_fake_xlsx_is_not_a_valid_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"not a zip")
    said = error(capsys, "audit", "西丰", str(path))
    assert "不是有效的 .xlsx 文件（可能是旧版 .xls 或已损坏）：请在 Excel 中另存为 .xlsx 或 .csv" in said
    assert "BadZipFile" not in said and str(path) in said
    assert "not a valid .xlsx workbook" in error(capsys, "audit", "西丰", str(path), "--lang", "en")


def test_meeting_file_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = _write(tmp_path, "empty.json", "")
    assert f"{empty}：文件为空" in error(capsys, "meeting", "西丰", empty)
    assert "is empty" in error(capsys, "meeting", "西丰", empty, "--lang", "en")
    log = _write(tmp_path, "log.jsonl", '{"a": 1}\n{"b": 2}\n')
    said = error(capsys, "meeting", "西丰", log)
    assert "meeting 只读一条记录；整份记录请用 govrules audit" in said and "Extra data" not in said
    assert "for a whole log use govrules audit" in error(capsys, "meeting", "西丰", log, "--lang", "en")
    bad = _write(tmp_path, "bad.json", "a,b\n")
    said = error(capsys, "meeting", "西丰", bad)
    assert "不是有效的JSON：第1行第1列应有一个值" in said and "Expecting" not in said


def test_verify_errors_are_in_one_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv = _write(tmp_path, "x.csv", "a,b\n")
    said = error(capsys, "verify", csv)
    assert "不是有效的JSON" in said and "收据" not in said and "not JSON" not in said
    assert "not JSON" in error(capsys, "verify", csv, "--lang", "en")
    receipt = _write(tmp_path, "r.json", "{}")
    said = error(capsys, "verify", receipt)
    assert "不是 govrules 决定回执" in said and "not a govrules" not in said
    said = error(capsys, "verify", receipt, "--lang", "en")
    assert "not a govrules decision receipt" in said and "回执" not in said


def test_a_whole_number_option_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert "参数 --port：端口应为1至65535的整数；实际是'abc'" in error(capsys, "serve", "--port", "abc")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--port", "99999"), "端口应为1至65535的整数；实际是'99999'"),
        (("--port", "0"), "端口应为1至65535的整数"),
        (("--workers", "0"), "工作进程数应为1至64的整数"),
        (("--max-body", "-5"), "--max-body应为1以上的整数"),
    ],
)
def test_serve_refuses_numbers_it_cannot_use(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    """A port out of range hung uvicorn silently (the tester's report, 2026-11-30)."""
    assert said in error(capsys, "serve", *args)


def test_serve_says_a_port_in_use_before_saying_it_serves(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("uvicorn")
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        assert main(["serve", "--port", port]) == 2
    out, err = capsys.readouterr()
    assert "serving on" not in out and f"无法在 127.0.0.1:{port} 监听" in err and "--port" in err


# -- 2. unreadable lines are said on stderr --


def test_an_all_unreadable_log_says_so_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = _write(tmp_path, "bad.jsonl", '{"type": "countersign", bad\n')
    code, out, err = run(capsys, "audit", "西丰", log)
    assert code == 2 and "无法读取的记录" in out
    assert f"{log} 中有1条记录无法读取，未作检查；原因见报告中“无法读取的记录”一节" in err
    code, _, err = run(capsys, "audit", "西丰", log, "--lang", "en")
    assert code == 2 and "1 record(s) of" in err and '"Unreadable records"' in err


def test_unreadable_lines_beside_a_breach_are_said_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = (EXAMPLES / "countersign.jsonl").read_text(encoding="utf-8") + '{"type": "countersign", bad\n'
    log = _write(tmp_path, "mixed.jsonl", text)
    report = tmp_path / "report.csv"
    code, _, err = run(capsys, "audit", "西丰", log, "--format", "csv", "-o", str(report))
    assert code == 1
    assert f"中有1条记录无法读取，未作检查；原因见报告 {report} 中 rule 为 invalid_record 的行" in err


# -- 3. English argument names under --lang en --


def test_argument_names_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    said = error(capsys, "due", "西丰", "countersign_reply", "2025年9月31日", "--lang", "en")
    assert "argument DATE:" in said and "日期" not in said
    said = error(capsys, "--lang", "en", "frobnicate")
    assert "argument COMMAND:" in said and "命令" not in said
    said = error(capsys, "due", "西丰", "countersign_reply", "2025年9月31日")
    assert "参数 日期：" in said and "9月没有31日" in said
    said = error(capsys, "audit", "--lang", "en")
    assert "LOG" in said and "记录文件" not in said


# -- 4. an empty log's report --


def test_an_empty_log_reports_no_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = _write(tmp_path, "empty.jsonl", "")
    code, out, err = run(capsys, "audit", "西丰", log)
    assert code == 2 and "没有任何记录，未作检查" in out and "中没有任何记录" in err
    assert "未发现违规" not in out and "没有会议记录" not in out
    code, out, _ = run(capsys, "audit", "西丰", log, "--lang", "en", "--format", "html")
    assert code == 2 and "No record; nothing was checked." in out and "No breach found" not in out


# -- 5. dates in JSON Lines records --


def test_a_record_date_says_why_it_is_no_day(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    records = [
        {"type": "countersign", "id": "c1", "requested_on": "2025-09-31"},
        {"type": "countersign", "id": "c2", "requested_on": "2025/9/26"},
        {"type": "countersign", "id": "c3", "requested_on": "2025年2月29日"},
    ]
    log = _write(tmp_path, "d.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    code, out, _ = run(capsys, "audit", "西丰", log)
    assert code == 2
    assert "'2025-09-31'不是日期：9月没有31日 @ $.requested_on" in out
    assert "'2025/9/26'不是日期：记录中的日期须写作YYYY-MM-DD，即2025-09-26 @ $.requested_on" in out
    assert "2025年不是闰年，2月没有29日" in out
    code, out, _ = run(capsys, "audit", "西丰", log, "--lang", "en")
    assert "'2025-09-31' is not a date: month 9 has 30 days, not 31 @ $.requested_on" in out
    assert "a record's date is written YYYY-MM-DD: 2025-09-26" in out


# -- 6. a closed pipe --


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "西丰", "53"],
        ["diff", "kongtong-2016", str(ROOT / "simulations" / "whatif" / "kongtong_topical_minutes_by_deputy.toml")],
        ["calendar", "show", "2025"],
        ["rulesets", "西丰"],
        ["audit", "西丰", str(EXAMPLES / "countersign.jsonl"), "--format", "csv"],
        ["audit", "西丰", str(EXAMPLES / "countersign.jsonl")],
        ["--version"],
        ["due", "-h"],
    ],
)
def test_a_closed_pipe_ends_every_command_with_141(argv: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader (head) has gone before anything is written
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "govrules.cli", *argv], stdout=write, stderr=subprocess.PIPE, text=True
        )
    finally:
        os.close(write)
    assert proc.returncode == 141 and proc.stderr == ""


# -- 7. the simulated baseline's name --


def test_the_baseline_is_named_as_the_scenario_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "simulate", "-n", "2", "-j", "1", "--quiet")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith(
        "比较：西丰县 2025年（基线，规则集 xifeng-2022）与 西丰县 2025年：会签7→5个工作日（变更后）"
    )
    code, out, _ = run(capsys, "simulate", "-n", "2", "-j", "1", "--quiet", "--lang", "en")
    assert out.splitlines()[0].startswith(
        "Compared: 西丰县 2025年 (baseline, ruleset xifeng-2022) and 西丰县 2025年：会签"
    )


# -- 8. calendar diff takes the ruleset as the other commands do --


def test_calendar_diff_takes_a_positional_ruleset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from datetime import date

    from govrules import workdays

    est = workdays.estimate(2027)
    off, work = est.schedule(2027)
    days = [{"name": est.holiday_name(d) or "", "date": d.isoformat(), "isOffDay": True} for d in off]
    days.append({"name": "国庆节", "date": "2027-10-08", "isOffDay": True})
    days += [{"name": "", "date": d.isoformat(), "isOffDay": False} for d in (*work, date(2027, 10, 16))]
    schedule = _write(tmp_path, "2027.json", json.dumps({"year": 2027, "days": days}))
    log = _write(tmp_path, "r.jsonl", json.dumps({"type": "countersign", "id": "c1", "requested_on": "2027-09-30"}))
    for argv in (["西丰县", schedule], [schedule, "--ruleset", "西丰"], ["xifeng-2022", schedule, "--ruleset", "西丰"]):
        code, out, err = run(capsys, "calendar", "diff", *argv, "--log", log)
        assert code == 0 and "c1 countersign_reply" in out, err
    said = error(capsys, "calendar", "diff", "西丰", schedule, "--ruleset", "咸阳", "--log", log)
    assert "给出了两个规则集" in said
    said = error(capsys, "calendar", "diff", schedule, "--log", log)
    assert "--log 与规则集须同时给出" in said


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "西丰", "--format", "csv", "{log}"],
        ["audit", "西丰", "{log}", "--format", "csv"],
        ["audit", "--format", "csv", "西丰", "{log}"],
        ["audit", "--ruleset", "西丰", "--format", "csv", "{log}"],
    ],
)
def test_audit_takes_the_file_before_or_after_its_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    log = _write(
        tmp_path, "log.jsonl", '{"type":"document","id":"d1","kind":"请示","issuer":"政府","addressee":"上级政府"}\n'
    )
    code, out, _ = run(capsys, *(a.format(log=log) for a in argv))
    assert code in (0, 1)
    assert out.lstrip("\ufeff").startswith("record_id,")


def test_a_word_left_over_after_the_file_is_still_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = _write(tmp_path, "log.jsonl", "")
    assert "无法识别的参数：extra" in error(capsys, "audit", "西丰", log, "--format", "csv", "extra")


def test_type_on_a_json_log_is_refused_in_the_users_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = _write(tmp_path, "log.jsonl", '{"type":"document","id":"d1","kind":"请示","issuer":"政府"}\n')
    assert "--type 只用于没有类型列的表格导出" in error(capsys, "audit", "西丰", log, "--type", "document")
    assert "--type is for spreadsheets" in error(capsys, "--lang", "en", "audit", "西丰", log, "--type", "document")


def test_the_json_audit_report_says_which_rules_it_was_checked_against(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An auditor's JSON report names the ruleset, its rules version and govrules', as the HTTP summary does."""
    from govrules import __version__, rulesets

    log = _write(tmp_path, "log.jsonl", '{"type": "request", "id": "r1", "received_on": "2025-03-03"}\n')
    _, out, _ = run(capsys, "audit", "xifeng-2022", log, "--format", "json")
    summary = json.loads(out.splitlines()[-1])
    rs = rulesets.load("xifeng-2022")
    assert summary["type"] == "summary" and summary["govrules"] == __version__
    assert summary["ruleset"] == {"id": rs.id, "version": rs.version, "title": rs.title}
