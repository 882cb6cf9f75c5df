"""The discharge summary, a progress-note template of its own (domain/note_templates.py):
written, signed, read back, found by search in each of its sections (records migration 0096
gave `search_text` its keys), exported with its headings, and counted when a chart is
discharged (domain/discharge_summary.py)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.test_faults_diskfull_agenda_upgrade import LATER_MIGRATIONS_UNDONE
from tests.core.test_open_export import SCHEMA, read_archive
from vault_app.domain.discharge_summary import is_discharge_summary
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import InvalidInput
from vault_app.domain.note_goals import goals_section
from vault_app.domain.note_templates import (
    ALL_SECTION_KEYS,
    DISCHARGE,
    TEMPLATES,
    get_template,
    normalize_sections,
    render,
    sections_from_text,
)
from vault_app.services import clients, notes, search
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault
from vault_app.storage import search_index
from vault_app.storage.layout import SEARCH_FILES

# One word per section that no other test text has: a hit names the section it came from.
WORDS = {
    "referral": "Referred by her physician for panic attacks (quillfeather).",
    "course": "Sixteen sessions, 2025-09-04 to 2026-01-22, weekly CBT and exposure (marrowind).",
    "progress": "Goal 1 met: no panic attack in eight weeks (tessellant).",
    "discharge_status": "Euthymic; denies ideation; no risk of harm to self or others (glimmerock).",
    "discharge_reason": "Goals met, by mutual agreement (brackenfold).",
    "aftercare": "Referred to a monthly support group; return if panic recurs (lanternwick).",
}


def _word(key: str) -> str:
    return WORDS[key].rsplit("(", 1)[1].rstrip(").")


def _found(vault: Vault, word: str) -> list[str]:
    return [h.note_id for h in search.search(vault, word, include_documents=False).notes]


def test_the_template_has_the_sections_a_clinician_expects_in_order() -> None:
    template = get_template("Discharge")  # the picker's and the command line's key, any case
    assert template.key == DISCHARGE and template.title == "Discharge summary"
    assert template.keys == tuple(WORDS)
    assert [template.heading(k) for k in template.keys] == [
        "Reason for referral / presenting problem", "Course of treatment", "Progress toward goals",
        "Status at discharge", "Reason for discharge", "Recommendations and referrals"]
    assert "number of sessions" in template.hint("course") and "risk" in template.hint("discharge_status")
    assert template.hint("referral") == ""
    # Its keys are its own: another template's note never gains a discharge section.
    others = {k for t in TEMPLATES.values() if t.key != DISCHARGE for k in t.keys}
    assert not others & set(template.keys)
    assert set(template.keys) <= set(ALL_SECTION_KEYS)


def test_typed_or_piped_text_splits_by_its_headings_and_renders_back() -> None:
    template = get_template(DISCHARGE)
    text = "\n".join(f"{template.heading(k)}:\n{WORDS[k]}" for k in template.keys)
    sections = sections_from_text(template, text)
    assert sections == WORDS
    assert render(template, sections) == "\n\n".join(f"{template.heading(k)}:\n{WORDS[k]}" for k in template.keys)
    with pytest.raises(InvalidInput):
        normalize_sections(template, {"subjective": "not a section of this template"})


def test_goals_land_in_progress_toward_goals() -> None:
    assert goals_section(get_template(DISCHARGE).keys) == "progress"


def test_written_signed_read_back_and_found_by_each_section(vault: Vault) -> None:
    cid = clients.create_client(vault, "Perpetua Lindqvist", date_of_birth="1984-11-02").client_id
    ordinary = notes.create_progress_note(vault, cid, template="soap", sections={"subjective": "An ordinary week."})
    note = notes.create_progress_note(vault, cid, template=DISCHARGE, sections=WORDS)
    signed = notes.sign_note(vault, note.note_id)
    assert signed.signed and signed.template == DISCHARGE
    assert dict(notes.get_note(vault, note.note_id).sections) == WORDS
    # The note list's preview (its only view of the text) starts with the first section.
    (summary,) = [n for n in notes.list_notes(vault, cid) if n.note_id == note.note_id]
    assert summary.preview.startswith(WORDS["referral"][:40])
    for key in WORDS:
        assert _found(vault, _word(key)) == [note.note_id], key
    assert _found(vault, "ordinary") == [ordinary.note_id]
    # The same after the index is built again from the compartment (a restore, a repair).
    search_index.rebuild(vault.records.raw_connection, "records", vault.records.path,
                         vault.compartment_key("records"))
    assert all(_found(vault, _word(k)) == [note.note_id] for k in WORDS)


def test_every_templates_section_is_searchable(vault: Vault) -> None:
    """`search_text` names each key in SQL (migrations 0010, 0096): a template key added
    without a migration would be saved and signed, and never found. One note per template,
    a word of its own in each section."""
    cid = clients.create_client(vault, "Anselm Oakhurst").client_id
    expected: dict[str, str] = {}
    for template in TEMPLATES.values():
        words = {k: f"zq{template.key}{k.replace('_', '')}x" for k in template.keys}
        note = notes.create_progress_note(vault, cid, template=template.key, sections=words)
        expected.update(dict.fromkeys(words.values(), note.note_id))
    for word, note_id in expected.items():
        assert _found(vault, word) == [note_id], word


def test_a_vault_from_before_0096_upgrades_and_its_index_stays_in_step(vault: Vault, vault_dir: Path) -> None:
    """`search_text` as 0010 made it (the state of every vault before this release): the
    upgrade adds the discharge keys without touching a row, so the search file written before
    is still in step (not rebuilt), and a discharge summary written after is found."""
    cid = clients.create_client(vault, "Tobiah Wrenfield").client_id
    old = notes.create_progress_note(vault, cid, template="dap", sections={"data": "Before the upgrade: fernhollow."})
    conn = vault.records.raw_connection
    search_index.uninstall_triggers(conn, "records")  # they name search_text; reinstalled at the next open
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ALTER TABLE progress_notes DROP COLUMN search_text")
    conn.execute("""ALTER TABLE progress_notes ADD COLUMN search_text TEXT GENERATED ALWAYS AS (concat_ws(char(10),
        json_extract(sections, '$.goals'), json_extract(sections, '$.data'),
        json_extract(sections, '$.behavior'), json_extract(sections, '$.subjective'),
        json_extract(sections, '$.objective'), json_extract(sections, '$.intervention'),
        json_extract(sections, '$.response'), json_extract(sections, '$.assessment'),
        json_extract(sections, '$.plan'), json_extract(sections, '$.text'))) VIRTUAL""")
    # Migrations after 0096 undone too, so the upgrade re-runs them (test_faults_diskfull_agenda_upgrade's list).
    for undo in LATER_MIGRATIONS_UNDONE[LATER_MIGRATIONS_UNDONE.index("DROP TABLE chart_key_generations"):]:
        conn.execute(undo)
    conn.execute("PRAGMA user_version = 95")
    conn.execute("COMMIT")
    assert vault.records.user_version() == 95
    vault.lock()
    assert (vault_dir / SEARCH_FILES["records"]).exists()
    with reopen(vault_dir) as again:
        assert again.records.user_version() >= 96
        assert not again.records.search_rebuilt, "no row's text changed: the index is kept"
        assert _found(again, "fernhollow") == [old.note_id]
        note = notes.create_progress_note(again, cid, template=DISCHARGE, sections=WORDS)
        assert _found(again, _word("aftercare")) == [note.note_id]
        assert search.check_indexes(again) == {"records": []}


def test_the_open_export_lists_its_sections(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    note = notes.create_progress_note(vault, chart.client_id, template=DISCHARGE, sections=WORDS)
    notes.sign_note(vault, note.note_id)
    auth = fx.add_auth(vault, chart.client_id, description="The complete record, for transfer of care")
    out = tmp_path / "chart.pdf"
    open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD)
    files = read_archive(out, fx.PASSWORD)
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)  # the documented format names the template
    (exported,) = [n for n in data["progress_notes"] if n["note_id"] == note.note_id]
    assert exported["template"] == DISCHARGE
    assert exported["sections"] == WORDS
    text = files[exported["text_file"]].decode("utf-8")
    template = get_template(DISCHARGE)
    positions = [text.index(f"{template.heading(k)}\n{WORDS[k]}") for k in template.keys]
    assert positions == sorted(positions)
    # The readable PDF of the chart has each heading and each section's words.
    pdf = " ".join(fx.pdf_text(out))
    for key in template.keys:
        assert template.heading(key) in pdf and _word(key) in pdf, key


@pytest.mark.parametrize(("template", "opening", "counts"), [
    (DISCHARGE, "Referred by her physician for panic attacks.", True),
    ("soap", "Discharge summary: goals met.", True),
    ("soap", "Anxiety high this week.", False),
])
def test_a_note_of_the_template_is_a_discharge_summary(template: str, opening: str, counts: bool) -> None:
    assert is_discharge_summary(template, opening) is counts
