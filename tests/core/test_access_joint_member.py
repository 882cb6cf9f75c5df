"""A couple's access request: the copy of the joint record may go to a member of the couple, named as
the recipient (seed 002: "In couples therapy, both partners generally have a right to access the joint
treatment record"). Found by a walker: `--recipient "Alex Taylor"` was refused ("the recipient given is
neither"), only the case's name "Taylor couple" allowed. Both sides: each adult member, by name or chart
number, and the case's name are allowed; anyone else (a stranger, a member of another chart, a minor
member of a family) is refused. A note held in confidence for a member stays out of every such copy.
Real vault, the CLI in process (--check-only asks the gate and the recipient rule, discloses nothing)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.services.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str) -> tuple[int, Any]:
        result = run([*argv, "--vault", str(vault_dir), "--json"])
        out, err = capsys.readouterr()
        return result, (json.loads(out) if result == 0 else out + err)

    return call


ROWS = (
    ("Alex Taylor", True),
    ("AT-1", True),
    ("jordan taylor", True),
    ("Taylor couple", True),
    ("Random Journalist", False),
    ("Sam Other", False),
    ("Kid Taylor", False),
)


def test_a_member_receives_the_couples_copy(cli: Any) -> None:
    for name, number, dob in (("Alex Taylor", "AT-1", "1985-02-03"), ("Jordan Taylor", "JT-1", "1986-04-05"),
                              ("Sam Other", "SO-1", "1970-01-01"), ("Kid Taylor", "KT-1", "2015-01-01")):
        assert cli("client", "add", name, "--dob", dob, "--chart-number", number)[0] == 0
    assert cli("client", "case", "Taylor couple", "--member", "AT-1", "--member", "JT-1", "--member", "KT-1",
               "--chart-number", "J-9")[0] == 0
    code, note = cli("note", "add", "J-9", "--text", "Joint session.", "--date", "2026-11-02")
    assert code == 0
    code, _ = cli("note", "sign", note["note"]["note_id"])
    assert code == 0
    code, request = cli("request", "add", "--client", "J-9", "--kind", "access", "--received-on", "2026-12-01")
    assert code == 0, request
    request_id = request.get("request_id") or request["request"]["request_id"]
    for recipient, allowed in ROWS:
        code, said = cli("export", "--client", "J-9", "--kind", "progress", "--notes", note["note"]["note_id"],
                         "--recipient", recipient, "--purpose", "own copy", "--basis", "client_access",
                         "--request", request_id, "--check-only")
        assert (code == 0) is allowed, (recipient, said)
        if not allowed:
            assert "neither" in said or "member" in said, said


def test_the_member_who_asked_receives_the_copy(cli: Any) -> None:
    """`request add --member`: the request records which adult member made it, and the copy goes to that
    member, not to the other (found by a walker: Made by could not say which member asked)."""
    for name, number, dob in (("Alex Taylor", "AT-1", "1985-02-03"), ("Jordan Taylor", "JT-1", "1986-04-05"),
                              ("Sam Other", "SO-1", "1970-01-01"), ("Kid Taylor", "KT-1", "2015-01-01")):
        assert cli("client", "add", name, "--dob", dob, "--chart-number", number)[0] == 0
    assert cli("client", "case", "Taylor couple", "--member", "AT-1", "--member", "JT-1", "--member", "KT-1",
               "--chart-number", "J-9")[0] == 0
    code, note = cli("note", "add", "J-9", "--text", "Joint session.", "--date", "2026-11-02")
    assert code == 0 and cli("note", "sign", note["note"]["note_id"])[0] == 0
    base = ("request", "add", "--client", "J-9", "--kind", "access", "--received-on", "2026-12-01")
    for member, words in (("SO-1", "not a member"), ("KT-1", "minor"), ("NOBODY-9", "")):
        code, said = cli(*base, "--member", member)
        assert code != 0 and words in said, said
    code, said = cli("request", "add", "--client", "AT-1", "--kind", "access", "--received-on", "2026-12-01",
                     "--member", "AT-1")
    assert code != 0 and "couple's or family's chart" in said, said
    code, request = cli(*base, "--member", "AT-1")
    assert code == 0, request
    request_id = request.get("request_id") or request["request"]["request_id"]
    assert (request.get("member_id") or request["request"]["member_id"])
    for recipient, allowed in (("Alex Taylor", True), ("AT-1", True), ("Jordan Taylor", False),
                               ("Taylor couple", False)):
        code, said = cli("export", "--client", "J-9", "--kind", "progress", "--notes", note["note"]["note_id"],
                         "--recipient", recipient, "--purpose", "own copy", "--basis", "client_access",
                         "--request", request_id, "--check-only")
        assert (code == 0) is allowed, (recipient, said)
