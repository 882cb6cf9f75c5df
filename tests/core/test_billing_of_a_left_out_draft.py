"""The session of an unsigned draft left out of a copy: its billing data goes, or not, by the basis.

Found by a walker: the client's access copy with the draft left out (`request copy --leave-drafts`)
said "3 sessions' billing data (... to <the draft's day>)", so the session whose note was left out
went as billing data. Decided right, and pinned here (docs/disclosure.md, "unsigned drafts"):

- The client's own copy (45 CFR 164.524): the right of access covers the designated record set,
  which holds "the medical records and billing records about individuals" (164.501). The session's
  date, codes and length are a billing record of their own, whatever the state of its note; leaving
  the note out (the therapist's choice, not yet part of the record) is no ground to withhold them
  (164.524(a)(2)-(3), (d)(1): only a written denial on a ground withholds a part). So it goes.
- A third party under an authorization (164.508): the disclosure is limited to what the authorization
  describes (164.508(a)(1), (c)(1)(i)). Billing data go only when it covers billing information, and
  then the draft's session too (it is billing information, not the note); one covering the progress
  notes alone sends none of the sessions, the draft's or another's."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import access_copy, export, notes, requests, sessions
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault


def _chart_with_drafted_session(vault: Vault) -> tuple[fx.Chart, str, str]:
    """Two signed sessions' notes, a third session whose note is an unsigned draft: (chart, session, draft)."""
    chart = fx.make_chart(vault, n=2)
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(2), duration_minutes=53, icd10_codes=["F41.1"])
    draft = notes.create_progress_note(vault, chart.client_id, template="soap", session_id=s.session_id,
                                       sections={"subjective": "DRAFTMARKER unfinished."})
    return chart, s.session_id, draft.note_id


def _logged(vault: Vault, client_id: str, before: int) -> dict[str, export.DisclosureRecord]:
    return {d.kind: d for d in export.disclosures(vault, client_id)[before:]}


def test_the_clients_own_copy_carries_the_drafts_session_as_billing(vault: Vault, tmp_path: Path) -> None:
    chart, session, draft = _chart_with_drafted_session(vault)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1)).id
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, leave_drafts=(draft,))
    assert result.granted and result.drafts_left_out == (draft,)
    logged = _logged(vault, chart.client_id, 0)
    assert draft not in logged["progress"].item_ids, "the draft itself stays out"
    assert set(logged["progress"].item_ids) == set(chart.progress)
    # Its session is a billing record of the designated record set (164.501, 164.524): it goes.
    assert set(logged["billing"].item_ids) == {*chart.sessions, session}
    assert logged["billing"].description.startswith("3 sessions"), logged["billing"].description
    progress_pdf = next(p for what, p in result.made if p.name.endswith("-progress.pdf"))
    assert "DRAFTMARKER" not in " ".join(fx.pdf_text(progress_pdf))


def _third_party(vault: Vault, chart: fx.Chart, out: Path, covers: list[str]) -> None:
    auth = fx.add_auth(vault, chart.client_id, covers=covers, description="Progress notes and billing records"
                       if "billing" in covers else "Progress notes")
    open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD, leave_out_drafts=True)


def test_a_third_party_gets_the_sessions_only_when_the_authorization_covers_billing(
        vault: Vault, tmp_path: Path) -> None:
    chart, session, draft = _chart_with_drafted_session(vault)
    before = len(export.disclosures(vault, chart.client_id))
    _third_party(vault, chart, tmp_path / "notes-only.pdf", ["progress"])
    logged = _logged(vault, chart.client_id, before)
    assert "billing" not in logged, "an authorization of the progress notes alone sends no session (164.508)"
    assert draft not in logged["progress"].item_ids
    before = len(export.disclosures(vault, chart.client_id))
    _third_party(vault, chart, tmp_path / "with-billing.pdf", ["progress", "billing"])
    logged = _logged(vault, chart.client_id, before)
    assert draft not in logged["progress"].item_ids
    # Covered billing information: the draft's session with the others (its note's state is no part of it).
    assert set(logged["billing"].item_ids) == {*chart.sessions, session}
