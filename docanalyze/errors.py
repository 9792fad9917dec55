"""Every way an input can fail, as one exception class each.

The class's `kind` is what `batch` writes as `error.kind`; the message always names the file and the
reason, so the CLI prints it as one line and exits 1 (click's convention: `ClickException.exit_code`).
"""

from __future__ import annotations


class DocanalyzeError(Exception):
    """Base class: an input that could not be analysed."""

    kind = "error"
    exit_code = 1

    def __init__(self, source: str | None, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}" if source else reason)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": str(self)}


class FileNotFound(DocanalyzeError, FileNotFoundError):
    kind = "not_found"


class UnsupportedFormat(DocanalyzeError, ValueError):
    kind = "unsupported_format"


class EncryptedDocument(DocanalyzeError, ValueError):
    kind = "encrypted"


class DamagedDocument(DocanalyzeError, ValueError):
    kind = "damaged"


class EmptyDocument(DocanalyzeError, ValueError):
    kind = "empty"


class NoTextLayer(DocanalyzeError, ValueError):
    """A PDF whose pages are images (a scan without OCR) or whose text is unreadable garbage."""

    kind = "no_text"


class EncodingProblem(DocanalyzeError, UnicodeError):
    kind = "encoding"


class FileTooLarge(DocanalyzeError, ValueError):
    kind = "too_large"


class AnalysisTimeout(DocanalyzeError, TimeoutError):
    kind = "timeout"


class WorkerCrashed(DocanalyzeError, RuntimeError):
    """The worker process analysing the file died (segfault, out of memory)."""

    kind = "crashed"


class ModelError(DocanalyzeError, ValueError):
    """A model directory that is missing, incomplete or saved by an incompatible version."""

    kind = "model"
