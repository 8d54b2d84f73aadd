"""The rule vocabulary: citations, article texts, the kinds of rule a ruleset declares, and `Ruleset`.

A rule is data: an id, the citation(s) of the article it encodes, the phrase it encodes (`quote`),
a condition on the situation (`DocumentIs`, `LeaveIs`) and an outcome. Rules may declare that they
override others (the specific over the general); where two rules apply with different outcomes
and no declared precedence settles it, `Ruleset.conflicts()` lists them and the engines report a
conflict rather than choose.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Any, ClassVar, TypeVar

import attrs

from govrules.errors import InvalidInput, RuleNotDefined
from govrules.labels import LabeledEnum, chinese_number
from govrules.model import (
    AbsenceReason,
    Addressee,
    DocumentKind,
    Government,
    Issuer,
    LeaveKind,
    Matter,
    MeetingKind,
    Role,
)
from govrules.periods import Period

__all__ = [
    "AgendaRequirement",
    "AgendaRule",
    "Alternate",
    "AlternateBasis",
    "Annex",
    "ApprovalRule",
    "Article",
    "Check",
    "Citation",
    "Citations",
    "Condition",
    "Conflict",
    "CountersignRule",
    "DeadlineRule",
    "DocumentIs",
    "Duty",
    "LeaveIs",
    "LeaveRule",
    "MeetingRule",
    "Rhythm",
    "RhythmRule",
    "Rule",
    "Ruleset",
    "SealRule",
    "Section",
    "SigningRule",
    "is_hedged",
]

R = TypeVar("R", bound="Rule")
T = TypeVar("T")


# -- citations and texts ---------------------------------------------------------------------------


@attrs.frozen(order=True)
class Citation:
    """Where a rule comes from: an article (and paragraph 款, item 项), or an annex section."""

    ruleset: str
    article: int | None = None
    item: int | None = None
    annex: int | None = None
    section: str | None = None
    paragraph: int | None = None
    title: str = attrs.field(default="", eq=False, order=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self.article is None) == (self.annex is None):
            raise InvalidInput(f"a citation names an article or an annex, not both or neither: {self!r}")

    def render(self) -> str:
        """'西丰县人民政府工作规则（试行）第五十三条第（三）项', or '…附件1 五(三)1(3)'."""
        if self.annex is not None:
            where = f"附件{self.annex}" + (f" {self.section}" if self.section else "")
        else:
            assert self.article is not None
            where = f"第{chinese_number(self.article)}条"
            if self.paragraph is not None:
                where += f"第{chinese_number(self.paragraph)}款"
            if self.item is not None:
                where += f"第（{chinese_number(self.item)}）项"
        return f"{self.title or self.ruleset}{where}"

    def short(self) -> str:
        """Without the title: '第五十三条第（三）项'."""
        return attrs.evolve(self, title=" ").render().strip()

    def __str__(self) -> str:
        return self.render()


@attrs.frozen
class Citations:
    """A citation factory for one ruleset: `XF.article(53, item=3)`, `XF.annex(1, "五(三)1(3)")`."""

    ruleset: str
    title: str

    def article(self, number: int, item: int | None = None, paragraph: int | None = None) -> Citation:
        """Cite an article, optionally its paragraph (款) and item (项)."""
        return Citation(self.ruleset, number, item=item, paragraph=paragraph, title=self.title)

    def annex(self, number: int, section: str | None = None) -> Citation:
        """Cite an annex, optionally one of its sections."""
        return Citation(self.ruleset, annex=number, section=section, title=self.title)


@attrs.frozen
class Article:
    """An article of a text: its number, chapter and cleaned text."""

    number: int
    chapter: int
    text: str
    partial: bool = False


@attrs.frozen
class Section:
    """A section of an annex, by its heading path ('五(三)1(3)')."""

    id: str
    parent: str | None
    text: str


@attrs.frozen
class Annex:
    """An annex (附件) of a text, split into sections."""

    number: int
    title: str
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with that id; KeyError if there is none."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(f"附件{self.number} has no section {section_id!r}")

    def text(self, section_id: str | None = None) -> str:
        """The text of a section with all its subsections (or of the whole annex)."""
        if section_id is None:
            return "\n".join(s.text for s in self.sections)
        self.section(section_id)
        ids = {section_id}
        lines = []
        for s in self.sections:
            if s.id == section_id or s.parent in ids:
                ids.add(s.id)
                lines.append(s.text)
        return "\n".join(lines)


# -- conditions ------------------------------------------------------------------------------------


@attrs.frozen
class Check:
    """One test of a rule's condition, and whether it held for the situation."""

    field: str
    expected: str
    actual: str
    held: bool


