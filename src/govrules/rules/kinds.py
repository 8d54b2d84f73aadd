"""The kinds of rule a ruleset declares, each with its citations, and how a hedge is read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import ClassVar

import attrs

from govrules.errors import InvalidInput
from govrules.labels import LabeledEnum
from govrules.model import (
    AbsenceReason,
    LeaveKind,
    MeetingKind,
    Role,
)
from govrules.periods import Period
from govrules.rules.citations import Citation
from govrules.rules.conditions import (
    Condition,
    DocumentIs,
    LeaveIs,
    _meeting_kind,
    _meeting_set,
    _proxy,
    _reason_set,
)


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


def _id_set(value: str | Iterable[str]) -> frozenset[str]:
    return frozenset(_ids(value))


def _stage_orders(value: Iterable[Iterable[Iterable[Role | str]]]) -> tuple[tuple[frozenset[Role], ...], ...]:
    orders = tuple(tuple(_frozen_roles(stage) for stage in order) for order in value)
    if any(len(order) < 2 or not all(order) for order in orders):
        raise InvalidInput(
            f"an approval order has at least two stages, each naming a role; got {orders!r}",
            zh="审批顺序（approval_orders）每一顺序至少两步，每步至少一个角色",
        )
    for order in orders:
        seen: set[Role] = set()
        for stage in order:
            twice = seen & stage
            if twice:
                names = "、".join(r.label for r in sorted(twice, key=lambda r: r.name))
                raise InvalidInput(
                    f"an approval order names a role in two of its stages: {', '.join(r.name for r in twice)}",
                    zh=f"审批顺序（approval_orders）中，{names}出现在同一顺序的两步之中",
                )
            seen |= stage
    _no_contradiction(orders)
    return orders


def _no_contradiction(orders: tuple[tuple[frozenset[Role], ...], ...]) -> None:
    """Refuse orders that no sequence of approvals can satisfy together (A before B in one, B before A in
    another, or a longer cycle): every record would then be a breach."""
    before: dict[Role, set[Role]] = {}
    for order in orders:
        for i, stage in enumerate(order):
            for later in order[i + 1 :]:
                for a in stage:
                    before.setdefault(a, set()).update(later)
    done: set[Role] = set()

    def visit(role: Role, path: tuple[Role, ...]) -> None:
        if role in path:
            cycle = (*path[path.index(role) :], role)
            raise InvalidInput(
                "approval orders contradict one another: " + " before ".join(r.name for r in cycle),
                zh="审批顺序（approval_orders）相互矛盾：" + "先于".join(r.label for r in cycle),
            )
        if role in done:
            return
        for nxt in before.get(role, ()):
            visit(nxt, (*path, role))
        done.add(role)

    for role in list(before):
        visit(role, ())


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
    whoever the rule names as signer (any of its `signers`). `terms`: the circumstance and act as the text
    words them (「区长外出期间，受区长委托」), said in explanations instead of the basis's label; what the
    engines check is still the basis. `named`: who, as the text names them where that is not the role's name in
    this text (「县长授权副县长」: any 副县长, where the text's DEPUTY is the 分管副县长), said in explanations.
    """

    role: Role = attrs.field(converter=_role)
    basis: AlternateBasis = attrs.field(converter=_basis)
    granted_by: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    terms: str = ""
    named: str = ""


