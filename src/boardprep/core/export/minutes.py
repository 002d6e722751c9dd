"""Draft minutes (docx, md), the action log (csv) and the meeting's calendar file (ics).

Minutes in the usual order: the meeting, present, apologies (and absent), declarations of
interest, then each agenda item with its resolution (decision, text, votes) and its actions.
The calendar file holds the meeting and the deadlines printed in the pack (questions,
deputations…) as events, written with the ``icalendar`` library.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from boardprep.core import meeting_record as mr
from boardprep.core.export.common import interest_words, meeting_heading, spreadsheet_safe
from boardprep.core.identity import user_name
from boardprep.core.pageref import PageNames
from boardprep.core.store import Store
from boardprep.core.venue import shown_venue

ACTION_COLUMNS = ["item", "item_title", "action", "who", "by", "done"]


def _attendees(store: Store, sha: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in mr.ATTENDANCE}
    for a in mr.attendance(store, sha):
        out[a.status].append(f"{a.name} ({a.role})" if a.role else a.name)
    return out


def _declaration_lines(store: Store, sha: str) -> list[str]:
    tree = store.tree(sha)
    me = user_name(store) or "The member"
    lines = []
    for d in store.declarations(sha):
        who = d.source or me
        where = f"item {d.item}" if d.item else "an item"
        left = "left the room for the item" if d.withdraw else "remained in the meeting"
        words = interest_words(d.interest, tree.meeting).lower()
        lines.append(f"{who} declared a {words} in {where} ({d.nature}) and {left}.")
    for m in mr.declarations(store, sha):  # made at the meeting, as the clerk recorded them
        where = f"item {m.item}" if m.item else "an item"
        left = "left the room for the item" if m.left_room else "remained in the meeting"
        words = interest_words(m.interest, tree.meeting).lower()
        lines.append(f"{m.name} declared a {words} in {where} ({m.nature}) and {left}.")
    return lines


def _items(store: Store, sha: str) -> list[dict[str, Any]]:
    """Every agenda item with its outcome and actions, in agenda order."""
    tree = store.tree(sha)
    outcomes = {o.item: o for o in mr.outcomes(store, sha)}
    actions: dict[str | None, list[mr.Action]] = {}
    for a in mr.actions(store, sha):
        actions.setdefault(a.item, []).append(a)
    out = []
    for it in tree.walk():
        out.append(
            {
                "number": it.display_number,
                "title": it.title,
                "outcome": outcomes.pop(it.number, None),
                "actions": actions.pop(it.number, []),
            }
        )
    for number, o in outcomes.items():  # items this agenda no longer has
        out.append({"number": number, "title": o.item_title or "", "outcome": o,
                    "actions": actions.pop(number, [])})  # fmt: skip
    for number, acts in actions.items():
        title = acts[0].item_title or "" if number else "General"
        out.append({"number": number, "title": title, "outcome": None, "actions": acts})
    return out


def _resolution(o: mr.Outcome | None) -> list[str]:
    if o is None:
        return ["(no outcome recorded)"]
    head = mr.DECISION_WORDS.get(o.decision, o.decision)
    lines = [f"RESOLVED: {head}" + (f" — {o.text}" if o.text else "")]
    if o.votes:
        lines.append(f"Vote: {o.votes}.")
    return lines


def _action_line(a: mr.Action) -> str:
    parts = [a.text]
    if a.who:
        parts.append(a.who)
    if a.due:
        parts.append(f"by {a.due}")
    return "Action: " + " — ".join(parts)


def _heading(store: Store, sha: str) -> tuple[str, list[str]]:
    m = store.tree(sha).meeting
    sub = []
    venue = shown_venue(m.venue)
    if venue:
        sub.append(f"Venue: {venue}")
    times = mr.meeting_times(store, sha)  # as the clerk recorded them (Meeting ▸ Attendance)
    if times["opened"] or times["closed"]:
        said = [f"opened at {times['opened']}"] if times["opened"] else []
        said += [f"closed at {times['closed']}"] if times["closed"] else []
        sub.append(f"The meeting {' and '.join(said)}.")
        return f"Draft minutes — {meeting_heading(m)}", sub
    if m.time:
        sub.append(f"Start: {m.time}")
    return f"Draft minutes — {meeting_heading(m)}", sub


def to_md(store: Store, sha: str, out: str | Path) -> None:
    title, sub = _heading(store, sha)
    people = _attendees(store, sha)
    lines = [f"# {title}", "", *sub, ""]
    lines += ["## Present", "", *(f"- {n}" for n in people["present"] or ["(none recorded)"])]
    lines += ["", "## Apologies", "", *(f"- {n}" for n in people["apologies"] or ["None"])]
    if people["absent"]:
        lines += ["", "## Absent", "", *(f"- {n}" for n in people["absent"])]
    decl = _declaration_lines(store, sha)
    lines += ["", "## Declarations of interest", "", *(f"- {d}" for d in decl or ["None"])]
    for it in _items(store, sha):
        head = f"{it['number']}. {it['title']}" if it["number"] else it["title"]
        lines += ["", f"## {head}", "", *_resolution(it["outcome"])]
        lines += [f"- {_action_line(a)}" for a in it["actions"]]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.docxfast import DocxWriter

    title, sub = _heading(store, sha)
    people = _attendees(store, sha)
    d = DocxWriter()
    d.heading(title, 1)
    for line in sub:
        d.paragraph(line)
    d.heading("Present", 2)
    for n in people["present"] or ["(none recorded)"]:
        d.paragraph(n, "List Bullet")
    d.heading("Apologies", 2)
    for n in people["apologies"] or ["None"]:
        d.paragraph(n, "List Bullet")
    if people["absent"]:
        d.heading("Absent", 2)
        for n in people["absent"]:
            d.paragraph(n, "List Bullet")
    d.heading("Declarations of interest", 2)
    for line in _declaration_lines(store, sha) or ["None"]:
        d.paragraph(line)
    for it in _items(store, sha):
        d.heading(f"{it['number']}. {it['title']}" if it["number"] else it["title"], 2)
        for line in _resolution(it["outcome"]):
            d.paragraph(line)
        for a in it["actions"]:
            d.paragraph(_action_line(a), "List Bullet")
    d.save(out)


def actions_csv(store: Store, sha: str, out: str | Path) -> None:
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(ACTION_COLUMNS)
        for a in mr.actions(store, sha):
            row = [a.item or "", a.item_title or "", a.text, a.who or "", a.due or "",
                   "yes" if a.done else "no"]  # fmt: skip
            w.writerow([spreadsheet_safe(c) for c in row])


def _meeting_start(store: Store, sha: str) -> datetime | date | None:
    m = store.tree(sha).meeting
    try:
        day = date.fromisoformat(m.date or "")
    except ValueError:
        return None
    try:
        hh, mm = (int(x) for x in (m.time or "").replace(".", ":").split(":")[:2])
        return datetime.combine(day, time(hh, mm))
    except ValueError:
        return day


def to_ics(store: Store, sha: str, out: str | Path) -> None:
    from icalendar import Calendar, Event

    from boardprep.core.deadlines import find_deadlines

    tree = store.tree(sha)
    m = tree.meeting
    cal = Calendar()
    cal.add("prodid", "-//boardprep//meeting//EN")
    cal.add("version", "2.0")
    stamp = datetime.now().astimezone()
    start = _meeting_start(store, sha)
    heading = meeting_heading(m)
    if start is not None:
        ev = Event()
        ev.add("uid", f"meeting-{sha[:16]}@boardprep")
        ev.add("dtstamp", stamp)
        ev.add("summary", " — ".join(p for p in (m.organisation, m.body) if p) or "Meeting")
        ev.add("dtstart", start)
        if isinstance(start, datetime):
            ev.add("dtend", start + timedelta(hours=2))
        venue = shown_venue(m.venue)
        if venue:
            ev.add("location", venue)
        items = [f"{it.display_number}. {it.title}" for it in tree.items]
        ev.add("description", "Agenda:\n" + "\n".join(items) if items else heading)
        cal.add_component(ev)
    names = PageNames.of(tree)
    texts = store.page_texts(sha) if hasattr(store, "page_texts") else None
    for i, dl in enumerate(find_deadlines(texts), 1):
        ev = Event()
        ev.add("uid", f"deadline-{sha[:16]}-{i}@boardprep")
        ev.add("dtstamp", stamp)
        ev.add("summary", f"Deadline: {dl.what} — {heading}")
        ev.add("dtstart", dl.when)
        ev.add("description", f"{dl.text} ({names.words(dl.pdf_page)})")
        cal.add_component(ev)
    for a in mr.actions(store, sha):
        if not a.due:
            continue
        ev = Event()
        ev.add("uid", f"action-{a.uid}@boardprep")
        ev.add("dtstamp", stamp)
        ev.add("summary", f"Action: {a.text}" + (f" ({a.who})" if a.who else ""))
        ev.add("dtstart", date.fromisoformat(a.due))
        cal.add_component(ev)
    Path(out).write_bytes(cal.to_ical())
