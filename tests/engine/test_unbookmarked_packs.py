"""Packs with no outline and no page stamps: papers found from their own pages.

A trust's board pack typed in Word and joined without bookmarks, or a township's budget
meeting pack, gives each paper a title page, a report number or a by-law number instead; a
city's packet without stamps prints its agenda's page numbers all the same. All wording is
fictional.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import find_documents
from boardprep.core.engine.pages.pagemap import scan_pages
from tests.engine.agenda_pdfkit import put_lines

PROSE = [
    "The board is asked to note the progress made since the last meeting and the work",
    "planned for the coming quarter, set out in the sections of this paper below, with",
    "the risks the executive team has identified and the actions it proposes to take.",
]


def _text_page(doc: pymupdf.Document, lines: list[str], *, size: float = 10.0) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    put_lines(page, [*lines, *PROSE * 6], 60, 90, 16, size=size)
    return page


def _title_page(
    doc: pymupdf.Document, lines: list[str], y: float = 300, sizes: list[float] | None = None
) -> pymupdf.Page:
    """Lines of a title page, each centred (so each is a text block of its own)."""
    page = doc.new_page(width=595, height=842)
    for text, size in zip(lines, sizes or [20.0] * len(lines), strict=True):
        width = pymupdf.get_text_length(text, fontsize=size)
        page.insert_text((297 - width / 2, y), text, fontsize=size)
        y += size * 1.3
    return page


def _agenda(doc: pymupdf.Document, lines: list[str]) -> None:
    page = doc.new_page(width=595, height=842)
    put_lines(page, ["Elmbridge Primary Care Trust", "Trust Board meeting"], 60, 60, 24, 15)
    put_lines(page, ["Thursday 15 May 2025 at 4pm, Harcourt House", "AGENDA"], 60, 120, 24)
    put_lines(page, lines, 60, 190, 22)


def _minuted_pack(items: list[str]) -> pymupdf.Document:
    """A trust board's pack so far: its agenda (item 1 the last meeting's minutes, then
    ``items``) and the minutes' page."""
    doc = pymupdf.open()
    _agenda(doc, ["1. Minutes of the Board meeting held March 13 2025", *items])
    _text_page(doc, ["Minutes of the Board meeting held on 13 March 2025"])
    return doc


def _analyze(doc: pymupdf.Document, tmp_path: Path):  # type: ignore[no-untyped-def]
    pdf = tmp_path / "pack.pdf"
    doc.save(pdf)
    return analyze(pdf, data_dir=tmp_path / "data", use_cache=False)


def _portal_page(
    doc: pymupdf.Document,
    meeting: str,
    title: str,
    lines: list[str],
    *,
    y: float,
    step: float,
    size: float,
) -> None:
    """A board portal's page: "<meeting> - <paper's title>" as running header, then lines."""
    page = doc.new_page(width=595, height=842)
    page.insert_text((180, 36), f"{meeting} - {title}", fontsize=9)
    put_lines(page, lines, 70, y, step, size=size)


def test_a_title_page_and_a_heading_in_body_size_place_their_items(tmp_path: Path) -> None:
    doc = _minuted_pack(
        [
            "2. Community Transport Strategy",
            "To endorse the revised strategy for Elmbridge Health Partners",
            "3. Maternity Pathways Review",
            "To consider the review of maternity pathways across Elmbridge Health Partners",
            "4. Any other business",
        ]
    )
    # Item 2's paper opens with a title page (its footer repeats the title: more words than
    # a divider holds); a heading set large inside it names the partnership.
    title = _title_page(doc, ["Elmbridge", "Community Transport Strategy", "2025-28"])
    title.insert_text((60, 700), "Community Transport Strategy - Draft 3, 2 May 2025 - 1 -")
    _text_page(doc, [])
    page = _text_page(doc, [])
    page.insert_text((60, 72), "Elmbridge Health Partners", fontsize=18)
    # Item 3's paper is headed in the body's own size, its first section under the title.
    _text_page(doc, ["Review of Maternity Pathways Model of Care", "Background"])
    _text_page(doc, [])
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 2)),
        ("2", (3, 5)),
        ("3", (6, 7)),
        ("4", None),
    ]
    assert [d.title for d in tree.items[1].documents] == ["Elmbridge Community Transport Strategy"]