@attrs.frozen(kw_only=True)
class SigningRule(Rule):
    """Documents matching `when` are signed (签发) by `signer`, after `reviewers` in order.

    `signer=Role.MEETING_CHAIR` means whoever presided over the meeting the document records.
    `or_signers`: where the text names alternatives (「由区长或分管副区长签发」), the others, each of whom
    may sign in their own right; `signers` is all of them, `signer` first. `alternates` may sign only
    on a stated basis (授权, 缺席 ...). `review_alternatives`: (step, role) pairs, where a review step
    may be taken by another named role instead (「由联系副主任或分管文秘工作的副主任核稿」).
    `reviewers_in_order`: False where the text lists the reviews without fixing their order (「经A、B审核后」
    with no 依次/逐级): each must come before the signature, in any order. `verb`: the text's word for the act
    (签发, or 签署 where the text says 「由区长签署」), used in explanations and breaches.
    `reviews_unless_signing`: roles each of whom must act on the document whoever signs it: by signing it, or,
    when another of the `signers` (or an alternate) signs, by reviewing it before the signature (「由主持人签发，
    涉及重大事项报区长审定」 where the 区长 may sign after the chair: the chair must then have reviewed it).
    `Role.MEETING_CHAIR` there is whoever presided; a document with no presider on record leaves it unchecked.
    `reviewer_cites`: (role, citation) pairs, where a review step is required by an article other than the
    rule's first (东川 三十一 the 司法局's 合法性审核 beside 三十三's signature; district-xx 五十九 the 区政府办公室's
    审理 beside 六十一): a missing review of such a role is a breach of that article, cited to it. Default: none,
    every missing review cited to the rule's first citation.
    """

    when: DocumentIs
    signer: Role = attrs.field(converter=_role)
    or_signers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    reviewers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    review_alternatives: tuple[tuple[Role, Role], ...] = attrs.field(default=(), converter=_role_pairs)
    alternates: tuple[Alternate, ...] = attrs.field(default=(), converter=_alternates)
    circle_means_consent: bool | None = None
    reviewers_in_order: bool = True
    verb: str = "签发"
    reviews_unless_signing: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    reviewer_cites: tuple[tuple[Role, Citation], ...] = ()

    kind_label: ClassVar[str] = "签发"

    @property
    def signers(self) -> tuple[Role, ...]:
        """Every role that may sign in its own right: `signer`, then `or_signers`."""
        return (self.signer, *(r for r in self.or_signers if r is not self.signer))

    def outcome(self) -> tuple[object, ...]:
        return (
            self.signer,
            self.or_signers,
            self.reviewers,
            self.review_alternatives,
            self.reviewers_in_order,
            self.reviews_unless_signing,
        )

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class CountersignRule(Rule):
    """Documents matching `when` are countersigned (会签) by these roles; adds to the signing rule.

    `alternates`: who may countersign instead of them on a stated basis (「如有必要,可由区长或分管副区长会签」):
    a countersignature by any one of them stands for the rule's countersigners.
    """

    when: DocumentIs
    countersigners: tuple[Role, ...] = attrs.field(converter=_roles)
    alternates: tuple[Alternate, ...] = attrs.field(default=(), converter=_alternates)

    kind_label: ClassVar[str] = "会签"

    def outcome(self) -> tuple[object, ...]:
        return (self.countersigners, self.alternates)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class ReviewRule(Rule):
    """Documents matching `when` are reviewed by `reviewers` before they are signed, whichever signing rule says
    who signs them; adds to that rule's reviews as a `CountersignRule` adds countersigners (西丰 第二十一条第二款
    「以县政府和县政府办公室名义制定的行政规范性文件,由县司法局负责合法性审查」).

    The text names the review apart from the signing chain, and so does not place it in that chain's order: each
    of `reviewers` must review the document before the signature, in any order with the other reviews
    (`SigningDecision.unordered_reviewers`). A missing review is a breach of this rule's article. `act`: the
    text's word for the review (合法性审查), said in explanations and breaches. A what-if may leave `reviewers`
    empty: the rule then adds nothing.
    """

    when: DocumentIs
    reviewers: tuple[Role, ...] = attrs.field(converter=_roles)
    act: str = "审核"

    kind_label: ClassVar[str] = "审核"

    def outcome(self) -> tuple[object, ...]:
        return (self.reviewers, self.act)

    def condition(self) -> DocumentIs:
        return self.when


