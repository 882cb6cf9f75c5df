"""Issue 21 in the real program: a chart's PDF attachment, crypto-erased by the app's own
destruction wizard, gone from the vault and from a registered backup, and not resurrected
by restoring an unregistered copy of that backup.

Set-up by CLI (fast): the vault at the suite's OWASP-floor KDF, two clients, a small real
PDF holding a canary string attached to each, a registered single-file backup taken after
the attachments, and a copy of that backup kept aside where the app does not know it.
Then only key events reach the app: unlock, open the first chart, read its attachment's
file name in the Attachments tab, destroy the chart through Clients > Destroy chart...
(override reason, psychotherapy unlock, typed chart number), wait for "Destroyed and
verified", quit. Afterwards the CLI and the files: the destruction verifies, the chart's
blob is gone and the other chart's is intact and still decrypts, the canary is in no file
of the vault folder nor in the registered backup, and the copy kept aside restores
without the chart. The app fixture checks app.log for tracebacks.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import App
from tests.e2e.desktop import Desktop

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(1800)]

PASSPHRASE = "a ferry across the grey sound 1994"
MAIN = r"^Therapy Vault$"
UNLOCK = r"^Unlock vault"
WIZARD = r"^Destroy a chart"
ADA, BEA = ("Ada Lindqvist", "1001"), ("Bea Marchetti", "1002")
FILENAME = "intake-consent.pdf"
# Made up of letters no page image or ciphertext holds by chance; written into the PDF's
# content stream uncompressed, so the plain file holds these exact bytes.
CANARY = "Canary zqxwvut7391 ferry"
OTHER_CANARY = "Canary plmokn4826 harbour"
REASON = "Duplicate chart opened in error"


def small_pdf(text: str) -> bytes:
    """A one-page PDF showing `text` in Helvetica: header, five objects, a cross-reference
    table with each object's byte offset, trailer (what any PDF reader expects)."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def files_holding(root: Path, needle: bytes) -> list[str]:
    """Every file under `root` whose raw bytes hold `needle` (the whole file is read)."""
    return sorted(str(p) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes())


