"""Scanned agenda pages: read by Tesseract when it is installed, named plainly when not."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages import ocr
from boardprep.core.engine.pages.textlayer import PageLines, page_lines
from tests.engine.agenda_pdfkit import put_lines
from tests.packgen import PackSpec, build_pack


def _scanned_copy(src: Path, dst: Path, pages: int) -> None:
    """The pack with its first ``pages`` pages replaced by images of themselves (a scan)."""
    doc = pymupdf.open(src)
    out = pymupdf.open()
    for i, page in enumerate(doc):
        if i < pages:
            pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, pixmap=pix)
        else:
            out.insert_pdf(doc, from_page=i, to_page=i)
    out.save(dst)


@pytest.fixture(scope="module")
def scanned_front(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("ocr")
    truth = build_pack(PackSpec(n_items=5, seed=41, target_pages=24), tmp / "pack.pdf")
    _scanned_copy(tmp / "pack.pdf", tmp / "scanned.pdf", pages=3)
    return tmp / "scanned.pdf", truth


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_a_scanned_agenda_is_read_by_text_recognition(scanned_front, tmp_path: Path) -> None:
    pdf, truth = scanned_front
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    want = [(it["number"], it["title"]) for it in truth["items"]]
    assert [(it.number, it.title) for it in tree.items] == want
    assert tree.meeting.date == truth["meeting"]["date"]
    assert any("text recognition (OCR)" in w and "check" in w for w in tree.warnings)


def test_without_tesseract_the_warning_says_how_to_install_it(
    scanned_front, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tessdata", lambda: None)
    pdf, _truth = scanned_front
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert any("apt-get install tesseract-ocr" in w for w in tree.warnings)
    assert not any("read by text recognition" in w for w in tree.warnings)


def test_only_front_pages_are_recognised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan of 30 pages costs at most MAX_OCR_PAGES recognitions, never the whole pack."""
    calls: list[int] = []

    def fake_ocr(page: pymupdf.Page) -> None:
        calls.append(page.number)
        return None

    monkeypatch.setattr(ocr, "tessdata", lambda: "/nowhere")
    monkeypatch.setattr(ocr.AgendaOcr, "lines", lambda _self, page: fake_ocr(page))
    monkeypatch.setattr(ocr.AgendaOcr, "ahead", lambda _self, page: None)
    doc = pymupdf.open()
    for _ in range(30):
        page = doc.new_page()
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
        pix.set_rect(pix.irect, (220,))
        page.insert_image(page.rect, pixmap=pix)
    doc.save(tmp_path / "scan30.pdf")
    analyze(tmp_path / "scan30.pdf", data_dir=tmp_path, use_cache=False)
    assert 0 < len(calls) <= ocr.MAX_OCR_PAGES


def test_garbled_text_layers_are_recognised_too() -> None:
    assert ocr.garbled("\x15\x12\x01\x0e\x16\x10\x17\x13\x14\x18" * 3)  # codes, not letters
    assert ocr.garbled("\ufffd" * 30)
    assert ocr.garbled("V\x00o\x00t\x00e\x00d " * 8)  # a control code between every two
    assert not ocr.garbled("Minutes of the meeting held on 4 May 2026")
    # Ligatures mapped to a stray sign: "mee=ng" for "meeting", "resolu=ons".
    assert ocr.garbled(
        "Call the mee=ng to order. Approval of minutes from the 2023 mee=ng. "
        "Update on poten=al works. Recommenda=ons, resolu=ons and discussion."
    )
    assert not ocr.garbled("Set x=y in the formula a=b for the budget table")


