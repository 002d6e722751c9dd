"""``boardprep export PACK --what W --format F -o FILE``.

The pack is registered first as every storing verb does (a re-issued pack gets its carried
records). When the database cannot be written (disk full, read-only), a pack already known is
exported all the same: the records are read through a read-only connection, and the export is
written atomically to its own folder (see core/export/output.py).
"""

from __future__ import annotations

import argparse
import sys

from boardprep.core.errors import PackError, StoreError
from boardprep.core.export import check_pair, export
from boardprep.core.export.output import ExportError
from boardprep.core.export.reading import open_for_reading
from boardprep.core.pdfopen import check_pack_file, sha256_file
from boardprep.core.store.packref import open_registered


def run(args: argparse.Namespace) -> int:
    check_pair(args.what, args.format)  # bad usage fails before the pack is read
    data_dir = getattr(args, "data_dir", None)
    check_pack_file(args.pack)
    try:
        pack = open_registered(args.pack, data_dir)
        sha = pack.sha
        pack.store.close()
    except StoreError as err:
        sha = sha256_file(args.pack)
        print(f"boardprep: {err} (exporting what is already stored)", file=sys.stderr)
    except OSError as err:
        raise PackError(args.pack, err.strerror or "cannot be read") from err
    reader = open_for_reading(data_dir)
    try:
        if not reader.has_pack(sha):
            raise ExportError(
                f"cannot export: {args.pack} has never been opened here and the database "
                "cannot be written"
            )
        export(reader, sha, args.what, args.format, args.output, pack_path=args.pack)
    finally:
        reader.close()
    print(args.output)
    return 0
