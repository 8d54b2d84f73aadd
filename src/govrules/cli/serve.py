"""`govrules serve`: the HTTP service (needs the `serve` extra)."""

from __future__ import annotations

import argparse
import os

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


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: list[argparse.ArgumentParser]) -> None:
    """Add `serve` to the command line."""
    p = sub.add_parser(
        "serve", parents=common, help="以 HTTP 服务提供各项决定（OpenAPI 见 /openapi.json；需 serve 附加依赖）"
    )
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    p.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")
    p.add_argument("--workers", type=int, default=1, help="共用端口的工作进程数（默认 1）")
    p.add_argument("--max-body", type=int, help="请求体的最大字节数（默认 1 MiB）")
    p.add_argument("--max-audit-body", type=int, help="审计记录的最大字节数（默认 64 MiB，边收边读）")
    p.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help="日志级别（默认 warning）",
    )
    p.add_argument("--access-log", action="store_true", help="记录每个请求")
    p.set_defaults(run=_serve)