def test_recognition_slips_that_hide_dates_are_undone() -> None:
    assert ocr._tidy('Tuesday29" April2014 at 7.30pm') == "Tuesday 29 April 2014 at 7.30pm"
    assert ocr._tidy('Tuesday, April 9°", 2024') == "Tuesday, April 9, 2024"
    assert ocr._tidy('Minutes of the Last Meeting on 18t" March') == (
        "Minutes of the Last Meeting on 18th March"
    )
    # A superscript ordinal read as a per cent sign after a month's day; a rate stays.
    assert ocr._tidy("Road Commission Meeting October 20% 9:45 am.") == (
        "Road Commission Meeting October 20th 9:45 am."
    )
    assert ocr._tidy("June 1% and 22%; a 20% rise") == "June 1st and 22%; a 20% rise"


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_a_scan_stored_sideways_and_shown_turned_is_read_upright() -> None:
    """Scanners store a portrait sheet as a landscape image on a page shown turned
    (/Rotate 90): the recognised text must come out as the reader sees it, not vertical."""
    src = pymupdf.open()
    sheet = src.new_page()
    sheet.insert_text((72, 100), "AGENDA", fontsize=20)
    sheet.insert_text((72, 140), "1. Apologies for absence", fontsize=12)
    pix = sheet.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=sheet.rect.height, height=sheet.rect.width)
    page.insert_image(page.rect, pixmap=pix, rotate=90)
    page.set_rotation(90)
    lines = ocr.ocr_lines(page)
    assert lines is not None
    assert [ln.text for ln in lines.lines][:2] == ["AGENDA", "1. Apologies for absence"]
    assert lines.lines[0].y0 < lines.lines[1].y0 < page.rect.height / 2


def _scanned_page(draw: Callable[[pymupdf.Page], None]) -> pymupdf.Page:
    """A page holding only a picture (150 dpi, in colour) of what ``draw`` puts on a sheet."""
    sheet = pymupdf.open().new_page(width=612, height=792)
    draw(sheet)
    pix = sheet.get_pixmap(dpi=150)
    page = pymupdf.open().new_page(width=612, height=792)
    page.insert_image(page.rect, pixmap=pix)
    return page


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_item_numbers_set_apart_and_red_page_references_in_the_margin_are_read() -> None:
    """A bold "7." set apart from its title, and page references printed in red in the left
    margin: Tesseract's automatic page layout dropped both (a Kansas city's and an Illinois
    library's scanned agendas); read as one block they stay."""

    def draw(sheet: pymupdf.Page) -> None:
        rows = [
            ("7.", "SRO/DARE Vehicle Replacement: The Great Bend Police Department vehicle"),
            ("", "replacement plan for 2025 includes the replacement of one of the vehicles"),
            ("8.", "Dragstrip Rebuild Design Contract: After settlement from the lawsuit"),
            ("", "the City wishes to move forward with design for the rebuild of the track."),
        ]
        for k, (number, text) in enumerate(rows):
            if number:
                sheet.insert_text((94, 100 + 24 * k), number, fontsize=11, fontname="hebo")
            sheet.insert_text((112, 100 + 24 * k), text, fontsize=11, fontname="helv")
        refs = [("p. 26 .........", "a. Approve Trustee Mileage Reimbursements")]
        refs += [("p. 29 ....", "11. Director's Report"), ("p. 32 ....", "12. Department Head")]
        for k, (ref, text) in enumerate(refs):
            red = (0.85, 0.1, 0.1)
            sheet.insert_text((44, 400 + 18 * k), ref, fontsize=10, fontname="helv", color=red)
            sheet.insert_text((120, 400 + 18 * k), text, fontsize=10, fontname="helv")

    lines = ocr.ocr_lines(_scanned_page(draw))
    assert lines is not None
    text = [" ".join(ln.text.split()) for ln in lines.lines]
    assert any(t.startswith("7. SRO/DARE Vehicle Replacement") for t in text)
    assert any(t.startswith("8. Dragstrip Rebuild Design Contract") for t in text)
    assert any(re.match(r"p\. 29\W*11\. Director's Report", t) for t in text)
    assert any(re.match(r"p\. 32\W*12\. Department Head", t) for t in text)


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_recognition_leaves_the_interpreter_free_for_the_window() -> None:
    """The window's thread keeps running while a page is recognised on another thread:
    through PyMuPDF, Tesseract held Python's lock for the whole page (the window stood still
    up to 4.3 s); as a process it is waited for with the lock released."""

    def draw(sheet: pymupdf.Page) -> None:
        for k in range(30):
            sheet.insert_text((72, 80 + 20 * k), f"{k + 1}. Report on the item {k}", fontsize=11)

    page = _scanned_page(draw)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (ocr.ocr_lines(page), done.set()))
    start = last = time.perf_counter()
    longest = 0.0
    worker.start()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    took = time.perf_counter() - start
    assert took > 0.2  # the page was really recognised
    assert longest < took / 2


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_a_scanned_notice_without_an_agenda_still_gives_its_date_and_time(tmp_path: Path) -> None:
    """A scanned company notice whose business is set as resolutions, not an agenda: no items,
    but the meeting's date and time are read from the recognised page."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [
        "NOTICE OF THE EIGHTH ANNUAL GENERAL MEETING",
        "NOTICE is hereby given that the Annual General Meeting of the",
        "shareholders will be held on Wednesday, 27 September 2023 at 5.30 p.m.",
        "at the registered office of the Company.",
        "RESOLVED THAT the audited accounts be and are hereby adopted.",
    ]
    put_lines(page, lines, 60, 100, 26, 13)
    doc.save(tmp_path / "typed.pdf")
    _scanned_copy(tmp_path / "typed.pdf", tmp_path / "scan.pdf", pages=1)
    tree = analyze(tmp_path / "scan.pdf", data_dir=tmp_path, use_cache=False)
    assert not tree.items
    assert (tree.meeting.date, tree.meeting.time) == ("2023-09-27", "17:30")


def test_a_recognised_titles_second_line_with_a_smaller_estimated_size_runs_on() -> None:
    """Text recognition estimates sizes from line heights: a title's wrapped line came out at
    12.0 pt under its 13.2 pt first line, and was read as the item's purpose."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    def line(text: str, x: float, y: float, size: float) -> Line:
        return Line(text, x, y, x + 6 * len(text), y + size, size, False,
                    [Span(text, x, x + 6 * len(text), size, False, False)])  # fmt: skip

    rows = [
        line("AGENDA", 250, 60, 16.0),
        line("1. Call to order", 72, 100, 13.2),
        line("2. Consent Agenda", 72, 120, 13.2),
        line("a. Approve Minutes of the Closed Session of the March 2 Regular", 90, 140, 13.2),
        line("Board of Trustees Meeting", 108, 153.5, 12.0),
        line("b. Receive and file the Financial Report for February", 90, 170, 13.2),
        line("3. Adjournment", 72, 190, 13.2),
    ]
    parsed = parse_agenda([PageLines(0, 612, 792, rows, ocr=True)], None)
    consent = parsed.items[1]
    assert [c.title for c in consent.sub_items] == [
        "Approve Minutes of the Closed Session of the March 2 Regular Board of Trustees Meeting",
        "Receive and file the Financial Report for February",
    ]


