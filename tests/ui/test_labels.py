"""Words the panels show: long titles are cut at a word so the notes keep their room."""

from __future__ import annotations

from boardprep.ui.labels import headline


def test_a_long_title_is_cut_at_a_word_and_a_short_one_kept() -> None:
    short = "Library Service Review"
    assert headline(short) == short
    long = "An ordinance of the City rezoning " + "a parcel of land, " * 20 + "and more."
    cut = headline(long, 80)
    assert cut.endswith(" …") and len(cut) <= 82
    assert long.startswith(cut[:-2]) and not cut[:-2].endswith((",", " "))
