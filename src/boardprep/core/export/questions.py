"""Questions to ask, grouped by item in agenda order: md, csv, json (bundle), docx."""

from __future__ import annotations

import csv
from pathlib import Path

import docx

from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.export.common import grouped, item_label, meeting_heading, member_name
from boardprep.core.store import Store

CSV_COLUMNS = ["item", "item_title", "order", "question", "status", "asker", "answer", "page",
               "source"]  # fmt: skip


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    lines = [f"# Questions — {meeting_heading(tree.meeting)}", ""]
    who = member_name(store)
    if who:
        lines += [f"From: {who}", ""]
    for number, title, qs in grouped(tree, store.questions(sha)):
        lines += [f"## {item_label(number, title)}", ""]
        for i, q in enumerate(qs, 1):
            extra = [q.status]
            if q.asker:
                extra.append(f"asked by {q.asker}")
            if q.page:
                extra.append(f"p. {q.page}")
            lines.append(f"{i}. {q.text} _({', '.join(extra)})_")
            if q.answer:
                lines.append(f"   - Answer: {q.answer}")
        lines.append("")
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def to_csv(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for number, title, qs in grouped(tree, store.questions(sha)):
            for i, q in enumerate(qs, 1):
                w.writerow([number or "", title, i, q.text, q.status, q.asker or "",
                            q.answer or "", q.page or "", q.source or ""])  # fmt: skip


def to_json(store: Store, sha: str, out: str | Path) -> None:
    write_bundle(build_bundle(store, sha, ("question",), "questions"), out)


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    d = docx.Document()
    d.add_heading(f"Questions — {meeting_heading(tree.meeting)}", level=1)
    who = member_name(store)
    if who:
        d.add_paragraph(f"From: {who}")
    for number, title, qs in grouped(tree, store.questions(sha)):
        d.add_heading(item_label(number, title), level=2)
        for q in qs:
            p = d.add_paragraph(q.text, style="List Number")
            meta = q.status + (f", asked by {q.asker}" if q.asker else "")
            p.add_run(f"  ({meta})").italic = True
            if q.answer:
                d.add_paragraph(f"Answer: {q.answer}")
    d.save(str(out))
