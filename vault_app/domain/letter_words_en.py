"""The request letters' words in English (domain/letter_words.py chooses them)."""

from __future__ import annotations

from datetime import date

from vault_app.domain.closure_notice_words import ClosureWords
from vault_app.domain.document_dates import letter_date_line
from vault_app.domain.letter_words import LetterWords
from vault_app.domain.locale_format import date_text, normalize
from vault_app.domain.statement_words import StatementWords

HHS_COMPLAINT = (
    "the Secretary of the U.S. Department of Health and Human Services, Office for Civil Rights, "
    "200 Independence Avenue, S.W., Washington, D.C. 20201; telephone 1-800-368-1019 (TDD 1-800-537-7697); "
    "online at www.hhs.gov/ocr/complaints"
)


def _day(day: date, locale: str) -> str:
    # The practice's order, the month in English words (document_dates: "long", 03/02/2027 reads two ways).
    return letter_date_line(day, locale)


def _amended(kind: str, days: list[str]) -> str:
    """"the progress note of January 2, 2024", "the progress notes of December 5, 2023 and January 2, 2024"."""
    listed = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
    return f"the {kind}{'' if len(days) == 1 else 's'} of {listed}"


def _linked(count: int) -> str:
    return (f"Your amendment is appended to {'this note' if count == 1 else 'each of these notes'} and linked "
            "to it: the note as first written is kept, and the amendment stands with it in the record "
            "(45 CFR 164.526(c)(1)).")


