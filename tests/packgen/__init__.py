"""Generated agenda packs in many layouts, each with its ground truth (see README in resources)."""

from __future__ import annotations

from tests.packgen.build import build_pack, write_truth
from tests.packgen.damaged import DAMAGE_KINDS, make_damaged
from tests.packgen.spec import LAYOUTS, STAMP_STYLES, PackSpec, random_spec

__all__ = [
    "DAMAGE_KINDS",
    "LAYOUTS",
    "STAMP_STYLES",
    "PackSpec",
    "build_pack",
    "make_damaged",
    "random_spec",
    "write_truth",
]
