"""``boardprep export PACK --what W --format F -o FILE``."""

from __future__ import annotations

import argparse

from boardprep.core.export import check_pair, export
from boardprep.core.store.packref import open_registered


def run(args: argparse.Namespace) -> int:
    check_pair(args.what, args.format)  # bad usage fails before the pack is read
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    try:
        export(pack.store, pack.sha, args.what, args.format, args.output, pack_path=args.pack)
    finally:
        pack.store.close()
    print(args.output)
    return 0
