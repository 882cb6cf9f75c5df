"""The kinds of information an authorization describes, and notes holding others' words, through
the real export (a SQLCipher vault in tmp_path, real crypto), as the walker met them: a parent's
authorization for "attendance, progress summary" let the full progress notes, with a family
session's note, go to a school. Refused now with nothing logged and no file; what the therapist
confirmed is logged with the disclosure; the CLI records the kinds and takes the flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import DisclosureRefused
from vault_app.services import export, notes, sessions
from vault_app.services.vault import Vault


def _seq(vault: Vault) -> int:
    return max((e.seq for e in vault.ledger.entries()), default=0)


def _codes(refused: pytest.ExceptionInfo[DisclosureRefused]) -> list[str]:
    return [getattr(r, "code", "") for r in refused.value.verdict.reasons]


def test_full_notes_are_refused_under_an_authorization_for_attendance_and_a_summary(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id, description="attendance, progress summary, school accommodations",
                       described_parts=["attendance", "summary"])
    recorded = [e for e in vault.ledger.entries() if e.kind == "authorization.recorded"][-1]
    assert recorded.payload["described_parts"] == ["attendance", "summary"]
    before = _seq(vault)
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                      out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert _codes(refused) == ["scope.parts.outside"]
    assert "does not describe full progress notes" in str(refused.value)
    assert "record a new authorization" in refused.value.hint
    assert _seq(vault) == before and not (tmp_path / "x.pdf").exists()
    # A tick never widens what it describes.
    with pytest.raises(DisclosureRefused):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                                        parts_confirmed=True), out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_an_authorization_without_kinds_needs_the_confirmation_which_is_logged(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id, described_parts=())
    req = fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id)
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert _codes(refused) == ["scope.parts.unconfirmed"] and not (tmp_path / "x.pdf").exists()
    confirmed = fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                           parts_confirmed=True)
    result = export.export(vault, confirmed, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    extra = vault.ledger.get(result.ledger_seq).payload["extra"]
    assert extra["parts_sent"] == ["progress_notes"] and extra["parts_confirmed"] is True


def test_a_family_session_note_goes_only_when_reviewed_and_the_review_is_logged(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(10), duration_minutes=53, modality="family")
    family = notes.create_progress_note(vault, chart.client_id, text="Family session: sibling spoke.",
                                        session_id=s.session_id)
    notes.sign_note(vault, family.note_id)
    auth = fx.add_auth(vault, chart.client_id)
    both = (chart.progress[0], family.note_id)
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, fx.request(chart.client_id, note_ids=both, authorization_id=auth.id),
                      out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert _codes(refused) == ["scope.others.one"] and not (tmp_path / "x.pdf").exists()
    # Left out, the individual note goes; reviewed, both go and the review is logged.
    export.export(vault, fx.request(chart.client_id, note_ids=both[:1], authorization_id=auth.id),
                  out=tmp_path / "one.pdf", password=fx.PASSWORD)
    result = export.export(vault, fx.request(chart.client_id, note_ids=both, authorization_id=auth.id,
                                             others_reviewed=True), out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert vault.ledger.get(result.ledger_seq).payload["extra"]["others_reviewed"] == [family.note_id]


def test_the_cli_records_the_kinds_and_takes_the_confirmation(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    folder = vault.folder
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    v = ["--vault", str(folder)]
    common = ["--client", chart.client_id, "--covers", "progress", "--discloser", "Jordan Lee, LCSW",
              "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(100).isoformat(),
              "--signer-name", "Alex Testclient", "--expires", fx.days_ago(-100).isoformat(), "--revoke-statement",
              "in writing", "--conditioning-statement", "not conditioned", "--redisclosure-statement", "--scan",
              str(scan)]
    school = cli(capsys, monkeypatch, "auth", "add", *v, "--json", *common, "--description",
                 "attendance and a progress summary", "--describes", "attendance,summary")
    assert school.code == 0, school.err
    assert school.json()["described_parts"] == ["attendance", "summary"]
    old = cli(capsys, monkeypatch, "auth", "add", *v, "--json", *common, "--description", "progress notes, all")
    assert old.code == 0 and old.json()["described_parts"] == []
    # The list says what each describes, as the Authorizations tab does.
    listed = cli(capsys, monkeypatch, "auth", "list", *v, "--client", chart.client_id)
    lines = {line.split()[0]: line for line in listed.out.splitlines()}
    assert lines[school.json()["authorization_id"]].endswith("describes: attendance, summary")
    assert lines[old.json()["authorization_id"]].endswith("describes: not recorded")
    base = ["--client", chart.client_id, "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
            "--pdf-password-file", str(pw), "--notes", chart.progress[0]]
    refused = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", school.json()["authorization_id"],
                  "--confirm-described", "--out", str(tmp_path / "x.pdf"))
    assert refused.code == 6 and "does not describe full progress notes" in refused.out + refused.err
    unconfirmed = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", old.json()["authorization_id"],
                      "--out", str(tmp_path / "x.pdf"))
    assert unconfirmed.code == 6 and "--confirm-described" not in unconfirmed.out  # the words, not a flag dump
    # ...and then the way past it at a terminal, which the refusal never named (a walker).
    assert "run the command again with --confirm-described" in unconfirmed.err
    checked = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", old.json()["authorization_id"],
                  "--check-only")
    assert checked.code == 6 and "run the command again with --confirm-described" in checked.out
    done = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", old.json()["authorization_id"],
               "--confirm-described", "--out", str(tmp_path / "x.pdf"))
    assert done.code == 0, done.err
    assert (tmp_path / "x.pdf").exists()


def test_the_open_export_takes_the_confirmation_and_the_review(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The complete open export sends every note: under an authorization recorded without its kinds,
    of a chart with a family session's note, it was refused with no flag to confirm either."""
    chart = fx.make_chart(vault, n=1)
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(10), duration_minutes=53, modality="family")
    family = notes.create_progress_note(vault, chart.client_id, text="Family session: sibling spoke.",
                                        session_id=s.session_id)
    notes.sign_note(vault, family.note_id)
    auth = fx.add_auth(vault, chart.client_id, described_parts=())
    folder = vault.folder
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    base = ["open-export", "--vault", str(folder), "--client", chart.client_id, "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--authorization", auth.id, "--pdf-password-file", str(pw), "--out",
            str(tmp_path / "chart.pdf")]
    refused = cli(capsys, monkeypatch, *base)
    said = refused.out + refused.err
    assert refused.code == 6 and "recorded without the kinds" in said and "other people said" in said
    assert "--confirm-described" in refused.err and "--reviewed-others" in refused.err  # the flags that answer it
    assert not (tmp_path / "chart.pdf").exists()
    one = cli(capsys, monkeypatch, *base, "--confirm-described")
    assert one.code == 6 and "other people said" in one.out + one.err
    done = cli(capsys, monkeypatch, *base, "--confirm-described", "--reviewed-others")
    assert done.code == 0, done.err
    assert (tmp_path / "chart.pdf").exists()


def test_describes_and_covers_take_the_same_words(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--covers took "progress" and --describes refused it, wanting "progress_notes" (a walker):
    each takes the other's word for progress notes, the old words still work."""
    chart = fx.make_chart(vault, n=1)
    folder = vault.folder
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    common = ["auth", "add", "--vault", str(folder), "--json", "--client", chart.client_id, "--discloser", "Jordan Lee",
              "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(100).isoformat(),
              "--signer-name", "Alex Testclient", "--expires", fx.days_ago(-100).isoformat(), "--revoke-statement",
              "in writing", "--conditioning-statement", "not conditioned", "--redisclosure-statement", "--scan",
              str(scan), "--description", "attendance and progress notes"]
    for covers, describes in (("progress", "attendance,progress"), ("progress_notes", "attendance,progress_notes")):
        made = cli(capsys, monkeypatch, *common, "--covers", covers, "--describes", describes)
        assert made.code == 0, made.err
        assert made.json()["covers"] == ["progress"]
        assert made.json()["described_parts"] == ["attendance", "progress_notes"]
    wrong = cli(capsys, monkeypatch, *common, "--covers", "progress", "--describes", "notes")
    assert wrong.code != 0 and "Unknown kind of information described 'notes'" in wrong.err
