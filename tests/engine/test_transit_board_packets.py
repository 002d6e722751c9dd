"""A transit authority's board packet and a consortium's slide-deck agenda, in our own words.

The agenda numbers items as a decimal outline ("8.0 New Business", "8.1 Consideration of
…") and prints where each paper sits in several ways: "(p. 14-23)", "(32-35)" and a "(p." cut
off by the line's end. Its papers are memos headed "To:", "From:", "Date:", "Re:" and
resolutions headed "Resolution 15/2015" over their name.
"""

from __future__ import annotations

from boardprep.core.engine.agenda.lines import take_range
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.documents import find_documents, title_of_cover
from boardprep.core.engine.pages.pagemap import build_page_map, scan_pages
from boardprep.core.engine.reconcile import title_similarity
from boardprep.core.model import Item
from tests.engine.agenda_pdfkit import line, lines_of
from tests.engine.fakepack import FakePage, make_doc


def _flat(items: list[Item]) -> list[tuple[str, str, tuple[int, int] | None]]:
    out = []
    for it in items:
        out.append((it.number, it.title, it.pack_pages))
        out += _flat(it.sub_items)
    return out


def test_a_bare_pair_in_brackets_ending_the_title_is_its_pages() -> None:
    assert take_range("Revision to the Capital Grant Program (32-35)", allow_bare=False) == (
        (32, 35),
        "Revision to the Capital Grant Program",
    )
    # A date in brackets is no range; nor is a vote.
    assert take_range("Riverside Plat, (6-14-21)", allow_bare=False)[0] is None
    assert take_range("Motion carried (4-0)", allow_bare=False)[0] is None


def test_decimal_agenda_with_wrapped_and_bare_ranges() -> None:
    pages = lines_of(
        [
            [
                line("Agenda", x=280),
                line("Board of Directors Meeting", x=240),
                line("7.0 Old Business"),
                line("8.0 New Business"),
                line("8.1 Consideration of Resolution Awarding the Fare Collection", x=100),
                line("Contract (p. 29-31)", x=122),
                line("8.2 Consideration of Resolution Revising the Capital Grant", x=100),
                line("Program (32-35)", x=122),
                line("8.3 Consideration of Resolution Extending the Interim Lease (p.", x=100),
                line("37)", x=122),
                line("9.0 Adjourn"),
            ]
        ]
    )
    res = parse_agenda(pages, None)
    assert _flat(res.items) == [
        ("7.0", "Old Business", None),
        ("8.0", "New Business", None),
        ("8.1", "Consideration of Resolution Awarding the Fare Collection Contract", (29, 31)),
        ("8.2", "Consideration of Resolution Revising the Capital Grant Program", (32, 35)),
        ("8.3", "Consideration of Resolution Extending the Interim Lease", (37, 37)),
        ("9.0", "Adjourn", None),
    ]


def test_a_list_under_a_title_printed_with_a_colon_is_its_sub_items() -> None:
    # "5. VOTEs:" is read as "VOTEs"; the numbers under it are its list, not items 1-3 again.
    pages = lines_of(
        [
            [
                line("Agenda", x=60),
                line("1. Welcome, roll call", x=60),
                line("2. Action item review", x=60),
                line("3. VOTEs:", x=60),
                line("1. Minutes of the last call", x=100),
                line("2. Working group chair", x=100),
                line("4. Any other business", x=60),
            ]
        ]
    )
    res = parse_agenda(pages, None)
    assert [(n, t) for n, t, _p in _flat(res.items)] == [
        ("1", "Welcome, roll call"),
        ("2", "Action item review"),
        ("3", "VOTEs"),
        ("1", "Minutes of the last call"),
        ("2", "Working group chair"),
        ("4", "Any other business"),
    ]


def test_the_minutes_of_a_dated_meeting_are_no_time_allotment() -> None:
    pages = lines_of(
        [
            [
                line("Agenda", x=60),
                line("1. Approval of the July 15 minutes", x=60),
                line("2. Treasurer's update - 10 minutes", x=60),
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(i.title, i.duration) for i in items] == [
        ("Approval of the July 15 minutes", None),
        ("Treasurer's update", 10),
    ]


def test_a_memo_is_titled_by_its_re_line() -> None:
    lines = ["To: Board of Directors", "From: Interim CEO", "Date: March 13, 2015"]
    assert title_of_cover([*lines, "Re: Monthly Report"]) == "Monthly Report"
    assert title_of_cover([*lines, "RE:", "Federal Formula Allocation for FY 2015"]) == (
        "Federal Formula Allocation for FY 2015"
    )


def test_a_resolution_numbered_with_a_slash_over_its_name_starts_a_paper() -> None:
    doc = make_doc(
        [
            FakePage(body=["Agenda", "1. Express bus service"]),
            FakePage(body=["Resolution 17/2015", ("Express Bus Service on the Highway", True)]),
            FakePage(body=["WHEREAS, congestion on the highway has grown; and"]),
        ]
    )
    scans = scan_pages(doc)
    starts = find_documents(doc, build_page_map(doc, scans), scans, skip_pages=range(1))
    assert [(s.pdf_page, s.title) for s in starts] == [
        (2, "Resolution 17/2015: Express Bus Service on the Highway")
    ]


def test_an_acronym_spelling_out_a_whole_title_is_a_full_match() -> None:
    assert title_similarity("CEO Report", "Chief Executive Officer") == 1.0
    # A year alone is no likeness: "2024-25 Final Budget" is not the county's tax letter.
    assert title_similarity("2024-25 Final Budget", "County 2024-2025 Tax Roll Letter") == 0.0


def test_a_title_set_partly_in_bold_runs_on_to_its_range() -> None:
    # The bold second line ends in the item's range: the title's end, not a heading.
    pages = lines_of(
        [
            [
                line("Agenda", x=280),
                line("8.0 New Business"),
                line(
                    "8.1 Consideration of Resolution **25/2015 Award of a Contract for Bus**", x=100
                ),
                line("**Driver Uniforms** (p. 1-3)", x=122),
                line("9.0 Adjourn"),
            ]
        ]
    )
    res = parse_agenda(pages, None)
    assert _flat(res.items)[1] == (
        "8.1",
        "Consideration of Resolution 25/2015 Award of a Contract for Bus Driver Uniforms",
        (1, 3),
    )
