"""Lines that carry a sentence on, and lines that only look as if they did.

First seen on US council agendas (rebuilt here with fictional wording): a consent item's title
wrapped over a page break, under the next page's running header, lost its last lines; "… renamed
as the Dana" / "K. Whitlow Safety Center" and "… located at 15920" / "E. Central …" made items
"K" and "E" of a name's initial and a street's compass point; a recommendation's options
("Recommendation -", "2. Approve one of the following;", "a. …") became sub-items; titles
broken at a compound's hyphen ("Odd-" / "Numbered", "R-" / "1(7000)") gained a space; and a
town board's point naming its presenters ("… – Trustee Albrecht/Coordinator Carol Milsap")
swallowed the next point when its line ran to the margin.
"""

from __future__ import annotations

from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.agenda.text import join_wrapped
from tests.engine.test_realistic_agendas import parse_html, table

HEADER = "<p>CITY COUNCIL AGENDA - MAY 4, 2026</p>"


def test_a_title_wrapped_over_a_page_break_keeps_its_last_lines() -> None:
    first = (
        HEADER
        + "<p><b>AGENDA</b></p>"
        + table(
            [
                ["8.", "Approval of the Minutes of April 20, 2026"],
                [
                    "9.",
                    "Approval of a Sewer Fund Contract With Harbour Pipe, Inc. in the Amount of "
                    "$1,200,000 for the Rehabilitation of Sewer Mains in the Oak Hill, Mill Park,",
                ],
            ],
            [8, 92],
        )
    )
    second = HEADER + table(
        [
            ["", "Riverside and Elm Court Neighbourhoods, and Approval of a Budget Amendment"],
            ["10.", "Review of the Annual Climate Report"],
        ],
        [8, 92],
    )
    res = parse_html(first, second, start="18:00")
    titles = {i.number: i.title for i in res.items}
    assert titles["9"].endswith(
        "in the Oak Hill, Mill Park, Riverside and Elm Court Neighbourhoods, and Approval "
        "of a Budget Amendment"
    )
    assert titles["10"] == "Review of the Annual Climate Report"


def test_a_finished_line_at_a_page_end_does_not_run_on() -> None:
    first = HEADER + "<p><b>AGENDA</b></p><p>8. Approval of the Minutes of April 20, 2026</p>"
    second = HEADER + "<p>Public Comment on Items Not on the Agenda</p><p>9. Adjournment</p>"
    res = parse_html(first, second, start="18:00")
    assert [i.title for i in res.items] == [
        "Approval of the Minutes of April 20, 2026",
        "Adjournment",
    ]


def test_an_initial_or_a_compass_point_after_a_wrap_is_no_item() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>7. MATTERS FROM MAYOR AND COUNCIL</p>"
        "<p style='margin-left:30px'>A. Request for Commemorative Naming of the Safety Center"
        "<br>At the last meeting the Mayor proposed that the Safety Center be renamed as the Dana"
        "<br>K. Whitlow Safety Center, and the Council asked for a report on her service.</p>"
        "<p style='margin-left:30px'>B. Council Comments</p>"
        "<p>8. ADJOURNMENT</p>"
        "<p>Writings about an item on this agenda may be inspected at the Library located at 15920"
        "<br>E. Central Avenue during normal business hours, and on the City's website.</p>",
        start="19:00",
    )
    tree = [(i.title, [c.title for c in i.children]) for i in res.items]
    assert tree == [
        (
            "MATTERS FROM MAYOR AND COUNCIL",
            ["Request for Commemorative Naming of the Safety Center", "Council Comments"],
        ),
        ("ADJOURNMENT", []),
    ]


