"""Every model object the strategies can build survives JSON both ways (Hypothesis)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govrules import model, strategies
from govrules.model import from_json, to_json

CASES: list[tuple[Any, type]] = [
    (strategies.documents(), model.Document),
    (strategies.leave_requests(), model.LeaveRequest),
    (strategies.meetings(), model.Meeting),
    (strategies.rosters(), model.Roster),
    (strategies.members(), model.Member),
    (strategies.governments(), model.Government),
    (strategies.departments(), model.Department),
    (strategies.agenda_items(), model.AgendaItem),
    (strategies.reviews(), model.Review),
    (strategies.authorizations(), model.Authorization),
]


@pytest.mark.parametrize(("strategy", "cls"), CASES, ids=[c.__name__ for _, c in CASES])
@given(data=st.data())
def test_json_round_trip(strategy: Any, cls: type, data: st.DataObject) -> None:
    obj = data.draw(strategy)
    assert from_json(to_json(obj), cls) == obj
