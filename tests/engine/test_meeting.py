"""extract_meeting on hand-built front sheets: labelled fields, one-line blocks, letters."""

from __future__ import annotations

from boardprep.core.engine.analysis import _meeting
from boardprep.core.engine.meeting import extract_meeting, find_date
from boardprep.core.engine.pages.textlayer import PageLines
from tests.engine.agenda_pdfkit import Row, line, lines_of, typed_line


def meet(*pages: list[Row]):
    return extract_meeting(lines_of(list(pages)))


def test_labelled_front_sheet() -> None:
    m = meet(
        [
            line("AGENDA", 260, True),
            10,
            line("Meeting: HEALTH AND WELLBEING BOARD"),
            line("Place: County Hall, Trowbridge"),
            line("Date: Wednesday 17 October 2018"),
            line("Time: 10.00 am"),
            10,
            line(
                "Please direct any enquiries to Craig Player, email craig.player@wiltshire.gov.uk"
            ),
            line("Wiltshire Council may record this meeting for broadcast."),
        ]
    )
    assert (m.body, m.date, m.time, m.venue) == (
        "HEALTH AND WELLBEING BOARD",
        "2018-10-17",
        "10:00",
        "County Hall, Trowbridge",
    )
    assert m.organisation == "Wiltshire Council"


def test_meeting_time_not_the_pre_meeting_time() -> None:
    m = meet(
        [
            line("Date: Thursday 15 December 2016"),
            line("Time: 12.30 pm (pre-meeting at 12.15 for Board only)"),
            line("Venue: Mezzanine Room 2, County Hall, Aylesbury"),
            10,
            line("12.15 pm Pre-meeting Discussion"),
        ]
    )
    assert (m.date, m.time, m.venue) == (
        "2016-12-15",
        "12:30",
        "Mezzanine Room 2, County Hall, Aylesbury",
    )


def test_one_line_date_and_time_then_venue_under_a_title_block() -> None:
    m = meet(
        [
            line("Harrowmere Borough Council", 56, True),
            line("PLANNING COMMITTEE", 56, True),
            line("Tuesday, 22 July 2014, 2.00 pm", 56, True),
            line("Council Chamber, Civic Centre, Harrow Lane, Harrowmere"),
            10,
            line("Membership: Councillor Ann Smith (Chair)"),
        ]
    )
    assert (m.organisation, m.body, m.date, m.time) == (
        "Harrowmere Borough Council",
        "PLANNING COMMITTEE",
        "2014-07-22",
        "14:00",
    )
    assert m.venue == "Council Chamber, Civic Centre, Harrow Lane, Harrowmere"


def test_notice_letter_sentence_with_ordinal_and_wrong_weekday() -> None:
    m = meet(
        [
            line("Kestrel Downs Unitary Council", 56, True),
            line("Dear Member,"),
            line(
                "You are summoned to attend a meeting of the Audit and Governance Committee to be"
            ),
            line("held in the Kestrel Room, County Hall, Westbrook on Monday 1st November 2022 at"),
            line(
                "7pm for the business set out below. Questions must reach us no later than 5pm on"
            ),
            line("Friday 28 October 2022."),
        ]
    )
    assert m.body == "Audit and Governance Committee"
    assert m.date == "2022-11-01"
    assert m.time == "19:00"
    assert m.venue == "Kestrel Room, County Hall, Westbrook"
    assert m.organisation == "Kestrel Downs Unitary Council"


def test_upper_case_body_takes_the_mixed_case_spelling_printed_elsewhere() -> None:
    m = meet(
        [
            line("CABINET", 56, True),
            line("Date: 3 June 2025"),
            line("Time: 19:00"),
            line("This agenda for the Cabinet is published on the website."),
        ]
    )
    assert (m.body, m.time) == ("Cabinet", "19:00")


def test_front_sheet_wins_over_later_pages() -> None:
    m = meet(
        [line("Date: Thursday 15 December 2016"), line("Time: 12.30 pm")],
        [line("Date 15 December 2015"), line("The meeting runs 2.30-4.30pm.")],
    )
    assert (m.date, m.time) == ("2016-12-15", "12:30")


