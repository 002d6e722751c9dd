"""The venue shown to the member: the place, never the contact officer's phone or e-mail."""

from __future__ import annotations

import pytest

from boardprep.core.venue import shown_venue


@pytest.mark.parametrize(
    ("found", "shown"),
    [
        (
            "Council Chamber, Town Hall, Bath  Contact: Jo Bloggs, Tel: 01234 567890, "
            "jo.bloggs@bath.gov.uk",
            "Council Chamber, Town Hall, Bath",
        ),
        ("Committee Room 1, County Hall, Tel 01234 567890", "Committee Room 1, County Hall"),
        (
            "Council Chamber, Civic Centre (01234) 567 890 www.x.gov.uk",
            "Council Chamber, Civic Centre",
        ),
        (
            "City Hall, 250 Hamilton Ave, Palo Alto, CA 94301 (650) 329-2571",
            "City Hall, 250 Hamilton Ave, Palo Alto, CA 94301",  # the ZIP code stays
        ),
        (
            "Council Chamber, Market Street, +44 (0)20 7946 0000, dem@x.gov.uk, https://x.gov.uk/m",
            "Council Chamber, Market Street",
        ),
        ("Main Hall, 10 High St. Phone: 555 1234 Fax: 555 9999", "Main Hall, 10 High St"),
        ("1309 S. Mary Avenue, Suite 150 6:00 p.m", "1309 S. Mary Avenue, Suite 150"),
        ("in Tintern Village Hall", "Tintern Village Hall"),
        (
            "Council Chambers (Open to the Public) SALUTE TO THE FLAG ROLL CALL SPECIAL ORDERS OF "
            "THE DAY 16-0170 SPECIAL ORDER OF THE DAY - National Library Week",
            "Council Chambers (Open to the Public)",
        ),
    ],
)
def test_contact_details_and_run_on_text_are_not_the_venue(found: str, shown: str) -> None:
    assert shown_venue(found) == shown


@pytest.mark.parametrize(
    "venue",
    [
        "Telford Room, Shirehall, Abbey Foregate, Shrewsbury SY2 6ND",
        "Mobile Civic Center, Mobile, Alabama 36602",
        "Authority’s Chicago Office, 160 North LaSalle Street, Suite S-1000, Chicago, IL 60601",
        "Te Waiora Room, DHB Administration Building, Corner Omahu Road and McLeod St, Hastings",
    ],
)
def test_a_plain_venue_is_left_as_it_is(venue: str) -> None:
    assert shown_venue(venue) == venue


def test_nothing_of_a_place_left_is_no_venue() -> None:
    assert shown_venue("Tel: 01234 567890") is None
    assert shown_venue("") is None and shown_venue(None) is None
