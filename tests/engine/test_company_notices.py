"""A company's notice of its annual general meeting, rebuilt with fictional wording.

First seen on an Indian finance company's scanned AGM notices: the business sits under
"ORDINARY BUSINESS:" / "SPECIAL BUSINESS:" (no AGENDA heading), each item quotes the resolution
it proposes ("RESOLVED THAT …", which minutes also print), and a page of numbered "NOTES:" on
proxies follows. The agenda was not found at all, or the notes were read as more items.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages import ocr
from boardprep.core.model import AgendaTree
from tests.engine.agenda_pdfkit import put_lines

NOTICE = [
    "NOTICE OF THE FOURTH ANNUAL GENERAL MEETING",
    "NOTICE is hereby given that the Fourth Annual General Meeting of the members of Larkspur",
    "Lending Private Limited will be held on Friday, 25th September, 2026 at 11:00 a.m. at the",
    "registered office of the Company.",
    "",
    "ORDINARY BUSINESS:",
    "1. To receive, consider and adopt the audited financial statements of the Company for",
    "   the financial year ended 31st March, 2026 and the reports of the Board and the",
    "   auditors thereon",
    "",
    "SPECIAL BUSINESS:",
    "2. To approve the re-appointment of Fenwick & Daughters as statutory auditors",
    "   To consider and if thought fit, to pass with or without modification, the following",
    "   resolution as an Ordinary Resolution:",
    "   RESOLVED THAT Fenwick & Daughters be re-appointed as statutory auditors for five",
    "   years from the conclusion of this meeting.",
    "   RESOLVED FURTHER THAT any director be authorised to sign the necessary forms.",
    "",
    "By order of the Board",
    "Date: 1st September, 2026",
]
NOTES = [
    "NOTES:",
    "A MEMBER ENTITLED TO ATTEND AND VOTE MAY APPOINT A PROXY TO ATTEND INSTEAD.",
    "2. Kindly bring your copy of this notice to the meeting.",
    "3. Members should bring the attendance slip duly filled in.",
    "4. Corporate members should send a certified copy of their board resolution.",
    "5. Documents referred to in this notice are open for inspection at the office.",
]


def _notice(path: Path, scanned: bool = False) -> Path:
    doc = pymupdf.open()
    for lines in (NOTICE, NOTES):
        page = doc.new_page(width=595, height=842)
        put_lines(page, lines, 60, 80, 14, 11)
    if scanned:
        out = pymupdf.open()
        for page in doc:
            pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
            out.new_page(width=595, height=842).insert_image(out[-1].rect, pixmap=pix)
        doc = out
    doc.save(path)
    return path


def _check(pdf: Path, tmp_path: Path) -> None:
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert [it.number for it in tree.items] == ["1", "2"]
    first, second = (it.title for it in tree.items)
    assert first.startswith("To receive, consider and adopt the audited financial statements")
    assert first.endswith("auditors thereon")
    assert second == "To approve the re-appointment of Fenwick & Daughters as statutory auditors"
    assert tree.meeting.date == "2026-09-25"


def _analysed(tmp_path: Path, *pages: list[str]) -> AgendaTree:
    """The analysis of a notice whose pages carry these lines, one under another."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=595, height=842)
        put_lines(page, lines, 60, 80, 16, 10)
    doc.save(tmp_path / "notice.pdf")
    return analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)


def test_a_notice_with_proposed_resolutions_and_notes_is_an_agenda(tmp_path: Path) -> None:
    _check(_notice(tmp_path / "notice.pdf"), tmp_path)


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_a_scanned_notice_is_read_the_same(tmp_path: Path) -> None:
    _check(_notice(tmp_path / "scan.pdf", scanned=True), tmp_path)


def test_an_items_full_stop_read_as_a_comma_is_mended() -> None:
    assert ocr._tidy("1, To receive the accounts") == "1. To receive the accounts"
    assert ocr._tidy("1, 2 and 3 are open to members") == "1, 2 and 3 are open to members"


