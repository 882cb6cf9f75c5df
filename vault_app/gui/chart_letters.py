"""The Alt letters of a chart's buttons (its header's two, then each tab's) and of the Overview's
field labels, each kept off the letters the window's menu bar and client list use. Apart from
the chart view (chart_view.py) for its length."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from vault_app.gui.label_letters import give_label_letters
from vault_app.gui.widgets import give_button_mnemonics, mnemonic_of


def header_letters(note_button: QPushButton, export_button: QPushButton, pages: Sequence[QWidget],
                   overview_labels: Sequence[QLabel], taken: set[str]) -> set[str]:
    """Letters for New note and Export, none of them one of `taken`; the letters the tabs'
    buttons must then leave alone. A tab's button may repeat another tab's (a hidden tab's
    button does not answer its letter)."""
    # Not on a tab's button's first letter where another is free: "Export &or disclose" took
    # the O that Requests' "Open…" was then pressed for (a walker's Alt+O opened the export).
    # Nor on the first letter of an Overview label (twelve labels, fewer letters: "Nombre:"
    # lost its last one to "Exportar &o divulgar").
    wanted = [*(b.text() for page in pages for b in page.findChildren(QPushButton)),
              *(lab.text() for lab in overview_labels)]
    firsts = {text[0].casefold() for words in wanted
              if (text := words.replace("&", "").strip()) and text[0].isalpha()}
    give_button_mnemonics([note_button], taken)  # its E: the crowded Overview's labels need the rest
    taken = taken | {mnemonic_of(note_button.text())}
    for header in (export_button,):
        give_button_mnemonics([header], taken | firsts)
        if not mnemonic_of(header.text()):
            give_button_mnemonics([header], taken)
        taken = taken | {mnemonic_of(header.text())}
    return taken | {mnemonic_of(b.text()) for b in (note_button, export_button)}


def page_letters(page: QWidget, labels: Sequence[QLabel], letters_taken: set[str]) -> None:
    """A tab's buttons' letters, then (`labels`: the Overview's) its labels' from those left."""
    buttons = page.findChildren(QPushButton)
    # And none a label's letter given before (the page shown again): a case's member
    # buttons come with the chart, and "Moss family" took the M of "Name" (found on Xvfb).
    given = {mnemonic_of(lab.text()) for lab in labels}
    # Nor one of the tab's own field labels' (written with their letter: the Psychotherapy note's
    # "Dat&e:"), which keep theirs unless the header or the menu bar has it. Found by the Spanish
    # day's walker (round 46): "D&estruir notas…" and "F&echa:" were both Alt+E, and in English
    # "Dat&e:" shared the E of the header's "N&ew note" (Alt+E went from one to the other).
    own = [lab for lab in page.findChildren(QLabel)
           if lab not in labels and lab.buddy() is not None and mnemonic_of(lab.text())]
    moved = [lab for lab in own if mnemonic_of(lab.text()) in letters_taken]
    for lab in moved:
        lab.setText(lab.text().replace("&", "", 1))
    given |= {mnemonic_of(lab.text()) for lab in own if lab not in moved}
    if moved:  # another of their words' letters before the buttons take theirs ("Date:": each other one was)
        give_label_letters(moved, (letters_taken | given | {mnemonic_of(b.text()) for b in buttons}) - {""})
        given |= {mnemonic_of(lab.text()) for lab in moved}
    give_button_mnemonics(buttons, (set(letters_taken) | given) - {""})
    # Then the Overview's labels, from the letters left: a button is what Alt is mostly for.
    taken = (letters_taken | {mnemonic_of(b.text()) for b in buttons}) - {""}
    if labels:
        give_label_letters(labels, taken)
