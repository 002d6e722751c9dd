from __future__ import annotations

from boardprep.core.reflow import quote_and_comment, reflow


def test_reflow_joins_lines_and_mends_split_words() -> None:
    quoted = "The Council is asked to\nnote the regener-\nation of the\r\n  river\u00ad\nside walk."
    assert reflow(quoted) == "The Council is asked to note the regeneration of the riverside walk."


def test_reflow_keeps_real_dashes_and_numbers() -> None:
    assert reflow("costs -\n£1.2m in 2025-\n26") == "costs - £1.2m in 2025- 26"
    assert reflow("Item 4 –\nfinance") == "Item 4 – finance"
    assert reflow(None) == "" and reflow("  \n ") == ""


def test_a_quote_note_shows_its_own_text_only_when_it_is_not_the_quote() -> None:
    assert quote_and_comment("line one\nline two", "line one\nline two") == (
        "line one line two",
        "",
    )
    assert quote_and_comment("a\nb", "Ask about b") == ("a b", "Ask about b")
    assert quote_and_comment(None, "plain note") == ("", "plain note")
