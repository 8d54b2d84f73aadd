"""`govrules explain` and `govrules signer` say things as the text does (a trial's findings, session 8)."""

from __future__ import annotations

import pytest

from govrules.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("article", ["53", "五十三", "第五十三条", "第53条"])
def test_the_article_is_headed_as_the_text_numbers_it(capsys: pytest.CaptureFixture[str], article: str) -> None:
    """西丰 第五十三条, however the user wrote its number: not 「第53条（53）」."""
    code, out = run(capsys, "explain", "xifeng-2022", article)
    assert code == 0
    assert out.splitlines()[0] == "《西丰县人民政府工作规则（试行）》第五十三条"


def test_a_quote_from_another_cited_passage_says_where_it_is_from(capsys: pytest.CaptureFixture[str]) -> None:
    """西丰 upward_by_principal_head cites 附件1 五(二)8 and 第五十三条第（一）项 but quotes the annex: listed
    under 第五十三条, its quote is said to come from the annex, not read as 第五十三条's words."""
    _, out = run(capsys, "explain", "xifeng-2022", "53")
    line = next(x for x in out.splitlines() if "upward_by_principal_head" in x)
    assert "（引自附件1 五(二)8）" in line
    own = next(x for x in out.splitlines() if "request_report_to_city_by_head" in x)
    assert "引自" not in own  # its quote is 第五十三条's own words


def test_a_presider_without_a_meeting_is_named_as_the_text_names_him(capsys: pytest.CaptureFixture[str]) -> None:
    """西丰's 县长, not the generic 市（县、区）长; and the option that fixes it."""
    code, out = run(capsys, "signer", "西丰", "--kind", "函", "--issuer", "政府", "--presided-by", "县长")
    assert code == 2
    assert "写了主持人（县长），还应用 --meeting 写明所主持的会议" in out
    assert "市（县、区）长" not in out
