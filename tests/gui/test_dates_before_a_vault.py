"""Before a vault is open no practice's locale is known: the screens' language decides how a
day is shown, as the first-run wizard proposes (domain/locale_choices: Spanish screens, es_US,
day first). Found: the restore's summary on Spanish screens said "copia hecha el 12/05/2026
12:52 PM" for a backup of 5 December, the US's month first under Spanish words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vault_app.domain.locale_choices import for_language
from vault_app.gui import dates, i18n
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services.backup_restore import RestoreReport

# Noon UTC: the same calendar day on any test machine's clock; the 5th, so day and month differ.
MADE = "2026-12-05T12:52:00+00:00"


@pytest.fixture
def no_vault_yet() -> Iterator[None]:
    dates.set_practice_locale(None)
    yield
    i18n.install("en")
    dates.set_practice_locale(None)


@pytest.mark.parametrize(("language", "shown", "not_shown"), (
    ("es", "05/12/2026", "12/05/2026"), ("en", "12/05/2026", "05/12/2026"),
))
def test_the_restore_summary_writes_the_day_as_the_screens_language_does(
        qtbot: object, tmp_path: Path, no_vault_yet: None, language: str, shown: str, not_shown: str) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64, backup_created=MADE,
                           backup_ledger_seq=3, restored_ledger_seq=3, safety_copy=None, check="full")
    said = "\n".join(dialog.summary(report))
    assert shown in said and not_shown not in said, said


@pytest.mark.parametrize(("language", "locale"), (("es", "es_US"), ("en", "en_US"), ("fr", "fr_CA"), ("xx", None)))
def test_the_screens_language_gives_the_first_offered_locale_in_it(language: str, locale: str | None) -> None:
    assert for_language(language) == locale


# qtbot: the translator is installed on the application, which a worker that ran no GUI test yet does not
# have (seen at -n 2: install("es") said "en").
def test_a_vaults_locale_once_read_decides_over_the_screens_language(qtbot: object, no_vault_yet: None) -> None:
    assert i18n.install("es") == "es"
    dates.set_practice_locale("en_US")
    assert dates.show_date("2026-12-05") == "12/05/2026"
    dates.set_practice_locale(None)
    assert dates.show_date("2026-12-05") == "05/12/2026"


@pytest.mark.parametrize(("language", "words"), (
    ("en", "Automatic backups go on into {0}, where this vault's backups were kept."),
    ("es", "Las copias de seguridad automáticas siguen en {0}, donde se guardaban las de esta bóveda."),
))
def test_the_restore_summary_says_where_a_restored_copys_backups_go(
        qtbot: object, tmp_path: Path, no_vault_yet: None, language: str, words: str) -> None:
    """A custodian's copy restored on another computer goes on backing up into the folder the retired
    therapist's vault may still use: the summary says where, and to choose another (a walker's finding)."""
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64, backup_created=MADE,
                           backup_ledger_seq=3, restored_ledger_seq=3, safety_copy=None, check="full",
                           backups_go_to="/media/usb/vault-backups")
    said = " ".join("\n".join(dialog.summary(report)).split())
    assert words.format("/media/usb/vault-backups") in said, said
