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
        raise InvalidInput(f"govrules serve needs the serve extra: pip install 'govrules[serve]' ({e})") from None
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
    p = sub.add_parser("serve", parents=common, help="serve the decisions over HTTP (OpenAPI at /openapi.json)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes sharing the port (default 1)")
    p.add_argument("--max-body", type=int, help="largest request body in bytes (default 1 MiB)")
    p.add_argument("--max-audit-body", type=int, help="largest audit log in bytes (default 64 MiB; read as it comes)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    p.add_argument("--access-log", action="store_true", help="log every request")
    p.set_defaults(run=_serve)
