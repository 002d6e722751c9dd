"""``boardprep export PACK --what W --format F -o FILE``."""

from __future__ import annotations

import argparse

from boardprep.core.errors import UsageError
from boardprep.core.export import EXPORTERS, export, valid_formats
from boardprep.core.store.packref import open_registered


def run(args: argparse.Namespace) -> int:
    # Check the pair before reading the pack: bad usage should fail fast.
    if args.format not in EXPORTERS.get(args.what, {}):
        raise UsageError(
            f"{args.what} cannot be exported as {args.format}; valid formats for {args.what}: "
            f"{', '.join(valid_formats(args.what))}"
        )
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    try:
        export(pack.store, pack.sha, args.what, args.format, args.output, pack_path=args.pack)
    finally:
        pack.store.close()
    print(args.output)
    return 0
