"""Settings > About you and the practice > Retention of records. Found in the real app: the
retention policy could be seen and changed only with `vault-app retention`; a California
therapist could not choose California, and the default (minors 3 years after 18) listed a
minor's chart as eligible for destruction years before California's 7."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.yes_no_answered import answering
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.services import clients, retention, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _settings(app: AppController, qtbot) -> SettingsDialog:
    dialog = window_of(app).open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.profile["clinician_name"].setText("Jordan Lee")
    return dialog


def _policy_entries(vault: Vault) -> int:
    return sum(1 for e in vault.ledger.entries() if e.kind == "retention.policy_set")


def test_choose_a_state_preset_and_own_numbers(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    minor: dict[str, str] = {}

    def a_minor_seen_long_ago(v: Vault) -> None:
        minor["id"] = clients.create_client(v, "Tobias Youngchart", date_of_birth="2005-01-01").client_id
        sessions.add_session(v, minor["id"], date=date(2012, 3, 1), duration_minutes=50)

    elsewhere(unlocked_app, qtbot, a_minor_seen_long_ago)
    assert minor["id"] in {e.status.client_id for e in retention.eligible(vault)}, "18 + 3 years: 2026"

    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    assert box.isEnabled() and (box.adult.value(), box.minor.value(), box.majority.value()) == (7, 3, 18)
    # The saved policy by its name and source, not as if the therapist had chosen the numbers.
    assert box.preset.currentText() == retention.policy(vault).name
    # A new vault's policy is the APA preset itself, by its own name (the policy's name is no
    # longer the jurisdiction's): the preset's note says where the numbers come from.
    assert box.preset.currentData() == "apa" and "Where no law applies" in box.source.text()
    box.preset.setCurrentIndex(box.preset.findData("CA"))
    assert (box.adult.value(), box.minor.value()) == (7, 7)
    assert "2919" in box.source.text() and "not legal advice" in box.source.text()
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    saved = retention.policy(vault)
    assert (saved.minor_years_after_majority, saved.name) == (7, "California: psychologists")
    assert minor["id"] not in {e.status.client_id for e in retention.eligible(vault)}, "18 + 7 years: 2030"

    # Reopened: the preset is shown; numbers changed by hand make the policy the therapist's own.
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    assert box.preset.currentData() == "CA"
    entries = _policy_entries(vault)
    dialog.save()  # nothing changed: no new policy entry in the ledger
    wait_ops(qtbot)
    assert _policy_entries(vault) == entries
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    box.adult.setValue(10)
    assert box.preset.currentData() == ""
    dialog.save()
    wait_ops(qtbot)
    saved = retention.policy(vault)
    assert (saved.adult_years, saved.minor_years_after_majority) == (10, 7)
    assert saved.name.startswith("Custom") and _policy_entries(vault) == entries + 1


def test_a_refused_profile_leaves_the_policy_as_it_was(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    before = retention.policy(vault)
    dialog = _settings(unlocked_app, qtbot)
    dialog.retention.preset.setCurrentIndex(dialog.retention.preset.findData("PA"))
    dialog.profile["npi"].setText("123")
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "NPI is not valid" in dialog.message.text()
    assert retention.policy(vault) == before
    dialog.reject()


def test_the_state_s_rule_is_said_and_applied_here(unlocked_app: AppController, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Walk-close round 32: License state New York left the APA guideline in force and Settings said
    nothing (a New York minor's chart eligible a year early). Said here, with the state's preset a
    confirmed click away; a state with no preset is told to state its rule, which then cites it."""
    from vault_app.gui import retention_settings

    vault = unlocked_app.vault
    assert vault is not None
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    assert box.state_note.isHidden() and box.apply_state.isHidden()
    dialog.profile["license_number"].setText("012345")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("NY"))
    assert not box.state_note.isHidden() and not box.apply_state.isHidden()
    # A whole sentence (found by a walker: "…(NY): New York: mental health licenses is.").
    assert box.state_note.text() == ("This policy is not your license state's rule (NY). The state's preset is: "
                                     "New York: mental health licenses.")
    said: list[tuple[object, ...]] = []
    monkeypatch.setattr(retention_settings, "ask_yes_no", answering(False, said))
    box.apply_state.click()
    assert box.preset.currentData() == "apa", "answered No: nothing changed"
    monkeypatch.setattr(retention_settings, "ask_yes_no", answering(True, said))
    box.apply_state.click()
    asked = [str(q[2]) for q in said]
    # The minors' rule as New York words it, not "4 years after the client turns 18" (walker).
    assert ("6 years after the last contact; a minor's chart until one year after the client turns 21, if later?"
            in asked[-1]), asked[-1]
    assert box.preset.currentData() == "NY" and (box.adult.value(), box.minor.value()) == (6, 4)
    assert box.state_note.isHidden() and box.apply_state.isHidden()
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    assert retention.policy(vault).name == retention.preset("NY").policy.name
    # A state with no preset: a notice, no button; stating the rule answers it and is saved.
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("TX"))
    assert box.state_note.text().startswith("This policy is another state's rule. The app has no preset for TX: "
                                            "the APA guideline is professional guidance, not your state's law")
    assert box.apply_state.isHidden()
    box.rule.setFocus()
    assert box.rule.text() == "8 NYCRR 29.2(a)(3)"  # the preset's own rule, replaced by hers
    box.rule.selectAll()
    qtbot.keyClicks(box.rule, "Tex. Admin. Code 681.41")
    assert box.state_note.isHidden() and box.preset.currentData() == ""
    assert box.source.text().startswith("Your own numbers, following Tex. Admin. Code 681.41.")  # not NY's source
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    saved = retention.policy(vault)
    assert saved.name == "Custom: Tex. Admin. Code 681.41"
    assert (saved.adult_years, saved.minor_years_after_majority) == (6, 4)
    assert retention.source(vault) == "Tex. Admin. Code 681.41"
    dialog = _settings(unlocked_app, qtbot)
    assert dialog.retention.rule.text() == "Tex. Admin. Code 681.41" and dialog.retention.state_note.isHidden()
    assert dialog.retention.preset.currentText() == "Tex. Admin. Code 681.41 (rule stated by the therapist)"
    dialog.reject()