@attrs.frozen(kw_only=True)
class ApprovalRule(Rule):
    """Documents matching `when`, received for approval (呈批: a department's or township's request), are
    approved (批示, 审批) by `approver` (`Role.DEPUTY`: the leader in charge by portfolio), or by any of
    `or_approvers` where the text names alternatives.

    `opinion_required`: the approver must write an explicit opinion (签署明确意见); `circle_means_consent`:
    circling it (圈阅) counts as consent. A text may say either, or neither (None). `opinion_cite`: the
    article that requires the opinion, where it is not the rule's first citation (a breach cites it).
    """

    when: DocumentIs
    approver: Role = attrs.field(converter=_role)
    or_approvers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    opinion_required: bool | None = None
    circle_means_consent: bool | None = None
    read_only: bool = False  # the leader reads it (阅知: 报告性公文), nothing is approved
    opinion_cite: Citation | None = None

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
class RoutingRule(Rule):
    """Documents matching `when` may not be sent so (行文规则): 「区政府议事协调机构…不得直接向区政府报送公文」.
    A document of it is a breach whoever signs it; `forbidden` is the text's words for what may not be done,
    `instead` what it says to do instead (「确需向区政府请示报告的,应当由其主管部门向区政府报文」), empty where
    it says nothing. Only a prohibition without a condition a record cannot show belongs here: 「未经区政府批准,
    …不得…」 depends on an approval no record holds, and is a `Duty`."""

    when: DocumentIs
    forbidden: str
    instead: str = ""

    kind_label: ClassVar[str] = "行文规则"

    def __attrs_post_init__(self) -> None:
        for name in ("forbidden", "instead"):
            if not isinstance(getattr(self, name), str):
                raise InvalidInput(
                    f"routing rule {self.id!r}: {name} is text; got {getattr(self, name)!r}",
                    zh=f"行文规则 {self.id}：{name} 应为文字，而给出的是 {getattr(self, name)!r}",
                )
        if not self.forbidden.strip():
            raise InvalidInput(
                f"routing rule {self.id!r}: forbidden says, in the text's words, what may not be done",
                zh=f"行文规则 {self.id}：forbidden 须以条文原话写明不得如何行文",
            )

    def outcome(self) -> tuple[object, ...]:
        return (self.forbidden, self.instead)

    def condition(self) -> DocumentIs:
        return self.when

    def message(self) -> str:
        """The breach in the text's words: what may not be done, and what to do instead (Chinese)."""
        return self.forbidden + (f"；{self.instead}" if self.instead else "")


#: A variant as a refusal offers it (`DeadlineRule.variants_said`): its id with the text's word in brackets.
_OFFERED = re.compile(r"(?P<id>[^（(]+?)\s*[（(](?P<word>[^（）()]+)[）)]")


