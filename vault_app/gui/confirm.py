"""Confirmation before what cannot be undone (signing, discharge), with a summary of what
will be fixed in place. Non-blocking (open(), not exec()): a lock arriving while the box is
up closes it with its window instead of waiting behind a nested event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

_CHORD = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class AnsweredByAlt(QMessageBox):
    """A message box whose buttons answer Alt and their letter, never the letter alone. Qt's own
    box clicks a button on its bare letter: found on Xvfb, the words typed after a box opened
    answered it ("Circuit" pressed Cancel); typed into "Close without saving?" they could close
    the form and lose the work. Enter, Escape, Tab and Space keep their meaning."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not event.modifiers() & _CHORD:
            event.accept()  # a typed letter answers nothing
            return
        super().keyPressEvent(event)


def confirm(parent: QWidget, title: str, question: str, summary: list[str], accept_text: str,
            on_accept: Callable[[], None], warnings: list[str] | None = None) -> QMessageBox:
    box = AnsweredByAlt(parent)
    box.setObjectName("confirmBox")
    # What a confirmation quotes (a name, a reason) is text: Qt would draw "<b>" or "<a href>" in
    # it as markup, and a message box's links open by themselves.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    lines = [f"• {line}" for line in summary]
    if warnings:
        lines += ["", *(f"⚠ {w}" for w in warnings)]
    box.setInformativeText("\n".join(lines))
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    # An Alt letter each, not the same one (found on Xvfb in Spanish: "Cerrar sin guardar" and
    # "Firmar" had none; the answer was Tab and Space, or the mouse). The answer's first.
    from vault_app.gui.widgets import form_letters, give_button_mnemonics, mnemonic_of  # Lazy (start-up)

    # The answer on none of the window's letters beneath, where its words allow: Spanish
    # "&Retirada" asked "&Registrar como retirada", so a double Alt+R withdrew a request and
    # stopped its deadline (found by a walker).
    beneath = {letter for w, letter in form_letters(parent.window()) if letter and w.isVisible()}
    words = accept.text()
    give_button_mnemonics([accept], beneath)
    # A letter whose underline is read as the narrow one beside it is passed over for the next
    # (Spanish "Fi&rmar", F the Psychotherapy tab's "&Firmar y sellar": Alt+I did nothing; the
    # day's walker, round 45): "Fir&mar".
    unclear: set[str] = set()
    while "&" not in words and mnemonic_of(accept.text()) and not _seen(accept.text()):
        unclear.add(mnemonic_of(accept.text()))
        accept.setText(words)
        give_button_mnemonics([accept], beneath | unclear)
    if not _seen(accept.text()):
        # Every seen letter of the answer taken beneath: the box is a window of its own, whose
        # Alt letters the window beneath does not share (Qt's shortcut log: theirs are "not in
        # context"), so its word's first letter. A narrow i was the one left on the progress
        # note's Sign: its underline sits by the g's tail, read as G, and a walker's Alt+G did
        # nothing.
        accept.setText(words)
        give_button_mnemonics([accept], set())
    give_button_mnemonics([accept, cancel], set())
    # With warnings the safe answer is the default; otherwise Enter confirms, so the
    # keyboard path stays two deliberate keys (the shortcut, then Enter).
    box.setDefaultButton(cancel if warnings else accept)
    box.setEscapeButton(cancel)

    def done() -> None:
        if box.clickedButton() is accept:
            on_accept()

    box.finished.connect(lambda _r: done())
    box.open()
    return box


def _seen(text: str) -> bool:
    """`text` has an Alt letter whose underline is seen as under it (not a narrow FAINT one)."""
    from vault_app.gui.widgets import FAINT, mnemonic_of  # Lazy (start-up), as in confirm()

    at = text.replace("&&", "\0\0").find("&")
    # Nor right after one: its underline starts by the narrow letter's stem ("Fi&rmar" read as Alt+I).
    return (bool(mnemonic_of(text)) and at + 1 < len(text) and text[at + 1] not in FAINT
            and (at == 0 or text[at - 1] not in FAINT))


def ask_yes_no(parent: QWidget, title: str, words: str, on_yes: Callable[[], None],
               on_no: Callable[[], None] | None = None) -> QMessageBox:
    """A Yes/No question, answered Yes only by a click, Alt and Yes's letter, or Enter once the
    therapist moved to Yes: No is the default and Escape's answer, because every question asked
    this way is before something done for good (a removal, a replaced vault, a copy out of the
    vault unencrypted, a kit never shown again). Qt's static QMessageBox.question answered its
    buttons' bare letters and had Yes under Enter, so words typed as it opened could answer it.

    Opened, not exec()'d, as confirm() and notice(): `on_yes` runs once Yes is chosen, `on_no`
    (if any) on any other end. Waited on in a nested event loop, the question let a lock run
    inside it: the lock closed the new Emergency Kit's window, which asked this question, and
    the lock waited on the answer with the vault still open (found in real widgets). A lock now
    closes the question with its window, as No, and nothing it asked before is done."""
    box = AnsweredByAlt(parent)
    box.setObjectName("yesNoBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # as in confirm(): what it quotes is text
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(words)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    # The app's words (Qt's own come with their bare-letter habits and, untranslated, in English).
    yes.setText(QCoreApplication.translate("confirm", "Yes"))
    no.setText(QCoreApplication.translate("confirm", "No"))
    from vault_app.gui.widgets import give_button_mnemonics  # Lazy (start-up), as in confirm()

    give_button_mnemonics([yes, no], set())
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(no)

    def answered() -> None:
        said_yes = box.clickedButton() is yes
        # Out of its window before it goes: the box's own connection may hold the last reference to
        # that window (`on_yes` a method of a window no one else keeps), so deleting the box frees
        # the window, which deleted the box a second time as its child: a crash found in the tests.
        box.setParent(None)
        box.deleteLater()
        if said_yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


__all__ = ["AnsweredByAlt", "ask_yes_no", "confirm", "notice"]


def notice(parent: QWidget, object_name: str, title: str, text: str, informative: str, *,
           warning: bool = False) -> QMessageBox:
    """A message the therapist reads after an unlock (a job the lock stopped or outran):
    opened, not exec()'d, as every message of the app."""
    box = AnsweredByAlt(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)  # as in confirm(): what it quotes is text
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
