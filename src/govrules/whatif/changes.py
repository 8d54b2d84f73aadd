"""What-if: a changed ruleset, described as data, and (see `diff`) every decision the change alters.

A change names a rule and the fields to give it, in plain values (TOML or JSON):

    {"rule": "countersign_reply", "period": {"amount": 5, "unit": "WORKDAY"}}
    {"rule": "executive_rhythm", "rhythm": {"times": 1, "per": "MONTH"}}
    {"rule": "topical_minutes", "signer": "DEPUTY", "reviewers": []}

Values are read through the model's one cattrs converter against the rule's own field types, so
enum values may be member names or Chinese labels. Nothing else about a ruleset can change: a
what-if is a changed ruleset, never a code edit.
"""

from __future__ import annotations

import re
import tomllib
import typing
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import cattrs

from govrules.errors import InvalidInput, RuleNotDefined, toml_error_zh
from govrules.model import converter
from govrules.model.json import describe_error
from govrules.periods import Direction, Period, Unit
from govrules.rules import Rhythm, Rule, Ruleset

_FIXED = frozenset({"id", "cite", "quote", "interpretation"})


#: A period written as the texts write one: 「7个工作日」「10天内」「1个月」「2个工作日前」 (Arabic numerals).
_PERIOD_TEXT = re.compile(r"(\d{1,4})\s*(个工作日|工作日|个月|月|日历日|天|日)\s*(内|后|前)?")


def _period_text(value: str) -> Period:
    m = _PERIOD_TEXT.fullmatch(value.strip())
    if m is None:
        raise InvalidInput(
            f"a period is written as '7个工作日', '10天', '1个月' (Arabic numerals; optionally with 内/后/前) or as a"
            f" table like {{amount = 5, unit = 'WORKDAY'}}; got {value!r}",
            zh=f"期限应写作“7个工作日”“10天”“1个月”（数字用阿拉伯数字，可加“内”“后”“前”；一周写作“7天”），"
            f"或写作表 {{amount = 5, unit = 'WORKDAY'}}；而给出的是“{value}”",
        )
    return _period({"amount": int(m[1]), "unit": m[2], "direction": m[3] or "后"}, Period)


def _period(value: Any, _: type) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return _period_text(value)
    if not isinstance(value, Mapping):
        raise InvalidInput(
            f"a period is a table like {{amount = 5, unit = 'WORKDAY'}} or text like '5个工作日'; got {value!r}",
            zh=f"期限应写作表 {{amount = 5, unit = 'WORKDAY'}} 或文字“5个工作日”，而给出的是 {value!r}",
        )
    unknown = set(value) - {"amount", "unit", "direction", "count_start_day"}
    if unknown:
        raise InvalidInput(
            f"a period has amount, unit, direction and count_start_day; not {sorted(unknown)}",
            zh=f"期限只有 amount、unit、direction、count_start_day 四项；没有 {'、'.join(sorted(map(str, unknown)))}",
        )
    if "amount" not in value or "unit" not in value:
        raise InvalidInput(
            f"a period needs an amount and a unit; got {dict(value)!r}",
            zh=f"期限须写明数量（amount）和单位（unit），而给出的是 {dict(value)!r}",
        )
    amount, count_start_day = value["amount"], value.get("count_start_day", False)
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= _MAX_AMOUNT:
        raise InvalidInput(
            f"a period's amount must be a whole number from 0 to {_MAX_AMOUNT}; got {amount!r}",
            zh=f"期限的数量（amount）应为0至{_MAX_AMOUNT}的整数，而给出的是{amount!r}",
        )
    if type(count_start_day) is not bool:  # "no" is not False
        raise InvalidInput(
            f"count_start_day must be true or false; got {count_start_day!r}",
            zh=f"count_start_day 应为 true 或 false，而给出的是 {count_start_day!r}",
        )
    return Period(
        amount,
        Unit.from_label(value["unit"]),
        Direction.from_label(value.get("direction", "AFTER")),
        count_start_day,
    )