@attrs.frozen(kw_only=True)
class DeadlineRule(Rule):
    """A named period (DESIGN.md's deadline ids): from `anchor` (an event), `action` is due.

    `documents`: where the text binds the period to some documents only (「以区政府或区政府办公室名义印发的文件」),
    the documents it binds; the audit checks a document record's dates against it only when the record's
    document meets it. None: every document.
    `meetings`: where the text times the act for some kinds of meeting only (「全体会议和常务会议…会议结束后
    5个工作日内」), those kinds: the audit does not check a record of another kind of meeting (or a document
    adopted at one) against it, and counts one whose meeting is not on record as not checked. None: any.
    `unhedged_variants`: variants whose period the text's hedge does not govern (「一般应在3个工作日内回复,
    特别复杂的事项不得超过一周」: the week is a ceiling); their explanation says no 「一般」. Empty: the hedge,
    if any, governs all.
    `variant_names`: the text's words for a variant, each with the variant's id (「特别复杂」: `complex`), so that a
    variant may be given as the text names it (`deadlines.variant_id`), a word also with the 的 that closes it as a
    case (「有重大修改意见需要协调的」, as the explanation says it). Empty: by id only.
    """

    period: Period
    anchor: str
    action: str
    variants: Mapping[str, Period] = attrs.field(factory=dict, converter=_proxy)
    documents: DocumentIs | None = None
    meetings: frozenset[MeetingKind] | None = attrs.field(default=None, converter=_meeting_set)
    unhedged_variants: frozenset[str] = attrs.field(default=frozenset(), converter=_id_set)
    variant_names: Mapping[str, str] = attrs.field(factory=dict, converter=_proxy)

    def __attrs_post_init__(self) -> None:
        for field, named in (
            ("unhedged_variants", self.unhedged_variants),
            ("variant_names", self.variant_names.values()),
        ):
            unknown = sorted(set(named) - set(self.variants))
            if unknown:
                raise InvalidInput(
                    f"{self.id}: {field} names no variant of the rule: {', '.join(map(str, unknown))}",
                    zh=f"{self.id}：{field} 中的 {'、'.join(map(str, unknown))} 不是该时限的情形（variants）",
                )

    def variant_named(self, variant: str) -> str:
        """The id of the variant `variant` names: itself, or the variant the text's word for it names
        (`variant_names`), or both as a refusal offers them (「complex（特别复杂）」, `variants_said`); as given where
        it names none (refused then by whoever looks it up)."""
        word = variant.strip()
        if word in self.variant_names:
            return self.variant_names[word]
        if word.endswith("的") and word[:-1] in self.variant_names:  # 「有重大修改意见需要协调的」, as the text and the
            return self.variant_names[word[:-1]]  # explanation (`deadlines._variant_phrase`) write the case
        offered = _OFFERED.fullmatch(word)
        if (
            offered
            and offered["id"] in self.variants
            and self.variant_names.get(offered["word"].strip()) == offered["id"]
        ):
            return offered["id"]
        return variant

    def variants_said(self) -> str:
        """The variants a refusal offers, in Chinese: each id with the text's word for it (「complex（特别复杂）」),
        so that a user is offered the word the text writes as well as the id; 「无」 where there are none."""
        said: dict[str, str] = {}
        for name, vid in self.variant_names.items():
            said.setdefault(vid, name)  # the first word declared, the text's own
        return "、".join(f"{v}（{said[v]}）" if v in said else v for v in self.variants) or "无"

    def variants_said_en(self) -> str:
        """`variants_said` in English: each id with the text's word (「complex (特别复杂)」); 'none' where none."""
        said: dict[str, str] = {}
        for name, vid in self.variant_names.items():
            said.setdefault(vid, name)
        return ", ".join(f"{v} ({said[v]})" if v in said else v for v in self.variants) or "none"

    kind_label: ClassVar[str] = "时限"

    def outcome(self) -> tuple[object, ...]:
        return (self.period, tuple(sorted(self.variants.items())), self.documents, self.meetings)