def test_a_recommendations_options_are_no_sub_items() -> None:
    """Lettered sections over numbered items, each with "Recommendation -" and its steps."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>A. CONSENT</p>"
        "<p style='margin-left:25px'>1. Warrant Demand Register for March</p>"
        "<p style='margin-left:50px;margin-top:14px'>Recommendation -</p>"
        "<p style='margin-left:75px'>1. Ratify the payroll and benefit checks.</p>"
        "<p>B. STAFF PRESENTATIONS</p>"
        "<p style='margin-left:25px'>2. Resolution Certifying the Sufficiency of a Petition.</p>"
        "<p style='margin-left:50px;margin-top:14px'>Recommendation -</p>"
        "<p style='margin-left:75px'>1. Adopt a resolution approving the certification.</p>"
        "<p style='margin-left:75px'>2. Approve one of the following;</p>"
        "<p style='margin-left:125px'>a. Introduction of the ordinance, without alteration;</p>"
        "<p style='margin-left:125px'>b. A motion submitting the ordinance to the voters; or</p>"
        "<p style='margin-left:125px'>c. A motion ordering a report within 30 days.</p>"
        "<p>C. COMMITTEE REPORTS</p>"
        "<p style='margin-left:25px'>3. Arts Advisory Committee Report</p>",
        start="19:00",
    )
    tree = [(i.title, [(c.title, len(c.children)) for c in i.children]) for i in res.items]
    assert tree == [
        ("CONSENT", [("Warrant Demand Register for March", 0)]),
        ("STAFF PRESENTATIONS", [("Resolution Certifying the Sufficiency of a Petition", 0)]),
        ("COMMITTEE REPORTS", [("Arts Advisory Committee Report", 0)]),
    ]


def test_a_title_broken_at_a_compounds_hyphen_has_no_space() -> None:
    assert join_wrapped("Even and Odd-", "Numbered Addresses") == "Even and Odd-Numbered Addresses"
    assert join_wrapped("From R-", "1(7000) to R-1(S)") == "From R-1(7000) to R-1(S)"
    assert join_wrapped("Budget Report -", "Quarter Two") == "Budget Report - Quarter Two"
    assert join_wrapped("Medium-", "term Plan") == "Medium-term Plan"


def test_presenters_behind_their_offices_joined_by_a_slash() -> None:
    title, people = split_presenter(
        "Community Center Events – Trustee Albrecht/Coordinator Carol Milsap"
    )
    assert title == "Community Center Events"
    assert [(p.role, p.name) for p in people] == [
        ("Trustee", "Albrecht"),
        ("Coordinator", "Carol Milsap"),
    ]
    # Offices without a known one among them are words of the title.
    assert split_presenter("Waste – Recycling/Landfill Report")[1] == []


def test_a_point_naming_its_presenter_is_not_the_last_ones_wrap() -> None:
    res = parse_html(
        "<p><b>TOWNSHIP BOARD MEETING AGENDA</b></p>"
        "<p><b>CALL TO ORDER:</b></p><p><b>ROLL CALL:</b></p><p><b>ACTIVITY REPORTS:</b></p>"
        "<p style='margin-left:60px'>Building and Grounds – Trustee Frank Elton</p>"
        "<p style='margin-left:60px'>Community Center Events and Rentals – Trustee Albrecht/"
        "Coordinator Carol Milsap<br>Senior Transportation – Supervisor Liccar</p>"
        "<p style='margin-left:60px'>Youth – Trustee Sterdivant</p>"
        "<p><b>ADJOURNMENT:</b></p>",
        start="19:00",
    )
    reports = next(i for i in res.items if i.title == "ACTIVITY REPORTS")
    assert [c.title for c in reports.children] == [
        "Building and Grounds",
        "Community Center Events and Rentals",
        "Senior Transportation",
        "Youth",
    ]


def test_a_front_sheet_set_with_other_margins_keeps_its_items() -> None:
    """A neighborhood council: "I." and "II." indented on the front sheet, "III." on at the
    margin of the next page; kind labels in bold ("Discussion & Action Item:") before each
    sub-item's sentence."""
    first = (
        "<p><b>AGENDA</b></p>"
        "<p style='margin-left:40px'>I. CALL TO ORDER AND ROLL CALL</p>"
        "<p style='margin-left:40px'>II. GOVERNMENT REPORTS</p>"
        "<p style='margin-left:80px'>a. Public Safety</p>"
        "<p style='margin-left:80px'>b. Council Office</p>"
    )
    second = (
        "<p>III. ADMINISTRATIVE ITEMS</p>"
        "<p style='margin-left:30px'>a. <b>Discussion &amp; Action Item:</b> Discussion and "
        "possible appointment to the vacant seat for Youth Representative.</p>"
        "<p style='margin-left:30px'>b. <b>Funding Item: Funding Action Item:</b> Discussion and "
        "possible approval of $2,125.00<br>to Hub Media LLC for photography of community "
        "events.</p>"
        "<p>IV. BOARD MEMBER COMMENTS</p>"
        "<p style='margin-left:30px'>a. Comments on items not on the agenda</p>"
        "<p style='margin-top:20px;text-align:center'>ADJOURNMENT</p>"
        "<p style='margin-top:20px'>Agendas are posted at the Library and the Recreation Center."
        "</p>"
    )
    res = parse_html(first, second, start="11:15")
    assert [i.title for i in res.items] == [
        "CALL TO ORDER AND ROLL CALL",
        "GOVERNMENT REPORTS",
        "ADMINISTRATIVE ITEMS",
        "BOARD MEMBER COMMENTS",
    ]
    assert [c.title for c in res.items[2].children] == [
        "Discussion & Action Item: Discussion and possible appointment to the vacant seat for "
        "Youth Representative",
        "Funding Item: Funding Action Item: Discussion and possible approval of $2,125.00 to "
        "Hub Media LLC for photography of community events",
    ]


def test_a_cited_sections_number_at_a_lines_end_is_no_page_range() -> None:
    """ "… amending Sections 31-37 and 31-108" / "of the Code …": a section, not pages."""
    from boardprep.core.engine.agenda.lines import take_range

    cited = "Approve first reading of an ordinance amending Sections 31-37 and 31-108"
    assert take_range(cited, allow_bare=True) == (None, cited)
    assert take_range("Budget Monitoring Report 31-38", allow_bare=True)[0] == (31, 38)
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Approve first reading of an ordinance amending Sections "
        "31-37 and 31-108<br>of the Code of Ordinances relating to the Harbour Parking Garage.</p>"
        "<p>2. Approve the appointments to the Library Board</p>",
        start="19:00",
    )
    assert res.items[0].title == (
        "Approve first reading of an ordinance amending Sections 31-37 and 31-108 of the Code of "
        "Ordinances relating to the Harbour Parking Garage"
    )
    assert res.items[0].pack_pages is None