def blobs(vault: Path) -> dict[str, str]:
    """The blob store's files: name -> sha256 of the bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (vault / "blobs").rglob("*") if p.is_file()}


def cli_json(app: App, *args: str) -> Any:
    done = app.cli(*args, "--json", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def wait_chart_shown(desktop: Desktop, chart: str, timeout: float = 150) -> None:
    """The chart's number is read twice (the client list's row and the chart's header). A
    hang guard, not a speed limit."""
    desktop.wait_reading(lambda words: sum(1 for w in words if w.text.strip(".,:;()") == chart) >= 2,
                         f"the chart {chart} did not open", timeout)


def test_attachment_crypto_erased_by_the_destruction_wizard(app: App, desktop: Desktop, tmp_path: Path) -> None:
    with desktop.step("set-up-with-cli"):
        made = cli_json(app, "init", "--no-keyring", "--kdf-memory-mib", "19", "--kdf-iterations", "2",
                        "--kdf-parallelism", "1")
        assert isinstance(made, dict)
        vault = Path(made["folder"])
        ids = {}
        for name, chart in (ADA, BEA):
            added = cli_json(app, "client", "add", name, "--chart-number", chart, "--dob", "1980-02-03")
            assert isinstance(added, dict)
            ids[chart] = added["client"]["client_id"]
        scans = tmp_path / "scans"
        scans.mkdir()
        (scans / FILENAME).write_bytes(small_pdf(CANARY))
        (scans / "other-consent.pdf").write_bytes(small_pdf(OTHER_CANARY))
        # Positive control: the scan below finds the canary where it is in the clear.
        assert files_holding(scans, CANARY.encode()) == [str(scans / FILENAME)]

        cli_json(app, "client", "attach", ADA[1], str(scans / FILENAME), "--kind", "consent")
        ada_blobs = blobs(vault)
        cli_json(app, "client", "attach", BEA[1], str(scans / "other-consent.pdf"), "--kind", "consent")
        bea_blobs = {k: v for k, v in blobs(vault).items() if k not in ada_blobs}
        assert len(ada_blobs) == 1 and len(bea_blobs) == 1, (ada_blobs, bea_blobs)

        backup = cli_json(app, "backup", "create", "--to", str(tmp_path / "backups"), "--verify")
        assert isinstance(backup, dict) and backup["verified"] is True, backup
        registered = Path(backup["path"])
        aside = tmp_path / "usb-stick" / "copy.vaultbackup"  # copied by hand: beyond the app's reach
        aside.parent.mkdir()
        shutil.copy2(registered, aside)

    with desktop.step("unlock"):
        app.start()
        desktop.wait_window(UNLOCK)
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_gone(UNLOCK)

    with desktop.step("attachment-in-the-chart"):
        desktop.key("ctrl+f")
        desktop.type("Ada")
        desktop.wait_text(ADA[0])
        desktop.key("Return")
        wait_chart_shown(desktop, ADA[1])
        desktop.key("alt+7")  # the Attachments tab
        desktop.wait_text(FILENAME)

    with desktop.step("wizard-eligibility"):
        desktop.key("alt+c")  # the Clients menu; Destroy chart... is its last item
        desktop.wait_text("Destroy chart...")
        desktop.key("Up", "Return")
        desktop.wait_window(WIZARD)
        desktop.wait_text("Is this chart due for destruction?")
        desktop.wait_text("Retention policy:")  # the facts have loaded
        desktop.shot("eligibility")
        desktop.key("alt+n")

    with desktop.step("wizard-basis"):
        desktop.wait_text("On what basis?")
        # Not yet past its retention period: that basis is greyed out and the keyboard starts on
        # the client's written request; one arrow moves to the override, Tab leaves for the reason.
        desktop.key("Down", "Tab")
        desktop.type(REASON)
        desktop.key("Tab", "Tab")  # past the witness, into the passphrase for psychotherapy notes
        desktop.type(PASSPHRASE)
        desktop.key("Tab", "space")  # onto Unlock psychotherapy notes (Show is not in the Tab order)
        desktop.wait_text("Psychotherapy notes are unlocked.")
        desktop.shot("basis-override-and-unlocked")
        desktop.key("alt+n")

    with desktop.step("wizard-confirm"):
        desktop.wait_text("To confirm, type the chart number")
        desktop.type(ADA[1])
        desktop.shot("typed-chart-number")
        desktop.key("Return")  # Destroy permanently
        desktop.wait_text("Destroyed and verified")
        desktop.wait_text("Verification: passed")
        desktop.shot("destroyed-and-verified")

    with desktop.step("quit"):
        desktop.key("alt+f")  # Finish (Return would press the focused Save the signed certificate...)
        desktop.wait_gone(WIZARD)
        desktop.wait_window(MAIN)
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0

    with desktop.step("verified-by-cli"):
        (listed,) = cli_json(app, "destruction", "list")
        assert listed["client_id"] == ids[ADA[1]] and listed["state"] == "completed", listed
        assert listed["basis"] == "override" and listed["backups_not_reachable"] == 0, listed
        verified = cli_json(app, "destruction", "verify", listed["certificate_id"])
        assert isinstance(verified, dict) and verified["ok"] is True, verified
        checked = {b["path"]: b["ok"] for b in verified["backups"]}
        # The registered backup, purged; beside it the destruction's own new backup (an older copy put
        # back then knows of the destruction: services/destruction_new_backup.py), checked clean too.
        assert checked.get(str(registered)) is True and all(checked.values()) and len(checked) == 2, verified
        (relisted,) = cli_json(app, "destruction", "list")
        assert relisted["last_verified"], relisted  # the check just made is on record
        charts = cli_json(app, "client", "list")
        assert isinstance(charts, list) and [c["chart_number"] for c in charts] == [BEA[1]], charts

    with desktop.step("files"):
        after = blobs(vault)
        assert not set(ada_blobs) & set(after), "the destroyed chart's blob file is still in the vault"
        assert after == bea_blobs, "the other chart's blob changed"
        # The whole HOME: the vault folder, the app's settings and cache, and app.log.
        assert vault.is_relative_to(app.home)
        for needle in (CANARY, OTHER_CANARY, "zqxwvut7391"):
            assert files_holding(app.home, needle.encode()) == []
            assert needle.encode() not in registered.read_bytes()
        # The other chart's document still decrypts: a verified backup opens every blob under
        # its chart key (docs/scaling.md); the registered backup, purged, verifies too.
        again = cli_json(app, "backup", "create", "--to", str(tmp_path / "backups-after"), "--verify",
                         "--no-rotate")
        assert isinstance(again, dict) and again["verified"] is True, again
        checked = app.cli("backup", "verify", str(registered), passphrase=PASSPHRASE)
        assert checked.returncode == 0, checked.stdout + checked.stderr

    with desktop.step("restore-never-resurrects"):
        restored = tmp_path / "restored"
        report = cli_json(app, "backup", "restore", str(aside), "--to", str(restored))
        assert isinstance(report, dict), report
        # The copy still held the chart (rows found), and the restore destroyed it again.
        assert [(r["client_id"], r["reapplied"], r["rows_found"] > 0) for r in report["reapplied"]] \
            == [(ids[ADA[1]], True, True)], report
        charts = cli_json(app, "client", "list", "--vault", str(restored))
        assert isinstance(charts, list) and [c["chart_number"] for c in charts] == [BEA[1]], charts
        assert blobs(restored) == bea_blobs
        assert files_holding(restored, b"zqxwvut7391") == []
        assert subprocess.run(["cmp", "-s", str(aside), str(registered)]).returncode != 0  # the copy was not purged
