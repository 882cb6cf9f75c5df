"""The statement PDF for a client who has died is addressed to the estate, as the account window and
the password say: the recorded executor or administrator by name, else "Personal Representative of
the Estate of NAME" in the client's letter language (45 CFR 164.502(g)(4)). Read back with pypdf.
Found: the window said "The client's estate (its executor or administrator)" and the PDF the client's
name alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.statement_addressee import estate_addressee
from vault_app.services import clients, guardians, sessions, superbill
from vault_app.services.vault import Vault

# (client's name, executor recorded, letter language, the addressee)
ROWS = [
    ("Harold Finch", None, "en", "Personal Representative of the Estate of Harold Finch"),
    ("Harold Finch", None, None, "Personal Representative of the Estate of Harold Finch"),
    ("María Pérez", None, "es", "Representante personal de la sucesión de María Pérez"),
    ("Harold Finch", "Grace Hendricks", "en", "Grace Hendricks"),
    ("María Pérez", "Lucía Pérez", "es", "Lucía Pérez"),
]


@pytest.mark.parametrize(("client", "executor", "language", "said"), ROWS)
def test_the_estates_addressee(client: str, executor: str | None, language: str | None, said: str) -> None:
    assert estate_addressee(client, executor, language) == said


def _statement(vault: Vault, tmp_path: Path, client_id: str, *, died: bool) -> str:
    sessions.add_session(vault, client_id, date=fx.days_ago(10).isoformat(), duration_minutes=45)
    if died:
        clients.update_client_reporting(vault, client_id, died_on=fx.days_ago(2))
    out = tmp_path / "s.pdf"
    superbill.issue(vault, client_id, kind="statement", first=fx.days_ago(30), last=fx.today(), out=out,
                    password=fx.PASSWORD)
    return " ".join(fx.pdf_text(out))


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Addressed to Name Personal Representative of the Estate of Harold Finch"),
    ("es", "Dirigido a Nombre Representante personal de la sucesión de Harold Finch"),
])
def test_a_deceased_clients_statement_is_addressed_to_the_estate(vault: Vault, tmp_path: Path, language: str,
                                                                 said: str) -> None:
    fx.set_practice(vault)
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1", letters_in=language)
    text = _statement(vault, tmp_path, made.client_id, died=True)
    assert said in text, text


def test_the_recorded_executor_is_named_with_their_address(vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(vault)
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    guardians.add_guardian(vault, made.client_id, "Grace Hendricks", authority="personal_representative",
                           relationship="executor of the estate", address="12 Elm St, Salem OR 97301")
    text = _statement(vault, tmp_path, made.client_id, died=True)
    assert "Addressed to Name Grace Hendricks Address 12 Elm St, Salem OR 97301" in text, text


def test_a_living_clients_statement_is_still_theirs(vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(vault)
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    text = _statement(vault, tmp_path, made.client_id, died=False)
    assert "Addressed to" not in text and "Estate" not in text
