"""The default CPT code follows the session's modality and length, never a code the therapist
chose (domain/codes.followed_default; AMA CPT descriptors: 90847 family psychotherapy with the
patient present, 90846 without, 90832/90834/90837 individual by time). Found in the real app: a
note whose modality became Family kept 90837. Table-driven, both sides."""

from __future__ import annotations

import pytest

from vault_app.domain.codes import followed_default

FOLLOWS = [
    # (code, before, after, proposed)
    ("90837", (53, "individual"), (53, "family"), "90847"),
    ("90837", (53, "individual"), (53, "couple"), "90847"),
    ("90847", (53, "family"), (53, "individual"), "90837"),
    ("90847", (50, "family"), (45, "individual"), "90834"),
    ("90834", (45, "individual"), (30, "individual"), "90832"),
    ("90832", (30, "individual"), (60, "individual"), "90837"),
    ("90837", (53, "individual"), (53, "group"), "90853"),
    ("90832", (16, "individual"), (15, "individual"), ""),  # under 16 minutes no code applies
    (" 90837 ", (53, "individual"), (53, "family"), "90847"),  # as the field holds it
]

KEPT = [
    ("90837", (53, "family"), (53, "individual")),  # typed for a family session: the therapist's
    ("90834", (53, "individual"), (53, "family")),  # not the default for 53 minutes
    ("90791", (60, "individual"), (60, "family")),  # an intake
    ("90839", (60, "individual"), (60, "family")),  # crisis
    ("", (53, "individual"), (53, "family")),  # left empty on purpose
    ("90847", (53, "family"), (53, "family")),  # nothing changed
    ("90837", (53, "individual"), (53, "individual")),
]


@pytest.mark.parametrize(("code", "before", "after", "proposed"), FOLLOWS)
def test_a_default_code_follows(code: str, before: tuple[int, str], after: tuple[int, str], proposed: str) -> None:
    assert followed_default(code, before=before, after=after) == proposed


@pytest.mark.parametrize(("code", "before", "after"), KEPT)
def test_a_chosen_code_stays(code: str, before: tuple[int, str], after: tuple[int, str]) -> None:
    assert followed_default(code, before=before, after=after) is None