def _to_set(enum: type[LabeledEnum], value: object) -> Any:
    if value is None:
        return None
    if isinstance(value, (str, Enum)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise InvalidInput(f"expected {enum.__name__} values; got {value!r}")
    return frozenset(None if v is None else enum.from_label(v) for v in value)


def _kinds(value: object) -> Any:
    return _to_set(DocumentKind, value)


def _issuers(value: object) -> Any:
    return _to_set(Issuer, value)


def _addressees(value: object) -> Any:
    return _to_set(Addressee, value)


def _matter_set(value: object) -> Any:
    return _to_set(Matter, value)


def _meeting_set(value: object) -> Any:
    return _to_set(MeetingKind, value)


def _role_set(value: object) -> Any:
    return _to_set(Role, value)


def _leave_kinds(value: object) -> Any:
    return _to_set(LeaveKind, value)


def _reason_set(value: object) -> Any:
    return _to_set(AbsenceReason, value)


def _bool_set(value: object) -> frozenset[bool] | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return frozenset({value})
    if isinstance(value, Iterable):
        return frozenset(bool(v) for v in value)
    raise InvalidInput(f"expected True, False or both; got {value!r}")


def _proxy(value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(value))


def _meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return MeetingKind.from_label(value)


def _show(value: object) -> str:
    if value is None:
        return "无"
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, (frozenset, set, tuple)):
        return "、".join(sorted(_show(v) for v in value)) or "无"
    return str(value)


class Condition:
    """Each non-None field is a set of allowed values for the subject's field of the same name.

    A set-valued subject field (a document's matters) passes when it shares a member with the set.
    """

    _fields: ClassVar[tuple[str, ...]]

    def checks(self, subject: object) -> tuple[Check, ...]:
        """Every test of this condition on `subject`, held or not."""
        out = []
        for name in self._fields:
            allowed = getattr(self, name)
            if allowed is None:
                continue
            actual = getattr(subject, name)
            held = bool(actual & allowed) if isinstance(actual, frozenset) else actual in allowed
            out.append(Check(name, _show(allowed), _show(actual), held))
        return tuple(out)

    def holds(self, subject: object) -> bool:
        """Whether every test holds for `subject`."""
        for name, allowed, is_set in self._tests():
            actual = getattr(subject, name)
            if is_set:
                if not actual & allowed:
                    return False
            elif actual not in allowed:
                return False
        return True

    def _tests(self) -> tuple[tuple[str, frozenset[Any], bool], ...]:
        """The tests this condition makes (its non-None fields), worked out once."""
        tests: tuple[tuple[str, frozenset[Any], bool], ...] | None = getattr(self, "_compiled", None)
        if tests is None:
            sets = self._set_fields()
            tests = tuple(
                (name, getattr(self, name), name in sets) for name in self._fields if getattr(self, name) is not None
            )
            object.__setattr__(self, "_compiled", tests)
        return tests

    def overlaps(self, other: Condition) -> bool:
        """Whether some situation satisfies both conditions."""
        for name in self._fields:
            a, b = getattr(self, name), getattr(other, name)
            if a is not None and b is not None and not (a & b) and name not in self._set_fields():
                return False
        return True

    def _set_fields(self) -> frozenset[str]:
        return frozenset()

    def describe(self) -> str:
        """The condition in Chinese: '文种为纪要；会议为常务会议'."""
        parts = [
            f"{self._labels()[n]}为{_show(getattr(self, n))}" for n in self._fields if getattr(self, n) is not None
        ]
        return "；".join(parts) or "任何情形"

    def _labels(self) -> Mapping[str, str]:
        return {}