def test_nothing_found_gives_nones() -> None:
    m = meet([line("This page is intentionally left blank")])
    assert (m.organisation, m.body, m.date, m.time, m.venue) == (None, None, None, None, None)


def test_find_date_forms() -> None:
    assert find_date("Thursday 15 December 2016") == "2016-12-15"
    assert find_date("on the 1st of November, 2022") == "2022-11-01"
    assert find_date("December 3, 2024") == "2024-12-03"
    assert find_date("31 February 2024") is None


def test_other_labels_iso_dates_and_other_organisations() -> None:
    m = meet(
        [
            line("Kent and Medway Integrated Care Board", 56, True),
            line("Board Meeting in Public", 56, True),
            line("Meeting Date: 2025-06-03"),
            line("Meeting Time: 10am"),
            line("Meeting Location: Boardroom, Gillingham House"),
        ]
    )
    assert (m.organisation, m.date, m.time, m.venue) == (
        "Kent and Medway Integrated Care Board",
        "2025-06-03",
        "10:00",
        "Boardroom, Gillingham House",
    )


def test_cover_sheet_date_without_a_year_takes_the_packs_year() -> None:
    m = meet(
        [
            line("Wiltshire Council", 56, True),
            line("Health Select Committee", 56, True),
            line("Monday 1st November", 56, True),
            10,
            line("Subject: Winter Plan 2022/23 update"),
            line("Published in October 2022 for the committee."),
        ]
    )
    assert (m.organisation, m.body, m.date) == (
        "Wiltshire Council",
        "Health Select Committee",
        "2022-11-01",
    )


def test_a_notice_of_agenda_names_the_meeting_after_its_dash() -> None:
    m = meet(
        [
            line("Date: 5 June 2026"),
            10,
            line("Notice of Agenda \u2013 Special Council Meeting", 72, True),
            10,
            line("A Special Council Meeting will be held on 10 June 2026 at 8:00am."),
        ]
    )
    assert m.body == "Special Council Meeting"


def test_full_council_is_the_body_not_an_organisation() -> None:
    m = meet([line("Full Council", 200, True), 10, line("Thursday 9 October 2025 at 7.00 pm")])
    assert m.body == "Full Council"
    assert m.date == "2025-10-09"


def test_nhs_meeting_to_be_held_on_and_labels_on_one_line() -> None:
    m = meet(
        [
            line("Public Board of Directors", 150, True),
            10,
            line("Meeting to be held on Thursday 5 June 2025 at 10:00"),
            line("Date: 5 June 2025    Time: 10:00    Venue: Boardroom, Riverside House,"),
            line("Westford General Hospital"),
        ]
    )
    assert m.date == "2025-06-05"
    assert m.venue == "Boardroom, Riverside House, Westford General Hospital"


def test_summons_sentence_beats_the_letters_own_date() -> None:
    m = meet(
        [
            line("Our ref: DS/44"),
            line("Please ask for: Ann Other"),
            line("Date: 24 February 2025"),
            10,
            line("Dear Member"),
            line("You are summoned to a meeting of the Planning Committee to be held on"),
            line("Tuesday 4th March 2025 at 7.30pm in the Council Chamber, Town Hall."),
        ]
    )
    assert m.date == "2025-03-04"
    assert m.time == "19:30"


def test_body_read_after_an_image_only_cover() -> None:
    m = meet([], [line("Licensing Committee", 180, True), 10, line("Monday 3 March 2025")])
    assert m.body == "Licensing Committee"


def test_run_on_sentence_venue_stops_before_the_agenda_heading() -> None:
    m = meet(
        [
            line("Riverside Community NHS Trust", 100, True),
            line("Trust Board (Part 1 – Public)", 100, True),
            line("Meeting to be held on 30 January 2025 at 10am in the Learning Centre, Westford"),
            line("General Hospital"),
            line("AGENDA", 260, True),
            line("1. Welcome"),
        ]
    )
    assert m.venue == "Learning Centre, Westford General Hospital"


def test_bodies_joined_by_and_in_a_sentence_are_not_the_organisation() -> None:
    m = meet(
        [
            line("Brackley and Fenwick District Council", 72, True),
            line("Licensing Committee", 72, True),
            line("Date: Monday 3 March 2025"),
            line("Time: 6.30 pm"),
            line("Decisions on fees go to Cabinet and Council for approval."),
            line("Recommendations from Scrutiny and Council are published online."),
            line("Recommendations from Scrutiny and Council are published online."),
        ]
    )
    assert m.organisation == "Brackley and Fenwick District Council"
    assert m.body == "Licensing Committee"