def test_a_page_whose_letters_are_drawn_as_outlines_is_recognised() -> None:
    """A notice put through a PDF tool that turns text into curves: no text layer, no image,
    thousands of filled glyph shapes. A chart's few dozen shapes are no text."""
    doc = pymupdf.open()
    letters = doc.new_page()
    shape = letters.new_shape()
    for row in range(40):
        for col in range(15):
            x, y = 60 + col * 32, 60 + row * 17
            shape.draw_bezier((x, y), (x + 3, y - 8), (x + 6, y - 8), (x + 9, y))
            shape.finish(fill=(0, 0, 0), closePath=True)
    shape.commit()
    assert ocr.draws_image(letters)
    chart = doc.new_page()
    bars = chart.new_shape()
    for k in range(30):
        bars.draw_rect(pymupdf.Rect(60 + 15 * k, 400 - 8 * k, 70 + 15 * k, 400))
        bars.finish(fill=(0.2, 0.4, 0.8))
    bars.commit()
    assert not ocr.draws_image(chart)


def test_a_five_read_as_an_s_after_item_four_is_mended() -> None:
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    def line(text: str) -> Line:
        return Line(text, 60, 0, 400, 10, 10, False, [Span(text, 60, 400, 10, False, False)])

    page = PageLines(0, 595, 842, [line("4. To elect seven directors"), line("S. To consider")])
    ocr.mend(page)
    assert [ln.text for ln in page.lines] == ["4. To elect seven directors", "5. To consider"]
    lettered = PageLines(0, 595, 842, [line("R. Roll call"), line("S. Smith's motion")])
    ocr.mend(lettered)
    assert lettered.lines[1].text == "S. Smith's motion"  # a letter list: left alone


