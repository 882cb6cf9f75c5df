"""Screenshot of the Backups dialog with a backup repository as the target (issue 21).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_backup_repo.py --out docs/images

A throw-away HOME and vault with fictional data; the KDF at the OWASP floor (speed only:
the vault is deleted at the end).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import screenshot_kit  # noqa: E402  (beside this script)

PASSPHRASE = "demo passphrase for screenshots"


def main() -> int:
    return screenshot_kit.main(ROOT / "docs" / "images", shoot)


def shoot(tmp: Path, out: Path) -> int:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.backups import BackupsDialog
    from vault_app.gui.launcher import start
    from vault_app.services import backup, clients, notes
    from vault_app.services.vault import create_vault

    folder = tmp / "vault"
    repo = tmp / "usb-drive" / "vault-repo"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
    v = created.vault
    client = clients.create_client(v, "Alex Example", date_of_birth="1990-05-01")
    for i in range(5):
        notes.create_progress_note(v, client.client_id, text=f"Session {i}: worked on sleep routines.")
    backup.configure(v, target=str(repo), kind="repo")
    backup.create_to_target(v, repo)
    notes.create_progress_note(v, client.client_id, text="Session 6: reviewed the sleep diary.")
    v.lock()

    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    screenshot_kit.pump(800)
    window = controller.main_window
    assert window is not None
    dialog = BackupsDialog(controller, window)
    dialog.show()
    screenshot_kit.pump(800)
    dialog.backup_now()
    screenshot_kit.pump(1500)
    screenshot_kit.grab(dialog, out, "backups-repository.png")
    dialog.close()
    controller.lock("screenshots")
    screenshot_kit.pump(800)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
