"""A destruction stopped by a full disk (said so at the time) and finished by the next unlock is
not said as "interrupted (the app was closed or the computer stopped during it)". Found by a
walker (wtwo): the unlock's words blamed a closing the therapist knew had not happened. The full
disk is real: a small tmpfs (needs root; skips elsewhere), as tests/core/test_destruction_checkpoint_full."""

from __future__ import annotations

import contextlib
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.test_destruction_checkpoint_full import _vault_with_growth_in_the_journal
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.domain.errors import DiskFull, VaultError
from vault_app.services import destruction, reminders
from vault_app.services.vault import open_vault


def test_the_unlock_that_finishes_it_does_not_blame_a_closing(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small", "16m") as mount:
        folder = mount / "vault"
        vault, chart_number, _kept, _written, growth = _vault_with_growth_in_the_journal(folder)
        filler = _fill(mount, int(growth / 3))
        stopped = False
        try:
            destruction.destroy(vault, chart_number, basis="override", confirm=chart_number,
                                override_reason="testing a full disk")
        except VaultError as err:
            stopped = isinstance(err, DiskFull)
        finally:
            with contextlib.suppress(DiskFull):
                vault.lock()
            filler.unlink()
        assert stopped, "the disk-full stop this test is about was not reached"
        with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as again:
            said = reminders.after_unlock(again) or ""
        assert "finished at this unlock" in said, said
        assert "the app was closed" not in said, said
