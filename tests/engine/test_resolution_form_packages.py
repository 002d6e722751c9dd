"""A township council's agenda package of blank resolution forms, rebuilt with fictional words.

First seen on an Ontario township's packages (scanned): the agenda lists "Resolution: …" and
"By-Law: …" items; behind it the minutes, then one printed form per motion ("TOWNSHIP OF
… / RESOLUTION / DATE: / NUMBER: / Moved by / Seconded by / That …"), a by-law after its
form, and the correspondence, among it a recreation committee's minutes. The engine saw no
form as a paper (forms alike page after page were taken for one paper's running head), and
gave "Committee Reports" that committee's minutes at the back of the package, which pushed
every item between them past their papers.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

_W, _H = 612, 792


def _lines(doc: pymupdf.Document, lines: list[tuple[float, str, int]]) -> None:
    page = doc.new_page(width=_W, height=_H)
    for y, text, size in lines:
        page.insert_text((72, y), text, fontsize=size)


def _form(doc: pymupdf.Document, motion: list[str]) -> None:
    head = [
        (60, "TOWNSHIP OF WESTBAY", 14),
        (78, "Life the way it should be", 9),
        (110, "RESOLUTION", 14),
        (135, "DATE:", 11),
        (135 + 14, "March 17, 2027", 11),
        (170, "NUMBER:", 11),
        (170 + 14, "R2027-", 11),
        (210, "Moved by", 11),
        (230, "Seconded by", 11),
    ]
    _lines(doc, head + [(270 + 14 * k, line, 11) for k, line in enumerate(motion)])


def _package(path: Path) -> None:
    doc = pymupdf.open()
    agenda = [
        "1. Disclosure of pecuniary interest.",
        "2. Committee Reports.",
        "3. Resolution: Adopt the Minutes of the March 3, 2027 Council Meeting.",
        "4. Review: 2027 Budget Update.",
        "5. Resolution: Amend the 2027 Council Meeting Dates.",
        "6. Resolution: Appoint Firefighters to the Westbay Fire Department.",
        "7. By-Law: Temporary Borrowing By-Law 2027.",
        "8. Correspondence.",
        "9. Adjournment.",
    ]
    _lines(
        doc,
        [
            (60, "TOWNSHIP OF WESTBAY", 16),
            (84, "AGENDA", 16),
            (104, "March 17, 2027 at 6:30 p.m.", 11),
        ]
        + [(140 + 24 * k, text, 11) for k, text in enumerate(agenda)],
    )
    _lines(
        doc,
        [
            (60, "MINUTES", 14),
            (80, "TOWNSHIP OF WESTBAY", 12),
            (96, "Tuesday, March 3, 2027", 12),
            (130, "Present: Mayor Ada Finch, Councillors Joel Park and Mara Quill", 11),
            (150, "The meeting was called to order at 6:30 p.m.", 11),
        ],
    )
    _lines(doc, [(60, "Moved by Councillor Park that the meeting adjourn at 8:05 p.m.", 11)])
    _form(doc, ["That the 2027 council meeting schedule be amended as follows:", "April 7, 2027"])
    _form(doc, ["That Dana Reyes and Sam Ortiz be appointed as volunteer firefighters."])
    _form(doc, ["THAT we pass By-Law Number 2027-05, being a By-Law to authorize borrowing."])
    _lines(
        doc,
        [
            (60, "The Corporation of the Township of Westbay", 12),
            (80, "BY-LAW NUMBER 2027-05", 14),
            (100, "Being a By-Law to authorize temporary borrowing for 2027", 12),
            (130, "WHEREAS the Municipal Act permits the council to borrow;", 11),
        ],
    )
    _lines(
        doc,
        [
            (60, "TOWNSHIP OF WESTBAY", 11),
            (76, "Life the way it should be", 11),
            (92, "CORRESPONDENCE", 11),
            (110, "1. Association of Municipalities - Policy Update.", 11),
            (126, "2. Westbay Recreation Committee - Minutes of February 10, 2027.", 11),
        ],
    )
    _lines(doc, [(60, "Policy Update - Housing Programs", 16), (90, "The Association ...", 11)])
    _lines(
        doc,
        [
            (60, "Recreation Committee Minutes and Report", 14),
            (80, "MINUTES", 12),
            (96, "Westbay Recreation Committee, February 10, 2027", 12),
            (120, "Present: Dana Reyes, Sam Ortiz", 11),
        ],
    )
    doc.save(path)


def test_each_resolution_form_is_its_motions_paper_in_agenda_order(tmp_path: Path) -> None:
    path = tmp_path / "package.pdf"
    _package(path)
    tree = analyze(path, use_cache=False)
    pages = {it.number: it.pdf_pages for it in tree.items}
    assert pages["2"] is None  # not the recreation committee's minutes in the correspondence
    assert pages["3"] == (2, 3)  # the minutes
    assert pages["5"] == (4, 4)  # one form each, in the agenda's order
    assert pages["6"] == (5, 5)
    assert pages["7"] == (6, 7)  # its form, then the by-law
    # "Correspondence.": the page headed "CORRESPONDENCE" under the letterhead, and the
    # letters after it.
    assert pages["8"] == (8, 10)
    docs = [(d.pdf_pages[0], d.title) for d in tree.items[4].documents]
    assert docs == [(4, "Township of Westbay Resolution")]
