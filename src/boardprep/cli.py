"""Command-line entry point: the verbs of the public CLI contract (see README).

Argument parsing lives here; each verb's work lives in ``boardprep.commands.<verb>`` with a
``run(args) -> int`` function, imported lazily so ``boardprep agenda`` never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from pathlib import Path

from boardprep.core.errors import BoardprepError, DatabaseDamagedError, PackError, UsageError

INTERESTS = ["pecuniary", "other-registrable", "non-registrable", "other"]
VERBS = ("agenda", "add", "list", "export", "import", "search", "shot", "gui", "me", "update")
ADD_KINDS = ["note", "question", "declaration", "outcome", "attendance", "action"]
DECISIONS = ["agreed", "agreed-as-amended", "noted", "deferred", "withdrawn", "other"]

# issue 9: the member's corrections to the agenda (boardprep fix)
FIX_VERBS = ("fix",)


def _global_options(p: argparse.ArgumentParser, *, is_sub: bool) -> None:
    # On sub-parsers the default must be SUPPRESS so "--data-dir X agenda" is not overwritten.
    default = argparse.SUPPRESS if is_sub else None
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep the database and caches in DIR (also $BOARDPREP_DATA_DIR)",
    )
    if not is_sub:  # `boardprep --version` (issue 11), on the verbs' parser and the app's
        from boardprep import __version__

        p.add_argument("--version", action="version", version=f"boardprep {__version__}")
    p.add_argument(
        "--as",
        dest="as_user",
        metavar="NAME",
        default=default,
        help="who you are for this command: the asker of your questions, the name on "
        "bundles (also $BOARDPREP_USER; `boardprep me --name` stores it)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boardprep",
        description="Prepare for board and committee meetings from an agenda pack PDF.",
    )
    _global_options(parser, is_sub=False)
    sub = parser.add_subparsers(dest="verb", metavar="VERB")

    p = sub.add_parser("agenda", help="print the agenda found in a pack")
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-cache", action="store_true", help="analyse again, ignoring the cache")
    p.add_argument(
        "--engine", action="store_true", help="the engine's own agenda, without your corrections"
    )
    _global_options(p, is_sub=True)

    p = sub.add_parser(
        "fix", help="correct the agenda: rename, renumber, pages, add, delete, merge, split"
    )
    from boardprep.commands.fix import add_arguments

    add_arguments(p)
    _global_options(p, is_sub=True)

    p = sub.add_parser(
        "add", help="store a note, question, declaration, or an outcome, attendance or action"
    )
    p.add_argument("kind", choices=ADD_KINDS)
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("--item", metavar="NUMBER")
    p.add_argument("--text")
    p.add_argument("--page", type=int, metavar="N", help="physical page (1-based)")
    p.add_argument("--interest", choices=INTERESTS)
    p.add_argument("--withdraw", choices=["yes", "no"])
    p.add_argument(
        "--status",
        help="a question's: draft|ready|submitted|accepted|asked|answered|withdrawn|ruled-out; "
        "attendance: present|apologies|absent",
    )
    p.add_argument("--asker", metavar="NAME", help="who asks the question (default: you)")
    p.add_argument("--decision", choices=DECISIONS, help="an outcome's decision")
    p.add_argument("--for", dest="votes_for", type=int, metavar="N", help="votes for")
    p.add_argument("--against", dest="votes_against", type=int, metavar="N")
    p.add_argument("--abstain", dest="votes_abstain", type=int, metavar="N")
    p.add_argument("--name", metavar="NAME", help="attendance: who")
    p.add_argument("--role", metavar="ROLE", help="attendance: their role (Chair, Officer…)")
    p.add_argument("--who", metavar="NAME", help="an action's owner")
    p.add_argument("--by", metavar="DATE", help="an action's deadline (YYYY-MM-DD)")
    _global_options(p, is_sub=True)

    p = sub.add_parser("list", help="everything stored for a pack, by item")
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("--json", action="store_true")
    _global_options(p, is_sub=True)

    p = sub.add_parser(
        "export", help="export questions, declarations, notes, brief, annotated pack"
    )
    p.add_argument("pack", metavar="PACK.pdf")
    from boardprep.core.export import EXPORTERS  # the one list of exports (light: no store)

    p.add_argument("--what", required=True, choices=list(EXPORTERS))
    formats = dict.fromkeys(f for by_format in EXPORTERS.values() for f in by_format)
    p.add_argument("--format", required=True, choices=list(formats))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _global_options(p, is_sub=True)

    p = sub.add_parser("import", help="merge question bundles or restore a JSON backup")
    p.add_argument("bundles", nargs="+", metavar="BUNDLE.json")
    _global_options(p, is_sub=True)

    p = sub.add_parser("me", help="show or set who you are (name, role)")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--role", choices=["member", "clerk", "chair"])
    _global_options(p, is_sub=True)

    p = sub.add_parser("update", help="the clerk's register: a question's status, answer, group")
    p.add_argument("kind", choices=["question"])
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("id", metavar="ID", help="the question's id (list --json) or uid")
    p.add_argument("--status", help="draft|ready|submitted|accepted|asked|answered|withdrawn|"
                   "ruled-out")  # fmt: skip
    p.add_argument("--answer", metavar="TEXT")
    p.add_argument("--answered-by", metavar="NAME", help="who answers it")
    p.add_argument("--ungroup", action="store_true", help="keep it apart from its group")
    p.add_argument("--group-with", metavar="ID", help="put it in another question's group")
    p.add_argument("--only-this", action="store_true",
                   help="change this question only, not the others in its group")  # fmt: skip
    _global_options(p, is_sub=True)

    p = sub.add_parser("search", help="search the pack text and your own records")
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    _global_options(p, is_sub=True)

    p = sub.add_parser("shot", help="screenshot of the main window (off screen)")
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("--out", required=True, metavar="WINDOW.png")
    p.add_argument("--item", metavar="NUMBER")
    p.add_argument("--size", default="1400x900", metavar="WxH")
    p.add_argument("--mode", choices=["read", "meeting"], default="read")
    _global_options(p, is_sub=True)
    return parser


def _first_positional(argv: list[str]) -> str | None:
    """The first argument that is not an option (skipping --data-dir's value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--data-dir", "--as"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(argv)
    # "boardprep [PACK.pdf]" (no verb) starts the desktop app; so does "boardprep gui ...".
    if first == "gui":
        argv.remove("gui")
        return _run_app(argv)
    if first not in (*VERBS, *FIX_VERBS) and not {"-h", "--help"} & set(argv):
        return _run_app(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.verb:
        parser.print_help()
        return 2
    if getattr(args, "as_user", None):
        from boardprep.core.identity import set_override

        set_override(args.as_user)
    module = importlib.import_module(f"boardprep.commands.{args.verb.replace('import', 'import_')}")
    try:
        return int(module.run(args))
    except DatabaseDamagedError as err:
        print(f"boardprep: {_recover_damaged(err)}", file=sys.stderr)
        return 1
    except PackError as err:
        print(f"boardprep: cannot open {err.path}: {err.detail}", file=sys.stderr)
        return 1
    except UsageError as err:
        print(f"boardprep: {err}", file=sys.stderr)
        return 2
    except BoardprepError as err:
        print(f"boardprep: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except (sqlite3.Error, OSError) as err:  # a store or disk fault the verb did not name
        print(f"boardprep: {_fault_line(err, args)}", file=sys.stderr)
        return 1


def _recover_damaged(err: DatabaseDamagedError) -> str:
    """A damaged database is never written to: keep it aside, put the latest backup in place."""
    from boardprep.core.store.store import recover_damaged

    db = Path(err.path)
    try:
        done = recover_damaged(db, restore=True)
    except BoardprepError as failed:
        return f"the database {db} is damaged ({err.reason}) and could not be set aside: {failed}"
    return (
        f"the database {db} is damaged ({err.reason}); {done.sentence(db)}; run the command again"
    )


def _fault_line(err: sqlite3.Error | OSError, args: argparse.Namespace) -> str:
    from boardprep.core import paths
    from boardprep.core.store import db

    try:
        where = paths.data_dir(getattr(args, "data_dir", None)) / db.DB_NAME
    except OSError:
        where = Path(str(getattr(args, "data_dir", None) or ".")) / db.DB_NAME
    if isinstance(err, OSError) and err.filename:  # a file other than the database (an export)
        where = Path(str(err.filename))
    new = (
        db.translate(err, where) if isinstance(err, sqlite3.Error) else db.translate_os(err, where)
    )
    if new is err:
        return f"{type(err).__name__}: {err}"
    return str(new)


def _run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="boardprep", description="Start the desktop app.")
    parser.add_argument("pack", nargs="?", metavar="PACK.pdf")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample pack")
    _global_options(parser, is_sub=False)
    args = parser.parse_args(argv)
    from boardprep.ui.app import run_app  # Qt only loads for the desktop app

    return run_app(pack=args.pack, data_dir=args.data_dir, open_sample=args.sample)
