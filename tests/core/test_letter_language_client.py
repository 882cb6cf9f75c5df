"""A client's letter language (records migration 0120) on a real vault: set on the chart (service
and `client add/update --letters-in`), kept in the ledger as its code only; every letter the client's
requests make is then written in it, kept with it, and printed again the same way (the PDF read back
with pypdf: the accents survive). Found: the screens spoke Spanish and every letter was English."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import Result, cli
from vault_app.cli.main import build_parser
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, guardians, request_amendments, request_refused, request_reviews, requests
from vault_app.services.vault import Vault

RECEIVED = date(2026, 11, 14)


def _ledger_text(vault: Vault) -> str:
    return " ".join(str(e.payload) for e in vault.ledger.entries())


def test_the_letter_language_is_set_on_the_chart_and_the_ledger_keeps_its_code(vault: Vault) -> None:
    client = clients.create_client(vault, "María Pérez", letters_in="es")
    assert clients.get_client(vault, client.client_id).letters_in == "es"
    [created] = [e for e in vault.ledger.entries(kinds=("client.created",)) if e.payload["client_id"] ==
                 client.client_id]
    assert created.payload["letters_in"] == "es"
    clients.update_client(vault, client.client_id, letters_in="EN")
    assert clients.get_client(vault, client.client_id).letters_in == "en"
    [changed] = vault.ledger.entries(kinds=("client.letters_language_set",))
    assert changed.payload == {"client_id": client.client_id, "letters_in": "en"}
    assert "Spanish" not in _ledger_text(vault) and "English" not in _ledger_text(vault)
    assert clients.create_client(vault, "Ann Lee").letters_in == "en"  # the default


def test_a_language_letters_are_not_written_in_is_refused_and_nothing_changes(vault: Vault) -> None:
    client = clients.create_client(vault, "María Pérez", letters_in="es")
    with pytest.raises(InvalidInput) as refused:
        clients.update_client(vault, client.client_id, letters_in="fr")
    assert refused.value.code == "client.letters_in_unknown" and refused.value.field == "letters_in"
    assert clients.get_client(vault, client.client_id).letters_in == "es"
    with pytest.raises(InvalidInput):
        clients.create_client(vault, "Ann Lee", letters_in="klingon")
    assert [c.legal_name for c in clients.list_clients(vault)] == ["María Pérez"]


def test_every_letter_of_a_spanish_speaking_clients_requests_is_spanish_kept_and_printed(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    clients.update_client(vault, chart.client_id, letters_in="es")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED)
    q, extension = requests.extend_request(vault, q.id, notice_on=date(2026, 11, 30), reason="El archivo está lejos.")
    q, denial = requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=date(2026, 12, 1),
                                      denied="las notas de sesión", granted="el formulario de admisión")
    request_reviews.request_review(vault, q.id, requested_on=date(2026, 12, 2), reviewer_name="Dra. Sara Díaz",
                                   reviewer_license="PSY 1", took_no_part=True, referred_on=date(2026, 12, 2))
    _, review = request_reviews.decide_review(vault, q.id, decision="upheld", decided_on=date(2026, 12, 3))
    a = requests.add_request(vault, chart.client_id, kind="amendment", received_on=RECEIVED,
                             note_ids=chart.progress[:1])
    a, amended = request_amendments.accept_amendment(vault, a.id, text="Fue en mayo.", decided_on=date(2026, 12, 1))
    made = [extension, denial, review, amended]
    assert [m.language for m in made] == ["es"] * 4
    assert extension.title == "Necesitamos más tiempo para responder a su solicitud"
    assert "El 14 de noviembre de 2026 recibimos su solicitud de acceso a sus registros." in denial.text()
    assert "Apreciable Alex Testclient:" in denial.text() and "Atentamente," in denial.text()
    kept = {row["letter_id"]: row for row in requests.letters(vault, q.id) + requests.letters(vault, a.id)}
    assert {row["language"] for row in kept.values()} == {"es"}
    # Set back to English later: the letters kept stay as they were written, and print so.
    clients.update_client(vault, chart.client_id, letters_in="en")
    for letter_id, row in kept.items():
        request_id = q.id if letter_id in {r["letter_id"] for r in requests.letters(vault, q.id)} else a.id
        again = requests.kept_letter(vault, request_id, letter_id)
        assert again.language == "es" and again.text() == row["body"]
    denial_id = next(lid for lid, row in kept.items() if row["kind"] == "access-denial")
    out = requests.save_kept_letter_pdf(vault, q.id, denial_id, tmp_path / "carta.pdf", password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    for words in ("Denegación de su solicitud de acceso", "1 de diciembre de 2026", "Apreciable Alex Testclient:",
                  "Su derecho a una revisión", "Teléfono 555-0100", "Página 1 de", "Atentamente,",
                  "45 CFR 164.524(a)(3)(i)", "Oficina de Derechos Civiles"):
        assert words in text, (words, text)
    assert "Dear" not in text and "Sincerely" not in text and "Page 1" not in text


def test_a_representatives_letter_follows_the_clients_language(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    clients.update_client(vault, chart.client_id, letters_in="es")
    mother = guardians.add_guardian(vault, chart.client_id, "Rosa Pérez", authority="parent", relationship="mother")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED,
                             guardian_id=mother.guardian_id)
    _, denial = requests.deny_request(vault, q.id, grounds=["representative_harm"], decided_on=date(2026, 12, 1))
    assert "Apreciable Rosa Pérez:" in denial.text()
    assert "solicitud de acceso a los registros de Alex Testclient." in denial.text()


def test_a_letter_kept_before_letters_had_a_language_prints_in_english(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED)
    _, denial = requests.deny_request(vault, q.id, grounds=["psychotherapy_notes"], decided_on=date(2026, 12, 1))
    # As a release before records migration 0120 kept it: no language.
    vault.records.execute(
        "INSERT INTO request_letters (letter_id, request_id, client_id, kind, letter_date, body, created_at) "
        "VALUES ('L-old', ?, ?, 'access-denial', '2026-12-01', ?, '2026-12-01T10:00:00+00:00')",
        (q.id, chart.client_id, denial.text()))
    clients.update_client(vault, chart.client_id, letters_in="es")
    old = requests.kept_letter(vault, q.id, "L-old")
    assert old.language == "en" and old.to == "Alex Testclient" and old.paragraphs == denial.paragraphs
    text = " ".join(fx.pdf_text(requests.save_kept_letter_pdf(vault, q.id, "L-old", tmp_path / "old.pdf",
                                                              password=fx.PASSWORD)))
    assert "Dear Alex Testclient," in text and "Page 1 of" in text and "Sincerely," in text


def test_the_command_line_sets_and_shows_the_letter_language(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(vault.folder)
    vault.lock()

    def run(*args: str) -> Result:
        return cli(capsys, monkeypatch, "client", *args, "--vault", folder)

    assert run("add", "María Pérez", "--chart-number", "C-1", "--letters-in", "es").code == 0
    assert "letters written in: Spanish (es)" in run("show", "C-1").out
    assert run("update", "C-1", "--letters-in", "en").code == 0
    assert "letters written in: English (en)" in run("show", "C-1").out
    bad = run("update", "C-1", "--letters-in", "fr")
    assert bad.code != 0 and "English (en) or Spanish (es)" in bad.err and "Traceback" not in bad.err
    assert "letters written in: English (en)" in run("show", "C-1").out


@pytest.mark.parametrize("command", ["add", "update"])
def test_the_command_lines_help_says_the_letter_languages(command: str) -> None:
    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices

    said = " ".join(subcommands(subcommands(build_parser())["client"])[command].format_help().split())
    assert "--letters-in en|es" in said and "en for English, es for Spanish" in said, said


def test_the_reply_to_one_not_the_clients_representative_is_never_in_the_clients_language(vault: Vault) -> None:
    """The reply neither confirms nor denies that the person named is a client: written in the language
    the client chose, it would tell a stranger something of them (both ways a refused requester is
    answered: a denial on the ground, and a request recorded refused at entry)."""
    chart = fx.make_chart(vault, n=1, date_of_birth="1990-05-01")
    clients.update_client(vault, chart.client_id, letters_in="es")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED,
                             requester_name="Grace Park", requester_claim="parent")
    _, letter = requests.deny_request(vault, q.id, grounds=["not_representative"], denied="all")
    assert letter.language == "en" and "Dear Grace Park," in letter.text()
    minor = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    clients.update_client(vault, minor.client_id, letters_in="es")
    father = guardians.add_guardian(vault, minor.client_id, "Tom Lopez", authority="parent")
    _, refused = request_refused.add_refused_request(vault, minor.client_id, received_on=fx.today(),
                                                     guardian_id=father.guardian_id)
    assert refused.language == "en" and "Dear Tom Lopez," in refused.text()
