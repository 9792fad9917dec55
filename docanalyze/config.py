"""Defaults in one place (dateparser's `settings.py` idea); a bad value raises naming the key."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

PDF_BACKENDS = ("pypdfium2", "pdfminer")


@dataclass(frozen=True)
class Settings:
    pdf_backend: str = "pypdfium2"
    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    timeout_s: float = 300.0
    theme_model: Path | None = None
    document_date: str | None = None

    def __post_init__(self) -> None:
        if self.pdf_backend not in PDF_BACKENDS:
            raise ValueError(f"pdf_backend: {self.pdf_backend!r} is not one of {', '.join(PDF_BACKENDS)}")
        if self.max_file_bytes <= 0:
            raise ValueError("max_file_bytes: must be positive")
        if self.timeout_s <= 0:
            raise ValueError("timeout_s: must be positive")

    def updated(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT_SETTINGS = Settings()
