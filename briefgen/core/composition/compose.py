"""Compose a brief: library + brief + template in, a renderer-neutral document out.

Given the date and time (``today`` and ``generated``, which default to the
clock), the result depends on the inputs alone: composing reads no file and no
cache. So the preview, the DOCX and the PDF of one brief say exactly the same
thing, and tests can compare documents directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefgen.core.brief.model import Brief, FactItem, LanguageMode, Layout, NoteItem, Section
from briefgen.core.brief.notices import BriefWarning, WarningKind
from briefgen.core.composition import fact_marks, labels
from briefgen.core.composition.citations import Citations
from briefgen.core.composition.datefmt import DateStyle, eras_in_text, format_partial
from briefgen.core.composition.document import (
    Block,
    Cell,
    Document,
    DocumentInfo,
    Heading,
    Lang,
    PageSetup,
    Paragraph,
    ParagraphStyle,
    Running,
    SourceForm,
    Span,
    SpanRole,
    Table,
)
from briefgen.core.composition.front_matter import Colophon, colophon_blocks, front_blocks
from briefgen.core.composition.sources import sources_blocks
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Bilingual, Fact
from briefgen.core.templates.model import Template


@dataclass(frozen=True, slots=True)
class Composition:
    """A composed brief and what the analyst should know before sending it."""

    document: Document
    warnings: tuple[BriefWarning, ...] = ()
    citations: dict[str, int] = field(default_factory=dict)  # source id -> number


class _Composer:
    """Hold the state of one composition: citation numbers and warnings found so far."""

    def __init__(
        self, brief: Brief, library: Library, today: dt.date, generated: dt.datetime
    ) -> None:
        self.brief = brief
        self.library = library
        self.today = today
        self.generated = generated
        self.citations = Citations(library)
        self.warnings: dict[tuple[WarningKind, str], BriefWarning] = {}
        self.colophon = Colophon()
        self.primary: Lang = "ja" if brief.language is LanguageMode.JAPANESE else "en"

    # Small helpers

    def pick(self, text: Bilingual, lang: Lang) -> str:
        return text.get_or_other(lang)

    def joined(self, text: Bilingual) -> str:
        """Return the text for a heading or label in the brief's language(s)."""
        if self.brief.language is LanguageMode.BILINGUAL:
            en, ja = text.en.strip(), text.ja.strip()
            if en and ja and en != ja:
                return f"{en} / {ja}"
            return en or ja
        return self.pick(text, self.primary)

    def warn(self, warning: BriefWarning) -> None:
        self.warnings.setdefault((warning.kind, warning.fact_id), warning)

    def date_text(self, fact: Fact, lang: Lang) -> str:
        style = self.brief.date_style if lang == "ja" else DateStyle.GREGORIAN
        if fact.date is None:
            return labels.NO_DATE.get(lang)
        text = format_partial(fact.date, lang, style)
        if fact.date_end is not None:
            text += " – " + format_partial(fact.date_end, lang, style)
        return text

    # Facts

    def fact_spans(self, item: FactItem, fact: Fact, lang: Lang) -> tuple[Span, ...]:
        spans: list[Span] = []
        reword = item.reword.get(lang).strip() if item.reword else ""
        own = fact.text.get(lang).strip()
        text = reword or own or fact.text.get_or_other(lang)
        text_lang: Lang = lang if (reword or own) else ("en" if lang == "ja" else "ja")
        flags, text = fact_marks.flags(fact, lang, text, self.today)
        if not reword and not own:
            flags.append((labels.FLAG_NO_JA if lang == "ja" else labels.FLAG_NO_EN).get(lang))
        for label in flags:
            self.colophon.flagged = True
            spans.append(Span(label, lang=lang, bold=True, role=SpanRole.FLAG))
            spans.append(Span(" ", lang=lang))
        spans.append(Span(self.body_text(text, text_lang), lang=text_lang))
        if reword:
            self.colophon.reworded = True
            spans.append(Span(labels.REWORDED_MARK.get(lang), lang=lang, role=SpanRole.MUTED))
        spans.extend(self.citations.cite(fact, lang))
        return tuple(spans)

    def body_text(self, text: str, lang: Lang) -> str:
        """Return body text with its full dates in era years when the brief asks for them."""
        if lang == "ja" and self.brief.date_style is DateStyle.JAPANESE_ERA:
            return eras_in_text(text)
        return text

    def check(self, item: FactItem) -> Fact | None:
        """Return the item's fact, recording the warnings it needs; None if it is gone."""
        fact, warnings = fact_marks.check_item(item, self.library, self.today, self.brief.languages)
        for warning in warnings:
            self.warn(warning)
        return fact

    def note_paragraph(self, note: NoteItem, lang: Lang) -> Paragraph:
        # A one-language brief shows a note in whatever language it was
        # written; a bilingual one shows each language's own text only, so a
        # note written in English is not printed twice.
        if self.brief.language is LanguageMode.BILINGUAL:
            text = note.text.get(lang)
        else:
            text = note.text.get_or_other(lang)
        text_lang: Lang = lang if note.text.get(lang) else ("ja" if lang == "en" else "en")
        text = self.body_text(text, text_lang)
        return Paragraph((Span(text, lang=text_lang),), style=ParagraphStyle.NOTE, lang=lang)

    # Sections

    def section_blocks(self, section: Section) -> list[Block]:
        entries: list[tuple[FactItem | NoteItem, Fact | None]] = []
        for item in section.items:
            if isinstance(item, NoteItem):
                if item.text.en.strip() or item.text.ja.strip():
                    entries.append((item, None))
                continue
            fact = self.check(item)
            if fact is not None:
                entries.append((item, fact))
        if not entries:
            return []
        blocks: list[Block] = [
            Heading(
                self.joined(section.heading), 1, self.primary, anchor=f"sec-{section.section_id}"
            )
        ]
        if section.display == "table":
            blocks.append(self.chronology(entries))
        elif self.brief.language is not LanguageMode.BILINGUAL:
            blocks.extend(self.single_language(entries, self.primary))
        elif self.brief.layout is Layout.SIDE_BY_SIDE:
            blocks.append(self.side_by_side(entries))
        else:
            blocks.extend(self.stacked(entries))
        return blocks

    def item_paragraph(
        self, item: FactItem | NoteItem, fact: Fact | None, lang: Lang, style: ParagraphStyle
    ) -> Paragraph:
        if isinstance(item, NoteItem) or fact is None:
            assert isinstance(item, NoteItem)
            return self.note_paragraph(item, lang)
        return Paragraph(self.fact_spans(item, fact, lang), style=style, lang=lang)

    def single_language(
        self, entries: list[tuple[FactItem | NoteItem, Fact | None]], lang: Lang
    ) -> list[Block]:
        return [self.item_paragraph(i, f, lang, ParagraphStyle.BULLET) for i, f in entries]

    def stacked(self, entries: list[tuple[FactItem | NoteItem, Fact | None]]) -> list[Block]:
        order: tuple[tuple[Lang, ParagraphStyle], ...] = (
            ("en", ParagraphStyle.BULLET),
            ("ja", ParagraphStyle.BULLET_CONTINUE),
        )
        blocks: list[Block] = []
        for item, fact in entries:
            for lang, style in order:
                if isinstance(item, NoteItem):
                    if item.text.get(lang).strip():
                        blocks.append(self.note_paragraph(item, lang))
                else:
                    blocks.append(self.item_paragraph(item, fact, lang, style))
        return blocks

    def side_by_side(self, entries: list[tuple[FactItem | NoteItem, Fact | None]]) -> Table:
        header = (
            Cell((self.label_paragraph(labels.ENGLISH.en, "en"),)),
            Cell((self.label_paragraph(labels.JAPANESE.ja, "ja"),)),
        )
        rows = tuple(
            (
                Cell((self.item_paragraph(item, fact, "en", ParagraphStyle.BODY),)),
                Cell((self.item_paragraph(item, fact, "ja", ParagraphStyle.BODY),)),
            )
            for item, fact in entries
        )
        return Table(header=header, rows=rows, widths=(1.0, 1.0), borderless=True)

    def label_paragraph(self, text: str, lang: Lang) -> Paragraph:
        return Paragraph((Span(text, lang=lang, bold=True, role=SpanRole.LABEL),), lang=lang)

    def chronology(self, entries: list[tuple[FactItem | NoteItem, Fact | None]]) -> Table:
        bilingual = self.brief.language is LanguageMode.BILINGUAL
        langs: tuple[Lang, ...] = ("en", "ja") if bilingual else (self.primary,)
        date_header = Cell(
            tuple(self.label_paragraph(labels.DATE.get(lang), lang) for lang in langs)
        )
        rows: list[tuple[Cell, ...]] = []
        side = bilingual and self.brief.layout is Layout.SIDE_BY_SIDE
        for item, fact in entries:
            if fact is None:
                date_cell = Cell((Paragraph((Span("", lang=self.primary),)),))
            else:
                date_cell = Cell(
                    tuple(
                        Paragraph((Span(self.date_text(fact, lang), lang=lang),), lang=lang)
                        for lang in langs
                    )
                )
            if side:
                rows.append(
                    (
                        date_cell,
                        Cell((self.item_paragraph(item, fact, "en", ParagraphStyle.BODY),)),
                        Cell((self.item_paragraph(item, fact, "ja", ParagraphStyle.BODY),)),
                    )
                )
            else:
                rows.append(
                    (
                        date_cell,
                        Cell(
                            tuple(
                                self.item_paragraph(item, fact, lang, ParagraphStyle.BODY)
                                for lang in langs
                            )
                        ),
                    )
                )
        if side:
            header: tuple[Cell, ...] = (
                date_header,
                Cell((self.label_paragraph(labels.EVENT.en, "en"),)),
                Cell((self.label_paragraph(labels.EVENT.ja, "ja"),)),
            )
            widths: tuple[float, ...] = (1.3, 3.0, 3.0)
        else:
            header = (
                date_header,
                Cell(tuple(self.label_paragraph(labels.EVENT.get(lang), lang) for lang in langs)),
            )
            widths = (1.3, 4.5)
        return Table(header=header, rows=tuple(rows), widths=widths)

    def compose(
        self,
        page: PageSetup,
        template_name: Bilingual,
        page_budget: int = 0,
        source_form: SourceForm = SourceForm.FULL,
    ) -> Composition:
        brief = self.brief
        body: list[Block] = []
        for section in brief.sections:
            body.extend(self.section_blocks(section))
        facts = [
            fact
            for item in brief.fact_items()
            if (fact := self.library.fact(item.fact_id)) is not None
        ]
        sources = sources_blocks(
            self.citations.numbers,
            self.library.sources,
            brief.language,
            self.joined(labels.SOURCES),
            style=brief.date_style,
            form=source_form,
        )
        self.colophon.short_sources = bool(sources) and source_form is SourceForm.SHORT
        blocks = [*front_blocks(brief), *body, *sources]
        blocks.extend(
            colophon_blocks(
                brief, self.library, facts, self.generated, self.joined(labels.ABOUT), self.colophon
            )
        )
        document = self.document(tuple(blocks), page, template_name, page_budget)
        order = list(WarningKind)
        warnings = sorted(self.warnings.values(), key=lambda w: (order.index(w.kind), w.fact_id))
        return Composition(document, tuple(warnings), dict(self.citations.numbers))

    def document(
        self, blocks: tuple[Block, ...], page: PageSetup, template_name: Bilingual, budget: int
    ) -> Document:
        """Return the document of ``blocks``: its properties, running header and footer, page."""
        brief = self.brief
        title = self.pick(brief.title, self.primary).strip() or self.pick(
            template_name, self.primary
        )
        marking = self.joined(brief.marking)
        footer = brief.organisation.get_or_other(self.primary).strip()
        footer = footer or self.library.info.name.get_or_other(self.primary)
        return Document(
            info=DocumentInfo(
                title=title,
                author=brief.author.get_or_other(self.primary),
                subject=self.joined(template_name),
                keywords=("AI Strategy Headquarters", "人工知能戦略本部", "AI Promotion Act"),
                language="ja-JP" if self.primary == "ja" else "en-GB",
                created=self.generated,
                library_version=f"{self.library.version} ({self.library.revision})",
            ),
            blocks=tuple(blocks),
            running=Running(
                header_left=title,
                header_right=marking,
                footer_left=footer,
                page_label=labels.PAGE.get(self.primary),
                lang=self.primary,
            ),
            page=page,
            title=title,
            title_lang=self.primary,
            marking=marking,
            page_budget=budget,
        )


def compose(
    brief: Brief,
    library: Library,
    template: Template | None = None,
    *,
    today: dt.date | None = None,
    generated: dt.datetime | None = None,
) -> Composition:
    """Return the document for ``brief`` and the warnings to show at export.

    ``today`` decides which facts are past their review date; ``generated``
    is printed in the colophon and the document properties. Both default to
    now; pass them to compose reproducibly.
    """
    generated = generated or dt.datetime.now().replace(microsecond=0)
    today = today or generated.date()
    page = template.page if template is not None else PageSetup()
    name = template.name if template is not None else Bilingual("Brief", "ブリーフ")
    budget = template.pages if template is not None else 0
    form = template.sources if template is not None else SourceForm.FULL
    return _Composer(brief, library, today, generated).compose(page, name, budget, form)
