"""Page 2: the brief's language, layout, title, author, date and marking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from briefgen.core.brief.marking import MARKINGS, marking_label, parse_marking
from briefgen.core.brief.model import Brief, LanguageMode, Layout
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.library.model import Bilingual
from briefgen.gui.jobs import run_in_background
from briefgen.gui.pages.base import BriefPage, PageContext


class SetupPage(BriefPage):
    """Edit the brief's settings; each change is an undoable edit of the session's brief."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the form."""
        # Long, and kept whole: it builds the page's widgets top to bottom, as they show.
        super().__init__(context, parent)
        self.setTitle(self.tr("Set up the brief"))
        self.setSubTitle(self.tr("Choose the languages and fill in the title page."))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.language_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for mode, label in (
            (LanguageMode.ENGLISH, self.tr("&English")),
            (LanguageMode.JAPANESE, self.tr("&Japanese")),
            (LanguageMode.BILINGUAL, self.tr("&Bilingual")),
        ):
            button = QRadioButton(label)
            button.setAccessibleName(label.replace("&", ""))
            button.setProperty("mode", mode.value)
            self.language_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch()
        form.addRow(self.tr("Language:"), row)

        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("Side by side"), Layout.SIDE_BY_SIDE.value)
        self.layout_combo.addItem(self.tr("Stacked (English, then Japanese)"), Layout.STACKED.value)
        self.layout_combo.setAccessibleName(self.tr("Bilingual layout"))
        form.addRow(self.tr("&Layout:"), self.layout_combo)

        self.title_en = self._line(form, self.tr("&Title (English):"), self.tr("Title in English"))
        self.title_ja = self._line(
            form, self.tr("Title (&Japanese):"), self.tr("Title in Japanese")
        )
        self.subtitle_en = self._line(
            form, self.tr("&Subtitle (English):"), self.tr("Subtitle in English")
        )
        self.subtitle_ja = self._line(
            form, self.tr("Subtitle (J&apanese):"), self.tr("Subtitle in Japanese")
        )
        self.author_en = self._line(
            form, self.tr("A&uthor (English):"), self.tr("Author in English")
        )
        self.author_ja = self._line(
            form, self.tr("Author (Japa&nese):"), self.tr("Author in Japanese")
        )
        self.organisation_en = self._line(
            form, self.tr("&Organisation (English):"), self.tr("Organisation in English")
        )
        self.organisation_ja = self._line(
            form, self.tr("Organisation (Japanes&e):"), self.tr("Organisation in Japanese")
        )
        for edit in (self.author_ja, self.organisation_ja):
            edit.setToolTip(self.tr("Printed in Japanese briefs; left empty, the English is used."))

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the brief"))
        form.addRow(self.tr("&Date:"), self.date)

        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItem(self.tr("(none)"), "")
        for marking in MARKINGS[1:]:
            self.marking.addItem(marking_label(marking), marking_label(marking))
        self.marking.setAccessibleName(self.tr("Classification marking"))
        self.marking.setToolTip(
            self.tr("Printed at the top of every page. Type your own as “English / 日本語”.")
        )
        form.addRow(self.tr("&Marking:"), self.marking)

        self.date_style = QComboBox()
        self.date_style.addItem(self.tr("Gregorian (2025年10月3日)"), DateStyle.GREGORIAN.value)
        self.date_style.addItem(
            self.tr("Japanese era (令和7年10月3日)"), DateStyle.JAPANESE_ERA.value
        )
        self.date_style.setAccessibleName(self.tr("Date style for Japanese text"))
        form.addRow(self.tr("Date st&yle (Japanese):"), self.date_style)

        self.language_buttons.buttonToggled.connect(self._language_toggled)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.date.dateChanged.connect(self._date_changed)
        self.marking.currentTextChanged.connect(self._marking_changed)
        self.date_style.currentIndexChanged.connect(self._date_style_changed)
        self.title_en.textEdited.connect(self._texts_edited)
        self.title_ja.textEdited.connect(self._texts_edited)
        self.subtitle_en.textEdited.connect(self._texts_edited)
        self.subtitle_ja.textEdited.connect(self._texts_edited)
        for edit in self._name_edits():
            edit.textEdited.connect(self._texts_edited)
        self.session.briefChanged.connect(self._show_brief)

    def _name_edits(self) -> tuple[QLineEdit, ...]:
        return (self.author_en, self.author_ja, self.organisation_en, self.organisation_ja)

    def _line(self, form: QFormLayout, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        form.addRow(label, edit)
        return edit

    def initializePage(self) -> None:
        """Show the brief's current settings."""
        self._show_brief()
        self.title_en.setFocus()

    def _show_brief(self) -> None:
        brief = self.brief
        if brief is None:
            return
        widgets: list[QWidget] = [
            self.layout_combo,
            self.date,
            self.marking,
            self.date_style,
            self.title_en,
            self.title_ja,
            self.subtitle_en,
            self.subtitle_ja,
            *self._name_edits(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.language_buttons.blockSignals(True)
        try:
            for button in self.language_buttons.buttons():
                button.setChecked(button.property("mode") == brief.language.value)
            self.layout_combo.setCurrentIndex(self.layout_combo.findData(brief.layout.value))
            self._enable_for_language(brief.language)
            for edit, value in (
                (self.title_en, brief.title.en),
                (self.title_ja, brief.title.ja),
                (self.subtitle_en, brief.subtitle.en),
                (self.subtitle_ja, brief.subtitle.ja),
                (self.author_en, brief.author.en),
                (self.author_ja, brief.author.ja),
                (self.organisation_en, brief.organisation.en),
                (self.organisation_ja, brief.organisation.ja),
            ):
                if edit.text() != value:
                    edit.setText(value)
            self.date.setDate(QDate(brief.date.year, brief.date.month, brief.date.day))
            label = marking_label(brief.marking)
            if parse_marking(self.marking.currentText()) != brief.marking:
                found = self.marking.findData(label)
                if found >= 0:
                    self.marking.setCurrentIndex(found)
                else:
                    self.marking.setEditText(label)
            self.date_style.setCurrentIndex(self.date_style.findData(brief.date_style.value))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.language_buttons.blockSignals(False)

    def _enable_for_language(self, language: LanguageMode) -> None:
        """Disable, not hide, the fields a brief in ``language`` does not print."""
        self.layout_combo.setEnabled(language is LanguageMode.BILINGUAL)
        english = language is not LanguageMode.JAPANESE
        japanese = language is not LanguageMode.ENGLISH
        for edit in (self.title_en, self.subtitle_en, self.author_en, self.organisation_en):
            edit.setEnabled(english)
        for field in (
            self.title_ja,
            self.subtitle_ja,
            self.author_ja,
            self.organisation_ja,
            self.date_style,
        ):
            field.setEnabled(japanese)

    def _edit(self, change: Brief, text: str, merge_key: str = "") -> None:
        self.session.edit(lambda _: change, text, merge_key)

    def _language_toggled(self) -> None:
        brief = self.brief
        button = self.language_buttons.checkedButton()
        if brief is None or button is None:
            return
        mode = LanguageMode(str(button.property("mode")))
        self.context.settings.remember("language", mode.value)
        self._edit(replace(brief, language=mode), self.tr("Change language"))
        self._fit_suggestions()

    def _layout_changed(self) -> None:
        if self.brief is not None:
            layout = Layout(str(self.layout_combo.currentData()))
            self._edit(replace(self.brief, layout=layout), self.tr("Change layout"))
            self._fit_suggestions()

    def _fit_suggestions(self) -> None:
        """Cut an untouched brief's suggestions to its template's length in the new mode.

        A bilingual one-pager holds fewer facts than an English one. Laying the
        brief out takes a moment, so it runs in the background; any edit made
        meanwhile wins, and the cut is one step to undo.
        """
        brief = self.brief
        if brief is None or not self.library.is_loaded:
            return
        template = self.library.template_for(brief)
        if template is None or not template.pages:
            return
        library = self.library.library
        from briefgen.render.fit import is_as_suggested, suggestions_to_fit

        if not is_as_suggested(brief, library, template):
            return

        def fitted(result: Brief) -> None:
            if self.brief is brief and result.sections != brief.sections:
                self.session.edit(
                    lambda current: replace(current, sections=result.sections),
                    self.tr("Fit the suggestions to the template's length"),
                )

        run_in_background(
            self, lambda: suggestions_to_fit(brief, library, template), fitted, lambda _: None
        )

    def _date_changed(self, value: QDate) -> None:
        if self.brief is not None:
            day = dt.date(value.year(), value.month(), value.day())
            self._edit(replace(self.brief, date=day), self.tr("Change date"), "date")

    def _marking_changed(self, text: str) -> None:
        if self.brief is not None:
            marking = Bilingual() if text == self.tr("(none)") else parse_marking(text)
            self._edit(replace(self.brief, marking=marking), self.tr("Change marking"), "marking")

    def _date_style_changed(self) -> None:
        if self.brief is not None:
            style = DateStyle(str(self.date_style.currentData()))
            self._edit(replace(self.brief, date_style=style), self.tr("Change date style"))

    def _texts_edited(self) -> None:
        brief = self.brief
        if brief is None:
            return
        sender = self.sender()
        changed = replace(
            brief,
            title=Bilingual(self.title_en.text(), self.title_ja.text()),
            subtitle=Bilingual(self.subtitle_en.text(), self.subtitle_ja.text()),
            author=Bilingual(self.author_en.text(), self.author_ja.text()),
            organisation=Bilingual(self.organisation_en.text(), self.organisation_ja.text()),
        )
        key = sender.objectName() or str(id(sender))
        self._edit(changed, self.tr("Edit title page"), f"text-{key}")

    def validatePage(self) -> bool:
        """Require a title in each language the brief is written in."""
        brief = self.brief
        if brief is None:
            return False
        missing = [lang for lang in brief.languages if not brief.title.get(lang).strip()]
        if missing:
            self.context.prompter.show_error(
                self.tr("Title missing"),
                self.tr("Give the brief a title in every language it is written in."),
            )
            return False
        return True
