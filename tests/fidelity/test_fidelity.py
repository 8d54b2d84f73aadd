"""Situations readers posed from the five texts, each with the text's answer and the article that gives it.

`handed.json` are the cases of ../shared/cases/fidelity-handed.json (issue 10): each failed once, and each
is one example of a kind of misreading fixed across the rulesets. `readings/*.json` are the situations a
second reader of each text wrote without the code (docs/interpretations.md records where the library's
reading and theirs were reconciled).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fidelity_cases import case_id, evaluate, load

HANDED = load("handed.json")
READINGS = [c for f in sorted((Path(__file__).parent / "readings").glob("*.json")) for c in load(f"readings/{f.name}")]


@pytest.mark.parametrize("case", [pytest.param(c, id=case_id(c)) for c in HANDED])
def test_handed_case(case: dict[str, Any]) -> None:
    assert evaluate(case) == [], case["why"]


@pytest.mark.parametrize("case", [pytest.param(c, id=case_id(c)) for c in READINGS])
def test_second_reading(case: dict[str, Any]) -> None:
    assert evaluate(case) == [], case["why"]


def test_handed_cases_are_the_shared_ones() -> None:
    shared = Path(__file__).parents[3] / "shared" / "cases" / "fidelity-handed.json"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert {c["id"] for c in load(str(shared))} <= {c["id"] for c in HANDED}
