"""The "Sort as" field of the New client form and Client details (domain/sort_as.py).

Left empty, it shows in grey what the client list files the chart under, as the legal name is
typed: the new chart's proposal ("García López" for María García López in a practice writing
Spanish), or for a chart that exists the legal name's last word. Typed, it is what the list goes by.

A chart's kept sort-as that the legal name, as corrected, no longer holds follows the new name, as the
practice proposes it (walker wspanish, round 39: "María José García Núñez" renamed "… Zamora Núñez"
stayed under García). One the therapist typed in this form, or one the new name still holds, stays.

A client whose letters are in Spanish is read as carrying two surnames in any practice (domain/sort_as
two_surnames_for): choosing Spanish under "Letters in" changes the grey proposal at once, as typing
the name does."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from vault_app.domain.list_names import surname
from vault_app.domain.sort_as import MAX_SORT_AS_LEN, proposed, two_surnames_for
from vault_app.gui.dates import practice_locale


class SortAsField(QLineEdit):
    """`new`: a chart not made yet, which gets the practice's proposal when left empty."""

    def __init__(self, legal_name: QLineEdit, value: str = "", *, new: bool = False, letters_in: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setObjectName("sortAs")
        self.setMaxLength(MAX_SORT_AS_LEN)
        self.setAccessibleName(self.tr("Sort as"))
        self.setToolTip(self.tr("What the client list sorts this chart under, e.g. both surnames of a Spanish "
                                "name (García López). Left empty: the name shown in grey."))
        self._legal_name, self._new, self._letters_in = legal_name, new, letters_in
        # The words shown that came from the name (the chart's kept ones, where the name holds them), and
        # whether they follow it yet: None once the therapist types here, or for kept words the name does
        # not hold (a name the client goes by elsewhere): theirs stay.
        self._from_name: str | None = value if value and value.casefold() in legal_name.text().casefold() else None
        self._following = False
        legal_name.textChanged.connect(self._follow)
        # Opening changes nothing: a kept sort-as the name does not hold may be the therapist's own.
        self.setPlaceholderText(self.listed_under(legal_name.text()))

    def listed_under(self, legal_name: str) -> str:
        """What the list files the chart under while this field is empty."""
        name = legal_name.strip()
        if self._new:
            found = proposed(name, two_surnames=self._two_surnames())
            if found:
                return found
        return surname(name) if name else ""

    def _follow(self, legal_name: str) -> None:
        self.setPlaceholderText(self.listed_under(legal_name))
        if self._from_name is None or self.text() != self._from_name:
            self._from_name = None  # typed here: the therapist's
            return
        name = " ".join(legal_name.split())
        if not self._following and self._from_name.casefold() in name.casefold():
            return  # the name still holds it: a correction elsewhere in the name
        self._following = True
        self._from_name = proposed(name, two_surnames=self._two_surnames())
        self.setText(self._from_name)

    def _two_surnames(self) -> bool:
        return two_surnames_for(practice_locale(), self._letters_in)

    def letters_in_changed(self, letters_in: str) -> None:
        """The client's letter language, as chosen on the form: what the grey proposal reads names by."""
        self._letters_in = letters_in
        self.setPlaceholderText(self.listed_under(self._legal_name.text()))

    def value(self) -> str | None:
        """What to save: the words typed; for a new chart left empty None (the practice's proposal,
        as shown in grey), for one that exists "" (the legal name's last word)."""
        typed = " ".join(self.text().split())
        return typed if typed or not self._new else None


__all__ = ["SortAsField"]
