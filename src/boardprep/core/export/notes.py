"""The member's notes by item: md, docx, json (bundle)."""

from __future__ import annotations

from pathlib import Path

from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.export.common import grouped, item_label, meeting_heading, non_empty_notes
from boardprep.core.export.output import step
from boardprep.core.store import Note, Store


def _where(n: Note) -> str:
    bits = []
    if n.page:
        bits.append(f"p. {n.page}" + (f" (pack page {n.pack_page})" if n.pack_page else ""))
    if n.carried_from:
        bits.append("carried from an earlier issue")
    return f" ({', '.join(bits)})" if bits else ""


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    lines = [f"# Notes — {meeting_heading(tree.meeting)}", ""]
    for number, title, notes in grouped(tree, non_empty_notes(store, sha)):
        lines += [f"## {item_label(number, title)}", ""]
        for n in notes:
            if n.quote:
                lines.append(f"> {n.quote}")
            lines += [f"{n.text}{_where(n)}", ""]
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.docxfast import DocxWriter

    tree = store.tree(sha)
    d = DocxWriter()
    d.heading(f"Notes — {meeting_heading(tree.meeting)}", 1)
    all_notes = non_empty_notes(store, sha)
    done = 0
    for number, title, notes in grouped(tree, all_notes):
        d.heading(item_label(number, title), 2)
        for n in notes:
            if n.quote:
                d.paragraph(n.quote, "Quote")
            d.paragraph(n.text + _where(n))
            done += 1
            if done % 500 == 0:
                step(done, len(all_notes), "notes")
    d.save(out)


def to_json(store: Store, sha: str, out: str | Path) -> None:
    write_bundle(build_bundle(store, sha, ("note",), "notes"), out)
