"""A per-file time limit, so that no input (a looping PDF, a pathological layout) can hang a batch.

In the main thread SIGALRM interrupts pure-Python work (pdfminer's layout, our own passes) wherever it is.
Elsewhere (worker threads, platforms without SIGALRM) signals are not available: the limit is then checked
cooperatively through `check()`, which long loops call once per page.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from docanalyze.errors import AnalysisTimeout

_DEADLINES = threading.local()


def _reason(seconds: float) -> str:
    return f"analysis took longer than the {seconds:g} s limit (settings.timeout_s)"


class _Expired(BaseException):
    """Raised by the alarm handler; a BaseException so that `except Exception` in libraries lets it pass."""


def check() -> None:
    """Raise AnalysisTimeout when the innermost cooperative deadline of this thread has passed."""
    stack: list[tuple[float, float, str]] = getattr(_DEADLINES, "stack", [])
    if stack:
        deadline, seconds, source = stack[-1]
        if time.monotonic() > deadline:
            raise AnalysisTimeout(source, _reason(seconds))


@contextmanager
def time_limit(seconds: float | None, source: str | None) -> Iterator[None]:
    """Raise AnalysisTimeout (naming `source`) when the body runs past `seconds`; None means no limit."""
    if seconds is None or seconds <= 0:
        yield
        return
    stack: list[tuple[float, float, str | None]] = _DEADLINES.__dict__.setdefault("stack", [])
    stack.append((time.monotonic() + seconds, seconds, source))
    use_alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not use_alarm:
        try:
            yield
        finally:
            stack.pop()
        return

    def _on_alarm(signum: int, frame: object) -> None:
        raise _Expired

    previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
    previous_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    owner_seconds, owner_source = seconds, source
    if previous_delay and previous_delay < seconds and len(stack) > 1:  # the outer limit ends first
        signal.setitimer(signal.ITIMER_REAL, previous_delay)
        _, owner_seconds, owner_source = stack[-2]
    started = time.monotonic()
    try:
        try:
            yield
        finally:  # the timer stops first, so that no alarm can land in the clean-up below
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired:
        raise AnalysisTimeout(owner_source, _reason(owner_seconds)) from None
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:  # an outer limit was running: give it back what is left of its time
            signal.setitimer(signal.ITIMER_REAL, max(previous_delay - (time.monotonic() - started), 1e-3))
        stack.pop()
