"""Alt letters for a wizard's field labels, page by page, as the forms get theirs
(widgets.give_form_mnemonics): the export wizard's Recipient, Address, Purpose and the rest had
none, in English or Spanish, and were reached only by Tab after Tab. Each page is lettered on
its own: one page is on screen at a time, with the wizard's Back, Next, Finish (or the page's
Commit) and Cancel around it, whose letters it leaves alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget, QWizard, QWizardPage

from vault_app.gui.widgets import (
    FAINT,
    _trade_for_accented,
    _with_letter,
    form_letters,
    give_form_mnemonics,
    mnemonic_of,
    seen_places,
    underlined,
)

BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def give_page_mnemonics(page: QWizardPage) -> None:
    """Letters for the page's labels and buttons that have none, none of them the letter of a
    wizard button shown with the page, nor of another on the page. Again after the page built
    new fields (the legal basis's evidence): those made since get theirs, the others keep."""
    around = [mnemonic_of(page.buttonText(which)) for which in BUTTONS]
    give_form_mnemonics(page, [], taken_outside=around)


def give_wizard_mnemonics(wizard: QWizard) -> None:
    """Every page of `wizard`, once its pages are added and their words translated."""
    for page_id in wizard.pageIds():
        give_page_mnemonics(wizard.page(page_id))


# The text a widget had before give_shown_mnemonics gave it a letter
_BEFORE_LETTER = "textBeforeItsLetter"
# Set on a label lettered only with a letter none of the others shown wants (letter_if_free)
_IF_FREE = "letterOnlyIfFree"


def letter_if_free(widget: QLabel | QAbstractButton) -> None:
    """`widget` gets its Alt letter from give_shown_mnemonics after every other shown, and only one
    left free: the open export's "Save as:" had none (a walker's Alt+V did nothing, her path went
    into the password's "Again"), but lettered like the others it took the last letter a court
    order's "order's limits" field needed (that window has more labels than letters then)."""
    widget.setProperty(_IF_FREE, True)


def give_shown_mnemonics(page: QWidget, *, taken_outside: Sequence[str] = ()) -> None:
    """As give_page_mnemonics for a page with more labels and choices than letters, most of
    them shown only for some answers (the decision's outcome: a court order's fields, another
    basis's, the disclosure's): the letters go to what is shown now. Again each time the page
    shows other fields: the letters given before are taken back and given anew, so a label
    just shown is not left without one because a hidden one kept it. Also a window that is no
    wizard page (the open export's and the manual disclosure's basis form): the letters it gave
    at opening stay, those of the fields built since are given here. `taken_outside`: the letters
    of buttons beneath a page that is no wizard's (Settings' Save and Cancel)."""
    # Every one given a letter, one out of the keyboard's reach since (a password's Show) too.
    owners: list[QAbstractButton | QLabel] = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    for widget in owners:
        before = widget.property(_BEFORE_LETTER)
        if isinstance(before, str):
            # Not words set since the letter was given (they are the widget's now)
            if widget.text().replace("&", "", 1) == before:
                widget.setText(before)
            widget.setProperty(_BEFORE_LETTER, None)
    every = [w for w, _letter in form_letters(page)
             if isinstance(w, QAbstractButton | QLabel) and w.isVisibleTo(page)]
    last = [w for w in every if w.property(_IF_FREE)]
    shown = [w for w in every if w not in last]
    around = [mnemonic_of(page.buttonText(which)) for which in BUTTONS] if isinstance(page, QWizardPage) else []
    around += taken_outside
    taken = ({mnemonic_of(w.text()) for w in every} | set(around)) - {""}
    # The labels before the choices, each with the fewest letters to choose from first: a
    # court order's "Dated:" found its four taken by the longer labels before it
    labels = sorted((w for w in shown if isinstance(w, QLabel)), key=_choice)
    given = [w for w in shown if "&" not in w.text()]
    for widget in [*labels, *sorted((w for w in shown if w not in labels), key=_choice)]:
        text = widget.text()
        lettered = _with_letter(text, taken)
        if lettered != text:
            widget.setProperty(_BEFORE_LETTER, text)
            widget.setText(lettered)
    _trade_for_accented(given, taken)
    _trade_for_seen(given, taken)
    # A faint letter the trade freed goes to one left without any (a subpoena's long counsel tick
    # found with none, its l given up by a label that took a letter one sees).
    taken = ({mnemonic_of(w.text()) for w in every} | set(around)) - {""}
    for widget in given:
        if not mnemonic_of(widget.text()):
            widget.setText(_with_letter(widget.text(), taken))
    # Those lettered only with what the others left (letter_if_free): a letter free now, or a seen
    # one another given here gives up for one of its own still free ("Who receives it…" of a
    # serious threat held Save as's v with many others of its words free).
    last = [w for w in last if "&" not in w.text()]
    for widget in last:
        widget.setText(_with_letter(widget.text(), taken))
    _trade_for_seen([*given, *last], taken)
    for widget in [*given, *last]:  # one lettered only by the trade: its words before, to be given anew too
        if widget.property(_BEFORE_LETTER) is None and mnemonic_of(widget.text()):
            widget.setProperty(_BEFORE_LETTER, widget.text().replace("&", "", 1))


def _seen_letters(text: str) -> list[str]:
    """The letters of `text` one sees underlined and types in one stroke (no FAINT, no accented),
    its words' first letters first."""
    plain = text.replace("&", "", 1)
    return list(dict.fromkeys(plain[i].casefold() for i in seen_places(plain) if plain[i].isascii()))


def _trade_for_seen(given: Sequence[QWidget], taken: set[str]) -> None:
    """One given a FAINT or accented letter, or none, takes a plain seen letter of its words from
    another given here, which moves on to one of its own still free, in as many steps as it takes
    (an augmenting path, as in matching). Letter by letter, the first free one went to the first
    asking: Settings' Jurisdiction settings… was left the faint J, each plain letter of its
    words held by a label that had another free."""
    owner = {mnemonic_of(w.text()): w for w in given if mnemonic_of(w.text())}  # type: ignore[attr-defined]
    fixed = taken - set(owner)

    def take(widget: QWidget, seen: set[str]) -> bool:
        for letter in _seen_letters(widget.text()):  # type: ignore[attr-defined]
            if letter in seen or letter in fixed:
                continue
            seen.add(letter)
            holder = owner.get(letter)
            if holder is None or take(holder, seen):
                owner[letter] = widget
                return True
        return False

    for widget in given:
        letter = underlined(widget.text())  # type: ignore[attr-defined]
        if letter and letter.isascii() and letter not in FAINT:
            continue
        mine = {k for k, w in owner.items() if w is widget}
        for k in mine:
            del owner[k]
        if not take(widget, set()):
            owner.update({k: widget for k in mine})
    for letter, widget in owner.items():
        text = widget.text()  # type: ignore[attr-defined]
        if mnemonic_of(text) == letter:
            continue
        plain = text.replace("&", "", 1)
        at = next(i for i in seen_places(plain) if plain[i].casefold() == letter)
        widget.setText(f"{plain[:at]}&{plain[at:]}")  # type: ignore[attr-defined]
        taken.add(letter)


# What _ShownRows hears: a row shown or hidden (its container asked to lay it out again, a row
# container's own show or hide), a row built later, the page shown.
_HEARD = (QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded, QEvent.Type.ShowToParent, QEvent.Type.HideToParent,
          QEvent.Type.Show)


class _ShownRows(QObject):
    """Gives a page's letters anew when one of its rows is shown or hidden (after the event loop's
    turn, once for many): Settings lettered rows shown only for some states (a preset to switch
    to, a minors' rule to apply), hidden, and the rows shown were left faint or accented letters.

    Hears only the page and the widgets that hold its labels and buttons (the rows' containers),
    never a field, label or button itself: a filter on every widget made each paint, key, cursor
    blink and hover of Settings, Open export and Jurisdiction settings pass through Python (code
    review, 2026-12-06). A row shown or hidden asks its container to lay it out again (Qt posts
    it a LayoutRequest), built later it is added to one (ChildAdded), and a page shown hears its
    own Show; on each, the letters are given anew only when the rows shown or their words
    changed (the letters given make their own LayoutRequest: heard, nothing to do)."""

    def __init__(self, page: QWidget, taken_outside: Sequence[str]) -> None:
        super().__init__(page)
        self.page, self.taken_outside, self.due = page, list(taken_outside), False
        self.said: list[tuple[QWidget, str]] = []

    def watch(self) -> None:
        """The page and each widget under it holding a label or a button (up to the page: a row's
        container in another's), again after each change heard (rows built since)."""
        holders: dict[QWidget, None] = {self.page: None}
        for owner in (*self.page.findChildren(QAbstractButton), *self.page.findChildren(QLabel)):
            chain, up = [], owner.parentWidget()
            while up is not None and up is not self.page and not up.isWindow():
                if not _scrolls(up):  # a scroll area and its viewport hear every key and paint: its body holds the rows
                    chain.append(up)
                up = up.parentWidget()
            if up is self.page:  # not within a popup of the page's (a choice's list)
                holders.update(dict.fromkeys(chain))
        for holder in holders:
            holder.installEventFilter(self)  # once: Qt keeps one of a filter installed again

    def shown(self) -> list[tuple[QWidget, str]]:
        return [(w, w.text()) for w, _letter in form_letters(self.page)
                if isinstance(w, QAbstractButton | QLabel) and w.isVisibleTo(self.page)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's kind first, and this object's own state read as absent when gone: a window
        # Python's cycle collector let go of still sends its filter events (its hide, each child
        # removed) after this object's attributes were cleared: an AttributeError each.
        if event.type() in _HEARD and getattr(self, "due", True) is False:
            self.due = True
            QTimer.singleShot(0, self, self.give)
        return False

    def give(self) -> None:
        if not hasattr(self, "page"):
            return  # let go of by Python (above)
        self.due = False
        self.watch()
        if self.shown() != self.said:
            give_shown_mnemonics(self.page, taken_outside=self.taken_outside)
            self.said = self.shown()


def _scrolls(widget: QWidget) -> bool:
    holder = widget.parentWidget()
    return isinstance(widget, QAbstractScrollArea) or (isinstance(holder, QAbstractScrollArea)
                                                       and widget is holder.viewport())


def give_shown_mnemonics_as_rows_change(page: QWidget, *, taken_outside: Sequence[str] = ()) -> None:
    """give_shown_mnemonics now, and again whenever a row of `page` is shown or hidden."""
    rows = _ShownRows(page, taken_outside)
    rows.watch()
    give_shown_mnemonics(page, taken_outside=taken_outside)
    rows.said = rows.shown()


def _choice(widget: QAbstractButton | QLabel) -> int:
    return len({c.casefold() for c in widget.text() if c.isalpha()})


__all__ = ["give_page_mnemonics", "give_shown_mnemonics", "give_shown_mnemonics_as_rows_change",
           "give_wizard_mnemonics", "letter_if_free"]
