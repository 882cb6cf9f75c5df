"""The export wizard's first page (gui/export_wizard.py): what is disclosed, and to whom. With
what the page offers, read on the worker (`gather`): the chart's signed notes, sessions, the
authorizations and attachments on file."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault_app.gui.export_checks import CheckWords as _CheckWords
from vault_app.gui.export_checks import OthersTick, mark_words
from vault_app.gui.export_what_empty import nothing_listed
from vault_app.gui.export_what_gather import gather
from vault_app.gui.focus_in_view import keep_shown
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.widgets import buddy_label, masked_name, scrolled, ticks_with_space
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wrapped_label import ClaimedLabel

if TYPE_CHECKING:
    from vault_app.gui.basis_form import BasisForm
    from vault_app.gui.seam import App


class _BasisPage(Protocol):
    @property
    def form(self) -> BasisForm: ...


class Wizard(Protocol):
    """What this page uses of the export wizard (export_wizard.py, which imports it)."""

    @property
    def controller(self) -> App: ...
    @property
    def client_id(self) -> str: ...
    @property
    def basis_page(self) -> _BasisPage: ...

DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # a record's day, as ISO text
PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # [state words, who told it, the note's words]: _write_line

KINDS = (("progress", QT_TRANSLATE_NOOP("WhatPage", "Progress notes")),
         ("psychotherapy", QT_TRANSLATE_NOOP("WhatPage", "Psychotherapy notes")),
         ("billing", QT_TRANSLATE_NOOP("WhatPage", "Billing information")))


class RecordList(QTreeWidget):
    """The records to tick (set as widgets.make_tree sets its lists), wanting about four notes' height and taking the
    room the page has beyond it: Qt's preferred 192 pixels made the page scroll on a 1366x768 laptop at
    150 %, Recipient and Purpose below its edge (found on Xvfb)."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(name)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        rows = 4 * (self.fontMetrics().height() + 1)
        return QSize(super().sizeHint().width(), self.header().sizeHint().height() + rows + 2 * self.frameWidth())


class _Claimed(_CheckWords):
    """The measures' words, as tall as their lines (wrapped_label.ClaimedLabel's hint): QLabel's own
    hint is for a narrower width, and the form gave the one line three lines' room (found on Xvfb at
    150 %: a gap under the tick that made the page scroll)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.minimumHeight() > 0 else hint


class _ClaimedNote(ClaimedLabel):
    """The line under the list, as tall as its lines (ClaimedLabel), in the calm colour."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("calmNote")


