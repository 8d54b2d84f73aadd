"""`govrules signer RULESET --kind ... --issuer ...`: who signs a document and who reviews it first."""

from __future__ import annotations

import argparse

from govrules import signing
from govrules.cli._common import RULESET_HELP, examples, role_list, ruleset_of
from govrules.cli._parse import add_document_options, parse_issuer, parse_label, parse_meeting, parse_role
from govrules.errors import InvalidInput
from govrules.model import Addressee, Document, DocumentKind, Matter
from govrules.rules import Ruleset

__all__ = ["add_parser"]


def _addressee(rs: Ruleset, text: str) -> Addressee:
    """--to as the text names it (省政府 in 咸阳, 市政府 in 西丰: the government above)."""
    named = rs.addressee_named(text)
    return named if named is not None else parse_label(Addressee, text, "--to")


def _document(args: argparse.Namespace) -> Document:
    """The document the options describe, each label checked against the ruleset (and named by its flag)."""
    rs = ruleset_of(args)
    kind = parse_label(DocumentKind, args.kind, "--kind")
    issuer = parse_issuer(rs, args.issuer, "--issuer")
    if args.presided_by is not None and args.meeting is None:
        role = parse_role(rs, args.presided_by, "--presided-by")
        raise InvalidInput(
            f"--presided-by {args.presided_by} needs --meeting: the meeting he presided over",
            zh=f"写了主持人（{rs.role_names.get(role, role.label)}），还应用 --meeting 写明所主持的会议",
        )
    doc = Document(
        kind=kind,
        issuer=issuer,
        addressee=None if args.to is None else _addressee(rs, args.to),
        matters=frozenset(parse_label(Matter, m, "--matter") for m in args.matter or ()),
        meeting=None if args.meeting is None else parse_meeting(rs, args.meeting, "--meeting"),
        presided_by=None if args.presided_by is None else parse_role(rs, args.presided_by, "--presided-by"),
    )
    if args.to is not None and doc.addressee is not None:
        try:
            Addressee.from_label(args.to)
        except InvalidInput:  # a name only this text uses: the receipt records the member
            args.to = doc.addressee.name
    return doc


def _signer(args: argparse.Namespace) -> str:
    doc = _document(args)
    if getattr(args, "format", "text") == "json":
        from govrules.cli.receipts import decision_receipt, document_input

        return decision_receipt("signing", args, document_input(args))
    rs = ruleset_of(args)
    s = signing.who_signs(rs, doc)
    if args.lang == "zh":
        return s.explain()
    lines = [f"signer: {s.signer.name} ({rs.name(s.signer)})"]
    acts = dict(s.review_acts)
    chain = [r for r in s.reviewers if r not in acts]
    if chain:  # in order only where the deciding rule fixes one (`unordered_reviewers`: the text does not)
        ordered = [r for r in chain if r not in s.unordered_reviewers]
        loose = [r for r in chain if r in s.unordered_reviewers]
        if ordered:
            lines.append(
                ("reviewers, in order: " if len(ordered) > 1 else "reviewer: ") + role_list(rs, tuple(ordered), "en")
            )
        if loose:
            lines.append("reviewers, in any order: " + role_list(rs, tuple(loose), "en"))
    for r, act in acts.items():  # a review another article adds (`ReviewRule`): any place before the signature
        lines.append(f"also reviewed ({act}), at any point before signing: " + role_list(rs, (r,), "en"))
    if s.countersigners:
        lines.append("countersigners: " + role_list(rs, s.countersigners, "en"))
    if s.alternates:
        lines.append("alternates: " + ", ".join(f"{a.role.name} ({a.basis.name.lower()})" for a in s.alternates))
    if s.conflict:
        lines.append(f"CONFLICT: {s.conflict.first} vs {s.conflict.second}")
    lines.append("cites: " + "; ".join(str(c) for c in s.citations))
    return "\n".join(lines)


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add `signer` to the command line."""
    p = sub.add_parser(
        "signer",
        parents=[common],
        help="公文由谁签发、谁先审核（条文禁止如此行文时退出状态为1）",
        epilog=examples(
            "govrules signer xifeng-2022 --kind 请示 --issuer 政府 --to 上级政府",
            "govrules signer xifeng-2022 --kind 纪要 --issuer 政府 --meeting 县政府常务会议 --presided-by 县长",
        ),
    )
    p.add_argument("ruleset", metavar="规则集", help=RULESET_HELP)
    add_document_options(
        p,
        kind="文种：请示、通知、纪要……",
        issuer="发文名义：政府、政府办公室、部门、党委政府联合……",
        to="主送：上级政府（省政府、市政府）、人大、社会公众……",
    )
    p.set_defaults(run=_signer)
