"""What the restore windows say of the new signing key when a copy of the vault in another folder replaced its
keys (services/restore_signing.REMEMBERED_ELSEWHERE; the case is made for real in
tests/core/test_restore_signing_copy_beside_rekeyed.py): not "an older copy of the whole folder may have been
put back" (round 45), in English and in Spanish, before the restore and in its summary."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from vault_app.gui.restore_signing_words import lines, question_lines
from vault_app.services import restore_signing
from vault_app.services.restore_report import RestoreReport


def _report() -> RestoreReport:
    report = RestoreReport("/v", "id", "", "2026-12-01T10:00:00+00:00", 0, 0, None)
    report.signing_key, report.signing_key_backup = "NEWFP", "OLDFP"
    report.signing_key_how, report.signing_key_retired_on = (restore_signing.REMEMBERED_ELSEWHERE,
                                                             "2026-12-03T10:00:00+00:00")
    return report


def test_the_words_say_a_copy_elsewhere_replaced_its_keys(qapp: object) -> None:
    [ahead] = question_lines(SimpleNamespace(signing=restore_signing.REMEMBERED_ELSEWHERE))
    said = " ".join(lines(_report()))
    for text in (ahead, said):
        assert "whole folder" not in text and "another copy of this vault, in another folder" in text, text
    assert "NEWFP" in said and "OLDFP" in said and "as that copy retired it" in said, said


@pytest.mark.usefixtures("spanish")
def test_the_words_in_spanish(qapp: object) -> None:
    [ahead] = question_lines(SimpleNamespace(signing=restore_signing.REMEMBERED_ELSEWHERE))
    said = " ".join(lines(_report()))
    for text in (ahead, said):
        assert "en otra copia de esta bóveda, en otra carpeta" in text and "keyring" not in text, text
