"""Who signs a document and who reviews it first (公文签发权限), and whether a signature was right."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from govrules.decision import (
    Trace,
    Violation,
    citations_of,
    conflict_among,
    in_order,
    overridden_text,
    quote_citations,
    trace,
    trace_template,
    trace_when_read,
)
from govrules.errors import ForbiddenByRule, NoApplicableRule, expect
from govrules.model import (
    Addressee,
    Authorization,
    Document,
    DocumentKind,
    Issuer,
    Matter,
    MeetingKind,
    ReviewAct,
    Role,
)
from govrules.model.entities import Review
from govrules.rules import (
    Alternate,
    AlternateBasis,
    ApprovalRule,
    Citation,
    Condition,
    Conflict,
    CountersignRule,
    MeetingRule,
    ReviewRule,
    RoutingRule,
    Rule,
    Ruleset,
    SealRule,
    SigningRule,
)
from govrules.rules.ruleset import Refusal

__all__ = [
    "ApprovalDecision",
    "ApprovalVerdict",
    "SignatureVerdict",
    "SigningDecision",
    "chair_of",
    "check_approval",
    "check_seal",
    "check_signature",
    "decided_by_addressee",
    "decision_key",
    "possible_chairs",
    "received",
    "routing",
    "seal_rule",
    "signs_as_alternate",
    "who_approves",
    "who_signs",
]


@attrs.frozen(slots=False)  # an instance dict: `_made` makes it a copy of a template's
class SigningDecision:
    """Who signs (签发), who reviews first and in what order, who countersigns, who may sign instead.

    `signer` is the first role the text names; `signers` every role that may sign in its own right
    (「由A或B签发」: either); `alternates` those who may sign only on a stated basis (授权 ...).
    `reviewers`: every role that reviews the document before it is signed, in the order the text gives where it
    gives one; `unordered_reviewers`: those of them whose place in that order the text does not fix (each before
    the signature, in any order with the others: a chain the text lists without 依次, or a review another
    article adds, `ReviewRule`); `review_acts`: (role, the text's word for its review, e.g. 合法性审查) for the
    reviews a `ReviewRule` adds.
    """

    signer: Role
    signers: tuple[Role, ...]
    reviewers: tuple[Role, ...]
    countersigners: tuple[Role, ...]
    alternates: tuple[Alternate, ...]
    citations: tuple[Citation, ...]
    conflict: Conflict | None
    seal: str | None
    circle_means_consent: bool | None
    seal_citation: Citation | None
    countersign_citation: Citation | None
    rule: str
    trace: Trace
    document: Document = attrs.field(repr=False)
    ruleset: Ruleset = attrs.field(repr=False, eq=False)
    notes: tuple[str, ...] = ()
    review_alternatives: tuple[tuple[Role, Role], ...] = ()
    #: who may consent to the seal's use (any one of them), and who may on a stated basis (授权)
    seal_approvers: tuple[Role, ...] = ()
    seal_alternates: tuple[Alternate, ...] = ()
    seal_rule: str | None = None
    #: (role, citation): a review step another article than the first requires (`SigningRule.reviewer_cites`)
    reviewer_cites: tuple[tuple[Role, Citation], ...] = ()
    unordered_reviewers: tuple[Role, ...] = ()
    review_acts: tuple[tuple[Role, str], ...] = ()

    if not TYPE_CHECKING:  # at run time only: to a type checker, `trace` is the plain field it is

        def __getattr__(self, name: str) -> Any:
            return trace_when_read(self, name, "document")  # a decision from a template: its trace when read

    def reviewers_for(self, step: Role) -> tuple[Role, ...]:
        """Who may take a review step: the role named, or any role the text names beside it (或)."""
        return (step, *(alt for s, alt in self.review_alternatives if s is step))

    def explain(self) -> str:
        """A Chinese explanation naming the roles as the text does and quoting the articles."""
        rs, name = self.ruleset, self.ruleset.name
        signers = "或".join(name(r) for r in self.signers)
        parts = [f"按照《{rs.title}》，此{self.document.kind.label}由{signers}{_verb(self)}"]
        acts = dict(self.review_acts)
        chain = [r for r in self.reviewers if r not in acts]
        if chain:
            steps = ("或".join(name(x) for x in self.reviewers_for(r)) for r in chain)
            ordered = _in_order(self) and len(chain) > 1
            parts.append(("，签发前依次经" if ordered else "，签发前经") + "、".join(steps) + "审核")
        if acts:  # reviews another article adds (`ReviewRule`): their place in the chain is not fixed
            added = "、".join(f"{name(r)}{act}" for r, act in acts.items())
            parts.append(f"，并经{added}（与上述审核先后不限，均在签发前）" if chain else f"，签发前须经{added}")
        if self.countersigners:
            parts.append("，并由" + "、".join(name(r) for r in self.countersigners) + "会签")
        text = "".join(parts) + "。"
        if self.alternates:
            text += "".join(_alternate_text(a, self.signers, name) + "。" for a in self.alternates)
        text += "".join(f"{n}。" for n in self.notes)
        if self.seal:
            text += f"加盖{self.seal}"
            if self.seal_approvers:
                text += f"，用印须经{'、'.join(name(r) for r in self.seal_approvers)}（任一）同意"
                text += "".join("，或" + _alternate_text(a, self.seal_approvers, name).replace("签发", "同意用印")
                                for a in self.seal_alternates)  # fmt: skip
            text += "。"
        if self.conflict is not None:
            c = self.conflict
            text += f"注意：规则{c.first}与{c.second}结论不同且无优先规定（{c.reason}）。"
        text += overridden_text(rs, self.trace)
        return text + "\n" + quote_citations(rs, self.citations)


def _deciding(decision: SigningDecision) -> SigningRule | None:
    """The signing rule that decided (None for a decision no declared signing rule made)."""
    rule = decision.ruleset.rule(decision.rule) if decision.ruleset.has_rule(decision.rule) else None
    return rule if isinstance(rule, SigningRule) else None


def _in_order(decision: SigningDecision) -> bool:
    """Whether the deciding rule fixes the order of the reviews (`SigningRule.reviewers_in_order`)."""
    rule = _deciding(decision)
    return rule is None or rule.reviewers_in_order


def _must_act(decision: SigningDecision) -> tuple[Role, ...]:
    """Who must act on the document whoever signs it (`SigningRule.reviews_unless_signing`), the meeting's
    chair resolved to who presided; a chair not on record is left out (not checked)."""
    rule = _deciding(decision)
    if rule is None:
        return ()
    chair = decision.document.presided_by
    roles: list[Role] = []
    for r in rule.reviews_unless_signing:
        actual = chair if r is Role.MEETING_CHAIR else r
        if actual is not None and actual not in roles:
            roles.append(actual)
    return tuple(roles)


def _verb(decision: SigningDecision) -> str:
    """The text's word for signing under the deciding rule: 签发, or 签署 (`SigningRule.verb`)."""
    rule = _deciding(decision)
    return "签发" if rule is None else rule.verb


def _alternate_text(alt: Alternate, signers: tuple[Role, ...], name: Callable[[Role], str]) -> str:
    """'经县长授权，可由负责日常工作的副县长签发'; '缺席时代行，可由…签发'; the text's own `terms` and name where
    given."""
    who = alt.named or name(alt.role)
    if alt.terms:
        return f"{alt.terms}，可由{who}签发"
    if alt.basis is AlternateBasis.AUTHORIZATION:
        grantors = alt.granted_by or signers
        return f"经{'或'.join(name(r) for r in grantors)}授权，可由{who}签发"
    return f"{alt.basis.label}，可由{who}签发"


def who_signs(ruleset: Ruleset, document: Document) -> SigningDecision:
    """Who signs `document` under `ruleset`, with reviewers in order, countersigners and citations."""
    if not (isinstance(ruleset, Ruleset) and isinstance(document, Document)):  # `expect` only to say what is wrong
        expect(ruleset, Ruleset, "ruleset")
        expect(document, Document, "document")
    decision: SigningDecision | Refusal = ruleset.memos[_decide](document)
    if type(decision) is Refusal:  # remembered as refused: a new error each time
        raise decision.error()
    return decision  # type: ignore[return-value]


#: The rules a signing decision reads, compiled together (`Ruleset.selector`): one mask selects all three.
_SIGNING_KINDS: tuple[type[Rule], ...] = (SigningRule, CountersignRule, SealRule, ReviewRule)
_APPROVAL_KINDS: tuple[type[Rule], ...] = (ApprovalRule,)
_ROUTING_KINDS: tuple[type[Rule], ...] = (RoutingRule,)


def _decide(ruleset: Ruleset, document: Document) -> SigningDecision | Refusal:
    """The decision from the compiled conditions: everything but the document is worked out once per
    mask of applicable rules, and per presider where the deciding rule names the meeting's chair (the
    only field read beyond the rules' conditions). A mask no signing rule covers is refused as such at once,
    the refusal returned, so that the memo keeps it as it keeps an answer (`Refusal`).

    The templates are kept in the selector's `derived` under the mask itself (an int: no key to build), and
    under (mask, presider) where they are per presider; no other engine keeps anything in this selector's."""
    selector = ruleset.selectors[_SIGNING_KINDS]
    mask = selector.mask(document)
    derived = selector.derived
    template: _Template | None = derived.get(mask)
    if template is _PER_PRESIDER:
        template = derived.get((mask, document.presided_by))
    elif template is _NO_RULE:
        return _no_signing_rule(ruleset, document)
    if template is None:
        chosen = selector.chosen(mask)
        if not chosen[0][0]:
            derived[mask] = _NO_RULE
            return _no_signing_rule(ruleset, document)
        fields = _signing_fields(ruleset, document, chosen[0], chosen[1][1], chosen[2][1], chosen[3][1])  # type: ignore[arg-type]
        deciding: SigningRule = chosen[0][1][0]  # type: ignore[assignment]
        template = _template(SigningDecision, ruleset, fields, deciding.condition())
        chaired = (*deciding.signers, *deciding.reviewers, *(x for rr in chosen[3][1] for x in rr.reviewers))  # type: ignore[attr-defined]
        if Role.MEETING_CHAIR in chaired:  # the answer depends on who presided: one template per presider
            derived[mask] = _PER_PRESIDER
            derived[(mask, document.presided_by)] = template
        else:
            derived[mask] = template
    # `_made(SigningDecision, template, document)` in line: a call costs a tenth of an answer
    state = template.copy()  # a split dict, as the class's instances have: its keys shared, its values copied
    state["document"] = document
    decision: SigningDecision = _new(SigningDecision)
    _set_state(decision, "__dict__", state)
    return decision


#: `object.__new__`: a decision made without `__init__`, its dict a copy of a template's (`_made`).
_new = object.__new__
#: `object.__setattr__`: a decision's dict set once, when `_made` makes it.
_set_state = object.__setattr__


def decision_key(ruleset: Ruleset, document: Document) -> tuple[object, ...]:
    """What `who_signs`, `who_approves` and `routing` read of `document`: the compiled conditions' masks of
    the signing (countersign, seal) rules, of the approval rules and of the routing rules, and the presider.
    Documents of one key get the same decisions but for their subject (`document`, `trace`), and so the same
    verdicts of `check_signature`, `check_seal` and `check_approval` for the same people where no
    authorization is given, and the same `routing` breaches. For callers that remember verdicts by this key
    rather than by the whole document (the audit)."""
    return (
        ruleset.selectors[_SIGNING_KINDS].mask(document),
        ruleset.selectors[_APPROVAL_KINDS].mask(document),
        document.presided_by,
        ruleset.selectors[_ROUTING_KINDS].mask(document),
    )


#: Put for a mask whose decision names the meeting's chair: its templates are kept per presider.
_PER_PRESIDER: Any = object()
#: Put for a mask no signing rule covers: every document of it is refused (`_no_signing_rule`).
_NO_RULE: Any = object()

#: A decision's dict but its subject (`_template`): copied, the subject set, it is a decision's dict (`_made`).
_Template = dict[str, Any]


D = TypeVar("D", SigningDecision, "ApprovalDecision")


def _made(cls: type[D], template: _Template, document: Document) -> D:
    """The decision of `cls` on `document` from its template (`_template`): the template's dict copied (a
    split dict: its keys shared with the class's, its values copied in one go), the subject set, and made
    the new decision's dict, as `__init__` would fill it (the decisions have no converter or validator);
    its trace, the same as `__init__` is given, built from the template when first read."""
    state = template.copy()
    state["document"] = document
    decision: D = _new(cls)
    _set_state(decision, "__dict__", state)
    return decision


def _template(cls: type[D], ruleset: Ruleset, fields: dict[str, Any], condition: Condition | None) -> _Template:
    """What a decision's `fields` share with every situation of the same key (all but the subject), its
    trace's (the deciding rule's condition among them) under `_trace_of` (`trace_when_read`), and the
    ruleset: the dict of a decision of `cls` so filled, its subject None. Made as an instance's dict (the
    keys the class's instances share), in the order `_made` always gave them, so that a copy is as small and
    as quick to make as the instance dicts Python makes itself."""
    t: Trace = fields.pop("trace")
    del fields["ruleset"]
    fields.pop("document", None)
    fields.pop("request", None)
    state: dict[str, Any] = _new(cls).__dict__
    state.update(fields)
    state["_trace_of"] = trace_template(ruleset, t.applied, t.overridden, condition)
    state["document"] = None
    state["ruleset"] = ruleset
    return state


def _decide_each(ruleset: Ruleset, document: Document) -> SigningDecision:
    """The reference for `who_signs`: each rule's condition tested in turn (`Ruleset.select_each`)."""
    signing_rules = ruleset.select_each(SigningRule, document)
    countersign_rules = ruleset.select_each(CountersignRule, document)[1]
    seals = ruleset.select_each(SealRule, document)[1]
    reviews = ruleset.select_each(ReviewRule, document)[1]
    return SigningDecision(**_signing_fields(ruleset, document, signing_rules, countersign_rules, seals, reviews))


def _signing_fields(
    ruleset: Ruleset,
    document: Document,
    selected: tuple[tuple[SigningRule, ...], tuple[SigningRule, ...]],
    countersign_rules: tuple[CountersignRule, ...],
    seals: tuple[SealRule, ...],
    review_rules: tuple[ReviewRule, ...] = (),
) -> dict[str, Any]:
    """The fields of the `SigningDecision` the selected rules give for `document`: the deciding signing rule's,
    the countersigners of every countersign rule, the first seal rule's seal, and the reviews every review rule
    adds (after the deciding rule's chain, in no fixed place in it, each cited to its own article)."""
    applicable, prevailing = selected
    if not applicable:
        raise _no_signing_rule(ruleset, document).error()
    deciding = prevailing[0]
    conflict = conflict_among(prevailing)
    chair = chair_of(ruleset, document)
    signers = tuple(
        dict.fromkeys(chair if r is Role.MEETING_CHAIR and chair is not None else r for r in deciding.signers)
    )
    signer = signers[0]
    countersigners: list[Role] = []
    for c in countersign_rules:
        countersigners.extend(x for x in c.countersigners if x not in countersigners and x not in signers)
    citations = citations_of((*prevailing, *countersign_rules, *seals, *review_rules))
    reviewers = tuple(chair if r is Role.MEETING_CHAIR and chair is not None else r for r in deciding.reviewers)
    unordered = () if deciding.reviewers_in_order else reviewers
    reviewer_cites = deciding.reviewer_cites
    acts: dict[Role, str] = {}
    alternatives = deciding.review_alternatives
    for rr in review_rules:
        for r in rr.reviewers:
            r = chair if r is Role.MEETING_CHAIR and chair is not None else r
            if r in reviewers:  # the other article names him, not whoever may take his step in his place (或)
                alternatives = tuple((step, alt) for step, alt in alternatives if step is not r)
            if r in reviewers or r in acts or r is signer:
                # already a step of the chain, or the first signer (dropped from the reviews as the chain's are):
                # not a second review. Another who may sign (「或」) reviews it unless he signs (`_check`).
                continue
            acts[r] = rr.act
            reviewer_cites += ((r, rr.citation),)
    if acts:
        reviewers += tuple(acts)
        unordered += tuple(acts)
    notes = tuple(dict.fromkeys(r.note for r in (*prevailing, *countersign_rules, *seals, *review_rules) if r.note))
    presider = document.presided_by
    if chair is None and presider is not None and Role.MEETING_CHAIR in (*deciding.signers, *deciding.reviewers):
        said = ruleset.name(Role.MEETING_CHAIR)
        who = ruleset.name(presider)
        notes += (f"所记主持人{who}不属条文所称“{said}”，签发人不定为{who}",)
    return dict(
        signer=signer,
        signers=signers,
        reviewers=tuple(r for r in reviewers if r is not signer),
        countersigners=tuple(countersigners),
        alternates=deciding.alternates,
        citations=citations,
        conflict=conflict,
        seal=seals[0].seal if seals else None,
        circle_means_consent=deciding.circle_means_consent,
        seal_citation=seals[0].citation if seals else None,
        countersign_citation=countersign_rules[0].citation if countersign_rules else None,
        rule=deciding.id,
        trace=trace(ruleset, applicable, prevailing, document),
        document=document,
        ruleset=ruleset,
        notes=notes,
        review_alternatives=alternatives,
        reviewer_cites=reviewer_cites,
        unordered_reviewers=tuple(r for r in unordered if r is not signer),
        review_acts=tuple(acts.items()),
        seal_approvers=seals[0].approvers if seals else (),
        seal_alternates=seals[0].alternates if seals else (),
        seal_rule=seals[0].id if seals else None,
    )


def _no_signing_rule(ruleset: Ruleset, document: Document) -> Refusal:
    """The refusal of a document no signing rule covers, naming what the document is (in English, and in
    Chinese as `.zh`): `NoApplicableRule`; `ForbiddenByRule` where the text forbids sending it so, its message
    then naming each prohibition (`routing`)."""
    # 崆峒 五十二 (上行文 / 平行文和下行文): a text that decides by the addressee the document does not give
    by_addressee = decided_by_addressee(ruleset, document)
    en, zh = _refused_as(ruleset.id, ruleset.title, document.kind, document.issuer, document.addressee, by_addressee)
    if document.matters:
        matters = _matters_said(document.matters)
        en, zh = f"{en} on {matters}", f"{zh}；事项：{matters}"
    zh += "）由谁签发"
    if by_addressee:
        en += " depends on its addressee (主送): give one"
        zh += f"；此{document.kind.label}未写明主送，请写明（如上级政府、下级）"
    barred = _routing(ruleset, document)
    for v in barred:  # the text is silent on who signs it because it may not be sent so
        en += f"; it may not be sent so ({v.citation.short()}: {v.message})"
        zh += f"；此公文不得如此报送：{v.message}（{v.citation.short()}）"
    return Refusal((ForbiddenByRule if barred else NoApplicableRule, (en,), zh))


def decided_by_addressee(ruleset: Ruleset, document: Document) -> bool:
    """Whether `document`, which names no addressee (主送), is one no signing rule covers as it is but some would
    with an addressee given (崆峒 五十二 「上行文…由区长签发；…平行文和下行文,由分管副区长签发」): who signs it then
    turns on the addressee the record leaves out, not on the text's silence."""
    if document.addressee is not None:
        return False
    selector = ruleset.selectors[(SigningRule,)]
    if selector.mask(document):  # some signing rule covers it as it is
        return False
    free: tuple[Callable[[object], int], int] | None = selector.derived.get(_ADDRESSEE_FREE)
    if free is None:  # the same conditions but the addressee's, and the rules that test the addressee
        tested = next((t for t in selector.tests if t[0] == "addressee"), None)
        others = tuple(t for t in selector.tests if t[0] != "addressee")
        bits = 0 if tested is None else selector.everything & ~tested[2]
        unaddressed = attrs.evolve(selector, tests=others)
        free = selector.derived[_ADDRESSEE_FREE] = (unaddressed.mask, bits)
    mask_of, bits = free
    return bool(bits and mask_of(document) & bits)


#: Kept in the signing rules' selector's `derived` (`decided_by_addressee`): its mask with no test of the
#: addressee, and the rules that test one.
_ADDRESSEE_FREE = "decided_by_addressee"


def routing(ruleset: Ruleset, document: Document) -> tuple[Violation, ...]:
    """The text's prohibitions `document` breaks by being sent as it is (`RoutingRule`, 行文规则: district-xx
    第五十六条第四款 「区政府议事协调机构…不得直接向区政府报送公文」), whoever signs it: one `Violation` (`rule`
    "routing") per prevailing rule, citing its article, its message the text's words; () when none forbids it.
    Raises `InvalidInput` on arguments of the wrong type."""
    if not (isinstance(ruleset, Ruleset) and isinstance(document, Document)):  # `expect` only to say what is wrong
        expect(ruleset, Ruleset, "ruleset")
        expect(document, Document, "document")
    return _routing(ruleset, document)


def _routing(ruleset: Ruleset, document: Document) -> tuple[Violation, ...]:
    """`routing` of arguments known good: worked out once per mask of the routing rules (most texts have none)."""
    selector = ruleset.selectors[_ROUTING_KINDS]
    if not selector.rules:  # no routing rule in the text (most): nothing forbids it, no mask to work out
        return ()
    mask = selector.mask(document)
    key = ("routing", mask)
    found: tuple[Violation, ...] | None = selector.derived.get(key)
    if found is None:
        prevailing = selector.chosen(mask)[0][1]
        found = tuple(Violation("routing", r.citation, r.message(), r.id) for r in prevailing)  # type: ignore[attr-defined]
        selector.derived[key] = found
    return found


@functools.lru_cache(maxsize=1024)
def _refused_as(
    ruleset_id: str,
    title: str,
    kind: DocumentKind,
    issuer: Issuer,
    addressee: Addressee | None,
    by_addressee: bool = False,
) -> tuple[str, str]:
    """The beginnings of `_no_signing_rule`'s messages (a first refusal of a document space repeats them);
    `by_addressee`: the text decides who signs by the addressee the document does not give."""
    if by_addressee:
        en = f"{ruleset_id}: who signs a {kind.label} issued {issuer.label}"
        zh = f"《{title}》按主送（行文方向）规定{kind.label}（发文名义：{issuer.label}"
    else:
        en = f"{ruleset_id}: no signing rule covers a {kind.label} issued {issuer.label}"
        zh = f"《{title}》未规定{kind.label}（发文名义：{issuer.label}"
    if addressee:
        return f"{en} to {addressee.label}", f"{zh}；主送：{addressee.label}"
    return en, zh


@functools.lru_cache(maxsize=1024)
def _matters_said(matters: frozenset[Matter]) -> str:
    """A document's matters, named in a stable order."""
    return "、".join(sorted([m.label for m in matters]))


@attrs.frozen
class SignatureVerdict:
    """Whether a document was signed and reviewed as the rules require; each breach cites its article."""

    ok: bool
    violations: tuple[Violation, ...]
    decision: SigningDecision
    acted_under: Alternate | None = None


def check_signature(
    ruleset: Ruleset,
    document: Document,
    signed_by: Role,
    reviewed_by: Iterable[Review | Role] = (),
    authorizations: Iterable[Authorization] = (),
    on: date | None = None,
) -> SignatureVerdict:
    """Check who signed and who reviewed `document` against the rules, authorizations included."""
    expect(ruleset, Ruleset, "ruleset")
    expect(document, Document, "document")
    expect(signed_by, Role, "signed_by")
    reviews = tuple(r if isinstance(r, Review) else Review(r) for r in reviewed_by)
    grants = tuple(authorizations)
    if len(reviews) + len(grants) > _MEMO_ITEMS:  # one of a kind: not remembered, so the memo stays bounded
        return _check(ruleset, document, signed_by, reviews, grants, on)
    key = ("check_signature", document, signed_by, reviews, grants, on if grants else None)
    return ruleset.cached(key, lambda: _check(ruleset, document, signed_by, reviews, grants, on))


#: The most reviews and authorizations of a signature remembered on the ruleset (each memo entry bounded).
_MEMO_ITEMS = 16


def _check(
    ruleset: Ruleset,
    document: Document,
    signed_by: Role,
    reviews: tuple[Review, ...],
    authorizations: tuple[Authorization, ...],
    on: date | None,
) -> SignatureVerdict:
    decision = who_signs(ruleset, document)
    name = ruleset.name
    cite = decision.citations[0]
    violations: list[Violation] = []
    acted_under: Alternate | None = None
    exact = _chair_only(decision)

    def acts_as(actual: Role, named: tuple[Role, ...]) -> bool:
        """`Ruleset.acts_as`, but the meeting's chair is the chair alone (`_chair_only`)."""
        return actual in named or ruleset.acts_as(actual, [r for r in named if r not in exact])

    chairs = _unrecorded_chairs(ruleset, decision)
    if chairs is not None:  # who chaired is not on record: the signer of the minutes had any of them chaired
        signs = any(_signs_if_chaired(ruleset, document, chair, signed_by) for chair in chairs)
    else:
        signs = acts_as(signed_by, decision.signers)
    if not signs:
        acted_under = _alternate_for(decision, signed_by, authorizations, on)
        if acted_under is None:
            # an authorization on record from one who signs, in force that day, where the rule lets no one sign on
            # authorization: 「无有效授权」 would blame the record; it is the rule that admits none
            granted = any(
                ruleset.acts_as(a.grantor, decision.signers)
                and a.grantee is signed_by
                and (on is None or a.covers(on, document.kind))
                for a in authorizations
            )
            unused = granted and not any(a.basis is AlternateBasis.AUTHORIZATION for a in decision.alternates)
            violations.append(
                Violation(
                    "signer",
                    cite,
                    f"应由{'或'.join(map(name, decision.signers))}{(verb := _verb(decision))}，"
                    f"实际由{name(signed_by)}{verb}，"
                    + (f"此项规定未设授权{verb}（所记授权不适用）" if unused else "且无有效授权"),
                    decision.rule,
                )
            )
    done = [r.role for r in reviews]

    def taken(step: Role) -> int | None:
        """Where in `done` the step was taken: by its role or a named alternative, else by a role either
        includes (`RoleIncludes`); None: not taken. The role itself first, so that where both the 副X长 and the
        常务副X长 are steps, the 副X长's review is his step's, in its place in the order."""
        may = decision.reviewers_for(step)
        exact = next((i for i, x in enumerate(done) if x in may), None)
        return exact if exact is not None else next((i for i, x in enumerate(done) if acts_as(x, may)), None)

    missing = [r for r in decision.reviewers if taken(r) is None and not acts_as(signed_by, (r,))]
    missing += [
        r
        for r in _must_act(decision)
        if r not in missing and not acts_as(signed_by, (r,)) and not any(acts_as(x, (r,)) for x in done)
    ]
    if missing:
        # each missing review cited to the article that requires it (`reviewer_cites`), the rest to the first
        own = dict(decision.reviewer_cites)
        acts = dict(decision.review_acts)
        for at in dict.fromkeys(own.get(r, cite) for r in missing):
            lacking = [r for r in missing if own.get(r, cite) == at]
            plain = [name(r) for r in lacking if r not in acts]
            said = [*(["、".join(plain) + "审核"] if plain else []), *(name(r) + acts[r] for r in lacking if r in acts)]
            # the rule that requires it: a review rule of that article (`ReviewRule`), else the deciding rule
            source = next((rr.id for rr in ruleset.rules_of(ReviewRule) if rr.citation == at), decision.rule)
            violations.append(Violation("reviewers", at, "签发前缺少" + "和".join(said), source))
    elif _in_order(decision):
        chain = [r for r in decision.reviewers if r not in decision.unordered_reviewers]
        order = [i for r in chain if (i := taken(r)) is not None]
        if order != sorted(order):
            violations.append(
                Violation(
                    "reviewers",
                    cite,
                    f"审核顺序不符：签发前应{in_order([name(r) for r in chain])}审核，"
                    f"实际{in_order([name(r) for r in done])}审核",
                    decision.rule,
                )
            )  # fmt: skip
    if decision.circle_means_consent is False:
        for r in reviews:
            if r.act is ReviewAct.CIRCLED and acts_as(r.role, decision.reviewers):
                violations.append(
                    Violation(
                        "review_opinion",
                        cite,
                        f"{name(r.role)}仅圈阅，未签署书面意见；此类公文须明确签署意见",
                        decision.rule,
                    )
                )
    return SignatureVerdict(not violations, tuple(violations), decision, acted_under)


def possible_chairs(ruleset: Ruleset, meeting: MeetingKind) -> frozenset[Role] | None:
    """Who may chair a meeting of this kind (its `MeetingRule`'s presiders and presider alternates, and the
    roles they include: `RoleIncludes`), for a record that does not say who did; None when no rule says
    who presides it."""
    found = [
        (*r.presiders, *(a.role for a in r.presider_alternates))
        for r in ruleset.rules_of(MeetingRule)
        if r.meeting is meeting and (r.presiders or r.presider_alternates)
    ]
    if not found:
        return None
    roles = {x for group in found for x in group}
    return frozenset(roles | {y for x in roles for y in ruleset.included_in(x)})


def _unrecorded_chairs(ruleset: Ruleset, decision: SigningDecision) -> frozenset[Role] | None:
    """Who may have chaired the meeting of a document whose signer is its chair (`MEETING_CHAIR`) when the
    record does not say who chaired; None when it does, or the signer is not the chair, or no rule says who
    chairs such a meeting."""
    document = decision.document
    if document.presided_by is not None or document.meeting is None or Role.MEETING_CHAIR not in decision.signers:
        return None
    return possible_chairs(ruleset, document.meeting)


def _signs_if_chaired(ruleset: Ruleset, document: Document, chair: Role, signed_by: Role) -> bool:
    """Whether `signed_by` signs `document` as the rules have it had `chair` chaired its meeting."""
    try:
        verdict = check_signature(ruleset, attrs.evolve(document, presided_by=chair), signed_by)
    except NoApplicableRule:
        return False
    return not any(v.rule == "signer" for v in verdict.violations)


def chair_of(ruleset: Ruleset, document: Document) -> Role | None:
    """The one a rule naming the meeting's chair (`Role.MEETING_CHAIR`: 主持召开会议的县政府领导同志, 会议主持人)
    means for `document`: who presided, when the text counts him among those it calls so (a `RoleIncludes`
    of `Role.MEETING_CHAIR` declares them: 西丰 四十五 the 县政府领导同志). A presider it does not count (a
    body, an office official, a role the text does not have) is not made the signer: the role stays as the
    text names it, and any role it includes may act as it. None when no presider is on record. A ruleset
    that declares none (a what-if written without one) takes the presider on record as the chair."""
    presider = document.presided_by
    if presider is None or not ruleset.included_in(Role.MEETING_CHAIR):  # no text counts: who presided chairs
        return presider
    return presider if ruleset.acts_as(presider, (Role.MEETING_CHAIR,)) else None


def _chair_only(decision: SigningDecision) -> frozenset[Role]:
    """The roles of `decision` that stand for the meeting's chair and for no one else: `Role.MEETING_CHAIR`
    resolved to who presided, where the deciding rule does not name that role too. The chair is the one who
    presided (「主持会议的领导」), so no other role stands for him, though it may include his
    (`RoleIncludes`: the 常务副X长 does not sign for the 副X长 who chaired)."""
    chair = chair_of(decision.ruleset, decision.document)
    rule = _deciding(decision)
    if chair is None or rule is None:
        return frozenset()
    named = (*rule.signers, *rule.reviewers, *(alt for _, alt in rule.review_alternatives))
    return frozenset((chair,)) if Role.MEETING_CHAIR in named and chair not in named else frozenset()


def _alternate_for(
    decision: SigningDecision, signed_by: Role, authorizations: tuple[Authorization, ...], on: date | None
) -> Alternate | None:
    """The alternate `signed_by` acted as, if the rules and the authorizations on record allow it."""
    return _acting_as(
        decision.ruleset, decision.alternates, decision.signers, signed_by, authorizations, on, decision.document
    )


def signs_as_alternate(
    decision: SigningDecision, signed_by: Role, authorizations: Iterable[Authorization], on: date | None
) -> bool:
    """Whether `signed_by` may sign as one of the decision's alternates, on the authorizations on record (a
    deputy outside his portfolio signing on the 县长's authorization where the rule allows any deputy so: the
    audit's portfolio check asks)."""
    return _alternate_for(decision, signed_by, tuple(authorizations), on) is not None


def _acting_as(
    ruleset: Ruleset,
    alternates: tuple[Alternate, ...],
    principals: tuple[Role, ...],
    person: Role,
    authorizations: tuple[Authorization, ...],
    on: date | None,
    document: Document,
) -> Alternate | None:
    """The alternate `person` acted as (signing, or consenting to a seal), if the rules allow it: on a basis
    other than authorization at once, on authorization only with one on record that covers the day.

    An authorization counts when its grantor is one the rule names (`Alternate.granted_by`, else any of
    the `principals`): 「经区长或副区长授权」 is satisfied by either's. A role the named one includes may act
    as it, as alternate or as grantor (`Ruleset.acts_as`).
    """
    acts_as = ruleset.acts_as
    for alt in alternates:
        if not acts_as(person, (alt.role,)):
            continue
        if alt.basis is not AlternateBasis.AUTHORIZATION:
            return alt
        grantors = alt.granted_by or principals
        if any(
            acts_as(a.grantor, grantors) and a.grantee is person and (on is None or a.covers(on, document.kind))
            for a in authorizations
        ):
            return alt
    return None


def seal_rule(ruleset: Ruleset, decision: SigningDecision, seal: str | None = None) -> SealRule | None:
    """The rule saying who consents to the use of the seal a document bore: with `seal` (as a record names it)
    other than the one the document's rules give it, the rule of that seal, whatever the document (「区政府印章,
    须经…同意方可用印」 names who consents to a seal, not which documents bear it); else the document's own. None
    where no rule of the ruleset names that seal (or the document has none): its consent cannot be checked."""
    if seal is not None and seal != decision.seal:
        return next((r for r in ruleset.rules if isinstance(r, SealRule) and r.seal == seal), None)
    rule = ruleset.rule(decision.seal_rule) if decision.seal_rule is not None else None
    return rule if isinstance(rule, SealRule) else None


def check_seal(
    ruleset: Ruleset,
    document: Document,
    approved_by: Role,
    authorizations: Iterable[Authorization] = (),
    on: date | None = None,
    seal: str | None = None,
) -> SignatureVerdict:
    """Check who consented to the use of the seal `document` bears (用印审批), authorizations included.

    `seal`: the seal the document bore, where known (a record's `seal`); its own rule decides who may consent
    (`seal_rule`). A text that names no one for the seal checks nothing (the verdict is ok, with no violation).
    """
    decision = who_signs(ruleset, document)
    violations: list[Violation] = []
    acted_under: Alternate | None = None
    rule = seal_rule(ruleset, decision, seal)
    if rule is not None and rule.approvers and not ruleset.acts_as(approved_by, rule.approvers):
        acted_under = _acting_as(
            ruleset, rule.alternates, rule.approvers, approved_by, tuple(authorizations), on, document
        )
        if acted_under is None:
            name = ruleset.name
            want = "、".join(name(r) for r in rule.approvers)
            message = f"用印（{rule.seal}）应经{want}同意，实际由{name(approved_by)}同意，且无有效授权"
            violations.append(Violation("seal_approval", rule.citation, message, rule.id))
    return SignatureVerdict(not violations, tuple(violations), decision, acted_under)


@attrs.frozen(slots=False)  # see SigningDecision
class ApprovalDecision:
    """Who approves a document received for approval (呈批), and what counts as their consent.

    `approvers`: every role that may approve (「由A或B审定」: either), `approver` first.
    """

    approver: Role
    approvers: tuple[Role, ...]
    opinion_required: bool | None
    circle_means_consent: bool | None
    citations: tuple[Citation, ...]
    conflict: Conflict | None
    rule: str
    trace: Trace
    document: Document = attrs.field(repr=False)
    ruleset: Ruleset = attrs.field(repr=False, eq=False)
    notes: tuple[str, ...] = ()
    read_only: bool = False

    if not TYPE_CHECKING:  # see SigningDecision

        def __getattr__(self, name: str) -> Any:
            return trace_when_read(self, name, "document")

    def explain(self) -> str:
        """A Chinese explanation quoting the articles."""
        rs = self.ruleset
        who = "或".join(rs.name(r) for r in self.approvers)
        if self.read_only:  # 报告性公文: read, not approved
            text = f"按照《{rs.title}》，此{self.document.kind.label}呈{who}阅知（不是审批），圈阅表示已阅知"
            text += "".join(f"；{n}" for n in self.notes)
            return text + "。" + overridden_text(rs, self.trace) + "\n" + quote_citations(rs, self.citations)
        text = f"按照《{rs.title}》，此{self.document.kind.label}由{who}审批"
        if self.opinion_required:
            text += "，须签署明确意见"
        if self.circle_means_consent is True:
            text += "，圈阅视为同意"
        elif self.circle_means_consent is False:
            text += "，仅圈阅不视为同意"
        text += "".join(f"；{n}" for n in self.notes)
        return text + "。" + overridden_text(rs, self.trace) + "\n" + quote_citations(rs, self.citations)


def who_approves(ruleset: Ruleset, document: Document) -> ApprovalDecision:
    """Who approves `document` (a request or other document received for approval) under `ruleset`."""
    if not (isinstance(ruleset, Ruleset) and isinstance(document, Document)):  # `expect` only to say what is wrong
        expect(ruleset, Ruleset, "ruleset")
        expect(document, Document, "document")
    decision: ApprovalDecision | Refusal = ruleset.memos[_approval](document)
    if type(decision) is Refusal:  # remembered as refused: a new error each time
        raise decision.error()
    return decision  # type: ignore[return-value]


def _approval(ruleset: Ruleset, document: Document) -> ApprovalDecision | Refusal:
    """The decision from the compiled conditions, worked out once per mask of applicable rules; a document
    no approval rule covers refused, the refusal returned for the memo to keep (`Refusal`)."""
    selector = ruleset.selectors[_APPROVAL_KINDS]
    mask = selector.mask(document)
    key = ("who_approves", mask)
    template: _Template | None = selector.derived.get(key)
    if template is None:
        selected = selector.chosen(mask)[0]
        if not selected[0]:
            return _no_approval_rule(ruleset, document)
        fields = _approval_fields(ruleset, document, selected)  # type: ignore[arg-type]
        template = _template(ApprovalDecision, ruleset, fields, selected[1][0].condition())
        selector.derived[key] = template
    return _made(ApprovalDecision, template, document)


def _no_approval_rule(ruleset: Ruleset, document: Document) -> Refusal:
    """The refusal of a document no approval rule covers, naming what it is (in English, and in Chinese as
    `.zh`): `NoApplicableRule`; `ForbiddenByRule` where the text forbids sending it so (`routing`), as
    `_no_signing_rule` says it: no one approves what may not be sent."""
    text = f"{ruleset.id}: no approval rule covers a {document.kind.label} from {document.issuer.label}"
    zh = f"《{ruleset.title}》未规定{document.kind.label}（发文名义：{document.issuer.label}）由谁审批"
    barred = _routing(ruleset, received(document))
    for v in barred:  # the text is silent on who approves it because it may not be sent so
        text += f"; it may not be sent so ({v.citation.short()}: {v.message})"
        zh += f"；此公文不得如此报送：{v.message}（{v.citation.short()}）"
    return Refusal((ForbiddenByRule if barred else NoApplicableRule, (text,), zh))


def received(document: Document) -> Document:
    """`document` as a document received for approval (呈批): sent to this government, where it names no
    addressee (「报送区政府审批的公文」, district-xx 五十七), so that a prohibition on sending to the government (五十六
    ¶4) is found whether or not the record names the addressee; as it is where it names one."""
    if document.addressee is not None:
        return document
    return attrs.evolve(document, addressee=Addressee.GOVERNMENT)


def _approval_each(ruleset: Ruleset, document: Document) -> ApprovalDecision:
    """The reference for `who_approves`: each rule's condition tested in turn (`Ruleset.select_each`)."""
    return ApprovalDecision(**_approval_fields(ruleset, document, ruleset.select_each(ApprovalRule, document)))


def _approval_fields(
    ruleset: Ruleset, document: Document, selected: tuple[tuple[ApprovalRule, ...], tuple[ApprovalRule, ...]]
) -> dict[str, Any]:
    """The fields of the `ApprovalDecision` the selected rules give for `document`."""
    applicable, prevailing = selected
    if not applicable:
        raise _no_approval_rule(ruleset, document).error()
    deciding = prevailing[0]
    conflict = conflict_among(prevailing)
    citations = citations_of(prevailing)
    return dict(
        approver=deciding.approver,
        approvers=deciding.approvers,
        opinion_required=deciding.opinion_required,
        circle_means_consent=deciding.circle_means_consent,
        citations=citations,
        conflict=conflict,
        rule=deciding.id,
        trace=trace(ruleset, applicable, prevailing, document),
        document=document,
        ruleset=ruleset,
        notes=tuple(dict.fromkeys(r.note for r in prevailing if r.note)),
        read_only=deciding.read_only,
    )


@attrs.frozen
class ApprovalVerdict:
    """Whether a document received for approval was approved by the right person, in the right way."""

    ok: bool
    violations: tuple[Violation, ...]
    decision: ApprovalDecision


def check_approval(ruleset: Ruleset, document: Document, approval: Review | Role) -> ApprovalVerdict:
    """Check who approved `document` and what they did (圈阅 or a written opinion) against the rules."""
    decision = who_approves(ruleset, document)
    review = approval if isinstance(approval, Review) else Review(approval, ReviewAct.OPINION)
    name = ruleset.name
    cite = decision.citations[0]
    violations: list[Violation] = []
    if not ruleset.acts_as(review.role, decision.approvers):
        want = "或".join(name(r) for r in decision.approvers)
        violations.append(Violation("approver", cite, f"应由{want}审批，实际由{name(review.role)}审批", decision.rule))
    circled = review.act is ReviewAct.CIRCLED
    if circled and (decision.opinion_required or decision.circle_means_consent is False):
        rule = ruleset.rule(decision.rule) if ruleset.has_rule(decision.rule) else None
        violations.append(
            Violation(
                "approval_opinion",
                (rule.opinion_cite if isinstance(rule, ApprovalRule) else None) or cite,
                f"{name(review.role)}仅圈阅，未签署明确意见；此类公文须签署明确意见",
                decision.rule,
            )
        )
    return ApprovalVerdict(not violations, tuple(violations), decision)
