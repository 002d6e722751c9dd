from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from boardprep.core.model import AgendaTree

ROOT = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, tmp_path: Path, pack: Path, tree: AgendaTree) -> None:
        tmp_path.mkdir(exist_ok=True)
        self.data = tmp_path / "data"
        self.trees = tmp_path / "trees"
        self.trees.mkdir()
        (self.trees / f"{tree.pack.sha256}.json").write_text(
            json.dumps(tree.to_json(with_labels=True))
        )
        self.pack = str(pack)

    def __call__(self, *argv: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "BOARDPREP_TEST_TREES": str(self.trees)}
        env.pop("BOARDPREP_DATA_DIR", None)
        cmd = [sys.executable, "-m", "tests.store.cli_driver", *argv, "--data-dir", str(self.data)]
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def cli(tmp_path: Path, pack1: tuple[Path, AgendaTree]) -> Cli:
    return Cli(tmp_path, *pack1)


def test_add_list_and_renamed_copy(cli: Cli, tmp_path: Path) -> None:
    r = cli("add", "note", cli.pack, "--item", "4", "--text", "Bridge phasing?", "--page", "6")
    assert r.returncode == 0, r.stderr
    note = json.loads(r.stdout)
    assert (note["kind"], note["item"], note["page"], note["pack_page"]) == ("note", "4", 6, 4)
    r = cli("add", "question", cli.pack, "--item", "Item 6", "--text", "Saturday hours?",
            "--status", "ready", "--asker", "Cllr Ng")  # fmt: skip
    q = json.loads(r.stdout)
    assert (q["item"], q["status"], q["asker"]) == ("6", "ready", "Cllr Ng")
    r = cli("add", "declaration", cli.pack, "--item", "5", "--text", "I rent a garage",
            "--interest", "pecuniary", "--withdraw", "yes")  # fmt: skip
    d = json.loads(r.stdout)
    assert (d["interest"], d["nature"], d["withdraw"]) == ("pecuniary", "I rent a garage", True)

    listed = json.loads(cli("list", cli.pack, "--json").stdout)
    assert [i["number"] for i in listed["items"]] == ["4", "5", "6"]
    assert listed["items"][0]["notes"][0]["text"] == "Bridge phasing?"
    human = cli("list", cli.pack).stdout
    assert "Item 4: Riverside Regeneration Scheme" in human
    assert "declaration" in human and "Disclosable pecuniary interest: I rent a garage" in human

    copy = tmp_path / "renamed copy.pdf"
    shutil.copy(cli.pack, copy)
    assert json.loads(cli("list", str(copy), "--json").stdout)["items"] == listed["items"]


def test_usage_errors_exit_2(cli: Cli) -> None:
    r = cli("add", "note", cli.pack, "--item", "42", "--text", "x")
    assert r.returncode == 2 and "valid items: 1, 2, 3, 4, 5, 6" in r.stderr
    r = cli("add", "declaration", cli.pack, "--item", "5", "--text", "x")
    assert r.returncode == 2 and "--interest" in r.stderr
    r = cli("export", cli.pack, "--what", "declarations", "--format", "csv", "-o", "x.csv")
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "boardprep: declarations cannot be exported as csv; valid formats for declarations: "
        "pdf, docx, md"
    )


def test_unreadable_pack_exits_1_without_traceback(cli: Cli, tmp_path: Path) -> None:
    fake = tmp_path / "agenda.pdf"
    fake.write_text("<html>not a pdf</html>")
    r = cli("list", str(fake))
    assert r.returncode == 1 and r.stderr.startswith("boardprep: cannot open")
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = cli("list", str(tmp_path / "missing.pdf"))
    assert r.returncode == 1 and "no such file" in r.stderr


def test_export_search_and_import(cli: Cli, tmp_path: Path) -> None:
    cli("add", "question", cli.pack, "--item", "4", "--text", "Who pays for the footbridge?")
    out = tmp_path / "q.docx"
    r = cli("export", cli.pack, "--what", "questions", "--format", "docx", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Who pays for the footbridge?" in [p.text.split("  (")[0] for p in
                                               docx.Document(str(out)).paragraphs]  # fmt: skip

    r = cli("search", cli.pack, "footbridge", "--json")
    hits = json.loads(r.stdout)["hits"]
    assert {(h["kind"], h["pdf_page"]) for h in hits} == {("question", None), ("pack", 6)}
    r = cli("search", cli.pack, '"footbridge*')  # FTS syntax is taken as plain text
    assert r.returncode == 0 and "p. 4 (#6)" in r.stdout

    bundle = tmp_path / "q.json"
    cli("export", cli.pack, "--what", "questions", "--format", "json", "-o", str(bundle))
    other = Cli(tmp_path / "clerk", Path(cli.pack), _tree_of(cli))
    first = other("import", str(bundle))
    assert first.returncode == 0 and "imported from q.json: 1 question" in first.stdout
    second = other("import", str(bundle))
    assert "nothing new" in second.stdout and "1 already present" in second.stdout
    listed = json.loads(other("list", cli.pack, "--json").stdout)
    assert listed["items"][0]["questions"][0]["source"] == "q.json"


def _tree_of(cli: Cli) -> AgendaTree:
    (tree_file,) = cli.trees.iterdir()
    return AgendaTree.from_json(json.loads(tree_file.read_text()))