def test_notice_sentence_time_at_its_end_beats_the_notice_date() -> None:
    m = meet(
        [
            line("Date: 10 February 2025", 400),
            line(
                "NOTICE IS HEREBY GIVEN that a meeting of the Standards Committee will be held at"
            ),
            line("the Guildhall, Market Street, on Thursday, 20 February 2025 at 18:30."),
            line("Decisions on the budget and Council Tax 2025/26 follow at the next meeting."),
        ]
    )
    assert (m.date, m.time) == ("2025-02-20", "18:30")
    assert m.body == "Standards Committee"
    assert m.organisation is None


def test_pre_meeting_named_after_its_time_is_skipped() -> None:
    m = meet(
        [
            line("Planning Committee", 72, True),
            line("Date: Wednesday 12 March 2025"),
            line(
                "Time: 5.30 pm - pre-meeting for Committee members only; 6.00 pm - public meeting"
            ),
        ]
    )
    assert m.time == "18:00"


def test_capital_organisation_line_is_not_the_body() -> None:
    m = meet(
        [
            line("ASHCOMBE DISTRICT COUNCIL", 72, True),
            line("OVERVIEW AND SCRUTINY COMMITTEE", 72, True),
            line("Date: Monday 7 April 2025"),
        ]
    )
    assert m.body is not None and m.body.upper() == "OVERVIEW AND SCRUTINY COMMITTEE"


def test_a_panel_that_meets_as_itself_is_the_body() -> None:
    m = meet(
        [
            line("Dunmore Police and Crime Panel", 72, True),
            line("Date: Friday 4 April 2025"),
            line("Time: 10.00 am"),
        ]
    )
    assert m.body == "Dunmore Police and Crime Panel"


def test_hours_without_colon_and_a_legal_style_summons_date() -> None:
    fire = meet(
        [
            line("Fire Authority", 72, True),
            line("Date: Friday 7 March 2025"),
            line("Time: 1030 hrs"),
        ]
    )
    assert (fire.date, fire.time) == ("2025-03-07", "10:30")
    town = meet(
        [
            line("10/03/2025"),
            line("TO ALL MEMBERS OF THE COUNCIL. You are hereby summoned to attend a meeting of"),
            line("the Ashwell Town Council to be held at the Town Hall on Monday the 17th day of"),
            line("March 2025 at 7pm for the transaction of the following business."),
        ]
    )
    assert (town.date, town.time) == ("2025-03-17", "19:00")


def test_despatch_dates_doors_open_and_four_digit_times() -> None:
    sent = meet(
        [
            line("Audit and Standards Committee", 72, True),
            line("Date and Time: Tuesday 3 March 2026, 7.00 pm"),
            line("Despatch date: 23 February 2026"),
        ]
    )
    assert (sent.date, sent.time) == ("2026-03-03", "19:00")
    issued = meet([line("Issue date: 20 February 2026"), line("Date: Wednesday 4 March 2026")])
    assert issued.date == "2026-03-04"
    doors = meet(
        [
            line("Annual Parish Assembly", 72, True),
            line("Wednesday 4 March 2026"),
            line("Doors open 6.00pm for refreshments; the meeting begins at 6.30pm"),
        ]
    )
    assert doors.time == "18:30"
    assert meet([line("Date: Monday 30 March 2026"), line("Time: 1730")]).time == "17:30"


def test_meeting_held_on_heading_dated_running_header_and_a_text_cover() -> None:
    held = meet(
        [
            line("Northvale Health Board", 72, True),
            line("Meeting held on Monday 14 December 2026 at 10:00"),
        ]
    )
    assert (held.date, held.time) == ("2026-12-14", "10:00")
    header = meet(
        [
            line("HHA Board 14.01.27"),
            line("Hartside Housing Association Board", 72, True),
            line("Thursday 14 January 2027 at 17:00, The Boardroom"),
        ]
    )
    assert (header.date, header.time) == ("2027-01-14", "17:00")
    cover = [line("Eastholme Borough Council", 72, True), line("A greener, fairer Eastholme")]
    front = [
        line("Overview and Scrutiny Committee", 72, True),
        line("Date: Thursday 24 April 2025"),
    ]
    assert meet(cover, front).body == "Overview and Scrutiny Committee"


