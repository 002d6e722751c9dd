"""Declarations of interest as the clerk's form (pdf, docx, md) with the words to say."""

from __future__ import annotations

from pathlib import Path

from boardprep.core.export.common import (
    grouped,
    interest_words,
    is_nhs,
    meeting_heading,
    member_name,
)
from boardprep.core.export.output import step
from boardprep.core.export.pdfdoc import esc, table_blocks, write_pdf
from boardprep.core.model import Meeting
from boardprep.core.store import Declaration, Store

COLUMNS = ["Item", "Type of interest", "Description", "Withdraw (Y/N)", "Dispensation"]

_ARTICLE = {
    "pecuniary": "a disclosable pecuniary interest",
    "other-registrable": "an other registrable interest",
    "non-registrable": "a non-registrable interest",
    "other": "an interest",
}
_NHS_ARTICLE = {
    "pecuniary": "a financial interest",
    "other-registrable": "a non-financial professional interest",
    "non-registrable": "a non-financial personal interest",
    "other": "an indirect interest",
}


# The intended actions the app offers (domain §9), as the member says them.
_ACTION_WORDS = {
    "remain": "I will remain in the meeting.",
    "speak then withdraw": "I will speak as a member of the public may, then leave the room "
    "for the discussion and vote.",
    "withdraw": "I will leave the room and take no part in the discussion or vote.",
    "not vote": "I will take part in the discussion but not vote.",
}


# Words that start a description but read lower case after "as" (names keep their capitals).
_COMMON_STARTS = {"my", "a", "an", "the", "trustee", "director", "member", "employee", "owner",
                  "shareholder", "governor", "chair", "landlord", "tenant", "partner"}  # fmt: skip


def _mid_sentence(text: str) -> str:
    """'My spouse works…' reads 'as my spouse works…'; 'Wexcombe Trust…' stays as typed."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON_STARTS and first[:1].isupper() and first[1:].islower():
        return text[:1].lower() + text[1:]
    return text


def sentence(d: Declaration, meeting: Meeting) -> str:
    """What the member will say when the chair calls for declarations."""
    kind = (_NHS_ARTICLE if is_nhs(meeting) else _ARTICLE).get(d.interest, "an interest")
    item = f"item {d.item}" if d.item else "an item"
    title = f" ({d.item_title})" if d.item_title else ""
    nature = _mid_sentence(d.nature.strip().rstrip("."))
    if d.sensitive:
        nature = "a sensitive interest (details withheld)"
    said = f"I declare {kind} in {item}{title} as {nature}."
    action = (d.action or "").strip().rstrip(".").lower()
    if d.dispensation:
        said += f" I hold a dispensation ({d.dispensation.strip().rstrip('.')}) and will take part."
    elif action in _ACTION_WORDS:
        said += " " + _ACTION_WORDS[action]
    elif d.withdraw:
        said += " " + _ACTION_WORDS["withdraw"]
    elif action:
        said += f" I will {action}."
    else:
        said += " " + _ACTION_WORDS["remain"]
    return said


def _rows(store: Store, sha: str) -> list[tuple[Declaration, list[str]]]:
    tree = store.tree(sha)
    out = []
    for number, title, decls in grouped(tree, store.declarations(sha)):
        for d in decls:
            item = f"{number} {title}" if number else title
            desc = "Sensitive interest (details withheld)" if d.sensitive else d.nature
            row = [item, interest_words(d.interest, tree.meeting), desc,
                   "Y" if d.withdraw else "N", d.dispensation or "None"]  # fmt: skip
            out.append((d, row))
    return out


def to_pdf(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    member = member_name(store) or "________________________"
    rows = _rows(store, sha)
    parts = [
        "<h1>Declarations of interest</h1>",
        f"<p><b>Meeting:</b> {esc(meeting_heading(tree.meeting))}</p>",
        f"<p><b>Member:</b> {esc(member)}</p>",
    ]
    header = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in COLUMNS) + "</tr>"
    cells = ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for _d, row in rows]
    if not rows:
        cells.append(f"<tr><td colspan='{len(COLUMNS)}'>No interests to declare.</td></tr>")
    parts += table_blocks(header, cells)
    parts.append("<h2>What I will say</h2>")
    parts += [f"<p>{esc(sentence(d, tree.meeting))}</p>" for d, _ in rows]
    parts.append("<p class='small'>Signed: ____________________ Date: ____________</p>")
    write_pdf(parts, out, title="Declarations of interest")


def to_docx(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    rows = _rows(store, sha)
    from boardprep.core.export.docxfast import DocxWriter

    doc = DocxWriter()
    doc.heading("Declarations of interest", 1)
    doc.paragraph(f"Meeting: {meeting_heading(tree.meeting)}")
    doc.paragraph(f"Member: {member_name(store) or '________________________'}")
    table = doc.table(COLUMNS)
    for i, (_d, row) in enumerate(rows, 1):
        table.row(row)
        if i % 500 == 0:
            step(i, 2 * len(rows), "declarations")
    doc.heading("What I will say", 2)
    for i, (d, _) in enumerate(rows, 1):
        doc.paragraph(sentence(d, tree.meeting))
        if i % 500 == 0:
            step(len(rows) + i, 2 * len(rows), "declarations")
    doc.save(out)


def to_md(store: Store, sha: str, out: str | Path) -> None:
    tree = store.tree(sha)
    rows = _rows(store, sha)
    lines = [
        "# Declarations of interest",
        "",
        f"Meeting: {meeting_heading(tree.meeting)}  ",
        f"Member: {member_name(store) or '________________________'}",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for _, row in rows]
    lines += ["", "## What I will say", ""]
    lines += [f"- {sentence(d, tree.meeting)}" for d, _ in rows]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