def test_numbered_notes_under_the_business_on_the_same_page_are_no_items() -> None:
    from boardprep.core.engine.agenda.parse import parse_agenda
    from tests.engine.agenda_pdfkit import line, lines_of

    rows = [
        line("NOTICE OF THE ANNUAL GENERAL MEETING", 150, True),
        line("1. To receive and adopt the audited financial statements for the year", 72),
        line("2. To re-appoint Ms Ada Quill, who retires by rotation", 72),
        line("3. To approve the issue of debentures on a private placement basis", 72),
        10,
        line("NOTES:", 72, True),
        line("1. A member entitled to attend and vote may appoint a proxy.", 90),
        line("2. Members should bring the attendance slip to the meeting.", 90),
        line("3. The register of members will be closed for the meeting.", 90),
        line("4. Members are requested to register their email addresses.", 90),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [i.number for i in items] == ["1", "2", "3"]


def test_an_explanatory_statements_item_heading_opens_that_items_paper() -> None:
    from boardprep.core.engine.documents import page_start
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "ITEM NO. 4", fontsize=11, fontname="hebo")
    for k in range(12):
        page.insert_text((72, 110 + k * 14), "The Board recommends the resolution.", fontsize=10)
    start = page_start(scan_page(page), None, 20)
    assert start is not None and start.agenda_item == "4"


# An extraordinary general meeting's notice as an Indian listed company prints it (first seen
# on a telecoms company's; rebuilt with fictional wording): "ITEM NO. 1" on a line of its own
# over the resolution's title, a quoted clause "V." inside a resolution, numbered "NOTES FOR
# MEMBERS' ATTENTION:", then the explanatory statement with several items' statements on a page.
EGM_BUSINESS = [
    "NOTICE",
    "Notice is hereby given that the Extraordinary General Meeting of the Members of Quillon",
    "Systems Limited will be held on Friday, 6th August, 2027 at 5 P.M. via VC/OAVM.",
    "SPECIAL BUSINESS",
    "ITEM NO. 1",
    "To increase the Authorised Share Capital of the Company",
    "To consider and if thought fit to pass the following resolution as an Ordinary Resolution:",
    "RESOLVED THAT the Authorised Share Capital be increased as set out in the statement.",
    "ITEM NO. 2",
    "To alter the Capital clause of the Memorandum of Association",
    "RESOLVED THAT Clause V of the Memorandum be substituted with the following Clause V.",
    "V.     The Authorised Share Capital of the Company is INR 50,00,00,000 in equity shares.",
    "RESOLVED FURTHER THAT any director be authorised to file the necessary forms.",
    "ITEM NO. 3",
    "To appoint Ms. Asha Verghese as an Independent Director",
    "RESOLVED THAT Ms. Asha Verghese be appointed an Independent Director for five years.",
]
EGM_NOTES = [
    "NOTES FOR MEMBERS' ATTENTION:",  # the fixture font has no ’
    "1. The Ministry has allowed companies to hold general meetings by video conference.",
    "2. The link for attending the meeting is given below.",
    "3. Members should confirm their attendance by roll call at the start of the meeting.",
    "4. Corporate members should send a certified copy of their board resolution.",
]
EGM_STATEMENT = [
    "EXPLANATORY STATEMENT PURSUANT TO SECTION 102 OF THE COMPANIES ACT, 2013",
    "Item No. 1 & 2:",
    "The present authorised capital does not allow the proposed issue of shares.",
    "The Board recommends the resolutions at items 1 and 2 for approval.",
    "Item No. 3:",
    "Ms. Asha Verghese brings thirty years of experience in telecoms regulation.",
    "The Board recommends the resolution at item 3 for approval.",
]


def _egm(path: Path) -> Path:
    doc = pymupdf.open()
    for lines in (EGM_BUSINESS, EGM_NOTES, ["Instructions for e-voting follow." * 2] * 20):
        page = doc.new_page(width=595, height=842)
        put_lines(page, lines, 60, 80, 16, 10)
    for lines in (EGM_STATEMENT, ["Details of the director seeking appointment."] * 20):
        page = doc.new_page(width=595, height=842)
        put_lines(page, lines, 60, 80, 40, 10)
    doc.save(path)
    return path


def test_item_numbers_on_lines_of_their_own_and_statements_sharing_a_page(tmp_path: Path) -> None:
    tree = analyze(_egm(tmp_path / "egm.pdf"), data_dir=tmp_path, use_cache=False)
    assert [(it.number, it.title) for it in tree.items] == [
        ("1", "To increase the Authorised Share Capital of the Company"),
        ("2", "To alter the Capital clause of the Memorandum of Association"),
        ("3", "To appoint Ms. Asha Verghese as an Independent Director"),
    ]
    # One statement for items 1 and 2 at the top of page 4, item 3's further down it: each
    # starts on page 4; the last runs on to the end of the file.
    assert [it.pdf_pages for it in tree.items] == [(4, 4), (4, 4), (4, 5)]
    assert [[d.title for d in it.documents] for it in tree.items] == [
        ["Item No. 1 & 2"],  # one statement for both
        ["Item No. 1 & 2"],
        ["Item No. 3"],
    ]


