"""The words of refusals the chart's windows meet that had only the core's English: a goal or a
suspension gone meanwhile, a joint case's members, the split of a fee between guardians.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsChart" context. The core's English stays what the CLI prints and an English
screen shows.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsChart"

SAYS: Mapping[str, str] = {
    "note.goal_not_in_plan": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "A goal the note refers to is not in this client's treatment plan."),
    "accounting.suspension_not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "No suspension with that id for this client."),
    "case.needs_two": QT_TRANSLATE_NOOP("RefusalWordsChart", "A joint case needs at least two different clients."),
    "case.individuals_only": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "A joint case can only link individual clients."),
    "client.joint_case_member": QT_TRANSLATE_NOOP("RefusalWordsChart", "This client is a member of a joint case."),
    "billing.split_too_many": QT_TRANSLATE_NOOP("RefusalWordsChart", "A split has at most {max} guardians."),
    "billing.split_share_zero": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Every guardian in a split pays a share above 0%."),
    "billing.split_not_100": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "The shares of a split must be whole percentages adding up to 100."),
    # a parent's confidentiality agreement about a minor's care (services/care_confidentiality.py)
    "client.confidentiality_on_case": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "A confidentiality agreement is recorded on a minor's own chart, not a joint record."),
    "client.confidentiality_who": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Name the parent or guardian who agreed, as recorded for this client."),
    "client.confidentiality_not_parent": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Only a parent, guardian or person acting in loco parentis agrees to a minor's "
                             "confidential care (45 CFR 164.502(g)(3)(i)(C))."),
    "client.confidentiality_adult": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "On that day the client was an adult: the agreement is about a minor's care."),
    # the language of the client's letters (domain/letter_language)
    "client.letters_in_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Letters can be written in English (en) or Spanish (es) only."),
    # Destroy records: the signed permission's scan
    "destruction.permission_too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "The signed permission is too large (at most {max_mib} MB)."),
    # An older copy of the vault put back still holds a chart a newer copy destroyed
    # (services/older_copy_destroyed.py)
    "chart.destroyed_in_newer_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Chart {chart} was destroyed in a newer copy of this vault (on {day}): this vault is an "
                             "older copy that still holds it. Nothing of it is opened or disclosed here."),
    # ... or psychotherapy notes a newer copy destroyed, the chart kept
    "psychotherapy_note.destroyed_in_newer_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "This psychotherapy note of chart {chart} was destroyed in a newer copy of this vault "
                             "(on {day}): this vault is an older copy that still holds it. Nothing of it is opened "
                             "or disclosed here."),
}

HINTS: Mapping[str, str] = {
    "chart.destroyed_in_newer_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Restore the newest backup over this vault (Vault > Backups…): it destroys the chart "
                             "again here. If this copy is the vault you keep, destroy the chart again here."),
    "psychotherapy_note.destroyed_in_newer_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Restore the newest backup over this vault (Vault > Backups…): it destroys the note "
                             "again here. If this copy is the vault you keep, destroy the note again here."),
    "client.confidentiality_who": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Choose them under Agreed by; if they are not listed, record them first under "
                             "Guardians…"),
    "client.joint_case_member": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Handle the joint case first; its records belong to every member."),
    "client.letters_in_unknown": QT_TRANSLATE_NOOP("RefusalWordsChart", "Choose en or es."),
    "destruction.permission_too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsChart", "Scan it again at a lower resolution (200 dpi is enough to read a signature); nothing "
                             "was destroyed."),
}

FIELD_NAMES: Mapping[str, str] = {
    "confidentiality_agreed_on": QT_TRANSLATE_NOOP("RefusalWordsChart", "the day of the confidentiality agreement"),
}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