def test_time_in_a_column_beside_the_title_block() -> None:
    """A US title block set in columns: the address and the time on one line, or two
    sessions side by side (the first is when the meeting starts)."""
    m = meet(
        [
            line("BOARD OF EDUCATION REGULAR MEETING", 150, True),
            line("Tuesday, June 9, 2026", 220),
            [(72, "1309 South Avenue", False), (400, "6:00 p.m.", False)],
        ]
    )
    assert (m.date, m.time) == ("2026-06-09", "18:00")
    m = meet(
        [
            line("REGULAR MEETING, BOARD OF TRUSTEES", 150, True),
            line("Tuesday, June 9, 2026", 220),
            [(72, "CLOSED SESSION – 5:30 p.m.", False), (350, "OPEN SESSION – 7:00 p.m.", False)],
        ]
    )
    assert (m.date, m.time) == ("2026-06-09", "17:30")


def test_us_notice_dates_of_emergency_orders_and_month_first_numeric_dates() -> None:
    """A Californian agenda: the meeting's date in the title block, then a notice full of
    earlier dates ("On March 17, 2020, Governor … issued Executive Order …, which allows …
    meetings of …"); and "Date: 2/9/2026" read month first, as the pack writes its dates."""
    m = meet(
        [
            line("CITY COUNCIL REGULAR MEETING", 150, True),
            line("WEDNESDAY, JANUARY 21, 2026", 200),
            line("6:00 PM", 250),
            10,
            line("NOTICE IS HEREBY GIVEN that the meeting will be held by teleconference."),
            line("On March 17, 2020, Governor Newsom issued Executive Order N-29-20, which"),
            line("allows a meeting of a local legislative body to be held by teleconference."),
        ]
    )
    assert (m.date, m.time) == ("2026-01-21", "18:00")
    m = meet(
        [
            line("City Council", 200, True),
            line("Date:\t2/9/2026"),
            line("Time:\t5:00 p.m."),
            line("Executive Order N-25-20 issued March 12, 2020, allows remote meetings."),
        ]
    )
    assert m.date == "2026-02-09"
    assert find_date("Date: 2/9/2026") == "2026-09-02"  # day first by default (UK, NZ)


def test_sessions_under_the_date_the_meeting_opens_with_the_first() -> None:
    """A US title block: the date, then "6:45 P.M. CLOSED SESSION" over "7:00 PM REGULAR
    MEETING". The meeting (and the member's evening) starts at the first session."""
    m = meet(
        [
            line("AGENDA", 56, True),
            line("FERNHOLLOW CITY COUNCIL", 56, True),
            line("WEDNESDAY, MARCH 18, 2026", 56, True),
            line("6:45 P.M. CLOSED SESSION", 56, True),
            line("7:00 PM REGULAR MEETING", 56, True),
            line("City Hall Council Chambers"),
        ]
    )
    assert (m.date, m.time) == ("2026-03-18", "18:45")


def test_whose_meeting_it_is_on_us_and_parish_agendas() -> None:
    """The organisation is the government ("City of Palo Alto", "East Side Union High School
    District", "Burton-cum-Walden Parish Council" printed in capitals), never a body's kind
    ("City Council", "Clinical Council") nor a name run across table cells or into "Page"."""
    cases = [
        (
            ["City of Palo Alto", "City Council", "Regular Meeting", "Monday, April 4, 2016"],
            "City of Palo Alto",
        ),
        (
            ["BURTON-CUM-WALDEN PARISH COUNCIL", "Meeting on Tuesday 4 November 2025"],
            "Burton-cum-Walden Parish Council",
        ),
        (
            ["East Side Union High School District", "Board of Trustees", "March 10, 2016"],
            "East Side Union High School District",
        ),
        (
            [
                "City Council\tNotice and Agenda",
                "City of Sunnyvale\tPage 2",
                "Clinical Council report",
                "City Council",
            ],
            "City of Sunnyvale",
        ),
    ]
    for texts, org in cases:
        m = meet([line(t, 56, True) for t in texts])
        assert m.organisation == org, (texts, m.organisation)
    m = meet([line("Clinical Council report", 56), line("Consumer Council report", 56)])
    assert m.organisation is None


