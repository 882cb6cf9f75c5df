"""Whether a typed e-mail address can be one: a practical rule, not RFC 5322.

The client details' e-mail field took anything ("jane@", "jane at example"), and a practice
writes to the address on file (reminders, a copy of the record the client asked for): a
typo found only when a letter bounces, or is delivered to a stranger, is found too late.
The rule is what a mail program would send to: one @, something before it, and after it a
domain of at least two dot-separated labels ending in a name of letters (example.com,
mail.example.co.uk, bücher.de). Quoted local parts, IP-address domains and addresses
without a dot in the domain are valid by the RFC but not used for a client's mail; refusing
them costs a retyping, never a record (the form keeps what was typed).
"""

from __future__ import annotations

from vault_app.domain.errors import InvalidInput

MAX_LENGTH = 254  # RFC 5321's limit on a path, less its angle brackets
MAX_LOCAL = 64
MAX_LABEL = 63
# Characters a mail program takes unquoted before the @ besides letters and digits (RFC 5322 atext).
_LOCAL_EXTRA = frozenset("!#$%&'*+-/=?^_`{|}~.")
EXAMPLE = "name@example.com"


def _label_problem(label: str) -> str | None:
    if not label:
        return "has two dots together, or a dot at its start or end, after the @"
    if len(label) > MAX_LABEL:
        return "has a part longer than 63 characters after the @"
    if label.startswith("-") or label.endswith("-"):
        return "has a part starting or ending with a hyphen after the @"
    if not all(ch.isalnum() or ch == "-" for ch in label):
        return "has a character after the @ that a domain cannot have"
    return None


def email_problem(text: str) -> str | None:
    """What is wrong with `text` as an e-mail address, in words for the therapist; None when
    nothing is (an empty field too: the address is optional)."""
    value = text.strip()
    if not value:
        return None
    if any(ch.isspace() for ch in value):
        return f"An e-mail address has no spaces: write it as {EXAMPLE}."
    if "@" not in value:
        return f"An e-mail address needs an @ between the name and the domain, as in {EXAMPLE}."
    if value.count("@") > 1:
        return "An e-mail address has one @ only."
    local, domain = value.split("@")
    if not local:
        return f"The e-mail address has nothing before the @: write it whole, as in {EXAMPLE}."
    if not domain:
        return f"The e-mail address has nothing after the @: add the domain, as in {EXAMPLE}."
    if len(value) > MAX_LENGTH or len(local) > MAX_LOCAL:
        return "The e-mail address is too long to be one."
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return "The e-mail address has a dot at the start or end of its name, or two dots together."
    if not all(ch.isalnum() or ch in _LOCAL_EXTRA for ch in local):
        return "The e-mail address has a character before the @ that an address cannot have."
    labels = domain.split(".")
    if len(labels) < 2:
        return f"The domain after the @ needs a dot and an ending, as in {EXAMPLE}."
    for label in labels:
        problem = _label_problem(label)
        if problem is not None:
            return f"The e-mail address {problem}."
    ending = labels[-1]
    if len(ending) < 2 or not ending.isalpha():
        return f"The domain after the @ ends in letters (.com, .org, .us), as in {EXAMPLE}."
    return None


def check_email(text: str, *, field: str = "email") -> str:
    """`text` stripped, or InvalidInput saying what is wrong with it."""
    problem = email_problem(text)
    if problem is not None:
        raise InvalidInput(problem, hint="Correct the e-mail address, or leave it empty.", code="email.invalid",
                           field=field)
    return text.strip()


__all__ = ["EXAMPLE", "MAX_LENGTH", "check_email", "email_problem"]
