"""A town board's unnumbered agenda, rebuilt with fictional wording.

First seen on a New England board of selectmen's one-page agenda: "Pledge of Allegiance" over
two bold captions, "APPOINTMENTS:" with timed lines at the captions' margin ("6:15 p.m. –
Sam Stark re: …") and "SELECTMEN BUSINESS:" with Symbol-font bullets; an address under a
bullet ("2 Bridge Street") looked like the one numbered item. Only the bullets were read, and
the timed appointments, the captions and the pledge were lost.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines
from tests.engine.agenda_pdfkit import put_lines


def _agenda() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for y, text in [(72, "Town of Elmford"), (89, "Board of Selectmen"), (106, "May 5, 2026")]:
        page.insert_text((240, y), text, fontname="hebo", fontsize=12)
    page.insert_text((72, 170), "Pledge of Allegiance", fontsize=11)
    page.insert_text((72, 213), "APPOINTMENTS:", fontname="hebo", fontsize=11)
    for k, text in enumerate(
        [
            "6:00 p.m. - Public Comment",
            "6:15 p.m. - Ada Crane re: Recreation Committee Interest",
            "6:30 p.m. - Public Hearing re: Winter Parking Ban",
        ]
    ):
        page.insert_text((72, 245 + 16 * k), text, fontsize=11)
    page.insert_text((72, 310), "SELECTMEN BUSINESS:", fontname="hebo", fontsize=11)
    business = ["Old Business", "Manifest", "Consent Agenda", "Approval of Minutes 4/21/26"]
    for k, text in enumerate([*business, "Action Items"]):
        page.insert_text((126, 340 + 16 * k), "•", fontsize=11)
        page.insert_text((140, 340 + 16 * k), text, fontsize=11)
    put_lines(page, ["Library Roof", "4 Mill Street", "- Gutter quote"], 180, 422, 16, 11)
    page.insert_text((90, 650), "* Meetings are held in the Town Hall unless noted *", fontsize=9)
    return page


def test_two_captions_over_timed_lines_and_bullets() -> None:
    items = parse_agenda([page_lines(_agenda())], None).items
    tree = [(it.title, [(c.title, c.time) for c in it.children]) for it in items]
    assert tree == [
        ("Pledge of Allegiance", []),
        (
            "APPOINTMENTS",
            [
                ("Public Comment", "18:00"),
                ("Ada Crane re: Recreation Committee Interest", "18:15"),
                ("Public Hearing re: Winter Parking Ban", "18:30"),
            ],
        ),
        (
            "SELECTMEN BUSINESS",
            [
                ("Old Business", None),
                ("Manifest", None),
                ("Consent Agenda", None),
                ("Approval of Minutes 4/21/26", None),
                ("Action Items", None),
            ],
        ),
    ]
    # The lines set further in under the last bullet are its own items, an address too; a
    # dashed line among them is a note.
    action = items[-1].children[-1]
    assert [c.title for c in action.children] == ["Library Roof", "4 Mill Street"]


def _typed_labels() -> pymupdf.Page:
    """A township's typed agenda: mixed-case labels ending in a colon at the margin, nothing
    numbered or bold, details after the colon, indented under a label, or wrapped on."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for y, text in [(72, "Alder Township Board of Trustees"), (90, "Agenda"), (108, "8 Oct 2026")]:
        page.insert_text((230, y), text, fontsize=12)
    lines = [
        (160, 72, "Place: Alder Township Hall"),
        (190, 72, "Call to order:"),
        (207, 72, "Roll Call:"),
        (224, 73, "Approval of the September minutes:"),
        (241, 71, "Public Comment; agenda items only."),
        (258, 72, "Treasurer's Report: Review of the quarterly figures and the audit"),
        (270, 72, "engagement letter."),
        (287, 72, "Trustee reports:"),
        (304, 108, "Marsh:"),
        (321, 108, "Pell:"),
        (338, 74, "Cemetery Report: No reply yet on the sexton post."),
        (355, 72, "The clerk will ask neighbouring townships what they pay and report back"),
        (367, 72, "before rates are reviewed."),
        (384, 72, "New Business:"),
        (401, 72, "Adjournment: Next meeting 12 November 2026."),
    ]
    for y, x, text in lines:
        page.insert_text((x, y), text, fontsize=11)
    return page


def test_typed_labels_ending_in_colons_are_the_items() -> None:
    items = parse_agenda([page_lines(_typed_labels())], None).items
    assert [(it.number, it.title) for it in items] == [
        ("", "Call to order"),
        ("", "Roll Call"),
        ("", "Approval of the September minutes"),
        ("", "Public Comment; agenda items only"),
        ("", "Treasurer's Report"),
        ("", "Trustee reports"),
        ("", "Cemetery Report"),
        ("", "New Business"),
        ("", "Adjournment"),
    ]
