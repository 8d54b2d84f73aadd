"""µs per call of add_workdays, against numpy.busday_offset and chinese-calendar's find_workday, each
peer first shown to give our answers on the very inputs it is timed on.

Run: python benchmarks/workdays.py  (needs the test extra: numpy). Goal (issue 1, docs/calendar.md):
add_workdays under 0.5 µs a call and at least 5x faster than numpy.busday_offset given an equivalent
calendar, measured in one run; chinese-calendar is the library govrules' data comes from.

The peers, made to answer as we do (docs/calendar.md, "Moving over from chinese-calendar"):
- numpy: a weekday mask cannot say that a Saturday is worked in exchange for a holiday (调休上班), so
  the mask is all seven days and every rest day of the covered years is a holiday: a Saturday made a
  working day is then simply not among them. Our count starts after the start day, working or not:
  numpy rolls a rest day backward before counting forward (forward before counting back).
- chinese-calendar's find_workday rolls a rest-day start forward to a working day and counts it:
  from a rest day it is asked for one working day fewer.
"""

from __future__ import annotations

import random
import timeit
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import chinese_calendar
import numpy as np
from _goals import Figure, figure, table

from govrules import workdays

REPEAT, NUMBER = 5, 40
STEPS = (5, 250, -5)


def best_us(fn: Callable[[], Any], number: int = NUMBER) -> float:
    return min(timeit.Timer(fn).repeat(REPEAT, number)) / number * 1e6


def main() -> None:
    cal = workdays.china()
    rng = random.Random(2025)
    lo, hi = date(2010, 1, 1).toordinal(), date(2024, 12, 31).toordinal()
    makeup = [d for y in range(2010, 2025) for d in cal.schedule(y)[1]]
    # random days, and every make-up working day with the day before it (a count that runs across one)
    starts = [date.fromordinal(rng.randint(lo, hi)) for _ in range(1024)]
    starts += makeup + [d - timedelta(days=1) for d in makeup]
    few = rng.sample(starts, 16)  # chinese-calendar takes milliseconds at n=250: fewer calls

    first, last = date(min(cal.years), 1, 1), date(max(cal.years), 12, 31)
    rest = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    rest = [d for d in rest if not cal.is_workday(d)]
    bdc = np.busdaycalendar(weekmask="1111111", holidays=np.array(rest, dtype="datetime64[D]"))
    np_starts = [np.datetime64(d, "D") for d in starts]
    np_array = np.array(starts, dtype="datetime64[D]")

    add, offset = cal.add_workdays, np.busday_offset
    find, is_workday = chinese_calendar.find_workday, chinese_calendar.is_workday

    def cc(n: int, d: date) -> date:
        return find(n - 1 if n > 0 and not is_workday(d) else n, d)  # type: ignore[no-any-return]

    # the peer numpy was given before issue 17: a Monday-Friday mask and the off days as holidays
    weekday_off = np.array([d for d in rest if d.weekday() < 5], dtype="datetime64[D]")
    old = np.busdaycalendar(weekmask="1111100", holidays=weekday_off)
    disagreed = 0

    figures: list[Figure] = []
    for n in STEPS:
        roll = "backward" if n > 0 else "forward"
        ours = [add(d, n) for d in starts]
        assert [offset(d, n, roll=roll, busdaycal=bdc).item() for d in np_starts] == ours, n
        assert offset(np_array, n, roll=roll, busdaycal=bdc).tolist() == ours, n
        assert [cc(n, d) for d in few] == [add(d, n) for d in few], n
        disagreed += sum(
            offset(d, n, roll="forward", busdaycal=old).item() != o for d, o in zip(np_starts, ours, strict=True)
        )

        # Each timed statement runs one call per start date; the loop's own cost is included.
        t_ours = best_us(lambda n=n: [add(d, n) for d in starts]) / len(starts)
        t_np = best_us(lambda n=n, r=roll: [offset(d, n, roll=r, busdaycal=bdc) for d in np_starts]) / len(starts)
        t_vec = best_us(lambda n=n, r=roll: offset(np_array, n, roll=r, busdaycal=bdc)) / len(starts)
        t_cc = best_us(lambda n=n: [cc(n, d) for d in few], number=max(2, 200 // abs(n))) / len(few)
        figures += [
            figure(f"add_workdays(d, {n})", t_ours, "µs", goal=0.5, peer_name="numpy.busday_offset", peer=t_np,
                   goal_ratio=0.2),
            figure(f"add_workdays(d, {n})", t_ours, "µs", peer_name="numpy, one array call", peer=t_vec),
            figure(f"add_workdays(d, {n})", t_ours, "µs", peer_name="chinese-calendar", peer=t_cc),
        ]  # fmt: skip
    print(
        f"every peer gave our answers on the inputs it is timed on: {len(starts)} start days "
        f"({len(makeup)} of them make-up working days) x n in {STEPS}, chinese-calendar on {len(few)} of them; "
        f"numpy's former calendar (Mon-Fri mask, roll forward) disagreed on {disagreed} of {len(starts) * len(STEPS)}"
    )
    print(table("add_workdays, µs per call (goal ratio <= 0.2x: at least 5x faster than numpy)", figures))
    print("speed-ups (peer / ours):")
    for f in figures:
        assert f.peer is not None
        print(f"  {f.name} against {f.peer_name}: {f.peer / f.value:,.1f}x")


if __name__ == "__main__":
    main()
