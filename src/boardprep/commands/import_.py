"""``boardprep import BUNDLE.json``: merge another member's questions or restore a backup.

A bundle that cannot be imported is one line on stderr and exit status 1, never a traceback:
the bundle's own problems arrive as BundleError; anything else unexpected is worded here.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from boardprep.core.bundle import import_bundle
from boardprep.core.errors import BoardprepError
from boardprep.core.store import Store


def run(args: argparse.Namespace) -> int:
    store = Store(getattr(args, "data_dir", None))
    try:
        result = import_bundle(store, args.bundle)
        meeting = store.tree(result.sha256).meeting
    except BoardprepError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, OSError,
            sqlite3.Error) as err:  # fmt: skip
        print(f"boardprep: cannot import {args.bundle}: {_plain(err)}; nothing more was imported",
              file=sys.stderr)  # fmt: skip
        return 1
    finally:
        store.close()
    added = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in result.added.items())
    where = " ".join(p for p in (meeting.organisation, meeting.body, meeting.date) if p)
    whose = "your own backup" if result.own else result.source
    print(f"imported from {whose}: {added or 'nothing new'} ({where or result.sha256[:12]})")
    if result.already_present:
        print(f"{result.already_present} already present (skipped)")
    if result.duplicates:
        print(f"{len(result.duplicates)} duplicate{'s' if len(result.duplicates) != 1 else ''} "
              "of questions already stored (not added):")  # fmt: skip
        for dup in result.duplicates[:20]:
            print(f"  item {dup['item']}: {_short(dup['text'])}")
        if len(result.duplicates) > 20:
            print(f"  … and {len(result.duplicates) - 20} more")
    for warning in result.warnings:
        print(f"note: {warning}")
    if not result.pack_was_known:
        print("the pack has not been opened here yet; its records will appear when you open it")
    return 0


def _short(text: str | None, limit: int = 120) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


def _plain(err: BaseException) -> str:
    if isinstance(err, RecursionError):
        return "the bundle is nested too deeply"
    if isinstance(err, MemoryError):
        return "the bundle is too large to read"
    if isinstance(err, OSError):
        return err.strerror or "the file cannot be read"
    return " ".join(str(err).split())[:200] or type(err).__name__
