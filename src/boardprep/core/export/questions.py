"""Questions to ask, grouped by item in agenda order: md, csv, json (bundle), docx."""

from __future__ import annotations

import csv
from pathlib import Path

from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.export.common import (
    grouped,
    item_label,
    meeting_heading,
    member_name,
    spreadsheet_safe,
)
from boardprep.core.export.output import step
from boardprep.core.pageref import PageNames
from boardprep.core.store import Store

# "page" is the page as the member reads it: "37", or "37 (#41)" where the PDF's own differs.
CSV_COLUMNS = ["item", "item_title", "order", "question", "status", "asker", "answer", "page",
               "source"]  # fmt: skip


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    names = PageNames.of(tree)
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
                extra.append(names.words(q.page, q.pack_page))
            lines.append(f"{i}. {q.text} _({', '.join(extra)})_")
            if q.answer:
                lines.append(f"   - Answer: {q.answer}")
        lines.append("")
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def to_csv(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    names = PageNames.of(tree)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        done = 0
        questions = store.questions(sha)
        for number, title, qs in grouped(tree, questions):
            for i, q in enumerate(qs, 1):
                row = [number or "", title, i, q.text, q.status, q.asker or "", q.answer or "",
                       names.label(q.page, q.pack_page), q.source or ""]  # fmt: skip
                w.writerow([spreadsheet_safe(c) for c in row])
            done += len(qs)
            step(done, len(questions), "questions")


def to_json(store: Store, sha: str, out: str | Path) -> None:
    write_bundle(build_bundle(store, sha, ("question",), "questions"), out)


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.docxfast import DocxWriter, xml_safe

    tree = store.tree(sha)
    names = PageNames.of(tree)
    d = DocxWriter()
    d.heading(f"Questions — {meeting_heading(tree.meeting)}", 1)
    who = member_name(store)
    if who:
        d.paragraph(f"From: {who}")
    questions = store.questions(sha)
    done = 0
    for number, title, qs in grouped(tree, questions):
        d.heading(item_label(number, title), 2)
        for q in qs:
            p = d.paragraph(q.text, "List Number")
            meta = q.status + (f", asked by {q.asker}" if q.asker else "")
            if q.page:
                meta += ", " + names.words(q.page, q.pack_page)
            p.add_run(xml_safe(f"  ({meta})")).italic = True
            if q.answer:
                d.paragraph(f"Answer: {q.answer}")
            done += 1
            if done % 500 == 0:
                step(done, len(questions), "questions")
    d.save(out)
