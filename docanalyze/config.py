"""Defaults in one place (dateparser's `settings.py` idea); a bad value raises naming the key."""

from __future__ import annotations

from dataclasses import dataclass

PDF_BACKENDS = ("pypdfium2", "pdfminer")


@dataclass(frozen=True)
class Settings:
    pdf_backend: str = "pypdfium2"
    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    timeout_s: float = 300.0

    def __post_init__(self) -> None:
        if self.pdf_backend not in PDF_BACKENDS:
            raise ValueError(f"pdf_backend: {self.pdf_backend!r} is not one of {', '.join(PDF_BACKENDS)}")
        for key in ("max_file_bytes", "max_pages", "timeout_s"):
            if getattr(self, key) <= 0:
                raise ValueError(f"{key}: must be positive")


DEFAULT_SETTINGS = Settings()
