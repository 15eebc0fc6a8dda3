"""Where a query's words are in a fact's text, for highlighting."""

from __future__ import annotations

from briefgen.core.search.highlight import highlight_spans


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in highlight_spans(text, query)]


def test_latin_words_are_marked_at_the_start_of_words_whatever_their_case() -> None:
    text = "The AI Basic Plan; basically a plan for AI."
    assert marked(text, "basic plan") == ["Basic", "Plan", "basic", "plan"]
    assert marked(text, "ai") == ["AI", "AI"]  # not inside "basically": no word starts there


def test_japanese_is_marked_anywhere_and_full_width_queries_match_ascii_text() -> None:
    assert marked("人工知能戦略本部の本部長", "本部") == ["本部", "本部"]
    assert marked("Japan's AI Strategy", "ＡＩ") == ["AI"]


def test_phrases_or_and_exclusions() -> None:
    text = "Kimi Onoda and Sanae Takaichi; Shigeru Ishiba"
    assert marked(text, '"Sanae Takaichi"') == ["Sanae Takaichi"]
    assert marked(text, "Takaichi OR Ishiba") == ["Takaichi", "Ishiba"]
    assert marked(text, "Onoda -Ishiba") == ["Onoda"]  # an excluded word is not marked


def test_nothing_is_marked_without_a_query() -> None:
    assert highlight_spans("text", "") == []
    assert highlight_spans("", "word") == []
