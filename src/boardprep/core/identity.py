"""Who the user is: a name and a role (member, clerk, chair), set once and kept in the database.

The name is what every question the user writes carries as its asker, and what bundles carry
as their ``member``. Where it comes from, first found wins: ``--as NAME`` on the command line
(this process only), ``$BOARDPREP_USER``, the stored preference (``boardprep me --name``, or
Edit ▸ Your name in the window: setting ``member_name``), then ``$BOARDPREP_MEMBER`` (older
name of the variable). The role: the stored preference ``member_role``, or ``$BOARDPREP_ROLE``.
"""

from __future__ import annotations

import os
from typing import Any

ROLES = ("member", "clerk", "chair")
ENV_USER = "BOARDPREP_USER"
ENV_ROLE = "BOARDPREP_ROLE"

_override: str | None = None


def set_override(name: str | None) -> None:
    """``--as NAME``: who the user is for this process, whatever is stored."""
    global _override
    _override = " ".join(name.split()) if name and name.strip() else None


def user_name(store: Any) -> str | None:
    """The user's name, or None when none is set anywhere."""
    if _override:
        return _override
    env = os.environ.get(ENV_USER, "").strip()
    if env:
        return env
    stored = store.setting("member_name") if store is not None else None
    return stored or os.environ.get("BOARDPREP_MEMBER") or None


def user_role(store: Any) -> str:
    stored = store.setting("member_role") if store is not None else None
    role = stored or os.environ.get(ENV_ROLE, "").strip().lower() or "member"
    return role if role in ROLES else "member"


def set_user(store: Any, *, name: str | None = None, role: str | None = None) -> None:
    """Store the preferences (only those given)."""
    if name is not None:
        store.set_setting("member_name", " ".join(name.split()) or None)
    if role is not None:
        if role not in ROLES:
            from boardprep.core.errors import UsageError

            raise UsageError(f"role must be one of: {', '.join(ROLES)}")
        store.set_setting("member_role", role)


def same_person(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return " ".join((s or "").lower().split())

    return bool(norm(a)) and norm(a) == norm(b)