@attrs.frozen
class DocumentIs(Condition):
    """A condition on a document: each given field lists the values it may have."""

    kind: frozenset[DocumentKind] | None = attrs.field(default=None, converter=_kinds)
    issuer: frozenset[Issuer] | None = attrs.field(default=None, converter=_issuers)
    addressee: frozenset[Addressee | None] | None = attrs.field(default=None, converter=_addressees)
    matters: frozenset[Matter] | None = attrs.field(default=None, converter=_matter_set)
    meeting: frozenset[MeetingKind | None] | None = attrs.field(default=None, converter=_meeting_set)
    presided_by: frozenset[Role | None] | None = attrs.field(default=None, converter=_role_set)
    _compiled: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    _fields: ClassVar[tuple[str, ...]] = ("kind", "issuer", "addressee", "matters", "meeting", "presided_by")

    def _set_fields(self) -> frozenset[str]:
        return frozenset({"matters"})

    def _labels(self) -> Mapping[str, str]:
        return {"kind": "文种", "issuer": "发文名义", "addressee": "主送", "matters": "事项",
                "meeting": "会议", "presided_by": "主持人"}  # fmt: skip


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"expected a whole number of days >= 0; got {value!r}")
    return value


@attrs.frozen
class LeaveIs(Condition):
    """A condition on a leave request: roles, kinds, meeting, reasons, and how long."""

    role: frozenset[Role] | None = attrs.field(default=None, converter=_role_set)
    kind: frozenset[LeaveKind] | None = attrs.field(default=None, converter=_leave_kinds)
    meeting: frozenset[MeetingKind | None] | None = attrs.field(default=None, converter=_meeting_set)
    reason: frozenset[AbsenceReason | None] | None = attrs.field(default=None, converter=_reason_set)
    party_standing_committee_member: frozenset[bool] | None = attrs.field(default=None, converter=_bool_set)
    min_days: int | None = attrs.field(default=None, converter=_opt_int)
    max_days: int | None = attrs.field(default=None, converter=_opt_int)
    _compiled: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    _fields: ClassVar[tuple[str, ...]] = ("role", "kind", "meeting", "reason", "party_standing_committee_member")

    def checks(self, subject: object) -> tuple[Check, ...]:
        out = list(super().checks(subject))
        days: int = subject.days  # type: ignore[attr-defined]
        if self.min_days is not None:
            out.append(Check("days", f">= {self.min_days}", str(days), days >= self.min_days))
        if self.max_days is not None:
            out.append(Check("days", f"<= {self.max_days}", str(days), days <= self.max_days))
        return tuple(out)

    def holds(self, subject: object) -> bool:
        if not super().holds(subject):
            return False
        days: int = subject.days  # type: ignore[attr-defined]
        if self.min_days is not None and days < self.min_days:
            return False
        return not (self.max_days is not None and days > self.max_days)

    def overlaps(self, other: Condition) -> bool:
        if not super().overlaps(other) or not isinstance(other, LeaveIs):
            return False
        lo = max(self.min_days or 0, other.min_days or 0)
        his = [h for h in (self.max_days, other.max_days) if h is not None]
        return not his or lo <= min(his)

    def describe(self) -> str:
        text = super().describe()
        extra = []
        if self.min_days is not None:
            extra.append(f"{self.min_days}天以上")
        if self.max_days is not None:
            extra.append(f"不超过{self.max_days}天")
        return "；".join(([text] if text != "任何情形" else []) + extra) or "任何情形"

    def _labels(self) -> Mapping[str, str]:
        return {"role": "请假人", "kind": "类型", "meeting": "会议", "reason": "事由",
                "party_standing_committee_member": "党委常委"}  # fmt: skip


# -- rules -----------------------------------------------------------------------------------------


def _cites(value: Citation | Iterable[Citation]) -> tuple[Citation, ...]:
    cites = (value,) if isinstance(value, Citation) else tuple(value)
    if not cites:
        raise InvalidInput("a rule needs at least one citation")
    return cites


