"""The bundled sample pack: ``python -m tests.packgen.sample resources/sample/sample-pack.pdf``.

A realistic ~40-page pack of an invented council, opened by ``make run`` and the start screen.
Also writes ``sample-pack.truth.json`` beside it (the golden test checks the engine against it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.packgen.build import build_pack, write_truth
from tests.packgen.spec import PackSpec

SAMPLE_SPEC = PackSpec(
    layout="glued",
    n_items=10,
    seed=4,
    front_pages=2,
    stamps="footer",
    stamp_style="Page {n}",
    blank_separators=True,
    slides=True,
    sub_items=False,
    exempt_tail=True,
    target_pages=40,
    organisation="Brackenwood Vale District Council",
    body="Communities and Environment Committee",
    venue="Council Chamber, Brackenwood House, Station Road, Brackenwood BV1 4TN",
    topics=("Parks and Green Spaces Strategy", "Library Service Review"),
)


def build_sample(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    truth = build_pack(SAMPLE_SPEC, path)
    truth.pop("spec", None)
    write_truth(truth, path.with_suffix(".truth.json"))
    return truth


if __name__ == "__main__":
    build_sample(sys.argv[1] if len(sys.argv) > 1 else "resources/sample/sample-pack.pdf")
