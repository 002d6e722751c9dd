"""Subprocess for the kill test: adds notes forever, printing each id once it is committed."""

from __future__ import annotations

import json
import sys

from boardprep.core.model import AgendaTree
from boardprep.core.store import Store


def main() -> None:
    data_dir, tree_file = sys.argv[1], sys.argv[2]
    with open(tree_file, encoding="utf-8") as fh:
        tree = AgendaTree.from_json(json.load(fh))
    store = Store(data_dir)
    store.register_pack(tree, tree.pack.path)
    sha = tree.pack.sha256
    i = 0
    while True:
        i += 1
        note = store.add_note(sha, "4", f"note number {i} " + "words " * 50)
        print(note.id, flush=True)  # printed only after the transaction committed


if __name__ == "__main__":
    main()
