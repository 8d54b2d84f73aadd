"""`Ruleset`: one government's texts and declared rules, with precedence, conflicts, its conditions compiled
(`compiled.Selector`) and a bounded memo of answers (least recently used first out)."""

from __future__ import annotations

import functools
import itertools
import re
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from govrules.errors import (
    ForbiddenByRule,
    GovRulesError,
    InvalidInput,
    NoApplicableRule,
    NotInForce,
    RuleNotDefined,
    character_hints,
)
from govrules.labels import chinese_number, government_names, label_table, normalise
from govrules.model import (
    Addressee,
    Government,
    Issuer,
    LeaveKind,
    MeetingKind,
    Role,
)
from govrules.rules.citations import Annex, Article, Citation
from govrules.rules.compiled import Selector
from govrules.rules.conditions import _proxy
from govrules.rules.kinds import (
    ApprovalRule,
    Conflict,
    CountersignRule,
    LeaveRule,
    MeetingRule,
    ReviewRule,
    RhythmRule,
    RoleIncludes,
    Rule,
    SealRule,
    SigningRule,
)

R = TypeVar("R", bound="Rule")
T = TypeVar("T")


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


def _annexes(value: Iterable[Annex]) -> tuple[Annex, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Ruleset:
    """One government's rules: its texts, its declared rules, and how it names the roles."""

    id: str
    government: Government
    title: str
    effective_from: date | None
    articles: tuple[Article, ...] = attrs.field(converter=_articles)
    annexes: tuple[Annex, ...] = attrs.field(default=(), converter=_annexes)
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    role_names: Mapping[Role, str] = attrs.field(factory=dict, converter=_proxy)
    meeting_names: Mapping[MeetingKind, str] = attrs.field(factory=dict, converter=_proxy)
    #: What this text calls each kind of leave (外出 in 崆峒, 离丰 in 西丰); a kind it has no word for keeps its label.
    leave_kind_names: Mapping[LeaveKind, str] = attrs.field(factory=dict, converter=_proxy)
    non_operative: Mapping[int, str] = attrs.field(factory=dict, converter=_proxy)
    document_number: str | None = None
    changes: Mapping[str, str] = attrs.field(factory=dict, converter=_proxy)
    #: The text's words for a body that acts through a role (西丰 二十一 「县司法局」: its head, 县司法局局长), read as
    #: that role wherever a user names one; the role keeps its name (`role_names`) in what the library says.
    role_aliases: Mapping[str, Role] = attrs.field(factory=dict, converter=_proxy)
    _index: Mapping[str, Rule] = attrs.field(init=False, repr=False, eq=False)
    _by_type: Mapping[type, tuple[Rule, ...]] = attrs.field(init=False, repr=False, eq=False)
    _overridden: Mapping[str, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    # role -> the roles that may act as it beside itself (`RoleIncludes`, `acts_as`)
    _includes: Mapping[Role, frozenset[Role]] = attrs.field(init=False, repr=False, eq=False)
    # Pure-function results per situation, bounded (the least recently used go first); never changes an answer.
    _memo: OrderedDict[Hashable, Any] = attrs.field(init=False, factory=OrderedDict, eq=False, repr=False)
    #: The decision functions remembered for this ruleset, by function: `memos[f]` is `remembered(f)`, a
    #: `functools.lru_cache`, made on first use. Read-only to callers; the engines subscript it directly
    #: (a dict lookup, not a method call, before an answer from memory).
    memos: Mapping[Callable[..., Any], Callable[..., Any]] = attrs.field(init=False, eq=False, repr=False)
    # What-if variants derived from this ruleset (`variant`), the most recently used kept.
    _variants: OrderedDict[Hashable, Ruleset] = attrs.field(init=False, factory=OrderedDict, eq=False, repr=False)
    #: The conditions compiled, per tuple of rule kinds: `selectors[kinds]` is `selector(*kinds)`, built on first
    #: use, then only read. Read-only to callers; the engines subscript it directly (a dict lookup, not a call).
    selectors: Mapping[tuple[type[Rule], ...], Selector] = attrs.field(init=False, eq=False, repr=False)
    # The version once worked out (`version`). A plain slot read by a property, not a cached_property: attrs
    # gives a slotted class with one a __getattr__, which made every attribute of a ruleset dearer to read.
    _version: str | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Rule] = {}
        for r in self.rules:
            if r.id in index:
                raise InvalidInput(f"ruleset {self.id}: rule id {r.id!r} is declared twice")
            index[r.id] = r
        numbers = {a.number for a in self.articles}
        annexes = {a.number: a for a in self.annexes}
        for r in self.rules:
            # every citation a rule carries: `cite`, and the ones a field cites for one step of it
            # (`SigningRule.opinion_cite`, `MeetingRule.assistants_cite`)
            extra = (getattr(r, "opinion_cite", None), getattr(r, "assistants_cite", None))
            for c in (*r.cite, *(x for x in extra if x is not None)):
                if not isinstance(c, Citation):
                    raise InvalidInput(f"rule {r.id!r}: a citation is needed, not {c!r}")
                if c.ruleset != self.id:
                    raise InvalidInput(f"rule {r.id!r} cites ruleset {c.ruleset!r}, not {self.id!r}")
                if c.article is not None and c.article not in numbers:
                    raise InvalidInput(f"rule {r.id!r} cites article {c.article}, which {self.id} does not have")
                if c.annex is not None:
                    if c.annex not in annexes:
                        raise InvalidInput(f"rule {r.id!r} cites 附件{c.annex}, which {self.id} does not have")
                    if c.section is not None:
                        try:
                            annexes[c.annex].section(c.section)
                        except KeyError as e:
                            raise InvalidInput(f"rule {r.id!r}: {e.args[0]}") from None
            for o in r.overrides:
                if o not in index:
                    raise InvalidInput(f"rule {r.id!r} overrides {o!r}, which {self.id} does not declare")
        by_type: dict[type, list[Rule]] = {}
        for r in self.rules:
            for t in type(r).__mro__:
                if t is object:
                    break
                by_type.setdefault(t, []).append(r)
        object.__setattr__(self, "_index", MappingProxyType(index))
        object.__setattr__(self, "_by_type", MappingProxyType({t: tuple(v) for t, v in by_type.items()}))
        object.__setattr__(self, "_overridden", MappingProxyType(_closure(index)))
        includes: dict[Role, frozenset[Role]] = {}
        for r in by_type.get(RoleIncludes, ()):
            assert isinstance(r, RoleIncludes)
            includes[r.role] = includes.get(r.role, frozenset()) | frozenset(r.includes)
        object.__setattr__(self, "_includes", MappingProxyType(includes))
        object.__setattr__(self, "memos", _MadeOnFirstUse(functools.partial(_memo, self)))
        object.__setattr__(self, "selectors", _MadeOnFirstUse(functools.partial(_selector, self)))

    @property
    def version(self) -> str:
        """A hash of the rules (12 hex digits): it changes whenever a rule does. Worked out on first use."""
        version = self._version
        if version is None:
            import hashlib  # here: an answer that does not show the version loads neither it nor OpenSSL

            digest = hashlib.sha256(repr(sorted((r.id, _canonical(r)) for r in self.rules)).encode()).hexdigest()
            version = digest[:12]
            object.__setattr__(self, "_version", version)
        return version

    # -- texts --

    def article(self, number: int) -> Article:
        """The article with that number; KeyError if the text has none."""
        for a in self.articles:
            if a.number == number:
                return a
        raise KeyError(f"{self.title} has no article {number}")

    def annex(self, number: int) -> Annex:
        """The annex with that number; KeyError if the text has none."""
        for a in self.annexes:
            if a.number == number:
                return a
        raise KeyError(f"{self.title} has no annex {number}")

    def cited_text(self, citation: Citation) -> str:
        """The text a citation points at."""
        if citation.annex is not None:
            return self.annex(citation.annex).text(citation.section)
        assert citation.article is not None
        return self.article(citation.article).text

    def cited_passage(self, citation: Citation) -> str:
        """The narrowest passage a citation points at: the item's line, or the paragraph (款) with its items."""
        text = self.cited_text(citation)
        if citation.item is None and citation.paragraph is not None and citation.article is not None:
            paragraphs: list[list[str]] = []
            for line in text.split("\n"):
                if paragraphs and _ITEM_LINE.match(line):
                    paragraphs[-1].append(line)
                else:
                    paragraphs.append([line])
            if 1 <= citation.paragraph <= len(paragraphs):
                return "\n".join(paragraphs[citation.paragraph - 1])
            return text
        if citation.item is not None and citation.article is not None:
            mark = f"（{chinese_number(citation.item)}）"
            for line in text.split("\n"):
                if line.startswith(mark):
                    return line
            # an item inline in a paragraph: from its mark to the next item's
            start = text.find(mark)
            if start >= 0:
                end = text.find(f"（{chinese_number(citation.item + 1)}）", start)
                return text[start : end if end > 0 else None].strip()
        return text

    # -- rules --

    def rule(self, rule_id: str) -> Rule:
        """The rule with that id; `RuleNotDefined` if the ruleset declares none."""
        try:
            return self._index[rule_id]
        except (KeyError, TypeError):
            raise self._no_rule(rule_id) from None

    def _no_rule(self, rule_id: object) -> RuleNotDefined:
        """`RuleNotDefined` for an id the ruleset does not declare: the nearest ids it does, and where all are."""
        import difflib  # (here: only a wrong id needs it)

        near = difflib.get_close_matches(str(rule_id), list(self._index), n=3) if isinstance(rule_id, str) else []
        en = f"{self.id} ({self.title}) has no rule {rule_id!r}"
        zh = f"《{self.title}》（{self.id}）没有编号为“{rule_id}”的规则"
        if near:
            en += f"; did you mean {' or '.join(repr(i) for i in near)}?"
            zh += f"；是否指{'或'.join(f'“{i}”' for i in near)}？"
        return RuleNotDefined(
            en + f" (govrules rulesets {self.id} lists them)", zh=zh + f"（govrules rulesets {self.id} 列出全部规则）"
        )

    def has_rule(self, rule_id: str) -> bool:
        """Whether the ruleset declares a rule with that id."""
        return rule_id in self._index

    def rules_of(self, kind: type[R]) -> tuple[R, ...]:
        """The rules of one kind (SigningRule, LeaveRule, ...), in declaration order."""
        return self._by_type.get(kind, ())  # type: ignore[return-value]

    def overridden_by(self, rule_id: str) -> frozenset[str]:
        """The ids of every rule that `rule_id` overrides, directly or through others."""
        return self._overridden.get(rule_id, frozenset())

    def prevailing(self, applicable: Iterable[R]) -> tuple[R, ...]:
        """Of the rules that apply, those no other applicable rule overrides."""
        rules = tuple(applicable)
        beaten: set[str] = set()
        for r in rules:
            beaten |= self._overridden.get(r.id, frozenset())
        return tuple(r for r in rules if r.id not in beaten)

    def select(
        self, kind: type[R], subject: object, key: Hashable | None = None
    ) -> tuple[tuple[R, ...], tuple[R, ...]]:
        """The rules of `kind` whose condition holds for `subject`, and of those the prevailing ones.

        Answered from the compiled conditions (`selector`): a few lookups, the same answer as testing
        each rule (`select_each`). `key` is accepted for callers of the memoised form and not needed.
        """
        selector = self.selectors[(kind,)]
        return selector.chosen(selector.mask(subject))[0]  # type: ignore[return-value]

    def select_each(self, kind: type[R], subject: object) -> tuple[tuple[R, ...], tuple[R, ...]]:
        """`select` worked out the plain way, each rule's condition tested in turn: the reference."""
        applicable = tuple(r for r in self.rules_of(kind) if (c := r.condition()) is None or c.holds(subject))
        return applicable, self.prevailing(applicable)

    def selector(self, *kinds: type[Rule]) -> Selector:
        """The conditions of the rules of `kinds` compiled into masks (see `govrules.rules.compiled`),
        built once per ruleset object and kept with it (`selectors`)."""
        return self.selectors[kinds]

    def compile(self) -> Ruleset:
        """Build now the selectors the engines use (else each is built on first use); the ruleset itself."""
        for kinds in _COMPILED:
            self.selector(*kinds)
        return self

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, remembered under `key` for this ruleset (for pure functions of the ruleset only)."""
        memo = self._memo
        hit: T | None = memo.get(key, _MISSING)
        if hit is _MISSING:
            hit = compute()
            _remember(memo, key, hit)
        else:
            try:  # noqa: SIM105 (a try costs nothing when nothing is raised; suppress() costs a call)
                memo.move_to_end(key)
            except KeyError:  # another thread let it go meanwhile
                pass
        return hit  # type: ignore[return-value]

    def other_level(self, text: str) -> str | None:
        """The level a name of a role belongs to when it is not this text's ('市' for 副市长 in a county's
        text), or None: for readers that refuse another level's names rather than read them as this one's."""
        level = self.government.level.label
        if "（" in text or level in text:
            return None
        for other in "市县区":
            if other != level and text.startswith(
                ("副" + other, other, "常务副" + other, "分管副" + other, "分管" + other)
            ):
                return other
        return None

    def other_level_names(self) -> Mapping[str, str]:
        """The names the generic vocabulary reads as a role or a kind of meeting that belong to another level
        than this text's (县长, 副县长, 县长办公会议 in 咸阳's 市-level text), each with that level ('县'); this
        text's own names are not among them. For readers of records (the audit) that refuse such a name, as
        the command line and the HTTP service do (`other_level`), rather than read 县长 as this text's 市长."""

        def build() -> Mapping[str, str]:
            own = set(self.role_names.values()) | set(self.meeting_names.values())
            out: dict[str, str] = {}
            for label in itertools.chain(label_table(Role), label_table(MeetingKind)):
                level = None if label in own else self.other_level(label)
                if level is not None:
                    out[label] = level
            return MappingProxyType(out)

        return self.cached(("other_level_names",), build)

    def included_in(self, role: Role) -> frozenset[Role]:
        """The roles that may act as `role` besides itself (`RoleIncludes`); empty when none is declared."""
        return self._includes.get(role, frozenset())

    def acts_as(self, actual: Role, named: Collection[Role]) -> bool:
        """Whether a holder of `actual` may act as one of the roles `named` (as signer, reviewer,
        countersigner, approver, seal approver, presider, or an allowed attendee): one of them, or a role
        one of them includes (`RoleIncludes`: the 常务副区长 is one of the 副区长)."""
        if actual in named:
            return True
        includes = self._includes
        return bool(includes) and any(actual in includes.get(r, ()) for r in named)

    def remembered(self, compute: Callable[..., T]) -> Callable[..., T]:
        """`compute(self, *args)` as a function of `args`, remembered for this ruleset in a bounded cache
        (`functools.lru_cache` of `_MEMO_LIMIT` answers, the least recently used let go first): for the
        decision functions, pure functions of the ruleset and their hashable arguments.

        A function that refuses a situation the text is silent on may return a `Refusal` rather than raise
        it: the refusal is then remembered like an answer, and its caller raises a new error from it
        (`Refusal.error`) each time it is asked. An error raised is not remembered."""
        return self.memos[compute]

    def variant(self, key: Hashable, build: Callable[[], Ruleset]) -> Ruleset:
        """`build()`: a ruleset derived from this one (a what-if), built once per `key` and kept with this
        ruleset (the last `_VARIANTS_KEPT`), so that every run of a variant shares one object and its memo."""
        variants = self._variants
        hit = variants.get(key)
        if hit is None:
            hit = build()
            variants[key] = hit
            while len(variants) > _VARIANTS_KEPT:
                variants.popitem(last=False)
        else:
            variants.move_to_end(key)
        return hit

    def citing(self, article: int | None = None, annex: int | None = None) -> tuple[Rule, ...]:
        """Every rule citing that article (or annex)."""
        return tuple(
            r
            for r in self.rules
            if any((article is not None and c.article == article) or (annex is not None and c.annex == annex)
                   for c in r.cite)
        )  # fmt: skip

    def conflicts(self) -> tuple[Conflict, ...]:
        """Pairs of rules of one kind that can both apply with different outcomes and no precedence."""
        out = []
        # Leave, countersign and review rules are cumulative (every applicable one adds), so they cannot conflict.
        kinds = (SigningRule, SealRule, ApprovalRule)
        for kind in kinds:
            rules = self.rules_of(kind)
            for i, a in enumerate(rules):
                for b in rules[i + 1 :]:
                    if type(a) is not type(b) or a.outcome() == b.outcome():
                        continue
                    if b.id in self.overridden_by(a.id) or a.id in self.overridden_by(b.id):
                        continue
                    ca, cb = a.condition(), b.condition()
                    if ca is not None and cb is not None and ca.overlaps(cb):
                        out.append(Conflict(a.id, b.id, f"{ca.describe()} / {cb.describe()}"))
        grouped: tuple[tuple[str, tuple[MeetingRule | RhythmRule, ...]], ...] = (
            (MeetingRule.kind_label, self.rules_of(MeetingRule)),
            (RhythmRule.kind_label, self.rules_of(RhythmRule)),
        )
        for label, meeting_rules in grouped:
            by_meeting: dict[MeetingKind, list[MeetingRule | RhythmRule]] = {}
            for mr in meeting_rules:
                by_meeting.setdefault(mr.meeting, []).append(mr)
            for meeting, group in by_meeting.items():
                live = self.prevailing(group)
                if len({r.outcome() for r in live}) > 1:
                    out.append(Conflict(live[0].id, live[1].id, f"{meeting.label}: two {label} rules"))
        return tuple(out)

    # -- names --

    def name(self, role: Role) -> str:
        """What this text calls a role: 县长 for HEAD in 西丰, 区长 in 东川."""
        return self.role_names.get(role, role.label)

    def meeting_name(self, kind: MeetingKind) -> str:
        """What this text calls a kind of meeting: 区长办公会议 for HEAD_OFFICE in 崆峒, 县长办公会议 in 西丰."""
        return self.meeting_names.get(kind, kind.label)

    def text_role_names(self) -> Mapping[str, str]:
        """This text's own names of roles that the generic vocabulary reads otherwise or not at all (西丰's
        县政府办公室, 县政府办公室联系副主任; 市政府 is the 上级人民政府 in 西丰, the government itself in 咸阳),
        each with the role's member name: for readers of records written in the text's words (the audit)."""

        def build() -> Mapping[str, str]:
            out: dict[str, str] = {}
            for role, name in self.role_names.items():
                try:
                    generic = Role.from_label(name)
                except InvalidInput:
                    generic = None
                if generic is not role:
                    # as written, and with brackets half- or full-width (乡(镇)政府主要负责人: 乡（镇）政府主要负责人)
                    for spelling in (name, normalise(name), name.replace("(", "（").replace(")", "）")):
                        out.setdefault(spelling, role.name)
            for alias, role in self.role_aliases.items():  # a body as the text names it (县司法局)
                for spelling in (alias, normalise(alias)):
                    out.setdefault(spelling, role.name)
            return MappingProxyType(out)

        return self.cached(("text_role_names",), build)

    def leave_kind_name(self, kind: LeaveKind) -> str:
        """What this text calls a kind of leave: 外出 for TRIP in 崆峒, 离丰 in 西丰, 离咸外出 in 咸阳."""
        return self.leave_kind_names.get(kind, kind.label)

    def leave_word(self, kind: LeaveKind, applied: Iterable[str] = ()) -> str:
        """What the article applied says for a kind of leave of that person (`LeaveRule.kind_words`: 出差 of
        咸阳's 市长, 六十五 ¶1), the first of `applied` (rule ids) that says one; else `leave_kind_name`."""
        for rule_id in applied:
            rule = self._index.get(rule_id)
            words = getattr(rule, "kind_words", None)
            if words and kind in words:
                return str(words[kind])
        return self.leave_kind_name(kind)

    @property
    def text_is_partial(self) -> bool:
        """Whether the text held is part of its text only: its first article held is not the first (district-xx:
        page 2 of 3 survives, articles 四十三 to 七十六), so that an explanation says 「现存文本」 of what it lacks."""
        return bool(self.articles) and min(a.number for a in self.articles) > 1

    def addressee_named(self, text: str) -> Addressee | None:
        """The addressee (主送) a government or body is when named as this text names it (区政府 in a district's
        text: the government itself; 市政府 in 西丰: the one above; 省政府 in 咸阳), or None where `text` is no
        such name here (read then by the generic vocabulary)."""
        stripped = text.strip()
        for role, name in self.role_names.items():
            if normalise(name) == normalise(stripped) and role in _ADDRESSEE_OF:
                return _ADDRESSEE_OF[role]
        # the bodies a text sends to as it writes them (咸阳 四十八 「各县市区政府」, 东川 「区人民政府各工作部门」
        # 「各乡镇」), each part of 「A、B」 / 「A和B」 read alike (general.md `text-words`)
        # (a separator inside brackets is part of a name: 「各县（市、区）人民政府」 is one body)
        parts = [normalise(p).removeprefix("各") for p in _split_outside_brackets(stripped) if p.strip()]
        read = {_level_addressee(self.government.level.label, p) for p in parts}
        return read.pop() if len(read) == 1 and None not in read else None

    def parse_leave_kind(self, text: LeaveKind | str) -> LeaveKind:
        """A kind of leave from this text's own word for it (离咸外出), a generic label, or a member name."""
        if isinstance(text, LeaveKind):
            return text
        for kind, name in self.leave_kind_names.items():
            if normalise(name) == normalise(text):
                return kind
        try:
            return LeaveKind.from_label(text)
        except InvalidInput:
            # leaving this text's own place as its text names it (东川 第五条 「离开东川区」): a trip
            place = _leave_place(text)
            if place is not None and place in self._own_places():
                return LeaveKind.TRIP
            raise

    def roles(self) -> frozenset[Role]:
        """The roles this text has: those it names (`role_names`) and those its rules mention."""
        return self.cached(("roles",), lambda: frozenset(self.role_names) | _members(self.rules, Role))

    def meeting_kinds(self) -> frozenset[MeetingKind]:
        """The kinds of meeting this ruleset's rules mention (a 党组会议 in a text that has none is not one)."""
        return self.cached(("meeting_kinds",), lambda: _members(self.rules, MeetingKind))

    def parse_role(self, text: Role | str) -> Role:
        """A role from this text's own name for it (区长), a generic label, or a member name; with or without the
        honorific 同志 (「县长同志」). Reads any level's name written alone (县长 in 咸阳's text is its head), but not
        with 同志 (「县长同志」 there is refused: a clerk writing the honorific names a post, and that post is another
        level's); `read_role`, which every surface uses, refuses what this text does not have, either way."""
        if isinstance(text, Role):
            return text
        try:
            return self._own_or_generic_role(text)
        except InvalidInput:
            base = _without_honorific(text.strip())
            if base is None or (base not in self.role_names.values() and self.other_level(base) is not None):
                raise  # (「县长同志」 in 咸阳's text is no 市长, as 县长 is refused where a text's roles are checked)
            try:
                return self._own_or_generic_role(base)
            except InvalidInput:
                pass
            raise

    def _own_or_generic_role(self, text: str) -> Role:
        stripped = normalise(text)
        for role, name in self.role_names.items():
            if normalise(name) == stripped:
                return role
        for alias, role in self.role_aliases.items():  # a body the text names acting through its head (县司法局)
            if normalise(alias) == stripped:
                return role
        return Role.from_label(text)

    # -- reading a user's words: one reader for the command line, the HTTP service and the audit --

    def read_role(self, text: Role | str, *, hints: bool = True) -> Role:
        """The role a user of this text means by `text` (its own name, a generic label or a member name, with or
        without 同志), or `InvalidInput` saying why not: a word nobody uses (with what is wrong with it: an
        invisible or a traditional character), another level's name (副市长 in a county), or a role this text does
        not have; each naming the roles it has. Every surface reads a role through this, so that all read a word
        alike or all refuse it alike; `hints=False` leaves the character hints to a caller that says them itself."""
        return _read_word(Role, text, ("a role", "职务"), lambda t: self._role_refusal(t, hints))

    def _role_refusal(self, text: str, hints: bool) -> Role | tuple[str, str]:
        stripped = text.strip()
        try:
            role = self.parse_role(text)
        except InvalidInput:
            base = _without_honorific(stripped)
            if base is not None and self.other_level(base) is not None and normalise(base) in label_table(Role):
                role = Role.from_label(base)  # 「县长同志」 in 咸阳's text: another level's, said so below
            else:
                zh_hint, en_hint = character_hints(text) if hints else ("", "")
                have_zh, have_en = self._roles_listed()
                return (
                    f"无法识别的职务“{text}”{zh_hint}；《{self.title}》中的职务有：{have_zh}",
                    f"unknown role {text!r}{en_hint}; {self.id} has {have_en}",
                )
        own = {normalise(n) for n in (*self.role_names.values(), *self.role_aliases)}
        if normalise(stripped) in own or normalise(_without_honorific(stripped) or "") in own:
            return role
        level = self.other_level(_without_honorific(stripped) or stripped)
        if role not in self.roles() or level is not None:
            have_zh, have_en = self._roles_listed()
            of_zh, of_en = (f"（{level}级的名称）", f" (a {level}-level name)") if level else ("", "")
            return (
                f"《{self.title}》中没有“{text}”这一职务{of_zh}；它有：{have_zh}",
                f"{self.id} has no role {text!r}{of_en}; it has {have_en}",
            )
        return role

    def _roles_listed(self) -> tuple[str, str]:
        """The roles this text has, by its names: in Chinese, and in English with their ids."""

        def build() -> tuple[str, str]:
            ordered = sorted(self.roles(), key=list(Role).index)
            return (
                "、".join(dict.fromkeys(self.name(r) for r in ordered)),
                ", ".join(f"{self.name(r)} ({r.name})" for r in ordered),
            )

        return self.cached(("roles_listed",), build)

    def read_meeting(self, text: MeetingKind | str, *, hints: bool = True) -> MeetingKind:
        """The kind of meeting a user of this text means by `text` (县政府常务会议, 常务会议), or `InvalidInput`: a word
        nobody uses (with its character hints), another level's name (县长办公会议 in 咸阳's text), or a kind of
        meeting this text's rules do not have; each naming the meetings it has, as this text names them."""
        return _read_word(MeetingKind, text, ("a meeting", "会议"), lambda t: self._meeting_refusal(t, hints))

    def _meeting_refusal(self, text: str, hints: bool) -> MeetingKind | tuple[str, str]:
        have = sorted(self.meeting_kinds(), key=list(MeetingKind).index)
        names = "、".join(dict.fromkeys(self.meeting_name(k) for k in have))
        stripped = text.strip()
        kind = None
        for k, name in self.meeting_names.items():
            if normalise(name) == normalise(stripped):
                kind = k
        if kind is None:
            try:
                kind = MeetingKind.from_label(text)
            except InvalidInput:
                zh_hint, en_hint = character_hints(text) if hints else ("", "")
                return (
                    f"无法识别的会议“{text}”{zh_hint}；《{self.title}》的会议有：{names}",
                    f"unknown meeting {text!r}{en_hint}; {self.id} has {names}",
                )
        own = {normalise(n) for n in self.meeting_names.values()}
        level = None if normalise(stripped) in own else self.other_level(stripped)
        if kind not in have or level is not None:
            of_zh, of_en = (f"（{level}级的名称）", f" (a {level}-level name)") if level else ("", "")
            return (
                f"《{self.title}》中没有“{text}”{of_zh}；它的会议有：{names}",
                f"{self.id} has no meeting {text!r}{of_en}; it has {names}",
            )
        return kind

    def read_leave_kind(self, text: LeaveKind | str, *, hints: bool = True) -> LeaveKind:
        """The kind of leave a user of this text means by `text` (离丰, 外出, 出访), or `InvalidInput` naming the word,
        its character hints and this text's words for the kinds of leave; a word for leaving another place or
        level (「离咸外出」「离开东川」 in 西丰's text, 「离市」 in a county's: `other_place`) is refused, saying so."""
        if isinstance(text, LeaveKind):
            return text
        if not isinstance(text, str):
            raise InvalidInput(
                f"a leave kind is given as text; got {text!r}", zh=f"请假类型应以文字给出，实际是 {text!r}"
            )
        have = "、".join(dict.fromkeys(self.leave_kind_name(k) for k in LeaveKind))
        try:
            kind = self.parse_leave_kind(text)
        except InvalidInput:
            place = self.other_place(text)
            if place is not None:  # 「离开东川区」 in 西丰's text: another place, not an unknown word
                raise InvalidInput(
                    f"{self.id} has no kind of leave {text!r} (it names another place: {place}); it calls them {have}",
                    zh=f"《{self.title}》中没有“{text}”这一请假类型（“{place}”不是本地）；它的称呼：{have}",
                ) from None
            zh_hint, en_hint = character_hints(text) if hints else ("", "")
            raise InvalidInput(
                f"unknown kind of leave {text!r}{en_hint}; {self.id} calls them {have}",
                zh=f"无法识别的请假类型“{text}”{zh_hint}；《{self.title}》的称呼：{have}",
            ) from None
        place = self.other_place(text)
        if place is not None:
            raise InvalidInput(
                f"{self.id} has no kind of leave {text!r} (it names another place: {place}); it calls them {have}",
                zh=f"《{self.title}》中没有“{text}”这一请假类型（“{place}”不是本地）；它的称呼：{have}",
            )
        return kind

    def other_place(self, text: str) -> str | None:
        """The place or level a word for leaving names when it is not this text's: 咸 in 「离咸外出」 and 东川 in
        「离开东川」 in 西丰's text, 市 in 「离市」 in a county's; None for any other word (外出, 离开辖区外出,
        西丰's own 离丰外出). This text's places are its government's names (西丰县, 西丰), its level and the
        places its own words for leave name (丰 in 离丰)."""
        place = _leave_place(text)
        return None if place is None or place in self._own_places() else place

    def _own_places(self) -> frozenset[str]:
        def build() -> frozenset[str]:
            out = {*government_names(self.government.name)[1:], self.government.level.label}
            out.update(p for p in map(_leave_place, self.leave_kind_names.values()) if p is not None)
            return frozenset(out)

        return self.cached(("own_places",), build)

    def read_issuer(self, text: Issuer | str, *, hints: bool = True) -> Issuer:
        """In whose name a user of this text says a document is issued (以县政府名义, 政府办公室, 部门 …), or
        `InvalidInput`: a word nobody uses (with its character hints), or another level's government (「以市政府名义」
        in 西丰's text: a county's documents are not the 市政府's), saying so."""
        if isinstance(text, Issuer):
            return text
        if not isinstance(text, str):
            raise InvalidInput(f"an issuer is given as text; got {text!r}", zh=f"发文名义应以文字给出，实际是 {text!r}")
        try:
            issuer = Issuer.from_label(text)
        except InvalidInput as e:
            # a body below this government as the texts name it (「县政府各职能部门」, 「各乡(镇)政府」), as addressees
            # are read
            body = _level_issuer(self.government.level.label, normalise(text.strip()))
            if body is not None:
                return body
            either = self._either_issuer(text)
            if either is not None:
                return either
            zh_hint, en_hint = character_hints(text) if hints else ("", "")
            raise InvalidInput(f"{e}{en_hint}", zh=f"{e.zh or e}{zh_hint}") from None
        if (
            issuer is Issuer.SUBORDINATE_GOVERNMENT
            and _names_city_subordinates(text)
            and self.government.level.label != "市"
        ):
            # 「县市区政府」 are the governments under a 市 (咸阳 四十八); to a county or a district they are its peers
            raise InvalidInput(
                f"{self.id} issues no document as {text!r} (the governments under a 市; this is a"
                f" {self.government.level.label}-level text)",
                zh=f"《{self.title}》中没有“{text}”这一发文名义（县市区政府是市的下级政府，"
                f"本规则是{self.government.level.label}级的）",
            )
        level = self.other_level(text.strip().removeprefix("以"))
        if level is not None:
            raise InvalidInput(
                f"{self.id} issues no document as {text!r} (a {level}-level government's name)",
                zh=f"《{self.title}》中没有“{text}”这一发文名义（{level}级的名称）",
            )
        return issuer

    def _either_issuer(self, text: str) -> Issuer | None:
        """The issuer a text's 「A或B」 words name (「以区人民政府或区政府办公室名义」 东川 三十三,
        「以县政府或县政府办名义」 西丰 附件1): a document is issued in one name, so where both alternatives read
        as one issuer here it is that issuer; where they read as two, `InvalidInput` asking which (general.md
        `text-words`); None where the word is no 「A或B」 (or an alternative is no issuer: refused then as the
        whole word is)."""
        parts = _alternatives(text)
        if parts is None:
            return None
        read: list[Issuer] = []
        for part in parts:
            try:
                read.append(self.read_issuer(part, hints=False))
            except InvalidInput:
                try:
                    Issuer.from_label(part)
                except InvalidInput:
                    return None  # a word no one uses: the whole is refused as unknown
                raise  # another level's (以县政府或县政府办名义 in 东川's text): said so
        if len(set(read)) == 1:
            return read[0]
        # each issuer once, in the first words naming it (a word repeating alternatives asks no more)
        first: dict[Issuer, str] = {}
        for issuer, part in zip(read, parts, strict=True):
            first.setdefault(issuer, part)
        parts = tuple(first.values())
        said = "”还是“".join(parts)
        raise InvalidInput(
            f"{text!r} names {len(parts)} issuers ({', '.join(p for p in parts)}): a document is issued in one"
            " name; give the one it was issued in",
            zh=f"“{text}”是条文对几种发文名义的统称，一份公文只以其中一个名义发出：请写明是“{said}”",
        )

    def refused_names(self) -> Mapping[str, tuple[str, str]]:
        """Every spelling the record format reads as a role or a kind of meeting (`label_table`) that names another
        level's (县长, 县长办公会议 in 咸阳's 市-level text), with why `read_role` or `read_meeting` refuses it, in
        Chinese and in English: for readers of records (the audit) that check a record's words in one look-up
        each, as the command line and the HTTP service check theirs. (A role or meeting of this level that the
        text does not name, 秘书长 in 西丰's, the audit still reads and checks: see `other_level_names`.)"""

        def build() -> Mapping[str, tuple[str, str]]:
            out: dict[str, tuple[str, str]] = {}
            roles = label_table(Role)
            for label in self.other_level_names():
                said = self._role_refusal(label, False) if label in roles else self._meeting_refusal(label, False)
                if isinstance(said, tuple):
                    out[label] = said
            return MappingProxyType(out)

        return self.cached(("refused_names",), build)

    def refused_issuers(self) -> Mapping[str, tuple[str, str]]:
        """Every spelling the record format reads as an issuer that `read_issuer` refuses here (another level's
        government: 以市政府名义, 市政府 in 西丰's text), with why, in Chinese and in English (as `refused_names`)."""
        return self.cached(("refused_issuers",), lambda: _refused(self.read_issuer, label_table(Issuer)))

    def refused_leave_kinds(self) -> Mapping[str, tuple[str, str]]:
        """Every spelling the record format reads as a kind of leave that `read_leave_kind` refuses here (a word for
        leaving another place: 离咸外出, 离开东川 in 西丰's text), with why, in Chinese and in English."""
        return self.cached(("refused_leave_kinds",), lambda: _refused(self.read_leave_kind, label_table(LeaveKind)))

    # -- what-if --

    def evolve(self, **changes: Any) -> Ruleset:
        """A changed copy (attrs.evolve), e.g. with other rules or another effective date."""
        return attrs.evolve(self, **changes)

    def replace_rule(self, rule_id: str, new: Rule | None = None, **changes: Any) -> Ruleset:
        """A copy with one rule replaced by `new`, or by itself evolved with `changes`."""
        old = self.rule(rule_id)
        replacement = new if new is not None else attrs.evolve(old, **changes)
        note = dict(self.changes)
        note[rule_id] = ", ".join(f"{k}={v}" for k, v in changes.items()) if changes else "replaced"
        rules = tuple(replacement if r.id == rule_id else r for r in self.rules)
        return attrs.evolve(self, rules=rules, changes=note)