def _ids(value: str | Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _alternates(value: Iterable[Alternate]) -> tuple[Alternate, ...]:
    return tuple(value)


def _roles(value: Iterable[Role | str]) -> tuple[Role, ...]:
    return tuple(Role.from_label(v) for v in value)


def _role(value: Role | str) -> Role:
    return Role.from_label(value)


def _opt_role(value: Role | str | None) -> Role | None:
    return None if value is None else Role.from_label(value)


def _frozen_roles(value: Iterable[Role | str]) -> frozenset[Role]:
    return frozenset(_roles(value))


def _role_pairs(value: Iterable[tuple[Role | str, Role | str]]) -> tuple[tuple[Role, Role], ...]:
    return tuple((Role.from_label(a), Role.from_label(b)) for a, b in value)


def _role_groups(value: Iterable[Iterable[Role | str]]) -> tuple[frozenset[Role], ...]:
    groups = tuple(_frozen_roles(g) for g in value)
    if any(len(g) < 2 for g in groups):
        raise InvalidInput(f"an any-of group names at least two roles; got {groups!r}")
    return groups


@attrs.frozen(kw_only=True)
class Rule:
    """What every rule has: an id, its citations, the phrase it encodes, and what it overrides."""

    id: str
    cite: tuple[Citation, ...] = attrs.field(converter=_cites)
    quote: str = ""
    overrides: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    interpretation: str | None = None
    hedge: bool | None = None
    note: str = ""  # what the text leaves open, said in every explanation that applies the rule (Chinese)

    kind_label: ClassVar[str] = "规则"

    @property
    def hedged(self) -> bool:
        """Whether the text states this rule as a norm with room for departures (原则上, 一般应, 一般由 …):
        a breach is then a warning. `hedge` declares it; by default it is read from `quote`."""
        return is_hedged(self.quote) if self.hedge is None else self.hedge

    @property
    def citation(self) -> Citation:
        """The first (principal) citation."""
        return self.cite[0]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of this rule."""
        return self.cite

    def outcome(self) -> tuple[object, ...]:
        """What the rule decides; two applicable rules with different outcomes conflict."""
        return ()

    def condition(self) -> Condition | None:
        """The condition under which this rule applies, if it has one."""
        return None


class AlternateBasis(LabeledEnum):
    """Why someone other than the signer may sign."""

    AUTHORIZATION = "授权"
    ABSENCE = "缺席时代行"
    EMERGENCY = "紧急情况"
    NECESSITY = "必要时"
    AB_PAIR = "AB角互为代理"


def _basis(value: AlternateBasis | str) -> AlternateBasis:
    return AlternateBasis.from_label(value)


@attrs.frozen
class Alternate:
    """Who may sign (or preside) instead, and on what basis (授权, 缺席, 紧急, 必要时).

    `granted_by`: who may give the authorization (「经区长或副区长授权」: any one of them); empty means
    whoever the rule names as signer (any of its `signers`).
    """

    role: Role = attrs.field(converter=_role)
    basis: AlternateBasis = attrs.field(converter=_basis)
    granted_by: tuple[Role, ...] = attrs.field(default=(), converter=_roles)


@attrs.frozen(kw_only=True)
class SigningRule(Rule):
    """Documents matching `when` are signed (签发) by `signer`, after `reviewers` in order.

    `signer=Role.MEETING_CHAIR` means whoever presided over the meeting the document records.
    `or_signers`: where the text names alternatives (「由区长或分管副区长签发」), the others, each of whom
    may sign in their own right; `signers` is all of them, `signer` first. `alternates` may sign only
    on a stated basis (授权, 缺席 ...). `review_alternatives`: (step, role) pairs, where a review step
    may be taken by another named role instead (「由联系副主任或分管文秘工作的副主任核稿」).
    """

    when: DocumentIs
    signer: Role = attrs.field(converter=_role)
    or_signers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    reviewers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    review_alternatives: tuple[tuple[Role, Role], ...] = attrs.field(default=(), converter=_role_pairs)
    alternates: tuple[Alternate, ...] = attrs.field(default=(), converter=_alternates)
    circle_means_consent: bool | None = None

    kind_label: ClassVar[str] = "签发"

    @property
    def signers(self) -> tuple[Role, ...]:
        """Every role that may sign in its own right: `signer`, then `or_signers`."""
        return (self.signer, *(r for r in self.or_signers if r is not self.signer))

    def outcome(self) -> tuple[object, ...]:
        return (self.signer, self.or_signers, self.reviewers, self.review_alternatives)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class CountersignRule(Rule):
    """Documents matching `when` are countersigned (会签) by these roles; adds to the signing rule."""

    when: DocumentIs
    countersigners: tuple[Role, ...] = attrs.field(converter=_roles)

    kind_label: ClassVar[str] = "会签"

    def outcome(self) -> tuple[object, ...]:
        return (self.countersigners,)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class ApprovalRule(Rule):
    """Documents matching `when`, received for approval (呈批: a department's or township's request), are
    approved (批示, 审批) by `approver` (`Role.DEPUTY`: the leader in charge by portfolio), or by any of
    `or_approvers` where the text names alternatives.

    `opinion_required`: the approver must write an explicit opinion (签署明确意见); `circle_means_consent`:
    circling it (圈阅) counts as consent. A text may say either, or neither (None).
    """

    when: DocumentIs
    approver: Role = attrs.field(converter=_role)
    or_approvers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    opinion_required: bool | None = None
    circle_means_consent: bool | None = None
    read_only: bool = False  # the leader reads it (阅知: 报告性公文), nothing is approved

    kind_label: ClassVar[str] = "审批"

    @property
    def approvers(self) -> tuple[Role, ...]:
        """Every role that may approve (「由A或B审批」: any one of them), `approver` first."""
        return (self.approver, *(r for r in self.or_approvers if r is not self.approver))

    def outcome(self) -> tuple[object, ...]:
        return (self.approver, self.or_approvers, self.opinion_required, self.circle_means_consent, self.read_only)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class SealRule(Rule):
    """Documents matching `when` bear this seal (用印), used with the consent of any one of `approvers`
    (「须经区长、副区长……同意方可用印」), or of an alternate on a stated basis (「或区长授权区政府办公室主任」)."""

    when: DocumentIs
    seal: str
    approvers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    alternates: tuple[Alternate, ...] = attrs.field(default=(), converter=_alternates)

    kind_label: ClassVar[str] = "用印"

    def outcome(self) -> tuple[object, ...]:
        return (self.seal, self.approvers, self.alternates)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class DeadlineRule(Rule):
    """A named period (DESIGN.md's deadline ids): from `anchor` (an event), `action` is due."""

    period: Period
    anchor: str
    action: str
    variants: Mapping[str, Period] = attrs.field(factory=dict, converter=_proxy)

    kind_label: ClassVar[str] = "时限"

    def outcome(self) -> tuple[object, ...]:
        return (self.period, tuple(sorted(self.variants.items())))


@attrs.frozen(kw_only=True)
class LeaveRule(Rule):
    """Requests matching `when`: who approves (in order), who is told (报备), lead time, reasons.

    `lead_time` is a stated amount (提前3天); `in_advance` is 事先/提前 with no amount: the amount is
    unknown, but a request made after the absence began (after the meeting) is late under any reading.
    """

    when: LeaveIs
    approvers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    notify: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    lead_time: Period | None = None
    in_advance: bool = False
    reasons: frozenset[AbsenceReason] | None = attrs.field(default=None, converter=_reason_set)
    substitute_required: bool = False

    kind_label: ClassVar[str] = "请假"

    def outcome(self) -> tuple[object, ...]:
        return (self.approvers, self.notify, self.lead_time, self.in_advance, self.reasons, self.substitute_required)

    def condition(self) -> LeaveIs:
        return self.when


@attrs.frozen(kw_only=True)
class MeetingRule(Rule):
    """Who a meeting is composed of, who sits in (列席), who convenes and presides.

    - `members`: each must attend or be excused (请假); the presider counts as attending.
    - `any_of`: groups of which one member suffices (「区政府办公室主任或相关副主任」).
    - `optional_members`: attend as the matter requires (有关/相关 ...): allowed, not required.
    - `non_voting`: standing observers (固定列席), expected like members; `optional_non_voting`: may sit in.
    - `organisers`: staff of the office that organises the meeting (会议组织工作由政府办公室负责): they may
      attend the meetings their office organises, and need not.
    - `presiders`: who may preside; `presider_alternates`: who may preside only on a stated basis
      (`ABSENCE`: 市长不在时 — not while the one they stand in for attends).
    - `max_assistants`: assistants for the whole meeting; `assistants_per_reporting_unit`: per unit
      reporting on an agenda item (「议题汇报单位负责同志可带1名助手」).
    """

    meeting: MeetingKind = attrs.field(converter=_meeting_kind)
    members: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)
    any_of: tuple[frozenset[Role], ...] = attrs.field(default=(), converter=_role_groups)
    optional_members: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)
    non_voting: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)
    optional_non_voting: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)
    organisers: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)
    convener: Role | None = attrs.field(default=None, converter=_opt_role)
    presiders: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    presider_alternates: tuple[Alternate, ...] = attrs.field(default=(), converter=_alternates)
    max_assistants: int | None = None
    assistants_per_reporting_unit: int | None = None

    kind_label: ClassVar[str] = "会议组成"

    @property
    def allowed(self) -> frozenset[Role]:
        """Every role that may attend or sit in."""
        groups = frozenset().union(*self.any_of) if self.any_of else frozenset()
        presiding = frozenset(self.presiders) | frozenset(a.role for a in self.presider_alternates)
        return (self.members | groups | self.optional_members | self.non_voting | self.optional_non_voting
                | self.organisers | presiding)  # fmt: skip

    @property
    def composed(self) -> bool:
        """Whether the text names who attends (else attendance is open: 参加会议人员根据需要确定)."""
        return bool(self.members or self.any_of or self.optional_members or self.non_voting or self.optional_non_voting)

    def outcome(self) -> tuple[object, ...]:
        return (
            self.members,
            self.any_of,
            self.optional_members,
            self.non_voting,
            self.optional_non_voting,
            self.organisers,
            self.convener,
            self.presiders,
            self.presider_alternates,
            self.max_assistants,
            self.assistants_per_reporting_unit,
        )