def test_a_tables_ruling_read_as_a_bar_before_the_page_cell_is_a_cell_gap() -> None:
    """ "FC/30/3 Confirmation of the Minutes of 29th Finance | 4-7": the bar is the table's
    rule, and the page cell's tall guessed size is not the title's."""
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    words = [("FC/30/3", 16.7), ("Confirmation", 16.0), ("of the Minutes", 15.6), (" |", 24.0)]
    spans = [
        Span(t, 60 + 80 * k, 120 + 80 * k, size, False, False) for k, (t, size) in enumerate(words)
    ]
    spans.append(Span(" 4-7", 470, 496, 19.0, False, False))
    text = "FC/30/3\tConfirmation of the Minutes | 4-7"
    page = PageLines(0, 595, 842, [Line(text, 60, 0, 496, 20, 24.0, False, spans)])
    ocr.mend(page)
    (line,) = page.lines
    assert line.text == "FC/30/3\tConfirmation of the Minutes\t4-7"
    assert [sp.text for sp in line.spans] == ["FC/30/3", "Confirmation", "of the Minutes", " 4-7"]
    assert line.size == 16.7  # the middle word's, not the bar's 24 or the page number's 19
    assert ocr._tidy("Minutes of 2026 | 12") == "Minutes of 2026\t12"
    assert ocr._tidy("Votes 3 | 2 in favour") == "Votes 3 | 2 in favour"  # no page cell


def test_a_recognised_titles_size_is_its_middle_words_not_its_page_numbers() -> None:
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    def line(y: float, cells: list[tuple[float, str, float]]) -> Line:
        spans = []  # a span per word, as recognition gives them
        for x, t, size in cells:
            for w in re.finditer(r"\S+", t):
                x0 = x + 6 * w.start()
                spans.append(Span(w.group(), x0, x0 + 6 * len(w.group()), size, False, False))
        text = "\t".join(t for _x, t, _s in cells)
        return Line(
            text, cells[0][0], y, spans[-1].x1, y + 14, max(s.size for s in spans), False, spans
        )

    page = PageLines(
        1,
        595,
        842,
        [
            line(100, [(60, "AGENDA", 16.0)]),
            line(130, [(60, "1.", 15.0), (100, "Opening remarks", 15.0), (470, "2", 15.0)]),
            line(
                160,
                [
                    (60, "2.", 15.0),
                    (100, "To Consider the Proposal for the Revised Capital Budget", 15.2),
                    (470, "8-15", 19.5),
                ],
            ),
            line(176, [(100, "Estimates for 2027-28", 14.8)]),
            line(206, [(60, "3.", 15.0), (100, "Any other business", 15.0), (470, "16", 15.0)]),
        ],
        ocr=True,
    )
    items = parse_agenda([page], None).items
    assert [it.title for it in items] == [
        "Opening remarks",
        "To Consider the Proposal for the Revised Capital Budget Estimates for 2027-28",
        "Any other business",
    ]


def test_specks_in_the_left_margin_and_rules_between_cells_are_no_text() -> None:
    """A scanned agenda with punched holes: "@ <tab> BOG/41/4 | To consider …"."""
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    def row(cells: list[tuple[float, str]]) -> Line:
        spans = [Span(t, x, x + 6 * len(t), 12, False, False) for x, t in cells]
        text = "\t".join(t for _x, t in cells)
        return Line(text, spans[0].x0, 0, spans[-1].x1, 14, 12, False, spans)

    page = PageLines(
        0,
        595,
        842,
        [
            row([(20, "@"), (70, "BOG/41/4 | To consider the recommendations")]),
            row([(22, "bd"), (70, "BOG/41/5"), (140, "Enhancement of honoraria")]),
            row([(70, "ii"), (100, "Extension of a contract")]),  # a label, not a speck
            row([(20, "·"), (70, "9, Planning Committee Report")]),  # its full stop a comma
            row([(70, "LINCOLN TOWNSHIP"), (400, "|")]),  # a box's edge read as a bar
        ],
    )
    ocr.mend(page)
    assert [ln.text for ln in page.lines] == [
        "BOG/41/4\tTo consider the recommendations",
        "BOG/41/5\tEnhancement of honoraria",
        "ii\tExtension of a contract",
        "9. Planning Committee Report",
        "LINCOLN TOWNSHIP",
    ]
    assert page.lines[0].x0 == 70


