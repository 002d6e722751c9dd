"""Writing one benchmark's section of benchmarks/README.md, leaving the others alone."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).with_name("README.md")


def put_section(heading_pattern: str, section: str) -> None:
    """Replace the section whose ``## `` heading matches ``heading_pattern`` (a regular
    expression) with ``section``, up to the next ``## `` heading; append it when absent."""
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    pat = re.compile(rf"## {heading_pattern}\n.*?(?=\n## |\Z)", re.S)
    body = section.rstrip("\n") + "\n"
    text = pat.sub(lambda _m: body, text) if pat.search(text) else text.rstrip() + "\n\n" + section
    README.write_text(text.rstrip() + "\n", encoding="utf-8")