def test_a_capitals_body_line_is_not_taken_for_the_organisation() -> None:
    """ "REGULAR MEETING OF THE CITY COUNCIL" under the place and time is the body."""
    m = meet(
        [
            line("CITY COUNCIL CHAMBERS\t5:30 PM\tThursday, April 23, 2026", 56, True),
            line("REGULAR MEETING OF THE CITY COUNCIL", 56, True),
            line("CALL TO ORDER"),
        ]
    )
    assert m.body is not None and m.body.lower() == "regular meeting of the city council"


def test_body_from_a_parish_notice_and_no_body_from_its_address_lines() -> None:
    """ "A Meeting of Fernhollow Parish Council will be held …" names the body (capital M);
    "at the discretion of the Council." and "To members of the Public and all Members of the
    Council" / "You are summoned …" never do."""
    m = meet(
        [
            line("FERNHOLLOW PARISH COUNCIL", 56, True),
            line("PUBLIC NOTICE", 56, True),
            line("A Meeting of Fernhollow Parish Council will be held in the Village Hall on"),
            line("Tuesday 4 November 2025 at 8.00 pm."),
            line("Members of the public may speak at the discretion of the Council."),
        ]
    )
    assert m.body == "Fernhollow Parish Council"
    m = meet(
        [
            line("FERNHOLLOW COMMUNITY COUNCIL", 56, True),
            line("To members of the Public and all Members of the Council", 56, True),
            line("You are summoned to a meeting of the above Council"),
            line("on Monday 24th June 2026 at 7.00pm"),
        ]
    )
    assert m.body != "Council You" and not (m.body or "").startswith("To members")


def test_a_memos_date_is_before_the_meeting_its_subject_names() -> None:
    m = meet(
        [
            line("Memo", 30, True),
            line("To: Town Board"),
            line("From: Dana Reyes, Town Administrator"),
            line("Date: March 3, 2026"),
            line("Re: March 10, 2026 Study Session"),
            line("Please find attached the papers for the study session."),
        ]
    )
    assert m.date == "2026-03-10"


def test_a_date_without_a_year_written_month_first_takes_the_year_of_its_weekday() -> None:
    m = meet(
        [
            line("Harbour Trust Steering Group", 16, True),
            line("Thursday, January 14 6:30 – 8:00pm"),
            line("1. Budget for 2020 (papers due 2 February)"),
            line("2. Review of the 2020 season"),
        ]
    )
    # 14 January 2020 was a Tuesday; a Thursday, in the next year.
    assert (m.date, m.time) == ("2021-01-14", "18:30")


def test_the_previous_meetings_date_in_a_minutes_item_is_not_the_meetings() -> None:
    m = meet(
        [
            line("Riverside Walkers Association", 16, True),
            line("Annual General Meeting Agenda", 14, True),
            line("1. Welcome"),
            line("2. Minutes of the 2025 AGM (Wednesday 12th March)"),
            line("3. Treasurer's report"),
        ]
    )
    assert m.date is None


def test_a_meeting_field_that_opens_with_the_date_names_the_body_after_it() -> None:
    from boardprep.core.engine.meeting import _clean_body

    assert _clean_body("Jun 10, 2024 - COMMITTEE MEETING - ") == "COMMITTEE MEETING"
    assert _clean_body("Planning Committee - 4 March 2026") == "Planning Committee"


def test_a_date_and_time_of_the_meeting_label_over_its_value() -> None:
    from boardprep.core.engine.meeting import _labelled

    labels = _labelled(["Date and Time of the Meeting:", "January 08, 2020", "From 6:00 p.m."])
    assert labels["date and time"] == "January 08, 2020"


def test_a_meeting_over_two_days_starts_on_the_first() -> None:
    assert find_date("Date of meeting:     16-17 June 2003") == "2003-06-16"
    assert find_date("Date: 16–17 June 2003") == "2003-06-16"
    assert find_date("Board retreat, June 16-17, 2003") == "2003-06-16"
    assert find_date("Tuesday 17 June 2003") == "2003-06-17"


