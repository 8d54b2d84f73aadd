"""Behaviour that answers to the rules: when people do what a deadline asks of them.

The deadline effect — work bunches just before a deadline, whatever the deadline is — is one of the
best-documented regularities of how people work (Parkinson 1955; Roth, Murnighan and Schoumaker
1988; Gersick 1988; Ariely and Wertenbroch 2002; Goldratt's "student syndrome"; see
docs/simulation.md). The model here has three kinds of people, in shares the scenario sets:

- **prompt** (`prompt_share`): they do it as soon as they can; the time it takes is the step's own
  duration (`reply_days`, `minutes_days`, ...), whatever the deadline says;
- **late** (`late_share`): they miss the deadline in force, whatever it is, by `overrun` (at least one
  day);
- **timed against the deadline** (the rest): they finish `slack` before the deadline in force (never
  before the step could start).

Every item draws the same random numbers whatever the rules, so a later deadline never moves any
item earlier, and a baseline and its what-if differ only by what the rules change. The shares and
spreads are assumptions, stated in each scenario file with their range (`RANGES`, `[sensitivity]`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from govrules.simulation.scenario import Spread, Timing

__all__ = ["PROMPT", "RANGES", "draw", "timed"]


#: No deadline effect: everyone does it as soon as they can (the simulator before issue 16).
PROMPT = Timing(prompt_share=1.0, late_share=0.0)


def draw(rng: random.Random, spread: Spread) -> int:
    """A whole number of days from a gamma distribution with this mean and sd."""
    if spread.mean <= 0:
        return 0
    if spread.sd <= 0:
        return round(spread.mean)
    k = (spread.mean / spread.sd) ** 2
    return max(0, round(rng.gammavariate(k, spread.sd**2 / spread.mean)))


def timed(
    rng: random.Random,
    timing: Timing,
    work: Spread,
    start: date,
    due: date | None,
    shift: Callable[[date, int], date],
    *,
    backwards: bool = False,
) -> date:
    """When a step that may begin on `start` is done, given the deadline `due` in force (None: none).

    `shift(d, n)` moves a date n days (working days or calendar days, as the step counts them).
    With `backwards` the step is done before `start` (a leave request, asked ahead of the absence):
    the prompt draw `work` is then how far ahead. The draws are the same whatever `due` is.
    """
    u = rng.random()
    w, s, o = draw(rng, work), draw(rng, timing.slack), max(1, draw(rng, timing.overrun))
    sign = -1 if backwards else 1
    prompt = shift(start, sign * w)
    if due is None or u < timing.prompt_share:
        return prompt
    if u < timing.prompt_share + timing.late_share:
        return shift(due, o)
    target = shift(due, -s)
    if backwards:
        return target
    return max(start, target)


#: The stated range of each behavioural assumption (low, high), for `govrules simulate --sensitivity`.
#: A scenario's `[sensitivity]` table may add to or narrow them. Keys are paths into `[behaviour]`.
RANGES: dict[str, tuple[float, float]] = {
    "countersign.prompt_share": (0.2, 0.6),
    "countersign.late_share": (0.0, 0.15),
    "countersign.slack.mean": (0.0, 2.0),
    "countersign.overrun.mean": (1.0, 5.0),
    "reply_days.mean": (3.0, 7.0),
    "request.prompt_share": (0.2, 0.6),
    "minutes.prompt_share": (0.4, 0.9),
    "issue.prompt_share": (0.3, 0.8),
    "leave.prompt_share": (0.5, 0.9),
    "review_days.mean": (0.1, 1.0),
    "sign_capacity.HEAD": (1.0, 4.0),
    "sign_capacity.DEPUTY": (1.0, 4.0),
}
