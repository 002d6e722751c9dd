"""reconcile: agenda claims weighed against stamps and document starts."""

from __future__ import annotations

from boardprep.core.engine.documents import DocStart, OutlineEntry
from boardprep.core.engine.pages.pagemap import PageMap, fit_page_map
from boardprep.core.engine.reconcile import (
    items_from_documents,
    reconcile,
    title_similarity,
    tokens,
)
from boardprep.core.model import Item

N = 30


def _map(offset: int = 2, first_stamped: int = 3) -> PageMap:
    """Physical page p (>= first_stamped) is stamped p - offset."""
    cands = [{p - offset: 2.0} if p >= first_stamped else {} for p in range(1, N + 1)]
    return fit_page_map(cands)


def _docs() -> tuple[list[Item], list[DocStart]]:
    items = [
        Item("1", "Apologies"),
        Item("2", "Minutes", pack_pages=(1, 4)),
        Item("3", "Parks Strategy", pack_pages=(5, 12)),
        Item("4", "Budget Monitoring", pack_pages=(13, 20)),
    ]
    starts = [
        DocStart(3, "Minutes", "minutes", "2", score=4.5),
        DocStart(7, "Review of the Green Spaces and Parks Strategy", "report", "3", score=5),
        DocStart(11, "Appendix 1 – Maps", "appendix", score=2),
        DocStart(15, "Revenue Budget Monitoring Report", "report", "4", score=5),
    ]
    return items, starts


def test_plain_ranges_and_documents() -> None:
    items, starts = _docs()
    warnings = reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [None, (3, 6), (7, 14), (15, 22)]
    parks = items[2].documents
    assert [(d.title, d.pdf_pages) for d in parks] == [
        ("Review of the Green Spaces and Parks Strategy", (7, 10)),
        ("Appendix 1 – Maps", (11, 14)),
    ]
    assert warnings == []


def test_stale_ranges_are_shifted_with_a_warning() -> None:
    items, starts = _docs()
    for it in items:
        if it.pack_pages:
            it.pack_pages = (it.pack_pages[0] + 2, it.pack_pages[1] + 2)
    warnings = reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [None, (3, 6), (7, 14), (15, 22)]
    assert any("2 higher" in w for w in warnings)


def test_supplement_ranges_are_null_with_warning() -> None:
    items, starts = _docs()
    items.append(Item("5", "Late Report", pack_pages=(40, 44)))
    warnings = reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[-1].pdf_pages is None
    assert any("not in this file" in w and "5" in w for w in warnings)


def test_no_ranges_items_located_by_stamps_and_titles() -> None:
    items, starts = _docs()
    for it in items:
        it.pack_pages = None
    starts[1].agenda_item = None  # item 3 only by its title
    reconcile(items, PageMap([None] * N, [False] * N), starts, N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [None, (3, 6), (7, 14), (15, 30)]


def test_paper_references_locate_items() -> None:
    items = [Item("1", "Quality", paper="Paper A"), Item("2", "Finance", paper="Paper B")]
    starts = [
        DocStart(4, "Finance Report", "report", paper="Paper B"),
        DocStart(2, "Quality Report", "report", paper="Paper A"),
    ]
    starts.sort(key=lambda s: s.pdf_page)
    reconcile(items, PageMap([None] * 8, [False] * 8), starts, 8, agenda_pages=[0])
    assert [it.pdf_pages for it in items] == [(2, 3), (4, 8)]


def test_sub_items_and_parent_union() -> None:
    parent = Item("9", "Scrutiny of Performance")
    parent.children = [
        Item("9a", "Homelessness", pack_pages=(5, 8)),
        Item("9b", "Air Quality", pack_pages=(9, 12)),
    ]
    reconcile([parent], _map(), [], N, agenda_pages=[0, 1])
    assert parent.pdf_pages == (7, 14)
    assert parent.documents == []
    assert [d.pdf_pages for d in parent.sub_items[0].documents] == [(7, 10)]


def test_blank_separator_belongs_to_item_not_document() -> None:
    items = [Item("1", "Report A", pack_pages=(1, 3)), Item("2", "Report B", pack_pages=(5, 6))]
    blanks = [False] * 10
    blanks[5] = True  # physical page 6 (stamped 4) is blank
    reconcile(items, _map(), [], 10, agenda_pages=[0, 1], blanks=blanks)
    assert items[0].pdf_pages == (3, 6)
    assert items[0].documents[0].pdf_pages == (3, 5)


def test_wrong_agenda_item_stamp_is_reported() -> None:
    items, starts = _docs()
    starts.append(DocStart(25, "Other", "stamp", "3", score=2))
    warnings = reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[2].pdf_pages == (7, 14)  # the agenda and the other evidence win
    assert any("Agenda Item 3" in w for w in warnings)


def test_unstamped_pack_uses_positions() -> None:
    items = [Item("1", "Minutes", pack_pages=(3, 5)), Item("2", "Plan", pack_pages=(6, 9))]
    warnings = reconcile(items, PageMap([None] * 9, [False] * 9), [], 9, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 5), (6, 9)]
    assert any("No printed page numbers" in w for w in warnings)


