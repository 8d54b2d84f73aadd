"""Session 14: a log whose request declares its encoding (`charset=gbk`, as an office system exporting in GBK
sends it) is read in that encoding, named in the summary's warnings, and audited as the same log in UTF-8 is;
a charset Python does not know is refused (415) naming it. Against a running server on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from _serve import own_client

httpx = pytest.importorskip("httpx")

PROBLEM = "application/problem+json"
# 西丰 四十一: the 常务会议 is presided by the 县长; a 副县长 presiding it is a breach (a finding to compare)
LOG = (
    '{"type":"meeting","id":"会1","kind":"常务会议","date":"2025-03-04","presided_by":"县长"}\n'
    '{"type":"meeting","id":"会2","kind":"常务会议","date":"2025-04-08","presided_by":"副县长"}\n'
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with own_client(tmp_path_factory) as c:
        yield c


def _rows(r: httpx.Response) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    return [json.loads(line) for line in r.iter_lines() if line]


def _audit(client: httpx.Client, body: bytes, content_type: str) -> httpx.Response:
    return client.post("/rulesets/xifeng-2022/audit", content=body, headers={"content-type": content_type})


@pytest.mark.parametrize("charset", ["gbk", "GBK", "gb18030", "gb2312", '"gbk"', "utf-16-le"])
def test_a_log_declared_in_another_encoding_is_read_in_it(client: httpx.Client, charset: str) -> None:
    utf8 = _rows(_audit(client, LOG.encode(), "application/x-ndjson"))
    declared = charset.strip('"')
    got = _rows(_audit(client, LOG.encode(declared), f"application/x-ndjson; charset={charset}"))
    assert got[:-1] == utf8[:-1]  # the same findings, nothing unreadable
    assert got[-1]["read"] == 2 and got[-1]["invalid"] == 0
    assert not any(f["rule"] == "invalid_record" for f in got[:-1])
    name = declared.upper().replace("-LE", "")
    assert any(name in w.upper() and "编码" in w for w in got[-1]["warnings"]), got[-1]["warnings"]
    assert not utf8[-1]["warnings"]


def test_without_the_declaration_a_gbk_log_is_named_not_guessed(client: httpx.Client) -> None:
    got = _rows(_audit(client, LOG.encode("gbk"), "application/x-ndjson"))
    assert got[-1]["invalid"] == 2 and all("GBK" in f["message"] for f in got[:-1])


def test_a_utf8_bom_wins_over_a_declared_charset(client: httpx.Client) -> None:
    got = _rows(_audit(client, b"\xef\xbb\xbf" + LOG.encode(), "text/plain; charset=gbk"))
    assert got[-1]["read"] == 2 and got[-1]["invalid"] == 0 and not got[-1]["warnings"]


def test_an_unknown_charset_is_refused_naming_it(client: httpx.Client) -> None:
    r = _audit(client, LOG.encode(), "application/x-ndjson; charset=x-no-such")
    assert r.status_code == 415 and r.headers["content-type"] == PROBLEM
    assert "x-no-such" in r.json()["detail"] and "字符集" in r.json()["detail"]
