"""Every refusal the automatic backup can meet is said in the screen's language on the status
bar. Found on a Spanish screen: "The backup folder … is not there. … (vault-app backup settings
--target DIR)" in English, with a command line, since `backup.target_missing` had no words there.
The codes are read from the backup services' own source (every `code="…"` they raise), not
copied here, so a new refusal without words fails this test."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import vault_app
from vault_app.gui import status_words
from vault_app.gui.refusal_words import SAYS
from vault_app.services import reminders

ROOT = Path(vault_app.__file__).parent
# What the backup on lock and at Quit runs: the backup services, and the backup folder's lock.
FAILURE_PATH = [*sorted((ROOT / "services").glob("backup*.py")), ROOT / "storage" / "backup_folder_lock.py"]


def _codes() -> Iterator[str]:
    for module in FAILURE_PATH:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if (keyword.arg == "code" and isinstance(keyword.value, ast.Constant)
                            and isinstance(keyword.value.value, str) and keyword.value.value):
                        yield keyword.value.value


CODES = sorted(set(_codes()))


def test_the_failure_path_has_codes() -> None:
    assert "backup.target_missing" in CODES and len(CODES) > 10


def _params(code: str) -> dict[str, str]:
    source = status_words.FAILED_BACKUP_WORDS.get(code) or SAYS.get(code, "")
    return {name: "/media/usb/Copias" for _, name, _, _ in string.Formatter().parse(source) if name}


@pytest.mark.parametrize("code", CODES)
def test_every_code_of_a_failed_backup_is_said_in_spanish(code: str, qapp: object, spanish: None) -> None:
    params = _params(code)
    english = "The backup folder is not there. (vault-app backup settings --target DIR)"
    news = reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=english), english,
                          code=code, params=tuple(params.items()))
    said = status_words.news_words(news)
    assert said.startswith("La copia de seguridad automática del último bloqueo no se hizo: "), said
    assert english not in said and "vault-app" not in said, said


def test_a_missing_backup_folder_is_named_in_spanish(qapp: object, spanish: None) -> None:
    english = ("The backup folder /media/usb/Copias is not there. If it is on an external drive, connect the drive. "
               "Nothing was written. Or choose another backup folder under Backups (vault-app backup settings "
               "--target DIR).")
    said = status_words.news_words(reminders.News(
        reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=english), english,
        code="backup.target_missing", params=(("folder", "/media/usb/Copias"),)))
    assert said == ("La copia de seguridad automática del último bloqueo no se hizo: la carpeta de copias "
                    "/media/usb/Copias no está; no se escribió nada. Si está en una unidad externa, conecte la "
                    "unidad, o elija otra carpeta de copias (Bóveda > Copias de seguridad…)."), said