class WhatPage(QWizardPage):
    def __init__(self, wiz: Wizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("What, and to whom"))
        self.setSubTitle(self.tr("Choose only what the recipient needs."))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of records"))
        for key, text in KINDS:
            self.kind.addItem(self.tr(str(text)), key)
        self.items = RecordList([self.tr("Date"), self.tr("Item")], self.tr("Records to include"))
        ticks_with_space(self.items)
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Recipient's address"))
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr('e.g. "continuity of care", "at the request of the individual"'))
        self.note = _ClaimedNote()
        self.told_by: dict[str, str] = {}  # the held notes offered: note id -> who told it
        self.letters_in = "en"  # the client's letter language: the save page names the file in it
        self.shared: dict[str, str] = {}  # the notes that may hold others' words: note id -> why
        # Each authorization's words and the kinds recorded (the basis page's tick, export_checks.py)
        self.described: dict[str, tuple[str, list[str]]] = {}
        # Privacy mode as the window has it now, then as it is switched (gui/privacy_notice.py):
        # a note's first words showed here while the chart and the search masked them.
        self.privacy = privacy_notice().on
        privacy_notice().changed.connect(self._privacy_switched)
        # Outcome measures go with progress notes only when asked for (services/export.py).
        # The box's words are a wrapped label beside it: a check box's own text never wraps,
        # and in Spanish it made the page scroll sideways (found in the real app at 1280x860).
        self.with_measures = QCheckBox()
        self.measures_words = _Claimed(
            self.tr("Add the outcome &measures (PHQ-9, GAD-7) taken within these notes' dates, "
                    "with their trend charts"), self.with_measures)
        measures = QHBoxLayout()
        measures.addWidget(self.with_measures, 0, Qt.AlignmentFlag.AlignTop)
        measures.addWidget(self.measures_words, 1)
        # A chart of years holds hundreds of notes, and an authorization for "all progress notes"
        # covers them all: one tick box at a time, a walker pressed Down and Space 318 times.
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.tick_all.setToolTip(self.tr("Ticks every record listed, except a note told in confidence by one "
                                         "member: tick that one yourself, for a release that member authorizes."))
        self.tick_all.clicked.connect(self.check_all)
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.untick_all.clicked.connect(self.uncheck_all)
        # Beside the kind of records, not on a row of their own under the list: the row's height went
        # to the list (the page fits a 1366x768 laptop at 150 % without scrolling).
        ticks = QHBoxLayout()
        ticks.addWidget(self.kind, 1)
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        # Where the list was when it holds nothing: why, and what would fill it (export_what_empty).
        self.empty = ClaimedLabel()  # as tall as its lines (a wrapped label's hint left gaps around it)
        self.empty.setAccessibleName(self.tr("Why nothing is listed"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Records:"), self.kind), ticks)
        form.addRow("", self.empty)
        form.addRow("", self.items)
        form.addRow("", measures)
        self.others = OthersTick()  # shown while a note marked as holding others' words is ticked
        form.addRow("", self.others)
        form.addRow("", self.note)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Purpose:"), self.purpose)
        self.form, self.measures_row = form, measures
        form.setRowVisible(self.empty, False)
        form.setRowVisible(self.note, False)  # shown while it says something (_say_note)
        # The page scrolls in a short window: with the wizard's title and buttons it needed 487
        # pixels, more than a 1366x768 laptop at 150 % has (466), and Next went off the screen.
        body = QWidget()
        body.setLayout(form)
        area = scrolled(body)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.viewport().setAutoFillBackground(False)  # the page's own colour, in either theme
        body.setAutoFillBackground(False)
        # What Next still waits for, under the scroll, where Next is: on a 1366x768 laptop at 150 %
        # Recipient and Purpose sat below the scroll, and Next was greyed out with nothing in sight
        # saying why (found in the real app). Each item a link to its field, scrolled into view.
        self.needs = _label("", "nextNeeds")
        self.needs.setTextFormat(Qt.TextFormat.RichText)
        self.needs.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.needs.setAccessibleName(self.tr("Still needed before Next"))
        self.needs.linkActivated.connect(self._go_to)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(area, 1)
        page.addWidget(self.needs)
        self.completeChanged.connect(self._say_needs)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.recipient, self.purpose):
            edit.textChanged.connect(self.completeChanged)
        self.items.itemChanged.connect(lambda *_a: self._ticks_changed())

    def reload(self) -> None:
        kind = str(self.kind.currentData())
        self.items.clear()
        self._say_note("")
        self._list_shown(True)
        if kind == "psychotherapy" and not self.wiz.controller.psychotherapy_open:
            self._say_note(
                self.tr("Unlock the psychotherapy notes (in the chart's Psychotherapy tab) to choose them."))
            self.completeChanged.emit()
            return
        client_id = self.wiz.client_id
        self.wiz.controller.query(self, lambda v: gather(v, client_id, kind)).success(self._gathered).run()

    def _gathered(self, found: dict[str, Any]) -> None:
        self.items.clear()
        self.shared = {str(k): str(v) for k, v in found.get("shared", {}).items()}
        self.described = dict(found.get("described", {}))
        for item_id, day, lead, member, words, on in found["items"]:
            if item_id in self.shared:  # said before the note's words, which privacy mode masks
                lead = f"{lead} · {mark_words(self.shared[item_id])}"
            item = QTreeWidgetItem([day, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, item_id)
            item.setData(0, DAY_ROLE, on.isoformat())
            item.setData(1, PARTS_ROLE, [lead, member, words])
            self._write_line(item)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.items.addTopLevelItem(item)
        drafts, kept = int(found.get("drafts", 0)), int(found.get("kept_originals", 0))
        held, kind = int(found.get("held", 0)), str(self.kind.currentData())
        # Nothing to tick (and no held note's own words for it, below): the list gives its room to why.
        nothing = not found["items"] and not (held and kind == "progress")
        if nothing:
            other = KINDS[0][1] if kind == "billing" else KINDS[2][1]
            self.empty.setText(nothing_listed(kind, drafts, QCoreApplication.translate("WhatPage", str(other))))
        self._list_shown(not nothing)
        said = []
        if drafts and not nothing:
            said.append(self.tr("1 unsigned draft is not listed: sign it in the chart to disclose it.")
                        if drafts == 1 else
                        self.tr("%n unsigned drafts are not listed: sign them in the chart to disclose them.",
                                "", drafts))
        if kept:
            said.append(self._kept_words(kept))
        if held:
            said.append(self.tr("1 note held in confidence for one member is not listed: what a member told under "
                                "the confidentiality agreement stays out of a release of the joint record.")
                        if held == 1 else
                        self.tr("%n notes held in confidence for a member are not listed: what a member told under "
                                "the confidentiality agreement stays out of a release of the joint record.", "",
                                held))
        if held and not found["items"] and str(self.kind.currentData()) == "progress":
            # Found on Xvfb: an empty list and Next disabled, not saying why or what would do.
            said.append(self.tr(
                "Nothing of this kind can be released from this chart: its only signed notes are held in "
                "confidence. A held note goes only in a release that its member alone authorizes, which the "
                "rules allow only when that member is the case's only adult; here they are not. To disclose "
                "something else, choose other records above ({other}).").format(
                    other=QCoreApplication.translate("WhatPage", str(KINDS[2][1]))))
        offered = len(found.get("told_by", {}))
        if offered:
            said.append(self.tr("1 note told in confidence by one member is listed, unticked: it may go only in a "
                                "release that this member alone authorizes (their own authorization as the basis); "
                                "the rules refuse it in any other release.")
                        if offered == 1 else
                        self.tr("%n notes told in confidence by a member are listed, unticked: each may go only in "
                                "a release that its member alone authorizes (their own authorization as the "
                                "basis); the rules refuse them in any other release.", "", offered))
        self._say_note(" ".join(said))
        self.told_by = {str(k): str(v) for k, v in found.get("told_by", {}).items()}
        self.letters_in = str(found.get("letters_in") or "en")
        self.wiz.basis_page.form.set_authorizations(found["authorizations"])
        self.wiz.basis_page.form.set_part2(bool(found.get("part2")))  # the 2.64 fields for a Part 2 client only
        self.wiz.basis_page.form.set_license_state(str(found.get("license_state") or ""))  # counsel's tick or not
        self.wiz.basis_page.form.set_attachments(found["attachments"])
        self.wiz.basis_page.form.set_access_requests(found["access_requests"])
        self.completeChanged.emit()

    def _say_note(self, text: str) -> None:
        """The line under the list, its row taking room only while it says something."""
        self.note.setText(text)
        self.form.setRowVisible(self.note, bool(text))

    def _list_shown(self, shown: bool) -> None:
        """The list, its ticks and the measures' tick; or, with nothing to list, why in their place."""
        self.form.setRowVisible(self.empty, not shown)
        for row in (self.items, self.measures_row):
            self.form.setRowVisible(row, shown)
        self.tick_all.setVisible(shown)
        self.untick_all.setVisible(shown)
        progress = shown and str(self.kind.currentData()) == "progress"  # the measures go with progress notes only
        self.with_measures.setVisible(progress)
        self.measures_words.setVisible(progress)

    def _privacy_switched(self, on: bool) -> None:
        """The lines written again from what was read, ticks kept (the wizard is not modal:
        privacy mode may be switched while the list is on screen)."""
        self.privacy = on
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None:
                self._write_line(item)

    def _write_line(self, item: QTreeWidgetItem) -> None:
        """A record's line: its state, whose held note it is and the note's first words, the
        member's name and the words masked in privacy mode as on the chart and in the search."""
        lead, member, words = (str(p) for p in item.data(1, PARTS_ROLE))
        told = QCoreApplication.translate("ExportWizard", "told in confidence by {member}: only in a release that "
                                                          "{member} alone authorizes")
        parts = [lead] + ([told.format(member=masked_name(member, self.privacy))] if member else []) \
            + ([masked_name(words, self.privacy)] if words else [])
        text = " · ".join(parts)
        item.setText(1, text)
        # The whole line on hover: a held note's words about whose it is pushed its start off.
        item.setToolTip(1, text)

    def _kept_words(self, kept: int) -> str:
        """Where the kept original PDFs are, and why they are not offered (they would be refused)."""
        if kept == 1:
            return self.tr("1 original PDF kept from a discarded imported draft is not listed: it was never signed "
                           "here, and a draft is never disclosed. It is on the chart's Psychotherapy tab, after the "
                           "notes; to disclose what it holds, import a readable copy of that note again, check and "
                           "sign it.")
        return self.tr("%n original PDFs kept from discarded imported drafts are not listed: they were never signed "
                       "here, and a draft is never disclosed. They are on the chart's Psychotherapy tab, after the "
                       "notes; to disclose what one holds, import a readable copy of that note again, check and "
                       "sign it.", "", kept)

    def told_in_confidence(self) -> list[str]:
        """The members (by name) who told the ticked held notes in confidence, one per note: the
        gate let them go only because that member alone authorized this release."""
        told_by = self.told_by
        return [told_by[i] for i in self.selected_ids() if i in told_by]

    def selected_ids(self) -> list[str]:
        out = []
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def marked_ticked(self) -> list[str]:
        """The ticked notes marked as possibly holding what other people said."""
        return [i for i in self.selected_ids() if i in self.shared]

    def others_reviewed(self) -> bool:
        return bool(self.marked_ticked()) and self.others.reviewed()

    def selected_days(self) -> list[date]:
        """The days of the ticked records, for the summary's first and last."""
        out = []
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(date.fromisoformat(str(item.data(0, DAY_ROLE))))
        return out

    def fields(self) -> tuple[str, ...]:
        wanted = self.with_measures.isChecked() and str(self.kind.currentData()) == "progress"
        return ("measures",) if wanted else ()

    def check_all(self) -> None:
        """Tick all: every record listed, but never a note told in confidence by one member (listed
        unticked: it may go only in a release that member alone authorizes, ticked by hand)."""
        self._tick_every(Qt.CheckState.Checked)

    def uncheck_all(self) -> None:
        self._tick_every(Qt.CheckState.Unchecked)

    def _tick_every(self, state: Qt.CheckState) -> None:
        # One change heard at the end, not one per row: each re-reads every row (O(rows) each).
        self.items.blockSignals(True)
        try:
            for i in range(self.items.topLevelItemCount()):
                item = self.items.topLevelItem(i)
                if item is not None and (state == Qt.CheckState.Unchecked
                                         or str(item.data(0, Qt.ItemDataRole.UserRole)) not in self.told_by):
                    item.setCheckState(0, state)
        finally:
            self.items.blockSignals(False)
        self.items.viewport().update()
        self._ticks_changed()

    def _ticks_changed(self) -> None:
        self.completeChanged.emit()
        self.others.show_for(self.shared[i] for i in self.marked_ticked())

    def isComplete(self) -> bool:
        return bool(self.selected_ids() and self.recipient.text().strip() and self.purpose.text().strip())

    def _missing(self) -> list[tuple[str, str]]:
        """What Next waits for, in the page's order: (the field's key for _go_to, the words)."""
        missing = []
        if not self.selected_ids():
            missing.append(("records", self.tr("tick at least one record") if self.items.isVisibleTo(self)
                            else self.tr("choose records this chart holds")))
        if not self.recipient.text().strip():
            missing.append(("recipient", self.tr("type the recipient")))
        if not self.purpose.text().strip():
            missing.append(("purpose", self.tr("type the purpose")))
        return missing

    def _say_needs(self) -> None:
        missing = self._missing()
        links = "; ".join(f'<a href="{key}">{html.escape(words)}</a>' for key, words in missing)
        self.needs.setText(html.escape(self.tr("Before Next:")) + " " + links + "." if missing else "")
        self.needs.setVisible(bool(missing))

    def _go_to(self, key: str) -> None:
        """The keyboard to the missing field, scrolled into view (gui/focus_in_view.py)."""
        records = self.items if self.items.isVisibleTo(self) else self.kind
        field = {"records": records, "recipient": self.recipient, "purpose": self.purpose}.get(key)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            keep_shown(field)


__all__ = ["KINDS", "WhatPage", "gather"]
