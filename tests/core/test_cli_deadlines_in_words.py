"""A deadline the CLI prints has its month in words, so an es_US practice's due date is not read
as another month by a US reader ("due 04/02/2027" is April 2 to one, February 4 to the other;
found by a walker). Other days keep the practice's format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.services import clients, practice, requests
from vault_app.services.vault import Vault

RECEIVED = date(2026, 11, 4)  # HIPAA's 30 days: due December 4, 2026


@pytest.mark.parametrize(("locale", "due"), [("es_US", "December 4, 2026"), ("en_US", "December 4, 2026"),
                                             ("en_GB", "4 December 2026")])
def test_request_list_writes_the_due_date_with_its_month_in_words(
    vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    locale: str, due: str,
) -> None:
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ottilie Brackenfield", chart_number="OB-1")
    requests.add_request(vault, client.client_id, kind="access", received_on=RECEIVED)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert run(["request", "list", "--vault", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    assert f" due {due}" in out, out
    assert "04/12/2026" not in out and "12/04/2026" not in out, out
    received = "11/04/2026" if locale == "en_US" else "04/11/2026"
    assert f"received {received}" in out, out  # not a deadline: the practice's format, as before


@pytest.mark.parametrize(("locale", "until"), [("es_US", "February 3, 2016"), ("en_US", "February 3, 2016"),
                                               ("en_GB", "3 February 2016")])
def test_retention_eligible_writes_the_end_of_retention_with_its_month_in_words(
    psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    locale: str, until: str,
) -> None:
    """The day a chart may be destroyed is a deadline read two ways ("eligible on 03/02/2016"): said as
    the request list says its due dates; the last contact keeps the practice's format."""
    from tests.core.destruction_helpers import seed_chart

    practice.update(psy_vault, locale=locale)
    seed_chart(psy_vault, "A", last_contact=date(2009, 2, 3))  # 7 years: eligible since February 3, 2016
    psy_vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert run(["retention", "eligible", "--vault", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    last = "02/03/2009" if locale == "en_US" else "03/02/2009"
    assert f" {last} " in out and f" {until} " in out, out
    assert "02/03/2016" not in out and "03/02/2016" not in out, out
