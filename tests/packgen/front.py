"""Front sheets: the meeting's facts in labelled fields, on one line, or in a summons letter."""

from __future__ import annotations

import datetime as dt

import pymupdf

from tests.packgen.draw import A4, LEFT, RIGHT, TOP, put, wrap
from tests.packgen.plan import Meeting, Plan
from tests.packgen.spec import PackSpec


def clock12(hour: int, minute: int, ampm: bool = True) -> str:
    """'2.00 pm' (or '2.00' without am/pm, as timed agendas print it)."""
    h = hour % 12 or 12
    text = f"{h}.{minute:02d}"
    return f"{text} {'am' if hour < 12 else 'pm'}" if ampm else text


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def long_date(d: dt.date, style: str = "plain") -> str:
    if style == "ordinal":
        return f"{d:%A}, {ordinal(d.day)} {d:%B %Y}"
    if style == "comma":
        return f"{d:%A}, {d.day} {d:%B}, {d:%Y}"
    return f"{d:%A} {d.day} {d:%B %Y}"


def clock_text(hour: int, minute: int, style: str = "dot") -> str:
    """The meeting time as front sheets print it: '2.00 pm', '2.00pm', '2pm', '14:00'."""
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    text = clock12(hour, minute)
    if style == "compact":
        return text.replace(" ", "")
    if style == "short" and minute == 0:
        return f"{hour % 12 or 12}{'am' if hour < 12 else 'pm'}"
    return text


def meeting_time_text(m: Meeting, style: str = "dot") -> str:
    text = clock_text(m.hour, m.minute, style)
    if m.pre_meeting:
        text += f" (pre-meeting at {clock12(*m.pre_meeting, ampm=False)} for Board only)"
    return text


def write_front(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    m = plan.meeting
    page = doc.new_page(width=A4[0], height=A4[1])
    y = TOP
    if spec.org_on_front:  # else only a logo would name it: the engine must look elsewhere
        y = put(page, LEFT, TOP, m.organisation, "hebo", 16) + 14
    style = spec.meta_style
    if style == "letter":
        y = put(page, LEFT, y, "Dear Member,", "helv", 11) + 6
        sentence = (
            f"You are summoned to attend a meeting of the {m.body} to be held in the "
            f"{m.venue} on {m.date:%A} {ordinal(m.date.day)} {m.date:%B %Y} at "
            f"{clock_text(m.hour, m.minute, spec.clock_style)} for the business set out below."
        )
        y = put(page, LEFT, y, wrap(sentence, RIGHT - LEFT, "helv", 11), "helv", 11) + 6
        y = put(page, LEFT, y, "Monitoring Officer", "heit", 11) + 14
    else:
        y = put(page, LEFT, y, m.body.upper(), "hebo", 14) + 10
        if style == "datetime":
            for lab, value in (
                ("Meeting:", m.body),
                (
                    "Date and time:",
                    f"{long_date(m.date, spec.date_style)} at "
                    f"{meeting_time_text(m, spec.clock_style)}",
                ),
                ("Location:", m.venue),
            ):
                put(page, LEFT, y, lab, "hebo", 11)
                y = (
                    put(page, LEFT + 95, y, wrap(value, RIGHT - LEFT - 95, "helv", 11), "helv", 11)
                    + 4
                )
            y += 10
        elif style == "oneline":
            y = (
                put(
                    page,
                    LEFT,
                    y,
                    f"{m.date:%A}, {m.date.day} {m.date:%B %Y}, "
                    f"{meeting_time_text(m, spec.clock_style)}",
                    "hebo",
                    11,
                )
                + 4
            )
            y = put(page, LEFT, y, wrap(m.venue, RIGHT - LEFT, "helv", 11), "helv", 11) + 14
        else:
            label = "Venue:" if spec.seed % 2 else "Place:"
            for lab, value in (
                ("Date:", long_date(m.date, spec.date_style)),
                ("Time:", meeting_time_text(m, spec.clock_style)),
                (label, m.venue),
            ):
                put(page, LEFT, y, lab, "hebo", 11)
                y = (
                    put(page, LEFT + 70, y, wrap(value, RIGHT - LEFT - 70, "helv", 11), "helv", 11)
                    + 4
                )
            y += 10
    nhs = spec.layout == "papers"
    y = put(page, LEFT, y, "Board members:" if nhs else "Membership:", "hebo", 11) + 4
    for k, name in enumerate(plan.members):
        x = LEFT if k % 2 == 0 else LEFT + 240
        suffix = "" if nhs else " (Chair)" if k == 0 else (" (Vice-Chair)" if k == 1 else "")
        put(page, x, y, name + suffix, "helv", 10)
        if k % 2 == 1:
            y += 14
    y += 20
    y = put(page, LEFT, y, "Please direct any enquiries on this agenda to", "helv", 10)
    contact = (
        f"{plan.clerk}, {'Board Secretary' if nhs else 'Democratic Services Officer'}, "
        f"Tel: 01632 960{spec.seed % 1000:03d}, Email: {plan.clerk_email}"
    )
    y = put(page, LEFT, y, wrap(contact, RIGHT - LEFT, "helv", 10), "helv", 10)
    for k in range(1, spec.front_pages):
        page = doc.new_page(width=A4[0], height=A4[1])
        y = (
            put(
                page,
                LEFT,
                TOP,
                "Information for members of the public" if k == 1 else "Further information",
                "hebo",
                13,
            )
            + 8
        )
        for head, text in (
            (
                "Recording and webcasting",
                "This meeting may be filmed for live or subsequent "
                "broadcast on the council's website. The images and sound recording may be used "
                "for training purposes within the council.",
            ),
            (
                "Accessibility",
                "The meeting room is accessible by wheelchair and a hearing loop "
                "is available. Please ask a member of staff for assistance.",
            ),
            (
                "Parking",
                "Limited visitor parking is available in the public car park opposite "
                "the main entrance.",
            ),
            (
                "Fire evacuation",
                "In the event of the fire alarm sounding, please leave by the "
                "nearest exit and gather at the assembly point in the staff car park.",
            ),
        ):
            y = put(page, LEFT, y, head, "hebo", 11) + 2
            y = put(page, LEFT, y, wrap(text, RIGHT - LEFT)) + 10
