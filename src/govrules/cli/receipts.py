"""Commands that answer with receipts: `--format json` of the decision commands, `approver`, `meeting`, `verify`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from govrules import receipts, rulesets
from govrules.cli._common import json_of, with_files
from govrules.cli._parse import add_document_options
from govrules.errors import GovRulesError, InvalidInput
from govrules.model import LeaveKind, Role

__all__ = ["add_parsers", "decision_receipt", "document_input", "leave_input"]


def _role_given(args: argparse.Namespace, text: str) -> str:
    """A role as typed; a name only this text uses (分管副县长) becomes the member name the record format reads."""
    try:
        Role.from_label(text)
    except InvalidInput:
        return rulesets.load(args.ruleset).read_role(text).name  # the reader every surface shares
    return text


def _leave_kind_given(args: argparse.Namespace, text: str) -> str:
    """A kind of leave as typed; a word only this text uses (离咸外出) becomes the member name records read."""
    try:
        LeaveKind.from_label(text)
    except InvalidInput:
        return rulesets.load(args.ruleset).read_leave_kind(text).name
    return text


def document_input(args: argparse.Namespace) -> dict[str, Any]:
    """The document the signer/approver options describe, in the record format, as given."""
    given: dict[str, Any] = {"kind": args.kind, "issuer": args.issuer}
    if args.to is not None:
        given["addressee"] = args.to
    if args.matter:
        given["matters"] = list(args.matter)
    if args.meeting is not None:
        given["meeting"] = args.meeting
    if args.presided_by is not None:
        given["presided_by"] = _role_given(args, args.presided_by)
    return given


def leave_input(args: argparse.Namespace) -> dict[str, Any]:
    """The leave request the `leave` options describe, in the record format, as given."""
    given: dict[str, Any] = {
        "role": _role_given(args, args.role),
        "kind": _leave_kind_given(args, args.kind),
        "start": args.start.isoformat(),
        "end": (args.end or args.start).isoformat(),
    }
    if args.requested_on is not None:
        given["requested_on"] = args.requested_on.isoformat()
    if args.meeting is not None:
        given["meeting"] = args.meeting
    if args.reason is not None:
        given["reason"] = args.reason
    if args.substitute:
        given["substitute"] = True
    if args.party_standing_committee_member:
        given["party_standing_committee_member"] = True
    return given


def decision_receipt(kind: str, args: argparse.Namespace, given: object) -> str:
    """The receipt of a decision command, as the JSON text it prints."""
    from govrules import workdays

    rs = rulesets.load(args.ruleset)
    estimates = bool(getattr(args, "provisional", False))
    cal = None
    if getattr(args, "holidays", None):  # as the text output loads them: `--force` obeyed, and said on stderr
        cal = with_files(workdays.china(provisional=estimates), args.holidays, args.force, args.lang)
    return receipts.dumps(receipts.decide(kind, rs, given, calendar=cal, estimates=estimates))


def _ids(items: object) -> str:
    """Roles of a receipt's answer ({"id", "label"}) in English: the id with the text's name (`leave --lang en`)."""
    if not isinstance(items, list):
        return "none"
    return ", ".join(f"{x['id']} ({x['label']})" for x in items if isinstance(x, dict)) or "none"


def _cites(receipt: dict[str, Any]) -> str:
    return "cites: " + ("; ".join(str(c["cite"]) for c in receipt.get("citations", ())) or "none")


def _approver_en(receipt: dict[str, Any]) -> str:
    """An approval receipt in English, as `signer --lang en` says a signing (the explanation is Chinese)."""
    a = receipt["answer"]
    lines = [f"approvers: {_ids(a.get('approvers'))}", f"rule: {a.get('rule')}"]
    if a.get("read_only"):
        lines.append("read only (阅知): no approval")
    if a.get("opinion_required"):
        lines.append("a clear written opinion is required (须签署明确意见)")
    # the conditions the text puts on an approver (西丰 五十一: the 县长 where the case is referred on), in the
    # text's words: an English answer that dropped them would state a weaker rule than the Chinese one
    lines.extend(f"note: {n}" for n in a.get("notes", ()) if isinstance(n, str))
    lines.append(_cites(receipt))
    return "\n".join(lines)


def _meeting_en(receipt: dict[str, Any]) -> str:
    """A meeting receipt in English, as `leave --lang en` says a leave (the explanation is Chinese): the
    verdict, each breach by its rule and article, what was left unchecked."""
    a = receipt["answer"]
    lines = ["ok" if a.get("ok", True) else "NOT OK"]
    lines.extend(f"violation: {v['rule']} ({v['citation']['cite']})" for v in a.get("violations", ()))
    if not a.get("composition_checked", True):
        lines.append("composition not checked: the record does not say who attended")
    absences = [u["id"] if isinstance(u, dict) else str(u) for u in a.get("unchecked_absences", ())]
    lines.extend(f"not checked: the leave of {u} (no leave rule covers it)" for u in absences)
    observers = [o["id"] if isinstance(o, dict) else str(o) for o in a.get("unchecked_observers", ())]
    if observers:
        lines.append("standing observers not checked (the record does not say who sat in): " + ", ".join(observers))
    lines.extend(f"agenda item not taken: {u}" for u in a.get("items_not_taken", ()))
    lines.append(_cites(receipt))
    return "\n".join(lines)


def _approver(args: argparse.Namespace) -> str:
    text = decision_receipt("approval", args, document_input(args))
    if args.format == "json":
        return text
    receipt = json.loads(text)
    return str(receipt["explanation"]) if args.lang == "zh" else _approver_en(receipt)


def _read_json(path: str) -> object:
    try:
        if path == "-":
            text = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                text = f.read()
    except OSError as e:
        raise InvalidInput(f"cannot open {path}: {e.strerror}", zh=f"无法打开 {path}：{e.strerror}") from None
    one = (
        "meeting 只读一条记录；整份记录请用 govrules audit",
        "meeting reads one record; for a whole log use govrules audit",
    )
    return json_of(text, path, extra=one)


def _meeting(args: argparse.Namespace) -> tuple[str, int]:
    """The verdict on the meeting, and exit status 1 when it was not composed or run as the rules say."""
    text = decision_receipt("meeting", args, _read_json(args.file))
    receipt = json.loads(text)
    status = 0 if receipt["answer"].get("ok", True) else 1
    if args.format == "json":
        return text, status
    return (str(receipt["explanation"]) if args.lang == "zh" else _meeting_en(receipt)), status


def _verify(args: argparse.Namespace) -> int:
    try:
        if args.receipt == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(args.receipt, "rb") as f:
                raw = f.read()
    except OSError as e:
        raise InvalidInput(
            f"cannot open {args.receipt}: {e.strerror}", zh=f"无法打开回执 {args.receipt}：{e.strerror}"
        ) from None
    json_of(raw, args.receipt)  # an empty file, or where it is not JSON
    kept = receipts.load_receipt(raw)
    cal = None
    if args.holidays:  # the files the receipt was computed with (--holidays), as the decision commands load them
        from govrules import workdays

        estimates = kept["calendar"].get("estimates_allowed") is True
        cal = with_files(workdays.china(provisional=estimates), args.holidays, args.force, args.lang)
    try:
        changes = receipts.verify(kept, calendar=cal)
    except InvalidInput:
        raise
    except GovRulesError as e:  # the rules no longer answer this input: that is a change, not a bad receipt
        from govrules.calendar_messages import render

        said = render(e, args.lang, run_options=False)  # a calendar error as the CLI says them, without API advice
        print(
            f"结论已变化：现在无法作出决定：{said}"
            if args.lang == "zh"
            else f"the answer changed: no decision can be made now: {said}"
        )
        return 1
    if not changes:
        print("回执与现行规则的结论一致 (unchanged)")
        return 0
    for c in changes:
        print(c.describe())
    if any(c.matters for c in changes):
        return 1
    print("结论未变 (the answer is unchanged)")
    return 0


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    cal_opts: argparse.ArgumentParser,
) -> None:
    """Add `approver`, `meeting` and `verify` to the command line."""
    p = sub.add_parser(
        "approver",
        parents=common,
        help="呈批件由谁审批（条文禁止如此行文时退出状态为1）",
        epilog="示例 / examples:\n  govrules approver xifeng-2022 --kind 请示 --issuer 部门 --matter 资金",
    )
    p.add_argument("ruleset", metavar="规则集", help="规则集：编号（xifeng-2022）或政府名称（西丰县）")
    add_document_options(
        p, kind="文种：请示、报告……", issuer="报送单位：部门、乡镇政府……", to="主送：本级政府、上级政府……"
    )
    p.set_defaults(run=_approver)

    p = sub.add_parser(
        "meeting",
        parents=[*common, cal_opts],
        help="会议的组成和召开是否符合规则（不符合时退出状态为1）",
        epilog="示例 / examples:\n  govrules meeting xifeng-2022 会议.json",
    )
    p.add_argument("ruleset", metavar="规则集", help="规则集：编号（xifeng-2022）或政府名称（西丰县）")
    p.add_argument("file", metavar="文件", help="一条会议记录（一个 JSON 对象，审计记录格式），或 - 表示标准输入")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text 文字（默认）；json 决定回执")
    p.set_defaults(run=_meeting)

    p = sub.add_parser(
        "verify",
        parents=common,
        help="按现行规则重算决定回执：退出状态 0 未变，1 已变（并说明），2 无法读取",
        epilog="示例 / examples:\n  govrules due xifeng-2022 countersign_reply 2025-09-26 --format json > 回执.json\n"
        "  govrules verify 回执.json",
    )
    p.add_argument("receipt", metavar="回执", help="--format json 或服务输出的回执（JSON），或 - 表示标准输入")
    p.add_argument(
        "--holidays",
        action="append",
        metavar="FILE",
        help="回执计算时以 --holidays 载入的 holiday-cn 文件（可重复），如 2027.json",
    )
    p.add_argument("--force", action="store_true", help="--holidays 文件未通过检查时仍照样载入")
    p.set_defaults(run=_verify)
