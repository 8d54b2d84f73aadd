"""The OpenAPI document: the routes' own, with the schemas generated from the library's classes."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from govrules.receipt_schema import input_schema, receipt_schema

__all__ = ["body_doc", "install_openapi", "lean_params", "ref"]

JSON = "application/json"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def body_doc(name: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {JSON: {"schema": ref(name)}}}, "parameters": parameters}


_PARAM_DOC = {
    "ruleset_id": "a ruleset id (GET /rulesets): xifeng-2022, dongchuan-2024, ...",
    "rule": "a deadline rule id (GET /rulesets/{ruleset_id} lists them): countersign_reply, ...",
}


def lean_params(*path: str) -> list[dict[str, Any]]:
    """The parameters a lean route reads itself, for OpenAPI."""
    params: list[dict[str, Any]] = [
        {"name": p, "in": "path", "required": True, "schema": {"type": "string"}, "description": _PARAM_DOC[p]}
        for p in path
    ]
    params.append(
        {
            "name": "provisional",
            "in": "query",
            "required": False,
            "schema": {"type": "boolean", "default": False},
            "description": "estimate years the State Council has not published yet",
        }
    )
    return params


_PROBLEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details; title and detail in Chinese, title_en in English",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "title_en": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "value": {},
                    "message": {"type": "string"},
                    "message_en": {"type": "string"},
                },
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}


def install_openapi(app: FastAPI) -> None:
    """OpenAPI from the routes, with the schemas generated from the library's classes as components."""

    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
        )
        components: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
        deadline = input_schema("deadline")
        # the address names the rule: the body may leave it out, or repeat it (another is a 422; docs/service.md)
        deadline["properties"]["rule"] = {
            "anyOf": [deadline["properties"]["rule"], {"type": "null"}],
            "description": "the deadline rule the address names, repeated, or null (optional); another rule is"
            " refused (422)",
        }
        deadline["required"] = ["anchor"]
        named = {"Receipt": receipt_schema(), "DeadlineBody": deadline, "Problem": _PROBLEM_SCHEMA}
        for kind in ("signing", "approval", "leave", "meeting"):
            body = input_schema(kind)
            # the record format keeps an office system's own fields (标题, 文号) in a log; a decision's input is
            # refused with one (422, 不认识的字段): the schema says what the service does
            body["additionalProperties"] = False
            named[f"{kind.capitalize()}Input"] = body
        for name, schema in named.items():
            _add_component(components, name, schema)
        app.openapi_schema = doc
        return doc

    app.openapi = build  # type: ignore[method-assign]


def _add_component(components: dict[str, Any], name: str, schema: dict[str, Any]) -> None:
    schema = dict(schema)
    defs = schema.pop("$defs", {})
    schema.pop("$schema", None)
    schema.pop("$id", None)

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (
                    f"#/components/schemas/{name}_{v.removeprefix('#/$defs/')}"
                    if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/")
                    else fix(v)
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    components[name] = fix(schema)
    for def_name, body in defs.items():
        components[f"{name}_{def_name}"] = fix(body)
