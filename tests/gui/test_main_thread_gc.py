"""Cycles are collected on the UI thread, never on a worker (briefgen.gui.main_thread_gc)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from briefgen.gui import main_thread_gc
from briefgen.gui.app import create_application
from briefgen.gui.main_thread_gc import collect_due

CYCLES = 2 * gc.get_threshold()[0]  # twice what makes a collection of the youngest due


class _Cycle:
    """An object in a reference cycle that notes the thread that finally frees it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_made_and_dropped_on_a_worker_are_freed_on_the_ui_thread(qtbot: QtBot) -> None:
    create_application([])
    gc.collect()
    _Cycle.freed_on.clear()

    def work() -> None:
        for _ in range(CYCLES):
            _Cycle()  # garbage at once, freed only by the cycle collector

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.freed_on == []  # nothing was collected on the worker
    # Python would have collected on the worker; here the UI thread's timer does.
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == CYCLES, timeout=5000)
    assert set(_Cycle.freed_on) == {threading.main_thread().name}


def test_a_due_generation_is_collected_and_none_early() -> None:
    gc.disable()
    gc.collect()
    assert collect_due() is None  # nothing allocated since
    threshold = gc.get_threshold()[0]
    kept: list[list[int]] = [[] for _ in range(threshold + 10)]
    assert collect_due() == 0
    assert gc.get_count()[0] < threshold
    del kept


def test_full_collections_are_spaced_by_what_the_last_one_cost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gc.disable()
    now = [1000.0]

    def clock() -> float:
        now[0] += 0.5  # every collection "takes" half a second
        return now[0]

    def fill_oldest() -> None:
        zero, one, two = gc.get_threshold()
        for _ in range(two + 1):  # enough middle collections to make the oldest due...
            gc.collect(1)
        for _ in range(one + 1):  # ...enough young ones to make the middle due...
            gc.collect(0)
        kept.extend([] for _ in range(2 * zero))  # ...and the young one due

    kept: list[list[int]] = []
    # As if no full collection had run yet (the real ones of this session used the real clock).
    monkeypatch.setattr(main_thread_gc._FullCollections, "ended", float("-inf"))
    monkeypatch.setattr(main_thread_gc._FullCollections, "seconds", 0.0)
    fill_oldest()
    assert collect_due(clock) == 2
    fill_oldest()
    # The last full collection took 0.5 s: the next waits 0.5 / FULL_SHARE = 25 s.
    assert collect_due(clock) == 1
    now[0] += 26
    fill_oldest()
    assert collect_due(clock) == 2