#: The longest period a what-if may set (in its unit): a year of days; more is no rule of any text.
_MAX_AMOUNT = 366
#: The most meetings a rhythm may ask for per period: one a day.
_MOST_TIMES = {"WEEK": 7, "MONTH": 31, "QUARTER": 92, "HALF_YEAR": 184, "YEAR": 366}


def _rhythm(value: Any, _: type) -> Rhythm:
    if isinstance(value, Rhythm):
        return value
    if not isinstance(value, Mapping) or set(value) != {"times", "per"}:
        raise InvalidInput(
            f"a rhythm is a table like {{times = 1, per = 'MONTH'}}; got {value!r}",
            zh=f"频次应写作表 {{times = 1, per = 'MONTH'}}（每月1次），而给出的是 {value!r}",
        )
    times = value["times"]
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise InvalidInput(
            f"a rhythm's times must be a whole number >= 1; got {times!r}",
            zh=f"频次的次数（times）应为不小于1的整数，而给出的是 {times!r}",
        )
    rhythm = Rhythm(times, value["per"])
    most = _MOST_TIMES[rhythm.per.name]
    if times > most:
        raise InvalidInput(
            f"a rhythm of {times} meetings {rhythm.per.label} is more than one a day (at most {most})",
            zh=f"{rhythm.per.label}{times}次会议多于每天一次（至多{most}次）",
        )
    return rhythm


converter.register_structure_hook(Period, _period)
converter.register_structure_hook(Rhythm, _rhythm)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(rule: Rule, name: str, raw: Any) -> Any:
    fields = {f.name: f for f in attrs.fields(type(rule))}
    if name not in fields or name in _FIXED:
        allowed = ", ".join(sorted(n for n in fields if n not in _FIXED))
        raise InvalidInput(
            f"rule {rule.id!r} ({type(rule).__name__}) has no changeable field {name!r}; it has {allowed}",
            zh=f"规则 {rule.id}（{type(rule).__name__}）没有可改的字段“{name}”；可改的有：{allowed}",
        )
    try:
        kind: type = type(rule)
        return converter.structure(raw, _hints(kind)[name])
    except cattrs.BaseValidationError as e:
        raise InvalidInput(f"rule {rule.id!r}, field {name!r}: {describe_error(e)}", zh=_zh(rule, name, e)) from None
    except (ValueError, TypeError) as e:
        raise InvalidInput(f"rule {rule.id!r}, field {name!r}: {e}", zh=_zh(rule, name, e)) from None
    except AttributeError:  # a value where a table is needed (a citation: {"ruleset": ..., "article": 46})
        raise InvalidInput(
            f"rule {rule.id!r}, field {name!r}: a table is needed, not {raw!r}",
            zh=f"规则 {rule.id} 的字段 {name} 应为表（如引用："
            f'{{ruleset = "{rule.citation.ruleset}", article = 46}}），而给出的是 {raw!r}',
        ) from None


def _zh(rule: Rule, name: str, error: BaseException) -> str | None:
    """The Chinese of the first error inside `error` (cattrs groups them) that has one, said of the rule's
    field; None where none has (the English is then what is said)."""
    stack = [error]
    while stack:
        e = stack.pop(0)
        zh = getattr(e, "zh", None)
        if isinstance(zh, str):
            return f"规则 {rule.id} 的字段 {name}：{zh}"
        stack.extend(getattr(e, "exceptions", ()))
    return None


def apply_changes(ruleset: Ruleset, changes: Iterable[Mapping[str, Any]]) -> Ruleset:
    """The ruleset with each change applied in turn; errors name the rule and the field.

    Built once per ruleset object and changes (`Ruleset.variant`): the runs of a simulation, or of a
    comparison, share one variant ruleset and what it has remembered.
    """
    changes = list(changes)
    try:
        key = ("apply_changes", _frozen(changes))
        hash(key)
    except TypeError:  # a value no key can hold: built as it is, and refused there if it is wrong
        return _apply_changes(ruleset, changes)
    return ruleset.variant(key, lambda: _apply_changes(ruleset, changes))


