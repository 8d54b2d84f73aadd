"""The same situation across the five rulesets, where their texts differ (each row names its article)."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import deadlines, rulesets, signing
from govrules.errors import RuleNotDefined
from govrules.model import Document, DocumentKind, Issuer, MeetingKind, Role

TOPICAL_BY_DEPUTY = Document(
    kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.TOPICAL, presided_by=Role.DEPUTY
)


@pytest.mark.parametrize(
    ("rid", "signer", "article"),
    [
        pytest.param("xianyang-2013", Role.DEPUTY, 45, id="咸阳 45: the presiding deputy signs topical minutes"),
        pytest.param("xifeng-2022", Role.DEPUTY, 45, id="西丰 45: the presiding leader signs"),
        pytest.param("dongchuan-2024", Role.DEPUTY, 24, id="东川 24: the presiding leader signs"),
        pytest.param("kongtong-2016", Role.HEAD, 47, id="崆峒 47: a deputy's minutes go to the 区长 to sign"),
    ],
)
def test_topical_minutes_presided_by_a_deputy(rid: str, signer: Role, article: int) -> None:
    d = signing.who_signs(rulesets.load(rid), TOPICAL_BY_DEPUTY)
    assert d.signer is signer
    assert any(c.article == article for c in d.citations)


@pytest.mark.parametrize(
    ("rid", "expected", "article"),
    [
        pytest.param("district-xx", date(2025, 9, 30), 59, id="district-xx 59: 3 working days (09-28 worked)"),
        pytest.param("xianyang-2013", date(2025, 10, 10), 58, id="咸阳 58: 5 working days"),
        pytest.param("xifeng-2022", date(2025, 10, 13), 52, id="西丰 52: 7 working days"),
        pytest.param("dongchuan-2024", date(2025, 10, 13), 30, id="东川 30: 7 working days"),
    ],
)
def test_countersign_reply_across_rulesets(rid: str, expected: date, article: int) -> None:
    # Requested on Friday 2025-09-26: Sunday 09-28 is worked, 10-01..10-08 off, Saturday 10-11 worked.
    d = deadlines.due(rulesets.load(rid), "countersign_reply", date(2025, 9, 26))
    assert d.date == expected
    assert d.citation.article == article


def test_kongtong_states_no_countersign_period() -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(rulesets.load("kongtong-2016"), "countersign_reply", date(2025, 9, 26))
