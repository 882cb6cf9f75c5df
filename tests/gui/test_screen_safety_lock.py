"""Issue 17, "safe by default on screen", second part: typed text kept across a lock, file
dialogs without history, privacy mode over previews, screens that follow changes."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_screen_safety import _assert_bound, _client
from vault_app.gui.controller import AppController
from vault_app.services import clients, notes

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _names_shown(qapp) -> None:
    """Qt caches its settings file for the process, so privacy mode left on by an earlier
    test would mask the names these tests read; they start with names shown."""
    from vault_app.gui import prefs

    prefs.put("privacy_mode", False)


def _visible(app: AppController, cls: type) -> list:
    window = app.main_window
    assert window is not None
    return [d for d in window.findChildren(cls) if d.isVisible()]


def _no_plaintext_on_disk(folder, text: str) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert text.encode() not in path.read_bytes(), f"{path.name} holds the typed text in plaintext"


def test_addendum_being_typed_survives_the_lock(unlocked_app: AppController, qtbot, app_folder) -> None:
    from tests.gui.conftest import unlock
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.gui.held import RESTORED

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ada Firstperson")
    other = add_client(unlocked_app, qtbot, "Bea Secondperson")
    window.open_chart(client_id)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept badly.")
    editor.sign_now()
    wait_ops(qtbot)
    note_id = str(editor.note_id)
    editor.amend()
    amend = editor.findChild(AmendDialog)
    assert amend is not None
    typed = "Phone call the next day: nightmares again."
    qtbot.keyClicks(amend.text, typed)
    window.open_chart(other)  # the chart behind moved on: the text still belongs to Ada's note
    wait_ops(qtbot)

    unlocked_app.lock("Locked after a period without activity.")
    wait_ops(qtbot)
    _no_plaintext_on_disk(app_folder, typed)

    unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    restored = _visible(unlocked_app, AmendDialog)
    assert len(restored) == 1
    dialog = restored[0]
    assert dialog.text.toPlainText() == typed and dialog.message.text() == RESTORED
    assert dialog.note_id == note_id
    _assert_bound(dialog, _client(unlocked_app, client_id))
    dialog.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    history = notes.note_history(vault, note_id)
    assert [a.text for a in history.amendments] == [typed]

    unlocked_app.lock("again")  # taken back once: nothing reopens a second time
    wait_ops(qtbot)
    unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    assert _visible(unlocked_app, AmendDialog) == []


def test_psychotherapy_addendum_held_in_its_own_compartment(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_chart_editing import _open_psychotherapy
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.services import held_text
    from vault_app.services import psychotherapy_notes as psy

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    tab = _open_psychotherapy(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    saved = psy.create_psychotherapy_note(vault, client_id, "Transference themes.")
    psy.sign_psychotherapy_note(vault, saved.note.note_id)
    tab.open_note(saved.note.note_id)
    wait_ops(qtbot)
    dialog = tab.amend()
    assert dialog is not None
    qtbot.keyClicks(dialog.text, "It was the stepfather.")
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert not dialog.isVisible() and dialog.text.toPlainText() == ""
    assert held_text.take(vault, "records") == [], "psychotherapy text never goes to the records compartment"

    _open_psychotherapy(unlocked_app, qtbot)
    wait_ops(qtbot)
    restored = _visible(unlocked_app, AmendDialog)
    assert len(restored) == 1 and restored[0].text.toPlainText() == "It was the stepfather."
    assert "when the psychotherapy notes locked" in restored[0].message.text()  # not "the vault"
    restored[0].reject()
    wait_ops(qtbot)


def test_client_details_being_edited_survive_the_lock(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.conftest import unlock
    from vault_app.gui.client_details import ClientDetailsDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = window.chart.overview.edit_details()
    assert dialog is not None
    dialog.safe_address.setText("PO Box 77")
    unlocked_app.lock("test")
    wait_ops(qtbot)
    unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    restored = _visible(unlocked_app, ClientDetailsDialog)
    assert len(restored) == 1 and restored[0].safe_address.text() == "PO Box 77"
    assert restored[0].client_id == client_id
    restored[0].save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert clients.get_client(vault, client_id).contact.safe_address == "PO Box 77"


def test_file_dialogs_leave_no_folder_history(qapp, qtbot, tmp_path) -> None:
    """Qt's own dialog records the folder it was in when it closes (even on Cancel); the
    app's file dialogs put Qt's settings back as they were."""
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from vault_app.gui import file_dialogs

    folder = tmp_path / "Lindqvist custody case"
    folder.mkdir()
    (folder / "consent.pdf").write_bytes(b"%PDF-1.4\n")
    settings = file_dialogs.qt_settings()
    settings.setValue("FileDialog/someoneElses", "kept")  # another Qt program's entry stays
    settings.sync()
    seen: list[str] = []

    def browse_then_cancel() -> None:
        found = [w for w in QApplication.allWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(50, browse_then_cancel)
            return
        found[0].setDirectory(str(folder))
        seen.append(found[0].directory().absolutePath())
        found[0].reject()

    QTimer.singleShot(50, browse_then_cancel)
    assert file_dialogs.open_file(None, "Attach a scan", str(tmp_path), "Scans (*.pdf)") == ""
    assert seen and "Lindqvist" in seen[0]
    settings = file_dialogs.qt_settings()
    settings.sync()
    remembered = " ".join(f"{k}={settings.value(k)}" for k in settings.allKeys())
    assert "Lindqvist" not in remembered
    assert settings.value("FileDialog/someoneElses") == "kept"
    conf = Path(settings.fileName())
    assert not conf.exists() or b"Lindqvist" not in conf.read_bytes()


def test_no_file_dialog_bypasses_the_forgetful_one() -> None:
    """The class, not the instance: no GUI module calls Qt's static file dialogs."""
    from pathlib import Path

    import vault_app.gui as gui

    offenders = [p.name for p in Path(gui.__file__).parent.glob("*.py")
                 if p.name != "file_dialogs.py" and "QFileDialog.get" in p.read_text()]
    assert offenders == []