def test_a_roman_columns_doubled_or_garbled_numbers_are_mended() -> None:
    """A scanned borough agenda: "II." read for III between "II." and "IV.", "Vv." for V
    between "IV." and "VI."; a bullet read as "e" before an indented note."""
    from boardprep.core.engine.pages.textlayer import Line, PageLines, Span

    def line(x: float, text: str) -> Line:
        return Line(text, x, 0, 400, 10, 10, False, [Span(text, x, 400, 10, False, False)])

    page = PageLines(
        0,
        612,
        792,
        [
            line(69, "I.\tExecutive Session"),
            line(69, "II.\tCall to Order / Roll Call"),
            line(68, "II. Pledge of Allegiance"),
            line(68, "IV. Presentations"),
            line(67, "Vv. — Citizens' Participation"),
            line(66, "VI. Approval of Previous Meeting's Minutes"),
            line(121, "e June 14, 2016"),
            line(66, "VII. Borough Financial Report"),
        ],
    )
    ocr.mend(page)
    assert [ln.text for ln in page.lines] == [
        "I.\tExecutive Session",
        "II.\tCall to Order / Roll Call",
        "III. Pledge of Allegiance",
        "IV. Presentations",
        "V. Citizens' Participation",
        "VI. Approval of Previous Meeting's Minutes",
        "• June 14, 2016",
        "VII. Borough Financial Report",
    ]
    # Far from the column, or not between its neighbours' numbers: left alone.
    apart = PageLines(
        0, 612, 792, [line(69, "I. Welcome"), line(140, "I. Aside"), line(69, "III. Close")]
    )
    ocr.mend(apart)
    assert apart.lines[1].text == "I. Aside"


def _notice_text(n_pages: int) -> pymupdf.Document:
    """What a scanned company notice says, page by page: a chairman's letter, then on the
    eighth page the formal notice with resolutions 1-5, on the ninth 6-9, then notes."""
    doc = pymupdf.open()
    letter = "The directors believe the resolutions are in the best interests of shareholders."
    for k in range(n_pages):
        page = doc.new_page(width=595, height=842)
        if k == 7:
            lines = ["NOTICE OF ANNUAL GENERAL MEETING", "ORDINARY RESOLUTIONS"]
            lines += [
                f"{n}. To re-elect Director {n} as a director of the Company." for n in range(1, 6)
            ]
        elif k == 8:
            lines = ["SPECIAL RESOLUTIONS"]
            lines += [
                f"{n}. THAT the Company be authorised to buy its shares, part {n}."
                for n in range(6, 10)
            ]
        else:
            lines = [letter] * 6
        put_lines(page, lines, 60, 80, 22, 10)
    return doc


def test_recognition_reads_on_past_its_budget_while_the_agenda_runs_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolutions 1-5 on the budget's last page, 6-9 on the next: that page is read too."""
    text = _notice_text(12)
    calls: list[int] = []

    def fake_ocr(page: pymupdf.Page) -> PageLines:
        calls.append(page.number)
        lines = page_lines(text[page.number])
        lines.ocr = True
        return lines

    monkeypatch.setattr(ocr, "tessdata", lambda: "/nowhere")
    monkeypatch.setattr(ocr.AgendaOcr, "lines", lambda _self, page: fake_ocr(page))
    monkeypatch.setattr(ocr.AgendaOcr, "ahead", lambda _self, page: None)
    doc = pymupdf.open()
    for _ in range(12):
        page = doc.new_page(width=595, height=842)
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
        pix.set_rect(pix.irect, (220,))
        page.insert_image(page.rect, pixmap=pix)
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    assert [it.number for it in tree.items] == [str(n) for n in range(1, 10)]
    assert tree.items[5].title.startswith("THAT the Company be authorised")
    assert 8 in calls and len(calls) <= ocr.MAX_OCR_PAGES + ocr.MAX_OCR_EXTRA


