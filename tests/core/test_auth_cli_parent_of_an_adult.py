"""`vault-app auth show|list|add` say of a form the parent signed while the client was a minor,
once the client is of age, what the chart's Authorizations tab says ("valid, by the parent of an
adult": ask them to sign their own) and the dashboard ("Ask the client to sign their own"). Found
by the law's walker (round 46): a client born 2009-03-01, the mother's form signed 2027-02-28,
and on 2027-03-01 the three commands said "VALID" and nothing more. The decision is the one the
tab and the dashboard read (services/coming_of_age.adult_since_signing: the parent's authority
ended on that day, 45 CFR 164.502(g); the form stands, 164.508(b)(5)), not a copy of it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain import locale_format
from vault_app.services import clients, guardians
from vault_app.services.vault import Vault

SAID = "by the parent of an adult"
ASK = "ask the client to sign their own"


def _birthday_days_ago(days: int) -> date:
    day = fx.today() - timedelta(days=days)
    if (day.month, day.day) == (2, 29):
        pytest.skip("a 29 February birthday is another test's")
    return day


def _adult_with_a_parents_form(vault: Vault) -> tuple[str, str, str, date]:
    fx.set_practice(vault)
    came = _birthday_days_ago(3)
    client = clients.create_client(vault, "Ben Lately", date_of_birth=came.replace(year=came.year - 18))
    mother = guardians.add_guardian(vault, client.client_id, "Pat Lately", authority="parent")
    parents = fx.add_auth(vault, client.client_id, signed_on=fx.days_ago(10), guardian_id=mother.guardian_id)
    own = fx.add_auth(vault, client.client_id, signed_on=fx.today(), signer_name="Ben Lately")
    return client.client_id, parents.id, own.id, came


def test_show_and_list_say_the_parent_signed_for_an_adult(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, parents, own, came = _adult_with_a_parents_form(vault)
    folder = str(vault.folder)
    vault.lock()
    day = locale_format.date_text(came.isoformat(), "en_US")

    shown = cli(capsys, monkeypatch, "auth", "show", parents, "--vault", folder)
    assert shown.code == 0, shown.err
    assert f"VALID, {SAID}" in shown.out
    assert f"the client is an adult since {day}" in shown.out and ASK in shown.out
    assert "164.502(g)" in shown.out
    theirs = cli(capsys, monkeypatch, "auth", "show", own, "--vault", folder)
    assert theirs.code == 0 and SAID not in theirs.out and ASK not in theirs.out

    listed = cli(capsys, monkeypatch, "auth", "list", "--client", client_id, "--vault", folder)
    lines = {line.split()[0]: line for line in listed.out.splitlines()}
    assert SAID in lines[parents] and ASK in lines[parents]
    assert SAID not in lines[own]
    everyone = cli(capsys, monkeypatch, "auth", "list", "--vault", folder)  # every chart's: the same words
    assert SAID in next(line for line in everyone.out.splitlines() if line.startswith(parents))

    as_json = cli(capsys, monkeypatch, "auth", "show", parents, "--vault", folder, "--json").json()
    assert as_json["adult_since"] == came.isoformat()
    listed_json = cli(capsys, monkeypatch, "auth", "list", "--vault", folder, "--json").json()
    assert {d["authorization_id"]: d["adult_since"] for d in listed_json} == {parents: came.isoformat(), own: None}


def test_a_minors_parent_form_says_nothing_of_it(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    client = clients.create_client(vault, "Dee Soon", date_of_birth=fx.born_years_ago(16))
    mother = guardians.add_guardian(vault, client.client_id, "Pat Soon", authority="parent")
    form = fx.add_auth(vault, client.client_id, signed_on=fx.days_ago(10), guardian_id=mother.guardian_id)
    folder = str(vault.folder)
    vault.lock()
    shown = cli(capsys, monkeypatch, "auth", "show", form.id, "--vault", folder)
    assert shown.code == 0 and SAID not in shown.out and ASK not in shown.out
    assert cli(capsys, monkeypatch, "auth", "show", form.id, "--vault", folder, "--json").json()["adult_since"] is None


@pytest.mark.parametrize("typed", [False, True], ids=["recorded-parent", "typed-parent"])
def test_add_says_it_of_a_form_the_parent_signed_before_the_birthday(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        typed: bool) -> None:
    fx.set_practice(vault)
    came = _birthday_days_ago(0)  # the walker's case: recorded on the 18th birthday, signed the day before
    client = clients.create_client(vault, "Ben Lately", date_of_birth=came.replace(year=came.year - 18))
    mother = None if typed else guardians.add_guardian(vault, client.client_id, "Pat Lately", authority="parent")
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    # A parent recorded on the chart (its warning says the authority ended too), or, none recorded,
    # typed in as on the form (no warning: the status line alone says it).
    signer = (["--guardian", mother.guardian_id] if mother is not None else
              ["--signer-role", "representative", "--signer-name", "Sam Lately", "--authority", "parent"])
    added = cli(capsys, monkeypatch, "auth", "add", "--client", client.client_id, "--description",
                "Progress notes of this year for the school counselor", "--covers", "progress", "--discloser",
                "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--signed-on",
                fx.days_ago(1).isoformat(), *signer, "--expires",
                fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
                "not conditioned", "--redisclosure-statement", "--scan", str(scan), "--vault", folder)
    assert added.code == 0, added.err
    assert f"VALID, {SAID}" in added.out and ASK in added.out
