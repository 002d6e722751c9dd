"""``python -m boardprep`` and the frozen app's entry point (packaging/boardprep.spec)."""

import sys

from boardprep.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a frozen app re-enters here for any child process
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