def test_a_heading_naming_the_item_beats_a_heading_sharing_its_purposes_words(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            "1. Community Transport Strategy",
            "2. Maternity Pathways Review",
            "To consider the review of maternity pathways across Elmbridge Health Partners",
            "3. Any other business",
        ],
    )
    _text_page(doc, ["Community Transport Strategy 2025-28"], size=14)
    # Inside item 1's paper, a heading set large names the partnership the purpose names.
    page = _text_page(doc, [])
    page.insert_text((60, 72), "Elmbridge Health Partners", fontsize=18)
    # Item 2's paper is headed in the body's own size, over its first section.
    _text_page(doc, ["Review of Maternity Pathways Model of Care", "Background"])
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 3)),
        ("2", (4, 4)),
        ("3", None),
    ]


def test_a_title_page_set_in_stacked_capitals_is_one_title(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda(doc, ["1. Long Term Conditions Annual Report", "2. Any other business"])
    # The report numbers its own pages from its title page: a paper starts there.
    title = _title_page(
        doc,
        ["ELMBRIDGE", "LONG TERM CONDITIONS", "ANNUAL REPORT", "APRIL 2024 - MARCH 2025"],
        sizes=[16, 22, 30, 14],
    )
    title.insert_text((90, 50), "Final DRAFT version 8", fontsize=9)
    title.insert_text((500, 800), "1", fontsize=9)
    for number in (2, 3):
        _text_page(doc, ["Executive Summary"]).insert_text((500, 800), str(number), fontsize=9)
    tree = _analyze(doc, tmp_path)
    assert tree.items[0].pdf_pages == (2, 4)
    assert [d.title for d in tree.items[0].documents] == [
        "ELMBRIDGE LONG TERM CONDITIONS ANNUAL REPORT"
    ]


def test_an_appendix_title_page_set_halfway_down_opens_an_appendix() -> None:
    doc = pymupdf.open()
    _text_page(doc, ["Operating Plan 2025/26", "1. Introduction"])
    _title_page(doc, ["Appendix 2", "Operating Plan 2025/26", "Commentary Template"], y=330)
    # The appendix's first page numbers itself: the same document as its title page.
    first = _text_page(doc, ["1. Declarations and self-certification"])
    first.insert_text((480, 815), "Page 1 of 2", fontsize=9)
    _text_page(doc, []).insert_text((480, 815), "Page 2 of 2", fontsize=9)
    starts = find_documents(doc, scans=scan_pages(doc))
    assert [(s.pdf_page, s.kind, s.title) for s in starts if s.kind != "heading"] == [
        (2, "appendix", "Appendix 2 – Operating Plan 2025/26")
    ]


def test_a_list_of_attachments_on_a_reports_last_page_opens_nothing() -> None:
    doc = pymupdf.open()
    _text_page(doc, ["Extension of Time Request", "Background"])
    page = doc.new_page(width=595, height=842)
    put_lines(page, ["PM #1-18", "November 1, 2022", "Page 3 of 3"], 72, 45, 12)
    put_lines(page, ["ATTACHMENTS"], 72, 95, 20, size=14)
    put_lines(
        page,
        [
            "Attachment A – Statement of Reasons for Extension of Time",
            "Attachment B – Tentative Parcel Map No. 82410",
        ],
        72,
        117,
        21,
    )
    starts = find_documents(doc, scans=scan_pages(doc))
    assert [s.pdf_page for s in starts if s.kind == "appendix"] == []


def _township_agenda(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=612, height=792)
    put_lines(page, ["Township of Glenmoor", "Special Council (Budget) Meeting"], 72, 60, 22, 15)
    put_lines(page, ["February 2, 2026 at 6:00 p.m.", "AGENDA"], 72, 110, 22)
    put_lines(
        page,
        [
            "1. CALL TO ORDER",
            "2. ITEMS FOR CONSIDERATION",
            "2.1 Report No. FIN-03-2026: 2026 Budget Review",
            "2.2 Report No. FIN-04-2026: 2026 Budget Summary and Tax Rate Review",
            "3. BY-LAWS",
            "3.1 By-law No. 3617-26 – Being a By-law to Adopt the 2026 Budget",
            "3.2 By-law No. 3618-26 – Being a By-law to Confirm the Proceedings of Council",
            "4. ADJOURNMENT",
        ],
        72,
        180,
        22,
    )


def _report(doc: pymupdf.Document, number: str, title: str) -> None:
    heading = [number, "Special Council (Budget) Meeting", "February 2, 2026", title]
    put_lines(doc.new_page(width=612, height=792), [*heading, *PROSE * 5], 72, 110, 21)


def _bylaw(doc: pymupdf.Document, number: str, title: str) -> None:
    heading = ["The Corporation of the Township of Glenmoor", number, title]
    put_lines(doc.new_page(width=612, height=792), [*heading, *PROSE * 4], 100, 80, 22)


def test_reports_and_by_laws_are_found_by_their_numbers(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _township_agenda(doc)
    # Each report's own title shares words with the other report's agenda title: only the
    # number printed over it ("FIN Report No. 03-2026") tells which item is whose.
    _report(doc, "FIN Report No. 03-2026", "Draft 2026 Budget Summary and Tax Rate Review")
    _text_page(doc, [])
    _report(doc, "FIN Report No. 04-2026", "2026 Budget Review of Operating Accounts")
    _text_page(doc, [])
    _bylaw(doc, "By-law Number No. 3617-26", "Being a By-law to Adopt the 2026 Budget")
    _bylaw(doc, "By-law Number No. 3618-26", "Being a By-law to Confirm the Proceedings")
    tree = _analyze(doc, tmp_path)
    pages = {i.number: i.pdf_pages for i in tree.items[1].sub_items + tree.items[2].sub_items}
    assert pages == {"2.1": (2, 3), "2.2": (4, 5), "3.1": (6, 6), "3.2": (7, 7)}
    assert [d.title for d in tree.items[2].sub_items[0].documents] == [
        "By-law Number No. 3617-26: Being a By-law to Adopt the 2026 Budget"
    ]


MISSION = [
    "It is the Mission of the Glenmoor Area Transit Authority to provide accessible,",
    "reliable, safe, environmentally responsible, and cost-effective public transportation",
    "options for the benefit of the Glenmoor Area Community.",
]


def test_proposed_minutes_under_a_mission_statement_open_the_minutes_item(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    agenda = doc.new_page(width=612, height=792)
    put_lines(agenda, MISSION, 72, 60, 24)
    put_lines(agenda, ["Agenda", "March 19, 2025", "Board of Directors Meeting"], 224, 140, 15)
    put_lines(
        agenda,
        [
            "1.0 Communications and Announcements",
            "2.0 Review and Approval of Minutes",
            "2.1 Review and Approval of Minutes of February 26, 2025",
            "3.0 Adjourn",
        ],
        72,
        210,
        22,
    )
    minutes = doc.new_page(width=612, height=792)
    put_lines(minutes, MISSION, 72, 80, 33)
    put_lines(
        minutes,
        ["Proposed Minutes", "Thursday, February 26, 2025", "Board of Directors Meeting"],
        206,
        180,
        15,
    )
    put_lines(minutes, ["Board Present:", *PROSE * 5], 72, 250, 19)
    _text_page(doc, [])
    tree = _analyze(doc, tmp_path)
    # The statement's "Community" is no heading naming "Communications" (both "commun…").
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1.0", None),
        ("2.0", (2, 3)),
        ("3.0", None),
    ]
    assert [d.title for d in tree.items[1].sub_items[0].documents] == [
        "Proposed Minutes Thursday, February 26, 2025"
    ]


def test_unstamped_page_numbers_point_at_the_cover_sheets_not_the_memos_after_them(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    items = [
        ("Consent and Subordination Agreement (MicroFactory)", 1, 4),
        ("Property and Liability Coverage Renewal", 5, 3),
        ("Welcome Center Marquee Sign Replacement", 8, 2),
    ]
    for page_no in (1, 2):  # the agenda runs over two pages, not numbered in the packet
        page = doc.new_page(width=612, height=792)
        put_lines(page, ["CITY COMMISSION MEETING", "Thursday, June 12, 2025"], 72, 60, 20)
        rows = [
            f"{k + 1}. {t.upper()}: approve as presented. (PAGE {p})"
            for k, (t, p, _n) in enumerate(items)
        ]
        put_lines(page, rows if page_no == 1 else ["4. ADJOURNMENT"], 72, 140, 40)
    for title, _first, length in items:
        cover = doc.new_page(width=612, height=792)
        put_lines(cover, ["City Commission Meeting", "AGENDA ITEM COVER SHEET"], 200, 72, 20)
        put_lines(cover, ["Item: see the memo", "Prepared by: City Manager's office"], 72, 200, 20)
        # The memo after each sheet repeats the item's title: a pack page further on.
        _text_page(doc, ["To: City Commission", "From: City Manager", f"Subject: {title}"])
        for _ in range(length - 2):
            _text_page(doc, [])
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items[:3]] == [
        ("1", (3, 6)),
        ("2", (7, 9)),
        ("3", (10, 11)),
    ]


def test_a_running_header_naming_each_paper_starts_one_where_it_changes(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()

    def page(title: str, lines: list[str]) -> None:
        _portal_page(doc, "Board Meeting 26 March 2025", title, lines, y=110, step=14, size=9)

    page("Agenda", ["BOARD MEETING", "Wednesday 26 March 2025 at 1:30pm", "AGENDA"])
    items = ["1. Apologies", "2. Interests Register", "3. Board Workplan", "4. Chair's Report"]
    put_lines(doc[0], items, 70, 200, 24)
    # Each paper opens with a table, not a heading: only the header says where it starts.
    register = ["Board Member   Interest   Nature of Conflict   Date Declared"] * 12
    page("Interests Register", register)
    page("Interests Register", register)
    plan = ["Meeting   Finance   Clinical Council   Consumer Council   Board"] * 12
    page("Board Workplan", plan)
    page("Board Workplan", plan)
    page("Chair's Report - verbal", ["Verbal report to be given at the meeting by the Chair"])
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", None),
        ("2", (2, 3)),
        ("3", (4, 5)),
        ("4", (6, 6)),
    ]


def test_a_later_items_marked_cover_bounds_where_an_earlier_item_is_looked_for(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    agenda = doc.new_page(width=612, height=792)
    put_lines(
        agenda, ["GENERAL COUNCIL", "Monday, November 24, 2025 at 2:00 p.m.", "AGENDA"], 72, 60, 20
    )
    put_lines(
        agenda,
        [
            "1. Report from the President",
            "2. Update on Committee Recommendations",
            "\u201cTHAT the Governors' Chair be invited annually to speak to Council\u201d",
            "3. New Members of Council",
            "4. Report of the Governors' Chair",
        ],
        72,
        140,
        22,
    )
    _text_page(doc, ["ITEM 1 - Report from the President"])
    _text_page(doc, ["ITEM 3 - New Members of Council"])
    # Item 4's report shares the words of item 2's quoted motion; item 2 has no paper, and
    # item 3's marked cover sheet comes before this page.
    _text_page(doc, []).insert_text((72, 75), "Governors' Chair Report to Council", fontsize=18)
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 2)),
        ("2", None),
        ("3", (3, 3)),
        ("4", (4, 4)),
    ]


