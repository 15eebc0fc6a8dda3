"""Turn SIGTERM and SIGINT into an exception in the main thread, so that clean-up code runs.

The default SIGTERM ends the process at once: a temporary file being written
stays behind. While :func:`stopping_cleanly` is in effect the signal raises
:class:`Stopped` instead, which unwinds through every ``finally`` (the atomic
writer's removes its temporary file) up to the command line, which reports it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class Stopped(BaseException):
    """Raised in the main thread when the process is told to stop (SIGTERM, SIGINT).

    A BaseException, like KeyboardInterrupt, so that no ``except Exception``
    swallows it: it unwinds through every ``finally``, and the atomic writer's
    removes its temporary file on the way.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _stop(signum: int, frame: object) -> None:
    for each in _STOP_SIGNALS:  # a second signal must not cut the clean-up short
        signal.signal(each, signal.SIG_IGN)
    raise Stopped(signum)


@contextlib.contextmanager
def stopping_cleanly() -> Iterator[None]:
    """Turn SIGTERM and SIGINT into :class:`Stopped` while the command runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {each: signal.signal(each, _stop) for each in _STOP_SIGNALS}
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)
