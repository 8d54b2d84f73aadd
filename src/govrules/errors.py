"""The errors govrules raises: every one a `GovRulesError`, every message naming the offending value."""

from __future__ import annotations

__all__ = [
    "CalendarNotCovered",
    "EmptySchedule",
    "GovRulesError",
    "InvalidInput",
    "NoApplicableRule",
    "NotInForce",
    "OutputFailed",
    "RuleNotDefined",
    "expect",
]


class GovRulesError(Exception):
    """Base class of every error govrules raises on purpose."""


class CalendarNotCovered(GovRulesError, LookupError):
    """A date falls in a year the working-day calendar has no State Council schedule for."""

    def __init__(self, year: int, covered: tuple[int, ...] = (), detail: str = "") -> None:
        self.year = year
        self.covered = covered
        span = format_years(covered)
        msg = f"no working-day schedule for {year}"
        if span:
            msg += f" (covered: {span})"
        msg += (
            "; load that year's State Council schedule with with_schedule() or load_holiday_cn(),"
            " or ask for an estimate with china(provisional=True)"
        )
        if detail:
            msg += f"; {detail}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[type[CalendarNotCovered], tuple[int, tuple[int, ...]]]:
        return (CalendarNotCovered, (self.year, self.covered))


class InvalidInput(GovRulesError, ValueError):
    """A value given to govrules is not one it can accept; the message says what would be."""


class OutputFailed(GovRulesError, OSError):
    """A report or log could not be written (a full disk, a path that is not a file); nothing was replaced."""


class EmptySchedule(InvalidInput):
    """A holiday schedule file lists no days: the year's schedule has not been published yet."""


class RuleNotDefined(GovRulesError, KeyError):
    """The ruleset has no rule with that id (its text does not state one)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class NotInForce(GovRulesError, LookupError):
    """No ruleset we hold was in force for that government on that date."""


class NoApplicableRule(GovRulesError, LookupError):
    """No declared rule of the ruleset answers this situation (the text is silent on it)."""


def format_years(years: tuple[int, ...]) -> str:
    """Render sorted years as ranges: (2004, 2005, 2006, 2028) -> '2004-2006, 2028'."""
    out: list[str] = []
    ys = sorted(set(years))
    i = 0
    while i < len(ys):
        j = i
        while j + 1 < len(ys) and ys[j + 1] == ys[j] + 1:
            j += 1
        out.append(str(ys[i]) if i == j else f"{ys[i]}-{ys[j]}")
        i = j + 1
    return ", ".join(out)


def expect(value: object, kind: type, what: str) -> None:
    """Raise `InvalidInput` unless `value` is a `kind`: a wrong type given to a public function is
    named as such, not left to fail as an AttributeError deep inside."""
    if not isinstance(value, kind):
        shown = repr(value)
        shown = shown if len(shown) <= 200 else shown[:200] + "…"
        raise InvalidInput(f"{what} must be a {kind.__name__}; got {type(value).__name__} {shown}")
