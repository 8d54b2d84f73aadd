"""The `govrules` command line: thin, every answer comes from the library.

One module per command (or group of commands), each declaring its parser (`add_parser`) and running it;
a run imports only the module of its command, so that a one-line answer does not load the simulation,
the what-if diff or the audit it does not use. `main` is the console entry point (`govrules`).
"""

from __future__ import annotations

import argparse
import errno
import gc
import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from govrules.calendar_messages import render
from govrules.cli._common import examples, one_line, os_error_zh
from govrules.cli._parse import Formatter, lang_of, parser_class, ruleset_id
from govrules.errors import ForbiddenByRule, GovRulesError

__all__ = ["COMMANDS", "ONE_LINE", "build_parser", "main"]

#: Each command and the module of this package that declares and runs it, in the order `govrules -h` lists them.
COMMANDS: Mapping[str, str] = {
    "workdays": "workdays",
    "rulesets": "rulesets",
    "due": "due",
    "signer": "signer",
    "leave": "leave",
    "explain": "explain",
    "audit": "audit",
    "simulate": "simulate",
    "diff": "diff",
    "approver": "receipts",
    "meeting": "receipts",
    "verify": "receipts",
    "serve": "serve",
    "calendar": "calendar",
}

#: The commands that answer one question and end. While one runs, the cyclic garbage collector is paused: its
#: start-up builds classes, rules and a calendar that all live until it ends, so the collector's passes (a
#: tenth of its time) would free nothing. The others (the audit, a simulation, the service...) pause it only
#: while their modules load, so that a long run frees its cycles as usual.
ONE_LINE = frozenset(("workdays", "rulesets", "due", "signer", "leave", "explain", "approver", "meeting", "verify"))


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules a parse of `argv` needs: the one of the command it names, none for `--version`
    alone, and every one when the whole command line's help or error may be shown."""
    words = iter(argv)
    version = False
    for word in words:
        if word == "--lang":
            next(words, None)
        elif word.startswith("--lang="):
            continue
        elif word == "--version":
            version = True
        elif word in COMMANDS:
            return (COMMANDS[word],)
        else:  # -h, an unknown option or command: the whole parser says what to do with it
            break
    else:
        if version:
            return ()
    return tuple(dict.fromkeys(COMMANDS.values()))


def _declare(
    module: str,
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    cal_opts: argparse.ArgumentParser,
    lang: str,
) -> None:
    """Add the commands of `module` (a module of this package) to the command line."""
    commands = importlib.import_module(f"govrules.cli.{module}")
    if module == "receipts":
        commands.add_parsers(sub, [common], cal_opts)
    elif module == "simulate":
        commands.add_parser(sub, [common], lang)
    elif module in ("diff", "serve", "calendar"):
        commands.add_parser(sub, [common])
    else:
        commands.add_parser(sub, common, cal_opts, lang)


