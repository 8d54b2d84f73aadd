"""µs per call of add_workdays, against numpy.busday_offset and chinese-calendar's find_workday.

Run: python benchmarks/workdays.py  (needs the test extra: numpy). Prints one table and the ratios,
all measured in this one run. numpy's calendar cannot express make-up weekend working days (调休上班),
so it gets the nearest equivalent: a weekday mask plus every off day of the schedule as a holiday.
"""

from __future__ import annotations

import random
import timeit
from datetime import date

import chinese_calendar
import numpy as np

from govrules import workdays

REPEAT, NUMBER = 5, 40


def best_us(fn: object, number: int = NUMBER) -> float:
    timer = timeit.Timer(fn)  # type: ignore[arg-type]
    return min(timer.repeat(REPEAT, number)) / number * 1e6


def main() -> None:
    cal = workdays.china()
    rng = random.Random(2025)
    starts = [
        date.fromordinal(rng.randint(date(2010, 1, 1).toordinal(), date(2024, 12, 31).toordinal())) for _ in range(1024)
    ]
    off = [d for y in cal.years for d in cal.schedule(y)[0]]
    bdc = np.busdaycalendar(weekmask="1111100", holidays=np.array(off, dtype="datetime64[D]"))
    np_starts = [np.datetime64(d, "D") for d in starts]

    rows = []
    add, offset, find = cal.add_workdays, np.busday_offset, chinese_calendar.find_workday
    few = starts[:8]  # chinese-calendar takes milliseconds at n=250: fewer calls
    for n in (5, 250):
        # Each timed statement runs one call per start date; the loop's own cost is included.
        t_ours = best_us(lambda n=n: [add(d, n) for d in starts]) / len(starts)
        t_np = best_us(lambda n=n: [offset(d, n, roll="forward", busdaycal=bdc) for d in np_starts]) / len(starts)
        t_cc = best_us(lambda n=n: [find(n, d) for d in few], number=max(2, 200 // n)) / len(few)
        rows.append((n, t_ours, t_np, t_cc))

    head = f"{'n':>5} {'govrules µs':>12} {'numpy µs':>10} {'chinese-calendar µs':>20}"
    print(f"{head} {'numpy/ours':>11} {'cc/ours':>9}")
    for n, a, b, c in rows:
        print(f"{n:>5} {a:>12.3f} {b:>10.3f} {c:>20.1f} {b / a:>10.1f}x {c / a:>8.0f}x")
    print(
        f"target: govrules under 0.5 µs per call and at least 5x faster than numpy; "
        f"met: {all(a < 0.5 and b / a >= 5 for _, a, b, _ in rows)}"
    )


if __name__ == "__main__":
    main()
