"""The HTTP service (`govrules serve`): the library's decisions as receipts, over ASGI.

Needs the `serve` extra (FastAPI, uvicorn). Another face over the same functions the command line
calls: every answer is `govrules.receipts.decide`'s receipt, every error `govrules.problems`'.
"""

from __future__ import annotations

from govrules.service.app import create_app

__all__ = ["create_app"]