class _Freq(LabeledEnum):
    WEEK = "每周"
    MONTH = "每月"
    QUARTER = "每季度"
    HALF_YEAR = "每半年"
    YEAR = "每年"


def _freq(value: _Freq | str) -> _Freq:
    return _Freq.from_label(value)


@attrs.frozen
class Rhythm:
    """How often a meeting is held: `times` per `per` (原则上每月召开1次 -> Rhythm(1, "MONTH"))."""

    times: int
    per: _Freq = attrs.field(converter=_freq)

    def describe(self) -> str:
        """'每月1次'."""
        return f"{self.per.label}{self.times}次"


@attrs.frozen(kw_only=True)
class RhythmRule(Rule):
    """How often a kind of meeting is held."""

    meeting: MeetingKind = attrs.field(converter=_meeting_kind)
    rhythm: Rhythm

    kind_label: ClassVar[str] = "会议频次"

    def outcome(self) -> tuple[object, ...]:
        return (self.rhythm,)


class AgendaRequirement(LabeledEnum):
    """Conditions an agenda item must meet to be taken (议题 eligibility)."""

    DEPUTY_PRESENT_OR_OPINION = "分管领导出席或书面意见"
    REPORTING_HEAD_PRESENT = "汇报部门主要负责人出席"
    MATERIALS_IN_TIME = "材料按时报送"
    NOT_THREE_MAJORS = "不得决定三重一大事项"


