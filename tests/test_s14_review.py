"""Session 14 review: the HTTP audit's declared charset and the query parameters refused, against hostile input.

- A declared charset Python knows but no log is written in (a bytes-to-bytes codec such as base64 or zlib, rot13,
  idna, undefined) failed halfway through the audit as an internal error (a 500 line in the stream); it is refused
  before the status line (415), as an unknown charset is. zlib would also have inflated the body past the limit.
- Another name of UTF-8 (utf_8, cp65001) is UTF-8: no warning telling the client to send UTF-8.
- A query with one parameter repeated and another unknown was refused for the first alone; both are said.
In process (fastapi's TestClient)."""

from __future__ import annotations

import base64
import json
import warnings
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette's TestClient warns, on import, of its httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from govrules.service.app import create_app

PROBLEM = "application/problem+json"
# 西丰 四十一: the 常务会议 is presided by the 县长
LOG = '{"type":"meeting","id":"会1","kind":"常务会议","date":"2025-03-04","presided_by":"县长"}\n'


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def _audit(client: TestClient, body: bytes, charset: str) -> Any:
    return client.post(
        "/rulesets/xifeng-2022/audit",
        content=body,
        headers={"content-type": f"application/x-ndjson; charset={charset}"},
    )


@pytest.mark.parametrize(
    ("charset", "body"),
    [
        ("base64", base64.b64encode(LOG.encode())),
        ("hex", LOG.encode().hex().encode()),
        ("zlib", zlib.compress(LOG.encode())),
        ("bz2", LOG.encode()),
        ("uu", LOG.encode()),
        ("quopri", LOG.encode()),
        ("rot13", LOG.encode()),
        ("undefined", LOG.encode()),
        ("idna", LOG.encode()),
        ("punycode", LOG.encode()),
        ("unicode_escape", LOG.encode()),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_codec_that_is_no_charset_is_refused_before_the_audit(client: TestClient, charset: str, body: bytes) -> None:
    r = _audit(client, body, charset)
    assert r.status_code == 415 and r.headers["content-type"] == PROBLEM, r.text
    assert charset in r.json()["detail"] and "字符集" in r.json()["detail"]


@pytest.mark.parametrize("charset", ["utf_8", "UTF8", "cp65001", "utf-8-sig"])
def test_another_name_of_utf8_is_utf8(client: TestClient, charset: str) -> None:
    r = _audit(client, LOG.encode(), charset)
    assert r.status_code == 200, r.text
    summary = json.loads([line for line in r.text.splitlines() if line][-1])
    assert summary["read"] == 1 and summary["invalid"] == 0
    assert not summary["warnings"], summary["warnings"]  # no 「请以UTF-8发送」 to a log sent in UTF-8


@pytest.mark.parametrize("charset", ["utf-7", "gbk"])
def test_a_charset_still_reads(client: TestClient, charset: str) -> None:
    r = _audit(client, LOG.encode(charset), charset)
    assert r.status_code == 200, r.text
    summary = json.loads([line for line in r.text.splitlines() if line][-1])
    assert summary["read"] == 1 and summary["invalid"] == 0 and summary["warnings"]


def test_a_repeated_and_an_unknown_parameter_are_both_said(client: TestClient) -> None:
    r = client.get("/workdays/between/2025-01-01/2025-02-01?bogus=1&provisional=true&provisional=false")
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    fields = [e["field"] for e in r.json()["errors"]]
    assert fields == ["bogus", "provisional"]  # in the query's order
    assert "出现了2次" in r.json()["detail"] and "未知的查询参数“bogus”" in r.json()["detail"]


# -- 西丰 五十三（三） 人事任免公文,由县长签发: an authorization on record is not what is missing ----------------------


def test_an_authorization_the_rule_does_not_admit_is_not_said_missing() -> None:
    from datetime import date

    from govrules import rulesets, signing
    from govrules.model import Authorization, Document, Role

    xf = rulesets.load("xifeng-2022")
    doc = Document(kind="NOTICE", issuer="GOVERNMENT", addressee="SUBORDINATES", matters=["PERSONNEL"])  # type: ignore[arg-type]
    granted = [Authorization(Role.HEAD, Role.EXECUTIVE_DEPUTY, date(2025, 1, 1), date(2025, 12, 31))]

    def said(authorizations: list[Authorization]) -> str:
        reviewers = [r for r in signing.who_signs(xf, doc).reviewers if r is not Role.EXECUTIVE_DEPUTY]
        v = signing.check_signature(
            xf,
            doc,
            signed_by=Role.EXECUTIVE_DEPUTY,
            reviewed_by=reviewers,
            authorizations=authorizations,
            on=date(2025, 3, 3),
        )
        (breach,) = [x for x in v.violations if x.rule == "signer"]
        return breach.message

    assert "无有效授权" not in said(granted) and "未设授权签发" in said(granted)
    assert said([]).endswith("且无有效授权")  # none on record: said as before
