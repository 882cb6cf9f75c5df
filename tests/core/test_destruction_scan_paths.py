"""What the destruction's content search looks for in a path and beside the practice profile.

An export's folder is shared by design with what stays (the backups' paths the ledger
keeps): only the export's file name is the chart's. The practice's own name and address
stay in its profile: a chart value within them is not searched. Both sides are tested: what
stays does not fail the verification, and a real leftover still does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import backup, clients, destruction, export, faster_notes, notes, sessions
from vault_app.services.vault import Vault
from vault_app.storage.destruction_scan import Needle, file_name_of, needles_for, not_within, text_leaves

# A folder a therapist would keep both in (a USB drive's practice folder): longer than the
# scan's 32-byte windows, so a window of an export's path fell inside it.
FOLDER = "media/usb-drive/Practice Records/Therapy Vault exports and backups"
EXPORT_NAME = "court bundle Q7ZK-2010.pdf"
ADDRESS = "1 Main St, Springfield"  # fx.set_practice's address
OVERRIDE = "the client asked for the chart to be destroyed"


def _destroy(vault: Vault, client_id: str) -> dict[str, object]:
    number = clients.get_client(vault, client_id).chart_number
    return destruction.destroy(vault, number, basis="override", confirm=number, override_reason=OVERRIDE)


def _datas(value: str, column: str) -> set[bytes]:
    return {n.data for n in needles_for(value, column)}


LONG_PATH = f"/{FOLDER}/{EXPORT_NAME}"


@pytest.mark.parametrize(("path", "name"), [
    (LONG_PATH, EXPORT_NAME),
    ("C:\\Users\\me\\Practice Records\\Alex T.pdf", "Alex T.pdf"),
    ("chart.pdf", "chart.pdf"),
    ("/media/usb/exports/", "exports"),
])
def test_a_path_is_known_by_its_file_name(path: str, name: str) -> None:
    assert file_name_of(path) == name


@pytest.mark.parametrize(("value", "column", "searched", "not_searched"), [
    # An export's path: its file name is searched, no piece of its folders is.
    (LONG_PATH, "out_path", {EXPORT_NAME.encode()}, {FOLDER[:32].encode(), FOLDER[20:52].encode()}),
    # A long file name is searched by its windows, still none from the folder.
    (f"/{FOLDER}/{'x' * 10}{EXPORT_NAME * 3}", "out_path", {(EXPORT_NAME * 3)[-32:].encode()},
     {FOLDER[-32:].encode()}),
    # The same path kept as a JSON leaf under a "path" key.
    (f'{{"path": "{LONG_PATH}"}}', "details", {EXPORT_NAME.encode()}, {FOLDER[:32].encode()}),
    # Other columns are unchanged: a note's text that looks like a path is searched whole-windowed.
    (LONG_PATH, "text", {LONG_PATH.encode()[len(LONG_PATH) // 3:][:32]}, set()),
    # An attachment's own file name, a client's name: searched as they are.
    ("Alex Testclient consent.pdf", "filename", {b"Alex Testclient consent.pdf"}, set()),
    ("Alex Testclient", "legal_name", {b"Alex Testclient"}, set()),
])
def test_needles_of_a_value(value: str, column: str, searched: set[bytes], not_searched: set[bytes]) -> None:
    found = _datas(value, column)
    assert searched <= found, found
    assert not any(piece in n or n in piece for n in found for piece in not_searched), found


PROFILE = {"practice_name": "Lee Counseling", "address": ADDRESS, "clinician_name": "Jordan Lee",
           "jurisdiction": {"retention_years": 7, "notes": ["Kept at 1 Main St"]}}


@pytest.mark.parametrize(("value", "kept"), [
    ("1 Main St, Springfield", False),      # the practice's address, whole
    ("Lee Counseling", False),              # its name
    ("Main St, Spring", False),             # a part of it
    ("Kept at 1 Main St", False),           # a nested value
    ("Seen at 1 Main St, Springfield, room 4", True),  # more than the practice's: still searched
    ("Alex Testclient", True),
    ("Jordan Leeds", True),
])
def test_values_within_the_practice_profile_are_not_searched(value: str, kept: bool) -> None:
    needle = Needle(value.encode(), "text")
    assert (not_within([needle], text_leaves(PROFILE)) == [needle]) is kept


SNIPPET = "Client was oriented and engaged throughout the session; affect congruent with mood."


@pytest.mark.parametrize(("needle", "kept"), [
    (Needle(SNIPPET.encode(), "text", whole=False), False),          # a note section typed from it
    (Needle(SNIPPET.encode()[20:52], "text", whole=False), False),   # a window of it
    (Needle(b"Quentin Zarowski", "name"), True),                     # a client's name in a snippet
    (Needle(b"congruent with mood; no SI", "text"), True),           # more than the snippet
])
def test_text_within_a_snippet_is_not_searched_a_name_is(needle: Needle, kept: bool) -> None:
    snippets = [f"{SNIPPET} Quentin Zarowski"]
    assert (not_within([needle], text_leaves(snippets), frozenset({"text"})) == [needle]) is kept


def test_export_and_backups_in_one_folder_verify(psy_vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(psy_vault)
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    chart = fx.make_chart(psy_vault, n=2)
    seed_chart(psy_vault, "K")
    auth = fx.add_auth(psy_vault, chart.client_id)
    export.export(psy_vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=folder / EXPORT_NAME, password=fx.PASSWORD)
    backup.create_backup(psy_vault, folder)
    cert = _destroy(psy_vault, chart.client_id)
    assert cert["verification"]["result"] == "passed", cert["verification"]  # type: ignore[index]


def test_the_only_chart_with_sessions_at_the_practice_verifies(psy_vault: Vault) -> None:
    fx.set_practice(psy_vault)
    client = clients.create_client(psy_vault, "Quentin Zarowski")
    sessions.add_session(psy_vault, client.client_id, date=date(2010, 1, 2), duration_minutes=50, location=ADDRESS)
    cert = _destroy(psy_vault, client.client_id)
    assert cert["verification"]["result"] == "passed", cert["verification"]  # type: ignore[index]


def test_the_only_note_typed_from_a_snippet_verifies(psy_vault: Vault) -> None:
    faster_notes.save_snippet(psy_vault, ";ms", SNIPPET)
    client = clients.create_client(psy_vault, "Quentin Zarowski")
    notes.create_progress_note(psy_vault, client.client_id, template="soap",
                               sections={"objective": SNIPPET, "plan": "Weekly."})
    cert = _destroy(psy_vault, client.client_id)
    assert cert["verification"]["result"] == "passed", cert["verification"]  # type: ignore[index]


def test_a_snippet_naming_the_client_still_fails(psy_vault: Vault) -> None:
    client = clients.create_client(psy_vault, "Quentin Zarowski")
    faster_notes.save_snippet(psy_vault, ";qz", "Quentin Zarowski attended with his sister.")
    with pytest.raises(DestructionNotVerified, match=r"records\.db"):
        _destroy(psy_vault, client.client_id)


@pytest.mark.parametrize("leftover", [
    EXPORT_NAME,                                 # the export's file name, copied somewhere
    "Room 4B behind the bakery on Elm",          # a session's own location
])
def test_a_real_leftover_is_still_found(psy_vault: Vault, tmp_path: Path, leftover: str) -> None:
    fx.set_practice(psy_vault)
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    chart = fx.make_chart(psy_vault, n=1)
    sessions.add_session(psy_vault, chart.client_id, date=date(2010, 1, 2), duration_minutes=50,
                         location="Room 4B behind the bakery on Elm")
    auth = fx.add_auth(psy_vault, chart.client_id)
    export.export(psy_vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=folder / EXPORT_NAME, password=fx.PASSWORD)
    backup.create_backup(psy_vault, folder)
    (psy_vault.folder / "copied by hand.txt").write_text(f"see {leftover} later\n")
    with pytest.raises(DestructionNotVerified, match=r"copied by hand\.txt"):
        _destroy(psy_vault, chart.client_id)