def test_privacy_mode_hides_note_previews(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    notes.create_progress_note(vault, client_id, template="free", sections={"text": "Panic attack at the office."})
    window.chart.reload()
    wait_ops(qtbot)
    tree = window.chart.sessions.notes
    assert "Panic attack" in tree.topLevelItem(0).text(3)
    window.toggle_privacy()
    wait_ops(qtbot)
    assert "Panic" not in tree.topLevelItem(0).text(3)
    window.toggle_privacy()
    wait_ops(qtbot)
    assert "Panic attack" in tree.topLevelItem(0).text(3)


def test_status_bar_follows_a_backup(unlocked_app: AppController, qtbot, tmp_path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    assert "no verified backup" in window.status_label.text()
    # The way it names is the menu's (it said "Backups > Back up now", a menu there is not).
    menu_title, item, button = window.status_label.text().split("now: ")[1].split(" (")[0].split(" > ")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title)
    assert item in [a.text().replace("&", "") for a in menu.actions()]
    assert button == "Back up now"
    dialog = window.open_backups()
    assert dialog.backup_button.text().replace("&", "") == button
    wait_ops(qtbot)
    dialog.target.setText(str(tmp_path / "backups"))
    (tmp_path / "backups").mkdir()
    dialog.backup_now()
    wait_ops(qtbot)
    # A new vault's default kind: a snapshot into the backup folder (services/backup_kinds.py).
    assert "Dated backup snap-" in dialog.result_label.text()
    assert "no verified backup" not in window.status_label.text()
    assert window.status_label.text() == "Backup checked."
    dialog.close()


def test_last_seen_follows_a_new_session(unlocked_app: AppController, qtbot) -> None:
    from datetime import date

    from vault_app.gui.dates import show_date

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    tree = window.client_list.tree
    assert tree.topLevelItem(0).text(2) == ""
    before = date.today()
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "First session.")
    editor.flush()
    wait_ops(qtbot)
    wait_ops(qtbot)
    # A draft's session is no visit until the note is signed (the phantom-visit round).
    assert tree.topLevelItem(0).text(2) == ""
    editor.sign_now()
    wait_ops(qtbot)
    wait_ops(qtbot)
    # The note is dated by the app's clock: the test's day, or the next if the run crossed midnight.
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(2) in {show_date(before), show_date(date.today())})
    editor.close()
    wait_ops(qtbot)


def test_dashboard_unsigned_notes_open_the_note(unlocked_app: AppController, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    note = notes.create_progress_note(vault, client_id, template="free", sections={"text": "Unsigned draft."})
    with vault.records.transaction():  # written last month (the flag counts days since creation)
        vault.records.execute("UPDATE progress_notes SET created_at = '2020-01-01T00:00:00+00:00' WHERE note_id = ?",
                              (note.note_id,))
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["unsigned"]
    assert card.value.text() == "1"
    links = [card.links.itemAt(i).widget() for i in range(card.links.count())]
    assert len(links) == 1 and isinstance(links[0], QPushButton)
    assert _client(unlocked_app, client_id).chart_number in links[0].text()
    links[0].click()
    wait_ops(qtbot)
    wait_ops(qtbot)
    editors = window.chart.editors
    assert len(editors) == 1 and editors[0].note_id == note.note_id
    editors[0].close()
    wait_ops(qtbot)


def test_dashboard_does_not_say_signed_on_time_beside_unsigned_notes(unlocked_app: AppController, qtbot) -> None:
    """Found on Xvfb after an import: drafts brought in today (dated 2023) are not late by the
    flag, which counts days since a note was written here, so the card said "0 · Every note is
    signed on time" while the Worklist card beside it said "Unsigned notes: 2". The card counts
    what the worklist counts (services/unsigned_notes.py) and says none is late."""
    from PySide6.QtWidgets import QPushButton

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    for text in ("First draft.", "Second draft."):
        notes.create_progress_note(vault, client_id, template="free", sections={"text": text})
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    card = window.dashboard.cards["unsigned"]
    assert card.value.text() == "2", "the worklist's number"
    assert "signed on time" not in card.detail.text()
    assert "None past the set number of days" in card.detail.text()
    worklist_links = [window.dashboard.cards["worklist"].links.itemAt(i).widget()
                      for i in range(window.dashboard.cards["worklist"].links.count())]
    assert [b.text() for b in worklist_links] == ["Unsigned notes: 2"]
    links = [card.links.itemAt(i).widget() for i in range(card.links.count())]
    assert len(links) == 2 and all(isinstance(b, QPushButton) for b in links)
    worklist_links[0].click()
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.worklist