def test_the_owner_is_not_an_item_of_the_agenda() -> None:
    """ "5.4 Local Advisory Council" is an item; the authority in the heading owns the meeting."""
    m = meet(
        [
            line("Agenda", 300),
            line("March 19, 2026", 280),
            line("Lakeshore Area Transportation Authority", 220),
            line("Board of Directors Meeting", 250),
            line("5.0 Board and Staff Reports"),
            line("5.4 Local Advisory Council", 108),
            line("5.5 Citizens Advisory Council", 108),
        ]
    )
    assert m.organisation == "Lakeshore Area Transportation Authority"


def test_a_summons_without_a_year_beats_the_letters_own_date() -> None:
    """ "You are summoned to the next meeting … on Monday 16 June at 6.15pm" under a letter
    dated 11 June 2025: the meeting is the Monday after the letter."""
    m = meet(
        [
            line("Brightwell Town Council", 250),
            line("11 Jun 25", 450),
            line("Dear Councillors"),
            line("You are summoned to the next meeting of the Planning Committee which will take"),
            line("place on Monday 16 June at 6.15pm in the Council Chamber."),
            line("Town Clerk"),
            line("11 June 2025"),
        ]
    )
    assert (m.date, m.time) == ("2025-06-16", "18:15")


def test_a_board_will_hold_its_meeting_on_a_weekday_printed_without_a_year() -> None:
    """The notice's own sentence names the meeting; a date in an item ("vote taken on January
    9, 2025") does not. The year is the one that puts February 19 on a Wednesday."""
    m = meet(
        [
            line("MEETING NOTICE and AGENDA", 200),
            line("The Board of Trustees of the Law Library will hold a regular meeting (Cal."),
            line("Bus. & Prof. Code § 6304) on WEDNESDAY, February 19, at 12:10 p.m."),
            line("1. Roll Call."),
            line("2. Approve Board Minutes of November 20, 2024."),
            line("3. Email vote taken on January 9, 2025, on the subscriptions."),
            line("The next meeting will be held on Wednesday, March 19."),
        ]
    )
    assert (m.date, m.time) == ("2025-02-19", "12:10")


def test_a_meeting_over_several_listed_days_starts_on_the_first() -> None:
    assert find_date("18, 19 and 22 October 2021") == "2021-10-18"
    assert find_date("1st and 2nd March 2024") == "2024-03-01"
    assert find_date("16-17 June 2003") == "2003-06-16"  # a span, as before


def test_a_weekday_reads_a_numeric_date_and_a_warrants_words_give_date_and_time() -> None:
    """ "Sunday 3/8/26" is 8 March (a Sunday), not 3 August; a town meeting's warrant says
    "on Monday, the fourth day of May next A. D. 2026 … at 7:00" / "o'clock in the
    afternoon"."""
    assert find_date("Sunday 3/8/26") == "2026-03-08"
    assert find_date("Tuesday 2/9/2021") == "2021-02-09"
    assert find_date("3/8/26") == "2026-08-03"  # no weekday: day first, as before
    assert find_date("on Monday, the fourth day of May next A. D. 2026") == "2026-05-04"
    assert find_date("the twenty-first day of June, 2025") == "2025-06-21"
    m = meet(
        [
            line("Commonwealth of Massachusetts"),
            line("to Any Constable in the Town of Saltmarsh"),
            line("Greeting:"),
            line("You are hereby required to warn the inhabitants to meet at the High School,"),
            line("Field House, 2 Harbour Street, Saltmarsh,"),
            line("MA, on Monday, the fourth day of May next A. D. 2026 (the first Monday) at 7:00"),
            line("o'clock in the afternoon to act on the following articles in the Warrant:"),
        ]
    )
    assert (m.date, m.time) == ("2026-05-04", "19:00")
    assert m.venue == "High School, Field House, 2 Harbour Street, Saltmarsh, MA"


