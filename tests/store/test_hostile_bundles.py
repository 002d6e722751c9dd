"""Crafted hostile bundles through ``boardprep import``: each is refused with one line on stderr
and exit status 1, or imports correctly; never a traceback, never a hang.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pymupdf
import pytest

from boardprep import cli
from boardprep.core import bundle_schema
from boardprep.core.export import export
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from tests.store.fixtures import ISSUE_1, build_pack

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path, AgendaTree]:
    """A good questions bundle from Cllr Ng (with a note and a highlight for geometry)."""
    tmp = tmp_path_factory.mktemp("hostile")
    path = tmp / "pack.pdf"
    tree = build_pack(path, ISSUE_1)
    sha = tree.pack.sha256
    with Store(tmp / "ng") as ng:
        ng.set_setting("member_name", "Cllr Ng")
        ng.register_pack(tree, str(path))
        ng.add_question(sha, "4", "Who maintains the footbridge?")
        ng.add_question(sha, "6", "Are Saturday hours protected?")
        ng.add_note(sha, "4", "Phasing", page=6, rect=(10, 10, 50, 30))
        ng.add_highlight(sha, 6, [(1, 2, 3, 4, 5, 6, 7, 8)], "phases")
        export(ng, sha, "everything", "json", tmp / "all.json")
    data = json.loads((tmp / "all.json").read_text())
    data["kind"] = "questions"
    return data, path, tree


def _q(d: dict[str, Any]) -> dict[str, Any]:
    return d["records"]["questions"][0]


def _set(fn: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def mutate(d: dict[str, Any]) -> dict[str, Any]:
        fn(d)
        return d

    return mutate


def _nest(depth: int) -> dict[str, Any]:
    item: dict[str, Any] = {"number": "1", "title": "t"}
    for _ in range(depth):
        item = {"number": "1", "title": "t", "children": [item]}
    return item


def _raw(d: dict[str, Any], key: str, literal: str) -> str:
    """The bundle's JSON with the first note's ``key`` replaced by a raw JSON literal."""
    d["records"]["notes"][0][key] = "@@RAW@@"
    return json.dumps(d).replace('"@@RAW@@"', literal)


# (name, mutate the good bundle -> JSON value, or raw bytes; expected stderr words or None=ok)
REFUSED: list[tuple[str, Any, str]] = [
    ("not json", b"{nope", "not valid JSON"),
    ("empty", b"", "empty"),
    ("binary", b"\xff\xfe\x00garbage", "not text in UTF-8"),
    ("top-level list", lambda d: [d], "not a boardprep bundle"),
    ("top-level string", lambda d: json.dumps("hello"), "not a boardprep bundle"),
    ("no format", _set(lambda d: d.pop("format")), "not a boardprep bundle"),
    ("version 2", _set(lambda d: d.update(version=2)), "version 2, made by a newer boardprep"),
    ("version text", _set(lambda d: d.update(version="1")), "version must be a whole number"),
    ("version huge", _set(lambda d: d.update(version=10**200)), "out of range"),
    ("version negative", _set(lambda d: d.update(version=-1)), "unknown boardprep"),
    ("odd kind", _set(lambda d: d.update(kind="takeover")), "not one boardprep makes"),
    ("no pack", _set(lambda d: d.pop("pack")), "names no pack"),
    ("pack a list", _set(lambda d: d.update(pack=[1])), "names no pack"),
    ("sha number", _set(lambda d: d["pack"].update(sha256=12)), "not a SHA-256"),
    ("no tree", _set(lambda d: d["pack"].pop("tree")), "must be an object, not null"),
    (
        "tree of another pack",
        _set(lambda d: d["pack"]["tree"]["pack"].update(sha256="0" * 64)),
        "belongs to another pack",
    ),
    ("pages huge", _set(lambda d: d["pack"]["tree"]["pack"].update(pages=10**30)), "out of range"),
    ("items a dict", _set(lambda d: d["pack"]["tree"].update(items={"a": 1})), "must be a list"),
    (
        "item number int",
        _set(lambda d: d["pack"]["tree"]["items"][0].update(number=7)),
        "number must be text",
    ),
    (
        "item not object",
        _set(lambda d: d["pack"]["tree"]["items"].append("x")),
        "must be an object",
    ),
    (
        "item pages reversed",
        _set(lambda d: d["pack"]["tree"]["items"][3].update(pdf_pages=[9, 2])),
        "not pages of the pack",
    ),
    (
        "deep agenda",
        _set(lambda d: d["pack"]["tree"]["items"].append(_nest(40))),
        "nested more than",
    ),
    (
        "deep json",
        b'{"format": "boardprep-bundle", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
        "nested too deeply",
    ),
    (
        "huge integer",
        lambda d: _raw(d, "page", "9" * 5000),
        "thousands of digits",
    ),
    (
        "page out of range",
        _set(lambda d: d["records"]["notes"][0].update(page=10**12)),
        "out of range",
    ),
    ("page zero", _set(lambda d: d["records"]["highlights"][0].update(page=0)), "out of range"),
    ("records a list", _set(lambda d: d.update(records=[1, 2])), "records must be an object"),
    (
        "questions a dict",
        _set(lambda d: d["records"].update(questions={"a": 1})),
        "records.questions must be a list",
    ),
    (
        "record a string",
        _set(lambda d: d["records"]["questions"].append("DROP TABLE")),
        "question 3: it must be an object, not text",
    ),
    ("record null", _set(lambda d: d["records"]["questions"].append(None)), "not null"),
    ("record a list", _set(lambda d: d["records"]["notes"].append([1, 2])), "not a list"),
    ("text a number", _set(lambda d: _q(d).update(text=42)), "text must be text, not a number"),
    ("text an object", _set(lambda d: _q(d).update(text={"$gt": ""})), "not an object"),
    ("no text", _set(lambda d: _q(d).pop("text")), "question 1: it has no text"),
    ("uid an object", _set(lambda d: _q(d).update(uid={"a": 1})), "uid must be text"),
    ("item a list", _set(lambda d: _q(d).update(item=["4"])), "item must be text"),
    (
        "withdraw text",
        _set(
            lambda d: d["records"]["declarations"].append(
                {"item": "5", "interest": "other", "nature": "x", "withdraw": "yes"}
            )
        ),
        "withdraw must be true or false",
    ),
    (
        "rect NaN",
        lambda d: _raw(d, "rect", "[NaN, 1, 2, 3]"),
        "NaN is not a number JSON allows",
    ),
    (
        "rect strings",
        _set(lambda d: d["records"]["notes"][0].update(rect=["a", "b", "c", "d"])),
        "rect must be a list of 4 numbers",
    ),
    (
        "rect short",
        _set(lambda d: d["records"]["notes"][0].update(rect=[1, 2])),
        "rect must be a list of 4 numbers",
    ),
    (
        "rect upside down",
        _set(lambda d: d["records"]["notes"][0].update(rect=[50, 50, 10, 10])),
        "upside down",
    ),
    (
        "rect huge",
        _set(lambda d: d["records"]["notes"][0].update(rect=[0, 0, 1e300, 1])),
        "outside the page",
    ),
    (
        "quads odd",
        _set(lambda d: d["records"]["highlights"][0].update(quads=[[1, 2, 3]])),
        "quads must be a list of 8 numbers",
    ),
    (
        "quads missing",
        _set(lambda d: d["records"]["highlights"][0].pop("quads")),
        "it has no quads",
    ),
    (
        "quads a string",
        _set(lambda d: d["records"]["highlights"][0].update(quads="x")),
        "quads must be a list",
    ),
    (
        "text too long",
        _set(lambda d: _q(d).update(text="x" * (bundle_schema.MAX_TEXT + 1))),
        "longer than",
    ),
]

IMPORTED: list[tuple[str, Any, Callable[[Store, str, str], None]]] = []


def _write(tmp_path: Path, data: Any, base_data: dict[str, Any]) -> Path:
    out = tmp_path / "b.json"
    if isinstance(data, bytes):
        out.write_bytes(data)
        return out
    value = data(copy.deepcopy(base_data)) if callable(data) else data
    out.write_text(value if isinstance(value, str) else json.dumps(value, indent=2))
    return out


def _import(path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    start = time.perf_counter()
    code = cli.main(["--data-dir", str(data_dir), "import", str(path)])
    assert time.perf_counter() - start < 30
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("name", "data", "words"), REFUSED, ids=[r[0] for r in REFUSED])
def test_hostile_bundle_is_refused_in_one_line(
    name: str, data: Any, words: str, base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, data, base[0])
    code, out, err = _import(path, tmp_path / "data", capsys)
    assert code == 1, (name, out, err)
    assert err.count("\n") == 1 and err.startswith("boardprep: cannot import b.json: "), err
    assert words in err, err
    assert "Traceback" not in err and out == ""
    sha = base[2].pack.sha256
    with Store(tmp_path / "data") as s:  # nothing was written
        assert not s.has_pack(sha)


def test_nul_bytes_and_control_characters_are_cleaned(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    _q(data).update(text="Who\x00 pays\x07 for\x1b[31m it?\r\nAnd \ud800when?\x7f", asker="A\x00B")
    data["member"] = "Cllr\x00 Ng\n\t(evil)"
    path = _write(tmp_path, data, {})
    code, _out, err = _import(path, tmp_path / "data", capsys)
    assert code == 0 and err == "", err
    sha = base[2].pack.sha256
    with Store(tmp_path / "data") as s:
        q = s.questions(sha, "4")[0]
        assert q.text == "Who pays for[31m it?\nAnd \ufffdwhen?"
        assert q.asker == "AB" and q.source == "Cllr Ng (evil)"
        # Later exports of the imported words still work (Word and annotated PDF).
        export(s, sha, "questions", "docx", tmp_path / "q.docx")
        export(s, sha, "notes", "docx", tmp_path / "n.docx")
        export(s, sha, "annotated-pdf", "pdf", tmp_path / "a.pdf", pack_path=str(base[1]))
    assert "Who pays" in "\n".join(
        p.text for p in docx.Document(str(tmp_path / "q.docx")).paragraphs
    )
    with pymupdf.open(tmp_path / "a.pdf") as doc:
        assert doc.page_count == base[2].pack.pages


def test_unknown_version_items_and_kinds(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    _q(data)["item"] = "42"
    data["records"]["polls"] = [{"x": 1}]
    data["records"]["questions"][1]["mood"] = "cross"
    data["signature"] = "trust me"
    code, out, err = _import(_write(tmp_path, data, {}), tmp_path / "data", capsys)
    assert code == 0 and err == ""
    assert (
        "note: 1 record name items this pack's agenda does not have: kept as unplaced (42)" in out
    )
    assert "polls" in out and "mood" in out and "signature" in out


def test_backup_from_another_member_stays_theirs(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    data["kind"] = "backup"
    data["records"]["declarations"] = [{"item": "5", "interest": "pecuniary", "nature": "garage",
                                        "withdraw": True, "uid": "d-1"}]  # fmt: skip
    with Store(tmp_path / "data") as s:
        s.set_setting("member_name", "Cllr Amberley")
    code, out, err = _import(_write(tmp_path, data, {}), tmp_path / "data", capsys)
    assert code == 0 and err == ""
    first = out.splitlines()[0]
    assert first.startswith("imported from Cllr Ng: ")
    assert all(w in first for w in ("2 questions", "1 note", "1 highlight"))
    assert "this backup was made by Cllr Ng, not by you" in out
    assert "1 declaration of interest from Cllr Ng not imported" in out
    sha = base[2].pack.sha256
    with Store(tmp_path / "data") as s:
        assert {q.source for q in s.questions(sha)} == {"Cllr Ng"}
        assert {n.source for n in s.notes(sha)} == {"Cllr Ng"}
        assert s.declarations(sha) == []


def test_duplicate_uids_bom_and_surprises_import_once(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    data["records"]["questions"].append(copy.deepcopy(_q(data)))  # same uid twice
    path = tmp_path / "b.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    code, out, _ = _import(path, tmp_path / "data", capsys)
    assert code == 0 and "1 already present" in out


def test_limits_refuse_big_files_without_reading_them(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_schema, "MAX_BYTES", 1000)
    code, _, err = _import(_write(tmp_path, lambda d: d, base[0]), tmp_path / "data", capsys)
    assert code == 1 and "larger than" in err
    monkeypatch.setattr(bundle_schema, "MAX_BYTES", 10**9)
    monkeypatch.setattr(bundle_schema, "MAX_CONTAINERS", 10)
    code, _, err = _import(_write(tmp_path, lambda d: d, base[0]), tmp_path / "data", capsys)
    assert code == 1 and "far more values" in err
    monkeypatch.setattr(bundle_schema, "MAX_CONTAINERS", 10**7)
    monkeypatch.setattr(bundle_schema, "MAX_RECORDS", 2)
    code, _, err = _import(_write(tmp_path, lambda d: d, base[0]), tmp_path / "data", capsys)
    assert code == 1 and "more than 2 records" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "b.json"
    os.mkfifo(fifo)
    code, _, err = _import(fifo, tmp_path / "data", capsys)
    assert code == 1 and "not a regular file" in err
    code, _, err = _import(tmp_path, tmp_path / "data", capsys)
    assert code == 1 and "folder" in err
    code, _, err = _import(tmp_path / "missing.json", tmp_path / "data", capsys)
    assert code == 1 and "no such file" in err


def test_real_process_gives_one_line_and_no_traceback(base, tmp_path: Path) -> None:
    """The CLI as a member runs it, on a few of the bundles above."""
    for name, data, _words in REFUSED[:: max(1, len(REFUSED) // 4)]:
        path = _write(tmp_path, data, base[0])
        proc = subprocess.run(
            [sys.executable, "-m", "boardprep", "--data-dir", str(tmp_path / "d"), "import",
             str(path)],
            capture_output=True, text=True, timeout=30, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )  # fmt: skip
        assert proc.returncode == 1, (name, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_a_bundles_pack_path_is_never_kept(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    data["pack"]["tree"]["pack"]["path"] = "\\\\attacker.example\\share\\pack.pdf"
    data["pack"]["paths"] = ["\\\\attacker.example\\share\\pack.pdf", "/etc/passwd"]
    code, _, _ = _import(_write(tmp_path, data, {}), tmp_path / "data", capsys)
    assert code == 0
    with Store(tmp_path / "data") as s:
        sha = base[2].pack.sha256
        assert s.tree(sha).pack.path == "pack.pdf"
        assert s.pack_paths(sha) == []


def test_many_problems_are_counted_not_listed(
    base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(base[0])
    data["records"]["questions"] = [{"item": "4"}] * 5000
    code, _, err = _import(_write(tmp_path, data, {}), tmp_path / "data", capsys)
    assert code == 1
    assert "question 1: it has no text (and 4,999 more problems); nothing was imported" in err
