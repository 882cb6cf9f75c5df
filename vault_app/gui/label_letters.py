"""Alt letters for a page's field labels when there are fewer letters free than labels (the
chart's Overview: twelve labels beside the menu bar's, the client list's and the chart's own
buttons' letters). Mostly labels; a window's lesser buttons may share the matching with them (the
progress note's Copy text, Discard draft… and its session labels: one by one, the buttons took
the letters the labels had no other of)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QLabel

from vault_app.gui.widgets import mnemonic_of, seen_places


def give_label_letters(labels: Sequence[QLabel | QAbstractButton], taken: set[str], *, first: int = 0) -> None:
    """A letter one sees for as many of `labels` as the letters left allow, none in `taken`: the
    Overview has more labels than the window has letters free. One at a time, "Name" took the
    "a" that was "Diagnoses"'s last (found on Xvfb); matched instead (augmenting paths), each
    label keeps its word's first letters first and gives way only to one with no other left."""
    taken = taken | {mnemonic_of(label.text()) for label in labels}  # given before (the page shown again)
    wants = [[c.casefold() for c in _preferred(label.text()) if c.casefold() not in taken] for label in labels]
    owner: dict[str, int] = {}

    def place(i: int, seen: set[str]) -> bool:
        for letter in wants[i]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = i
                return True
        return False

    # Those with the fewest letters left first: the others may still find one of theirs. The
    # `first` of `labels` before the rest: one placed keeps a letter (another of its own, maybe)
    # whatever comes after, so they have theirs where the letters allow (a window's buttons).
    # Those hidden for this chart (a case's Members) after those shown: one placed keeps a letter,
    # and a hidden "Mem&bers:" held the B that "Chart number:" on screen then lacked (found once
    # Export or disclose moved off the O of Requests' Open…).
    for i in [*sorted(range(first), key=lambda i: len(set(wants[i]))),
              *sorted(range(first, len(labels)), key=lambda i: (labels[i].isHidden(), len(set(wants[i]))))]:
        if "&" not in labels[i].text():
            place(i, set())
    for letter, i in owner.items():
        text = labels[i].text()
        at = next(k for k in seen_places(text) if text[k].casefold() == letter)
        labels[i].setText(f"{text[:at]}&{text[at:]}")


def _preferred(text: str) -> list[str]:
    """The letters one sees in `text`, its words' first letters first (widgets.seen_places); an
    accented one last: "Decisi&ón" took Alt+ó, which a Spanish keyboard types in two strokes,
    while a plain letter of its was free for another."""
    seen = [text[i] for i in seen_places(text)]
    return list(dict.fromkeys([*(c for c in seen if c.isascii()), *(c for c in seen if not c.isascii())]))


__all__ = ["give_label_letters"]
