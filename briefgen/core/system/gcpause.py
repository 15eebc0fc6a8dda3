"""Pause Python's cyclic garbage collector while building many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused(*, freeze: bool = True) -> Iterator[None]:
    """Disable the cyclic collector for the block, then restore it.

    Loading a large library allocates hundreds of thousands of objects that
    all stay alive; the collector would scan them again and again for nothing
    (it more than halves a warm start of 100,000 facts). Reference counting
    still frees everything as usual; only reference cycles among these
    objects (the library has none) would outlive their use.

    With ``freeze`` (the default) what the block built is then kept out of
    later collections; without it, the block's garbage cycles are collected
    as usual afterwards (for work whose results do not outlive it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # The objects built here live as long as the library: move them out of
        # the collector's sight, or the next full collection (triggered by any
        # later burst of allocations, such as a search returning 10,000 rows)
        # would walk all of them, a pause of up to a second at 100,000 facts.
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
