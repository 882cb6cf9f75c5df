"""The words of the domain's checks a screen can meet that had only the core's English: a file
to attach or import that is neither a scan nor text, text in an encoding the app does not read,
a word for the personal dictionary that is not one word, a confidentiality decision without
its legal basis or with an outcome its situation does not allow, a name stored before names were
checked that cannot go on a superbill.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsChecks" context. The core's English stays what the CLI prints and an English
screen shows. The decision's two refusals of the law (a subpoena alone, a national-security
request the client must not hear of) are said by the codes of the decision's checklist
(refusal_words_legal); here is what to do about them.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsChecks"

SAYS: Mapping[str, str] = {
    "authorization.unknown_part": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Unknown kind of information described '{part}'. Choose from: attendance, diagnosis, "
                              "summary, progress_notes, measures."),
    "attachment.not_pdf_image_or_text": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The file is not a PDF, PNG, JPEG or UTF-8 text file."),
    # The core names the file ("CSV file"); its English is the command line's too.
    "text.not_utf8": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The file is not text in UTF-8 (or UTF-16 with its byte-order mark)."),
    "spelling.not_a_word": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Only a single word can be added to the dictionary."),
    "decision.basis_missing": QT_TRANSLATE_NOOP("RefusalWordsChecks", "Choose the legal basis of the disclosure."),
    # Signing a decision the gate refuses: {reasons} are the gate's, each said by its own code.
    "decision.disclosure_refused": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The disclosure gate refused this disclosure: {reasons}"),
    "decision.disclosure_not_checked": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The disclosure gate refused this disclosure: The disclosure was not checked."),
    # The core lists the allowed outcomes by their stored keys; the window offers only those.
    "decision.outcome_not_allowed": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "That decision is not one this situation allows."),
    "superbill.client_name_unsafe": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The client's name, as stored in the chart, contains a line break or an invisible or "
                              "text-direction character."),
    "superbill.guardian_name_unsafe": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "The guardian's name, as stored in the chart, contains a line break or an invisible "
                              "or text-direction character."),
    # The account window asks its own question for it; this is for any other screen that meets it.
    "superbill.already_issued": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "A superbill for these services was already issued on {issued} ({ids}): the sessions "
                              "of {days}. Both sent to a health plan claim those sessions twice."),
    # {missing}: the fields' stored keys; the account window names them in words before the PDF.
    "superbill.provider_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "A health plan cannot pay from a superbill without the practice's NPI, Tax ID and "
                              "address (CMS-1500 items 24J, 25 and 33), and one or more of them is not set."),
    # {codes}: the CPT codes with no fee (domain/superbill_fees: some unpriced is refused as all are).
    "superbill.unpriced": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "A health plan cannot pay from a superbill without the charge for each service "
                              "(CMS-1500 items 24F and 28), and no fee is set for {codes}."),
    # {visits}: the dates of service (ISO) with no diagnosis in force (domain/superbill_diagnosis).
    "superbill.no_diagnosis": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "A health plan cannot pay a service without its diagnosis (CMS-1500 items 21 and 24E), "
                              "and none is recorded for the visit of {visits}."),
    "superbill.diagnosis_after_visit": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "A health plan cannot pay a service without its diagnosis (CMS-1500 items 21 and 24E), "
                              "and the treatment plan's diagnosis starts after the visit of {visits}: it says nothing "
                              "of what was diagnosed then."),
}

HINTS: Mapping[str, str] = {
    "text.not_utf8": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Save it as UTF-8 text (from a spreadsheet: CSV UTF-8 or Unicode text) and try again."),
    "spelling.not_a_word": QT_TRANSLATE_NOOP("RefusalWordsChecks", "Letters only, without spaces or digits."),
    # The core's hints name the outcomes by their stored keys ('seek_order').
    "decision.needs.subpoena_response": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Choose to seek a court order (or not to disclose)."),
    "decision.needs.client_not_told": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Record that the client was not informed."),
    "superbill.client_name_unsafe": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Correct it in the chart (Edit details…), then make the PDF again."),
    "superbill.guardian_name_unsafe": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Correct it in the chart (Guardians…), then make the PDF again."),
    "superbill.already_issued": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "If it replaces the earlier one (a lost copy, a corrected fee), make it again from the "
                              "client's account and choose Issue another: it then says which one it replaces."),
    "superbill.provider_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Fill them in under Vault > Settings… > About you and the practice, then make the "
                              "superbill again."),
    "superbill.unpriced": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Set the fee in the fee schedule (Fee schedule… in this window, or the session's own "
                              "with Set the selected session's fee…), then make the superbill again. A statement "
                              "can be made as it is."),
    "superbill.no_diagnosis": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Add the diagnosis in the chart's treatment plan (Overview, Edit plan…), or on the "
                              "session itself (Sessions & notes, Correct session details…), then make the superbill "
                              "again. A statement can be made as it is."),
    "superbill.diagnosis_after_visit": QT_TRANSLATE_NOOP(
        "RefusalWordsChecks", "Record that visit's diagnosis on the session (Sessions & notes, Correct session "
                              "details…), or correct the plan's start date, then make the superbill again. A "
                              "statement can be made as it is."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
