"""What the meeting is asked to decide, read from the first pages of an item's report."""

from __future__ import annotations

from boardprep.core.model import Item
from boardprep.core.recommendations import find_recommendations

REPORT = (
    "Report of the Director\n1. Purpose\nMembers are asked to note that the figures are "
    "provisional.\n2. Recommendations\nCabinet is asked to:\na) NOTE the progress made;\n"
    "b) AGREE the revised timetable; and\nc) DELEGATE authority to the Director.\n"
    "3. Background\nThe scheme began in 2024.\n"
)


def test_lettered_recommendations_after_is_asked_to() -> None:
    item = Item("5", "Scheme", pdf_pages=(2, 3))
    assert find_recommendations(["front sheet", REPORT, "more"], item) == [
        "(a) NOTE the progress made",
        "(b) AGREE the revised timetable",
        "(c) DELEGATE authority to the Director",
    ]


def test_one_line_recommendation_and_none() -> None:
    one = "4. Recommendation\nThat the committee approves the strategy.\n5. Reasons\nBecause."
    assert find_recommendations([one], Item("6", "S", pdf_pages=(1, 1))) == [
        "That the committee approves the strategy"
    ]
    prose = "Members are asked to note that the figures for the most recent month are provisional."
    assert find_recommendations([prose], Item("7", "S", pdf_pages=(1, 1))) == []
    assert find_recommendations([REPORT], Item("8", "No papers")) == []


def test_a_boxed_recommendation_ends_at_the_next_capitals_heading() -> None:
    boxed = (
        "RECOMMENDATION\nThat the Board:\nNote the contents of this report\n"
        "EXECUTIVE DIRECTOR FINANCIAL SERVICES COMMENTS\nThe result for July is a deficit.\n"
    )
    got = find_recommendations([boxed], Item("8", "Finance", pdf_pages=(1, 1)))
    assert got == ["That the Board: Note the contents of this report"]
