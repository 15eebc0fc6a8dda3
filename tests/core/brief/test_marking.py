"""Classification markings read back from the one line the form shows."""

from __future__ import annotations

import pytest

from briefgen.core.brief.marking import MARKINGS, marking_label, parse_marking
from briefgen.core.library.model import Bilingual


@pytest.mark.parametrize("marking", MARKINGS)
def test_each_offered_marking_reads_back_from_its_label(marking: Bilingual) -> None:
    assert parse_marking(marking_label(marking)) == marking


@pytest.mark.parametrize(
    ("text", "marking"),
    [
        ("CONFIDENTIAL / 秘", Bilingual("CONFIDENTIAL", "秘")),
        ("  INTERNAL / 取扱注意  ", Bilingual("INTERNAL", "取扱注意")),
        ("SECRET / 極秘", Bilingual("SECRET", "極秘")),
        ("SECRET/極秘", Bilingual("SECRET/極秘", "SECRET/極秘")),  # no spaced separator
        ("A / B / C", Bilingual("A", "B / C")),  # split at the first separator only
        ("DRAFT", Bilingual("DRAFT", "DRAFT")),
        (" / 部外秘", Bilingual("", "部外秘")),
        ("DRAFT / ", Bilingual("DRAFT", "")),  # one word serves both languages
        ("", Bilingual("", "")),
        ("   ", Bilingual("", "")),
    ],
)
def test_a_typed_marking_splits_at_the_spaced_slash(text: str, marking: Bilingual) -> None:
    assert parse_marking(text) == marking


@pytest.mark.parametrize(
    ("marking", "label"),
    [
        (Bilingual("SECRET", "極秘"), "SECRET / 極秘"),
        (Bilingual("DRAFT", ""), "DRAFT"),
        (Bilingual("", "部外秘"), "部外秘"),
        (Bilingual("", ""), ""),
    ],
)
def test_a_marking_in_one_language_is_labelled_by_that_language(
    marking: Bilingual, label: str
) -> None:
    assert marking_label(marking) == label
