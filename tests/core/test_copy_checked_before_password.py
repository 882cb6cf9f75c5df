"""A copy's refusals that need no password come before it is asked (services/access_copy_check).

Found in review: `request copy --to-guardian <a parent whose authority ended>` asked for the PDF
password (typed twice) and only then said the parent may not receive the copy; grant_with_copy
checked the password first, so a short one hid the recipient's refusal as well. Now the command
line parses the dates before the unlock and asks check_copy before the password prompt, and
grant_with_copy checks the password last. Real vault, real processes' CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, InvalidInput, RefusedByPolicy
from vault_app.services import access_copy, guardians, practice, requests
from vault_app.services.vault import Vault


def _adult_with_father(vault: Vault) -> tuple[str, str]:
    """An access request of an adult's, and the father recorded while the client was a minor."""
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(19))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Sam Roe", authority="parent")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    return q.id, father.guardian_id


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "copies"
    out.mkdir()
    return out


# (what is wrong besides a password too short, the refusal said first): each without the password.
@pytest.mark.parametrize(("wrong", "code"), [
    ("recipient", "representative.past_majority"),
    ("folder", "access_copy.no_folder"),
    ("kinds", "access_copy.nothing_chosen"),
    ("nothing", "pdf.password_too_short"),  # the other side: the password's own refusal stays
])
def test_the_password_is_checked_last(vault: Vault, tmp_path: Path, wrong: str, code: str) -> None:
    rid, father = _adult_with_father(vault)
    out = _folder(tmp_path)
    asked = {"folder": out / "missing" if wrong == "folder" else out,
             "to": father if wrong == "recipient" else access_copy.CLIENT,
             "kinds": () if wrong == "kinds" else access_copy.ACCESS_KINDS}
    with pytest.raises((RefusedByPolicy, InvalidInput)) as refused:
        access_copy.grant_with_copy(vault, rid, password="short", **asked)  # type: ignore[arg-type]
    assert refused.value.code == code, refused.value.code
    if wrong != "nothing":  # check_copy says the same, with no password at all
        with pytest.raises((RefusedByPolicy, InvalidInput)) as checked:
            access_copy.check_copy(vault, rid, **asked)  # type: ignore[arg-type]
        assert checked.value.code == refused.value.code
    else:
        access_copy.check_copy(vault, rid, **asked)  # type: ignore[arg-type]
    assert list(out.iterdir()) == [] and requests.get_request(vault, rid).status == "open"


def test_the_command_line_says_the_recipient_before_asking_the_password(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rid, father = _adult_with_father(vault)
    out = _folder(tmp_path)
    folder = vault.folder
    vault.lock()
    monkeypatch.delenv("VAULT_APP_PDF_PASSWORD", raising=False)  # not given: it would be asked for

    def copy(*extra: str, passphrase: str = PASSPHRASE) -> object:
        return cli(capsys, monkeypatch, "request", "copy", rid, "--vault", str(folder), "--folder", str(out), *extra,
                   passphrase=passphrase)

    refused = copy("--to-guardian", father)
    assert refused.code == ExitCode.REFUSED, refused.err  # type: ignore[attr-defined]
    assert "164.502(g)" in refused.err and "PDF password" not in refused.err  # type: ignore[attr-defined]
    # A date that is none: said before the unlock (a wrong passphrase is never tried).
    bad_date = copy("--from", "2024-13-45", passphrase="not the passphrase")
    assert bad_date.code == ExitCode.USAGE and "start date" in bad_date.err, bad_date.err  # type: ignore[attr-defined]
    # Everything else right: only then is the password asked (none given here, so refused for it).
    asked = copy("--to-guardian", "client")
    assert asked.code != 0 and "No PDF password given" in asked.err  # type: ignore[attr-defined]
    assert list(out.iterdir()) == []
    given = cli(capsys, monkeypatch, "request", "copy", rid, "--vault", str(folder), "--folder", str(out),
                env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert given.code == 0 and "closed as granted" in given.out, given.err
