"""Moving an item one place up or down: within its section, then across into the neighbour."""

from __future__ import annotations

import pytest

from briefgen.core.brief.model import Brief, FactItem, Section, move_item, step_target
from briefgen.core.library.model import Bilingual


def _brief(*sections: tuple[str, ...]) -> Brief:
    return Brief(
        template="policy-brief",
        title=Bilingual("T", "T"),
        sections=tuple(
            Section(f"s{n}", Bilingual(f"S{n}", f"S{n}"), tuple(FactItem(i) for i in ids))
            for n, ids in enumerate(sections)
        ),
    )


def _layout(brief: Brief) -> list[list[str]]:
    return [s.fact_ids() for s in brief.sections]


@pytest.mark.parametrize(
    ("source", "step", "after"),
    [
        (("s0", 1), -1, [["b", "a"], [], ["c", "d"]]),  # swaps with the item above
        (("s0", 0), 1, [["b", "a"], [], ["c", "d"]]),  # swaps with the item below
        (("s0", 1), 1, [["a"], ["b"], ["c", "d"]]),  # into an empty next section
        (("s2", 0), -1, [["a", "b"], ["c"], ["d"]]),  # to the end of the section before
        (("s2", 1), -1, [["a", "b"], [], ["d", "c"]]),
    ],
)
def test_an_item_moves_one_place_and_crosses_into_the_neighbouring_section(
    source: tuple[str, int], step: int, after: list[list[str]]
) -> None:
    brief = _brief(("a", "b"), (), ("c", "d"))
    target = step_target(brief, source, step)
    assert target is not None
    assert _layout(move_item(brief, source, target)) == after


def test_moving_down_across_sections_lands_at_the_top_of_the_next() -> None:
    brief = _brief(("a", "b"), ("c", "d"))
    assert step_target(brief, ("s0", 1), 1) == ("s1", 0)
    assert _layout(move_item(brief, ("s0", 1), ("s1", 0))) == [["a"], ["b", "c", "d"]]


def test_moving_up_across_sections_lands_at_the_bottom_of_the_previous() -> None:
    brief = _brief(("a", "b"), ("c", "d"))
    assert step_target(brief, ("s1", 0), -1) == ("s0", 2)


@pytest.mark.parametrize(("source", "step"), [(("s0", 0), -1), (("s1", 1), 1)])
def test_the_first_item_cannot_go_up_nor_the_last_down(source: tuple[str, int], step: int) -> None:
    assert step_target(_brief(("a", "b"), ("c", "d")), source, step) is None


def test_an_unknown_section_or_a_long_step_is_refused() -> None:
    brief = _brief(("a",))
    with pytest.raises(KeyError):
        step_target(brief, ("nowhere", 0), 1)
    with pytest.raises(ValueError, match="one place"):
        step_target(brief, ("s0", 0), 2)
