"""One rule for the file names briefgen suggests, valid on Windows, macOS and Linux."""

from __future__ import annotations

import re
from typing import Final

# What Windows forbids in a name (and "/" everywhere, ":" on classic macOS), and control characters.
_FORBIDDEN: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
MAX_STEM: Final = 80  # characters: room for a folder and a suffix within Windows' 260


def file_stem(title: str, fallback: str = "brief") -> str:
    """Return a file name (without suffix) made from ``title``, usable on every system.

    Forbidden characters become "_", runs of spaces one space; the name does not
    end in a dot or a space (Windows drops them) and is not a device name
    (CON, NUL, COM1...). An empty result gives ``fallback``.
    """
    stem = " ".join(_FORBIDDEN.sub("_", title).split())[:MAX_STEM].rstrip(" .")
    if not stem.strip("_") or stem.split(".")[0].upper() in _RESERVED:
        return fallback if not stem.strip("_") else f"{stem}_"
    return stem