def _requirement(value: AgendaRequirement | str) -> AgendaRequirement:
    return AgendaRequirement.from_label(value)


@attrs.frozen(kw_only=True)
class AgendaRule(Rule):
    """Agenda items of these meetings are taken only when `requirement` holds.

    `MATERIALS_IN_TIME` needs `lead_time`: the materials are due that long before the meeting
    (会前5个工作日), or `in_advance`: 会前 with no amount, so that materials after the meeting day are
    late under any reading; an item whose `materials_submitted_on` is later breaches it.
    """

    meetings: frozenset[MeetingKind] = attrs.field(converter=_meeting_set)
    requirement: AgendaRequirement = attrs.field(converter=_requirement)
    lead_time: Period | None = None
    in_advance: bool = False

    kind_label: ClassVar[str] = "议题"

    def __attrs_post_init__(self) -> None:
        if self.requirement is AgendaRequirement.MATERIALS_IN_TIME and self.lead_time is None and not self.in_advance:
            raise InvalidInput(
                f"agenda rule {self.id!r}: materials in time needs a lead_time (会前N个工作日) or in_advance (会前)"
            )

    def outcome(self) -> tuple[object, ...]:
        return (self.requirement, self.lead_time, self.in_advance)


@attrs.frozen(kw_only=True)
class Duty(Rule):
    """An operative provision no engine checks mechanically (职责, 分工, 程序): recorded with its text."""

    who: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    summary: str

    kind_label: ClassVar[str] = "职责"


@attrs.frozen
class Conflict:
    """Two rules that can apply to the same situation with different outcomes, and no precedence."""

    first: str
    second: str
    reason: str


