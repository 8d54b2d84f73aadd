"""`govrules serve`: the HTTP service (needs the `serve` extra)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from govrules.errors import InvalidInput

__all__ = ["add_parser"]


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        import govrules.service  # noqa: F401 - fail here, not in a worker, when the extra is missing
    except ImportError as e:
        raise InvalidInput(
            f"govrules serve needs the serve extra: pip install 'govrules[serve]' ({e})",
            zh=f"govrules serve 需要 serve 附加依赖，请安装：pip install 'govrules[serve]'（{e}）",
        ) from None
    if args.max_body is not None:
        os.environ["GOVRULES_MAX_BODY"] = str(args.max_body)
    if args.max_audit_body is not None:
        os.environ["GOVRULES_MAX_AUDIT_BODY"] = str(args.max_audit_body)
    _can_listen(args.host, args.port)
    print(f"govrules: serving on http://{args.host}:{args.port} (docs: /docs, OpenAPI: /openapi.json)", flush=True)
    uvicorn.run(
        "govrules.service:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=args.access_log,
    )
    return 0


def _can_listen(host: str, port: int) -> None:
    """Refuse, in one line, an address the service could not listen on (a port in use, a host that is not
    this machine's), before saying it serves there."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(address)
    except OSError as e:
        import errno

        reason = e.strerror or str(e)
        if e.errno == errno.EADDRINUSE:
            en, zh = "is another service using the port? try --port", "该端口已被占用：可用 --port 换一个端口"
        elif e.errno == errno.EACCES:
            en, zh = "a port below 1024 needs privileges: try --port 8000", "1024以下的端口须有特权：可用 --port 8000"
        else:  # a name that does not resolve, an address not of this machine: the host is at fault, not the port
            en = "is the --host an address of this machine? (127.0.0.1, 0.0.0.0 for every one)"
            zh = "--host 须是本机的地址（127.0.0.1；0.0.0.0 为本机全部地址）"
        raise InvalidInput(
            f"cannot listen on {host}:{port} ({reason}): {en}", zh=f"无法在 {host}:{port} 监听（{reason}）：{zh}"
        ) from None


def _number(low: int, high: int | None, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, refused in Chinese otherwise."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < low or (high is not None and value > high):
            upper = f"至{high}" if high is not None else "以上"
            raise argparse.ArgumentTypeError(f"{what}应为{low}{upper}的整数；实际是{text!r}")
        return value

    return parse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: list[argparse.ArgumentParser]) -> None:
    """Add `serve` to the command line."""
    p = sub.add_parser(
        "serve", parents=common, help="以 HTTP 服务提供各项决定（OpenAPI 见 /openapi.json；需 serve 附加依赖）"
    )
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    p.add_argument("--port", type=_number(1, 65535, "端口"), default=8000, help="端口（1至65535，默认 8000）")
    p.add_argument("--workers", type=_number(1, 64, "工作进程数"), default=1, help="共用端口的工作进程数（默认 1）")
    p.add_argument("--max-body", type=_number(1, None, "--max-body"), help="请求体的最大字节数（默认 1 MiB）")
    p.add_argument(
        "--max-audit-body",
        type=_number(1, None, "--max-audit-body"),
        help="审计记录的最大字节数（默认 64 MiB，边收边读）",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help="日志级别（默认 warning）",
    )
    p.add_argument("--access-log", action="store_true", help="记录每个请求")
    p.set_defaults(run=_serve)