def test_items_from_documents_without_agenda() -> None:
    starts = [
        DocStart(1, "Budget", "report", "10"),
        DocStart(4, "Appendix 1 – Figures", "appendix"),
        DocStart(6, "Parks", "report", "11"),
    ]
    items = items_from_documents(starts, 9)
    assert [(i.number, i.title) for i in items] == [("10", "Budget"), ("11", "Parks")]
    reconcile(items, PageMap([None] * 9, [False] * 9), starts, 9)
    assert [it.pdf_pages for it in items] == [(1, 5), (6, 9)]
    assert len(items[0].documents) == 2


def test_title_similarity_fuzzy() -> None:
    assert (
        title_similarity("Parks Strategy", "Review of the Green Spaces and Parks Strategy") >= 0.5
    )
    assert title_similarity("Better Care Plan", "Better Care Fund Programme Dashboard") >= 0.5
    assert title_similarity("Parks Strategy", "Treasury Management Review") == 0.0


def test_title_similarity_reads_a_lost_ti_ligature_as_ti() -> None:
    """A slide font whose "ti" ligature has no character code gives "Mee\ufffdng": the
    section slide "2024 Business Mee\ufffdng" is still the "Business Meeting"."""
    assert title_similarity("Business Meeting", "2024 Business Mee\ufffdng") == 1.0
    assert title_similarity("Water Testing", "Tes\ufffdng the Water") == 1.0


def test_title_similarity_reads_every_alphabet_and_its_function_words() -> None:
    # Whole words in any alphabet: split at "ö" and "ä", these two Swedish reports shared
    # "ttelse" (the tail of "...berättelse") and looked alike.
    assert title_similarity("Styrelsens förvaltningsberättelse", "Revisorernas berättelse") < 0.5
    assert title_similarity("Årsmötets öppnande", "Öppnande av årsmötet") == 1.0
    # German "der" is "the": it carries no likeness ("Wahl der Stimmenzähler" against a
    # sentence of the minutes that repeat it).
    assert "der" not in tokens("Wahl der Stimmenzähler")
    assert tokens("Wahl der Stimmenzähler") == {"wahl", "stimme"}


def test_duplicate_item_stamp_after_a_gap_fills_the_gap() -> None:
    starts = [
        DocStart(1, "Budget", "report", "7"),
        DocStart(4, "Transport", "report", "10"),  # really item 9, stamped wrongly
        DocStart(6, "Parks", "report", "10"),
        DocStart(8, "Housing", "report", "11"),
    ]
    items = items_from_documents(starts, 9)
    assert [i.number for i in items] == ["7", "9", "10", "11"]


def test_unstamped_pack_numbered_elsewhere_is_matched_by_evidence() -> None:
    # The agenda counts from 84 (a council-wide series) but no page carries a stamp.
    items = [
        Item("2", "Minutes", pack_pages=(84, 86)),
        Item("3", "Parks Strategy", pack_pages=(87, 92)),
        Item("4", "Budget Monitoring", pack_pages=(93, 97)),
    ]
    starts = [
        DocStart(3, "Minutes", "minutes", score=2.5),
        DocStart(6, "Review of the Green Spaces and Parks Strategy", "report", score=3),
        DocStart(12, "Revenue Budget Monitoring Report", "report", score=3),
    ]
    pm = PageMap([None] * 16, [False] * 16)
    warnings = reconcile(items, pm, starts, 16, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 5), (6, 11), (12, 16)]
    assert pm.label(3) == 84 and pm.label(16) == 97
    assert any("pack page N is page N-81" in w for w in warnings)


