"""parse_agenda and extract_meeting never raise, whatever lines they are given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.meeting import extract_meeting
from boardprep.core.engine.pages.textlayer import Line, PageLines, Span
from boardprep.core.model import Item

# Agenda-flavoured fragments so the fuzzer reaches the parser's deeper branches.
FRAGMENTS = [
    "1",
    "4.1",
    "4a",
    "a)",
    "(ii)",
    "IV.",
    "Item 5",
    "Agenda Item",
    "Minutes",
    "(Pages 9 - 14)",
    "(Page",
    "61 - 70",
    "2016-21",
    "12.30",
    "1.30 pm",
    "25:99",
    "Paper B",
    "TB 24/057",
    "Verbal update",
    "To follow",
    "Part II",
    "Schedule 12A",
    "Presenters:",
    "Responsible Officer(s):",
    "Contact:",
    "Linda Prosser, Carlton Brand",
    "\t",
    ":",
    ".....",
    "FOR DECISION",
    "AGENDA",
    "Date:",
    "Time:",
    "Venue:",
    "1st November 2022",
    "a meeting of the",
    "Council",
    "(",
    ")",
    "–",
]
text_st = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=8).map(
    " ".join
)


@st.composite
def lines_st(draw: st.DrawFn) -> Line:
    text = draw(text_st)
    x0 = draw(st.floats(min_value=-50, max_value=700, allow_nan=False))
    y0 = draw(st.floats(min_value=-50, max_value=900, allow_nan=False))
    size = draw(st.floats(min_value=0, max_value=40, allow_nan=False))
    bold = draw(st.booleans())
    spans = [Span(part, x0, x0 + 10, size, draw(st.booleans()), False) for part in text.split(" ")]
    return Line(text, x0, y0, y0 + size, y0 + size, size, bold, spans)


pages_st = st.lists(
    st.lists(lines_st(), max_size=25).map(lambda ls: PageLines(0, 595, 842, ls)),
    max_size=3,
)


def _walk(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for it in items:
        out.append(it)
        out.extend(_walk(it.sub_items))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=pages_st, start=st.sampled_from([None, "09:30", "12:30", "18:00"]))
def test_parse_agenda_never_raises(pages: list[PageLines], start: str | None) -> None:
    res = parse_agenda(pages, start)
    for it in _walk(res.items):
        assert isinstance(it.title, str)
        if it.pack_pages is not None:
            assert 1 <= it.pack_pages[0] <= it.pack_pages[1]
        if it.time is not None:
            hh, mm = it.time.split(":")
            assert 0 <= int(hh) <= 23 and 0 <= int(mm) <= 59


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=pages_st)
def test_extract_meeting_never_raises(pages: list[PageLines]) -> None:
    m = extract_meeting(pages)
    if m.time is not None:
        hh, mm = m.time.split(":")
        assert 0 <= int(hh) <= 23 and 0 <= int(mm) <= 59
    if m.date is not None:
        assert len(m.date) == 10
