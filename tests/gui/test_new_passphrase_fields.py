"""One set of new-passphrase fields (new_passphrase_fields.NewPassphraseFields) for Change
passphrase and for the restore dialog's Emergency Kit way. The restore dialog had fields of
its own: another strength meter than the zxcvbn one its restore checks with, and no word
when the two passphrases did not match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from vault_app.gui.new_passphrase_fields import ZxcvbnMeter
from vault_app.gui.restore_dialog import RestoreFromBackupDialog

STRONG = "violet lantern drifts over quiet harbor"


def test_the_restore_dialog_has_the_same_fields_as_change_passphrase(qtbot, tmp_path: Path) -> None:
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_kit.setChecked(True)
    new = dialog.new

    assert isinstance(new.meter, ZxcvbnMeter) and new.meter.isVisible() and new.match.isVisible()
    for field in (new.first, new.second):  # Show is out of the Tab order, as everywhere (set on the next turn)
        qtbot.waitUntil(lambda f=field: f.toggle.focusPolicy() == Qt.FocusPolicy.NoFocus)
    new.first.setText(STRONG)
    new.second.setText(STRONG[:-1])
    assert new.match.text() == "The passphrases do not match yet."
    new.second.setText(STRONG)
    assert new.match.text() == "The passphrases match."
    qtbot.waitUntil(lambda: new.meter.score >= 0)  # judged by zxcvbn, on the worker
    assert new.ready() and any(word in new.meter.label.text() for word in ("Strong", "Excellent"))

    dialog.with_passphrase.setChecked(True)  # the passphrase way hides the whole set
    assert not any(row.isVisible() for row in new.rows)


def test_weak_is_refused_in_the_restore_dialog_as_the_restore_refuses_it(qtbot, tmp_path: Path) -> None:
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_kit.setChecked(True)
    dialog.backup.setText(str(tmp_path / "some.backup"))
    dialog.key.setText("AAAAA-BBBBB")
    dialog.first.setText("password1234")
    dialog.second.setText("password1234")
    qtbot.waitUntil(lambda: dialog.new.meter.judged == "password1234")

    assert not dialog.new.ready() and not dialog.restore_button.isEnabled()