def test_bookmark_on_a_contents_page_folds_into_the_cover() -> None:
    items = [Item("8", "Safeguarding Annual Report", pack_pages=(1, 6))]
    starts = [
        DocStart(3, "Safeguarding Annual Report", "outline", "8"),
        DocStart(4, "Callowdale Safeguarding Adults Board Annual Report", "report"),
    ]
    reconcile(items, _map(), starts, 8, agenda_pages=[0, 1])
    assert [(d.title, d.pdf_pages) for d in items[0].documents] == [
        ("Callowdale Safeguarding Adults Board Annual Report", (3, 8))
    ]


def test_sub_item_found_by_title_under_its_parents_stamp() -> None:
    parent = Item("13", "Health Updates")
    parent.children = [Item("13a", "Mental Health Transformation"), Item("13b", "Air Quality")]
    starts = [
        DocStart(3, "Mental Health Local Transformation Plan", "report", "13", score=5),
        DocStart(7, "Air Quality Action Plan Update", "report", score=3),
    ]
    reconcile([parent], PageMap([None] * 10, [False] * 10), starts, 10, agenda_pages=[0, 1])
    assert [s.pdf_pages for s in parent.sub_items] == [(3, 6), (7, 10)]
    assert parent.pdf_pages == (3, 10)


def test_unranged_item_found_by_its_page_heading() -> None:
    items, starts = _docs()
    items.append(Item("5", "Forward Work Programme"))
    heads: list[list[str]] = [[] for _ in range(N)]
    heads[19] = ["Budget Monitoring", "Forward Work Programme update"]  # inside item 4
    heads[22] = ["OFFICIAL", "Forward Work Programme"]  # physical page 23
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1], heads=heads)
    assert items[4].pdf_pages is not None and items[4].pdf_pages[0] == 23
    assert items[3].pdf_pages == (15, 22)


def test_heading_search_needs_the_heads_and_a_whole_title() -> None:
    items, starts = _docs()
    items.append(Item("5", "Forward Work Programme"))
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[4].pdf_pages is None
    items, starts = _docs()
    items.append(Item("5", "Forward Work Programme"))
    heads: list[list[str]] = [[] for _ in range(N)]
    heads[22] = ["Forward Work"]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1], heads=heads)
    assert items[4].pdf_pages is None


def test_single_ranged_item_stale_by_one_is_shifted() -> None:
    items = [Item("1", "Apologies"), Item("2", "Budget Monitoring", pack_pages=(12, 19))]
    starts = [DocStart(15, "Revenue Budget Monitoring Report", "report", score=5)]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[1].pdf_pages is not None and items[1].pdf_pages[0] == 15


def test_single_ranged_item_not_shifted_onto_an_unrelated_paper() -> None:
    items = [Item("1", "Apologies"), Item("2", "Budget Monitoring", pack_pages=(12, 19))]
    starts = [DocStart(15, "Parks and Open Spaces", "report", score=5)]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[1].pdf_pages is not None and items[1].pdf_pages[0] == 14


def test_agenda_printing_start_pages_only_gives_whole_ranges() -> None:
    items = [
        Item("1", "Apologies"),
        Item("2", "Minutes", pack_pages=(1, 1)),
        Item("3", "Parks Strategy", pack_pages=(5, 5)),
        Item("4", "Budget Monitoring", pack_pages=(13, 13)),
        Item("5", "Any Other Business"),
    ]
    reconcile(items, _map(), [], N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [None, (3, 6), (7, 14), (15, N), None]


def test_a_one_page_item_among_ranges_stays_one_page() -> None:
    items = [
        Item("2", "Minutes", pack_pages=(1, 4)),
        Item("3", "Petition", pack_pages=(5, 5)),
        Item("4", "Budget Monitoring", pack_pages=(13, 20)),
    ]
    reconcile(items, _map(), [], N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 6), (7, 7), (15, 22)]