def test_a_page_top_stamp_for_an_item_marked_again_inside_the_page_gives_way_to_the_mark() -> None:
    from boardprep.core.engine.documents import DocStart
    from boardprep.core.engine.reconcile import _on_shared_pages

    starts = [
        DocStart(9, "Your Board of Directors recommend Resolution No. 5", "stamp", "6"),
        DocStart(9, "Item No. 6", "stamp", "6", inside=True),
        DocStart(9, "Item No. 7", "stamp", "7", inside=True),
    ]
    assert [s.title for s in _on_shared_pages(starts, "6")] == ["Item No. 6"]
    assert [s.title for s in _on_shared_pages(starts, "7")] == ["Item No. 7"]


def test_a_uk_companys_ordinary_and_special_resolutions_are_its_agenda(tmp_path: Path) -> None:
    # A UK company's notice heads its business "ORDINARY RESOLUTIONS" / "SPECIAL RESOLUTIONS",
    # after a chairman's letter, with no AGENDA heading anywhere.
    letter = ["LETTER FROM THE CHAIRMAN", "Dear Shareholder,"] + [
        "The board considers each resolution to be in the best interests of the Company."
    ] * 5
    notice = [
        "NOTICE OF ANNUAL GENERAL MEETING",
        "NOTICE IS HEREBY GIVEN that the Annual General Meeting of Brackenford Plc will be held",
        "on 19 March 2026 at 11.00 a.m. for the purpose of passing the following resolutions.",
        "ORDINARY RESOLUTIONS",
        "1. To receive the audited accounts for the year ended 31 October 2025.",
        "2. To re-elect Ada Moss as a director of the Company.",
        "3. To re-appoint Fenwick LLP as the Company's auditor.",
        "SPECIAL RESOLUTIONS",
        "4. THAT the directors be empowered to allot equity securities for cash.",
        "5. THAT a general meeting may be called on not less than 14 clear days' notice.",
    ]
    tree = _analysed(tmp_path, letter, notice)
    assert [it.number for it in tree.items] == ["1", "2", "3", "4", "5"]
    assert tree.items[3].title.startswith("THAT the directors be empowered")
    assert tree.meeting.date == "2026-03-19"


@pytest.mark.parametrize(
    "summons",
    [
        [
            "will be held on Thursday, 26th June 2025 at 9.00 a.m. at the Lounge, No. 40,",
            "Deans Road, Colombo for the following purposes;",
        ],
        [
            "will be held on Thursday, 26th June 2025 at 9.00 a.m. through video conferencing",
            "to transact following business.",
        ],
    ],
)
def test_a_notice_whose_summons_names_its_purposes_heads_its_business(
    tmp_path: Path, summons: list[str]
) -> None:
    # No AGENDA and no "ORDINARY BUSINESS" heading: the summons sentence introduces the list.
    lines = [
        "Notice of Annual General Meeting",
        "NOTICE IS HEREBY GIVEN THAT THE FIFTIETH ANNUAL GENERAL MEETING OF OAKHILL PLC",
        *summons,
        "1. To consider and adopt the Annual Report of the Board of Directors.",
        "2. To re-elect as a Director Mr. A.B. Perera, who retires by rotation.",
        "3. To re-appoint the Auditors and to authorise the Directors to fix their fees.",
        "By Order of the Board",
    ]
    tree = _analysed(tmp_path, lines)
    assert [it.number for it in tree.items] == ["1", "2", "3"]
    assert tree.items[1].title.startswith("To re-elect as a Director Mr. A.B. Perera")


def test_a_numbered_kind_of_business_over_the_subject_gives_way_to_the_subject(
    tmp_path: Path,
) -> None:
    # "3. SPECIAL BUSINESS – ORDINARY RESOLUTION:" numbered as if it were the item, the
    # subject on a line of its own under it.
    lines = [
        "NOTICE is hereby given that the Tenth Annual General Meeting of Larkspur Agro Limited",
        "will be held on Tuesday, 30th September, 2025 at 12:30 pm to transact following business.",
        "ORDINARY BUSINESS:",
        "1. To consider and adopt the Audited Balance Sheet of the Company.",
        "2. To re-appoint Mr. Ravi Menon, who retires by rotation.",
        "",
        "3. SPECIAL BUSINESS - ORDINARY RESOLUTION:",
        "",
        "Appointment of Ms. Lata Rao as an Independent Director.",
        "",
        "To consider and, if thought fit, to pass the following Resolution:",
    ]
    tree = _analysed(tmp_path, lines)
    assert [it.number for it in tree.items] == ["1", "2", "3"]
    assert tree.items[2].title == "Appointment of Ms. Lata Rao as an Independent Director"
