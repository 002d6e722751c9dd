"""An English parish council's agenda, rebuilt with fictional wording.

First seen on a Hertfordshire parish: main items in bold capitals, printed out of order (6, 9,
8, 11, 10), the last one "NEXT MEETING" in bold with a plain note after a dash ("- to suggest
Agenda items …"). Out-of-order numbers were accepted only in the main items' style, and the
note made the line look like another style, so item 10 was lost.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines
from tests.engine.agenda_pdfkit import put_lines


def test_an_out_of_order_item_with_a_plain_note_after_its_dash() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontname="hebo", fontsize=12)
    y = 100.0
    for number, title in [
        ("1.", "APOLOGIES FOR ABSENCE"),
        ("2.", "PLANNING"),
        ("4.", "FINANCE"),
        ("3.", "STANDING ITEMS"),
        ("6.", "CORRESPONDENCE"),
    ]:
        page.insert_text((72, y), number, fontname="hebo", fontsize=11)
        page.insert_text((108, y), title, fontname="hebo", fontsize=11)
        y += 30
    page.insert_text((72, y), "5.", fontname="hebo", fontsize=11)
    page.insert_text((108, y), "NEXT MEETING", fontname="hebo", fontsize=11)
    page.insert_text((195, y), " - to suggest items for the meeting on 9 March", fontsize=11)
    items = parse_agenda([page_lines(page)], None).items
    assert [it.number for it in items] == ["1", "2", "4", "3", "6", "5"]
    assert items[-1].title.startswith("NEXT MEETING")


def test_papers_named_in_capitals_and_letters_run_into_their_titles() -> None:
    """A parish council's agenda: "To receive the financial statement – PAPER C" (the paper's
    letter, not the title's words) and "a)To receive an update" typed without a space."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontname="hebo", fontsize=12)
    rows = [
        (72, "1."),
        (108, "APOLOGIES FOR ABSENCE"),
        (72, "2."),
        (108, "FINANCE"),
        (108, "a) To receive the financial statement - PAPER C"),
        (108, "b) To approve the payment of accounts due - Paper D"),
        (72, "3."),
        (108, "PLANNING"),
        (108, "a)To receive an update on current applications"),
        (108, "b)To make a recommendation on any outstanding application"),
        (72, "4."),
        (108, "CORRESPONDENCE"),
    ]
    y = 100.0
    for x, text in rows:
        bold = text.isupper() or text.endswith(".")
        page.insert_text((x, y), text, fontname="hebo" if bold else "helv", fontsize=11)
        if x == 108:
            y += 18
    items = parse_agenda([page_lines(page)], None).items
    tree = [(it.number, it.title, [(c.title, c.paper) for c in it.sub_items]) for it in items]
    assert tree == [
        ("1", "APOLOGIES FOR ABSENCE", []),
        (
            "2",
            "FINANCE",
            [
                ("To receive the financial statement", "PAPER C"),
                ("To approve the payment of accounts due", "Paper D"),
            ],
        ),
        (
            "3",
            "PLANNING",
            [
                ("To receive an update on current applications", None),
                ("To make a recommendation on any outstanding application", None),
            ],
        ),
        ("4", "CORRESPONDENCE", []),
    ]


