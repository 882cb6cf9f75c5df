"""Keyboard shortcuts for everything frequent. One table, shown in Help > Keyboard shortcuts."""

from __future__ import annotations

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

DEFAULTS: dict[str, str] = {
    "lock": "Ctrl+L",
    "quit": "Ctrl+Q",
    "backups": "Ctrl+Shift+B",
    "settings": "Ctrl+,",
    "new_client": "Ctrl+Shift+C",
    "find": "Ctrl+F",
    "search_notes": "Ctrl+Shift+F",
    "new_note": "Ctrl+N",
    "export": "Ctrl+E",
    "destroy": "",
    "dashboard": "Ctrl+D",
    "agenda": "Ctrl+Shift+A",
    "worklist": "Ctrl+Shift+W",
    "accounting": "",
    "requests": "Ctrl+Shift+R",
    "holds": "",
    "complaints": "",
    "eligible": "",
    "destructions": "",
    "privacy": "Ctrl+Shift+H",
    "status_message": "Ctrl+Shift+M",
    "shortcuts": "F1",
    "about": "",
    # inside the note editor
    "save_note": "Ctrl+S",
    "sign_note": "Ctrl+Shift+S",
    "copy_note": "Ctrl+Shift+Y",
    # chart tabs
    "tab_1": "Alt+1",
    "tab_2": "Alt+2",
    "tab_3": "Alt+3",
    "tab_4": "Alt+4",
    "tab_5": "Alt+5",
    "tab_6": "Alt+6",
    "tab_7": "Alt+7",
    "tab_8": "Alt+8",
    "tab_9": "Alt+9",
    "tab_10": "Alt+0",
    "decisions": "",
}

# Marked for pyside6-lupdate, translated where shown (Help > Keyboard shortcuts, about.py).
DESCRIPTIONS: dict[str, str] = {
    "lock": QT_TRANSLATE_NOOP("ShortcutsDialog", "Lock the vault now"),
    "quit": QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit (locks the vault)"),
    "backups": QT_TRANSLATE_NOOP("ShortcutsDialog", "Backups"),
    "settings": QT_TRANSLATE_NOOP("ShortcutsDialog", "Settings"),
    "new_client": QT_TRANSLATE_NOOP("ShortcutsDialog", "New client"),
    "find": QT_TRANSLATE_NOOP("ShortcutsDialog", "Find a client"),
    "search_notes": QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the words of every note"),
    "new_note": QT_TRANSLATE_NOOP("ShortcutsDialog", "New progress note for the open chart"),
    "export": QT_TRANSLATE_NOOP("ShortcutsDialog", "Export or disclose records"),
    "dashboard": QT_TRANSLATE_NOOP("ShortcutsDialog", "Dashboard"),
    "agenda": QT_TRANSLATE_NOOP("ShortcutsDialog", "Agenda: arrows move, Enter opens, N new appointment, "
                                "A attended, I attended (intake), S other status, M move, B account, F fees, "
                                "PgUp/PgDn earlier/later"),
    "worklist": QT_TRANSLATE_NOOP("ShortcutsDialog", "Worklist: unsigned notes, sessions without notes, requests and "
                                  "authorizations due"),
    "requests": QT_TRANSLATE_NOOP("ShortcutsDialog", "Access and amendment requests"),
    "privacy": QT_TRANSLATE_NOOP("ShortcutsDialog", "Privacy mode: hide client names"),
    "status_message": QT_TRANSLATE_NOOP("ShortcutsDialog", "The status line's whole message (where it ends with "
                                        "\"…\")"),
    "shortcuts": QT_TRANSLATE_NOOP("ShortcutsDialog", "This list"),
    "save_note": QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the note now (it also saves by itself)"),
    "sign_note": QT_TRANSLATE_NOOP("ShortcutsDialog", "Sign and lock the note"),
    "copy_note": QT_TRANSLATE_NOOP("ShortcutsDialog", "Copy the note text (cleared from the clipboard "
                                   "after 30 s)"),
    "tab_1": QT_TRANSLATE_NOOP("ShortcutsDialog", "Chart tabs: Overview, Sessions, Psychotherapy, Authorizations, "
                               "Disclosures, Requests, Attachments, History, Decisions, Measures "
                               "(Alt+1 … Alt+9, Alt+0)"),
}