def test_a_one_read_as_a_bar_and_an_eleven_read_as_letters_are_mended() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = ["|. To receive the accounts."] + [f"{n}. To re-elect a director." for n in range(2, 11)]
    rows += ["ll. To authorise the auditor's fees.", "12. To allot shares."]
    put_lines(page, rows, 60, 80, 20, 10)
    lines = page_lines(page)
    ocr.mend(lines)
    assert [ln.text.split(".")[0] for ln in lines.lines] == [str(n) for n in range(1, 13)]


def test_small_words_read_glued_to_the_next_are_parted() -> None:
    assert ocr._tidy("a Resolution ofthe Borough") == "a Resolution of the Borough"
    assert (
        ocr._tidy("the temporary road closure ofElm Road")
        == "the temporary road closure of Elm Road"
    )
    assert ocr._tidy("Ontario, Toronto and Information into the Ofsted") == (
        "Ontario, Toronto and Information into the Ofsted"
    )


def test_a_recognised_titles_next_line_under_a_full_line_runs_on_though_its_size_wobbles() -> None:
    """Word sizes guessed from their boxes: "Street and Duss Avenue" reads 10.5 pt under a
    12.2 pt line that filled the measure; it is still the title's next line."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((60, 100), "12.", fontsize=12.2)
    page.insert_text(
        (100, 100),
        "Consider action to authorize the temporary closure of Beaver Road, between 6",
        fontsize=12.2,
    )
    page.insert_text(
        (100, 115), "Street and Duss Avenue for a block party on July 29.", fontsize=10.5
    )
    page.insert_text((60, 145), "13.", fontsize=12.2)
    page.insert_text(
        (100, 145), "Consider action to advertise the vacant board position.", fontsize=12.2
    )
    lines = page_lines(page)
    lines.ocr = True
    items = parse_agenda([lines], None).items
    assert items[0].title.endswith("between 6 Street and Duss Avenue for a block party on July 29")


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
@pytest.mark.parametrize("workers", ["1", "3"])
def test_a_scanned_packs_papers_are_found_from_their_recognised_tops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """A pack scanned whole: the agenda is recognised whole, the papers' pages only at
    their tops (titles, "Agenda Item" marks), and each item gets its pages from them; the
    same whether Tesseract reads the tops one at a time or three side by side."""
    monkeypatch.setenv("BOARDPREP_OCR_WORKERS", workers)
    assert ocr.ocr_workers() == int(workers)
    truth = build_pack(
        PackSpec(n_items=4, seed=43, target_pages=8, stamps="none", stale_offset=2),
        tmp_path / "pack.pdf",
    )
    n = pymupdf.open(tmp_path / "pack.pdf").page_count
    _scanned_copy(tmp_path / "pack.pdf", tmp_path / "scanned.pdf", pages=n)
    tree = analyze(tmp_path / "scanned.pdf", data_dir=tmp_path, use_cache=False)
    want = {it["number"]: it["pdf_pages"] for it in truth["items"] if it["pdf_pages"]}
    got = {it.number: list(it.pdf_pages) if it.pdf_pages else None for it in tree.items}
    assert want and {k: got.get(k) for k in want} == want
    # The recognised tops are searchable too.
    first = min(p[0] for p in want.values())
    assert tree.page_texts[first - 1].strip()


def test_paper_tops_are_recognised_within_a_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only image pages outside the agenda, not shown turned, and at most
    MAX_TOP_OCR_PAGES of them: a scanned pack of hundreds of pages is never read whole."""
    from boardprep.core.engine.pages.pagemap import scan_pages

    calls: list[int] = []

    def fake_picture(page: pymupdf.Page) -> None:
        calls.append(page.number)

    monkeypatch.setattr(ocr, "tessdata", lambda: "/nowhere")
    monkeypatch.setattr(ocr, "_top_picture", fake_picture)
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
    pix.set_rect(pix.irect, (220,))
    for k in range(ocr.MAX_TOP_OCR_PAGES + 20):
        page = doc.new_page()
        page.insert_image(page.rect, pixmap=pix)
        if k == 5:
            page.set_rotation(90)
    assert ocr.recognise_paper_tops(doc, scan_pages(doc), skip={0, 1}) == []
    assert len(calls) == ocr.MAX_TOP_OCR_PAGES
    assert calls[:4] == [2, 3, 4, 6]


