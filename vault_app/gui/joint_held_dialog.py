"""Held in confidence for… : mark a couple's or family's progress note as told in confidence
by one member, so that a release of the joint record leaves it out (domain/joint_held.py).
Opened from the chart's notes list; the note editor is not involved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from vault_app.gui.forms import action_buttons
from vault_app.gui.widgets import masked_name
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.services import clients, joint_held

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def members_and_mark(vault: Vault, case_id: str, note_id: str) -> tuple[list[tuple[str, str]], str]:
    """Worker side: the case's members (id, name) and the member the note is held for ("" if none)."""
    case = clients.get_client(vault, case_id)
    members = [(m, clients.get_client(vault, m).display_name) for m in case.member_ids]
    mark = joint_held.marks(vault, case_id).get(note_id)
    return members, mark.member_id if mark is not None else ""


def save(vault: Vault, note_id: str, member_id: str, was: str) -> str:
    if member_id:
        joint_held.hold(vault, note_id, member_id)
    elif was:
        joint_held.clear(vault, note_id)
    return member_id


class JointHeldDialog(QDialog):
    def __init__(self, controller: App, case_id: str, note_id: str, *, privacy: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.case_id, self.note_id, self.privacy = controller, case_id, note_id, privacy
        self.was = ""
        self.setWindowTitle(self.tr("Held in confidence"))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Held in confidence for"))
        self.member.addItem(self.tr("No one: part of the joint record"), "")
        explain = _label(self.tr(
            "What one member told under the case's confidentiality agreement (for example in an individual "
            "session) stays out of any release of the joint record: a release carries it only when that member "
            "alone authorizes it. The mark is recorded in the audit log, without the note's text."), "calmNote")
        form = QFormLayout()
        form.addRow(self.tr("Held in confidence for:"), self.member)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self._save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 220)
        self.controller.query(self, lambda v: members_and_mark(v, case_id, note_id)).success(self._loaded).run()

    def _loaded(self, found: tuple[list[tuple[str, str]], str]) -> None:
        members, self.was = found
        for member_id, name in members:
            self.member.addItem(masked_name(name, self.privacy), member_id)
        self.member.setCurrentIndex(max(0, self.member.findData(self.was)))
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        note_id, member_id, was = self.note_id, str(self.member.currentData() or ""), self.was
        if member_id == was:
            self.accept()
            return
        self.save_button.setEnabled(False)
        self.controller.op(self, lambda v: save(v, note_id, member_id, was), label=self.tr("Saving…")) \
            .success(lambda _m: self.accept()).finally_(lambda: self.save_button.setEnabled(True)).run()