def _frozen(value: Any) -> Any:
    """`value` as a key: a table as its entries sorted by key (a table's order says nothing), an array as
    a tuple in its order (changes apply in turn), and each plain value with its type (so that 1 and
    true, which compare equal, stay apart)."""
    if isinstance(value, Mapping):
        return ("table", tuple(sorted(((str(k), _frozen(v)) for k, v in value.items()), key=lambda e: e[0])))
    if isinstance(value, list | tuple):
        return ("array", tuple(_frozen(v) for v in value))
    return (type(value), value)


def _apply_changes(ruleset: Ruleset, changes: list[Mapping[str, Any]]) -> Ruleset:
    out = ruleset
    for n, change in enumerate(changes, 1):
        if not isinstance(change, Mapping) or not isinstance(change.get("rule"), str):
            raise InvalidInput(f"change #{n} must name a rule: {{rule = 'countersign_reply', ...}}; got {change!r}")
        rule = out.rule(change["rule"])
        fields = {k: _value(rule, k, v) for k, v in change.items() if k != "rule"}
        if not fields:
            raise InvalidInput(f"change #{n} names rule {rule.id!r} but changes nothing")
        try:
            out = out.replace_rule(rule.id, **fields)
        except (TypeError, ValueError) as e:
            zh = getattr(e, "zh", None)
            raise InvalidInput(
                f"change #{n} to rule {rule.id!r}: {e}",
                zh=f"第{n}项变更（规则 {rule.id}）：{zh}" if isinstance(zh, str) else None,
            ) from None
    return out


def remove_rule(ruleset: Ruleset, rule_id: str) -> Ruleset:
    """The ruleset without one rule (`RuleNotDefined` if it has none); rules that overrode it no longer name it."""
    ruleset.rule(rule_id)
    rules = tuple(
        attrs.evolve(r, overrides=tuple(o for o in r.overrides if o != rule_id)) if rule_id in r.overrides else r
        for r in ruleset.rules
        if r.id != rule_id
    )
    note = {**ruleset.changes, rule_id: "removed"}
    return ruleset.evolve(rules=rules, changes=note)