@attrs.frozen(kw_only=True)
class LeaveRule(Rule):
    """Requests matching `when`: who approves (in order), who is told (报备), lead time, reasons.

    `lead_time` is a stated amount (提前3天); `in_advance` is 事先/提前 with no amount: the amount is
    unknown, but a request made after the absence began (after the meeting) is late under any reading.
    `approvers_in_order`: False where the text lists those asked without fixing an order (「向市长、分管市长请假」,
    「向市委书记和省政府办公厅请假」): each must approve, in any order, and another's approval besides is no breach.
    `approval_orders`: where the text orders some approvals and not others (「报A并报B、C审核后…报D审批」), the
    stages it does order (each stage a set acting in any order); each must approve, every stated order holds.

    `notify_verb` is the text's words for telling those in `notify`, a pattern with ``{}`` where their names
    go (「向{}报告」, 「报{}备案」, 「向{}报备」): one for all of them, or one per role of `notify`, in its order;
    one per role may name its role in the text's own words, without ``{}`` (西丰 六十七 「由县政府办公室通报县政府
    其他领导同志」, where 其他 falls inside the role's name). Empty: no word recorded, and the engines say
    报…备案（报告）.
    """

    when: LeaveIs
    approvers: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    notify: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    notify_verb: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    lead_time: Period | None = None
    in_advance: bool = False
    reasons: frozenset[AbsenceReason] | None = attrs.field(default=None, converter=_reason_set)
    substitute_required: bool = False
    #: Whether the text orders the approvals (「经A同意后报B批准」, 「逐级报」): False where it names them
    #: together with no order (「向县长和分管副县长请假」), so that any order on record is theirs.
    approvers_in_order: bool = True
    #: Where the text orders only some approvals (「报A并报B、C审核后…报D审批」), the orders it does state: each a
    #: sequence of stages, each stage a set of approvers who act in any order among themselves, every stage's
    #: approvals before the next stage's; every order must hold. An approver in no stage may act at any point,
    #: and another's approval besides is no breach. Each role of a stage is one of `approvers`. Empty (the
    #: default): the order is `approvers_in_order`'s.
    approval_orders: tuple[tuple[frozenset[Role], ...], ...] = attrs.field(default=(), converter=_stage_orders)
    #: The article's own word for a kind of leave of the persons it covers, where it is not the text's usual
    #: word (`Ruleset.leave_kind_names`): 咸阳 六十五 ¶1 says 出差 of the 市长 where ¶2 says 离咸外出 of the
    #: department heads; 东川 第四十四条 says 外出 of the department and township heads. Explanations say a
    #: kind by the first applied rule's word for it (`Ruleset.leave_word`). Empty (the default): the usual word.
    kind_words: Mapping[LeaveKind, str] = attrs.field(factory=dict, converter=_proxy, eq=False)

    kind_label: ClassVar[str] = "请假"

    @notify_verb.validator
    def _check_notify_verb(self, _: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if any(v.count("{}") > 1 or v.replace("{}", "").count("{") or v.replace("{}", "").count("}") for v in value):
            raise InvalidInput(f"leave rule {self.id!r}: each notify_verb has one {{}} for the names; got {value!r}")
        if len(value) > 1 and len(value) != len(self.notify):
            raise InvalidInput(
                f"leave rule {self.id!r}: one notify_verb, or one per notified role ({len(self.notify)}); got {value!r}"
            )
        if any("{}" not in v for v in value) and len(value) != len(self.notify):
            raise InvalidInput(
                f"leave rule {self.id!r}: a notify_verb without {{}} names its one role in the text's words, so there"
                f" is one per notified role ({len(self.notify)}); got {value!r}"
            )

    @approval_orders.validator
    def _check_approval_orders(
        self, _: attrs.Attribute[object], value: tuple[tuple[frozenset[Role], ...], ...]
    ) -> None:
        staged = frozenset().union(*(stage for order in value for stage in order)) if value else frozenset()
        if not staged <= set(self.approvers):
            raise InvalidInput(
                f"leave rule {self.id!r}: approval_orders name roles not in approvers: "
                f"{sorted(r.name for r in staged - set(self.approvers))!r}"
            )

    def notify_verb_for(self, role: Role) -> str | None:
        """The text's words for telling `role` (a pattern with {}), or None where none is recorded."""
        if not self.notify_verb:
            return None
        if len(self.notify_verb) == 1:
            return self.notify_verb[0]
        return self.notify_verb[self.notify.index(role)]

    def outcome(self) -> tuple[object, ...]:
        # wording (`notify_verb`) decides nothing: two rules worded differently do not conflict
        return (
            self.approvers,
            self.notify,
            self.lead_time,
            self.in_advance,
            self.reasons,
            self.substitute_required,
            self.approvers_in_order,
            self.approval_orders,
        )

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
    - `convened_as_presided`: the text names who convenes (召集) the meeting with who presides (「由市长或市长委托
      常务副市长召集和主持」, 「由市长召集」): one who convened it (a record's `convened_by`) must be one who may
      preside (`presiders`, their alternates, `convener`). False where the text says only who presides or
      holds it (主持, 主持召开): who convened is then not checked. `convener` alone is descriptive.
    - `max_assistants`: assistants for the whole meeting; `assistants_per_reporting_unit`: per unit
      reporting on an agenda item (「议题汇报单位负责同志可带1名助手」).
    - `assistants_cite`: the article that limits the assistants, where it is not the rule's first citation
      (崆峒 第四十六条第二款 beside 第四十二条): a breach of the limit cites it. None: the rule's citation.
    - `max_leaders`: how many of the `leaders` (roles, each counted once: the record names roles, not people)
      may attend, the presider among them (「原则上只安排一名领导出席会议,其他领导不陪会」, 咸阳 四十七); None: not
      limited.
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
    assistants_cite: Citation | None = None
    convened_as_presided: bool = False
    max_leaders: int | None = None
    leaders: frozenset[Role] = attrs.field(default=frozenset(), converter=_frozen_roles)

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
            self.convened_as_presided,
            self.max_leaders,
            self.leaders,
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

    `drops_item`: a breach keeps the item off the meeting's agenda (`items_not_taken`); False where the
    text states the requirement but no such consequence: the breach is reported and the item is taken.
    """

    meetings: frozenset[MeetingKind] = attrs.field(converter=_meeting_set)
    requirement: AgendaRequirement = attrs.field(converter=_requirement)
    lead_time: Period | None = None
    in_advance: bool = False
    drops_item: bool = True

    kind_label: ClassVar[str] = "议题"

    def __attrs_post_init__(self) -> None:
        if self.requirement is AgendaRequirement.MATERIALS_IN_TIME and self.lead_time is None and not self.in_advance:
            raise InvalidInput(
                f"agenda rule {self.id!r}: materials in time needs a lead_time (会前N个工作日) or in_advance (会前)"
            )

    def outcome(self) -> tuple[object, ...]:
        return (self.requirement, self.lead_time, self.in_advance, self.drops_item)


@attrs.frozen(kw_only=True)
class Duty(Rule):
    """An operative provision no engine checks mechanically (职责, 分工, 程序): recorded with its text."""

    who: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    summary: str

    kind_label: ClassVar[str] = "职责"


@attrs.frozen(kw_only=True)
class RoleIncludes(Rule):
    """A role the text names that takes in others (角色范围): where a rule names `role` as the one who signs,
    reviews, countersigns, approves, consents to a seal's use, presides, or may attend, a holder of any role
    of `includes` may act as it. The 常务副区长 is one of the 副区长, so he may be the 分管副区长 of a matter:
    a signature of his where the 分管副区长 signs is no breach (which deputy is in charge of a matter is not
    in a document's record; a roster says it).

    It makes no one *required*: a member, standing observer or countersigner named by `role` is missing
    unless `role` itself attends or acts. Nor does it change which rules apply to a person's own leave:
    a leave rule names the roles it covers. `Ruleset.acts_as` reads it; no engine names a role it covers."""

    role: Role = attrs.field(converter=_role)
    includes: tuple[Role, ...] = attrs.field(converter=_roles)

    kind_label: ClassVar[str] = "角色范围"

    def __attrs_post_init__(self) -> None:
        if not self.includes or self.role in self.includes:
            raise InvalidInput(
                f"role rule {self.id!r}: `includes` must name at least one role other than {self.role.label}"
            )

    def outcome(self) -> tuple[object, ...]:
        return (self.role, self.includes)


@attrs.frozen
class Conflict:
    """Two rules that can apply to the same situation with different outcomes, and no precedence."""

    first: str
    second: str
    reason: str


#: 原则上 anywhere; 一般 where it qualifies the verb (一般应, 一般由, 一般每, 一般在 …), not where it
#: qualifies a noun (一般事项, 一般报告性公文, 一般性文件): DESIGN.md, "Reading the texts". Compiled on first use
#: (`re` keeps it), not at start-up.
_HEDGE = r"原则上|一般(?:情况下|应当|应|由|每|在|于|要|须|需|不|可|为|以|是|提前|只|安排|控制|召开|按|实行)"


def hedge_word(quote: str) -> str:
    """The hedge a hedged rule's text uses, as it says it: 原则上, 除特殊情况外, or else 一般 (一般应…)."""
    for word in ("原则上", "除特殊情况外"):
        if word in quote:
            return word
    return "一般"


def is_hedged(quote: str) -> bool:
    """Whether a phrase is a hedged norm (原则上…, 一般应…) rather than a strict one."""
    return re.search(_HEDGE, quote) is not None
