"""Run Python's cyclic garbage collector on the UI thread only.

Python collects cycles on whichever thread happens to allocate when a
generation fills up. In the app that is often a worker (loading the library,
rendering a preview or a thumbnail), and a cycle it collects may hold the
wrapper of a widget or a model made on the UI thread: Qt then destroys the
object on the wrong thread, and the process dies. CI saw exactly that: a
segmentation fault "Garbage-collecting" inside a library-load job while the UI
thread waited.

So, as pyqtgraph's ``GarbageCollector`` does, the app turns automatic
collection off and collects on the UI thread from a timer, each generation when
it is as full as Python itself would have collected it. A full collection walks
every object (millions with a library of 100,000 facts, most of a second): Python
spaces them by how many objects survived the last one; here they are spaced by
how long the last one took, so that they take at most :data:`FULL_SHARE` of the
time. Reference counting frees everything else at once, as always; the command
line tunes the collector its own way (``briefgen.cli``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS: Final = 1000  # as pyqtgraph's: cycles wait a second at most, an idle app wakes once
FULL_SHARE: Final = 0.02  # of the time, at most, spent in full collections
OLDEST: Final = 2


class _FullCollections:
    """When the last full collection ended, and how long it took."""

    ended = float("-inf")
    seconds = 0.0

    @classmethod
    def allowed(cls, now: float) -> bool:
        return now - cls.ended >= cls.seconds / FULL_SHARE


def collect_due(clock: Callable[[], float] = time.monotonic) -> int | None:
    """Collect the oldest generation that is due, as the automatic collector would.

    Return the generation collected, or None when none was due.
    """
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = None
    for generation in range(OLDEST + 1):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    if due == OLDEST and not _FullCollections.allowed(clock()):
        due = OLDEST - 1
    if due is None:
        return None
    started = clock()
    gc.collect(due)
    if due == OLDEST:
        _FullCollections.ended = clock()
        _FullCollections.seconds = _FullCollections.ended - started
    return due


class MainThreadCollector(QObject):
    """Keep automatic collection off, and collect what is due from the UI thread's event loop."""

    @classmethod
    def install(cls, app: QObject) -> MainThreadCollector:
        """Return the collector of ``app`` (the application object), started once."""
        existing = app.findChild(cls)
        return existing if isinstance(existing, cls) else cls(app)

    def __init__(self, parent: QObject) -> None:
        """Start collecting on ``parent``'s thread (the UI thread's application object)."""
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(INTERVAL_MS)
