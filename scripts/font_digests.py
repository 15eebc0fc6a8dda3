"""Write resources/fonts/digests.json: the SHA-256 and size of every bundled font file.

    python scripts/font_digests.py

Run it whenever a font file in resources/fonts changes; a test fails until it is
run. The font metrics store (briefgen/render/pdf/font_store.py) keys its
entries by these digests, so no export has to hash 17 MB of fonts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def digests(folder: Path = FONTS) -> dict[str, dict[str, str | int]]:
    """Return the SHA-256 and size of every ``.ttf`` file in ``folder``, by file name."""
    listing: dict[str, dict[str, str | int]] = {}
    for path in sorted(folder.glob("*.ttf")):
        data = path.read_bytes()
        listing[path.name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    return listing


def main() -> None:
    """Write the manifest next to the fonts."""
    text = json.dumps(digests(), indent=2, sort_keys=True) + "\n"
    (FONTS / "digests.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
