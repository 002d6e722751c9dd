"""US council agendas of ordinances and resolutions, rebuilt with fictional wording.

First seen on a Tennessee city's packets (OCR'd scans with a text layer) and on Californian
councils' agendas:

- routine business printed as bullets around a boxed, numbered AGENDA ("• Call to Order",
  "• Approval of Minutes" above it, "• Adjourn" below) was dropped, and the closing bullets
  ran into the last item's text;
- a bold "Resolution No. R2ØØ7-34" before the plain subject became the whole title, and the
  pair glued to its letters ("O2ØØ7-26") was read as the pages 7 to 26;
- a sponsor's brackets wrapped onto the next line ("(Councilwoman" / "Ridley)") stayed open;
- a title in bold italic behind an upright number, and a bold "Discussion/Action:" label
  before a plain title, lost their wrapped second lines;
- "pursuant to Ala. Code Sec. 11-40-30" was cut at "Ala.";
- recognised papers headed "ORDINANCE NO. O29D7.28" (OCR noise in the number) started no
  document.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.split import split_title
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import find_documents
from boardprep.core.engine.pages.textlayer import page_lines
from boardprep.core.model import Item


def _put(page: pymupdf.Page, x: float, y: float, text: str, font: str = "helv") -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=11)


def _items(*lines: tuple[float, float, str, str]) -> list[Item]:
    """The items of a page headed AGENDA with ``lines`` (x, y, text, font) set on it."""
    page = pymupdf.open().new_page(width=612, height=792)
    _put(page, 240, 60, "AGENDA", "hebo")
    for x, y, text, font in lines:
        _put(page, x, y, text, font)
    return parse_agenda([page_lines(page)], None).items


def _boxed_agenda() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _put(page, 240, 60, "CITY OF ASHWORTH", "hebo")
    _put(page, 240, 75, "COUNCIL MEETING", "hebo")
    _put(page, 60, 100, "March 03, 2026        6:00 pm", "hebo")
    y = 140.0
    for line in [
        "Call to Order - Mayor Quill",
        "Invocation",
        "Roll Call:  Ridley - Vice Mayor Orme - Tandy - Wexford",
        "Approval of Minutes:  February 17, 2026 City Council Meeting",
        "Mayor's Comments",
    ]:
        _put(page, 60, y, "•")
        _put(page, 78, y, line)
        y += 18
    _put(page, 280, y + 10, "AGENDA", "hebo")
    y += 36
    _put(page, 72, y, "1.")
    _put(page, 95, y, "First Reading Ordinance No. O2Ø26-11", "hebo")
    _put(page, 300, y, "Ordinance appropriating funds for the", "helv")
    _put(page, 95, y + 14, "Riverside Library roof repairs  (Councilwoman")
    _put(page, 95, y + 28, "Ridley)", "hebo")
    y += 50
    _put(page, 72, y, "2.")
    _put(page, 95, y, "Resolution No. R2Ø26-07", "hebo")
    _put(page, 226, y, " Resolution accepting public improvements for")
    _put(page, 95, y + 14, "Millbrook, Phase 2  (Vice Mayor Orme)")
    y += 40
    for line in ["Other Business", "Public Recognition on Non-Agenda Items", "Adjourn"]:
        _put(page, 55, y, "•")
        _put(page, 75, y, line)
        y += 18
    return page


def test_routine_bullets_around_a_numbered_agenda_are_items() -> None:
    items = parse_agenda([page_lines(_boxed_agenda())], None).items
    assert [(it.number, it.title) for it in items] == [
        ("", "Call to Order"),
        ("", "Invocation"),
        ("", "Roll Call"),
        ("", "Approval of Minutes: February 17, 2026 City Council Meeting"),
        ("", "Mayor's Comments"),
        (
            "1",
            "First Reading Ordinance No. O2Ø26-11 Ordinance appropriating funds for the "
            "Riverside Library roof repairs",
        ),
        (
            "2",
            "Resolution No. R2Ø26-07 Resolution accepting public improvements for "
            "Millbrook, Phase 2",
        ),
        ("", "Other Business"),
        ("", "Public Recognition on Non-Agenda Items"),
        ("", "Adjourn"),
    ]
    first, second = items[5], items[6]
    assert first.pack_pages is None  # "O2Ø26-11" is the ordinance's number, not pages 26-11
    assert [p.name for p in first.people] == ["Councilwoman Ridley"]
    assert [p.name for p in second.people] == ["Vice Mayor Orme"]
    assert not second.purpose  # the closing bullets are items, not the last item's words


def test_bullets_that_are_notes_stay_out_of_the_items() -> None:
    items = _items(
        (72, 100, "1.", "helv"),
        (95, 100, "Budget Amendment for Parks", "hebo"),
        (72, 125, "2.", "helv"),
        (95, 125, "Street Lighting Contract", "hebo"),
        (55, 160, "•", "helv"),
        (75, 160, "Speakers are asked to keep their remarks to three minutes.", "helv"),
        (55, 178, "•", "helv"),
        (75, 178, "Agendas are posted at City Hall", "helv"),
    )
    assert [it.number for it in items] == ["1", "2"]


def test_a_bold_italic_title_behind_an_upright_number_keeps_its_second_line() -> None:
    items = _items(
        (54, 100, "6.", "tibo"),
        (79, 100, "CERTIFICATION OF THE 2026 MUNICIPAL ELECTION RESULTS AND", "tibi"),
        (79, 114, "PROPOSED RESOLUTION", "tibi"),
        (54, 140, "7.", "tibo"),
        (79, 140, "OATH OF OFFICE", "tibi"),
    )
    assert items[0].title == (
        "CERTIFICATION OF THE 2026 MUNICIPAL ELECTION RESULTS AND PROPOSED RESOLUTION"
    )


def test_a_bold_action_label_before_a_plain_title_lets_it_wrap() -> None:
    items = _items(
        (117, 100, "2.", "helv"),
        (135, 100, "Discussion/Action:", "hebo"),
        (240, 100, "Adding Municipal Code section 4.12 to the Code of Fernleigh", "helv"),
        (135, 114, "Municipal Code relating to sidewalk dining.", "helv"),
        (117, 140, "3.", "helv"),
        (135, 140, "Adjournment", "hebo"),
    )
    assert items[0].title == (
        "Discussion/Action: Adding Municipal Code section 4.12 to the Code of Fernleigh "
        "Municipal Code relating to sidewalk dining"
    )


def test_a_state_code_abbreviation_ends_no_sentence() -> None:
    text = (
        "Resolution to set a public hearing on a nuisance at 12 Elm Road, pursuant to Ala. "
        "Code Sec. 11-40-30, et seq."
    )
    assert split_title(text, "", False) == (text, "")


@pytest.mark.parametrize(
    ("number", "title", "want"),
    [
        # Recognised from a scan, with noise in its number.
        (
            "ORDINANCE NO. O29D7.28",
            ["ORDINANCE APPROPRIATING FUNDS TO THE", "COMMUNITY ENHANCEMENT GRANTS"],
            "ORDINANCE NO. O29D7.28: ORDINANCE APPROPRIATING",
        ),
        # A draft whose number is left blank.
        (
            "ORDINANCE NO. ____",
            ["AN ORDINANCE AMENDING SECTION 4-2 OF THE CODE,", "REGULATING THE KEEPING OF BEES"],
            "ORDINANCE NO. ____: AN ORDINANCE AMENDING SECTION 4-2",
        ),
    ],
)
def test_an_ordinance_heading_starts_a_paper(number: str, title: list[str], want: str) -> None:
    doc = pymupdf.open()
    doc.new_page(width=612, height=792).insert_text((72, 72), "Agenda", fontsize=11)
    page = doc.new_page(width=612, height=792)
    _put(page, 220, 80, number, "hebo")
    for k, text in enumerate(title):
        _put(page, 150, 100 + 14 * k, text, "hebo")
    _put(page, 72, 150, "BE IT ORDAINED BY THE CITY OF ASHWORTH, that the sum of money ...")
    starts = find_documents(doc, skip_pages=[0])
    assert [(s.pdf_page, s.kind) for s in starts] == [(2, "enactment")]
    assert starts[0].title.startswith(want)


_SUBJECTS = (
    "Resolution accepting public improvements for Millbrook",
    "Resolution appointing a member to the Library Board",
)
_HEADINGS = (
    ("RESOLUTION NO. R2Ø26-O7", "RESOLUTION ACCEPTING PUBLIC IMPROVEMENTS"),
    ("RBSOLUTION NO. R2Ø26-O8", "RESOLUTION APPOINTING A MEMBER TO THE LIBRARY"),
)


def _packet(
    tmp_path: Path,
    subjects: tuple[str, str] = _SUBJECTS,
    headings: tuple[tuple[str, str], ...] = _HEADINGS,
) -> Path:
    """An agenda of two resolutions without page ranges; each resolution's text, then its
    staff cover sheet filed after it; the last meeting's minutes before them."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _put(page, 240, 60, "CITY OF ASHWORTH", "hebo")
    _put(page, 240, 75, "COUNCIL MEETING", "hebo")
    _put(page, 60, 100, "March 03, 2026        6:00 pm", "hebo")
    y = 140.0
    for line in ["Call to Order", "Roll Call", "Approval of Minutes:  February 17, 2026 Meeting"]:
        _put(page, 60, y, "•")
        _put(page, 78, y, line)
        y += 18
    _put(page, 280, y + 10, "AGENDA", "hebo")
    for k, subject in enumerate(subjects):
        _put(page, 72, y + 40 + 30 * k, f"{k + 1}.")
        _put(page, 95, y + 40 + 30 * k, f"Resolution No. R2Ø26-0{k + 7}", "hebo")
        _put(page, 226, y + 40 + 30 * k, f" {subject}")
    _put(page, 55, y + 110, "•")
    _put(page, 75, y + 110, "Adjourn")

    def paper(lines: list[str], body: str = "The Council considered the matter.") -> None:
        p = doc.new_page(width=612, height=792)
        for k, text in enumerate(lines):
            _put(p, 150, 80 + 16 * k, text, "hebo")
        _put(p, 72, 160, body)

    paper(
        ["City of Ashworth", "City Council Electronic Meeting", "February 17, 2026"],
        "Mayor Quill called the meeting to order at 6:00 P.M.",
    )
    paper(["Councilman Orme moved to approve the agenda."])
    cover = ["CITY OF ASHWORTH", "COUNCIL COMMITTEE AGENDA", "DEPARTMENT: Planning", "SUBJECT:"]
    for heading, subject in zip(headings, subjects, strict=True):
        paper(list(heading))
        paper([*cover, subject])
    path = tmp_path / "packet.pdf"
    doc.save(path)
    return path