def build_parser(lang: str = "zh", modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser of the `govrules` command; its help and errors in `lang` (zh or en).

    `modules` limits it to the commands of those modules of this package (all of them by default)."""
    from govrules import __version__

    parser: argparse.ArgumentParser = parser_class(lang)(
        prog="govrules",
        description="人民政府工作规则：谁签发、何时到期、可否请假、会议是否合规——每个答案都注明依据条款。",
        epilog=examples(
            "govrules rulesets                      列出规则集",
            "govrules rulesets 西丰县               某规则集的时限、会议、职务和条文",
            "govrules due 西丰县 countersign_reply 2025年9月26日",
            "govrules signer xifeng-2022 --kind 请示 --issuer 政府 --to 上级政府",
            "govrules leave xifeng-2022 --role 副县长 --kind 离丰 --start 2025/9/26",
            "govrules explain xifeng-2022 53",
            "govrules audit xifeng-2022 records.jsonl --format html -o 报告.html",
            "govrules simulate",
            "",
            "退出状态：0 无问题；1 有违规（请假不符合规定、会议不合规、审计发现）；2 输入或用法有误。",
            "加 --lang en 以英文输出。",
        ),
    )
    parser.add_argument("--version", action="version", version=f"govrules {__version__}", help="显示版本后退出")
    parser.add_argument(
        "--lang", dest="lang_first", choices=("zh", "en"), help="输出语言（也可写在命令之后）：zh 或 en"
    )
    common = argparse.ArgumentParser(add_help=False, formatter_class=Formatter)
    common.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="输出语言：zh 中文（默认）或 en 英文 / output language"
    )
    cal_opts = argparse.ArgumentParser(add_help=False, formatter_class=Formatter)
    cal_opts.add_argument(
        "--provisional", action="store_true", help="对国务院尚未公布安排的年份按估算计算（结果注明为估算）"
    )
    cal_opts.add_argument(
        "--holidays", action="append", metavar="FILE", help="补充某一年的 holiday-cn JSON 文件（可重复），如 2027.json"
    )
    cal_opts.add_argument("--force", action="store_true", help="--holidays 文件未通过检查时仍照样载入")
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令", title="命令")
    for module in dict.fromkeys(COMMANDS.values()) if modules is None else modules:
        _declare(module, sub, common, cal_opts, lang)
    return parser


def _file_after_options(args: argparse.Namespace, extras: list[str]) -> None:
    """`audit 西丰 --format csv FILE`: a command taking an optional ruleset and a file, given the file after
    its options, has the ruleset in `file` and the file left over (argparse does not intermix them)."""
    if (
        len(extras) == 1
        and not extras[0].startswith("-")
        and getattr(args, "ruleset", "") is None
        and isinstance(getattr(args, "file", None), str)
    ):
        args.ruleset, args.file = args.file, extras.pop()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status: 0 clean, 1 a breach found (or a situation the text
    forbids, `ForbiddenByRule`), 2 a usage or input error.

    Without `argv` (the console script, `python -m govrules.cli`: the process ends when it returns), the objects
    left are frozen (`gc.freeze`), so that the collection Python makes at exit does not walk them all."""
    collecting = gc.isenabled()
    gc.disable()  # while the command's modules load (see ONE_LINE); as it was on return
    try:
        return _main(argv, gc.enable if collecting else gc.disable)
    finally:
        if argv is None:
            gc.freeze()
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, resume_gc: Callable[[], None]) -> int:
    """`main`, `resume_gc` called once the command is known unless it is one of `ONE_LINE`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = lang_of(argv)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a lone surrogate from an input file is escaped, never an encoding error
        reconfigure(errors="backslashreplace")
    try:
        try:
            parser = build_parser(lang, _modules_for(argv))
            args, extras = parser.parse_known_args(argv)
            _file_after_options(args, extras)
            if extras:
                parser.error(f"unrecognized arguments: {' '.join(extras)}")
        except SystemExit as e:  # a usage error (said in one line), or --help / --version
            return e.code if isinstance(e.code, int) else 2
        if args.command not in ONE_LINE:
            resume_gc()
        args.lang = lang  # given before the command or after it
        if getattr(args, "ruleset", None) is not None and args.command != "rulesets":
            args.ruleset = ruleset_id(args.ruleset, lang)
        run: Callable[[argparse.Namespace], str | int | tuple[str, int]] = args.run
        result = run(args)
        text, status = (
            (result, 0) if isinstance(result, str) else result if isinstance(result, tuple) else (None, result)
        )
        if text is not None:
            print(text)
        sys.stdout.flush()
        return status
    except GovRulesError as e:
        if _pipe_closed(e):
            return _closed_pipe()
        said = render(e, lang)
        print(f"govrules: {one_line(os_error_zh(said) if lang == 'zh' else said)}", file=sys.stderr)
        return 1 if isinstance(e, ForbiddenByRule) else 2  # what the text forbids is a breach, not a usage error
    except BrokenPipeError:
        return _closed_pipe()
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except OSError as e:  # writing to a full disk or a closed terminal: said in one line, not a traceback
        if _pipe_closed(e):
            return _closed_pipe()
        print(f"govrules: {one_line(os_error_zh(str(e)) if lang == 'zh' else str(e))}", file=sys.stderr)
        return 2
    except Exception as e:  # a bug: one line, and the traceback only when asked for
        if os.environ.get("GOVRULES_DEBUG"):
            raise
        what = f"{type(e).__name__}: {e}"
        print(
            f"govrules: 内部错误（{one_line(what)}）；请报告此问题，设置 GOVRULES_DEBUG=1 可显示详细信息"
            if lang == "zh"
            else f"govrules: internal error ({one_line(what)}); please report it"
            " (GOVRULES_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 2


def _pipe_closed(e: BaseException) -> bool:
    """Whether `e` is, or was raised because of, output piped into a reader that has stopped (`head`)."""
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, BrokenPipeError) or (isinstance(seen, OSError) and seen.errno == errno.EPIPE):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _closed_pipe() -> int:
    """Every command's end when its output is piped into a reader that has stopped (`| head`): silently, with
    the status a process killed by SIGPIPE has in the shell (141), whichever command it was."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that flushing at exit does not fail again
    except (OSError, ValueError):  # no file descriptor (a test's StringIO)
        pass
    return 141
