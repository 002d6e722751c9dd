"""Subprocess for the kill tests: writes forever, printing each write once it is committed.

``notes`` mode adds notes (one id a line). ``mixed`` mode (seeded) mixes what the app does:
notes, item-note edits (autosave), questions and their edits, and imports of 300 questions in
batches (``Store.batched``); a line is printed only after its transaction committed:
``note ID``, ``question ID``, ``edit ITEM N`` (item note now ends with "#N"),
``qedit ID N``, ``import ID ID ...``.
"""

from __future__ import annotations

import json
import random
import sys

from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from boardprep.core.store.db import new_uid, now_iso


def main() -> None:
    data_dir, tree_file = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "notes"
    with open(tree_file, encoding="utf-8") as fh:
        tree = AgendaTree.from_json(json.load(fh))
    store = Store(data_dir)
    store.register_pack(tree, tree.pack.path)
    sha = tree.pack.sha256
    if mode == "mixed":
        mixed(store, sha, random.Random(int(sys.argv[4])))
    i = 0
    while True:
        i += 1
        note = store.add_note(sha, "4", f"note number {i} " + "words " * 50)
        print(note.id, flush=True)  # printed only after the transaction committed


def mixed(store: Store, sha: str, rng: random.Random) -> None:
    items = ["3", "4", "5", "6"]
    n = 0
    questions: list[int] = []
    while True:
        n += 1
        item = rng.choice(items)
        roll = rng.random()
        if roll < 0.25:
            print(f"note {store.add_note(sha, item, f'note {n} ' + 'x' * rng.randint(0, 3000)).id}")
        elif roll < 0.55:
            store.set_item_note(sha, item, f"item note text {'y' * rng.randint(0, 2000)}#{n}")
            print(f"edit {item} {n}")
        elif roll < 0.75:
            q = store.add_question(sha, item, f"question {n}?")
            questions.append(q.id)
            print(f"question {q.id}")
        elif roll < 0.9 and questions:
            qid = rng.choice(questions)
            store.update_question(qid, text=f"question edited #{n}")
            print(f"qedit {qid} {n}")
        else:
            uids = []
            with store.batched(seconds=0.02, pause=0.0) as batch:
                for k in range(300):
                    now = now_iso()
                    uid = new_uid()
                    store.conn.execute(
                        "INSERT INTO questions (uid, sha256, item, item_title, created, updated,"
                        " text, position, source) VALUES (?,?,?,?,?,?,?,?,?)",
                        (uid, sha, item, None, now, now, f"imported {n}.{k}", 1000 + k, "bundle"),
                    )
                    uids.append(uid)
                    batch.tick()
            ids = [
                store.conn.execute("SELECT id FROM questions WHERE uid=?", (u,)).fetchone()[0]
                for u in uids
            ]
            print("import " + " ".join(map(str, ids)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