ENGLISH = LetterWords(
    language="en",
    dear="Dear {to},",
    dear_unknown="Dear Sir or Madam,",
    unknown_to="Sir or Madam",
    closing="Sincerely,",
    date_line=_day,
    records_of="the records of {who}",
    your_records="your records",
    privacy_officer="our Privacy Officer",
    default_contact="our Privacy Officer",  # as the Spanish "nuestro": "contact our Privacy Officer, …"
    telephone="Telephone {phone}",
    license_in_state="{state} license {number}",  # PracticeProfile.license_line's
    license_alone="license {number}",
    hhs=HHS_COMPLAINT,
    complaint=(
        "If you believe your privacy rights have been violated, you may complain to us: contact {who}{at}, "
        "telephone {phone}. You may also complain to {hhs}. "
        "We will not retaliate against you for filing a complaint."
    ),
    ground=lambda g: g.text,
    state_review=lambda _state, paragraph: paragraph,
    basis=lambda words: words,
    access_title="Denial of your request for access",
    access_received=(
        "On {day} we received your request for access to {records}. "
        "This letter explains our decision, as the HIPAA Privacy Rule (45 CFR 164.524) requires."
    ),
    access_granted="We are giving you access to: {granted}.",
    access_denied_default="the information described in your request",
    access_denied="We are denying access to: {denied}. The reason:",
    access_review=(
        "Your right to a review: you may ask that this denial be reviewed by a licensed health care professional, "
        "chosen by us, who did not take part in the original decision. To ask for a review, write to "
        "{who} (telephone {phone}). We will promptly refer your request, and we will abide by the "
        "reviewer's decision and tell you the result in writing."
    ),
    access_state_ground=(
        "The part of this denial based on {cited} is made under the law of the state where we "
        "practice, which decides a parent's or guardian's access to a minor's records (45 CFR "
        "164.502(g)(3)(ii)); the review under 45 CFR 164.524(a)(4) does not apply to it."
    ),
    access_unreviewable=(
        "The part of this denial based on {names} cannot be reviewed: the HIPAA Privacy Rule makes it a ground "
        "of denial that is not reviewable (45 CFR 164.524(a)(1)-(2))."
    ),
    access_summary=(
        "You may ask us for a summary or an explanation of the information you can have, instead of or in "
        "addition to a copy."
    ),
    access_held_elsewhere=(
        "We do not keep some of what you asked for. It is held by: {holder}; you may send your request there."
    ),
    refused_title="Your request for health information",
    refused_asked={
        "access": "for health information about",
        "amendment": "to amend health information about",
        "accounting": "for an accounting of disclosures of health information about",
    },
    refused_received=(
        "On {day} we received your request {asked} the person you named. We can "
        "neither confirm nor deny that this person is, or has been, a client of this practice."
    ),
    refused_release=(
        "We release health information only to the person it is about; to their personal representative, with "
        "documentation of that person's authority to act for them, such as a court order or a health care power "
        "of attorney (45 CFR 164.502(g), 164.514(h)); or with the written authorization of the person it is about "
        "(45 CFR 164.508)."
    ),
    refused_no_documents=(
        "Your request did not include that documentation or authorization, so we cannot act on it. If you have "
        "it, you may send it to {who} (telephone {phone}), and we will consider a new request."
    ),
    refused_right=(
        "That right is the person's own, exercised for them only by their personal "
        "representative ({right}, 45 CFR 164.502(g)(1))."
    ),
    refused_basis=(
        # The rule in general words, said as one of the rules, not as this person's case: "for
        # that reason" after "the minor did" confirmed the treatment (found by a walker).
        "Among the rules on who may act for another person: {basis} "
        "({citation}). This letter does not say whether that rule, or any other, applies to the person you "
        "named. We cannot act on your request. If you have documentation of your authority to act for that "
        "person, you may send it to {who} (telephone {phone})."
    ),
    denial_title="Denial of your request for amendment",
    denial_received=(
        "On {day} we received your request to amend {records}. "
        "After review we are denying it (45 CFR 164.526). The reason:"
    ),
    denial_disagree=(
        "Your right to disagree: you may send us a written statement disagreeing with this denial and the "
        "reasons for your disagreement. Send it to {who} (telephone {phone}). We may prepare a written rebuttal; "
        "if we do, we will give you a copy. Your statement, this letter and any rebuttal will be linked to the "
        "records concerned and included with any future disclosure of them."
    ),
    denial_include=(
        "If you do not send a statement of disagreement, you may ask that your request for amendment and this "
        "denial be included with any future disclosures of the information concerned."
    ),
    accepted_title="Your request for amendment was accepted",
    amended=_amended,
    amended_join="; ",
    accepted_received="On {day} we received your request to amend {records}. We have accepted it and amended {which}.",
    records_concerned="the records concerned",
    accepted_linked=_linked,
    accepted_notify=(
        "Please tell us the people or organizations you want us to notify of the amendment. We will also notify "
        "those we know have received the information and may have relied on it."
    ),
    rebuttal_title="Our rebuttal of your statement of disagreement",
    rebuttal_received_on="On {day} we",
    rebuttal_received="We",
    rebuttal_copy=(
        "{received} received your statement disagreeing with our denial of your request to amend "
        "{records} (request received {asked_on}). We have prepared a "
        "written rebuttal of your statement. As the HIPAA Privacy Rule requires (45 CFR 164.526(d)(3)), here is "
        "a copy of it:"
    ),
    rebuttal_linked=(
        "Your request, our denial, your statement of disagreement and this rebuttal are linked to the records "
        "concerned and will be included with any future disclosure of them (45 CFR 164.526(d)(4)-(5))."
    ),
    questions="If you have questions, contact {who}, telephone {phone}.",
    extension_title="We need more time to answer your request",
    extension_what={"access": "access to {records}", "amendment": "an amendment of {records}",
                    "accounting": "an accounting of disclosures of {records}"},
    extension_received=(
        "On {day} we received your request for {what}. "
        "We need more time to act on it. The reason for the delay: {reason}"
    ),
    extension_by=(
        "We will act on your request no later than {day}, as the HIPAA Privacy Rule ({citation}) allows once."
    ),
    review_title="The review of our denial of access",
    review_outcome={
        "upheld": "The reviewer upheld the denial: we will not give access to the information that was denied.",
        "reversed": "The reviewer reversed the denial: we will give you access to the information that was denied, "
                    "and we will contact you to arrange it.",
        "partly_reversed": "The reviewer reversed part of the denial: we will give you access to the part the "
                           "reviewer allowed, and we will contact you to arrange it.",
    },
    review_asked=(
        "You asked that our denial of your request for access to {records} (received {day}) be "
        "reviewed. The review was made by {reviewer}, a licensed health care professional who did not take part "
        "in the original decision (45 CFR 164.524(a)(4))."
    ),
    page="Page {n} of {nb}",
)

