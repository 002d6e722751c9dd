"""An English town council committee's agenda, rebuilt with fictional wording.

First seen on a Suffolk town council's finance committee agenda: each title is set in bold up
to a point and runs on in plain type to the dash before what the meeting is asked to do
("Minutes of the last Meeting held on the 3 March 2025 – to receive …"), so the title was cut
at the bold's end; a list's first letter started in lower case ("a. updated Standing
Orders") and was no item, so the whole list became the purpose; an Act's year wrapped onto
the next line was lost; and "– (application form attached)" and "– for discussion only" stayed
in titles.
"""

from __future__ import annotations

from tests.engine.test_realistic_agendas import parse_html


def test_town_council_titles_run_to_the_dash_before_the_ask() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>5. <b>Minutes of the last Meeting</b> held on the 3 March 2025 – to receive, "
        "consider and agree. (Copy attached).</p>"
        "<p>6. <b>Annual Return 2024-25 (AGAR Form 3)</b> – for discussion only (the return, "
        "with its supporting documents, to be approved by Full Council).</p>"
        "<p>7. <b>Grant Requests</b> –</p>"
        "<p>a. Brave Futures – (application form attached).</p>"
        "<p>b. Harbour Advice Service – (application form attached).</p>"
        "<p>8. <b>Town Council Policies</b> – to consider and agree the following (paper "
        "attached)</p>"
        "<p>a. updated Standing Orders 2025/26</p><p>b. Code of Conduct</p>"
        "<p>c. Biodiversity (new)</p>"
        "<p>9. <b>Resolution to exclude the Public under the Public Bodies (Admission to "
        "Meetings) Act</b><br>1960 – to consider and agree.</p>",
        start="19:15",
    )
    titles = {i.number: (i.title, [c.title for c in i.children]) for i in res.items}
    # What is asked, after the bold title and its dash, shows without the dash.
    assert res.items[3].purpose == "to consider and agree the following (paper attached)"
    assert titles["5"][0] == "Minutes of the last Meeting held on the 3 March 2025"
    assert titles["6"][0] == "Annual Return 2024-25 (AGAR Form 3)"
    assert titles["7"][1] == ["Brave Futures", "Harbour Advice Service"]
    assert titles["8"][1] == [
        "updated Standing Orders 2025/26",
        "Code of Conduct",
        "Biodiversity (new)",
    ]
    assert titles["9"][0] == (
        "Resolution to exclude the Public under the Public Bodies (Admission to Meetings) Act 1960"
    )


def test_a_pointer_to_the_text_below_is_no_part_of_the_title() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Updates from the chair</p>"
        "<p>2. List of things we are proposing to do (see below)</p>"
        "<p>3. Budget (see overleaf)</p>",
        start="17:00",
    )
    assert [i.title for i in res.items] == [
        "Updates from the chair",
        "List of things we are proposing to do",
        "Budget",
    ]
