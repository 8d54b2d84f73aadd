"""A ruleset named as a user names it, everywhere a name is taken; a what-if period written as the texts write one.

- `rulesets.named` reads what the command line reads (an id, the government's name 西丰县人民政府 / 西丰县 / 西丰,
  a title); `rulesets.in_force`, a what-if file's `ruleset = "西丰县"` and a simulation scenario's `ruleset` take
  the same names (they took the id, or the full government name, alone).
- A what-if may write a period as the texts do (「5个工作日」「10天内」「1个月」), and every error about a period or a
  rhythm says what is wrong in Chinese.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govrules import rulesets, whatif
from govrules.cli._parse import ruleset_id
from govrules.errors import InvalidInput
from govrules.periods import Direction, Period, Unit
from govrules.simulation.scenario import load_scenario

NAMES = [
    ("xifeng-2022", "xifeng-2022"),
    ("XIFENG", "xifeng-2022"),
    ("西丰县人民政府", "xifeng-2022"),
    ("西丰县", "xifeng-2022"),
    (" 西丰 ", "xifeng-2022"),
    ("咸阳市", "xianyang-2013"),
    ("东川区", "dongchuan-2024"),
    ("昆明市东川区", "dongchuan-2024"),
    ("崆峒区", "kongtong-2016"),
    ("平凉市崆峒区人民政府", "kongtong-2016"),
    ("某区", "district-xx"),
]


@pytest.mark.parametrize(("name", "rid"), NAMES)
def test_a_ruleset_by_any_name_a_user_writes(name: str, rid: str) -> None:
    assert rulesets.named(name) == rid
    assert ruleset_id(name) == rid  # the command line reads the same names


@pytest.mark.parametrize("name", ["", " ", "沈阳市", "xifeng-2023", "西丰县人民政府办公室"])
def test_a_name_of_no_ruleset_is_refused_in_chinese(name: str) -> None:
    with pytest.raises(InvalidInput) as e:
        rulesets.named(name)
    assert e.value.zh is not None and "没有规则集" in e.value.zh and "xifeng-2022（西丰县）" in e.value.zh


@given(st.text(max_size=12))
def test_named_refuses_or_names_a_ruleset_the_command_line_names_too(text: str) -> None:
    try:
        rid = rulesets.named(text)
    except InvalidInput:
        with pytest.raises(InvalidInput):
            ruleset_id(text)
    else:
        assert ruleset_id(text) == rid


@pytest.mark.parametrize(("name", "rid"), [(n, r) for n, r in NAMES if not n.isascii()])
def test_in_force_takes_the_governments_shorter_names(name: str, rid: str) -> None:
    assert rulesets.in_force(name, dt.date(2025, 6, 1)).id == rid


def test_in_force_refuses_what_is_no_government_in_chinese() -> None:
    with pytest.raises(InvalidInput) as e:
        rulesets.in_force("沈阳市", dt.date(2025, 6, 1))
    assert e.value.zh is not None and "没有“沈阳市”的规则集" in e.value.zh
    with pytest.raises(InvalidInput) as e:
        rulesets.in_force(5, dt.date(2025, 6, 1))  # type: ignore[arg-type]
    assert e.value.zh is not None and "政府应以名称" in e.value.zh


def _variant(tmp_path: Path, ruleset: str, period: str = '"5个工作日"') -> Path:
    p = tmp_path / "v.toml"
    p.write_text(f'ruleset = "{ruleset}"\n[[change]]\nrule = "countersign_reply"\nperiod = {period}\n', "utf-8")
    return p


@pytest.mark.parametrize("name", ["xifeng-2022", "西丰县", "西丰县人民政府", "西丰"])
def test_a_variant_file_names_its_ruleset_by_any_name(tmp_path: Path, name: str) -> None:
    """西丰 第五十二条第二款 「一般应在7个工作日内回复」, changed to 5 working days."""
    variant = whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, name))
    assert variant.rule("countersign_reply").period == Period(5, Unit.WORKDAY)  # type: ignore[attr-defined]


def test_a_variant_file_for_another_ruleset_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, "东川区"))
    assert e.value.zh is not None and "东川区" in e.value.zh and "xifeng-2022" in e.value.zh


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ('"5个工作日"', Period(5, Unit.WORKDAY)),
        ('"7 个工作日内"', Period(7, Unit.WORKDAY)),
        ('"10天"', Period(10, Unit.DAY)),
        ('"1个月"', Period(1, Unit.MONTH)),
        ('"2个工作日前"', Period(2, Unit.WORKDAY, Direction.BEFORE)),
        ("{amount = 3, unit = 'WORKDAY'}", Period(3, Unit.WORKDAY)),
    ],
)
def test_a_period_written_as_the_texts_write_one(tmp_path: Path, text: str, period: Period) -> None:
    variant = whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, "西丰县", text))
    assert variant.rule("countersign_reply").period == period  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"五个工作日"', "期限应写作“7个工作日”"),
        ('"5周"', "期限应写作“7个工作日”"),
        ("5", "期限应写作表"),
        ("{amount = 5}", "须写明数量（amount）和单位（unit）"),
        ("{amount = 5, unit = 'WORKDAY', by = 1}", "期限只有"),
        ("{amount = 5, unit = 'WORKDAY', count_start_day = 'no'}", "count_start_day 应为 true 或 false"),
        ("{amount = 999, unit = 'WORKDAY'}", "期限的数量（amount）应为0至366的整数"),
    ],
)
def test_a_period_wrongly_written_is_refused_in_chinese(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, "西丰县", text))
    assert e.value.zh is not None and says in e.value.zh, e.value.zh


def test_a_field_no_rule_has_is_refused_in_chinese(tmp_path: Path) -> None:
    p = tmp_path / "v.toml"
    p.write_text('[[change]]\nrule = "countersign_reply"\ndays = 5\n', "utf-8")
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rulesets.load("xifeng-2022"), p)
    assert e.value.zh is not None and "没有可改的字段“days”" in e.value.zh and "period" in e.value.zh


@pytest.mark.parametrize(("rhythm", "says"), [("{times = 0, per = 'MONTH'}", "不小于1的整数"),
                                             ("{times = 9, per = 'WEEK'}", "多于每天一次"),
                                             ("'每月1次'", "频次应写作表")])  # fmt: skip
def test_a_rhythm_wrongly_written_is_refused_in_chinese(tmp_path: Path, rhythm: str, says: str) -> None:
    rs = rulesets.load("xifeng-2022")
    rule = next(r for r in rs.rules if type(r).__name__ == "RhythmRule")
    p = tmp_path / "v.toml"
    p.write_text(f'[[change]]\nrule = "{rule.id}"\nrhythm = {rhythm}\n', "utf-8")
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rs, p)
    assert e.value.zh is not None and says in e.value.zh, e.value.zh


def test_a_scenario_names_its_ruleset_by_its_governments_name(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text('name = "试"\nruleset = "西丰县"\n', "utf-8")
    assert load_scenario(p).ruleset == "xifeng-2022"
    p.write_text('name = "试"\nruleset = "沈阳市"\n', "utf-8")
    with pytest.raises(InvalidInput) as e:
        load_scenario(p)
    assert e.value.zh is not None and "ruleset" in e.value.zh and "没有规则集“沈阳市”" in e.value.zh


def test_a_ruleset_name_in_traditional_characters_is_refused_with_the_hint() -> None:
    """Trial 10: 西豐縣 is said to be traditional, as a role's name is."""
    with pytest.raises(InvalidInput) as e:
        rulesets.named("西豐縣")
    assert e.value.zh is not None and "含繁体字，请用简体字：西丰县" in e.value.zh


def test_a_variant_file_naming_no_ruleset_says_so(tmp_path: Path) -> None:
    """Trial 10: not "written for another ruleset"; and a period in Chinese numerals asks for Arabic ones."""
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, "西豐縣"))
    assert e.value.zh is not None and "没有规则集“西豐縣”" in e.value.zh and "写的" not in e.value.zh
    with pytest.raises(InvalidInput) as e:
        whatif.variant_of(rulesets.load("xifeng-2022"), _variant(tmp_path, "西丰县", '"一周"'))
    assert e.value.zh is not None and "阿拉伯数字" in e.value.zh
