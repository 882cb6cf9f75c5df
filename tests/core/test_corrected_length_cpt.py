"""A corrected length moves an individual psychotherapy session's CPT code to the time rule's
band (AMA CPT time rule, CMS MLN "Medicare & Mental Health": 16-37 min 90832, 38-52 90834, 53+
90837; domain/cpt_on_length.py) while the code is the one the rule gave before; a code the
therapist chose otherwise stays and is said; a billed session's never moves by itself. Found:
"Correct session details…" and `session update --duration 45` kept 90837 on a 45-minute session.
Table-tested both sides, then through a real vault and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, init_vault
from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from vault_app.domain.cpt_on_length import (
    CITATION,
    CodeOnLength,
    billed,
    code_for_length,
    code_on_length,
    code_to_keep,
)
from vault_app.services import billing, clients, session_correction, sessions, superbill
from vault_app.services.vault import Vault, open_vault

CHANGED = [
    # (code, before, after, billed, outcome)
    ("90837", 53, 45, False, CodeOnLength("follows", "90834")),
    ("90834", 45, 30, False, CodeOnLength("follows", "90832")),
    ("90832", 30, 60, False, CodeOnLength("follows", "90837")),
    ("90834", 38, 37, False, CodeOnLength("follows", "90832")),  # the bands' edges
    ("90832", 37, 38, False, CodeOnLength("follows", "90834")),
    ("90834", 52, 53, False, CodeOnLength("follows", "90837")),
    ("90832", 16, 15, False, CodeOnLength("follows", "")),  # under 16 minutes no code is reported
    (" 90837 ", 53, 45, False, CodeOnLength("follows", "90834")),  # as the field holds it
    ("90834", 60, 30, False, CodeOnLength("hand_set", "90832")),  # chosen by hand: it stays, said
    ("90791", 60, 45, False, CodeOnLength("hand_set", "90834")),
    ("90837", 53, 45, True, CodeOnLength("billed", "90834")),  # billed: never moves by itself
    ("90834", 60, 30, True, CodeOnLength("billed", "90832")),
]

NOTHING = [
    ("90837", 53, 60, False),  # the same band
    ("90834", 45, 40, True),
    ("90834", 53, 45, False),  # the code is already the new band's
    ("90834", 60, 45, True),
]


@pytest.mark.parametrize(("code", "before", "after", "is_billed", "outcome"), CHANGED)
def test_a_new_band_follows_or_is_said(code: str, before: int, after: int, is_billed: bool,
                                       outcome: CodeOnLength) -> None:
    assert code_on_length(code, before, after, individual=True, is_billed=is_billed) == outcome


@pytest.mark.parametrize(("code", "before", "after", "is_billed"), NOTHING)
def test_nothing_to_do_within_a_band(code: str, before: int, after: int, is_billed: bool) -> None:
    assert code_on_length(code, before, after, individual=True, is_billed=is_billed) == CodeOnLength("none")


@pytest.mark.parametrize(("code", "before", "after"), [("90847", 53, 30), ("90853", 90, 45), ("90839", 60, 45)])
def test_not_individual_psychotherapy_is_not_this_rules(code: str, before: int, after: int) -> None:
    assert code_on_length(code, before, after, individual=False, is_billed=False) == CodeOnLength("none")


@pytest.mark.parametrize(("mark", "listed", "is_billed"), [
    ("unbilled", False, False), ("self_pay", False, False), ("no_charge", False, False),
    ("unbilled", True, True), ("billed", False, True), ("paid", False, True), ("denied", False, True),
])
def test_what_is_billed(mark: str, listed: bool, is_billed: bool) -> None:
    assert billed(mark, listed) is is_billed


def test_the_rule_is_cited() -> None:
    assert "CPT" in CITATION and "Psychotherapy" in CITATION


# --- through a real vault ---------------------------------------------------------------------
def test_a_corrected_length_moves_the_code_the_rule_gave(vault: Vault) -> None:
    client = clients.create_client(vault, "Ione Pascal")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", start_time="10:00", end_time="10:53")
    assert s.cpt_code == "90837"
    correct = session_correction.correct_session
    assert correct(vault, s.session_id, duration_minutes=45).session.cpt_code == "90834"
    # a corrected stop is a corrected length too
    assert correct(vault, s.session_id, end_time="10:30").session.cpt_code == "90832"
    # a code given with the length is the therapist's
    assert correct(vault, s.session_id, duration_minutes=60, cpt_code="90834").session.cpt_code == "90834"
    # the chart's history names the code among what was corrected
    logged = [e.payload["fields"] for e in vault.ledger.entries() if e.kind == "session.updated"]
    assert logged[:2] == [["cpt_code", "duration_minutes"], ["cpt_code", "end_time"]]


def test_a_hand_set_code_stays_and_is_said(vault: Vault) -> None:
    client = clients.create_client(vault, "Ione Pascal")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=60, cpt_code="90834")
    done = session_correction.correct_session(vault, s.session_id, duration_minutes=30)
    assert done.session.cpt_code == "90834"
    assert done.code == CodeOnLength("hand_set", "90832")


def test_a_couple_session_keeps_its_code(vault: Vault) -> None:
    client = clients.create_client(vault, "Ione Pascal")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=60, modality="couple")
    done = session_correction.correct_session(vault, s.session_id, duration_minutes=30)
    assert (done.session.cpt_code, done.code.outcome) == ("90847", "none")


def test_a_session_on_an_issued_superbill_keeps_its_code(vault: Vault, tmp_path: Path) -> None:
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    billing.set_scheduled_fee(vault, "90837", "150")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=53, icd10_codes=["F43.0"])
    superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    assert billing.session_billing(vault, client.client_id)[s.session_id] == "billed_superbill"
    done = session_correction.correct_session(vault, s.session_id, duration_minutes=45)
    assert (done.session.cpt_code, done.session.duration_minutes) == ("90837", 45)
    assert done.code == CodeOnLength("billed", "90834")
    # the therapist may still correct it by hand, as before
    assert sessions.update_session(vault, s.session_id, cpt_code="90834").cpt_code == "90834"


def test_the_command_line_says_what_became_of_the_code(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    number = str(cli(capsys, monkeypatch, "client", "add", "Cli Length", *v, "--json").json()["client"]["chart_number"])

    def add(*extra: str) -> str:
        added = cli(capsys, monkeypatch, "session", "add", number, "--date", "2024-03-12", *extra, *v, "--json")
        assert added.code == 0, added.err
        return str(added.json()["session_id"])

    chosen, by_hand, marked = add("--duration", "53"), add("--duration", "60", "--cpt", "90834"), \
        add("--duration", "53", "--billing-status", "billed")
    moved = cli(capsys, monkeypatch, "session", "update", chosen, "--duration", "45", *v)
    assert moved.code == 0, moved.err
    assert "CPT 90834" in moved.out and "CPT code 90837 became 90834 (the CPT time rule: 38 to 52 minutes)" in moved.out
    kept = cli(capsys, monkeypatch, "session", "update", by_hand, "--duration", "30", *v)
    assert kept.code == 0, kept.err
    assert "CPT 90834" in kept.out
    assert "CPT code 90834 kept: it was not the time rule's code. For 30 minutes the rule gives 90832" in kept.out
    assert "--cpt 90832" in kept.out
    billed_kept = cli(capsys, monkeypatch, "session", "update", marked, "--duration", "45", "--json", *v)
    assert billed_kept.code == 0, billed_kept.err
    said = billed_kept.json()
    assert (said["cpt_code"], said["cpt_on_length"]) == ("90837", {"outcome": "billed", "proposed": "90834"})
    with open_vault(Path(v[1]), PASSPHRASE) as vault:
        assert [sessions.get_session(vault, i).cpt_code for i in (chosen, by_hand, marked)] == [
            "90834", "90834", "90837"]


# --- a recorded code beside its recorded length; a note's autosave on a billed session ------------
@pytest.mark.parametrize(("code", "minutes", "individual", "is_billed", "outcome"), [
    ("90837", 10, True, False, CodeOnLength("hand_set", "")),  # under 16 minutes: no code
    ("90837", 45, True, False, CodeOnLength("hand_set", "90834")),
    (" 90837 ", 45, True, True, CodeOnLength("billed", "90834")),
    ("90834", 45, True, False, CodeOnLength("none")),  # agrees
    ("90834", 45, True, True, CodeOnLength("none")),
    ("", 45, True, False, CodeOnLength("none")),  # none recorded: nothing disagrees
    ("90847", 10, False, False, CodeOnLength("none")),  # a couple's code: not this rule's
])
def test_a_recorded_code_beside_its_length(code: str, minutes: int, individual: bool, is_billed: bool,
                                           outcome: CodeOnLength) -> None:
    assert code_for_length(code, minutes, individual=individual, is_billed=is_billed) == outcome


@pytest.mark.parametrize(("recorded", "sent", "is_billed", "by_hand", "kept"), [
    ("90837", "90834", True, False, "90837"),  # billed, followed the length: the bill's code stays
    ("90837", "90834", True, True, "90834"),  # billed, set by hand: the therapist's correction
    ("90837", "90834", False, False, "90834"),  # not billed: as the note sends it
    ("90837", None, True, False, "90837"),  # emptied by itself on a billed session: kept
    ("90837", " 90837", True, False, " 90837"),  # the same code: as sent
    ("90837", None, False, False, None),
])
def test_a_notes_autosave_on_a_billed_session(recorded: str, sent: str | None, is_billed: bool, by_hand: bool,
                                              kept: str | None) -> None:
    assert code_to_keep(recorded, sent, is_billed=is_billed, by_hand=by_hand) == kept
