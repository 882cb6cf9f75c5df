"""An import stopped by the vault's lock is said by its code ("import.stopped") wherever the
GUI says it: under the dry run's page (a lock while the export is read) and in the notice after
the next unlock, which adds only what came in. The command line keeps the core's English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from vault_app.gui import import_running
from vault_app.gui.background import show_inline
from vault_app.services.importers.plan import ImportStopped

SPANISH = "La importación se detuvo porque la bóveda se bloqueó."


def test_the_refusal_has_a_code_and_keeps_its_english() -> None:
    stopped = ImportStopped()
    assert stopped.code == "import.stopped" and stopped.kind == "import-stopped"
    assert stopped.message == "The import stopped because the vault locked."
    assert stopped.hint == "Unlock and run the same import again: it continues where it stopped."


def test_a_dry_run_stopped_by_the_lock_says_it_in_spanish(qtbot: Any, spanish: None) -> None:
    line = QLabel()
    qtbot.addWidget(line)
    assert show_inline(line)(ImportStopped())
    assert line.text() == (f"{SPANISH} Desbloquee la bóveda y vuelva a hacer la misma importación: continuará "
                           "donde se detuvo.")


def _told(qtbot: Any, folder: Path) -> tuple[str, str]:
    parent = QWidget()
    qtbot.addWidget(parent)
    # What ImportRunning._ended keeps when a lock interrupted an import into `folder`.
    import_running._STOPPED = import_running.Stopped(folder, 2, 5, 1, 3)
    box = import_running.tell_after_unlock(parent, folder)
    assert box is not None and import_running._STOPPED is None
    text, more = box.text(), box.informativeText()
    box.accept()
    return text, more


def test_the_notice_after_the_unlock_says_the_code_s_words_then_the_counts(
        qtbot: Any, tmp_path: Path, spanish: None) -> None:
    text, more = _told(qtbot, tmp_path)
    assert text == (f"{SPANISH} Expedientes que entraron completos: 2 (notas de evolución: 5; notas de "
                    "psicoterapia: 1; documentos: 3); nada quedó importado a medias.")
    assert more.startswith("Para traer el resto, vuelva a hacer la misma importación")


def test_the_notice_in_english(qtbot: Any, tmp_path: Path) -> None:
    text, more = _told(qtbot, tmp_path)
    assert text == ("The import stopped because the vault locked. 2 charts came in whole (5 progress notes, "
                    "1 psychotherapy notes, 3 documents); nothing was half imported.")
    assert "run the same import again" in more


def test_another_vault_hears_nothing(qtbot: Any, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    import_running._STOPPED = import_running.Stopped(tmp_path / "one", 1, 0, 0, 0)
    try:
        assert import_running.tell_after_unlock(parent, tmp_path / "other") is None
    finally:
        import_running._STOPPED = None