#: The governments and bodies a document may be addressed to, by the role that names them (`addressee_named`).
_ADDRESSEE_OF = {
    Role.HIGHER_GOVERNMENT: Addressee.HIGHER_GOVERNMENT,
    Role.GOVERNMENT: Addressee.GOVERNMENT,
    Role.PEOPLES_CONGRESS: Addressee.PEOPLES_CONGRESS,
    Role.CPPCC: Addressee.CPPCC,
    Role.PARTY_COMMITTEE: Addressee.PARTY_COMMITTEE,
}

_MEMO_LIMIT = 50_000


class Refusal(tuple[type[GovRulesError], tuple[object, ...], str | None]):
    """A refusal remembered in a memo (`Ruleset.remembered`) in place of the error it stands for: the
    error's class, arguments and Chinese message (`.zh`), `Refusal((NoApplicableRule, (message,), zh))`,
    from which `error()` makes a new error each time it is raised (an error object raised twice would
    carry both tracebacks). A tuple: made on every first refusal, it costs no Python call to build."""

    __slots__ = ()

    def error(self) -> GovRulesError:
        """A new error of the class, arguments and Chinese message remembered.

        Of a class made as `GovRulesError` makes it (`_MADE_PLAINLY`), made without the Python `__init__`
        call: `BaseException.__new__` sets `args` as `__init__` would, and `.zh` is set as `__init__` sets it
        (the same error, built for a third less: a refusal raised again costs little more than a raise)."""
        cls, args, zh = self
        if cls in _MADE_PLAINLY:
            error: GovRulesError = _new_error(cls, *args)
            if zh is not None:
                error.zh = zh
            return error
        return cls(*args, zh=zh)


