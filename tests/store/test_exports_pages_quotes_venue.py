"""Exports on a pack whose printed page numbers are not the PDF's own (the papers' "Page 1" is
the PDF's third page): every page as printed with the PDF's own in brackets, quotes re-flowed,
and the venue without the contact officer's phone, e-mail or web address."""

from __future__ import annotations

import csv
from pathlib import Path

import pymupdf
import pytest

from boardprep.commands.list import collect, render
from boardprep.core.export import export
from boardprep.core.store import Store
from tests.store.fixtures import ISSUE_1, build_pack

VENUE = (
    "Civic Hall, High Street, Wexcombe WX1 2AB. Contact: Jo Bloggs, Tel: 01234 567890, "
    "jo.bloggs@wexcombe.gov.uk, www.wexcombe.gov.uk"
)
CUT_QUOTE = "the footbridge con-\ntract will be let\nin two phases"
FLOWED = "the footbridge contract will be let in two phases"


@pytest.fixture
def pack(store: Store, tmp_path: Path) -> tuple[Store, str]:
    path = tmp_path / "cabinet-pack.pdf"
    tree = build_pack(path, ISSUE_1)
    tree.meeting.venue = VENUE
    assert tree.label_for(6) == 4  # physical page 6 prints "Page 4"
    store.register_pack(tree, str(path))
    sha = tree.pack.sha256
    store.add_note(sha, "4", CUT_QUOTE, page=6, rect=(100, 120, 120, 140), quote=CUT_QUOTE)
    store.add_note(sha, "4", "Phasing looks risky", page=7, quote="two\nphases")
    store.add_question(sha, "4", "Who pays for the footbridge?", page=6)
    store.add_highlight(sha, 6, [(60, 60, 200, 60, 60, 75, 200, 75)], CUT_QUOTE, item="4")
    return store, sha


def _pdf_text(path: Path) -> str:
    with pymupdf.open(str(path)) as doc:
        return " ".join(" ".join(p.get_text().split()) for p in doc)


def _no_contact(text: str) -> None:
    for tail in ("01234", "Tel", "jo.bloggs", "www.", "Contact"):
        assert tail not in text, tail


def test_brief_pdf_and_md(pack: tuple[Store, str], tmp_path: Path) -> None:
    store, sha = pack
    export(store, sha, "brief", "pdf", tmp_path / "b.pdf")
    text = _pdf_text(tmp_path / "b.pdf")
    assert "pages 3–5 (#5–7)" in text  # item 4: printed 3-5, the PDF's pages 5-7
    assert f"“{FLOWED}” (page 4 (#6))" in text
    assert "Phasing looks risky “two phases” (page 5 (#7))" in text
    assert "Civic Hall, High Street, Wexcombe WX1 2AB" in text
    _no_contact(text)

    export(store, sha, "brief", "md", tmp_path / "b.md")
    md = (tmp_path / "b.md").read_text()
    assert "_Pages 3–5 (#5–7)_" in md and f"- Note: “{FLOWED}” (page 4 (#6))" in md
    assert "Civic Hall, High Street, Wexcombe WX1 2AB" in md
    _no_contact(md)


def test_notes_and_questions(pack: tuple[Store, str], tmp_path: Path) -> None:
    store, sha = pack
    export(store, sha, "notes", "md", tmp_path / "n.md")
    md = (tmp_path / "n.md").read_text()
    assert f"> {FLOWED}\n\nPage 4 (#6)" in md  # a quote with no words of the member's own
    assert "> two phases\n\nPhasing looks risky — page 5 (#7)" in md
    assert "con-\n" not in md

    export(store, sha, "questions", "md", tmp_path / "q.md")
    assert "Who pays for the footbridge? _(draft, page 4 (#6))_" in (tmp_path / "q.md").read_text()
    export(store, sha, "questions", "csv", tmp_path / "q.csv")
    (row,) = csv.DictReader((tmp_path / "q.csv").open(encoding="utf-8"))
    assert row["page"] == "4 (#6)"


def test_annotated_pdf_carries_the_quote_re_flowed(pack: tuple[Store, str], tmp_path: Path) -> None:
    store, sha = pack
    pdf = store.pack_paths(sha)[0]
    export(store, sha, "annotated-pdf", "pdf", tmp_path / "a.pdf", pack_path=pdf)
    with pymupdf.open(str(tmp_path / "a.pdf")) as doc:
        contents = {(a.type[1], a.info["content"]) for a in doc[5].annots()}
    assert ("Highlight", FLOWED) in contents and ("Text", FLOWED) in contents


def test_minutes_calendar_and_cli_list(pack: tuple[Store, str], tmp_path: Path) -> None:
    store, sha = pack
    export(store, sha, "minutes", "md", tmp_path / "m.md")
    md = (tmp_path / "m.md").read_text()
    assert "Venue: Civic Hall, High Street, Wexcombe WX1 2AB" in md
    _no_contact(md)
    export(store, sha, "ics", "ics", tmp_path / "m.ics")
    ics = (tmp_path / "m.ics").read_text()
    assert "LOCATION:Civic Hall\\, High Street\\, Wexcombe WX1 2AB" in ics
    _no_contact(ics)

    text = render(collect(store, sha), store.tree(sha))
    assert f"(page 4 (#6)): “{FLOWED}”" in text
    assert f"highlight #1 (page 4 (#6)): {FLOWED}" in text