def test_a_sub_item_whose_paper_is_to_follow_does_not_take_its_parents_paper(
    tmp_path: Path,
) -> None:
    doc = _minuted_pack(
        [
            "2. Connecting for Health update",
            "2.1 Child Health Application replacement Business Case (to follow)",
            "3. Any other business",
        ]
    )
    # The update's paper names the programme in its opening lines, not the business case.
    _text_page(doc, ["ICT Deployment report for Elmbridge", "Connecting for Health update"])
    _text_page(doc, [])
    tree = _analyze(doc, tmp_path)
    update = tree.items[1]
    assert update.pdf_pages == (3, 4)
    assert update.sub_items[0].pdf_pages is None
    assert [d.pdf_pages for d in update.documents] == [(3, 4)]


def test_the_resolution_to_exclude_the_public_is_its_items_paper_not_minutes(
    tmp_path: Path,
) -> None:
    doc = _minuted_pack(
        [
            "2. Recommendation to Exclude the Public",
            "3. Confirmation of Minutes of Board Meeting 13 March 2025 (public excluded)",
            "4. Chair's Update",
        ]
    )
    _text_page(doc, [])
    # The resolution lists the items it closes to the public: minutes among them.
    resolution = [
        "Recommendation to Exclude the Public",
        "That the public now be excluded from the following parts of the meeting, namely:",
        "3. Confirmation of Minutes of Board Meeting 13 March 2025 - Public Excluded",
        "4. Chair's Update",
    ]
    put_lines(doc.new_page(width=595, height=842), resolution, 60, 180, 24)
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 3)),
        ("2", (4, 4)),
        ("3", None),
        ("4", None),
    ]


