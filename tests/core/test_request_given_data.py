"""What a granted access request gave is kept as data (domain/request_given.py, column `given`,
migration 0101), beside the English sentence the command line shows. Before, only the sentence was
kept and a Spanish screen parsed the core's English back into parts (a change of words there would
have shown English without a test failing). On a real vault, real PDFs; the upgrade on a real file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.test_copy_to_representative import _minor
from vault_app.domain.request_given import Given, given_from_json
from vault_app.services import access_copy, clients, guardians, requests, sessions
from vault_app.services.vault import Vault, open_vault

SEP1, DEC5 = date(2026, 9, 1), date(2026, 12, 5)

# Each Given and the English the command line shows (the exact words kept before the data was).
SENTENCES = [
    (Given(("progress", "billing")), "copy of the progress notes and billing information (password-protected PDF)"),
    (Given(("progress",), to="parent"), "copy of the progress notes (password-protected PDF), given to the parent"),
    (Given(("progress",), to="legal_guardian"),
     "copy of the progress notes (password-protected PDF), given to the legal guardian"),
    (Given(("billing",), not_held=("progress",)),
     "copy of the billing information (password-protected PDF); the chart holds no progress notes"),
    (Given(not_held=("progress", "billing")),
     "nothing to copy: the chart holds no progress notes or billing information"),
    (Given(not_held=("progress",), date_from=SEP1, date_to=DEC5),
     "nothing to copy: the chart holds no progress notes from 09/01/2026 to 12/05/2026"),
    (Given(not_held=("billing",), date_from=SEP1), "nothing to copy: the chart holds no billing information from "
                                                    "09/01/2026"),
]


@pytest.mark.parametrize(("given", "english"), SENTENCES)
def test_each_given_is_said_in_the_command_lines_english_and_kept_whole(given: Given, english: str) -> None:
    assert given.sentence("en_US") == english
    assert given_from_json(given.to_json()) == given


@pytest.mark.parametrize("kept", [None, ""])
def test_a_row_from_before_the_column_has_no_data(kept: str | None) -> None:
    assert given_from_json(kept) is None


@pytest.mark.parametrize("kept", ['{"copied": ["psychotherapy"]}', '{"copied": "progress"}',
                                  '{"copied": [], "not_held": ["notes"]}'])
def test_kinds_an_access_copy_never_holds_are_refused(kept: str) -> None:
    with pytest.raises(ValueError, match="not kinds of an access copy"):
        given_from_json(kept)


def test_the_copy_keeps_what_it_gave_as_data(vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id
    sessions.add_session(vault, client_id, date=fx.days_ago(7), duration_minutes=53, icd10_codes=["F41.1"])
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    assert access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD).granted
    kept = requests.get_request(vault, q.id)
    assert kept.given == Given(("billing",), not_held=("progress",))
    assert kept.granted == kept.given.sentence(), "the command line's words come from the same data"


def test_the_copy_to_a_representative_keeps_who_received_it(vault: Vault, tmp_path: Path) -> None:
    client_id = _minor(vault, 10)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent", relationship="mother")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother.guardian_id)
    assert access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD).granted
    assert requests.get_request(vault, q.id).given == Given(("progress", "billing"), to="parent")


def test_nothing_to_copy_keeps_the_kinds_and_the_dates(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)  # a note 90 days ago
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    since = fx.days_ago(30)
    closed = access_copy.close_nothing_held(vault, q.id, kinds=("progress",), date_from=since)
    assert closed.given == Given(not_held=("progress",), date_from=since)
    assert requests.get_request(vault, q.id).given == closed.given


def test_words_typed_on_the_command_line_keep_no_data(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    requests.grant_request(vault, q.id, granted="full record given in person")
    kept = requests.get_request(vault, q.id)
    assert (kept.granted, kept.given) == ("full record given in person", None)


def test_a_vault_from_before_the_column_opens_and_its_requests_keep_their_words(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The migration only adds a column: a request granted before it keeps its sentence and no data."""
    chart = fx.make_chart(vault, n=1)
    old = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    assert access_copy.grant_with_copy(vault, old.id, folder=tmp_path, password=fx.PASSWORD).granted
    said = requests.get_request(vault, old.id).granted
    with vault.records.transaction():
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN given")
        vault.records.execute("DROP TABLE draft_only_sessions")  # 0104, later: the upgrade makes it again
        vault.records.execute("ALTER TABLE authorizations DROP COLUMN described_parts")  # 0105, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN requester_name")  # 0106, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN requester_claim")  # 0106
        vault.records.execute("ALTER TABLE clients DROP COLUMN care_consented_by")  # 0107, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN confidentiality_agreed_on")  # 0108, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN confidentiality_agreed_by")  # 0108
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN asked")  # 0110, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN refused_rule")  # 0111, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN include_asked_on")  # 0113, later
        vault.records.execute("DROP INDEX clients_list_by_last_name")  # 0114's, on sort_as: made again
        vault.records.execute("ALTER TABLE clients DROP COLUMN sort_as")  # 0114, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN died_on")  # 0115, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN member_id")  # 0116, later
        vault.records.execute("ALTER TABLE guardians DROP COLUMN records_access_basis")  # 0118, later
        vault.records.execute("DROP TABLE complaints")  # 0119, later: the upgrade makes it again
        vault.records.execute("ALTER TABLE clients DROP COLUMN letters_in")  # 0120, later
        vault.records.execute("ALTER TABLE request_letters DROP COLUMN language")  # 0120, later
        vault.records.execute("ALTER TABLE guardians DROP COLUMN records_access_code")  # 0121, later
        vault.records.execute("DROP TABLE closure_letters")  # 0122, later: the upgrade makes it again
        vault.records.execute("DROP TABLE closure_letters_writing")  # 0123, later: the upgrade makes it again
    vault.records.execute("PRAGMA user_version = 98")  # records.db as the release before 0101 left it
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as again:
        assert again.records.user_version() >= 101
        before = requests.get_request(again, old.id)
        assert (before.status, before.granted, before.given) == ("granted", said, None)
        empty = clients.create_client(again, "Ana Nueva", date_of_birth="1990-05-01").client_id
        new = requests.add_request(again, empty, kind="access", received_on=fx.today())
        access_copy.close_nothing_held(again, new.id)
        assert requests.get_request(again, new.id).given == Given(not_held=("progress", "billing"))
