"""Runs the real ``boardprep`` CLI in a subprocess with hand-made agenda trees.

The storing verbs are tested apart from the agenda engine: ``analyze_pack`` opens the file with
the real safe opener (so unreadable files fail as in production), then returns the tree stored
for the file's sha256 in $BOARDPREP_TEST_TREES (a directory of tree JSON files).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from boardprep import cli
from boardprep.core.model import AgendaTree
from boardprep.core.pdfopen import open_pack, sha256_file
from boardprep.core.store import packref


def _fake_analyze(path: str, data_dir: str | None) -> AgendaTree:
    open_pack(path).close()
    sha = sha256_file(path)
    tree_file = Path(os.environ["BOARDPREP_TEST_TREES"]) / f"{sha}.json"
    tree = AgendaTree.from_json(json.loads(tree_file.read_text()))
    tree.pack.path = path
    return tree


if __name__ == "__main__":
    packref.analyze_pack = _fake_analyze
    sys.exit(cli.main(sys.argv[1:]))
