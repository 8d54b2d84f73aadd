"""Scenarios: a ruleset, a period, volumes, people and behaviour — as TOML under simulations/, or in code.

Volumes and behaviour are assumptions, not data from the texts: each scenario file says where its
figures come from. Bad files raise `InvalidInput` naming the file and the key at fault.
"""

from __future__ import annotations

import functools
import math
import tomllib
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from govrules.errors import GovRulesError, InvalidInput, toml_error_zh
from govrules.model import Addressee, DocumentKind, Issuer, Matter, Role
from govrules.rules import Ruleset
from govrules.workdays import WorkdayCalendar, china, load_holiday_cn

__all__ = [
    "DEFAULT_STUDY",
    "Behaviour",
    "DocumentMix",
    "People",
    "Scenario",
    "Spread",
    "Timing",
    "Volumes",
    "default_study",
    "load_scenario",
]


# Every number of a scenario has a range (docs/simulation.md lists them): a value outside it is no
# government's year, and would make a run that never ends (10^9 deputies, a Poisson rate of 10^9).
def _within(low: float, high: float, *, whole: bool = False) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A validator: a finite number (a whole one if `whole`) from `low` to `high`; no bool."""

    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        _check_number(attribute.name, value, low, high, whole)

    return check


def _check_number(name: str, value: Any, low: float, high: float, whole: bool = False) -> None:
    kinds = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value) or not low <= value <= high:
        what = "a whole number" if whole else "a number"
        raise InvalidInput(f"{name} must be {what} from {low:g} to {high:g}; got {value!r}")


_DAYS = _within(0, 365)  # a duration, in (working) days
_SHARE = _within(0, 1)
_PER_DAY = _within(0, 100)


@attrs.frozen
class Spread:
    """A non-negative random duration: mean and standard deviation (a gamma distribution), 0-365 days."""

    mean: float = attrs.field(validator=_DAYS)
    sd: float = attrs.field(validator=_DAYS)


def _weight(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_number(attribute.name, value, 0, 1e6)
    if value <= 0:
        raise InvalidInput(f"a document's weight must be above 0 (leave the kind out instead); got {value!r}")


@attrs.frozen
class Timing:
    """How a step answers to its deadline: a share done at once, a share late whatever, the rest timed
    (`behaviour.timed`)."""

    prompt_share: float = 0.4
    late_share: float = 0.05
    slack: Spread = Spread(1.0, 1.0)
    overrun: Spread = Spread(2.0, 1.5)

    def __attrs_post_init__(self) -> None:
        for name in ("prompt_share", "late_share"):
            value = getattr(self, name)
            if not 0 <= value <= 1:
                raise InvalidInput(f"{name} is a share between 0 and 1; got {value!r}")
        if self.prompt_share + self.late_share > 1:
            raise InvalidInput(
                f"prompt_share + late_share must not exceed 1; got {self.prompt_share} + {self.late_share}"
            )


@attrs.frozen
class DocumentMix:
    """One kind of document that arrives, and how often relative to the others (weight above 0)."""

    kind: DocumentKind
    issuer: Issuer
    addressee: Addressee | None = None
    matters: frozenset[Matter] = frozenset()
    weight: float = attrs.field(default=1.0, validator=_weight)


def _mixes(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if len(value) > 100:
        raise InvalidInput(f"{attribute.name} lists {len(value)} kinds of document; at most 100")


@attrs.frozen
class Volumes:
    """How much arrives per working day (or month); the documents' mix."""

    documents_per_day: float = attrs.field(default=1.0, validator=_PER_DAY)
    countersigns_per_day: float = attrs.field(default=1.0, validator=_PER_DAY)
    requests_per_day: float = attrs.field(default=0.3, validator=_PER_DAY)
    topical_meetings_per_month: float = attrs.field(default=3.0, validator=_within(0, 60))
    agenda_items_per_month: float = attrs.field(default=8.0, validator=_within(0, 500))
    agenda_capacity: int = attrs.field(default=10, validator=_within(0, 100, whole=True))
    documents: tuple[DocumentMix, ...] = attrs.field(default=(), validator=_mixes)
    supervision_per_month: float = attrs.field(default=0.0, validator=_within(0, 500))
    #: the share of documents that touch other departments' remit (涉及其他部门职权): where the rules
    #: ask for countersigns, they wait for the departments' replies before review and signing
    countersign_share: float = attrs.field(default=0.0, validator=_SHARE)
    #: departments asked per such document, on average (at least one)
    countersign_departments: float = attrs.field(default=2.0, validator=_within(1, 50))