def test_a_trusts_name_over_a_papers_title_is_its_letterhead(tmp_path: Path) -> None:
    doc = _minuted_pack(
        [
            "2. Elmbridge Primary Care Trust Commissioning Plans 2025/26",
            "2.1 Commissioning Intentions",
            "2.2 Draft Operating Plan",
            "3. Any other business",
        ]
    )
    _text_page(doc, [])
    # Item 2.1's paper: the trust's name set large over its title, then the body's text.
    page = doc.new_page(width=595, height=842)
    put_lines(
        page, ["Elmbridge Primary Care Trust", "Commissioning Intentions 2025/26"], 60, 70, 22, 16
    )
    put_lines(page, PROSE * 6, 60, 130, 16)
    _text_page(doc, [])
    page = doc.new_page(width=595, height=842)
    put_lines(page, ["Draft Operating Plan 2025/26"], 60, 70, 22, 16)
    put_lines(page, PROSE * 6, 60, 110, 16)
    tree = _analyze(doc, tmp_path)
    plans = tree.items[1]
    assert [(i.number, i.pdf_pages) for i in plans.sub_items] == [("2.1", (4, 5)), ("2.2", (6, 6))]
    assert [d.title for d in plans.sub_items[0].documents] == [
        "Elmbridge Primary Care Trust Commissioning Intentions 2025/26"
    ]


