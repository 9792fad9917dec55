"""The `docanalyze` command: analyze, batch, compare, evaluate, train.

Exit status (SPEC): 0 success; 1 an input could not be analysed (one line on stderr naming the file and
the reason, no traceback unless --debug); 2 usage errors (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from docanalyze.config import PDF_BACKENDS
from docanalyze.errors import DocanalyzeError
from docanalyze.models import RECORD_KINDS

log = logging.getLogger("docanalyze")
OUTPUT_FORMATS = ("json", "jsonl", "csv", "table")


def _write(text: str, out: str | None) -> None:
    text = text if text.endswith("\n") else text + "\n"  # a JSONL file ends each line, the last one too
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)  # as batch and compare do
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def cmd_analyze(args: argparse.Namespace) -> int:
    from docanalyze.io.tables import to_csv, to_table
    from docanalyze.pipeline import analyze

    docs, failed = [], 0
    for path in args.files:
        try:
            docs.append(
                analyze(
                    path,
                    lang=args.lang,
                    theme_model=args.theme_model,
                    pdf_backend=args.pdf_backend,
                    password=args.password,
                    timeout_s=args.timeout,
                )
            )
        except DocanalyzeError as exc:
            failed += 1
            print(f"Error: {exc}", file=sys.stderr)
        except Exception as exc:  # a bug of ours: one line (as batch records it), and the next file goes on
            if args.debug:
                raise
            failed += 1
            reason = " ".join(str(exc).split())
            print(
                f"Error: {path}: internal error: {type(exc).__name__}: {reason} (--debug shows where)",
                file=sys.stderr,
            )
    if docs:
        if args.format == "json":
            payload = docs[0].to_dict() if len(docs) == 1 else [d.to_dict() for d in docs]
            text = json.dumps(payload, ensure_ascii=False, indent=2)
        elif args.format == "jsonl":
            text = "\n".join(d.to_json(indent=None) for d in docs)
        elif args.format == "csv":
            text = to_csv(docs, args.kind)
        else:
            text = to_table(docs)
        _write(text, args.output)
    return 1 if failed else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from docanalyze.evaluate import evaluate, format_report

    report = evaluate(args.gold_dir)
    if args.json:
        _write(json.dumps(report, ensure_ascii=False, indent=2), args.json)
    print(format_report(report))
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from docanalyze.batch import run_batch_cli

    return run_batch_cli(args)


def cmd_compare(args: argparse.Namespace) -> int:
    from docanalyze.compare import run_compare_cli

    return run_compare_cli(args)


def cmd_train(args: argparse.Namespace) -> int:
    from docanalyze.classify.train import run_train_cli

    return run_train_cli(args)


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    """An argparse type: a number above zero (a zero timeout or worker count is a usage error)."""

    def parse(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value!r} must be above zero")
        return number

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docanalyze", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse files and print the JSON document (or a table)")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="json")
    p.add_argument(
        "--kind", choices=RECORD_KINDS, default="figures", help="record type written by --format csv"
    )
    p.add_argument("-o", "--output")
    p.add_argument("--lang", choices=("en", "fr", "nl"), help="skip language detection")
    p.add_argument("--theme-model", type=Path, help="a theme model directory (default: the shipped one)")
    p.add_argument("--pdf-backend", choices=PDF_BACKENDS)
    p.add_argument("--password", help="password of encrypted PDFs")
    p.add_argument("--timeout", type=_positive(float), help="seconds per file (default 300)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("batch", help="analyse a directory or glob in parallel, resumably")
    p.add_argument("inputs", nargs="+", metavar="DIR_OR_GLOB")
    p.add_argument("-o", "--output", required=True, help="OUT.jsonl or OUT.parquet")
    p.add_argument("--workers", type=_positive(int))
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", help="dask scheduler address (with --engine dask)")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--timeout", type=_positive(float), default=300.0, help="seconds per file")
    p.add_argument("--memory-limit", type=_positive(int), default=4096, help="MB per worker")
    p.add_argument("--theme-model", type=Path)
    p.add_argument("--pdf-backend", choices=PDF_BACKENDS)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("compare", help="align two documents and rank where they disagree")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("-o", "--output", help="report.html or report.json (default: JSON on stdout)")
    p.add_argument("--theme-model", type=Path)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("evaluate", help="score the pipeline against gold files")
    p.add_argument("gold_dir")
    p.add_argument("--json", metavar="OUT", help="also write the full report (with every error) as JSON")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("train", help="train the theme classifier on a corpus directory")
    p.add_argument("corpus_dir")
    p.add_argument("-o", "--output", required=True, help="model directory to write")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_train)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(message)s"
    )
    if not args.debug:  # pdfminer warns at length about every damaged object it recovers from
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        # Dask logs every start and stop at INFO, in this process and in each worker it spawns
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    try:
        return args.func(args)
    except DocanalyzeError as exc:
        if args.debug:
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # an output that cannot be written (missing folder, no permission, disk full)
        if args.debug or exc.filename is None:
            raise
        print(f"Error: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