# -- the ruleset -----------------------------------------------------------------------------------


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
    non_operative: Mapping[int, str] = attrs.field(factory=dict, converter=_proxy)
    document_number: str | None = None
    changes: Mapping[str, str] = attrs.field(factory=dict, converter=_proxy)
    _index: Mapping[str, Rule] = attrs.field(init=False, repr=False, eq=False)
    _by_type: Mapping[type, tuple[Rule, ...]] = attrs.field(init=False, repr=False, eq=False)
    _overridden: Mapping[str, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    version: str = attrs.field(init=False, eq=False)
    # Pure-function results per situation (which rules apply), bounded; never changes an answer.
    _memo: dict[Hashable, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Rule] = {}
        for r in self.rules:
            if r.id in index:
                raise InvalidInput(f"ruleset {self.id}: rule id {r.id!r} is declared twice")
            index[r.id] = r
        numbers = {a.number for a in self.articles}
        annexes = {a.number: a for a in self.annexes}
        for r in self.rules:
            for c in r.cite:
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
        digest = hashlib.sha256(repr(sorted((r.id, _canonical(r)) for r in self.rules)).encode()).hexdigest()
        object.__setattr__(self, "version", digest[:12])

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
        except KeyError:
            raise RuleNotDefined(f"{self.id} ({self.title}) has no rule {rule_id!r}") from None

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

        Memoised per situation (`key`, or the subject itself): rulesets are immutable.
        """
        k = (kind, subject if key is None else key)
        hit: tuple[tuple[R, ...], tuple[R, ...]] | None = self._memo.get(k)
        if hit is None:
            candidates = self._candidates(kind, getattr(subject, "kind", None))
            applicable = tuple(r for r in candidates if (c := r.condition()) is None or c.holds(subject))
            hit = (applicable, self.prevailing(applicable))
            _remember(self._memo, k, hit)
        return hit

    def _candidates(self, kind: type[R], subject_kind: object) -> tuple[R, ...]:
        """The rules of `kind` whose condition allows a subject of this kind (document or leave kind)."""
        k = ("candidates", kind, subject_kind)
        hit: tuple[R, ...] | None = self._memo.get(k)
        if hit is None:
            hit = tuple(
                r
                for r in self.rules_of(kind)
                if (c := r.condition()) is None
                or (allowed := getattr(c, "kind", None)) is None
                or subject_kind in allowed
            )
            _remember(self._memo, k, hit)
        return hit

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, remembered under `key` for this ruleset (for pure functions of the ruleset only)."""
        memo = self._memo
        hit: T | None = memo.get(key, _MISSING)
        if hit is _MISSING:
            hit = compute()
            _remember(memo, key, hit)
        return hit  # type: ignore[return-value]

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
        # Leave and countersign rules are cumulative (every applicable one adds), so they cannot conflict.
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

    def parse_role(self, text: Role | str) -> Role:
        """A role from this text's own name for it (区长), a generic label, or a member name."""
        if isinstance(text, Role):
            return text
        for role, name in self.role_names.items():
            if name == text.strip():
                return role
        return Role.from_label(text)

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


_MEMO_LIMIT = 50_000


def _remember(memo: dict[Hashable, Any], key: Hashable, value: object) -> None:
    """Remember `value`; a full memo starts again empty, so a long run stays bounded and keeps its speed."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value


#: 原则上 anywhere; 一般 where it qualifies the verb (一般应, 一般由, 一般每, 一般在 …), not where it
#: qualifies a noun (一般事项, 一般报告性公文, 一般性文件): DESIGN.md, "Reading the texts".
_HEDGE = re.compile(r"原则上|一般(?:情况下|应当|应|由|每|在|于|要|须|需|不|可|为|以|是|提前|只|安排|控制|召开|按|实行)")


def is_hedged(quote: str) -> bool:
    """Whether a phrase is a hedged norm (原则上…, 一般应…) rather than a strict one."""
    return _HEDGE.search(quote) is not None


_ITEM_LINE = re.compile(r"^（?[一二三四五六七八九十]+）")
_MISSING: Any = object()


def _canonical(value: object) -> object:
    """A representation independent of hash order, for content hashes (frozensets sorted)."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            tuple((f.name, _canonical(getattr(value, f.name))) for f in attrs.fields(type(value)) if f.eq),  # type: ignore[arg-type]
        )
    if isinstance(value, (frozenset, set)):
        return ("set", tuple(sorted((_canonical(v) for v in value), key=repr)))
    if isinstance(value, Mapping):
        return ("map", tuple(sorted(((_canonical(k), _canonical(v)) for k, v in value.items()), key=repr)))
    if isinstance(value, tuple):
        return tuple(_canonical(v) for v in value)
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


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