def test_a_page_after_an_appendix_title_page_opens_the_paper_its_header_names(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()

    def page(title: str, lines: list[str]) -> None:
        _portal_page(doc, "Board Meeting 24 September 2025", title, lines, y=200, step=22, size=11)

    page("Agenda", ["BOARD MEETING", "Wednesday 24 September 2025 at 1:30pm", "AGENDA"])
    items = [
        "1. Safety Update Report",
        "2. Board Workplan",
        "3. Recommendation to Exclude the Public",
    ]
    put_lines(doc[0], items, 70, 300, 24)
    body = ["The service reports the quarter's events and the actions taken since."] * 14
    page("Safety Update Report", ["Safety Update Report", *body])
    page("Safety Update Report", body)
    page("Board Workplan", ["Board Workplan", *body])
    # The workplan's appendix: a title page, then the next paper (its header says so).
    page("Board Workplan", ["Appendix 1", "Clinical Council Workplan"])
    page(
        "Recommendation to Exclude the public",
        [
            "Recommendation to Exclude the Public",
            "That the public now be excluded from the following parts of the meeting, namely:",
            "4. Confirmation of previous minutes - Public Excluded",
        ],
    )
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 3)),
        ("2", (4, 5)),
        ("3", (6, 6)),
    ]


def test_a_sub_item_sharing_its_siblings_enclosure_starts_at_the_appendix_naming_it(
    tmp_path: Path,
) -> None:
    doc = _minuted_pack(
        [
            "2. Primary Care Commissioning Plans 2025/26",
            "2.1 Commissioning Intentions",
            "2.2 Draft Operating Plan",
            "3. Any other business",
        ]
    )
    # One enclosure for item 2: the intentions, then the operating plan as its appendix.
    _text_page(doc, ["Elmbridge Primary Care Trust Commissioning Intentions 2025/26"])
    _text_page(doc, [])
    _title_page(doc, ["Appendix 2", "PCT Operating Plan 2025/26", "Commentary Template"])
    _text_page(doc, [])
    tree = _analyze(doc, tmp_path)
    plans = tree.items[1]
    assert [(c.number, c.pdf_pages) for c in plans.sub_items] == [("2.1", (3, 4)), ("2.2", (5, 6))]


