"""Screenshots of the screens issue 17 changed (keys, quick unlock, about you, access copy).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_safety.py --out docs/screenshots

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
    return screenshot_kit.main(ROOT / "docs" / "screenshots", shoot)


def shoot(tmp: Path, out: Path) -> int:
    from PySide6.QtWidgets import QWidget

    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services import clients, practice, requests
    from vault_app.services.vault import create_vault

    def grab(widget: QWidget, name: str) -> None:
        screenshot_kit.grab(widget, out, name)

    folder = tmp / "vault"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
    v = created.vault
    practice.set_clinician(v, name="Jordan Lee", credentials="LCSW", license_number="LC-98765",
                           license_state="TX", npi="1234567893")
    practice.update(v, practice_name="Lee Counseling", phone="555-0100")
    client = clients.create_client(v, "Alex Example", date_of_birth="1990-05-01")
    asked = requests.add_request(v, client.client_id, kind="access", received_on="2026-11-20",
                                 description="a copy of my notes")
    v.lock()

    # The wizard's new page.
    from vault_app.gui.create_wizard import CreateVaultWizard

    wizard = CreateVaultWizard(tmp / "new-vault", kdf_params=OWASP_FLOOR)
    wizard.resize(640, 520)
    wizard.show()
    wizard.next()
    about = wizard.about_page
    about.name.setText("Jordan Lee")
    about.credentials.setText("LCSW")
    about.license_number.setText("LC-98765")
    about.license_state.setCurrentIndex(about.license_state.findData("TX"))
    about.npi.setText("1234567890")
    grab(wizard, "19-about-you.png")
    wizard.hide()

    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    screenshot_kit.pump(800)
    window = controller.main_window
    assert window is not None
    window.resize(1200, 760)

    from vault_app.gui.settings_dialog import SettingsDialog
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog, RekeyDialog

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    screenshot_kit.pump()
    box = dialog.quick_unlock
    box.enabled.setChecked(True)
    box.pin.setText("2468")
    box.pin_again.setText("2468")
    box.passphrase.setText(PASSPHRASE)
    grab(dialog, "20-settings-quick-unlock.png")
    dialog.pages.setCurrentIndex(1)
    grab(dialog, "21-settings-about-you.png")
    dialog.pages.setCurrentIndex(0)
    dialog.save()
    screenshot_kit.pump(800)

    change = window.open_change_passphrase()
    assert isinstance(change, ChangePassphraseDialog)
    change.current.setText(PASSPHRASE)
    new = change.new
    new.first.setText("seven purple otters juggle quietly at dawn")
    new.second.setText("seven purple otters juggle quietly at dawn")
    screenshot_kit.pump(800)
    grab(change, "22-change-passphrase.png")
    change.reject()

    rekey = window.open_rekey()
    assert isinstance(rekey, RekeyDialog)
    rekey.current.setText(PASSPHRASE)
    grab(rekey, "23-replace-every-key.png")
    rekey.rekey_button.click()
    screenshot_kit.pump(3000)
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog

    kits = window.findChildren(EmergencyKitDialog)
    if kits:
        grab(kits[0], "24-new-emergency-kit.png")
        kits[0].kept.setChecked(True)
        kits[0].accept()

    from vault_app.gui.requests_dialog import RequestDetailDialog

    detail = RequestDetailDialog(controller, asked.id, parent=window)
    detail.show()
    screenshot_kit.pump()
    copy = detail.grant()
    grab(copy, "25-access-copy.png")
    copy.reject()
    detail.reject()

    controller.lock("Locked after a period without activity.", quick=True)
    screenshot_kit.pump(800)
    unlock = controller.unlock_window
    assert unlock is not None
    grab(unlock, "26-quick-unlock.png")
    controller.quit()
    screenshot_kit.pump(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
