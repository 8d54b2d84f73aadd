"""Messages a user reads, from the new-user trial of session 9 (/work/notes/s9/trial9.md, items left to others)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.cli import main
from govrules.errors import InvalidInput, RuleNotDefined
from govrules.whatif import apply_changes

ROOT = Path(__file__).resolve().parents[1]


def test_leave_without_substitute_says_how_to_say_one_was_arranged(capsys: pytest.CaptureFixture[str]) -> None:
    # 西丰 第八条 县长离丰期间,指定…副县长…主持日常工作: the command line cannot tell "none" from "not said"
    assert main(["leave", "西丰", "--role", "县长", "--kind", "离丰", "--start", "2025-10-09"]) == 1
    assert "（按未安排代理人检查；已安排的，加 --substitute）" in capsys.readouterr().out
    assert main(["leave", "西丰", "--role", "县长", "--kind", "离丰", "--start", "2025-10-09", "--substitute"]) == 0
    assert "--substitute" not in capsys.readouterr().out
    assert main(["leave", "西丰", "--role", "县长", "--kind", "离丰", "--start", "2025-10-09", "--lang", "en"]) == 1
    assert "add --substitute if one was" in capsys.readouterr().out


def test_in_force_names_a_date_given_as_text() -> None:
    with pytest.raises(InvalidInput, match="must be a date"):
        rulesets.in_force("西丰县人民政府", "2025-01-01")  # type: ignore[arg-type]
    assert rulesets.in_force("西丰县人民政府", date(2025, 1, 1)).id == "xifeng-2022"


def test_an_unknown_rule_id_names_the_nearest_in_both_languages() -> None:
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(RuleNotDefined) as caught:
        rs.rule("countersign_replyy")
    assert "did you mean 'countersign_reply'" in str(caught.value)
    assert caught.value.zh is not None and "是否指“countersign_reply”" in caught.value.zh
    assert "govrules rulesets xifeng-2022" in caught.value.zh
    with pytest.raises(RuleNotDefined):
        rs.rule(["not", "an", "id"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("period", "zh"),
    [
        ({"amount": 5, "unit": "WORKDAYS"}, "规则 countersign_reply 的字段 period：无法识别的期限单位“WORKDAYS”"),
        (
            {"amount": -5, "unit": "WORKDAY"},
            "规则 countersign_reply 的字段 period：期限的数量（amount）应为0至366的整数",
        ),
    ],
)
def test_a_what_if_field_error_is_said_in_chinese(period: dict[str, object], zh: str) -> None:
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(InvalidInput) as caught:
        apply_changes(rs, [{"rule": "countersign_reply", "period": period}])
    assert caught.value.zh is not None and caught.value.zh.startswith(zh)
    assert str(caught.value).startswith("rule 'countersign_reply', field 'period'")


def test_a_misspelt_rule_in_a_what_if_file_names_the_nearest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "simulations" / "whatif" / "xifeng_countersign_5.toml").read_text(encoding="utf-8")
    bad = tmp_path / "b.toml"
    bad.write_text(text.replace('rule = "countersign_reply"', 'rule = "countersign_replyy"'), encoding="utf-8")
    assert main(["diff", "xifeng-2022", str(bad)]) == 2
    assert "是否指“countersign_reply”" in capsys.readouterr().err


def test_in_force_says_its_refusals_in_chinese() -> None:
    from govrules.errors import NotInForce

    with pytest.raises(InvalidInput) as caught:
        rulesets.in_force("沈阳市", date(2025, 1, 1))  # (西丰县 is read since session 10: test_s10_ruleset_names)
    assert caught.value.zh is not None and "西丰县人民政府" in caught.value.zh
    with pytest.raises(NotInForce) as late:
        rulesets.in_force("西丰县人民政府", date(2000, 1, 1))
    assert late.value.zh is not None and "2022-09-22" in late.value.zh
