"""Render the app icon (resources/icons/briefgen.svg) to PNGs in the hicolor theme sizes.

    .venv/bin/python scripts/make_icons.py

The SVG is the source; the PNGs (and the Windows .ico) are committed beside
it so that neither the app nor a packaging run needs an SVG renderer. Qt's own
renderer (QtSvg, part of PySide6-Essentials) draws them, offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    """Write briefgen-SIZE.png for each size in :data:`SIZES`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "briefgen.svg"))
    if not renderer.isValid():
        raise SystemExit("briefgen.svg could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = ICONS / f"briefgen-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        print(f"wrote {target.relative_to(ICONS.parent.parent)}")
    del app
    # Windows wants one .ico holding several sizes (the installer's and the
    # program's icon); Pillow, which reportlab already needs, writes it.
    from PIL import Image

    ico = ICONS / "briefgen.ico"
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    Image.open(ICONS / "briefgen-256.png").save(ico, sizes=sizes)
    print(f"wrote {ico.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
