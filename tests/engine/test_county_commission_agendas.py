"""A county commission's packet, rebuilt with fictional wording.

First seen on a Tennessee county commission's packets: page 1 is an "Order of Business" of
Wingdings bullets (no numbers; speakers listed "1)", "2)" under a bullet), then a CONSENT
AGENDA page and OLD / NEW BUSINESS pages list "Item 3 <tab> Resolution No. 2026-04-02",
"Sponsors: …" and the subject in capitals; each resolution's form follows. Before, the bullets
were not read at all, "2026-02-14" (a resolution's number) was taken for pages 2 to 14, the
items were titled by their resolution numbers, and the consent page's copies were read too.
Later the resolutions were read, but as items of their own after "Adjournment" instead of
under the "Old Business" and "New Business" bullets their headings name.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pymupdf

from boardprep.core.engine.agenda.find import headed_bullets
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.agenda.rows import bullet_body
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages.textlayer import PageLines
from boardprep.core.model import walk_items
from tests.engine.agenda_pdfkit import typed_line

BUSINESS = [
    "Call to Order by Sheriff Dale Ferris",
    "Chairman Owen Pratt presiding",
    "Invocation",
    "Pledge to the American Flag",
    "Roll Call by Nora Quill, County Clerk",
    "Speakers/Presentations:",
    "Approval of Notaries Public",
    "Public Comment on Agenda Items",
    "Resolutions on Consent (2)",
    "Old Business",
    "New Business",
    "Announcements",
    "Adjournment",
]
RESOLUTIONS = [
    ("1", "2026-02-14", "Hale/Ortiz", ["RESOLUTION TO ESTABLISH A FUND FOR NONPROFIT", "GRANTS."]),
    (
        "2",
        "2026-04-02",
        "Ortiz/Hale",
        ["RESOLUTION TO APPROVE THE TRANSFER OF A TRUCK TO THE", "TOWN OF ELMWOOD."],
    ),
    (
        "3",
        "2026-04-03",
        "Pike/Ward",
        ["RESOLUTION TO AMEND THE BUDGET OF THE PURCHASING", "DEPARTMENT."],
    ),
]


def _write(page: pymupdf.Page, lines: list[tuple[float, str]], top: float = 72) -> None:
    for k, (x, text) in enumerate(lines):
        if text:
            page.insert_text((x, top + 15 * k), text, fontsize=11)


def _listing(numbers: list[str]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for num, res, sponsors, subject in RESOLUTIONS:
        if num in numbers:
            out += [(86, f"Item {num}        Resolution No. {res}"), (122, f"Sponsors: {sponsors}")]
            out += [(86, s) for s in subject] + [(86, "")]
    return out


def _packet(path: Path) -> Path:
    doc = pymupdf.open()
    first = [(240, "KNOX VALLEY COUNTY"), (230, "Board of County Commissioners")]
    first += [(250, "Order of Business"), (255, "April 16, 2026"), (265, "6:00 p.m."), (86, "")]
    for text in BUSINESS:
        first.append((149, f"\u2022 {text}"))
        if text.startswith("Speakers"):
            first += [
                (167, "1) Valley Family Justice Center, Executive Director Ana Ruiz"),
                (167, "2) Sheriff's Office Update, Chief Deputy Tom Hart"),
            ]
    _write(doc.new_page(width=612, height=792), first)
    consent = [(240, "County Commission"), (250, "CONSENT AGENDA"), (86, "")]
    _write(doc.new_page(width=612, height=792), consent + _listing(["2"]))
    old = [(86, "OLD BUSINESS"), *_listing(["1"]), (86, "NEW BUSINESS"), (86, "")]
    _write(doc.new_page(width=612, height=792), old + _listing(["2", "3"]))
    for num, res, _sponsors, subject in RESOLUTIONS:
        # Each resolution's form: its letterhead, then "Item N" over "Resolution No. …" on
        # its first page; the second page repeats those two lines over the mayor's action.
        first = [(86, "Knox Valley County"), (86, "Board of County Commissioners")]
        first += [(86, f"Item {num}"), (86, f"Resolution, No. {res}"), (86, subject[0])]
        _write(doc.new_page(width=612, height=792), first)
        second = [(86, f"Item {num}"), (86, f"Resolution No. {res}"), (86, "ACTION BY MAYOR")]
        _write(doc.new_page(width=612, height=792), second)
    doc.save(path)
    return path


def test_bullets_over_a_resolution_listing(tmp_path: Path) -> None:
    tree = analyze(_packet(tmp_path / "packet.pdf"), data_dir=tmp_path, use_cache=False)
    top = [(it.label, it.title) for it in tree.items]
    assert top[:5] == [
        ("", "Call to Order"),
        ("", "Chairman Owen Pratt presiding"),
        ("", "Invocation"),
        ("", "Pledge to the American Flag"),
        ("", "Roll Call"),
    ]
    speakers = tree.items[5]
    assert [(c.label, c.title) for c in speakers.children] == [
        ("1", "Valley Family Justice Center"),
        ("2", "Sheriff's Office Update"),
    ]
    assert [(p.role, p.name) for p in speakers.children[0].people] == [
        ("Executive Director", "Ana Ruiz")
    ]
    # The resolutions listed under OLD BUSINESS and NEW BUSINESS are those bullets' items;
    # the consent page's copy of item 2 is not read twice.
    assert len(tree.items) == len(BUSINESS)
    old, new = tree.items[9], tree.items[10]
    assert (old.title, new.title) == ("Old Business", "New Business")
    assert [c.label for c in old.children] == ["1"]
    assert [c.label for c in new.children] == ["2", "3"]
    numbered = [(it.label, it.title, it.paper) for it in walk_items(tree.items) if it.label]
    numbered = [n for n in numbered if n[1].startswith("RESOLUTION")]
    assert numbered == [
        ("1", "RESOLUTION TO ESTABLISH A FUND FOR NONPROFIT GRANTS", "Resolution No. 2026-02-14"),
        (
            "2",
            "RESOLUTION TO APPROVE THE TRANSFER OF A TRUCK TO THE TOWN OF ELMWOOD",
            "Resolution No. 2026-04-02",
        ),
        (
            "3",
            "RESOLUTION TO AMEND THE BUDGET OF THE PURCHASING DEPARTMENT",
            "Resolution No. 2026-04-03",
        ),
    ]
    first = old.children[0]
    assert first.pack_pages is None  # "2026-02-14" is the resolution's number, not pages 2-14
    # Each resolution's form is its paper (both pages), found by its number, and not the
    # paper of the speaker printed "1)" or "2)" under a bullet.
    assert [it.pdf_pages for it in [*old.children, *new.children]] == [(4, 5), (6, 7), (8, 9)]
    assert [(d.title, d.pdf_pages) for d in first.documents] == [
        ("Resolution No. 2026-02-14", (4, 5))
    ]
    assert all(c.pdf_pages is None for c in speakers.children)
    assert [(p.role, p.name) for p in first.people] == [("Sponsors", "Hale"), ("Sponsors", "Ortiz")]


def test_wingdings_bullets_are_bullets() -> None:
    assert bullet_body(SimpleNamespace(cells=["\uf076 Invocation"])) == "Invocation"
    assert bullet_body(SimpleNamespace(cells=["\uf0d8 Adjournment"])) == "Adjournment"
    # Any symbol font's glyph before the words (a Wingdings 3 triangle, "\uf075"), in a cell
    # of its own or glued to them; a letter or a dash is no bullet.
    assert bullet_body(SimpleNamespace(cells=["\uf075", "Welcome"])) == "Welcome"
    assert bullet_body(SimpleNamespace(cells=["\uf075 Finance Report"])) == "Finance Report"
    assert bullet_body(SimpleNamespace(cells=["A Welcome"])) is None


def test_an_agenda_slide_bulleted_in_a_symbol_font_is_the_agenda() -> None:
    """An AGM deck's "Agenda" slide: its bullets are Wingdings 3 triangles, which the text
    layer gives as private-use code points, with sub-bullets indented under one entry."""
    entries = [
        (61, "Welcome & Introductions"),
        (61, "Forest Update"),
        (61, "Association Initiatives & Updates"),
        (92, "Water Quality Report"),
        (92, "Private Buoy Program"),
        (61, "Membership Update"),
        (61, "Finance Report"),
    ]
    lines = [typed_line(60, (61, "Agenda"), size=36)]
    for k, (x, text) in enumerate(entries):
        lines.append(typed_line(110 + 32 * k, (x, "\uf075"), (x + 36, text), size=16))
    page = PageLines(index=2, width=960, height=540, lines=lines)
    assert headed_bullets(page)
    items = parse_agenda([page], None).items
    assert [(it.title, [c.title for c in it.children]) for it in items] == [
        ("Welcome & Introductions", []),
        ("Forest Update", []),
        (
            "Association Initiatives & Updates",
            ["Water Quality Report", "Private Buoy Program"],
        ),
        ("Membership Update", []),
        ("Finance Report", []),
    ]


def test_who_does_a_piece_of_business() -> None:
    title, people = split_presenter("Roll Call by Nora Quill, County Clerk")
    assert (title, [(p.role, p.name) for p in people]) == (
        "Roll Call",
        [("County Clerk", "Nora Quill")],
    )
    # Not a person: the body that presents, or a person who is the item.
    assert split_presenter("Presentation by The Singing River Trail")[1] == []
    assert split_presenter("Norm Zezula, Mayor Pro Tempore")[1] == []
    title, people = split_presenter("Update on Parks, Director of Parks Jane Smith")
    assert (title, [(p.role, p.name) for p in people]) == (
        "Update on Parks",
        [("Director of Parks", "Jane Smith")],
    )


def test_a_sentence_in_brackets_after_the_title_is_a_note() -> None:
    """ "Approval of Minutes of … Regular Session (Minutes are provided to commission members
    electronically and are available to the public at …)": the bracketed sentence is a note
    to the reader, not the title; "(Second Reading)" is no sentence, and a short record
    ("(Hearing was held on March 22, 2021)") stays."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rows = [
        "Agenda",
        "1. Approval of Minutes of the March 20 Regular Session (Minutes are provided to",
        "   members electronically and are available to the public on the county website)",
        "2. Minutes of the January Meeting. (The Commission did not have a Work Session)",
        "3. Ordinance 26-4 on Parking (Second Reading)",
        "4. Bridge Lighting Contract (Hearing was held on March 22, 2021)",
        "5. Adjournment",
    ]
    _write(page, [(72, r) for r in rows])
    items = parse_agenda([page_lines(page)], None).items
    assert [it.title for it in items] == [
        "Approval of Minutes of the March 20 Regular Session",
        "Minutes of the January Meeting",
        "Ordinance 26-4 on Parking (Second Reading)",
        "Bridge Lighting Contract (Hearing was held on March 22, 2021)",
        "Adjournment",
    ]
    assert items[1].purpose == "The Commission did not have a Work Session"


def test_presenters_in_lower_case_by_initials_and_as_a_body() -> None:
    """A health board's "– co-chairs, Ann Gomez & Julia Arto" (the office in lower case), a
    conservation district's "– Pat Bowden, KRCD" (a name, then the body's initials) and an
    advisory board's "– Board Members": who presents, not the title. "– Main Street, USA"
    is a place."""
    cases = {
        "Clinical Council – co-chairs, Ann Gomez & Julia Arto": (
            "Clinical Council",
            ["Ann Gomez", "Julia Arto"],
        ),
        "Grant application – Pat Bowden, KRCD": ("Grant application", ["Pat Bowden"]),
        "Approval of Minutes – Board Members": ("Approval of Minutes", ["Board Members"]),
        "Roads – Main Street, USA": ("Roads – Main Street, USA", []),
        "Budget – chair, the report": ("Budget – chair, the report", []),
    }
    for title, (kept, names) in cases.items():
        got, people = split_presenter(title)
        assert (got, [p.name for p in people]) == (kept, names), title