def test_numbers_typed_shorter_than_the_state_rule_are_said_here(unlocked_app: AppController, qtbot) -> None:
    """Found reviewing: New York's preset, then 5 years typed over its 6 (a policy "based on" New
    York), said nothing, and a chart became eligible a year before the rule. Said as not the
    state's rule, its preset a click away; longer numbers say nothing."""
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    dialog.profile["license_number"].setText("012345")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("NY"))
    box.preset.setCurrentIndex(box.preset.findData("NY"))
    assert box.state_note.isHidden()
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    box.adult.setValue(5)
    assert box.preset.currentData() == ""  # the therapist's own numbers
    assert not box.state_note.isHidden() and not box.apply_state.isHidden()
    assert "not your license state's rule (NY)" in box.state_note.text()  # the whole-sentence wording
    box.adult.setValue(8)
    assert box.state_note.isHidden() and box.apply_state.isHidden()


def test_a_preset_s_rule_is_shown_where_the_rule_is_read(unlocked_app: AppController, qtbot) -> None:
    """Walker: "Rule it follows" stayed empty after choosing the New York preset, as if it cited
    nothing. The preset's statute is shown; numbers changed by hand no longer follow it."""
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    box.preset.setCurrentIndex(box.preset.findData("NY"))
    assert box.rule.text() == "8 NYCRR 29.2(a)(3)"
    box.preset.setCurrentIndex(box.preset.findData("CA"))
    assert box.rule.text() == "Cal. Bus. & Prof. Code 2919"
    box.preset.setCurrentIndex(box.preset.findData("NY"))
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    assert retention.policy(vault).name == retention.preset("NY").policy.name  # the preset, not a rule typed
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    assert box.preset.currentData() == "NY" and box.rule.text() == "8 NYCRR 29.2(a)(3)"
    box.adult.setValue(9)  # her own numbers now: the statute is not what they follow
    assert box.preset.currentData() == "" and box.rule.text() == ""
    box.preset.setCurrentIndex(box.preset.findData("apa"))
    assert box.rule.text() == ""  # a guideline, no statute: the field's hint shows
    box.preset.setCurrentIndex(box.preset.findData("NY"))
    box.preset.setCurrentIndex(0)  # "Your own numbers" chosen: nothing cited until she types it
    assert box.rule.text() == "" and box.changes() is None
    dialog.reject()