def test_packet_papers_filed_before_their_cover_sheets(tmp_path: Path) -> None:
    """Minutes that never say "minutes" (who called the meeting to order), a resolution
    whose heading is recognised as "RBSOLUTION", and each cover sheet after its papers:
    every item spans its resolution and its own cover, not the next item's."""
    tree = analyze(_packet(tmp_path), data_dir=tmp_path, use_cache=False)
    pages = {it.title.split(":")[0]: it.pdf_pages for it in tree.items if it.pdf_pages}
    assert pages == {
        "Approval of Minutes": (2, 3),
        "Resolution No. R2Ø26-07 Resolution accepting public improvements for Millbrook": (4, 5),
        "Resolution No. R2Ø26-08 Resolution appointing a member to the Library Board": (6, 7),
    }


def test_a_long_ordinance_title_wraps_whole() -> None:
    """The bold reference set in two spans ("First " + "Reading Ordinance No. …"), a zoning
    code broken at its hyphen ("PGC-" / "Planned"), a line that runs on after "for" into
    capitalised words, and a last line in plain type that ends with the bold sponsor."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _put(page, 280, 60, "AGENDA", "hebo")
    _put(page, 72, 100, "4.")
    _put(page, 95, 100, "First ", "hebo")
    _put(page, 123, 100, "Reading Ordinance No. O2Ø26-5", "hebo")
    _put(page, 300, 100, " An ordinance rezoning a parcel from the")
    for k, line in enumerate(
        [
            "R20-Low Density Residential District to the PGC-",
            "Planned General Commercial District with a Preliminary Master Plan for",
            "The Orchard Farm totaling 25.6 acres, located south of Nashville Pike",
        ]
    ):
        _put(page, 95, 114 + 14 * k, line)
    _put(page, 95, 156, "and east of Shutes Lane ")
    _put(page, 225, 156, "(Councilman Tarrant)", "hebo")
    _put(page, 72, 190, "5.")
    _put(page, 95, 190, "Resolution No. R2Ø26-9", "hebo")
    _put(page, 222, 190, " Resolution appointing a member to the Library")
    _put(page, 95, 204, "Board ")
    _put(page, 128, 204, "(Vice Mayor Orme)", "hebo")
    items = parse_agenda([page_lines(page)], None).items
    assert [it.title for it in items] == [
        "First Reading Ordinance No. O2Ø26-5 An ordinance rezoning a parcel from the R20-Low "
        "Density Residential District to the PGC-Planned General Commercial District with a "
        "Preliminary Master Plan for The Orchard Farm totaling 25.6 acres, located south of "
        "Nashville Pike and east of Shutes Lane",
        "Resolution No. R2Ø26-9 Resolution appointing a member to the Library Board",
    ]
    assert [(p.role, p.name) for it in items for p in it.people] == [
        ("Sponsor", "Councilman Tarrant"),
        ("Sponsor", "Vice Mayor Orme"),
    ]


def test_cover_sheets_alike_but_for_their_phase_stay_with_their_items(tmp_path: Path) -> None:
    """Two resolutions word for word alike but for "Phase 2-A" / "Phase 2-C", headed
    "RESOLUTION NO: R2A@7 -37" as recognition reads it: each cover stays with its own."""
    subjects = (
        "Resolution accepting public improvements for Millbrook, Phase 2-A",
        "Resolution accepting public improvements for Millbrook, Phase 2-C",
    )
    headings = (
        ("RESOLUTION NO: R2A@7 -37", "RESOLUTION ACCEPTING PUBLIC IMPROVEMENTS"),
        ("RESOLUTION NO: R2A@7 -38", "RESOLUTION ACCEPTING PUBLIC IMPROVEMENTS"),
    )
    tree = analyze(_packet(tmp_path, subjects, headings), data_dir=tmp_path, use_cache=False)
    assert [it.pdf_pages for it in tree.items if it.number in ("1", "2")] == [(4, 5), (6, 7)]


def test_exhibits_with_quoted_letters_start_papers() -> None:
    """ "EXHIBIT'A'" and "Exhibit “B”" over a map or a legal description: each is a paper."""
    doc = pymupdf.open()
    doc.new_page(width=612, height=792).insert_text((72, 72), "Agenda", fontsize=11)
    for heading in ("EXHIBIT'A'", 'Exhibit "B"'):
        page = doc.new_page(width=612, height=792)
        _put(page, 260, 80, heading, "hebo")
        _put(page, 72, 140, "Legal description of the parcel to be rezoned, bounded on the north.")
    starts = find_documents(doc, skip_pages=[0])
    assert [(s.pdf_page, s.kind) for s in starts] == [(2, "appendix"), (3, "appendix")]
    assert [s.title.split(" – ")[0] for s in starts] == ["Exhibit A", "Exhibit B"]


def test_a_sponsor_on_a_line_of_its_own_after_a_full_stop() -> None:
    items = _items(
        (72, 100, "4.", "helv"),
        (95, 100, "Resolution No. R2Ø26-9", "hebo"),
        (222, 100, " Resolution providing for an effective date.", "helv"),
        (95, 114, "(Councilman Tarrant)", "hebo"),
        (72, 140, "5.", "helv"),
        (95, 140, "Adjourn", "hebo"),
    )
    assert [(p.role, p.name) for p in items[0].people] == [("Sponsor", "Councilman Tarrant")]
    assert not items[0].purpose


def test_a_capital_title_keeps_its_semicolons_and_a_number_broken_at_its_hyphen() -> None:
    """A public hearing's title in capitals, wrapped at "…; " and at "NO. 298-" / "22 - Waive
    second reading …": the printed semicolons stay, and the ordinance number is whole."""
    items = _items(
        (72, 100, "1.", "helv"),
        (95, 100, "PUBLIC HEARING: ADOPTION OF THE 2026 BUILDING CODES; AND THE", "hebo"),
        (95, 114, "2026 FIRE CODE; TOGETHER WITH AMENDMENTS; ORDINANCE NO. 311-", "hebo"),
        (95, 128, "26 - Waive second reading in full and adopt Ordinance No. 311-26,", "helv"),
        (95, 142, "an ordinance of the City adopting by reference the county codes.", "helv"),
        (72, 170, "2.", "helv"),
        (95, 170, "ADJOURNMENT", "hebo"),
    )
    assert items[0].title == (
        "PUBLIC HEARING: ADOPTION OF THE 2026 BUILDING CODES; AND THE 2026 FIRE CODE; "
        "TOGETHER WITH AMENDMENTS; ORDINANCE NO. 311-26"
    )
    assert items[0].purpose and items[0].purpose.startswith("Waive second reading")


