"""Write manifest.json: one line per real pack (source, publisher, kind) and its split.

    python benchmarks/realpacks/manifest.py

The split is by publisher, decided by a hash of its name before anyone looked at the
engine's result on it: about one publisher in three is ``holdout`` (never tuned on; looked
at only to report), the rest ``dev``. All packs of one publisher share a split, so a fix
for one council's layout cannot flatter the held-out score through its sibling packs.
A truth file can also name its split itself: packs added late from publishers already in
``dev`` are ``holdout`` when nobody tuned on them (a weaker test: the layout family is known).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


# Publishers the engine was tuned on before the split existed: dev, whatever their hash.
TUNED_FIRST = {"hawke's bay district health board", "township of north dumfries"}


def split_of(publisher: str) -> str:
    if publisher.strip().lower() in TUNED_FIRST:
        return "dev"
    digest = hashlib.sha256(publisher.strip().lower().encode()).digest()
    return "holdout" if digest[0] % 3 == 0 else "dev"


def main() -> int:
    packs = []
    for f in sorted((HERE / "truth").glob("*.json")):
        t = json.loads(f.read_text())
        src = t["source"]
        packs.append(
            {
                "id": t["id"],
                # A truth file may say "holdout" itself: a pack added after the engine was
                # tuned on its publisher's other packs, kept unseen.
                "split": t.get("split") or split_of(t.get("publisher", "")),
                "publisher": t.get("publisher"),
                "country": t.get("country"),
                "kind": t.get("kind"),
                "pages": t.get("pages"),
                "repo": src.get("repo"),
                "commit": src.get("commit"),
                "path": src.get("path"),
                "sha256": src.get("sha256"),
                "assembled": bool(src.get("parts")),
            }
        )
    out = {"packs": packs}
    (HERE / "manifest.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    by = {s: sum(p["split"] == s for p in packs) for s in ("dev", "holdout")}
    pubs = len({p["publisher"] for p in packs})
    print(f"{len(packs)} packs, {pubs} publishers: {by['dev']} dev, {by['holdout']} holdout")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