def test_sub_items_found_by_their_covers_inside_the_parents_range() -> None:
    items = [
        Item("2", "Minutes", pack_pages=(1, 4)),
        Item(
            "3",
            "Performance Reports",
            pack_pages=(5, 16),
            children=[
                Item("3.1", "Adult Social Care Performance"),
                Item("3.2", "Public Health Outcomes"),
            ],
        ),
    ]
    starts = [
        DocStart(3, "Minutes", "minutes", score=2.5),
        DocStart(7, "Adult Social Care Performance Report Q3", "report", score=3),
        DocStart(13, "Public Health Outcomes Framework", "report", score=3),
    ]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert items[1].pdf_pages == (7, 18)
    assert [c.pdf_pages for c in items[1].sub_items] == [(7, 12), (13, 18)]


def test_start_pages_only_with_a_section_and_its_sub_items() -> None:
    items = [
        Item("2", "Minutes", pack_pages=(1, 1)),
        Item(
            "4",
            "Performance",
            pack_pages=(5, 5),
            children=[
                Item("4.1", "Quality report", pack_pages=(5, 5)),
                Item("4.2", "Finance report", pack_pages=(9, 9)),
            ],
        ),
        Item("5", "Annual plan", pack_pages=(13, 13)),
    ]
    reconcile(items, _map(), [], N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 6), (7, 14), (15, N)]
    assert [c.pdf_pages for c in items[1].sub_items] == [(7, 10), (11, 14)]


def test_a_shift_that_starts_part_way_through_the_pack() -> None:
    # Pages were added after item 3's papers: items 2-3 print right, item 4 onwards 2 high.
    items = [
        Item("2", "Minutes", pack_pages=(1, 4)),
        Item("3", "Parks Strategy", pack_pages=(5, 8)),
        Item("4", "Budget Monitoring", pack_pages=(11, 14)),
        Item("5", "Tree Policy", pack_pages=(17, 20)),
        Item("6", "Allotments", pack_pages=(23, 26)),
    ]
    starts = [
        DocStart(3, "Minutes", "minutes", "2", score=4.5),
        DocStart(7, "Parks Strategy", "report", "3", score=5),
        DocStart(11, "Budget Monitoring", "report", "4", score=5),
        DocStart(17, "Tree Policy", "report", "5", score=5),
        DocStart(23, "Allotments", "report", "6", score=5),
    ]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 6), (7, 10), (11, 14), (17, 20), (23, 26)]


def test_unstamped_ranges_that_would_fall_on_the_agenda_count_from_the_first_paper() -> None:
    # Scanned papers: no stamps, no text, no document starts; the agenda counts page 1 as
    # the first page after itself.
    unstamped = fit_page_map([{} for _ in range(N)])
    items = [Item("3", "Minutes", pack_pages=(1, 5)), Item("4", "Green", pack_pages=(6, 11))]
    warnings = reconcile(items, unstamped, [], N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 7), (8, 13)]
    assert any("page N+2" in w for w in warnings)


def test_an_exempt_part_numbered_from_1_again_follows_its_item_marks() -> None:
    items = [
        Item("3", "Minutes", pack_pages=(1, 4)),
        Item("4", "Performance Report", pack_pages=(5, 12)),
        Item("7", "Acquisition of a Site", pack_pages=(1, 4), exempt=True),
    ]
    starts = [
        DocStart(3, "Minutes", "minutes", "3", score=4.5),
        DocStart(7, "Performance Report", "report", "4", score=5),
        DocStart(20, "Acquisition of a Site", "report", "7", score=5),
    ]
    reconcile(items, _map(), starts, N, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 6), (7, 14), (20, 23)]


def test_speakers_divider_slides_start_their_items() -> None:
    """An AGM's slide deck: each guest item opens on a slide naming only the speaker and the
    subject, set mid-page; no cover sheet, stamp or heading at the top."""
    items = [
        Item("", "Jo Marsh - Forest Management Update"),
        Item("", "Ben Tull – Township Councillor Ward 2"),
        Item("", "Amy Lowe - Water Testing and Results on Our Lakes"),
    ]
    texts = [
        "AGM 2026",
        "AGENDA Jo Marsh Ben Tull Amy Lowe",
        "Motion 1 to approve the agenda as circulated, moved and seconded by members present",
        "Jo Marsh Forest Management",
        "Ben Tull Township",
        "Amy Lowe Water Testing",
        "Results for lakes in 2025 by site and month, with phosphorus and clarity readings",
    ]
    n = len(texts)
    reconcile(items, PageMap([None] * n, [False] * n), [], n, agenda_pages=[0, 1], texts=texts)
    assert [it.pdf_pages for it in items] == [(4, 4), (5, 5), (6, 7)]


