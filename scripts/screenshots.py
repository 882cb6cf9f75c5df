"""Launch the desktop app under Xvfb on a demo vault and save screenshots of the main screens.

    .venv/bin/python scripts/screenshots.py            # re-runs itself under xvfb-run if needed
    .venv/bin/python scripts/screenshots.py --out docs/screenshots

Everything happens in a throw-away HOME and vault: the demo data is fictional
(services/demo.py) and nothing touches the user's own settings or vault.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "demo passphrase for screenshots"
SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inner and not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing: apt-get install -y xvfb", file=sys.stderr)
            return 7
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable, __file__,
               "--inner", "--out", args.out]
        return subprocess.call(cmd)
    with tempfile.TemporaryDirectory() as tmp:
        env_home = Path(tmp) / "home"
        env_home.mkdir()
        os.environ["HOME"] = str(env_home)
        os.environ["XDG_CONFIG_HOME"] = str(env_home / ".config")
        os.environ.pop("QT_QPA_PLATFORM", None)
        return Shooter(Path(tmp), Path(args.out)).run()


class Shooter:
    def __init__(self, tmp: Path, out: Path) -> None:
        self.tmp = tmp
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)

    # --- helpers ---------------------------------------------------------------------------
    def pump(self, ms: int = 150) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(self, ms: int = 250) -> None:
        from vault_app.gui.background import runner

        for _ in range(400):
            if runner().is_idle():
                break
            self.pump(50)
        self.pump(ms)

    def shot(self, widget: object, name: str) -> None:
        self.settle()
        pixmap = widget.grab()  # type: ignore[attr-defined]
        path = self.out / f"{name}.png"
        pixmap.save(str(path))
        print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # --- the tour --------------------------------------------------------------------------
    def run(self) -> int:
        from PySide6.QtWidgets import QApplication, QWizard

        from vault_app.crypto.kdf import OWASP_FLOOR
        from vault_app.gui import launcher
        from vault_app.services import demo
        from vault_app.services.vault import create_vault

        folder = self.tmp / "vault"
        created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
        created.vault.unlock_psychotherapy(PASSPHRASE)
        demo.populate(created.vault, clients=24, notes_per_client=8, seed=3)
        from vault_app.services import practice

        practice.update(created.vault, clinician_name="Dr. Demo Clinician", credentials="PsyD",
                        practice_name="Quiet Harbor Counseling", phone="555-0142")
        created.vault.lock()

        controller = launcher.start(folder, kdf_params=OWASP_FLOOR)
        app = QApplication.instance()
        assert app is not None
        unlock = controller.unlock_window
        assert unlock is not None
        self.shot(unlock, "01-unlock")

        unlock.passphrase.setText(PASSPHRASE)
        unlock.try_unlock()
        self.settle(600)
        window = controller.main_window
        assert window is not None
        window.resize(*SIZE)
        window.show_dashboard()
        self.shot(window, "02-dashboard")

        first = window.client_list.tree.topLevelItem(0)
        assert first is not None
        window.client_list.tree.setCurrentItem(first)
        window.open_chart(str(first.data(0, 256)))
        self.settle(400)
        self.shot(window, "03-chart-overview")
        window.chart.tabs.setCurrentWidget(window.chart.sessions)
        self.shot(window, "04-chart-sessions")
        window.chart.tabs.setCurrentWidget(window.chart.psychotherapy)
        self.shot(window, "05-psychotherapy-locked")

        editor = window.chart.new_note()
        assert editor is not None
        editor.resize(900, 720)
        editor.section_edits["subjective"].setPlainText(
            "Client reports sleeping 6-7 hours most nights since starting the wind-down routine.")
        editor.section_edits["assessment"].setPlainText("Insomnia symptoms improving; mood stable.")
        self.settle(1500)
        self.shot(editor, "06-note-editor")
        editor.sign()  # the confirmation with its summary; cancelled, nothing is signed
        self.settle(400)
        self.shot(editor.sign_confirm, "18-sign-confirm")
        editor.sign_confirm.reject()
        editor.close()

        window.toggle_privacy()
        self.shot(window, "07-privacy-mode")
        window.toggle_privacy()

        wizard = window.chart.start_export()
        self.settle(400)
        wizard.what_page.check_all()
        wizard.what_page.recipient.setText("Dr. Receiving Psychiatrist")
        wizard.what_page.purpose.setText("continuity of care")
        wizard.next()
        basis = wizard.basis_page
        basis.form.basis.setCurrentIndex(basis.form.basis.findData("subpoena"))
        basis.check()
        self.shot(wizard, "08-export-refused")
        wizard.reject()

        destroy = window.chart.start_destruction()
        self.settle(400)
        self.shot(destroy, "09-destruction-eligibility")
        destroy.reject()

        window.chart.tabs.setCurrentWidget(window.chart.overview)
        plan = window.chart.overview.edit_plan()
        self.settle(300)
        self.shot(plan, "14-treatment-plan")
        plan.reject()
        guardians = window.chart.overview.edit_guardians()
        guardians.name.setText("Hazel Demo-Parent")
        guardians.relationship.setText("mother")
        guardians.valid_from.setText("2019-06-01")
        guardians.save()
        self.settle(600)
        self.shot(guardians, "15-guardians")
        guardians.reject()
        window.chart.tabs.setCurrentWidget(window.chart.sessions)
        sessions_tab = window.chart.sessions
        session = sessions_tab.edit_session(sessions_tab.sessions.topLevelItem(0))
        self.settle(300)
        self.shot(session, "16-session-details")
        session.reject()

        psy_tab = window.chart.psychotherapy
        window.chart.tabs.setCurrentWidget(psy_tab)
        psy_tab.passphrase.setText(PASSPHRASE)
        psy_tab.unlock()
        self.settle(1500)
        psy_tab.new_note()
        psy_tab.editor.setPlainText("Noticed my own impatience when the client described the argument; "
                                    "possible parallel with the client's account of the father.")
        self.settle(1500)
        psy_tab.sign_now()  # the confirmation is shown in 18-sign-confirm
        self.settle(600)
        amend = psy_tab.amend()
        amend.text.setPlainText("On reflection the impatience began earlier, when the session started late.")
        amend.save()
        self.settle(800)
        self.shot(window, "17-psychotherapy-amended")
        controller.lock_psychotherapy()
        self.settle(300)

        window.set_theme("dark")
        self.settle(300)
        self.shot(window, "10-dark-theme")
        window.set_theme("system")

        controller.lock("Locked after a period without activity.")
        self.settle(300)
        assert controller.unlock_window is not None
        self.shot(controller.unlock_window, "11-locked")

        fresh = self.tmp / "fresh"
        from vault_app.gui.create_wizard import CreateVaultWizard

        wiz = CreateVaultWizard(fresh, kdf_params=OWASP_FLOOR)
        wiz.show()
        wiz.next()
        wiz.passphrase_page.first.setText("maple river quiet lantern")
        self.shot(wiz, "12-create-passphrase")
        wiz.passphrase_page.second.setText("maple river quiet lantern")
        wiz.next()
        self.settle(300)
        wiz.next()
        wiz.button(QWizard.WizardButton.CommitButton).click()
        self.settle(800)
        self.shot(wiz, "13-emergency-kit")
        if wiz.create_page.created is not None:
            wiz.create_page.created.vault.lock()
        wiz.hide()
        self.settle(200)
        return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
