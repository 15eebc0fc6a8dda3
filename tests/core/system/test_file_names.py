"""One file-name rule for Save and Export, valid on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from briefgen.core.system.file_names import MAX_STEM, file_stem


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        (
            "Japan's AI Strategy Headquarters: key points",
            "Japan's AI Strategy Headquarters_ key points",
        ),
        ('a/b\\c<d>e"f|g?h*i', "a_b_c_d_e_f_g_h_i"),
        ("人工知能戦略本部の概要", "人工知能戦略本部の概要"),
        ("  spaced    out  ", "spaced out"),
        ("ends with dots...", "ends with dots"),
        ("CON", "CON_"),
        ("nul.txt", "nul.txt_"),
        ("", "brief"),
        ("???", "brief"),
        ("tab\there", "tab_here"),
    ],
)
def test_titles_become_names_every_system_accepts(title: str, stem: str) -> None:
    assert file_stem(title) == stem


def test_long_titles_are_cut() -> None:
    assert len(file_stem("x" * 500)) == MAX_STEM