def test_a_paper_naming_the_item_by_its_initials_fits_it() -> None:
    item = "Statewide Academic Senate CSU Reports: May 18-19 and September 14-15"
    # "ASCSU": Academic Senate + CSU, an acronym among the item's words kept whole.
    assert title_similarity(item, "MINUTES OF THE ASCSU MEETINGS MAY 18-19") >= 0.5
    # Capitals alone are no initials: a paper in capitals about something else stays apart.
    assert title_similarity(item, "MINUTES OF THE BOARD MEETING OF MAY 2") < 0.5
    assert title_similarity("Policy Item", "MINUTES OF THE ASCSU MEETINGS MAY 18-19") == 0.0


def _contents_packet(second: tuple[int, int]) -> tuple[list[Item], list[DocStart]]:
    """A packet's hand-made contents page: the minutes at 3-8 (their signature page, 9,
    left out of the count) and the special meeting's minutes at ``second``, then a report at
    16. Unstamped: contents numbers are positions in the file."""
    items = [
        Item(
            "1",
            "Approval of Minutes",
            children=[
                Item("1a", "Regular Meeting – March 2, 2026", pack_pages=(3, 8)),
                Item("1b", "Special Meeting – March 20, 2026", pack_pages=second),
            ],
        ),
        Item("2", "Service Project Budget", pack_pages=(16, 18)),
    ]
    starts = [
        DocStart(3, "Regular Meeting – March 2, 2026", "minutes", score=4),
        DocStart(10, "Special Meeting March 20, 2026 at 6:00 PM", "minutes", score=4),
        DocStart(16, "Service Project Budget", "report", score=5),
    ]
    return items, starts


def test_a_signature_page_left_out_of_the_contents_is_the_papers_last() -> None:
    items, starts = _contents_packet((10, 15))
    reconcile(items, fit_page_map([{} for _ in range(N)]), starts, N, agenda_pages=[0])
    minutes = items[0]
    assert [c.pdf_pages for c in minutes.sub_items] == [(3, 9), (10, 15)]
    assert minutes.pdf_pages == (3, 15)


def test_contents_one_page_early_for_one_paper_is_put_right() -> None:
    """The contents give the special minutes 9-15, but page 9 is the last minutes'
    signature page and the special minutes are headed on page 10."""
    items, starts = _contents_packet((9, 15))
    reconcile(items, fit_page_map([{} for _ in range(N)]), starts, N, agenda_pages=[0])
    assert [c.pdf_pages for c in items[0].sub_items] == [(3, 9), (10, 15)]
    assert items[1].pdf_pages == (16, 18)


def test_bookmarked_minutes_before_a_report_stay_a_paper_of_their_own() -> None:
    """A bookmark two pages before a printed report opens a paper of its own when its pages
    are full ones (the minutes), but a title page's few words join the report."""
    unstamped = fit_page_map([{} for _ in range(N)])
    for words, want in [
        (200, [("November Minutes", (3, 4)), ("Trial Balance Detail", (5, 6))]),
        (12, [("Trial Balance Detail", (3, 6))]),
    ]:
        items = [Item("3", "Meeting Minutes and Accounts", pack_pages=(3, 6))]
        starts = [
            DocStart(3, "November Minutes", "outline", score=1.5),
            DocStart(5, "Trial Balance Detail", "report", score=3),
        ]
        texts = ["Agenda", "Agenda", *(" ".join(["word"] * words) for _ in range(2))]
        texts += ["Trial Balance Detail and more"] * (N - 4)
        reconcile(items, unstamped, starts, N, agenda_pages=[0, 1], texts=texts)
        assert [(d.title, d.pdf_pages) for d in items[0].documents] == want


