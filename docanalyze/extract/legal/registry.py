"""The legal knowledge tables (instruments, courts, citation words), loaded once from `data/`."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")


@cache
def load_table(name: str) -> Any:
    """One JSON table of `data/` (cached: the grammar is built from it once)."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def citation_words(key: str) -> list[str]:
    """The entries under `key` in every language's citation table (the grammar reads their union)."""
    seen: dict[str, None] = {}
    for table in load_table("citation_words").values():
        if isinstance(table, dict):
            seen.update(dict.fromkeys(table.get(key, [])))
    return list(seen)


def citation_mapping(key: str) -> dict[str, Any]:
    """The union of the mappings under `key` (month -> number, ordinal -> value...), keys lower-cased."""
    merged: dict[str, Any] = {}
    for table in load_table("citation_words").values():
        if isinstance(table, dict):
            merged.update({k.lower(): v for k, v in table.get(key, {}).items()})
    return merged


def instruments() -> list[dict[str, Any]]:
    return load_table("instruments")["instruments"]


def unregistered() -> dict[str, list[str]]:
    """Named instruments with no canonical id, by type (`code`, `law`)."""
    return {k: v for k, v in load_table("instruments")["unregistered"].items() if not k.startswith("_")}


def variables() -> dict[str, str]:
    return load_table("instruments")["variables"]


def courts() -> list[dict[str, Any]]:
    return load_table("courts")["courts"]