#: `BaseException.__new__`: an error's `args` set, its `__init__` not called (`Refusal.error`).
_new_error = BaseException.__new__


def _made_plainly(cls: type[GovRulesError]) -> bool:
    """Whether `cls(*args, zh=zh)` is `BaseException.__new__` then `GovRulesError.__init__` alone: no class
    of its own defines `__new__` or `__init__` (but `GovRulesError`'s), and every built-in base is made by
    `BaseException`'s own (`LookupError`, `KeyError`, `ValueError`: not `OSError`, which parses its arguments)."""
    plain_builtins = (BaseException, Exception, LookupError, KeyError, ValueError, object)
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            if base not in plain_builtins:
                return False
        elif "__new__" in vars(base) or ("__init__" in vars(base) and base is not GovRulesError):
            return False
    return True


#: The refusals' classes made as `GovRulesError` makes them, which `Refusal.error` makes in line.
_MADE_PLAINLY = frozenset(
    cls
    for cls in (GovRulesError, NoApplicableRule, ForbiddenByRule, RuleNotDefined, InvalidInput, NotInForce)
    if _made_plainly(cls)
)

_VARIANTS_KEPT = 32

#: The selectors `compile` builds: the engines' (signing with its countersign and seal rules, approval,
#: leave) and each kind alone (`select`).
_COMPILED: tuple[tuple[type[Rule], ...], ...] = (
    (SigningRule, CountersignRule, SealRule, ReviewRule),
    (ApprovalRule,),
    (LeaveRule,),
    (SigningRule,),
    (CountersignRule,),
    (SealRule,),
    (ReviewRule,),
)

