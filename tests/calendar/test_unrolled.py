"""`Period.unrolled`: the day a period in days or months reaches before it is moved to a working day, which the
deadline's explanation names when it moved (DESIGN, counting rules: 民法典 第二百零三条 after an event, the previous
working day before one). It must agree with `resolve_on` on every period and day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from govrules import deadlines, rulesets
from govrules.periods import AFTER, BEFORE, DAY, MONTH, WORKDAY, YEAR_END, Period
from govrules.workdays import china

CAL = china()
#: Up to 2025: 12 months or 40 days later is still in 2026, the last year the State Council has published.
ANCHORS = st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    unit = draw(st.sampled_from([DAY, MONTH, WORKDAY, YEAR_END]))
    if unit is YEAR_END:
        return Period(0, YEAR_END)
    direction = draw(st.sampled_from([AFTER, BEFORE]))
    start = direction is AFTER and draw(st.booleans())
    return Period(draw(st.integers(0, 12 if unit is MONTH else 40)), unit, direction, count_start_day=start)


@given(periods(), ANCHORS)
def test_resolve_is_the_unrolled_day_moved_to_a_working_day(p: Period, anchor: date) -> None:
    reached = p.unrolled(anchor)
    got = p.resolve_on(anchor, CAL)
    if p.unit is WORKDAY:
        assert reached is None
        return
    assert reached is not None
    moved = CAL.previous_workday(reached) if p.direction is BEFORE else CAL.next_workday(reached)
    assert got == moved
    assert (got != reached) == (not CAL.is_workday(reached))


def test_the_explanation_names_the_rest_day_it_moved_from() -> None:
    # 西丰 附件2 五(四) 一般事项7天之内 (从部署当日算起): from 2025-09-26 the 7th day is 10-02, a National Day holiday
    d = deadlines.due(rulesets.load("xifeng-2022"), "supervision_simple", date(2025, 9, 26), calendar=CAL)
    assert "（2025-10-02（星期四）非工作日，顺延至2025-10-09）" in d.explain()
    # 西丰 六十七 ¶2 提前3天: before 2025-01-31 the day is 01-28, in the Spring Festival holiday: the day before it
    d = deadlines.due(rulesets.load("xifeng-2022"), "leave_request", date(2025, 1, 31), calendar=CAL)
    assert "（2025-01-28（星期二）非工作日，提前至2025-01-27）" in d.explain()
    # counted in working days, nothing moves: nothing said
    d = deadlines.due(rulesets.load("xifeng-2022"), "countersign_reply", date(2025, 9, 26), calendar=CAL)
    assert "非工作日" not in d.explain()