def test_a_venue_sentence_ends_at_its_postcode() -> None:
    """ "… will be held on Tuesday 19th September 2023 in the Main Hall at St Andrews Church,
    Orchard Road, Dean Court, Oxford OX2 9BH" / "Formal business will take place …": the
    address ends at its postcode, not at the next full stop."""
    m = meet(
        [
            line("NOTICE OF ANNUAL GENERAL MEETING"),
            line(
                "NOTICE is hereby given that the Annual General Meeting 2023 of the Trust will be"
            ),
            line(
                "held on Tuesday 19th September 2023 in the Main Hall at St Andrews Church, Orchard"
            ),
            line("Road, Dean Court, Oxford OX2 9BH"),
            line("Formal business will take place from 7pm to 8pm for the following business:"),
        ]
    )
    assert m.venue == "Main Hall at St Andrews Church, Orchard Road, Dean Court, Oxford OX2 9BH"


def test_a_bare_clock_time_of_one_to_six_is_the_afternoon_or_evening() -> None:
    from boardprep.core.engine.meeting import _meeting_time

    # A parents' group's schedule "6:00 - 6:05 Welcome": no meeting starts before dawn.
    assert _meeting_time("6:00 - 6:05 Welcome") == "18:00"
    assert _meeting_time("06:30 Breakfast briefing") == "06:30"  # 24-hour, as printed
    assert _meeting_time("9:30 Call to order") == "09:30"


def test_the_agendas_time_under_last_years_date_for_the_same_day() -> None:
    from boardprep.core.engine.meeting import time_on_dated_line

    # The packet's cover dates the meeting "January 27, 2019"; its agenda page still says
    # "Sunday, January 27, 2018 at 1:00 PM" (last year's template): the time holds.
    agenda = [line("District Board Meeting"), line("Sunday, January 27, 2018 at 1:00 PM")]
    assert time_on_dated_line(lines_of([agenda]), "2019-01-27") == "13:00"
    assert time_on_dated_line(lines_of([agenda]), "2019-02-27") is None  # another day


def test_a_numeric_date_is_read_the_way_the_packs_unambiguous_dates_are() -> None:
    """A county board's agenda dated "01/06/2015" lists minutes of "12/16/14": month first,
    so 6 January. The same heading over "16/12/14" minutes is day first: 1 June."""
    us = meet(
        [
            line("AGENDA", 260, True),
            line("Alder County Board of Commissioners"),
            line("01/06/2015"),
            line("9:00 AM"),
            10,
            line("1   Call to Order"),
            line("2   Review & Approve Minutes"),
            line("2.1   12/16/14 Regular County Board Meeting Minutes", 90),
        ]
    )
    assert (us.date, us.time) == ("2015-01-06", "09:00")
    uk = meet(
        [
            line("AGENDA", 260, True),
            line("Alder Parish Council"),
            line("01/06/2015"),
            line("7:30 PM"),
            10,
            line("1   Apologies"),
            line("2   Minutes of the meeting held on 16/12/14"),
        ]
    )
    assert uk.date == "2015-06-01"


def test_a_working_groups_hours_on_the_line_under_its_date() -> None:
    # An international working group's agenda: "1330 h – 1700 h" under the date line.
    m = meet(
        [
            line("Draft Agenda", 260),
            line("ISO/TC 99/SC 9/WG 9", 250),
            line("November 13, 2014", 262),
            line("1330 h - 1700 h", 271),
            line("1. Call to Order", 91),
            line("2. Adoption of the agenda", 91),
        ]
    )
    assert (m.date, m.time) == ("2014-11-13", "13:30")


def test_a_notice_in_two_columns_gives_its_summons_date_not_the_other_columns() -> None:
    # Read across, "… will be held on Thursday, 26th June 2025 …" interleaves with the right
    # column's "financial year ended 31st March 2025", whose date then came first.
    rows = [
        typed_line(40, (51, "Notice of Annual General Meeting")),
        typed_line(
            60,
            (51, "NOTICE IS HEREBY GIVEN THAT THE FIFTIETH"),
            (315, "4.\t"),
            (343, "To re-appoint the Auditors for the"),
        ),
        typed_line(
            72,
            (51, "ANNUAL GENERAL MEETING OF OAKHILL PLC will be"),
            (343, "financial year ended 31st March 2025."),
        ),
        typed_line(
            84,
            (51, "held on Thursday, 26th June 2025 at 9.00 a.m. at"),
            (315, "5.\t"),
            (343, "To authorise donations for the"),
        ),
        typed_line(
            96,
            (51, "the Lounge, Colombo for the following purposes;"),
            (343, "year ending 31st March 2026."),
        ),
        typed_line(
            110,
            (51, "1.\t"),
            (79, "To adopt the Annual Report"),
            (315, "6.\t"),
            (343, "To amend the Articles"),
        ),
        typed_line(124, (51, "2.\t"), (79, "To re-elect Ms. A. Perera")),
        typed_line(138, (51, "3.\t"), (79, "To re-elect Mr. B. Silva")),
    ]
    m = _meeting([PageLines(0, 612, 792, rows)], [])
    assert (m.date, m.time) == ("2025-06-26", "09:00")


