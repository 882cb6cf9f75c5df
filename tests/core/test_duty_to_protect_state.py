"""California's duty to protect as state data (domain/duty_to_protect.py), applied by the decision
guide (walker CA, finding 4: `decision guide duty_to_warn` said "the law does not require it" for
a California practice). Table-driven, both sides: a state with the rule, and states without."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain import duty_to_protect
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.practice import Jurisdiction

ROWS = (
    # license state, setting, kind the guide applies, words present, words absent
    ("CA", "permissive", "mandatory", ("43.92", "Tarasoff", "law enforcement", "Not checked"),
     ("does not require",)),
    ("CA", "none", "mandatory", ("43.92", "Your jurisdiction settings say none"), ("NO duty-to-warn",)),
    ("CA", "mandatory", "mandatory", ("43.92",), ("Your jurisdiction settings say mandatory",)),
    ("NY", "permissive", "permissive", ("does not require",), ("43.92",)),
    ("", "permissive", "permissive", ("does not require",), ("43.92",)),
    ("TX", "none", "none", ("NO duty-to-warn",), ("43.92",)),
)


@pytest.mark.parametrize(("state", "setting", "kind", "present", "absent"), ROWS,
                         ids=[f"{r[0] or 'none'}-{r[1]}" for r in ROWS])
def test_the_guide_applies_the_state_s_duty(state: str, setting: str, kind: str, present: tuple[str, ...],
                                            absent: tuple[str, ...]) -> None:
    guide = guide_for("duty_to_warn", Jurisdiction(duty_to_warn=setting), None, state)  # type: ignore[arg-type]
    said = " ".join((guide.summary, guide.statute_hint, *(str(p.explanation) for p in guide.prompts)))
    assert guide.exception_kind == kind
    for text in present:
        assert text in said, text
    for text in absent:
        assert text not in said, text


@pytest.mark.parametrize(("state", "setting", "proposed"), [
    ("CA", "permissive", True), ("ca", "none", True), ("CA", "mandatory", False), ("NY", "permissive", False),
    ("", "permissive", False),
])
def test_the_rule_is_proposed_where_not_in_force(state: str, setting: str, proposed: bool) -> None:
    found = duty_to_protect.proposal(Jurisdiction(duty_to_warn=setting), state)  # type: ignore[arg-type]
    assert (found is not None) is proposed
    if found is not None:
        assert duty_to_protect.changes_for(found) == {"duty_to_warn": "mandatory"}
        assert "Cal. Civ. Code 43.92" in found.citation and not found.verified


@pytest.mark.parametrize(("state", "offered"), [("CA", True), ("NY", False)])
def test_the_cli_offers_the_state_s_duty_and_the_guide_applies_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, state: str, offered: bool
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    saved = cli(capsys, monkeypatch, "practice", "update", *v, "--clinician-name", "Jordan Lee",
                "--license-state", state, "--license-number", "A1")
    assert ("Civ. Code 43.92" in saved.out) is offered
    shown = cli(capsys, monkeypatch, "decision", "settings", *v).out
    assert ("--duty-to-warn mandatory" in shown) is offered
    guide = cli(capsys, monkeypatch, "decision", "guide", *v, "duty_to_warn").out
    assert ("the law does not require it" in guide) is not offered
    assert ("43.92" in guide) is offered
    if offered:
        cli(capsys, monkeypatch, "decision", "settings", *v, "--duty-to-warn", "mandatory")
        assert "--duty-to-warn mandatory" not in cli(capsys, monkeypatch, "decision", "settings", *v).out