@pytest.mark.parametrize(
    ("title", "time"),
    [
        # The hours of the event a use application books, after its date: the title's.
        ("Hall Usage Application: Garden Club, Meeting Room, May 5, 2026, 6:15 PM - 8:30 PM", None),
        ("Hall Usage Application: Band Gala, May 7 or 8, 2026 6:00 - 10:00PM", None),
        # The next meeting's time after "at": no slot, and no dangling "at".
        ("Next Board Meeting will be held in the Annex on January 19, 2027 at 1:00 p.m.", None),
        # A slot printed after a title without a date is the item's time.
        ("Budget Workshop 2:00 - 4:00 pm", "14:00"),
    ],
)
def test_an_events_hours_after_its_date_stay_in_the_title(title: str, time: str | None) -> None:
    items = _items(
        (72, 100, "1.", "helv"),
        (95, 100, "Call to Order", "helv"),
        (72, 120, "2.", "helv"),
        (95, 120, title, "helv"),
        (72, 140, "3.", "helv"),
        (95, 140, "Adjourn", "helv"),
    )
    want = title.rstrip(".") if time is None else "Budget Workshop"
    assert (items[1].title, items[1].time) == (want, time)


def test_a_sentence_title_ends_before_a_question_and_answer_session() -> None:
    """ "… will present the annual report.  Q&A.  Accept the report?": the title is the
    first sentence; the rest is what the meeting does with it."""
    text = (
        "Ada Crane, Clerk of the Library Committee, will present the annual report.  "
        "Q&A.  Accept the report?"
    )
    assert split_title(text, "", False) == (
        "Ada Crane, Clerk of the Library Committee, will present the annual report",
        "Q&A. Accept the report?",
    )


