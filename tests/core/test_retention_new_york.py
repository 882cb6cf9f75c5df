"""New York (walk-close round 32): under the APA guideline a minor's chart (born 2005-06-01,
last seen 2019-05-01) was eligible for destruction from 2026-06-01, where 8 NYCRR 29.2(a)(3)
keeps it until a year after the client turns 21 (2027-06-01); and a policy set by hand was
printed on the certificate as "Custom (based on APA guideline ...)", with no way to name the
rule it follows. On a real vault, the CLI and the certificate."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services import certificates, clients, destruction, practice, retention, sessions
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault


def _minor(vault: Vault) -> str:
    client_id = clients.create_client(vault, "Nora Yorke", date_of_birth="2005-06-01").client_id
    sessions.add_session(vault, client_id, date=date(2019, 5, 1), duration_minutes=50)
    return client_id


def _eligible_on(vault: Vault, day: date, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    monkeypatch.setattr(retention, "today", lambda: day)
    return {e.status.client_id for e in retention.eligible(vault) if e.eligible}


# (policy, the day, eligible): both sides of each rule's edge for the walker's chart
EDGES = [
    ("apa", date(2026, 5, 31), False),
    ("apa", date(2026, 6, 1), True),  # the APA guideline: a year early for New York
    ("NY", date(2026, 6, 1), False),
    ("NY", date(2027, 5, 31), False),
    ("NY", date(2027, 6, 1), True),
]


@pytest.mark.parametrize(("key", "day", "eligible"), EDGES)
def test_the_new_york_minor_is_kept_until_a_year_after_21(vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                                          key: str, day: date, eligible: bool) -> None:
    practice.set_clinician(vault, name="Ada Byrne", credentials="LCSW", license_number="123456",
                           license_state="NY")
    retention.set_policy(vault, preset_key=key)
    minor = _minor(vault)
    assert (minor in _eligible_on(vault, day, monkeypatch)) is eligible
    assert bool(retention.policy_warning(vault)) is (key == "apa")


def test_the_cli_states_the_rule_and_show_cites_it(vault: Vault, vault_dir: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    practice.set_clinician(vault, name="Ada Byrne", credentials="LMHC", license_number="123456",
                           license_state="TX")
    vault.lock()
    v = ["--vault", str(vault_dir)]
    shown = cli(capsys, monkeypatch, "retention", "show", *v)
    assert "WARNING: The app has no preset for TX: the APA guideline is professional guidance" in shown.out
    done = cli(capsys, monkeypatch, "retention", "set", *v, "--adult-years", "5", "--source",
               "Tex. Admin. Code 681.41")
    assert done.code == 0, done.err
    shown = cli(capsys, monkeypatch, "retention", "show", *v)
    assert "Retention policy: Tex. Admin. Code 681.41 (rule stated by the therapist)" in shown.out
    assert "based on" not in shown.out.split("Presets")[0] and "WARNING" not in shown.out
    data = cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()
    assert data["policy"]["source"] == "Tex. Admin. Code 681.41" and data["policy"]["adult_years"] == 5
    # Taken back: the policy is the therapist's own numbers again, and the notice returns.
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--source", "").code == 0
    data = cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()
    assert data["policy"]["name"] == "Custom" and "no preset for TX" in data["policy"]["warning"]


def test_the_certificate_cites_the_stated_rule(psy_vault: Vault) -> None:
    retention.set_policy(psy_vault, adult_years=6, minor_years_after_majority=4, rule="8 NYCRR 29.2(a)(3)")
    old = seed_chart(psy_vault, "Y", last_contact=date(2010, 1, 2))
    cert = destruction.destroy(psy_vault, old.chart_number, basis="retention", confirm=old.chart_number)
    document = certificates.signed_document(psy_vault, cert["certificate_id"])
    printed = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    printed = " ".join(printed.split())
    assert "8 NYCRR 29.2(a)(3) (rule stated by the therapist): adults 6 years" in printed
    assert "APA" not in printed
