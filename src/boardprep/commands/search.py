"""``boardprep search PACK QUERY [--json]``: the pack text (indexed on first use) and records."""

from __future__ import annotations

import argparse
import json

from boardprep.core.pageref import PageNames
from boardprep.core.search import search
from boardprep.core.store.packref import open_registered
from boardprep.core.store.packtext import read_page_texts


def run(args: argparse.Namespace) -> int:
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store = pack.store
    try:
        if not store.has_pack_text(pack.sha):
            store.index_pack_text(pack.sha, pack.tree.page_texts or read_page_texts(args.pack))
        hits = search(store, pack.sha, args.query)
    finally:
        store.close()
    if args.json:
        out = {"query": args.query, "sha256": pack.sha, "hits": [h.to_json() for h in hits]}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"no hits for {args.query!r}")
    names = PageNames.of(pack.tree)
    for h in hits:
        page = f"p. {names.label(h.pdf_page)}" if h.pdf_page else "-"
        item = f"item {h.item}" if h.item else ""
        print(f"{page:>12}  {item:<10} {h.kind:<11} {' '.join(h.snippet.split())}")
    return 0
