"""Give reportlab's embedded TrueType subsets a ToUnicode map that is right beyond the BMP.

A PDF reader turns drawn glyphs back into text (copy, search, screen readers)
through each font's ToUnicode CMap, whose destinations are UTF-16BE. reportlab
5 writes every code point as four or more hex digits, so a character outside
the Basic Multilingual Plane (𩸽, U+29E3D, which IPAex draws) is written as
``<29E3D>`` and read back as two wrong characters instead of the surrogate
pair ``<D867DE3D>``. :func:`to_unicode_cmap` writes the map right;
:mod:`briefgen.render.pdf.reportlab_private` puts it in place of reportlab's.
"""

from __future__ import annotations

from collections.abc import Sequence


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(font_name: str, subset: Sequence[int]) -> str:
    """Return the ToUnicode CMap of one subset: code ``i`` stands for ``subset[i]``."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # At most 100 entries per bfchar block, as the CMap specification asks.
    for start in range(0, len(subset), 100):
        block = subset[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{start + i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(block))
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)
