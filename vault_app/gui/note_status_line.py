"""The note's save and signing line under its text (note_form.py), for the progress note window
and the Psychotherapy tab alike: no empty line while it has nothing to say.

Found by the last helper (round 45, at 150 %): before a note's first save the line stood empty
under the text, a line of the text's height given to nothing. Hidden instead while it has no
words, it would come at the first key typed ("Editing…") and push the text box's bottom up
mid-sentence. So the line is there from the moment a note is open, saying where the note stands
("New note. It is saved as you type.", "Draft"): it changes words as the note is saved but keeps
its place, and it goes only with the note (a blank form, or a signed note with nothing said). A
blank said to it while a note is open (a held line's end with no save word yet) puts the
standing words back rather than an empty line."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from vault_app.gui.wrapped_label import WrappedLabel


class StatusLine(WrappedLabel):
    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("calmNote")
        self.standing = ""  # what the line says of the open note when nothing newer is said
        self.setVisible(False)

    def setText(self, text: str) -> None:
        said = text if text.strip() else self.standing
        super().setText(said)
        if self.parentWidget() is not None:  # never a window of its own before it is laid out
            self.setVisible(bool(said.strip()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            # Laid out after its first words (the progress note's form starts before its window's
            # layout takes the line): shown now, or it kept them hidden (found in the real app).
            self.setVisible(bool(self.text().strip()))
        return super().event(event)

    def stand(self, words: str, *, now: bool = False) -> None:
        """The open note's standing words ("" none): said in place of the last ones (or of
        nothing), not over newer words (a crash's "Restored: …" said before the note was read);
        `now`: said whatever was (another note, or none)."""
        was, self.standing = self.standing, words
        if now or not self.text().strip() or self.text() == was:
            self.setText(words)


__all__ = ["StatusLine"]