# The notice of closure to a client of a practice that closes (domain/closure_notice.py).
CLOSURE_EN = ClosureWords(
    title="Notice of the closing of the practice",
    closing=(
        "{practice} will close on {day}. We are writing to tell you who will keep the records from then on, "
        "for how long, and how to ask for a copy."
    ),
    last_session_past="The last session was on {day}.",
    last_session_future="The last session is scheduled for {day}.",
    kept_by=(
        "From {day}, {records} will be kept by {custodian} ({contact}), at least until {until}, as the law on "
        "keeping health records requires."
    ),
    kept_by_no_date=(
        "From {day}, {records} will be kept by {custodian} ({contact}), for as long as the law on keeping "
        "health records requires."
    ),
    access=(
        "You have the right to see and to get a copy of {records} ({citation}). To ask for one, write to "
        "{custodian} ({contact}). A request is answered within 30 days; a reasonable, cost-based fee may be "
        "charged for a copy."
    ),
    new_clinician=(
        "If you want a copy sent to a new clinician, ask {custodian} in writing, naming the clinician and where "
        "to send it ({citation})."
    ),
    referrals="If you wish to continue care, you may contact:",
    questions="If you have questions before {day}, contact {who}, telephone {phone}.",
    estate_of="Personal Representative of the Estate of {name}",
    file_name="closure-notice-{chart}{how}.pdf",
    not_by_mail_file="-not-by-mail",
    copy_file="-copy",
)

def _statement_day(day: date, locale: str) -> str:
    # The practice's short date: its client lives where it is (domain/document_dates, "practice").
    return date_text(day, normalize(locale))


# A client's statement of account (domain/statement_words.py); its tables' words are the English
# the page always printed, so the mappings are empty (the English is its own word).
STATEMENT_EN = StatementWords(
    language="en",
    day=_statement_day,
    short_day=_statement_day,
    money_locale=normalize,
    title="Statement",
    footer=("{title} {id}, issued {day} to the client or their personal representative for their own use "
            "(45 CFR 164.524). It holds billing information only, no clinical notes."),
    page="Page {n} of {nb}",
    issued="Issued {day} · {id} · services {first} to {last}",
    provider="Provider",
    provider_unset="(practice details not set: Settings > Practice)",
    identity={},
    patient="Patient",
    name="Name",
    date_of_birth="Date of birth",
    account="Account",
    share_of_charges=" · share of charges: {percent}%",
    addressed_to="Addressed to",
    address="Address",
    services="Services",
    columns={},
    no_fee="no fee set",
    no_lines="No sessions or fees in these dates.",
    line_kinds={},
    places={},
    payments_in="Payments received in these dates",
    payment="{amount} ({method})",
    payment_share="{share} ({method}; your share of {amount})",
    methods={},
    balance="Account balance",
    your_share=" (your share, {percent}%)",
    balances={"brought_forward": ("Balance brought forward", "Credit brought forward"),
              "at_end": ("Balance due", "Credit")},
    charges_in="Charges in these dates",
    paid_since="Paid of it from {start} to {end}",
    terms=("Balance brought forward: every charge before these dates less every payment received before them. "
           "Payments are applied to the account's charges oldest first, whenever they were made; a credit is what "
           "was paid beyond the charges, and is kept towards later charges."),
)


__all__ = ["CLOSURE_EN", "ENGLISH", "HHS_COMPLAINT", "STATEMENT_EN"]
