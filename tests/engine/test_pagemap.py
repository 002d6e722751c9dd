"""Page-stamp mapping: every stamp form and every look-alike trap from the domain notes."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.pages.pagemap import (
    PageMap,
    build_page_map,
    fit_page_map,
    scan_page,
    stamp_candidates,
)
from tests.engine.fakepack import FakePage, make_doc, stamped_run


def _front(n: int) -> list[FakePage]:
    return [FakePage(body=["Fictional Borough Council", "Agenda"]) for _ in range(n)]


@pytest.mark.parametrize(
    "fmt",
    ["Page {n}", "{n}", "- {n} -", "p. {n}", "Pack Page {n}", "{n} | Page", "Page {n} of 300"],
)
def test_stamp_forms_map_to_physical(fmt: str) -> None:
    doc = make_doc(_front(2) + stamped_run(3, 12, fmt))
    pm = build_page_map(doc)
    assert pm.has_stamps
    assert pm.label(3) == 3 and pm.label(14) == 14
    assert pm.physical(9) == 9


def test_offset_and_unstamped_front_matter() -> None:
    # front sheet and agenda unstamped, papers start at pack page 1 on physical page 4
    doc = make_doc(_front(3) + stamped_run(1, 10))
    pm = build_page_map(doc)
    assert pm.labels[:3] == [None, None, None]
    assert pm.physical(1) == 4 and pm.physical(10) == 13
    assert pm.label(13) == 10


def test_blank_separator_interpolated() -> None:
    pages = _front(2) + stamped_run(3, 5)
    pages.append(FakePage(body=["This page is intentionally left blank"]))
    pages += stamped_run(9, 5)
    pm = build_page_map(make_doc(pages))
    assert pm.label(8) == 8  # the blank page keeps its place in the numbering
    assert pm.physical(9) == 9
    assert pm.stamped[7] is False


def test_out_of_sequence_and_garbled_stamps_ignored() -> None:
    pages = stamped_run(1, 20)
    pages[10] = FakePage(body=["x"], footer="Page 104")  # stray stamp between 10 and 12
    pages[15] = FakePage(body=["x"], footer="06")  # garbled
    pm = build_page_map(make_doc(pages))
    assert pm.label(11) == 11
    assert pm.label(16) == 16
    assert pm.physical(104) is None
    assert pm.warnings  # it says it ignored something


def test_slide_numbers_do_not_win() -> None:
    pages = stamped_run(1, 30)
    for k in range(10, 20):  # a slide deck numbered 1..10 in the header corner
        pages[k].header = str(k - 9)
    pm = build_page_map(make_doc(pages))
    assert [pm.label(p) for p in (11, 15, 20)] == [11, 15, 20]


def test_two_numberings_on_one_page_pick_the_pack() -> None:
    pages = stamped_run(5, 15)
    for k, p in enumerate(pages):
        p.header = str(k % 5 + 1)  # the document's own page numbers, restarting
    pm = build_page_map(make_doc(pages))
    assert pm.label(1) == 5 and pm.label(15) == 19


def test_per_paper_page_of_is_not_pack_numbering() -> None:
    pages: list[FakePage] = []
    for _paper in range(4):
        pages += [FakePage(body=["x"], header=f"Page {k} of 6") for k in range(1, 7)]
    pm = build_page_map(make_doc(pages))
    assert not pm.has_stamps
    assert pm.labels == [None] * 24


def test_broken_p_age_stamp() -> None:
    pages = _front(1)
    for k in range(2, 10):
        pages.append(FakePage(body=["x"], extra=[(290, 800, "P"), (290, 812, f"age {k}")]))
    pm = build_page_map(make_doc(pages))
    assert pm.label(5) == 5


def test_word_spaced_page_stamp_at_the_end_of_a_running_head() -> None:
    # Word's "3 | P a g e" set at the right margin of the running head, one line of text
    # with a long run of spaces between them.
    pages = _front(1)
    for k in range(2, 10):
        head = "Agenda - Special Council Meeting 10 June 2026" + " " * 40 + f"{k} | P a g e"
        pages.append(FakePage(body=["x"], extra=[(60, 30, head)]))
    pm = build_page_map(make_doc(pages))
    assert pm.has_stamps
    assert pm.label(2) == 2 and pm.label(9) == 9


def test_dates_years_and_list_numbers_ignored() -> None:
    pages = [
        FakePage(body=["x"], footer="2016", extra=[(60, 30, "3"), (60, 790, "15 March 2016")])
        for _ in range(12)
    ]
    pm = build_page_map(make_doc(pages))
    assert not pm.has_stamps


def test_no_stamps_at_all() -> None:
    pm = build_page_map(make_doc(_front(6)))
    assert not pm.has_stamps and pm.physical(1) is None and pm.label(1) is None


def test_offset_change_after_inserted_unnumbered_pages() -> None:
    pages = stamped_run(1, 10)
    pages += [FakePage(body=["landscape insert"], landscape=True) for _ in range(3)]
    pages += stamped_run(11, 10)
    pm = build_page_map(make_doc(pages))
    assert pm.physical(10) == 10 and pm.physical(11) == 14 and pm.physical(20) == 23


def test_page_inside_footer_text() -> None:
    pages = [
        FakePage(body=["x"], footer=f"Date of issue: 3 May 2019    Page {k}") for k in range(1, 9)
    ]
    pm = build_page_map(make_doc(pages))
    assert pm.label(4) == 4


def test_candidates_reject_prose() -> None:
    assert stamp_candidates(["Page 31 provides more detail"], 100) == {}
    assert stamp_candidates(["Page 3 of 14"], 200) == {}
    assert stamp_candidates(["Page 37 of 200"], 200) == {37: 2.5}
    assert stamp_candidates(["Foreword ..... 3"], 100) == {}  # a contents line
    assert stamp_candidates(["15 March 2016"], 100) == {}  # a date
    assert stamp_candidates(["2016"], 100) == {}  # a year


def test_candidates_accept_glued_and_corner_forms() -> None:
    assert stamp_candidates(["- 46 • Key actions for the year"], 100) == {46: 0.8}
    assert stamp_candidates(["Pack Page 12"], 100) == {12: 3.0}
    assert stamp_candidates(["37 | Page"], 100) == {37: 2.0}
    assert stamp_candidates(["p. 9"], 100) == {9: 1.5}
    assert stamp_candidates(["Date of issue: 3 May    Page 69"], 100) == {69: 1.2}


def test_fit_ignores_a_single_outlier() -> None:
    cands: list[dict[int, float]] = [{i + 1: 2.0} for i in range(10)]
    cands[5] = {50: 2.0}
    pm = fit_page_map(cands)
    assert pm.labels == list(range(1, 11))


def test_each_paper_numbering_its_own_pages_is_not_a_pack_map() -> None:
    pages: list[FakePage] = []
    for length in (7, 9, 6, 8):
        pages += stamped_run(1, length, "{n}")
    pm = build_page_map(make_doc(pages))
    assert not pm.has_stamps


def test_one_restart_keeps_the_longer_run() -> None:
    cands: list[dict[int, float]] = [{i + 1: 2.0} for i in range(12)]
    cands += [{i + 1: 2.0} for i in range(4)]  # a trailing insert numbered 1..4
    pm = fit_page_map(cands)
    assert pm.labels[:12] == list(range(1, 13))
    assert pm.labels[12:] == [None] * 4


def _labelled_pack(tmp_path: Path, labels: list[dict[str, object]]) -> tuple[PageMap, PageMap]:
    """The page map of a generated pack without and with the given /PageLabels."""
    from tests.packgen import PackSpec, build_pack

    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=5, seed=21), pdf)
    doc = pymupdf.open(pdf)
    plain = build_page_map(doc)
    doc.set_page_labels(labels)
    labelled = build_page_map(doc)
    doc.close()
    return plain, labelled


def test_restarting_page_labels_do_not_override_stamps(tmp_path: Path) -> None:
    rules = [{"startpage": p, "prefix": "", "style": "D", "firstpagenum": 1} for p in (0, 6, 12)]
    plain, labelled = _labelled_pack(tmp_path, rules)
    assert plain.has_stamps
    assert labelled.labels == plain.labels and labelled.source == "stamps"


def test_page_labels_contradicting_stamps_are_ignored(tmp_path: Path) -> None:
    rules = [{"startpage": 0, "prefix": "", "style": "D", "firstpagenum": 101}]
    plain, labelled = _labelled_pack(tmp_path, rules)
    assert labelled.labels == plain.labels and labelled.source == "stamps"


def test_welsh_tudalen_stamps_are_read() -> None:
    from boardprep.core.engine.pages.pagemap import stamp_candidates

    assert stamp_candidates(["Tudalen 37"], 100) == stamp_candidates(["Page 37"], 100)
    assert 37 in stamp_candidates(["Tudalen 37"], 100)


def test_bare_n_of_total_stamps_are_read() -> None:
    from boardprep.core.engine.pages.pagemap import stamp_candidates

    assert 7 in stamp_candidates(["7 of 120"], 120)
    assert stamp_candidates(["2 of 5"], 120) == {}  # a paper's own "2 of 5", not the pack's


def test_candidates_read_european_page_of_forms() -> None:
    """ "Sida 37 av 200" (Swedish), "Seite 37 von 200", "Página 37 de 200": the pack's page;
    a bare "37 de 200" is no stamp (the connective only counts after the word for page)."""
    for cell in ("Sida 37 av 200", "Seite 37 von 200", "Página 37 de 200", "Page 37 sur 200"):
        assert stamp_candidates([cell], 200) == {37: 2.5}, cell
    assert stamp_candidates(["Sida 3 av 11"], 200) == {}  # a paper numbering its own pages
    assert stamp_candidates(["37 de 200"], 200) == {}


def test_lines_of_one_block_set_far_apart_keep_their_own_places() -> None:
    """A cover's text frame: "PREPARED FOR:" at its top, the client's name a good way below
    (blank lines between them). Read as one block, spreading the block's height over its
    two lines would make each 80 points tall, the title of the page by size."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((332, 255), "PREPARED FOR:\n \n \n \n \n \n \n \n \nExcelsior District")
    lines = scan_page(page).lines
    assert [ln.text for ln in lines] == ["PREPARED FOR:", "Excelsior District"]
    assert all(ln.height < 20 for ln in lines)
    assert lines[1].y0 - lines[0].y0 > 100  # eight blank lines apart, as printed
