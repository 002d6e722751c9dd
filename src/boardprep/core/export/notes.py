"""The member's notes by item: md, docx, json (bundle)."""

from __future__ import annotations

from pathlib import Path

from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.export.common import grouped, item_label, meeting_heading, non_empty_notes
from boardprep.core.export.output import step
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import quote_and_comment
from boardprep.core.store import Note, Store


def _where(n: Note, names: PageNames) -> str:
    """Where the note is: the page as printed, the PDF's own in brackets where it differs."""
    bits = []
    if n.page:
        bits.append(names.words(n.page, n.pack_page))
    if n.carried_from:
        bits.append("carried from an earlier issue")
    return ", ".join(bits)


def _said(n: Note, names: PageNames) -> tuple[str, str]:
    """(the quote re-flowed, the note's own words and where it is): "Ask why — page 37 (#41)"."""
    quote, own = quote_and_comment(n.quote, n.text)
    where = _where(n, names)
    if not own:
        return quote, where[:1].upper() + where[1:]
    return quote, f"{own} — {where}" if where else own


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    names = PageNames.of(tree)
    lines = [f"# Notes — {meeting_heading(tree.meeting)}", ""]
    for number, title, notes in grouped(tree, non_empty_notes(store, sha)):
        lines += [f"## {item_label(number, title)}", ""]
        for n in notes:
            quote, said = _said(n, names)
            if quote:
                lines += [f"> {quote}", ""]  # a blank line ends the quote (else it runs on)
            lines += [said, ""]
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.docxfast import DocxWriter

    tree = store.tree(sha)
    names = PageNames.of(tree)
    d = DocxWriter()
    d.heading(f"Notes — {meeting_heading(tree.meeting)}", 1)
    all_notes = non_empty_notes(store, sha)
    done = 0
    for number, title, notes in grouped(tree, all_notes):
        d.heading(item_label(number, title), 2)
        for n in notes:
            quote, said = _said(n, names)
            if quote:
                d.paragraph(quote, "Quote")
            d.paragraph(said)
            done += 1
            if done % 500 == 0:
                step(done, len(all_notes), "notes")
    d.save(out)


def to_json(store: Store, sha: str, out: str | Path) -> None:
    write_bundle(build_bundle(store, sha, ("note",), "notes"), out)
