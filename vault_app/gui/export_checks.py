"""The export wizard's two ticks the disclosure rules ask for (domain/disclosure_parts.py):

- an authorization recorded without the kinds of information its description names: the
  therapist confirms, with the authorization's own words quoted beside the parts to be sent,
  that these parts are what it describes (45 CFR 164.508(a)(1), (c)(1)(i)); never ticked by
  default, and unticked again when another authorization or other records are chosen;
- notes of a couple, family or group session, marked in the list as possibly holding what other
  people said: one tick that the therapist reviewed the marked notes ticked (164.502(b)); leaving
  them out is the other way.
The gate decides; these only say what the therapist confirmed (DisclosureRequest)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from vault_app.domain.disclosure_parts import parts_sent, shared_reason
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words_gate import PARTS as PART_WORDS
from vault_app.gui.widgets import wrapped_label
from vault_app.gui.wrapped_label import WrappedLabel
from vault_app.services import authorizations, clients, sessions

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

CONTEXT = "ExportChecks"
# The mark after a note's line in the wizard's list, by why it may hold others' words.
MARKS: dict[str, str] = {
    "couple": QT_TRANSLATE_NOOP("ExportChecks", "couple session: may hold what other people said"),
    "family": QT_TRANSLATE_NOOP("ExportChecks", "family session: may hold what other people said"),
    "group": QT_TRANSLATE_NOOP("ExportChecks", "group session: may hold what other people said"),
}

# How many of the notes going out are of each kind of session ("one" and "many": English has no
# translator for %n's plural, so one source per form).
COUNTED: dict[str, tuple[str, str]] = {
    "couple": (QT_TRANSLATE_NOOP("ExportChecks", "%n couple session's note"),
               QT_TRANSLATE_NOOP("ExportChecks", "%n couple sessions' notes")),
    "family": (QT_TRANSLATE_NOOP("ExportChecks", "%n family session's note"),
               QT_TRANSLATE_NOOP("ExportChecks", "%n family sessions' notes")),
    "group": (QT_TRANSLATE_NOOP("ExportChecks", "%n group session's note"),
              QT_TRANSLATE_NOOP("ExportChecks", "%n group sessions' notes")),
}


def counted_words(reasons: Iterable[str]) -> str:
    """How many notes going out may hold what other people said, by their session's kind
    ("3 family sessions' notes, 1 couple session's note may hold..."), or "" for none."""
    counts = Counter(reasons)
    said = [QCoreApplication.translate(CONTEXT, COUNTED[r][0 if counts[r] == 1 else 1], None, counts[r])
            for r in COUNTED if counts[r]]
    if not said:
        return ""
    return QCoreApplication.translate("ExportChecks", "{notes} may hold what other people said.").format(
        notes=", ".join(said))


# Run on the worker thread (gui/export_what_gather.gather).
def shared_notes(vault: Vault, client_id: str) -> dict[str, str]:
    """The chart's progress notes that may hold what other people said: note id -> why (the
    session's modality), as the gate finds them (services/disclosure_gate._candidates)."""
    client = clients.get_client(vault, client_id)
    modality = {s.session_id: s.modality for s in sessions.list_sessions(vault, client_id)}
    found = {}
    for note in clients.read_chart(vault, client_id).notes:
        reason = shared_reason(modality.get(note.session_id or "", ""), client.is_case)
        if reason:
            found[note.note_id] = reason
    return found


def described(vault: Vault, client_id: str) -> dict[str, tuple[str, list[str]]]:
    """Each authorization on file: its description (the client's words) and the kinds recorded."""
    return {a.id: (a.description, sorted(a.described_parts))
            for a in authorizations.list_authorizations(vault, client_id)}


def mark_words(reason: str) -> str:
    return QCoreApplication.translate(CONTEXT, MARKS[reason]) if reason in MARKS else ""


