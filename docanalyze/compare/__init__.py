"""Compare two policy texts: aligned provisions and ranked findings where they disagree."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docanalyze.compare.align import AlignedPair, align
from docanalyze.compare.findings import Finding, rank
from docanalyze.models import Document

if TYPE_CHECKING:
    import pandas

# The columns of `to_pandas`, so that a comparison without findings or pairs still has them.
FRAME_COLUMNS = {
    "findings": ["kind", "score", "summary", "side", "a", "b"],
    "pairs": ["a", "b", "score", "evidence", "a_text", "b_text"],
}


@dataclass
class Comparison:
    a: Document
    b: Document
    pairs: list[AlignedPair] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        text = {"a": self.a.text, "b": self.b.text}
        return {
            "a": {"source": self.a.source, "id": self.a.id, "language": self.a.language},
            "b": {"source": self.b.source, "id": self.b.id, "language": self.b.language},
            "pairs": [
                {
                    "a": p.a.id,
                    "b": p.b.id,
                    "score": p.score,
                    "evidence": p.evidence,
                    "a_text": text["a"][p.a.start : p.a.end],
                    "b_text": text["b"][p.b.start : p.b.end],
                }
                for p in self.pairs
            ],
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_pandas(self, kind: str = "findings") -> pandas.DataFrame:
        """`findings` (ranked) or `pairs` (aligned provisions) as a DataFrame."""
        import pandas as pd

        if kind not in FRAME_COLUMNS:
            raise ValueError(f"kind: {kind!r} is not 'findings' or 'pairs'")
        return pd.DataFrame(self.to_dict()[kind], columns=FRAME_COLUMNS[kind])

    def to_html(self, path: str | Path | None = None) -> str:
        from docanalyze.compare.report import comparison_html

        html = comparison_html(self)
        if path is not None:
            Path(path).write_text(html, encoding="utf-8")
        return html

    def _repr_html_(self) -> str:
        return self.to_html()


def compare(a: Document | str | Path, b: Document | str | Path, *, theme_model: Any = None) -> Comparison:
    """Align two documents (analysed, or paths to analyse) and rank their disagreements."""
    from docanalyze.pipeline import analyze

    doc_a = a if isinstance(a, Document) else analyze(a, theme_model=theme_model)
    doc_b = b if isinstance(b, Document) else analyze(b, theme_model=theme_model)
    pairs = align(doc_a, doc_b)
    return Comparison(doc_a, doc_b, pairs, rank(doc_a, doc_b, pairs))


def run_compare_cli(args: Any) -> int:
    comparison = compare(args.a, args.b, theme_model=args.theme_model)
    output = args.output
    if output is None:
        sys.stdout.write(comparison.to_json() + "\n")
    elif str(output).endswith((".html", ".htm")):
        comparison.to_html(output)
    elif str(output).endswith(".json"):
        Path(output).write_text(comparison.to_json(), encoding="utf-8")
    else:
        print(f"Error: {output}: the report must end in .html or .json", file=sys.stderr)
        return 2
    return 0


__all__ = ["Comparison", "compare"]
