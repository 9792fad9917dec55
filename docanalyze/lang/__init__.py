"""Per-language knowledge as data tables (spaCy's `lang/xx` layout).

`docanalyze/lang/{en,fr,nl}.py` each export the same names; extractors take a table from
`load_language(code)` and never branch on the language code.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "fr", "nl")
DEFAULT_LANGUAGE = "en"


@cache
def load_language(code: str) -> ModuleType:
    """The table module of a supported language; unknown codes fall back to English."""
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    return importlib.import_module(f"docanalyze.lang.{code}")
