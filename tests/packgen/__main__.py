"""python -m tests.packgen OUT.pdf [--layout L] [--pages N] [--seed S] [--set knob=value ...]

Writes OUT.pdf and OUT.truth.json and prints nothing (for benchmarks and manual checks).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from tests.packgen.build import build_pack, write_truth
from tests.packgen.spec import LAYOUTS, PackSpec


def _value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text  # bare words: "header", "junk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.packgen")
    parser.add_argument("out", type=Path)
    parser.add_argument("--layout", default="glued", choices=LAYOUTS)
    parser.add_argument("--pages", type=int, default=None, help="target page count (5-600)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KNOB=VALUE",
        help="any other PackSpec knob, e.g. --set stale_offset=2",
    )
    args = parser.parse_args(argv)
    knobs = {f.name for f in dataclasses.fields(PackSpec)}
    extra: dict[str, object] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        if key not in knobs:
            parser.error(f"unknown knob {key!r}")
        extra[key] = _value(value)
    spec = PackSpec(layout=args.layout, seed=args.seed, target_pages=args.pages, **extra)
    truth = build_pack(spec, args.out)
    write_truth(truth, args.out.with_suffix(".truth.json"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