def _capacities(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    for role, n in value.items():
        _check_number(f"{attribute.name}.{getattr(role, 'label', role)}", n, 1, 1000, whole=True)


def _rates(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    for role, rate in value.items():
        _check_number(f"{attribute.name}.{role.label}", rate, 0, 31)


@attrs.frozen
class People:
    """Who holds the posts that sign and preside, and how often they are away."""

    deputies: int = attrs.field(default=5, validator=_within(0, 30, whole=True))
    trips_per_month: Mapping[Role, float] = attrs.field(factory=dict, validator=_rates)
    trip_days: Spread = Spread(2.0, 1.0)
    meeting_absence_share: float = attrs.field(default=0.1, validator=_SHARE)


@attrs.frozen
class Behaviour:
    """How long things take (in working days, except lead times in days) and how often rules slip."""

    reply_days: Spread = Spread(5.0, 2.5)
    request_reply_days: Spread = Spread(7.0, 3.0)
    review_days: Spread = Spread(0.5, 0.5)
    sign_days: Mapping[Role, Spread] = attrs.field(factory=dict)
    minutes_days: Spread = Spread(2.0, 1.5)
    issue_days: Spread = Spread(3.0, 2.0)
    print_days: Spread = Spread(1.0, 1.0)
    publish_days: Spread = Spread(0.5, 0.7)
    leave_lead_days: Spread = Spread(5.0, 3.0)
    supervision_days: Spread = Spread(6.0, 4.0)
    supervision_complex_days: Spread = Spread(24.0, 12.0)
    wrong_signer_share: float = attrs.field(default=0.02, validator=_SHARE)
    skipped_review_share: float = attrs.field(default=0.02, validator=_SHARE)
    authorize_when_away: float = attrs.field(default=0.5, validator=_SHARE)
    written_opinion_share: float = attrs.field(default=0.5, validator=_SHARE)
    bad_reason_share: float = attrs.field(default=0.05, validator=_SHARE)
    # How each step answers to its deadline (behaviour.py; the shares are assumptions):
    countersign: Timing = Timing(0.4, 0.05, Spread(1.0, 1.0), Spread(2.0, 1.5))  # 会签/征求意见 replies
    request: Timing = Timing(0.4, 0.05, Spread(1.0, 1.0), Spread(3.0, 2.0))  # 请示 answered
    minutes: Timing = Timing(0.7, 0.03, Spread(1.0, 1.0), Spread(1.0, 1.0))  # minutes drafted
    issue: Timing = Timing(0.5, 0.05, Spread(1.0, 1.0), Spread(2.0, 1.5))  # documents a meeting adopted
    leave: Timing = Timing(0.7, 0.03, Spread(1.0, 1.0), Spread(1.0, 1.0))  # leave asked ahead
    #: documents a signer signs in a working day (their desk's capacity; absences build queues)
    sign_capacity: Mapping[Role, int] = attrs.field(factory=dict, validator=_capacities)

    def signing(self, role: Role) -> Spread:
        """How long `role` takes to sign once a document reaches them."""
        return self.sign_days.get(role, _DEFAULT_SIGN.get(role, Spread(1.0, 1.0)))

    def capacity(self, role: Role) -> int:
        """How many documents `role` signs in a working day."""
        return max(1, self.sign_capacity.get(role, _DEFAULT_CAPACITY.get(role, 5)))


_DEFAULT_SIGN = {
    Role.HEAD: Spread(3.0, 2.0),
    Role.EXECUTIVE_DEPUTY: Spread(1.5, 1.0),
    Role.DEPUTY: Spread(1.0, 0.8),
    Role.OFFICE_DIRECTOR: Spread(0.5, 0.5),
}

_DEFAULT_CAPACITY = {Role.HEAD: 2, Role.EXECUTIVE_DEPUTY: 3, Role.DEPUTY: 2, Role.OFFICE_DIRECTOR: 5}


@attrs.frozen
class Scenario:
    """A government's year under a ruleset (with `changes` for a what-if)."""

    name: str
    ruleset: str
    start: date = date(2025, 1, 1)
    end: date = date(2025, 12, 31)
    seed: int = 0
    volumes: Volumes = Volumes()
    people: People = People()
    behaviour: Behaviour = Behaviour()
    changes: tuple[Mapping[str, Any], ...] = ()
    description: str = ""
    #: holiday-cn JSON files adding years to the calendar (a 2026 year's work runs into 2027)
    holidays: tuple[str, ...] = ()
    #: estimate years the State Council has not published (flagged provisional)
    provisional: bool = False
    #: the stated range (low, high) of behavioural assumptions, by path into `behaviour`, beyond or
    #: instead of `behaviour.RANGES` (`govrules simulate --sensitivity`)
    sensitivity: Mapping[str, tuple[float, float]] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        for key in ("start", "end"):
            value = getattr(self, key)
            if type(value) is not date:
                raise InvalidInput(f"scenario {self.name!r}: {key} must be a date (2025-01-01); got {value!r}")
        if self.end < self.start:
            raise InvalidInput(f"scenario {self.name!r} ends on {self.end} before it starts on {self.start}")
        if (self.end - self.start).days > _MAX_DAYS:
            raise InvalidInput(
                f"scenario {self.name!r} runs {(self.end - self.start).days + 1} days; at most {_MAX_DAYS + 1}"
            )
        _check_number("seed", self.seed, -(2**63), 2**63 - 1, whole=True)
        if type(self.provisional) is not bool:
            raise InvalidInput(f"scenario {self.name!r}: provisional must be true or false; got {self.provisional!r}")

    def calendar(self) -> WorkdayCalendar:
        """The working-day calendar the scenario runs on: the published years, its holiday files, and
        estimated years if `provisional`."""
        if not self.holidays:
            return china(provisional=self.provisional)
        return _calendar(self.provisional, self.holidays)

    def load_ruleset(self) -> Ruleset:
        """The scenario's ruleset, with its what-if changes applied: built once a process for each
        ruleset and changes (`variant_ruleset`), so that every replication shares it and its memo."""
        return variant_ruleset(self.ruleset, self.changes)

    def baseline(self) -> Scenario:
        """The same scenario without its what-if changes."""
        return attrs.evolve(self, changes=(), name=self.name + "（基线）" if self.changes else self.name)

    def with_changes(self, changes: tuple[Mapping[str, Any], ...], name: str | None = None) -> Scenario:
        """The same scenario under changed rules."""
        return attrs.evolve(self, changes=changes, name=name or self.name)


def variant_ruleset(ruleset_id: str, changes: tuple[Mapping[str, Any], ...]) -> Ruleset:
    """The ruleset `ruleset_id` with `changes` applied, built once a process for the same changes: the
    variant is kept on its (immutable, loaded-once) baseline by `whatif.apply_changes` (`Ruleset.variant`,
    the last 32), so a comparison's runs, and each end of a sensitivity analysis, share it and what it
    has remembered. Bad changes raise each time they are asked for; nothing is kept of them."""
    from govrules import rulesets
    from govrules.whatif import apply_changes

    base = rulesets.load(ruleset_id)
    return apply_changes(base, changes) if changes else base


#: The longest scenario, in days (twenty years): a scenario's events are all held in memory, and a
#: run's cost grows in proportion to its years (`benchmarks/simulation.py` measures 20 against 1).
_MAX_DAYS = 7320


@cache  # (each replication of a run asks: the files are read once a process)
def _calendar(provisional: bool, holidays: tuple[str, ...]) -> WorkdayCalendar:
    cal = china(provisional=provisional)
    for path in holidays:
        cal = load_holiday_cn(path, cal)
    return cal


# -- TOML ------------------------------------------------------------------------------------------

_SECTIONS: dict[str, type] = {"volumes": Volumes, "people": People, "behaviour": Behaviour}
_TOP = {
    "name",
    "ruleset",
    "start",
    "end",
    "seed",
    "volumes",
    "people",
    "behaviour",
    "change",
    "description",
    "extends",
    "whatif",
    "holidays",
    "provisional",
    "sensitivity",
}


def load_scenario(path: str | Path) -> Scenario:
    """A scenario from a TOML file; `extends = "other.toml"` starts from another scenario file."""
    return _load(Path(path), ())


def _load(p: Path, chain: tuple[Path, ...]) -> Scenario:
    try:
        here = p.resolve()
    except (OSError, RuntimeError) as e:
        raise InvalidInput(f"{p}: cannot read: {e}") from None
    if here in chain:
        loop = " -> ".join(str(x) for x in (*chain, here))
        raise InvalidInput(f"{p}: 'extends' goes round in a circle: {loop}")
    if len(chain) >= 16:
        raise InvalidInput(f"{p}: 'extends' chains more than 16 files")
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror}", zh=f"无法读取情景文件 {p}：{e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"{p}: not valid TOML: {e}", zh=f"{p} 不是有效的TOML：{toml_error_zh(e, p)}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{p}: not UTF-8 text", zh=f"{p} 不是UTF-8文本，请以UTF-8保存后再试") from None
    return _from_mapping(raw, p, (*chain, here))


def _from_mapping(raw: Mapping[str, Any], p: Path, chain: tuple[Path, ...] = ()) -> Scenario:
    unknown = sorted(set(raw) - _TOP)
    if unknown:
        raise InvalidInput(
            f"{p}: unknown key {unknown[0]!r}; expected {', '.join(sorted(_TOP))}",
            zh=f"{p}：情景文件没有“{unknown[0]}”这一项；可用的有：{'、'.join(sorted(_TOP))}",
        )
    base: Scenario | None = None
    if "extends" in raw:
        parent = p.parent / _str(raw, "extends", p)
        base = _load(parent, chain)
    changes = raw.get("change", [])
    if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
        raise InvalidInput(
            f"{p}: 'change' must be an array of tables ([[change]])", zh=f"{p}：change 应写作 [[change]] 表"
        )
    if "whatif" in raw:  # the changes of a what-if file (the one `govrules diff` reads)
        from govrules.whatif import load_changes

        changes = [*load_changes(p.parent / _str(raw, "whatif", p)), *changes]
    for n, c in enumerate(changes, 1):
        if not isinstance(c.get("rule"), str):
            raise InvalidInput(
                f"{p}: change #{n}: missing key 'rule'", zh=f"{p}：第{n}个 [[change]] 缺少 rule（要改的规则编号）"
            )
    fields: dict[str, Any] = {}
    for key in ("name", "ruleset", "description"):
        if key in raw:
            fields[key] = _str(raw, key, p)
    if "ruleset" in fields:  # an id, or its government's name as a user writes it (西丰县)
        from govrules import rulesets

        try:
            fields["ruleset"] = rulesets.named(fields["ruleset"])
        except InvalidInput as e:
            raise InvalidInput(f"{p}: key 'ruleset': {e}", zh=f"{p}：ruleset：{e.zh or e}") from None
    for key in ("start", "end"):
        if key in raw:
            value = raw[key]
            if type(value) is not date:  # a TOML date and time (2025-01-01T08:00) is not a day
                raise InvalidInput(
                    f"{p}: key {key!r} must be a date (2025-01-01); got {value!r}",
                    zh=f"{p}：{key} 应为日期（如 2025-01-01），而给出的是 {value!r}",
                )
            fields[key] = value
    if "seed" in raw:
        if isinstance(raw["seed"], bool) or not isinstance(raw["seed"], int):
            raise InvalidInput(f"{p}: key 'seed' must be a whole number; got {raw['seed']!r}")
        fields["seed"] = raw["seed"]
    if "provisional" in raw:
        if type(raw["provisional"]) is not bool:
            raise InvalidInput(f"{p}: key 'provisional' must be true or false; got {raw['provisional']!r}")
        fields["provisional"] = raw["provisional"]
    if "holidays" in raw:
        files = raw["holidays"]
        if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
            raise InvalidInput(f"{p}: key 'holidays' must be a list of holiday-cn JSON files; got {files!r}")
        fields["holidays"] = tuple(str(p.parent / f) for f in files)
    for key, cls in _SECTIONS.items():
        if key in raw:
            fields[key] = _section(raw[key], cls, f"{p}: [{key}]", getattr(base, key) if base else None)
    if "sensitivity" in raw:
        fields["sensitivity"] = {**(base.sensitivity if base else {}), **_ranges(raw["sensitivity"], p)}
    if base is None:
        for key in ("name", "ruleset"):
            if key not in fields:
                raise InvalidInput(
                    f"{p}: missing key {key!r}",
                    zh=f"{p}：缺少 {key}（情景文件须写明 name 名称和 ruleset 规则集；不是情景 TOML 文件？）",
                )
    try:
        if base is None:
            scenario = Scenario(**fields, changes=tuple(changes))
        else:
            scenario = attrs.evolve(base, **fields, changes=(*base.changes, *changes))
    except InvalidInput as e:
        raise InvalidInput(f"{p}: {e}", zh=f"{p}：{e.zh or e}") from None
    try:
        scenario.load_ruleset()
    except InvalidInput as e:
        raise InvalidInput(f"{p}: {e}", zh=f"{p}：{e.zh or e}") from None
    except KeyError as e:  # RuleNotDefined, or an unknown ruleset
        raise InvalidInput(f"{p}: {e}", zh=f"{p}：{getattr(e, 'zh', None) or e}") from None
    try:
        scenario.calendar()
    except GovRulesError as e:
        from govrules.calendar_messages import render

        raise InvalidInput(f"{p}: holidays: {e}", zh=f"{p}：holidays 节假日文件：{render(e, 'zh')}") from None
    return scenario


def _str(raw: Mapping[str, Any], key: str, p: Path) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value:
        raise InvalidInput(
            f"{p}: key {key!r} must be non-empty text; got {value!r}",
            zh=f"{p}：{key} 应为非空文字，而给出的是 {value!r}",
        )
    return value


def _section(raw: Any, cls: type, where: str, base: Any) -> Any:
    if not isinstance(raw, dict):
        raise InvalidInput(f"{where} must be a table")
    names = {f.name: f for f in attrs.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in names:
            raise InvalidInput(
                f"{where}: unknown key {key!r}; expected one of {', '.join(sorted(names))}",
                zh=f"{where}：没有“{key}”这一项；可用的有：{'、'.join(sorted(names))}",
            )
        try:
            values[key] = _convert(cls, key, value)
        except (InvalidInput, ValueError, TypeError, KeyError) as e:
            raise InvalidInput(f"{where}: key {key!r}: {e}") from None
    try:
        return attrs.evolve(base, **values) if base is not None else cls(**values)
    except (InvalidInput, ValueError, TypeError) as e:
        raise InvalidInput(f"{where}: {e}") from None


def _number(value: Any, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < minimum:
        raise InvalidInput(f"expected a finite number >= {minimum:g}; got {value!r}")
    return float(value)


def _spread(value: Any) -> Spread:
    if not isinstance(value, dict) or set(value) != {"mean", "sd"}:
        raise InvalidInput(f"expected {{mean = ..., sd = ...}}; got {value!r}")
    return Spread(_number(value["mean"]), _number(value["sd"]))


def _convert(cls: type, key: str, value: Any) -> Any:
    if key == "documents":
        if not isinstance(value, list):
            raise InvalidInput("expected an array of tables ([[volumes.documents]])")
        return tuple(_mix(v, n) for n, v in enumerate(value, 1))
    if key in ("trips_per_month",):
        if not isinstance(value, dict):
            raise InvalidInput("expected a table of role = rate")
        return {Role.from_label(k): _number(v) for k, v in value.items()}
    if key == "sign_days":
        if not isinstance(value, dict):
            raise InvalidInput("expected a table of role = {mean, sd}")
        return {Role.from_label(k): _spread(v) for k, v in value.items()}
    if key == "sign_capacity":
        if not isinstance(value, dict):
            raise InvalidInput("expected a table of role = documents per working day")
        return {Role.from_label(k): _whole(v, 1) for k, v in value.items()}
    default = attrs.fields_dict(cls)[key].default
    if isinstance(default, Spread):
        return _spread(value)
    if isinstance(default, Timing):
        return _timing(value, default)
    if isinstance(default, bool):
        raise InvalidInput("unexpected boolean")
    if isinstance(default, int) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidInput(f"expected a whole number >= 0; got {value!r}")
        return value
    number = _number(value)
    if key == "countersign_departments" and number < 1:
        raise InvalidInput(f"at least one department is asked; got {value!r}")
    if (key.endswith("_share") or key in ("authorize_when_away",)) and number > 1:
        raise InvalidInput(f"a share is between 0 and 1; got {value!r}")
    return number


def _whole(value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise InvalidInput(f"expected a whole number >= {minimum}; got {value!r}")
    return value


def _timing(value: Any, base: Timing) -> Timing:
    """`{prompt_share, late_share, slack = {mean, sd}, overrun = {mean, sd}}`, any of them (the rest as `base`)."""
    keys = {f.name for f in attrs.fields(Timing)}
    if not isinstance(value, dict) or not set(value) <= keys:
        raise InvalidInput(f"expected a table of {', '.join(sorted(keys))}; got {value!r}")
    fields: dict[str, Any] = {}
    for k, v in value.items():
        fields[k] = _spread(v) if k in ("slack", "overrun") else _number(v)
    return attrs.evolve(base, **fields)


def _ranges(value: Any, p: Path) -> dict[str, tuple[float, float]]:
    """`[sensitivity]`: "path.into.behaviour" = [low, high]."""
    if not isinstance(value, dict):
        raise InvalidInput(f'{p}: [sensitivity] must be a table of "path" = [low, high]')
    out: dict[str, tuple[float, float]] = {}
    for k, v in value.items():
        if (
            not isinstance(v, list)
            or len(v) != 2
            or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)
            or v[0] > v[1]
        ):
            raise InvalidInput(f"{p}: [sensitivity]: key {k!r}: expected [low, high] with low <= high; got {v!r}")
        out[k] = (float(v[0]), float(v[1]))
    from govrules.simulation.sensitivity import check_path

    for k in out:
        try:
            check_path(k)
        except InvalidInput as e:
            raise InvalidInput(f"{p}: [sensitivity]: {e}") from None
    return out


def _mix(value: Any, n: int) -> DocumentMix:
    if not isinstance(value, dict):
        raise InvalidInput(f"document #{n} must be a table")
    unknown = set(value) - {"kind", "issuer", "addressee", "matters", "weight"}
    if unknown:
        raise InvalidInput(f"document #{n}: unknown key {sorted(unknown)[0]!r}")
    try:
        return DocumentMix(
            kind=DocumentKind.from_label(value["kind"]),
            issuer=Issuer.from_label(value["issuer"]),
            addressee=Addressee.from_label(value["addressee"]) if value.get("addressee") else None,
            matters=frozenset(Matter.from_label(m) for m in value.get("matters", [])),
            weight=_number(value.get("weight", 1.0)),
        )
    except KeyError as e:
        raise InvalidInput(f"document #{n}: missing key {e.args[0]!r}") from None


#: The embedded default study: the very files shipped as simulations/studies/xifeng_countersign_5.toml,
#: simulations/xifeng_2022.toml and simulations/whatif/xifeng_countersign_5.toml, packaged with govrules
#: (a test keeps the copies identical), so that `govrules simulate` with no scenario is that study.
DEFAULT_STUDY = (
    Path(__file__).resolve().parent.parent / "data" / "simulations" / "studies" / "xifeng_countersign_5.toml"
)


@functools.cache
def default_study() -> Scenario:
    """The embedded default what-if, as a scenario: 西丰 会签 7 -> 5 working days (第五十二条), read once."""
    return load_scenario(DEFAULT_STUDY)


def __getattr__(name: str) -> Any:
    """`DEFAULT_VARIANT`, `DEFAULT_SCENARIO` (its baseline) and `DEFAULT_CHANGES`, read when first asked for."""
    if name == "DEFAULT_VARIANT":
        return default_study()
    if name == "DEFAULT_SCENARIO":
        return default_study().baseline()
    if name == "DEFAULT_CHANGES":
        return default_study().changes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
