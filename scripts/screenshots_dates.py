"""Screenshots of the date fields and the access-request basis (issues 17 and 19).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_dates.py --out docs/images

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
    from PySide6.QtWidgets import QWidget

    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services import clients, guardians, notes, plans, requests, sessions
    from vault_app.services.vault import create_vault

    def grab(widget: QWidget, name: str) -> None:
        screenshot_kit.grab(widget, out, name)

    folder = tmp / "vault"
    v = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    client = clients.create_client(v, "Alex Example", date_of_birth="1990-05-01")
    cid = client.client_id
    clients.record_consent(v, cid, limits_discussed_on="2026-09-14", consent_signed_on="2026-09-14")
    guardians.add_guardian(v, cid, "Robin Example", authority="parent", relationship="mother",
                         valid_from="2020-01-15")
    plans.update_plan(v, cid, problems="Panic attacks on the commute", start_date="2026-09-14",
                      review_date="2026-12-14", goals=[{"description": "Ride the train to work",
                                                        "target_date": "2027-01-15"}])
    for day in ("2026-09-14", "2026-09-21", "2026-10-05"):
        s = sessions.add_session(v, cid, date=day, duration_minutes=53)
        note = notes.create_progress_note(v, cid, sections={"subjective": "Fewer panic attacks."},
                                          session_id=s.session_id)
        notes.sign_note(v, note.note_id)
    requests.add_request(v, cid, kind="access", received_on="2026-11-20", description="a copy of my notes")
    requests.add_request(v, cid, kind="access", received_on="2026-11-27",
                         description="the billing records of 2026")
    v.lock()

    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    screenshot_kit.pump(800)
    window = controller.main_window
    assert window is not None
    window.resize(1200, 760)
    window.open_chart(cid)
    screenshot_kit.pump(800)

    details = window.chart.overview.edit_details()
    assert details is not None
    grab(details, "client-details-dates.png")
    details.reject()
    guardians = window.chart.overview.edit_guardians()
    assert guardians is not None
    guardians.new_guardian()
    grab(guardians, "guardians-dates.png")
    guardians.reject()

    from vault_app.gui.export_wizard import ExportWizard

    wizard = window.chart.start_export()
    assert isinstance(wizard, ExportWizard)
    screenshot_kit.pump(800)
    what = wizard.what_page
    what.check_all()
    what.recipient.setText("Alex Example")
    what.purpose.setText("at the request of the individual")
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("client_access"))
    basis.check()
    screenshot_kit.pump(800)
    grab(wizard, "export-access-request.png")
    wizard.reject()

    controller.quit()
    screenshot_kit.pump(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