def test_a_dates_raised_ordinal_stays_in_its_line() -> None:
    """ "held on 8th April": Word raises the ordinal ("th") and sets it smaller, in the same
    line of text; it is part of the date, not a line of its own above the title."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "x", fontname="helv", fontsize=12)  # the font's resource
    page.clean_contents()
    doc.update_stream(
        page.get_contents()[0],
        b"BT /helv 12 Tf 72 700 Td (9. To confirm the minutes held on 8) Tj "
        b"/helv 7.9 Tf 7 Ts (th) Tj 0 Ts /helv 12 Tf ( April 2015) Tj ET",
    )
    texts = [ln.text for ln in page_lines(page).lines]
    assert texts == ["9. To confirm the minutes held on 8th April 2015"]


def test_whose_report_after_the_dash_is_its_presenter() -> None:
    """A Welsh community council prints "… Plan – report from Cllr Richards": the councillor
    presents it; "– report from Monmouthshire County Council" names a body, and stays."""
    from boardprep.core.engine.agenda.people import split_presenter

    title, people = split_presenter(
        "Summary of Review of Local Development Plan – report from Cllr Richards"
    )
    assert title == "Summary of Review of Local Development Plan"
    assert [p.name for p in people] == ["Cllr Richards"]
    title, people = split_presenter("Finance – update from the Clerk")
    assert (title, [p.name for p in people]) == ("Finance", ["Clerk"])
    kept = "Highways – report from Monmouthshire County Council"
    assert split_presenter(kept) == (kept, [])


def test_a_title_filling_the_last_line_of_a_page_ends_atop_the_next() -> None:
    """A county board's consent item fills the page's last line ("… for Future") and its
    last word ("Sales") stands atop the next page, set in under the title's words."""
    doc = pymupdf.open()
    first = doc.new_page(width=612, height=792)
    rows = [
        "5.9 Award Contract for Road Reconstruction",
        "5.10 Apportionment of Tax Forfeited Surplus Revenues",
        "5.11 Re-Classify Tax Forfeited Properties to Non-Conservation for Future",
    ]
    first.insert_text((131, 80), "Agenda", fontsize=10)
    put_lines(first, rows, 131, 700, 26, 10)
    second = doc.new_page(width=612, height=792)
    second.insert_text((167, 106), "Sales", fontsize=10)
    second.insert_text((131, 133), "5.12 Re-Classify as Conservation", fontsize=10)
    second.insert_text((90, 160), "6 Adjourn", fontsize=10)
    items = parse_agenda([page_lines(p) for p in doc], None).items
    titles = [c.title for it in items for c in [it, *it.children]]
    assert "Re-Classify Tax Forfeited Properties to Non-Conservation for Future Sales" in titles
    assert "Sales" not in titles


def test_a_plain_slash_between_bold_words_stays_in_the_title() -> None:
    """A students' society sets its titles in bold, but the slash of "Diversity Fair/Event"
    in plain type: the bold title goes on over it, and "/Event" is no description."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((117, 80), "Committee Meeting Agenda", fontname="hebo", fontsize=14)
    rows = [
        ("3. ", ["Advertising for Physical Systems"]),
        ("4. ", ["Diversity Fair", "/", "Event"]),
        ("5. ", ["Mentoring"]),
    ]
    y = 110.0
    for number, parts in rows:
        page.insert_text((117, y), number, fontname="helv", fontsize=12)
        x = 132.0
        for part in parts:
            font = "helv" if part == "/" else "hebo"
            page.insert_text((x, y), part, fontname=font, fontsize=14)
            x += pymupdf.get_text_length(part, fontname=font, fontsize=14)
        y += 24
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.title, it.purpose) for it in items] == [
        ("Advertising for Physical Systems", None),
        ("Diversity Fair/Event", None),
        ("Mentoring", None),
    ]


def test_closing_items_that_kept_a_templates_old_numbers_are_items() -> None:
    # Items 10-14 were added above the template's "10. ITEMS FOR FUTURE AGENDA" and "11. AOB",
    # whose numbers were left as they were; they were dropped as numbers already used.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontname="hebo", fontsize=12)
    y = 100.0
    rows = [f"{n}." for n in range(1, 15)] + ["10.", "11."]
    titles = [
        "ELECTION OF CHAIRMAN",
        "ELECTION OF VICE CHAIRMAN",
        "APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF INTEREST",
        "PUBLIC PARTICIPATION",
        "THE MINUTES",
        "MATTERS ARISING",
        "OUTSIDE BODIES",
        "PLANNING",
        "WORKS PROGRAMME",
        "STANDING ITEMS",
        "YEAR END ACCOUNTS",
        "ANNUAL RETURN",
        "FINANCE",
        "ITEMS FOR FUTURE AGENDA",
        "AOB",
    ]
    for number, title in zip(rows, titles, strict=True):
        page.insert_text((72, y), number, fontname="hebo", fontsize=11)
        page.insert_text((108, y), title, fontname="hebo", fontsize=11)
        y += 40
    items = parse_agenda([page_lines(page)], None).items
    assert [it.title for it in items[-3:]] == ["FINANCE", "ITEMS FOR FUTURE AGENDA", "AOB"]
    assert [it.printed or it.number for it in items[-2:]] == ["10", "11"]
