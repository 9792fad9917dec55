"""time_limit: a body that runs too long raises AnalysisTimeout, in the main thread and in others."""

from __future__ import annotations

import threading
import time

import pytest

from docanalyze.errors import AnalysisTimeout
from docanalyze.ingest._timelimit import check, time_limit


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        check()


def test_main_thread_alarm() -> None:
    with pytest.raises(AnalysisTimeout) as caught, time_limit(0.05, "slow.pdf"):
        end = time.monotonic() + 5
        while time.monotonic() < end:  # pure Python work that never calls check()
            pass
    assert str(caught.value).startswith("slow.pdf: ") and "0.05 s" in str(caught.value)


def test_within_limit_and_nested() -> None:
    with time_limit(5, "outer.pdf"):
        with time_limit(2, "inner.pdf"):
            _spin(0.01)
        _spin(0.01)


def test_outer_limit_ending_first_wins() -> None:
    with pytest.raises(AnalysisTimeout) as caught, time_limit(0.05, "outer.pdf"), time_limit(10, "inner.pdf"):
        end = time.monotonic() + 5
        while time.monotonic() < end:
            pass
    assert str(caught.value).startswith("outer.pdf: ")


def test_no_limit() -> None:
    with time_limit(None, "any.pdf"):
        _spin(0.01)


def test_worker_thread_checks() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with time_limit(0.05, "thread.pdf"):
                _spin(5)
        except AnalysisTimeout as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert len(errors) == 1 and str(errors[0]).startswith("thread.pdf: ")
