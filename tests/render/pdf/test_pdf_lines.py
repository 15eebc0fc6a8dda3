"""Line breaking for the PDF: Latin at spaces, Japanese anywhere but against kinsoku."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from briefgen.render.pdf.lines import (
    HANGING,
    NO_END,
    NO_START,
    SPACE,
    Ink,
    Line,
    _may_break_between,
    break_lines,
    rejoin,
    tokenize,
)
from briefgen.render.pdf.paragraph import MAX_JUSTIFY, BlockStyle, TextBlock

INK = Ink("face", 10.0, "#000000")
BOLD = Ink("bold", 10.0, "#000000")


def measure(text: str, ink: Ink) -> float:
    """One point per character: widths are character counts."""
    return float(len(text))


def lines_of(pieces: list[tuple[str, Ink | None]], width: float) -> list[str]:
    return [text(line) for line in break_lines(tokenize(pieces, measure), width, measure)]


def _has_legal_break(line: Line) -> bool:
    """Return whether the line has a place where kinsoku allows a break."""
    solid = None
    for before, after in pairwise(line.tokens):
        if not before.kind & SPACE:
            solid = before
        if _may_break_between(before, after, solid):
            return True
    return False


def text(line: Line) -> str:
    return "".join(token.text for token in line.tokens)


def test_latin_text_breaks_at_spaces_and_the_spaces_at_a_break_disappear() -> None:
    assert lines_of([("the quick brown fox jumps", INK)], 11) == ["the quick", "brown fox", "jumps"]


def test_japanese_text_breaks_between_any_two_characters() -> None:
    assert lines_of([("人工知能戦略本部を設置", INK)], 4) == ["人工知能", "戦略本部", "を設置"]


def test_closing_punctuation_never_starts_a_line_it_takes_a_character_with_it() -> None:
    assert lines_of([("本部が設置された。次に", INK)], 8) == ["本部が設置され", "た。次に"]
    assert lines_of([("あいう、えお", INK)], 3) == ["あい", "う、え", "お"]


def test_an_opening_bracket_never_ends_a_line() -> None:
    assert lines_of([("本部長「高市」", INK)], 4) == ["本部長", "「高市」"]


def test_small_kana_and_the_prolonged_sound_mark_never_start_a_line() -> None:
    for line in lines_of([("ディープフェイクとチャットボット" * 3, INK)], 5)[1:]:
        assert line[0] not in NO_START


def test_a_latin_word_inside_japanese_text_is_kept_whole() -> None:
    assert lines_of([("政府はAI推進法を", INK)], 5) == ["政府はAI", "推進法を"]
    assert lines_of([("政府はAIを", INK)], 4) == ["政府は", "AIを"]


def test_a_word_wider_than_the_line_is_split_between_characters() -> None:
    assert lines_of([("abcdefghij", INK)], 4) == ["abcd", "efgh", "ij"]


def test_a_line_narrower_than_one_character_still_holds_one() -> None:
    assert lines_of([("あい", INK)], 0.5) == ["あ", "い"]


def test_hard_breaks_end_lines_and_runs_of_another_ink_join_words() -> None:
    pieces: list[tuple[str, Ink | None]] = [
        ("one two", INK),
        ("", None),
        ("thr", INK),
        ("ee", BOLD),
    ]
    lines = break_lines(tokenize(pieces, measure), 20, measure)
    assert [text(line) for line in lines] == ["one two", "three"]
    assert [line.hard_end for line in lines] == [True, True]
    # "thr" and "ee" touch: no break between runs of one word.
    assert lines_of([("thr", INK), ("ee four", BOLD)], 6) == ["three", "four"]


def test_punctuation_after_a_latin_word_hangs_past_the_end_rather_than_start_a_line() -> None:
    assert lines_of([("AI、本部", INK)], 2) == ["AI、", "本部"]


def test_only_one_stop_or_comma_hangs_and_a_run_of_marks_never_runs_off_the_line() -> None:
    # Found in review: 「ーーー…」 or 「。」」」 hung in full over the next table column.
    assert lines_of([("AB。」」", INK)], 2) == ["AB。", "」」"]
    for line in lines_of([("あ" + "ー" * 30, INK)], 4):
        assert len(line) <= 4
    assert all(len(line) <= 5 for line in lines_of([("。" * 19, INK)], 4))


def test_an_ellipsis_never_starts_a_line() -> None:
    # 中 goes along with the ellipsis; the stop hangs.
    assert lines_of([("検討中……。", INK)], 3) == ["検討", "中……。"]


def test_a_citation_number_never_starts_a_line() -> None:
    cite = Ink("face", 8.0, "#000000", rise=5.0)
    lines = lines_of([("あいう。", INK), ("[1]", cite)], 5)
    assert lines == ["あい", "う。[1]"]


def test_an_empty_paragraph_is_one_empty_line() -> None:
    assert lines_of([], 10) == [""]


def test_line_widths_leave_out_the_spaces_at_the_break() -> None:
    lines = break_lines(tokenize([("ab cd ef", INK)], measure), 5, measure)
    assert [line.width for line in lines] == [5.0, 2.0]


@given(
    st.text(alphabet="ab(-/ 本部、。「」ー\n", max_size=80),
    st.floats(min_value=0.5, max_value=30),
    st.floats(min_value=0.5, max_value=30),
)
def test_lines_joined_again_break_alike_for_any_width_and_lose_nothing(
    source: str, first: float, second: float
) -> None:
    pieces: list[tuple[str, Ink | None]] = []
    for n, part in enumerate(source.split("\n")):
        if n:
            pieces.append(("", None))
        pieces.append((part, INK))
    tokens = tokenize(pieces, measure)
    lines = break_lines(tokens, first, measure)
    again = break_lines(rejoin(lines), second, measure)
    assert [text(line) for line in again] == [
        text(line) for line in break_lines(tokens, second, measure)
    ]
    for previous, line in zip([None, *lines], lines, strict=False):
        # At most one stop or comma hangs past the end: nothing runs off the edge.
        hung = measure(text(line)[-1:], INK) if text(line)[-1:] in HANGING else 0.0
        assert line.width - hung <= first or len(text(line).rstrip("、。")) <= 1
        if previous is not None and not previous.hard_end and text(line)[:1] in NO_START:
            # A line starts with closing punctuation only if the one before had
            # no other place to break: "aaaaー" in 2 points.
            assert not _has_legal_break(previous)
        if not line.hard_end and text(line)[-1:] in NO_END:
            # Only where the line had no other place to break: "aa(本" in 3 points.
            assert not _has_legal_break(line)


def test_latin_words_may_break_after_a_hyphen_or_a_slash() -> None:
    assert lines_of([("the AI-related bill", INK)], 11) == ["the AI-", "related", "bill"]
    url = "https://www.kantei.go.jp/jp/103/actions/"
    assert lines_of([(url, INK)], 20) == ["https://", "www.kantei.go.jp/jp/", "103/actions/"]
    # A leading minus is not a hyphen: -5 stays whole.
    assert lines_of([("xx -5", INK)], 4) == ["xx", "-5"]


def test_numbers_stay_with_their_units_and_dates_stay_whole() -> None:
    # 2023年4|月28日 and 第23|条 were split before.
    assert lines_of([("成立は2023年4月28日である", INK)], 10) == [
        "成立は",
        "2023年4月28日",
        "である",
    ]
    assert lines_of([("同法の第23条による", INK)], 6) == ["同法の", "第23条によ", "る"]
    assert lines_of([("ああ30％増", INK)], 3) == ["ああ", "30％", "増"]
    assert lines_of([("施行は令和元年です", INK)], 5) == ["施行は", "令和元年で", "す"]


def test_a_citation_brings_at_least_three_characters_onto_the_last_line() -> None:
    cite = Ink("face", 8.0, "#000000", rise=5.0)
    # Greedy breaking left 「る。[9]」 alone: two characters and the citation.
    lines = lines_of([("この法律は対象とする。", INK), ("[9]", cite)], 10)
    assert lines == ["この法律は対象と", "する。[9]"]
    # Where the longer last line would not fit, the lines stay as they were.
    assert lines_of([("あいう。", INK), ("[1]", cite)], 5) == ["あい", "う。[1]"]


_NUMBERS = st.text(alphabet="0123456789年月日条第令和元％ あい本部、。", max_size=60)


@given(_NUMBERS, st.floats(min_value=3, max_value=30))
def test_no_line_separates_a_number_from_its_unit_where_it_could_break_elsewhere(
    source: str, width: float
) -> None:
    lines = break_lines(tokenize([(source, INK)], measure), width, measure)
    for previous, line in pairwise(lines):
        end, start = text(previous)[-1:], text(line)[:1]
        split = (end.isdigit() and start in "年月日条％") or (end in "第年月" and start.isdigit())
        if split and not previous.after:  # "0 年" with a space between is not a number and unit
            assert not _has_legal_break(previous), (text(previous), text(line))


@given(
    st.text(alphabet="あいう本部。、 ab", min_size=1, max_size=60),
    st.floats(min_value=6, max_value=30),
)
def test_a_citation_never_strands_one_or_two_characters_where_more_could_come_down(
    source: str, width: float
) -> None:
    cite = Ink("face", 8.0, "#000000", rise=5.0)
    lines = break_lines(tokenize([(source, INK), ("[9]", cite)], measure), width, measure)
    last = lines[-1]
    chars = sum(len(t.text) for t in last.tokens if t.ink.rise <= 0 and not t.kind & SPACE)
    if len(lines) > 1 and 0 < chars < 3:
        # Only when no place to break on the line before brings three characters
        # down with a last line that still fits.
        before = lines[-2].tokens
        solid = None
        for b in range(1, len(before)):
            if not before[b - 1].kind & SPACE:
                solid = before[b - 1]
            if not _may_break_between(before[b - 1], before[b], solid):
                continue
            # What comes down, with the spaces the break swallowed before the last line.
            moved = "".join(t.text for t in (*before[b:], *lines[-2].after))
            fits = measure(moved.lstrip() + text(last), INK) <= width
            assert not (fits and len(moved.replace(" ", "")) + chars >= 3), (moved, text(last))


@given(
    st.text(alphabet="あいう本部、。0123456789年月日[] ab", min_size=1, max_size=80),
    st.floats(min_value=5, max_value=40),
)
def test_a_justified_line_never_spaces_its_characters_beyond_the_cap(
    source: str, width: float
) -> None:
    style = BlockStyle(size=10.0, leading=14.0, colour="#000000", justify=True)
    tokens = tokenize([(source, INK)], measure)
    block = TextBlock(tokens, style)
    block.width = width
    for line in break_lines(tokens, width, measure):
        assert block._justification(line) <= style.size * MAX_JUSTIFY
