"""``boardprep import BUNDLE.json…``: merge members' questions or restore a backup.

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
    """Several bundles at once (the clerk's merge): each is checked and imported in turn; one
    that cannot be imported is its line on stderr, the others are still imported (status 1)."""
    bundles = getattr(args, "bundles", None) or [args.bundle]
    status = 0
    for i, path in enumerate(bundles):
        if len(bundles) > 1:
            print(("\n" if i else "") + f"{path}:")
        try:
            status = max(status, _one(args, path))
        except BoardprepError as err:
            if len(bundles) == 1:
                raise
            print(f"boardprep: {err}", file=sys.stderr)
            status = 1
    return status


def _one(args: argparse.Namespace, path: str) -> int:
    store = Store(getattr(args, "data_dir", None))
    try:
        result = import_bundle(store, path)
        meeting = store.tree(result.sha256).meeting
    except BoardprepError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, OSError,
            sqlite3.Error) as err:  # fmt: skip
        print(f"boardprep: cannot import {path}: {_plain(err)}; nothing more was imported",
              file=sys.stderr)  # fmt: skip
        return 1
    finally:
        store.close()
    added = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in result.added.items())
    where = " ".join(p for p in (meeting.organisation, meeting.body, meeting.date) if p)
    whose = "your own backup" if result.own else result.source
    print(f"imported from {whose}: {added or 'nothing new'} ({where or result.sha256[:12]})")
    if result.updated:
        print(f"{result.updated} of your questions updated (status, answer)")
    if result.already_present:
        print(f"{result.already_present} already present (skipped)")
    if result.apart:
        print(f"{result.apart} question{'s' if result.apart != 1 else ''} of other members kept "
              "apart from yours (list shows them under 'others')")  # fmt: skip
    if result.duplicates:
        n = len(result.duplicates)
        print(f"{n} question{'s' if n != 1 else ''} the same as one already stored (grouped "
              "with it, every asker kept):")  # fmt: skip
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