def describe_changes(changes: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The changes as a JSON-ready mapping, for the first record of a simulated log."""
    return {str(c["rule"]): {k: v for k, v in c.items() if k != "rule"} for c in changes}


# -- variant files ---------------------------------------------------------------------------------

#: The keys of a variant file. A simulation scenario (`govrules simulate`) may be read as one too:
#: its own keys play no part in `diff`; `extends` (another scenario) and `whatif` (a variant file) are
#: followed for their ruleset and changes, in that order, before the file's own `[[change]]` tables.
_VARIANT_KEYS = frozenset({"ruleset", "description", "change"})
_SCENARIO_KEYS = frozenset(
    {"name", "extends", "whatif", "start", "end", "seed", "volumes", "people", "behaviour", "sensitivity"}
)


def _read_toml(p: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror}", zh=f"无法读取变更文件 {p}：{e.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{p}: not UTF-8 text", zh=f"{p} 不是UTF-8文本，请以UTF-8保存后再试") from None
    except tomllib.TOMLDecodeError as e:  # the message ends "(at line 3, column 7)"
        raise InvalidInput(f"{p}: not valid TOML: {e}", zh=f"{p} 不是有效的TOML：{toml_error_zh(e, p)}") from None


def _text_key(raw: Mapping[str, Any], key: str, p: Path) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(
            f"{p}: key {key!r} must be non-empty text; got {value!r}",
            zh=f"{p}：{key} 应为非空文字，而给出的是 {value!r}",
        )
    return value


def load_variant(path: str | Path) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    """(ruleset id, description, changes) from a TOML variant file.

    The file holds `[[change]]` tables, each `rule = "id"` and the fields to give that rule, and
    optionally `ruleset = "xifeng-2022"` and `description = "..."`. Errors are `InvalidInput` naming
    the file and the key at fault ("variant.toml: change #2: missing key 'rule'").
    """
    return _load_variant(Path(path), ())


def _load_variant(p: Path, seen: tuple[Path, ...]) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    raw = _read_toml(p)
    unknown = sorted(set(raw) - _VARIANT_KEYS - _SCENARIO_KEYS)
    if unknown:
        raise InvalidInput(
            f"{p}: unknown key {unknown[0]!r};"
            " a variant has ruleset = '...', description = '...' and [[change]] tables",
            zh=f"{p}：变更文件没有“{unknown[0]}”这一项；变更文件写 ruleset = '…'、description = '…' 和 [[change]] 表",
        )
    ruleset: str | None = None
    description: str | None = None
    changes: list[dict[str, Any]] = []
    for key in ("extends", "whatif"):
        if key in raw:
            other = p.parent / _text_key(raw, key, p)
            if other.resolve() in (*seen, p.resolve()):
                raise InvalidInput(f"{p}: key {key!r}: {other} leads back to itself")
            r, d, c = _load_variant(other, (*seen, p.resolve()))
            ruleset, description, changes = r or ruleset, d or description, [*changes, *c]
    if "ruleset" in raw:
        ruleset = _text_key(raw, "ruleset", p)
    if "description" in raw:
        description = _text_key(raw, "description", p)
    own = raw.get("change", [])
    if not isinstance(own, list) or not all(isinstance(c, dict) for c in own):
        raise InvalidInput(
            f"{p}: key 'change' must be an array of tables ([[change]]); got {own!r}",
            zh=f"{p}：change 应写作 [[change]] 表",
        )
    for n, change in enumerate(own, 1):
        if "rule" not in change:
            raise InvalidInput(
                f"{p}: change #{n}: missing key 'rule'", zh=f"{p}：第{n}个 [[change]] 缺少 rule（要改的规则编号）"
            )
        if not isinstance(change["rule"], str) or not change["rule"].strip():
            raise InvalidInput(
                f"{p}: change #{n}: key 'rule' must be a rule id (text); got {change['rule']!r}",
                zh=f"{p}：第{n}个 [[change]] 的 rule 应为规则编号（文字），而给出的是 {change['rule']!r}",
            )
        if len(change) == 1:
            raise InvalidInput(
                f"{p}: change #{n} (rule {change['rule']!r}): no field to change",
                zh=f"{p}：第{n}个 [[change]]（规则 {change['rule']}）没有写要改的内容",
            )
    changes = [*changes, *own]
    if not changes and not seen:
        raise InvalidInput(
            f"{p}: no [[change]] tables; a variant changes at least one rule",
            zh=f"{p}：没有 [[change]] 表；变更文件至少要改一条规则",
        )
    return ruleset, description, changes


def _ruleset_id(text: str) -> str | None:
    """The id of the ruleset a variant file names (an id, or its government's name: 西丰县); None if none."""
    from govrules import rulesets

    try:
        return rulesets.named(text)
    except InvalidInput:
        return None


def load_changes(path: str | Path) -> list[dict[str, Any]]:
    """The `[[change]]` tables of a TOML variant file, ready for `apply_changes`."""
    return load_variant(path)[2]


def variant_of(baseline: Ruleset, path: str | Path) -> Ruleset:
    """`baseline` with the changes of a variant file applied; errors name the file, the rule and the field.

    A file naming another ruleset (`ruleset = "..."`) is refused.
    """
    p = Path(path)
    ruleset, _, changes = load_variant(p)
    if ruleset is not None and ruleset != baseline.id and _ruleset_id(ruleset) is None:
        from govrules import rulesets

        try:
            rulesets.named(ruleset)
        except InvalidInput as e:  # a name of no ruleset (西豐縣): said so, not "written for another"
            raise InvalidInput(f"{p}: key 'ruleset': {e}", zh=f"{p}：ruleset：{e.zh or e}") from None
    if ruleset is not None and ruleset != baseline.id and _ruleset_id(ruleset) != baseline.id:
        raise InvalidInput(
            f"{p}: key 'ruleset': the variant is written for {ruleset!r}, not {baseline.id!r}",
            zh=f"{p}：此变更文件是为规则集 {ruleset} 写的（ruleset = '{ruleset}'），不是 {baseline.id}",
        )
    try:
        return apply_changes(baseline, changes)
    except (InvalidInput, RuleNotDefined) as e:
        raise InvalidInput(f"{p}: {e}", zh=f"{p}：{e.zh or e}") from None
