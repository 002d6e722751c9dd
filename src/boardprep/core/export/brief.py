"""The pre-meeting brief: the agenda with, under each item, the member's notes and questions."""

from __future__ import annotations

from pathlib import Path

from boardprep.core.export.common import UNPLACED, meeting_heading, non_empty_notes
from boardprep.core.export.declarations import sentence
from boardprep.core.export.pdfdoc import esc, write_pdf
from boardprep.core.model import Item
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import quote_and_comment
from boardprep.core.store import Store
from boardprep.core.venue import shown_venue


def _by_item(records: list) -> dict[str | None, list]:
    out: dict[str | None, list] = {}
    for r in records:
        out.setdefault(r.item, []).append(r)
    return out


def to_pdf(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    notes = _by_item(non_empty_notes(store, sha))
    questions = _by_item(store.questions(sha))
    decls = _by_item(store.declarations(sha))
    names = PageNames.of(tree)
    parts = [f"<h1>Brief: {esc(meeting_heading(tree.meeting))}</h1>"]
    venue = shown_venue(tree.meeting.venue)
    if venue:
        parts.append(f"<p class='small'>{esc(venue)}</p>")
    sections: list[tuple[str | None, str, Item | None]] = [
        (it.number, it.title, it) for it in tree.walk()
    ]
    known = {it.number for it in tree.walk()}
    sections += [(k, UNPLACED if k is None else k, None) for k in
                 {*notes, *questions, *decls} - known]  # fmt: skip
    for number, title, it in sections:
        head = f"{number}. {title}" if it is not None else str(title)
        meta = []
        if it is not None and it.time:
            meta.append(it.time)
        if it is not None and (it.pdf_pages or it.pack_pages):
            meta.append(names.item_words(it))
        parts.append(f"<h2>{esc(head)}</h2>")
        if meta:
            parts.append(f"<p class='small'>{esc(' · '.join(meta))}</p>")
        for d in decls.get(number, []):
            parts.append(f"<p><b>Declare:</b> {esc(sentence(d, tree.meeting))}</p>")
        for n in notes.get(number, []):
            quote, own = quote_and_comment(n.quote, n.text)
            said = esc(own) + (f" <i>“{esc(quote)}”</i>" if quote else "")
            page = f" ({names.words(n.page, n.pack_page)})" if n.page else ""
            parts.append(f"<p><b>Note:</b> {said.strip()}{page}</p>")
        for i, q in enumerate(questions.get(number, []), 1):
            parts.append(f"<p><b>Q{i}:</b> {esc(q.text)} <i>({esc(q.status)})</i></p>")
    write_pdf(parts, out, title="Meeting brief")


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    notes = _by_item(non_empty_notes(store, sha))
    questions = _by_item(store.questions(sha))
    names = PageNames.of(tree)
    lines = [f"# Brief: {meeting_heading(tree.meeting)}", ""]
    venue = shown_venue(tree.meeting.venue)
    if venue:
        lines += [venue, ""]
    for it in tree.walk():
        lines += [f"## {it.display_number}. {it.title}", ""]
        if it.pdf_pages or it.pack_pages:
            lines += [f"_{names.item_words(it, capital=True)}_", ""]
        for n in notes.get(it.number, []):
            quote, own = quote_and_comment(n.quote, n.text)
            said = " ".join(x for x in (own, f"“{quote}”" if quote else "") if x)
            page = f" ({names.words(n.page, n.pack_page)})" if n.page else ""
            lines.append(f"- Note: {said}{page}")
        lines += [f"- Q: {q.text} ({q.status})" for q in questions.get(it.number, [])]
        lines.append("")
    Path(out).write_text("\n".join(lines), encoding="utf-8")
