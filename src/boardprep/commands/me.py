"""``boardprep me [--name NAME] [--role member|clerk|chair]``: who you are, set once."""

from __future__ import annotations

import argparse
import json

from boardprep.core.identity import set_user, user_name, user_role
from boardprep.core.store import Store


def run(args: argparse.Namespace) -> int:
    store = Store(getattr(args, "data_dir", None))
    try:
        if args.name is not None or args.role is not None:
            set_user(store, name=args.name, role=args.role)
        print(json.dumps({"name": user_name(store), "role": user_role(store)}, ensure_ascii=False))
    finally:
        store.close()
    return 0
