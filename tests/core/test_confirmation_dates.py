"""Messages that name a day say it as the practice writes it (US 04/15/2019, UK 15/04/2019).
Found by the helpers after the CLI's lists were fixed: the accounting's "covers at most the
six years" refusal (domain/accounting_terms.period_start) and `vault-app session add`'s
confirmation still said 2019-04-15 and 2025-03-17.

Every day is after the 12th of its month: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.accounting_terms import period_start
from vault_app.domain.deadlines import lookback_start
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, notes, practice
from vault_app.services.vault import Vault

AS_OF = date(2025, 4, 15)
SESSION = date(2025, 3, 17)
# (the practice's locale, its day as strftime writes it, a start time as it writes it)
PRACTICES = (("en_US", "%m/%d/%Y", "2:05 PM"), ("en_GB", "%d/%m/%Y", "14:05"))


@pytest.mark.parametrize(("locale", "pattern", "_clock"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_the_six_year_refusal_names_its_first_day_as_the_practice_writes_it(locale: str, pattern: str,
                                                                            _clock: str) -> None:
    earliest = lookback_start(AS_OF)
    assert earliest.day > 12  # else the two forms could not be told apart
    with pytest.raises(InvalidInput) as refused:
        period_start(AS_OF, date(2000, 1, 1), locale)
    assert f"(from {earliest.strftime(pattern)})" in refused.value.message
    assert earliest.isoformat() not in refused.value.message


@pytest.mark.parametrize(("locale", "pattern", "clock"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_cli_accounting_refusal_and_session_add_say_the_practices_day(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        locale: str, pattern: str, clock: str) -> None:
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Odile Brannock", chart_number="OB-7")
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)

    refused = cli(capsys, monkeypatch, "accounting", "--vault", folder, "--client", client.client_id,
                  "--pdf-password-file", str(pw), "--out", str(tmp_path / "a.pdf"),
                  "--as-of", AS_OF.isoformat(), "--since", "2000-01-01")
    earliest = lookback_start(AS_OF)
    assert refused.code == 2 and f"(from {earliest.strftime(pattern)})" in refused.err, refused.err
    assert earliest.isoformat() not in refused.err

    added = cli(capsys, monkeypatch, "session", "add", "OB-7", "--vault", folder, "--date", SESSION.isoformat(),
                "--start", "14:05", "--duration", "50")
    assert added.code == 0, added.err
    assert f" on {SESSION.strftime(pattern)} {clock}: 50 min individual" in added.out, added.out
    assert SESSION.isoformat() not in added.out
    # --json stays ISO, for scripts.
    as_json = cli(capsys, monkeypatch, "session", "add", "OB-7", "--vault", folder, "--date", SESSION.isoformat(),
                  "--start", "16:05", "--duration", "50", "--json").json()
    assert as_json["date"] == SESSION.isoformat()


NOTE_DAYS = (date(2025, 3, 13), date(2025, 3, 27))


@pytest.mark.parametrize(("locale", "pattern", "_clock"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_cli_export_says_what_it_disclosed_in_the_practices_days(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        locale: str, pattern: str, _clock: str) -> None:
    """"Exported 2 progress notes (03/13/2025 to 03/27/2025)": the ledger's description
    (ISO, signed) read as the practice writes days (domain/disclosure_wording)."""
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Odile Brannock", chart_number="OB-7")
    ids = []
    for day in NOTE_DAYS:
        note = notes.create_progress_note(vault, client.client_id, template="soap", note_date=day,
                                          sections={"subjective": "Steadier.", "plan": "Weekly."})
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    auth = fx.add_auth(vault, client.client_id)
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)
    done = cli(capsys, monkeypatch, "export", "--vault", folder, "--client", "OB-7", "--notes", ",".join(ids),
               "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--authorization", auth.id,
               "--out", str(tmp_path / "x.pdf"), "--pdf-password-file", str(pw))
    assert done.code == 0, done.err
    first, last = (d.strftime(pattern) for d in NOTE_DAYS)
    assert f"Exported 2 progress notes ({first} to {last}) to " in done.out, done.out
    assert all(d.isoformat() not in done.out for d in NOTE_DAYS)