E = TypeVar("E", bound=Enum)


def _members(value: object, kind: type[E]) -> frozenset[E]:
    """Every member of `kind` found in `value`: rules, their conditions, tuples, sets and mappings."""
    found: set[E] = set()
    seen: set[int] = set()

    def walk(v: object) -> None:
        if isinstance(v, kind):
            found.add(v)
        elif isinstance(v, Enum | str | int | float | date) or v is None or id(v) in seen:
            return
        elif isinstance(v, Mapping):
            seen.add(id(v))
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, tuple | list | frozenset | set):
            seen.add(id(v))
            for x in v:
                walk(x)
        elif attrs.has(type(v)):
            seen.add(id(v))
            for f in attrs.fields(type(v)):  # type: ignore[arg-type]
                walk(getattr(v, f.name))

    walk(value)
    return frozenset(found)


K = TypeVar("K")
V = TypeVar("V")


class _MadeOnFirstUse(dict[K, V]):
    """A dict whose value for a key is made by `make(key)` when first looked up, then kept (`Ruleset.memos`,
    `Ruleset.selectors`): the engines subscript it, a dictionary lookup, not a method call."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: K) -> V:
        return self.setdefault(key, self._make(key))  # another thread's, if it made one meanwhile


def _memo(ruleset: Ruleset, compute: Callable[..., Any]) -> Callable[..., Any]:
    """`compute` remembered for `ruleset` (`Ruleset.remembered`): a bounded `functools.lru_cache`."""
    return functools.lru_cache(maxsize=_MEMO_LIMIT)(functools.partial(compute, ruleset))


def _selector(ruleset: Ruleset, kinds: tuple[type[Rule], ...]) -> Selector:
    """The conditions of the rules of `kinds` compiled (`Ruleset.selector`)."""
    return Selector.build(kinds, tuple(ruleset.rules_of(k) for k in kinds), ruleset._overridden)


def _remember(memo: OrderedDict[Hashable, Any], key: Hashable, value: object) -> None:
    """Remember `value`; a full memo lets its least recently used entries go, so a run stays bounded."""
    memo[key] = value
    while len(memo) > _MEMO_LIMIT:
        try:
            memo.popitem(last=False)
        except KeyError:  # emptied by another thread
            break


_ITEM_LINE = re.compile(r"^（?[一二三四五六七八九十]+）")
_MISSING: Any = object()


def _canonical(value: object) -> object:
    """A representation independent of hash order, for content hashes (frozensets sorted)."""
    cls = type(value)
    if cls is str or cls is int or cls is bool or value is None:  # most values: said by their repr
        return repr(value)
    how = _canonical_how(cls)  # type: ignore[arg-type]  # (mypy: a class is hashable)
    if type(how) is tuple:  # an attrs class: its name and the fields compared by ==
        return (cls.__name__, tuple([(name, _canonical(getattr(value, name))) for name in how]))
    if how == "set":
        return ("set", tuple(sorted([_canonical(v) for v in value], key=repr)))  # type: ignore[attr-defined]
    if how == "map":
        items = value.items()  # type: ignore[attr-defined]
        return ("map", tuple(sorted([(_canonical(k), _canonical(v)) for k, v in items], key=repr)))
    if how == "tuple":
        return tuple([_canonical(v) for v in value])  # type: ignore[attr-defined]
    if how == "enum":
        return f"{cls.__name__}.{value.name}"  # type: ignore[attr-defined]
    return repr(value)


@functools.cache
def _canonical_how(cls: type) -> tuple[str, ...] | str:
    """How `_canonical` says a value of `cls`: the names of its fields compared by == (an attrs class), or
    "set", "map", "tuple", "enum", "repr"."""
    if attrs.has(cls):
        return tuple(f.name for f in attrs.fields(cls) if f.eq)
    if issubclass(cls, (frozenset, set)):
        return "set"
    if issubclass(cls, Mapping):
        return "map"
    if issubclass(cls, tuple):
        return "tuple"
    return "enum" if issubclass(cls, Enum) else "repr"


def _closure(index: Mapping[str, Rule]) -> dict[str, frozenset[str]]:
    """For each rule, every rule it overrides directly or transitively."""
    out: dict[str, frozenset[str]] = {}

    def visit(rule_id: str, path: tuple[str, ...]) -> frozenset[str]:
        if rule_id in out:
            return out[rule_id]
        if rule_id in path:
            raise InvalidInput(f"rules override each other in a cycle: {' -> '.join((*path, rule_id))}")
        found: set[str] = set()
        for o in index[rule_id].overrides:
            found.add(o)
            found |= visit(o, (*path, rule_id))
        out[rule_id] = frozenset(found)
        return out[rule_id]

    for rule_id in index:
        visit(rule_id, ())
    return out


W = TypeVar("W", Role, MeetingKind)


def _read_word(cls: type[W], text: W | str, what: tuple[str, str], refusal: Callable[[str], W | tuple[str, str]]) -> W:
    """`text` read as a member of `cls` by `refusal` (the member, or why not in Chinese and in English): a member
    as it is; what is not text refused, saying `what` (English, Chinese) it should be."""
    if isinstance(text, cls):
        return text
    if not isinstance(text, str):
        raise InvalidInput(f"{what[0]} is given as text; got {text!r}", zh=f"{what[1]}应以文字给出，实际是 {text!r}")
    said = refusal(text)
    if isinstance(said, cls):
        return said
    assert isinstance(said, tuple)
    raise InvalidInput(said[1], zh=said[0])


def _refused(read: Callable[..., object], labels: Iterable[str]) -> Mapping[str, tuple[str, str]]:
    """The labels `read` refuses, each with its refusal in Chinese and in English."""
    out: dict[str, tuple[str, str]] = {}
    for label in labels:
        try:
            read(label, hints=False)
        except InvalidInput as e:
            out[label] = (e.zh or str(e), str(e))
    return MappingProxyType(out)


#: What a word for leaving names that is no place (离开辖区外出, 离岗).
_NO_PLACE = frozenset({"辖区", "本地", "岗", "职", "会"})


#: 「A或B」 words as the texts write them: 或, 或者, and the lists of the names a class of documents is issued
#: in (西丰 「以县政府和县政府办公室名义制定的行政规范性文件」, 崆峒 五十三 「以区政府、区政府办公室名义印发的
#: 文件」); a joint issuer the vocabulary names (「以区委、区政府名义」: 党委政府联合) is read as that before any split.
_EITHER = re.compile(r"或者|或|和|、")


def _alternatives(text: str) -> tuple[str, ...] | None:
    """The alternatives of a text's 「以A或B名义」 (or 「A或者B」), each as a word of its own (「以A名义」,
    「以B名义」); None where `text` names no alternatives."""
    word = text.strip()
    wrapped = word.startswith("以") and word.endswith("名义")
    inner = word[1:-2] if wrapped else word
    parts = [p.strip() for p in _EITHER.split(inner)]
    if len(parts) < 2 or not all(parts):
        return None
    return tuple(f"以{p}名义" if wrapped else p for p in parts)


def _split_outside_brackets(text: str) -> list[str]:
    """`text` split at 、, 和 and 及 where they stand outside brackets: 「各乡镇、各部门」 is two bodies,
    「各县（市、区）人民政府」 (咸阳's 县(市、区)) one."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and c in "、和及":
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _level_body(level: str, word: str) -> str | None:
    """Which body below or beside a government of `level` a word names, as the texts name it (normalised, no
    leading 各): "department" (its own government's departments: 部门, 工作部门, 县政府部门), "township" (the
    townships under a county or a district: 乡镇, 乡(镇)政府, 乡镇(街道)), "county" (the 县市区 / 县(区)
    governments); None: no such word."""
    word = word.replace("人民政府", "政府").replace("各", "")  # (县政府各职能部门: 各 inside the name too)
    own = (
        "部门",
        "工作部门",
        "政府部门",
        "政府工作部门",
        f"{level}政府部门",
        f"{level}政府工作部门",
        # 西丰 附件1 三 「县政府各职能部门」
        "职能部门",
        "政府职能部门",
        f"{level}政府职能部门",
    )
    if word in own:
        return "department"
    if word in ("县市区政府", "县(市、区)政府", "县市区", "县(市、区)", "县区政府", "县(区)政府"):
        return "county"
    townships = (
        *("乡镇", "乡(镇)", "乡镇政府", "乡(镇)政府", "乡镇(街道)", "乡镇(街道)政府", "街道", "街道办事处"),
        # 东川 第三十四条 「乡镇(街道)人民政府(办事处)」; district-xx 六十二 「镇政府(街道办事处)」, 七十四 「镇(街道)」
        *("乡镇(街道)政府(办事处)", "镇", "镇政府", "镇(街道)", "镇政府(街道办事处)", "乡镇政府(街道办事处)"),
    )
    if level != "市" and word in townships:
        return "township"
    return None


def _level_addressee(level: str, word: str) -> Addressee | None:
    """The addressee a body below or beside a government of `level` is (`_level_body`): its departments and
    townships, and the 县市区 governments under a 市 (咸阳 四十八), are its subordinates; to a county or a district the
    县市区 / 县(区) governments are its peers (西丰 附件1 三 「各县（区）政府等平级机关」). None: no such word."""
    body = _level_body(level, word)
    if body == "county":
        return Addressee.SUBORDINATES if level == "市" else Addressee.PEERS
    return None if body is None else Addressee.SUBORDINATES


def _level_issuer(level: str, word: str) -> Issuer | None:
    """The issuer a body below a government of `level` is, named as the texts name it (`_level_body`, with or
    without 以…名义): its departments (咸阳 「市政府各部门」, 东川 「区人民政府各工作部门」) issue as 部门, its
    townships (西丰 「各乡(镇)政府」, 东川 「乡镇(街道)」) as 乡镇（街道）, the 县市区 governments under a 市 as its
    subordinate governments. None: no such word, or the 县市区 governments of a county's or a district's text."""
    body = _level_body(level, word.removeprefix("以").removesuffix("名义").removeprefix("各"))
    if body == "department":
        return Issuer.DEPARTMENT
    if body == "township":
        return Issuer.TOWNSHIP
    if body == "county" and level == "市":
        return Issuer.SUBORDINATE_GOVERNMENT
    return None


def _names_city_subordinates(text: str) -> bool:
    """Whether a word names the governments under a 市 (县市区政府, 县（市、区）政府): all three levels in it."""
    return all(c in text for c in "县市区")


def _leave_place(text: str) -> str | None:
    """The place a word for leaving names (丰 in 离丰外出, 东川 in 离开东川, 市 in 离市), or None when it names none."""
    t = normalise(text)
    rest = t[2:] if t.startswith("离开") else t[1:] if t.startswith("离") else None
    if rest is None:
        return None
    rest = rest.removesuffix("外出")
    return None if not rest or rest in _NO_PLACE else rest


#: The honorific a clerk writes after a role (「县长同志」), as the texts write 主要负责同志 for 主要负责人.
HONORIFIC = "同志"


def _without_honorific(text: str) -> str | None:
    """`text` without a trailing 同志 (「县长同志」 -> 县长), or None when it has none (or is nothing else)."""
    base = text.removesuffix(HONORIFIC).strip()
    return base if base and base != text else None