def test_a_clerks_first_name_before_a_colon_is_who_speaks_not_the_title() -> None:
    """A congregation's business agenda: "1. Opening worship – Ada Crane, Meeting Clerk.",
    then "2. Ada: Welcome and review of agenda." and "9. Ada: Next meeting is planned for
    May 15th.": the first name before the colon is who speaks; a colon between two words
    that are no such name ("Abatements: …") stays as it was."""
    items = _items(
        (72, 100, "1.", "helv"),
        (95, 100, "Opening worship and query - Ada Crane, Meeting Clerk.", "helv"),
        (72, 120, "2.", "helv"),
        (95, 120, "Ada: Welcome, recognition of first-time attenders, review of agenda.", "helv"),
        (72, 140, "3.", "helv"),
        (95, 140, "Abatements: City Administrator Tom Reyes will present abatements.", "helv"),
        (72, 160, "9.", "helv"),
        (95, 160, "Ada: Next Meeting for Business is planned for 9:00 AM on May 15th.", "helv"),
    )
    assert [i.title for i in items[1:]] == [
        "Welcome, recognition of first-time attenders, review of agenda",
        "Abatements",
        "Next Meeting for Business is planned for 9:00 AM on May 15th",
    ]
    assert [p.name for p in items[1].people] == ["Ada"]
