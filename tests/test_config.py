"""Bad settings raise naming the key."""

from __future__ import annotations

import pytest

from docanalyze.config import Settings


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"pdf_backend": "poppler"}, "pdf_backend"),
        ({"timeout_s": 0}, "timeout_s"),
        ({"max_pages": -1}, "max_pages"),
    ],
)
def test_bad_setting_names_the_key(changes: dict, key: str) -> None:
    with pytest.raises(ValueError, match=key):
        Settings(**changes)
