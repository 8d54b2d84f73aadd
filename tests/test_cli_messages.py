"""The command line as Chinese staff meet it: one line per error, in their language, naming what fixes
it; exit 2 for usage and input, 1 for a breach verdict, 0 for clean; their own names and dates accepted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govrules import __version__, rulesets
from govrules.cli import main
from govrules.labels import parse_chinese_number

EXAMPLES = Path(__file__).parent.parent / "docs" / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("govrules: "), err
    assert "Traceback" not in err
    return err


# -- step 1: no traceback, Chinese by default, exit codes --


def test_missing_article_is_one_chinese_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "district-xx", "10")
    assert code == 2 and out == ""
    assert "第43条至第76条" in one_line(err) and "govrules explain district-xx 43" in err


def test_missing_article_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "explain", "district-xx", "10")
    assert code == 2 and "has no article '10' (its articles: 43-76)" in one_line(err)


def test_output_into_head_has_no_broken_pipe() -> None:
    cmd = (
        f"{sys.executable} -m govrules.cli rulesets xifeng-2022 | head -1;"
        f" {sys.executable} -m govrules.cli explain xifeng-2022 53 | head -c 10"
    )
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, errors="replace", timeout=120)
    assert done.stderr == ""
    assert done.stdout.startswith("xifeng-2022：")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        pytest.param(["due"], "缺少必需的参数", id="missing argument"),
        pytest.param(["audit", "x.jsonl", "--format", "pdf"], "参数 --format 的值 'pdf' 无效", id="bad choice"),
        pytest.param(["rulesets", "--bogus"], "无法识别的参数：--bogus", id="unknown option"),
        pytest.param(["nosuch"], "参数 命令 的值 'nosuch' 无效", id="unknown command"),
    ],
)
def test_usage_errors_are_one_chinese_line_exit_2(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert says in one_line(err) and "-h 查看用法和示例" in err


def test_usage_error_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "due", "--lang", "en")
    assert code == 2 and "the following arguments are required" in one_line(err)


def test_leave_not_allowed_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["leave", "xifeng-2022", "--role", "部门主要负责人", "--kind", "离丰", "--start", "2025-10-09"]
    code, out, _ = run(capsys, *argv, "--requested-on", "2025-10-08")
    assert code == 1 and "不符合规定" in out
    code, out, _ = run(capsys, *argv, "--requested-on", "2025-09-29")
    assert code == 0 and "符合规定" in out


def test_empty_log_is_warned_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = tmp_path / "empty.jsonl"
    log.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "audit", "xifeng-2022", str(log))
    assert code == 2 and "没有任何记录" in err


def test_period_without_a_meeting_is_warned_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    log = str(EXAMPLES / "meeting.jsonl")
    code, _, err = run(capsys, "audit", "xifeng-2022", log, "--period", "2027", "--provisional")
    assert code == 2 and "没有2027-01-01至2027-12-31期间的会议记录" in err
    code, _, err = run(capsys, "audit", "xifeng-2022", log, "--period", "2025", "--lang", "en")
    assert "has no meeting" not in err


# -- step 2: --version, rulesets ID, deadline ids, one way of naming the ruleset --


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"govrules {__version__}"


def test_rulesets_id_lists_deadlines_meetings_roles_articles(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulesets", "西丰县")
    assert code == 0
    assert "countersign_reply：7个工作日内" in out and "leave_request" in out
    assert "会议：全体会议、常务会议" in out and "党组会议" not in out
    assert "职务：县长、负责日常工作的副县长、分管副县长" in out
    assert "条文：第一条至第八十条" in out


def test_due_unknown_rule_lists_the_deadline_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "due", "xifeng-2022", "nope", "2025-09-26")
    assert code == 2
    assert "它的时限有：minutes_issue、countersign_reply、leave_request" in one_line(err)


@pytest.mark.parametrize("name", ["xifeng-2022", "西丰县", "西丰", "西丰县人民政府", "xifeng"])
def test_a_ruleset_by_its_government(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "due", name, "countersign_reply", "2025-09-26")
    assert code == 0 and "2025-10-13" in out


def test_unknown_ruleset_lists_them(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "explain", "铁岭", "1")
    assert code == 2 and "没有规则集“铁岭”" in one_line(err) and "xifeng-2022（西丰县）" in err


def test_audit_takes_the_ruleset_either_way(capsys: pytest.CaptureFixture[str]) -> None:
    log = str(EXAMPLES / "meeting.jsonl")
    a = run(capsys, "audit", "xifeng-2022", log)
    b = run(capsys, "audit", "--ruleset", "xifeng-2022", log)
    assert a == b and a[0] == 1
    code, _, err = run(capsys, "audit", "xifeng-2022", log, "--ruleset", "kongtong-2016")
    assert code == 2 and "只能给一个" in err
    code, _, err = run(capsys, "audit", log)
    assert code == 2 and "缺少规则集" in err


# -- step 3: the texts' own names, and names a text does not have --


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(
            ["signer", "xifeng-2022", "--kind", "纪要", "--issuer", "政府", "--meeting", "县政府常务会议"],
            id="县政府常务会议",
        ),
        pytest.param(
            ["signer", "kongtong-2016", "--kind", "纪要", "--issuer", "政府", "--meeting", "区政府专题会议"],
            id="区政府专题会议",
        ),
        pytest.param(["signer", "xianyang-2013", "--kind", "请示", "--issuer", "政府", "--to", "省政府"], id="省政府"),
        pytest.param(["signer", "xifeng-2022", "--kind", "请示", "--issuer", "政府", "--to", "市政府"], id="市政府"),
        pytest.param(
            ["leave", "xifeng-2022", "--role", "副县长", "--kind", "离丰", "--start", "2025-09-26"], id="离丰"
        ),
        pytest.param(
            ["leave", "xianyang-2013", "--role", "副市长", "--kind", "离咸", "--start", "2025-09-26"], id="离咸"
        ),
        pytest.param(["due", "某区", "countersign_reply", "2025-09-26", "--variant", "特别复杂"], id="特别复杂"),
    ],
)
def test_the_texts_own_names_are_accepted(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code in (0, 1) and out and err == ""


def test_json_receipt_takes_the_texts_own_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "signer", "xianyang-2013", "--kind", "请示", "--issuer", "政府", "--to", "省政府", "--format", "json"
    )
    assert code == 0 and json.loads(out)["decision"] == "signing"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        pytest.param(["xifeng-2022", "--role", "秘书长"], "没有“秘书长”这一职务；它有：县长、", id="秘书长 in 西丰"),
        pytest.param(["xifeng-2022", "--role", "副市长"], "没有“副市长”这一职务", id="副市长 in 西丰"),
        pytest.param(
            ["xianyang-2013", "--role", "副市长", "--kind", "不能出席会议", "--meeting", "党组会议"],
            "没有“党组会议”；它的会议有：全体会议、常务会议",
            id="党组会议 in 咸阳",
        ),
        pytest.param(
            ["xifeng-2022", "--role", "副县长", "--kind", "备忘"], "--kind：无法识别的请假类型“备忘”", id="kind"
        ),
    ],
)
def test_names_a_text_does_not_have_are_refused(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    if "--kind" not in argv:
        argv = [*argv, "--kind", "离开辖区外出"]
    code, out, err = run(capsys, "leave", *argv, "--start", "2025-09-26")
    assert code == 2 and out == ""
    assert says in one_line(err)


def test_refused_role_in_english_names_the_members(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["leave", "xifeng-2022", "--role", "秘书长", "--kind", "休假", "--start", "2025-09-26", "--lang", "en"]
    code, _, err = run(capsys, *argv)
    assert code == 2 and "xifeng-2022 has no role '秘书长'; it has 县长 (HEAD)" in one_line(err)


# -- step 4: dates --


@pytest.mark.parametrize("day", ["2025-09-26", "2025/9/26", "2025年9月26日", "2025-9-26", "2025.09.26"])
def test_dates_as_written(day: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "workdays", "add", day, "7")
    assert code == 0 and "2025-09-26之后第7个工作日：2025-10-13" in out


@pytest.mark.parametrize(
    ("day", "why"),
    [
        ("2025-09-31", "9月没有31日"),
        ("2025/2/29", "2025年不是闰年，2月没有29日"),
        ("2025年13月1日", "没有13月"),
        ("明天", "请写作2025-09-26、2025/9/26或2025年9月26日"),
    ],
)
def test_impossible_dates_say_why(day: str, why: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "due", "xifeng-2022", "countersign_reply", day)
    assert code == 2 and why in one_line(err)


def test_impossible_date_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "workdays", "is", "2025-09-31", "--lang", "en")
    assert code == 2 and "month 9 has 30 days, not 31" in one_line(err)


def test_dates_on_options_and_periods(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        capsys,
        "leave",
        "xifeng-2022",
        "--role",
        "副县长",
        "--kind",
        "休假",
        "--start",
        "2025年9月26日",
        "--end",
        "2025/9/30",
    )
    assert code in (0, 1)
    log = str(EXAMPLES / "meeting.jsonl")
    code, _, err = run(capsys, "audit", "xifeng-2022", log, "--period", "2025/1/1:2025年12月31日")
    assert code == 1 and err == ""


# -- step 5: Chinese help with examples --


@pytest.mark.parametrize("command", ["due", "signer", "leave", "explain", "audit", "rulesets", "workdays"])
def test_help_is_chinese_with_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, command, "-h")
    assert code == 0
    assert out.startswith("用法：") and "选项" in out and "示例" in out and "显示此帮助" in out


# -- step 6: the audit report as staff read it --


def test_unchecked_list_is_chinese_without_rules_the_ruleset_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", "xifeng-2022", str(EXAMPLES / "meeting.jsonl"))
    assert code == 1
    unchecked = out.split("未能检查")[1]
    assert "会议组成：记录未载明出席人员（attendees）：3条" in unchecked
    assert "时限“会议纪要印发”：记录未载明日期：1条" in unchecked
    assert "no such rule" not in unchecked and "minutes_draft" not in unchecked


def test_csv_has_a_bom(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "审计.csv"
    code, _, _ = run(
        capsys, "audit", "xifeng-2022", str(EXAMPLES / "meeting.jsonl"), "--format", "csv", "-o", str(report)
    )
    assert code == 1 and report.read_bytes().startswith(b"\xef\xbb\xbfrecord_id,")


def test_html_header_legend_and_numeric_article_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(
        (EXAMPLES / "meeting.jsonl").read_text(encoding="utf-8")
        + (EXAMPLES / "document.jsonl").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "audit", "xifeng-2022", str(log), "--format", "html")
    assert code == 1
    assert f"<tr><th>审计的记录文件</th><td>{log}</td></tr>" in out and "<th>审计时间</th>" in out
    rules_version = rulesets.load("xifeng-2022").version  # a hash of the rules: any rule or rule kind changes it
    assert f"<tr><th>govrules 版本</th><td>{__version__}</td></tr>" in out and f"规则版本 {rules_version}" in out
    assert "图例" in out and "不符合一般要求</span>：" in out
    by_month = out.split('id="by-month"')[1]
    months: dict[str, list[int]] = {}
    for month, article in re.findall(r"<tr><td>([\d-]+)</td><td>第(\w+?)条", by_month):
        months.setdefault(month, []).append(parse_chinese_number(article))
    assert months and all(v == sorted(v) for v in months.values())


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        pytest.param(
            ["explain", "xifeng-2022", "abc"], "“abc”不是条号：请写 53、五十三、第五十三条，或附件1", id="article"
        ),
        pytest.param(["simulate", "nowhere.toml"], "无法读取情景文件 nowhere.toml", id="scenario"),
        pytest.param(["diff", "xifeng-2022", "nowhere.toml"], "无法读取变更文件 nowhere.toml", id="what-if"),
        pytest.param(["audit", "xifeng-2022", "nowhere.jsonl"], "无法打开记录文件 nowhere.jsonl", id="log"),
        pytest.param(["workdays", "add", "2025-09-26", "x"], "参数 N 的值 'x' 无效", id="number"),
    ],
)
def test_more_input_errors_are_one_chinese_line(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and says in one_line(err)


def test_rulesets_and_explain_follow_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulesets", "--lang", "en")
    count = len(rulesets.load("xifeng-2022").rules)
    assert code == 0 and f"\t{count} rules\tversion " in out and "条规则" not in out
    code, out, _ = run(capsys, "--lang", "en", "rulesets", "xifeng-2022")
    assert code == 0 and out.startswith("xifeng-2022: ") and "Deadlines (RULE of govrules due):" in out
    assert "Roles: 县长 (HEAD)" in out
    code, out, _ = run(capsys, "explain", "xifeng-2022", "52", "--lang", "en")
    assert code == 0 and "Rules citing it:" in out and "countersign_reply" in out
