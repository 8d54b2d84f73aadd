"""The registry of rulesets: load, available, in_force."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import rulesets
from govrules.errors import InvalidInput, NotInForce


def test_available_and_load() -> None:
    assert set(rulesets.available()) == {"xianyang-2013", "xifeng-2022", "dongchuan-2024", "kongtong-2016",
                                         "district-xx"}  # fmt: skip
    assert rulesets.load("xifeng-2022") is rulesets.load("xifeng-2022")  # built once
    with pytest.raises(InvalidInput, match="nowhere"):
        rulesets.load("nowhere")


@pytest.mark.parametrize(
    ("government", "on", "expected"),
    [
        pytest.param("西丰县人民政府", date(2025, 3, 1), "xifeng-2022", id="西丰 80: in force from 2022-09-22"),
        pytest.param("昆明市东川区人民政府", date(2024, 11, 7), "dongchuan-2024", id="东川 48: in force from issue"),
        pytest.param("平凉市崆峒区人民政府", date(2020, 1, 1), "kongtong-2016", id="崆峒: adopted 2016-10-21"),
    ],
)
def test_in_force(government: str, on: date, expected: str) -> None:
    assert rulesets.in_force(government, on=on).id == expected


def test_before_a_ruleset_took_effect_is_a_clear_error() -> None:
    # 东川's 2024 rules replaced 东政发〔2020〕21号, which govrules does not hold.
    with pytest.raises(NotInForce, match="2024-11-07"):
        rulesets.in_force("昆明市东川区人民政府", on=date(2023, 5, 1))
    with pytest.raises(InvalidInput, match="某市"):
        rulesets.in_force("某市人民政府", on=date(2025, 1, 1))


def test_explanations_quote_the_cited_paragraph_or_item() -> None:
    from govrules.rules import Citation

    rs = rulesets.load("xifeng-2022")
    p2 = rs.cited_passage(Citation("xifeng-2022", 67, paragraph=2))
    assert p2.startswith("县政府各部门主要负责人离丰外出")  # 第六十七条第二款, not the whole article
    assert "副县长离丰" not in p2
    item = rs.cited_passage(Citation("xifeng-2022", 53, item=3))
    assert item == "（三）县政府人事任免公文,由县长签发;"
    assert rs.cited_passage(Citation("xifeng-2022", 52)) == rs.article(52).text
