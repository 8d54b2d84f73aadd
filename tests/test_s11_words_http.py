"""Session 11 (s11-words): `govrules serve` over loopback, as an office system's developer calls it (started as
tests/service/test_trial9_service.py starts it). Each row names its ruleset and article."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
sys.path.insert(0, str(Path(__file__).parent / "service"))
from _serve import serving  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data: Path = tmp_path_factory.mktemp("data")
    with serving({"GOVRULES_DATA_DIR": str(data)}, options=()) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def test_a_leave_without_an_end_is_answered_as_a_one_day_leave(client: httpx.Client) -> None:
    # 咸阳 六十五: trial 10 P4 got 422 「缺少必填字段 end」 where the command line answers
    r = client.post(
        "/rulesets/xianyang-2013/leave", json={"role": "分管市长", "kind": "离咸外出", "start": "2025-03-06"}
    )
    assert r.status_code == 200, r.text
    assert "2025-03-06至2025-03-06" in r.json()["explanation"]
    schema = client.get("/openapi.json").json()["components"]["schemas"]["LeaveInput"]
    assert "end" not in schema["required"] and "start" in schema["required"]


def test_a_leave_explained_over_http_says_the_articles_word(client: httpx.Client) -> None:
    # 东川 第四十四条 「各乡镇（街道）主要负责人外出」
    body = {"role": "乡镇（街道）主要负责人", "kind": "外出", "start": "2025-03-06", "end": "2025-03-06"}
    r = client.post("/rulesets/dongchuan-2024/leave", json=body)
    assert r.status_code == 200 and "乡镇（街道）主要负责人外出（" in r.json()["explanation"], r.text


def test_a_variant_refused_over_http_offers_the_texts_word(client: httpx.Client) -> None:
    # district-xx 五十九 「特别复杂的事项」
    r = client.post(
        "/rulesets/district-xx/deadlines/countersign_reply", json={"anchor": "2025-09-26", "variant": "特殊"}
    )
    assert r.status_code == 422 and "complex（特别复杂）" in r.json()["detail"], r.text


@pytest.mark.parametrize(
    ("rid", "issuer", "said"),
    [
        pytest.param(
            "dongchuan-2024", "以区人民政府或区政府办公室名义", "一份公文只以其中一个名义发出", id="东川 第三十三条"
        ),
        pytest.param("xifeng-2022", "县市区政府", "县市区政府是市的下级政府", id="西丰 (a 县) 县市区政府"),
    ],
)
def test_an_issuer_is_refused_over_http_as_the_command_line_refuses_it(
    client: httpx.Client, rid: str, issuer: str, said: str
) -> None:
    r = client.post(f"/rulesets/{rid}/signing", json={"kind": "请示", "issuer": issuer, "addressee": "上级政府"})
    assert r.status_code == 422 and said in r.json()["detail"], r.text


def test_an_addressee_as_the_text_writes_it_is_read_over_http(client: httpx.Client) -> None:
    # 咸阳 四十八 「各县市区政府」: the governments under the 市
    r = client.post(
        "/rulesets/xianyang-2013/signing", json={"kind": "通知", "issuer": "以政府名义", "addressee": "各县市区政府"}
    )
    assert r.status_code in (200, 422) and "主送" not in r.text and "无法识别" not in r.text, r.text