class CheckWords(WrappedLabel):
    """A check box's words that wrap: a click on them, or their Alt letter, ticks the box, as
    on the box's own text (the label's buddy is the box; Qt clicks a button buddy)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setBuddy(box)
        # From the top, as the box: centred in a row taller than its lines, the words sat below it.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.set_words(text)

    def set_words(self, text: str) -> None:
        self.setText(text)
        self.box.setAccessibleName(self.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()) \
                and self.box.isEnabled():
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)


class _Tick(QWidget):
    """A box, its wrapping words, and a calm line under them."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.words = CheckWords(text, self.box)
        self.words.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the client's words
        self.note = wrapped_label("", "calmNote")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.box.toggled.connect(lambda _on: self._say())
        self.hide()

    def _say(self) -> None:
        pass

    def _note(self, text: str) -> None:
        """The calm line, hidden when it says nothing (an empty label left a gap under the tick)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))


class OthersTick(_Tick):
    """Under the list of records: shown while a marked note is ticked, with how many of each
    kind of session go (a tick that counted nothing let three family sessions go as one)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate(
            "ExportChecks", "I &reviewed the ticked notes marked \"may hold what other people said\": what they "
                            "hold of others may go to this recipient"))
        self.count = wrapped_label("", "")
        self.count.setAccessibleName(QCoreApplication.translate("ExportChecks", "Notes that may hold others' words"))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.count)
        self._say()

    def show_for(self, marked: Iterable[str]) -> None:
        """`marked`: why each marked note going out may hold others' words (its session's modality)."""
        reasons = list(marked)
        self.count.setText(counted_words(reasons))
        self.setVisible(bool(reasons))
        if not reasons:
            self.box.setChecked(False)

    def reviewed(self) -> bool:
        return not self.isHidden() and self.box.isChecked()

    def _say(self) -> None:
        self._note("" if self.box.isChecked() else QCoreApplication.translate(
            "ExportChecks", "Not ticked: the rules refuse the marked notes. Review them, or leave them out."))


def whole_chart_others() -> OthersTick:
    """The complete open export's tick: it sends every note, so the chart's marked notes all go."""
    return OthersTick(QCoreApplication.translate(
        "ExportChecks", "I &reviewed this chart's notes of couple, family or group sessions for what other people "
                        "said: what they hold of others may go to this recipient"))


class DescribedTick(_Tick):
    """On the basis page: shown for an authorization recorded without its kinds."""

    def __init__(self) -> None:
        super().__init__("")
        self.for_what: tuple[str, str, tuple[str, ...]] | None = None  # (authorization, kind, fields)
        self._say()

    def show_for(self, auth_id: str | None, auth: tuple[str, list[str]] | None, kind: str,
                 fields: tuple[str, ...]) -> None:
        """Shown when `auth` (its words, its kinds) records no kinds and the records chosen carry
        some; the tick is taken off when what it confirmed changes."""
        sent = parts_sent(kind, fields)
        wanted = auth_id is not None and auth is not None and not auth[1] and bool(sent)
        what = (str(auth_id), kind, fields)
        if what != self.for_what:
            self.box.setChecked(False)
            self.for_what = what
        self.setVisible(wanted)
        if not wanted or auth is None:
            return
        parts = ", ".join(QCoreApplication.translate("GateWords", PART_WORDS[p]) for p in sent)
        self.words.set_words(QCoreApplication.translate(
            "ExportChecks", "&These parts ({parts}) are what the authorization describes: \"{words}\"").format(
                parts=parts, words=auth[0]))

    def confirmed(self) -> bool:
        return not self.isHidden() and self.box.isChecked()

    def _say(self) -> None:
        self._note("" if self.box.isChecked() else QCoreApplication.translate(
            "ExportChecks", "This authorization was recorded without the kinds of information it describes. Read its "
                     "words: until you tick that they describe these parts, the rules refuse the export and Next "
                     "stays off. If they do not, go Back and leave those parts out, or record a new "
                     "authorization."))


__all__ = ["CONTEXT", "COUNTED", "MARKS", "CheckWords", "DescribedTick", "OthersTick", "counted_words", "described",
           "mark_words", "shared_notes", "whole_chart_others"]