def test_a_page_cut_to_another_paper_size_opens_a_paper_under_its_heading(
    tmp_path: Path,
) -> None:
    doc = _minuted_pack(
        [
            "2. Work Programme",
            "3. Any other business",
        ]
    )
    # The A4 report, then a scoping form typed on US Letter: its heading is set large, as
    # the report's section headings are, but it opens a file of its own.
    for width, height, heading in [
        (595, 842, "Work Programme 2025-26"),
        (595, 842, "Reviews under way"),
        (612, 792, "Scrutiny review scoping proposal"),
        (612, 792, "Findings so far"),
    ]:
        page = doc.new_page(width=width, height=height)
        page.insert_text((60, 90), heading, fontsize=16)
        put_lines(page, PROSE * 4, 60, 120, 16, size=10)
    tree = _analyze(doc, tmp_path)
    programme = tree.items[1]
    assert programme.pdf_pages == (3, 6)
    assert [(d.title, d.pdf_pages) for d in programme.documents] == [
        ("Work Programme 2025-26", (3, 4)),
        ("Scrutiny review scoping proposal", (5, 6)),
    ]


def test_a_line_of_prose_sharing_a_word_with_the_item_is_no_title_for_it(
    tmp_path: Path,
) -> None:
    doc = _minuted_pack(
        [
            "2. Work Programme",
            "3. Any other business",
        ]
    )
    # The programme's paper (three pages), headed by its title in the body's size; then a
    # form of two pages ("Page 1 of 2") whose opening prose says "… and the work".
    _text_page(doc, ["Work Programme 2025-26"])
    _text_page(doc, [])
    _text_page(doc, [])
    for n in (1, 2):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 90), "Scrutiny review scoping proposal", fontsize=16)
        put_lines(page, PROSE * 4, 60, 120, 16, size=10)
        page.insert_text((280, 810), f"Page {n} of 2", fontsize=9)
    tree = _analyze(doc, tmp_path)
    assert tree.items[1].pdf_pages == (3, 7)
    assert [d.pdf_pages for d in tree.items[1].documents] == [(3, 5), (6, 7)]


def test_the_bodys_name_atop_every_paper_names_no_item(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            "1. Minutes of the Board meeting held March 13 2025",
            "2. Correspondence",
            "3. Township Parks",
            "4. Road Programme",
        ],
    )
    # Every paper (numbered "Page 1 of N") opens with the township's name over its title.
    for title, n, of in [
        ("Minutes of the Board meeting held on 13 March 2025", 1, 2),
        ("Minutes continued", 2, 2),
        ("Correspondence received", 1, 1),
        ("Letter from the county road commission", 1, 1),
        ("Risk Control Services from the insurer", 1, 1),
        ("Notice of a planning hearing", 1, 1),
        ("Road Programme 2025", 1, 2),
        ("Road Programme costs", 2, 2),
    ]:
        page = _text_page(doc, ["Elmbridge Township", title])
        page.insert_text((280, 810), f"Page {n} of {of}", fontsize=9)
    tree = _analyze(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", (2, 3)),
        ("2", (4, 7)),
        ("3", None),
        ("4", (8, 9)),
    ]