def test_an_items_date_and_time_of_another_meeting_neither_times_this_one_nor_the_item() -> None:
    """A township's agenda prints no time of its own; its item "15. Road Commission Meeting
    October 20th 9:45 am." dates another body's meeting: no meeting time, and the item's
    title keeps its date and time (they are not its slot)."""
    from boardprep.core.engine.agenda.parse import parse_agenda

    rows: list[Row] = [
        line("Meeting of the Township Board of Trustees", 150, True),
        line("September 13, 2016", 246, True),
        10,
        line("1. Call Meeting to Order", 108),
        line("2. Minutes of August 9, 2016", 108),
        line("3. Road Commission Meeting October 20th 9:45 am.", 108),
        line("4. Township Future Road Program.", 108),
    ]
    m = meet(rows)
    assert (m.date, m.time) == ("2016-09-13", None)
    items = parse_agenda(lines_of([rows]), None).items
    assert [(i.title, i.time) for i in items][2] == (
        "Road Commission Meeting October 20th 9:45 am",
        None,
    )


def test_a_date_time_label_without_a_year_or_a_colon_beats_an_items_dated_minutes() -> None:
    """A police district council's notice: "Date/Time: June 6, 530pm" (no year, the clock's
    colon left out), and item 3 approves the minutes "from meeting date: May 9, 2023": the
    meeting is on 6 June of the year the notice uses, at 17:30."""
    m = meet(
        [
            line("NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING"),
            line("Date/Time: June 6, 530pm"),
            line("Location/Address: Lakeside Fieldhouse, 337 E Randolph St"),
            line("MEETING AGENDA"),
            line("1. Roll Call & Quorum Determination"),
            line("2. Public comment"),
            line("3. Approval of minutes from meeting date: May 9, 2023"),
        ]
    )
    assert (m.date, m.time) == ("2023-06-06", "17:30")


def test_a_timed_call_to_order_after_a_timed_pre_meeting_gives_the_meetings_time() -> None:
    """ "Pilot's Meeting (12:45 PM)", then "Call To Order (1:00 PM)": the meeting opens at
    its call to order, not at the briefing before it."""
    rows: list[Row] = [
        line("Riverside Airpark Owners Association", 150, True),
        line("Annual Meeting Agenda", 200, True),
        line("Sunday 3/8/26", 230),
        10,
        line("Pilot's Meeting (12:45 PM)", 72),
        line("Runway Safety Discussed", 90),
        line("Call To Order (1:00 PM)", 72),
        line("Minutes Recap", 72),
    ]
    m = meet(rows)
    assert (m.date, m.time) == ("2026-03-08", "13:00")


def test_a_council_an_item_mentions_is_not_the_meetings_organisation() -> None:
    """ "8. Ada Crane, Clerk of the Riverside Council Committee, …": a body an item names, not
    the one holding the meeting (the Friends' meeting's agenda names none of its own)."""
    rows: list[Row] = [
        line("Elmford Friends Meeting - Agenda for the Meeting for Business", 72),
        line("April 17th, 2026, 9:00 AM", 72),
        10,
        line("1. Opening worship", 72),
        line("8. Ada Crane, Clerk of the Riverside Council Committee, has asked to delay", 72),
        line("9. Closing worship", 72),
    ]
    m = meet(rows)
    assert m.organisation != "Riverside Council"
    # Its heading names the meeting before "- Agenda for …".
    assert m.body == "Elmford Friends Meeting"
