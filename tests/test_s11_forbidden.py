"""A document the text forbids sending so is told apart from one the text is silent on (session 11).

district-xx 第五十六条第四款: 「区政府议事协调机构…不得直接向区政府报送公文。确需向区政府请示报告的,应当由其
主管部门向区政府报文。」 The text speaks of such a document only to forbid it: `who_signs` raises `ForbiddenByRule` (a
`NoApplicableRule`), the HTTP service answers the problem `forbidden-by-rule`, `govrules signer` exits 1 (a breach),
not 2 (a usage or input error). A document no rule speaks of at all stays a plain `NoApplicableRule`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import rulesets, signing
from govrules.errors import ForbiddenByRule, NoApplicableRule
from govrules.model import Addressee, Document, DocumentKind, Issuer
from govrules.problems import problem_of
from govrules.strategies import documents

XX = "district-xx"
#: 第五十六条第四款: a coordination body's document to the district government.
BARRED = Document(kind=DocumentKind.REQUEST, issuer=Issuer.COORDINATION_BODY, addressee=Addressee.GOVERNMENT)


def test_article_56_4_a_barred_document_is_forbidden_not_silent() -> None:
    rs = rulesets.load(XX)
    for _ in range(3):  # the first answer and the remembered one alike
        with pytest.raises(ForbiddenByRule) as raised:
            signing.who_signs(rs, BARRED)
        assert isinstance(raised.value, NoApplicableRule)  # code that catches the old class still does
        assert "第五十六条第四款" in (raised.value.zh or "")
        assert "不得直接向区政府报送公文" in (raised.value.zh or "")
    p = problem_of(raised.value).as_dict(422)
    assert p["type"] == "urn:govrules:problem:forbidden-by-rule"
    assert p["title"] == "规则禁止此情形"


@settings(max_examples=300, deadline=None)
@given(rid=st.sampled_from(rulesets.available()), document=documents())
def test_forbidden_exactly_when_a_routing_rule_bars_what_no_signing_rule_covers(rid: str, document: Document) -> None:
    """`ForbiddenByRule` iff the refusal's document breaks a prohibition (`signing.routing`); a plain
    `NoApplicableRule` iff the text is silent and forbids nothing; an answer whatever `routing` says."""
    rs = rulesets.load(rid)
    barred = signing.routing(rs, document)
    try:
        signing.who_signs(rs, document)
        refused = None
    except NoApplicableRule as e:
        refused = e
    if isinstance(refused, ForbiddenByRule):
        assert barred
    elif refused is not None:
        assert not barred, refused


def test_forbidden_is_reached_in_the_shipped_texts() -> None:
    """The property above cannot pass for want of a barred document: kind x issuer x addressee holds some
    refused as forbidden, in district-xx only (the one text with a routing rule)."""
    forbidden: set[str] = set()
    for rid in rulesets.available():
        rs = rulesets.load(rid)
        for kind in (k for k in DocumentKind if k is not DocumentKind.MINUTES):  # minutes need a meeting
            for issuer in Issuer:
                for addressee in (None, *Addressee):
                    try:
                        signing.who_signs(rs, Document(kind=kind, issuer=issuer, addressee=addressee))
                    except ForbiddenByRule:
                        forbidden.add(rid)
                    except NoApplicableRule:
                        pass
    assert forbidden == {XX}


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVRULES_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "govrules.cli", *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_command_line_exits_1_for_a_barred_document(tmp_path: Path, fmt: str) -> None:
    r = _cli(
        "signer", "某区", "--kind", "请示", "--issuer", "议事协调机构", "--to", "区政府", "--format", fmt, data=tmp_path
    )
    assert r.returncode == 1, r.stderr
    assert "第五十六条第四款" in r.stderr and "Traceback" not in r.stderr


def test_the_command_line_still_exits_2_for_a_document_the_text_is_silent_on(tmp_path: Path) -> None:
    r = _cli("signer", "西丰", "--kind", "通报", "--issuer", "部门", "--to", "社会公众", data=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "未规定" in r.stderr


httpx = pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    sys.path.insert(0, str(Path(__file__).parent / "service"))
    from _serve import serving

    data = tmp_path_factory.mktemp("data")
    with serving({"GOVRULES_DATA_DIR": str(data)}, options=()) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def test_the_service_answers_a_barred_document_with_its_own_problem(client: httpx.Client) -> None:
    r = client.post(f"/rulesets/{XX}/signing", json={"kind": "请示", "issuer": "议事协调机构", "addressee": "区政府"})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["type"] == "urn:govrules:problem:forbidden-by-rule"
    assert "第五十六条第四款" in body["detail"]
    silent = client.post(
        "/rulesets/xifeng-2022/signing", json={"kind": "通报", "issuer": "部门", "addressee": "社会公众"}
    )
    assert silent.status_code == 422 and silent.json()["type"] == "urn:govrules:problem:no-applicable-rule"
