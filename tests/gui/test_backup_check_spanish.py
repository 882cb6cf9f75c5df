"""Checking a backup says what was checked in the screen's language, found on Xvfb (explore
round): the Spanish Backups screen read "snap-….vrs está intacta: comprobado snapshot
authentication, every chunk's authentication and keyed hash, part sizes, header MAC, every
page, the ledger chain and the attachments were checked when the snapshot was made …". A real
vault, real backups of both kinds, the real screen."""

from __future__ import annotations

import re

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.backup_check_words import check_line_words
from vault_app.gui.controller import AppController
from vault_app.services import backup_checked

pytestmark = pytest.mark.gui

# English words of the core's lines that must not be left on a Spanish screen
ENGLISH = re.compile(r"\b(every|checked|snapshot|authentication|ledger chain|header|part sizes|locked|"
                     r"when the|proves|checksum|hashes? of)\b")


@pytest.mark.parametrize("kind", ["repo", "file"])
def test_a_checked_backup_is_said_in_spanish(unlocked_app: AppController, qtbot, tmp_path, kind: str) -> None:
    from vault_app.gui import i18n

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    assert i18n.install("es") == "es"
    try:
        dialog = window.open_backups()
        wait_ops(qtbot)
        (tmp_path / "copias").mkdir()
        dialog.target.setText(str(tmp_path / "copias"))
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.backup_now()
        wait_ops(qtbot)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        dialog.verify_selected()
        wait_ops(qtbot)
        said = dialog.result_label.text()
        # What it means, for a clinician; the check's own terms are the support detail (its tooltip).
        assert "está intacta: se puede restaurar.\nSe leyó cada parte de la copia y está completa" in said, said
        assert not ENGLISH.search(said.split("\n", 1)[1]), said
        detail = dialog.result_label.toolTip()
        assert detail.startswith("Para el soporte técnico, qué se comprobó: "), detail
        assert not ENGLISH.search(detail.split(":", 1)[1]), detail
    finally:
        i18n.install("en")


def test_the_lines_with_numbers_keep_them(spanish) -> None:  # type: ignore[no-untyped-def]
    said = check_line_words(backup_checked.checked_line(backup_checked.RECORDED_MADE, what="snapshot", app="0.2.0",
                                                        pages="ledger, records"))
    # The compartments by their Spanish names (the screen read «páginas de ledger, records»).
    assert "aplicación 0.2.0; páginas de registro de auditoría, expedientes" in said and "instantánea" in said
    assert check_line_words(backup_checked.checked_line(backup_checked.PAGES_NOW, names="records, ledger")) == \
        "cada página de expedientes, registro de auditoría comprobada ahora"
    assert check_line_words("a line a newer version adds") == "a line a newer version adds"  # English, whole
    # A line said by its code, not its English: the same English without the code stays English.
    assert check_line_words("every page of records, ledger checked now") == "every page of records, ledger checked now"


# Every code with the params its lines carry (backup_checked.described, the summaries).
LINES = [backup_checked.checked_line(code, **params) for code, params in [
    *[(code, {}) for code in (backup_checked.CHECKSUM, backup_checked.AUTHENTICATION, backup_checked.PART_HASHES,
                              backup_checked.PART_HASHES_READ_BACK, backup_checked.HEADER_MAC,
                              backup_checked.SNAPSHOT_AUTHENTICATION, backup_checked.CHUNKS, backup_checked.PART_SIZES,
                              backup_checked.EVERY_PAGE, backup_checked.LEDGER_CHAIN, backup_checked.LEDGER_ENDS,
                              backup_checked.PSYCHOTHERAPY_LOCKED)],
    *[(code, {"what": what, **extra}) for what in ("backup", "snapshot") for code, extra in (
        (backup_checked.PAGES_PSYCHOTHERAPY_LOCKED, {}),
        (backup_checked.RECORDED_MADE, {"app": "0.2.0", "pages": "ledger, records"}),
        (backup_checked.RECORDED_REWRITTEN, {"app": "0.2.1", "pages": "ledger, psychotherapy, records"}),
        (backup_checked.CHAIN_WALKED_FROM, {"entry": 42}),
        (backup_checked.PURGED_SINCE, {"app": "0.2.2"}))],
    (backup_checked.PAGES_NOW, {"names": "psychotherapy"}),
]]


# What a check means, for a clinician (backup_checked.plainly): every line it can say.
PLAIN = [line for summary in ({"check": backup_checked.RECORDED, "psychotherapy_pages_checked": True},
                              {"check": backup_checked.FULL, "psychotherapy_pages_checked": False})
         for line in backup_checked.plainly(summary)]


def test_every_code_is_made_here_and_said_in_english_as_the_core_says_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert {line.code for line in LINES} == set(backup_checked.ENGLISH)  # type: ignore[attr-defined]
    assert {line.code for line in PLAIN} == set(backup_checked.PLAIN_ENGLISH)  # type: ignore[attr-defined]
    for line in [*LINES, *PLAIN]:
        assert check_line_words(line) == line  # the table is the translators' source: the core's English


@pytest.mark.parametrize("line", [*LINES, *PLAIN], ids=lambda line: f"{line.code}-{line.params.get('what', '')}")
def test_every_code_speaks_spanish(line: str, qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    said = check_line_words(line)
    assert said != line and not ENGLISH.search(said), said
    for value in ("0.2.0", "0.2.1", "0.2.2", "42"):
        assert (value in said) == (value in line)
