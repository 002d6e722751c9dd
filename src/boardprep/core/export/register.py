"""The clerk's question register, and the list councils publish ("Questions put and answers
given"): item in agenda order, numbered per item, asker(s), question, status, answer, who
answers. md, csv, docx, pdf; json is the clerk's bundle back to the members."""

from __future__ import annotations

import csv
from pathlib import Path

from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.export.common import item_label, meeting_heading, spreadsheet_safe
from boardprep.core.export.output import step
from boardprep.core.register import Entry, entries
from boardprep.core.store import Store

TITLE = "Questions put and answers given"
CSV_COLUMNS = ["item", "item_title", "number", "askers", "question", "status", "answer",
               "answered_by", "ids"]  # fmt: skip
STATUS_WORDS = {"ruled-out": "ruled out"}


def _by_item(rows: list[Entry]) -> list[tuple[str | None, str, list[Entry]]]:
    out: list[tuple[str | None, str, list[Entry]]] = []
    for e in rows:
        if out and out[-1][0] == e.item and out[-1][1] == e.item_title:
            out[-1][2].append(e)
        else:
            out.append((e.item, e.item_title, [e]))
    return out


def _status(e: Entry) -> str:
    return STATUS_WORDS.get(e.status, e.status)


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    rows = entries(store, sha)
    lines = [f"# {TITLE} — {meeting_heading(tree.meeting)}", ""]
    if not rows:
        lines.append("No questions.")
    for number, title, group in _by_item(rows):
        lines += [f"## {item_label(number, title)}", ""]
        for e in group:
            lines.append(f"{e.order}. **{'; '.join(e.askers)}**: {e.text} _({_status(e)})_")
            if e.answer:
                by = f" ({e.answered_by})" if e.answered_by else ""
                lines.append(f"   - Answer{by}: {e.answer}")
            elif e.answered_by:
                lines.append(f"   - To be answered by {e.answered_by}")
        lines.append("")
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def to_csv(store: Store, sha: str, out: str | Path) -> None:
    rows = entries(store, sha)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for i, e in enumerate(rows, 1):
            row = [e.item or "", e.item_title, e.order, "; ".join(e.askers), e.text, e.status,
                   e.answer or "", e.answered_by or "", " ".join(map(str, e.ids))]  # fmt: skip
            w.writerow([spreadsheet_safe(c) for c in row])
            if i % 2000 == 0:
                step(i, len(rows), "questions")


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.docxfast import DocxWriter, xml_safe

    tree = store.tree(sha)
    rows = entries(store, sha)
    d = DocxWriter()
    d.heading(TITLE, 1)
    d.paragraph(meeting_heading(tree.meeting))
    if not rows:
        d.paragraph("No questions.")
    for number, title, group in _by_item(rows):
        d.heading(item_label(number, title), 2)
        for e in group:
            p = d.paragraph("")
            p.add_run(xml_safe(f"{e.order}. {'; '.join(e.askers)}: ")).bold = True
            p.add_run(xml_safe(e.text))
            p.add_run(xml_safe(f"  ({_status(e)})")).italic = True
            if e.answer:
                by = f" ({e.answered_by})" if e.answered_by else ""
                d.paragraph(f"Answer{by}: {e.answer}")
            elif e.answered_by:
                d.paragraph(f"To be answered by {e.answered_by}")
    d.save(out)


def to_pdf(store: Store, sha: str, out: str | Path) -> None:
    from boardprep.core.export.pdfdoc import esc, table_blocks, write_pdf

    tree = store.tree(sha)
    rows = entries(store, sha)
    blocks = [f"<h1>{esc(TITLE)}</h1><p>{esc(meeting_heading(tree.meeting))}</p>"]
    if not rows:
        blocks.append("<p>No questions.</p>")
    head = "<tr><th>No.</th><th>Asked by</th><th>Question</th><th>Answer</th></tr>"
    for number, title, group in _by_item(rows):
        blocks.append(f"<h2>{esc(item_label(number, title))}</h2>")
        trs = []
        for e in group:
            answer = e.answer or f"({_status(e)})"
            if e.answered_by:
                answer += f" — {e.answered_by}"
            trs.append(
                f"<tr><td>{e.order}</td><td>{esc('; '.join(e.askers))}</td>"
                f"<td>{esc(e.text)}</td><td>{esc(answer)}</td></tr>"
            )
        blocks += table_blocks(head, trs)
    write_pdf(blocks, out, title=f"{TITLE} — {meeting_heading(tree.meeting)}")


def to_json(store: Store, sha: str, out: str | Path) -> None:
    """The clerk's bundle: every question with its status and answer, for the members."""
    write_bundle(build_bundle(store, sha, ("question",), "questions"), out)