def test_a_page_top_tesseract_cannot_read_stays_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program missing (or failing) leaves the page as it was: no text, no error."""
    monkeypatch.setenv("PATH", "/nowhere")
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
    pix.set_rect(pix.irect, (220,))
    page.insert_image(page.rect, pixmap=pix)
    png = ocr._top_picture(page)
    assert png is not None
    assert ocr._Run(png, ocr.TOP_OCR_DPI, "/nowhere").result() is None
    assert ocr._recognised_top(page, None) is None


def test_the_frozen_app_runs_tesseract_with_the_users_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/boardprep/_internal")
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    env = ocr._child_env()  # from source: the library path as it is, Tesseract on one thread
    assert env["LD_LIBRARY_PATH"] == "/opt/boardprep/_internal"
    assert env["OMP_THREAD_LIMIT"] == "1"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert ocr._child_env()["LD_LIBRARY_PATH"] == "/usr/local/lib"
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in ocr._child_env()


def test_language_data_without_the_tesseract_program_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Recognition runs the `tesseract` program: with only its language folder named (as a
    packaged Tesseract's TESSDATA_PREFIX would), the app must say that Tesseract is missing,
    not leave the scanned pages silently unread."""
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setenv("PATH", "/nowhere")
    ocr.tessdata.cache_clear()
    try:
        assert not ocr.ocr_available()
    finally:
        ocr.tessdata.cache_clear()


def _fake_runs(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[int]]:
    """Tesseract runs replaced by stand-ins that read nothing: the numbers of the runs
    started and of those cancelled, in order."""
    started: list[int] = []
    cancelled: list[int] = []

    class FakeRun:
        def __init__(self, png: bytes, dpi: int, folder: str, options: object = None) -> None:
            self.n = len(started)
            started.append(self.n)

        def result(self) -> None:
            return None

        def cancel(self) -> None:
            cancelled.append(self.n)

    monkeypatch.setattr(ocr, "tessdata", lambda: "/nowhere")
    monkeypatch.setattr(ocr, "_Run", FakeRun)
    return started, cancelled


def test_an_agenda_page_is_recognised_with_the_next_one_read_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Asked for page 1, AgendaOcr reads it and starts page 2 beside it; page 2 then comes
    from that run, and a page read ahead that nobody asks for is stopped on close."""
    started, cancelled = _fake_runs(monkeypatch)
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    reader = ocr.AgendaOcr()
    reader.ahead(doc[1])
    assert reader.lines(doc[0]) is None and started == [0, 1]  # page 2 ahead, then page 1
    assert reader.lines(doc[1]) is None and started == [0, 1]  # page 2 from its run
    reader.ahead(doc[2])
    reader.close()
    assert cancelled == [2] and started == [0, 1, 2]


def test_leftover_recognition_leaves_no_process_or_file_behind(tmp_path: Path) -> None:
    """A run stopped before its end is killed and its picture file removed."""
    if not ocr.ocr_available():
        pytest.skip("Tesseract is not installed")
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 800, 800), False)
    pix.set_rect(pix.irect, (200,))
    run = ocr._Run(pix.tobytes(), 150, ocr.tessdata() or "")
    assert run.proc is not None and os.path.exists(run.path)
    path = run.path
    run.cancel()
    assert run.proc.poll() is not None and not os.path.exists(path)


def test_stopping_the_loading_stops_the_papers_recognition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window stops a loading by raising from its progress report: the Tesseract runs
    started ahead are stopped then, not left reading for nobody."""

    class Stop(Exception):
        pass

    def report(k: int, _m: int) -> None:
        if k == 1:
            raise Stop

    from boardprep.core.engine.pages.pagemap import scan_pages

    started, cancelled = _fake_runs(monkeypatch)
    monkeypatch.setenv("BOARDPREP_OCR_WORKERS", "3")
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
    pix.set_rect(pix.irect, (220,))
    for _ in range(6):
        doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    with pytest.raises(Stop):
        ocr.recognise_paper_tops(doc, scan_pages(doc), skip=set(), report=report)
    assert started == [0, 1, 2, 3] and cancelled == [1, 2, 3]