def test_bookmarks_named_after_scanned_files_place_their_items() -> None:
    """Scanned papers bookmarked by their files' clipped names ("2021 gov comp in CA
    repo_001"): the words still place the items, in order, and the first paper of each is
    named by its item rather than by the file."""
    titles = [
        "Registry of Agencies",
        "CalPERS Annual Information Request",
        "2021 Government Compensation in California Report",
    ]
    subs = [Item(f"7{c}", t) for c, t in zip("abc", titles, strict=True)]
    items = [Item("7", "New Business", children=subs)]
    names = [
        (5, "registry of public agenc_001"),
        (6, "2021 CalPERS annual info_001"),
        (10, "2021 gov comp in CA repo_001"),
    ]
    outline = [OutlineEntry(name, page, None) for page, name in names]
    starts = [DocStart(page, name, "outline", score=1.5) for page, name in names]
    unstamped = fit_page_map([{} for _ in range(12)])
    reconcile(items, unstamped, starts, 12, agenda_pages=[0, 1], outline=outline)
    assert [c.pdf_pages for c in subs] == [(5, 5), (6, 9), (10, 12)]
    assert [c.documents[0].title for c in subs] == titles


def test_a_packet_note_names_the_items_first_paper() -> None:
    """ "(Agenda Packet: Project Manager Job Posting; Records Request)" under an item whose
    title names no paper: the job posting opens its papers; the paper before it is then the
    one item left between."""
    reports = Item("5", "Member Reports")
    reports.purpose = (
        "Member reports on activities not covered by another item. "
        "(Agenda Packet: Project Manager Job Posting; Records Request)"
    )
    items = [Item("4", "Administration"), reports, Item("6", "Adjournment")]
    starts = [
        DocStart(3, "Voting Project Page", "paper", score=1.5),
        DocStart(6, "Senior Technical Project Manager", "paper", score=1.5),
        DocStart(9, "Records Request Response", "paper", score=1.5),
    ]
    unstamped = fit_page_map([{} for _ in range(12)])
    reconcile(items, unstamped, starts, 12, agenda_pages=[0, 1])
    assert [it.pdf_pages for it in items] == [(3, 5), (6, 12), None]


def test_a_paper_headed_by_a_short_title_made_of_a_sentence_titles_words() -> None:
    """A congregation's agenda names its reports in sentences ("Ada Crane, Clerk of the
    Library and Archives Committee, will present the report"); the report opens with
    a plain line of the same words ("… Committee Annual Report 2022") and no other mark."""
    items = [
        Item(
            "4",
            "Ada Crane, Clerk of the Library and Archives Committee, will present the report",
        ),
        Item("5", "Closing worship"),
    ]
    heads = [["Agenda"], ["Library and Archives Committee Annual Report 2022", "March, 2022"]]
    heads += [["Since our last report the committee has met monthly."]] * (N - 2)
    unstamped = fit_page_map([{} for _ in range(N)])
    reconcile(items, unstamped, [], N, agenda_pages=[0], heads=heads)
    assert items[0].pdf_pages == (2, N)
    assert [d.title for d in items[0].documents] == [
        "Library and Archives Committee Annual Report 2022"
    ]


def test_the_publics_oral_communications_take_no_paper_by_their_words() -> None:
    """ "ORAL COMMUNICATIONS FROM THE PUBLIC ON NONAGENDIZED ITEMS" is the public's part of
    the meeting: no paper of its own. Its purpose ("… to address the Council on any matter
    not on the agenda") shares words with the agenda's back page of notices ("COUNCIL
    MEETINGS AND AGENDA"), which must not become its paper."""
    oral = Item("2", "ORAL COMMUNICATIONS FROM THE PUBLIC ON NONAGENDIZED ITEMS")
    oral.purpose = (
        "This portion of the meeting is reserved for persons wishing to address the Council "
        "on any matter not on the agenda."
    )
    items = [Item("1", "Roll Call"), oral, Item("3", "Adjournment")]
    starts = [DocStart(4, "COUNCIL MEETINGS AND AGENDA", "heading", score=0.5)]
    unstamped = fit_page_map([{} for _ in range(4)])
    reconcile(items, unstamped, starts, 4, agenda_pages=[0, 1, 2])
    assert [it.pdf_pages for it in items] == [None, None, None]
