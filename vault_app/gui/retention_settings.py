"""Settings > About you and the practice > Retention of records: the policy that decides when a
chart may be destroyed, chosen from the presets (each naming its statute) or set by number.
Found in the real app: only `vault-app retention set` could change it. A California therapist
could not choose California in the app, so the default (minors 3 years after 18, where
California psychologists keep them 7) listed a minor's chart as due for destruction years early."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from vault_app.domain.practice import JURISDICTION_RANGES
from vault_app.domain.retention import PRESETS, RetentionPolicy
from vault_app.domain.retention_presets import (
    STATED_PREFIX,
    has_preset,
    policy_fits_state,
    preset_for,
    rule_state,
    stated_rule,
)
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.number_field import NUMBER, TypedNumber, said
from vault_app.gui.retention_words import preset_name, preset_note, saved_words
from vault_app.gui.widgets import wrapped_label

if TYPE_CHECKING:
    from vault_app.gui.seam import App

# The limits the service checks (domain/practice.py's one table), so a box never offers a
# value the save refuses.
_LIMITS = {name: (low, high) for name, low, high, _sentence in JURISDICTION_RANGES}

# A preset's minors' rule in its own words, by preset key (the others: N years after 18).
# With "N years after the last contact … if later" it says New York's whole rule: at least 6 years,
# and until one year after age 21.
MINOR_RULES = {"NY": QT_TRANSLATE_NOOP("RetentionBox", "until one year after the client turns 21")}


class RetentionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Retention of records (when a chart may be destroyed)"))
        self.current: RetentionPolicy | None = None  # as saved, once read
        self.current_source = ""  # where the saved policy comes from, in its own words
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Retention preset"))
        self.preset.addItem(self.tr("Your own numbers"), "")
        for key in PRESETS:
            self.preset.addItem(preset_name(key), key)
        self.adult = self._spin(*_LIMITS["retention_adult_years"], self.tr("Adults: years after the last contact"))
        self.minor = self._spin(*_LIMITS["retention_minor_years_after_majority"],
                                self.tr("Minors: years after the age of majority"))
        self.majority = self._spin(*_LIMITS["age_of_majority"], self.tr("Age of majority"))
        # The citation of the rule the therapist's own numbers follow: printed on certificates in
        # place of "Custom (based on APA guideline ...)" (walk-close round 32, a New York practice).
        self.rule = QLineEdit()
        self.rule.setAccessibleName(self.tr("Rule it follows"))
        self.rule.setPlaceholderText(self.tr("The citation of your state's rule, e.g. 8 NYCRR 29.2(a)(3)"))
        self.source = wrapped_label("", "calmNote", selectable=True)
        # Whether the policy is the license state's rule, said here too (walk-close round 32: only
        # `retention show` said it); the state is the one chosen above, saved or not.
        self.state = ""
        self.credentials = ""
        self.state_note = wrapped_label("", "warningNote", selectable=True)
        # Worded for a free Alt letter: "Apply your state's preset" had none left on the page.
        self.apply_state = QPushButton(self.tr("Switch to your state's preset..."))
        self.apply_state.clicked.connect(self._apply_state_preset)
        form = QFormLayout(self)
        form.addRow(self.tr("Policy:"), self.preset)
        form.addRow(self.tr("Adults, years after the last contact:"), self.adult)
        form.addRow(self.tr("Minors, years after majority:"), self.minor)
        form.addRow(self.tr("Age of majority:"), self.majority)
        form.addRow(self.tr("Rule it follows:"), self.rule)
        form.addRow(self.source)
        form.addRow(self.state_note)
        row = QHBoxLayout()
        row.addWidget(self.apply_state)
        row.addStretch(1)
        form.addRow(row)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.rule.textEdited.connect(self._rule_typed)
        self._say_state()
        self.setEnabled(False)  # until the saved policy is read

    def _spin(self, low: int, high: int, name: str) -> TypedNumber:
        # typed out of range, Qt put the last good number back on leaving: kept and said (Settings' Save)
        box = TypedNumber(low, high, low, range_said=said(NUMBER))
        box.setAccessibleName(name)
        box.valueChanged.connect(self._numbers_changed)
        return box

    def load(self, controller: App) -> None:
        # Lazy (memory): the retention service is loaded with the dialog, not at start-up
        from vault_app.services import retention

        controller.query(self, lambda v: (retention.policy(v), retention.source(v))).success(self._show).run()

    def _show(self, saved: tuple[RetentionPolicy, str]) -> None:
        policy, self.current_source = saved
        self.current = policy
        self._set_numbers(policy)
        match = next((k for k, p in PRESETS.items() if p.policy.name == policy.name), "")
        if not match:
            # The saved policy by its name (the app's starting one, or the therapist's own).
            rule = stated_rule(policy.name)
            self.preset.setItemText(0, self.tr("{0} (rule stated by the therapist)").format(rule) if rule
                                    else policy.name)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(match)))
        self.preset.blockSignals(False)
        self.rule.setText(_preset_rule(match) if match else stated_rule(policy.name))
        self._numbers_changed()
        self.setEnabled(True)

    def _set_numbers(self, policy: RetentionPolicy) -> None:
        for box, value in ((self.adult, policy.adult_years), (self.minor, policy.minor_years_after_majority),
                           (self.majority, policy.age_of_majority)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _preset_chosen(self) -> None:
        key = str(self.preset.currentData() or "")
        if key:
            self._set_numbers(PRESETS[key].policy)
            # The preset's own statute, shown where the rule is read (it stayed empty: walker).
            self.rule.setText(_preset_rule(key))
        elif self.rule.text() in {_preset_rule(k) for k in PRESETS} - {""}:
            self.rule.clear()  # own numbers chosen: the preset's statute was not hers to cite
        self._numbers_changed()

    def _rule_typed(self) -> None:
        if self.preset.currentData():
            # A rule of her own: the numbers stay, the policy is no longer the preset's.
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(0)
            self.preset.blockSignals(False)
        self._numbers_changed()

    def set_state(self, state: str, credentials: str) -> None:
        """The license state and credentials as chosen on the page (saved or not)."""
        self.state, self.credentials = state.strip().upper(), credentials
        self._say_state()

    def _name_to_save(self) -> str:
        key = str(self.preset.currentData() or "")
        if key:
            return PRESETS[key].policy.name
        if self.rule.text().strip():
            return STATED_PREFIX + self.rule.text().strip()
        return self.current.name if self.current is not None else ""

    def _say_state(self) -> None:
        state, name = self.state, self._name_to_save()
        fitting = preset_for(state, self.credentials)
        if not state or not name or policy_fits_state(name, state, self._numbers()):
            note = ""
        elif not has_preset(state):
            note = self.tr("The app has no preset for {0}: the APA guideline is professional guidance, not your "
                           "state's law; check your licensing board's rule and set it.").format(state)
            if rule_state(name):
                note = self.tr("This policy is another state's rule.") + " " + note
        elif fitting is None:
            note = self.tr("This policy is not a rule of your license state ({0}). Choose the preset of your "
                           "license, or add it to your credentials above.").format(state)
        else:
            # A whole sentence: "…license state (NY): New York: mental health licenses is." read
            # as broken English (found by a walker).
            note = self.tr("This policy is not your license state's rule ({0}). The state's preset is: {1}.").format(
                state, preset_name(fitting.key))
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))
        self.apply_state.setVisible(bool(note) and fitting is not None)

    def _apply_state_preset(self) -> None:
        found = preset_for(self.state, self.credentials)
        if found is None:
            return
        # A minor's rule as the preset's own words say it, where they are known: New York's is one
        # year after age 21 and at least 6 years, not "4 years after the client turns 18" (walker).
        minor = self.tr(MINOR_RULES[found.key]) if found.key in MINOR_RULES else self.tr(
            "until {0} years after the client turns 18").format(found.minor_years_after_majority)
        words = self.tr("Switch to the preset “{0}”: {1} years after the last contact; a minor's chart {2}, if "
                        "later? It is saved when you press Save.").format(
            preset_name(found.key), found.adult_years, minor)
        ask_yes_no(self, self.tr("Switch to your state's preset"), words, lambda: self._switch_to(found.key))

    def _switch_to(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))
        self.preset.setFocus()

    def _numbers_changed(self) -> None:
        key = str(self.preset.currentData() or "")
        if key and self._numbers() != _numbers_of(PRESETS[key].policy):
            # Numbers changed by hand: the policy is the therapist's own, based on that preset;
            # the preset's statute no longer says what these numbers follow.
            if self.rule.text() == _preset_rule(key):
                self.rule.clear()
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(0)
            self.preset.blockSignals(False)
            key = ""
        if key:
            note = preset_note(key)
        elif (self.current is not None and self._numbers() == _numbers_of(self.current)
              and self.rule.text().strip() == stated_rule(self.current.name)):
            note = saved_words(self.current.name, self.current_source)[1]
        else:
            # A rule typed: the saved policy's source (a preset's) is no longer what is cited.
            rule = self.rule.text().strip()
            note = (self.tr("Your own numbers, following {0}.").format(rule) if rule
                    else self.tr("Your own numbers."))
            self.preset.setItemText(0, self.tr("Your own numbers"))
        note = note.strip()
        self.source.setText(note + ("" if not note or note.endswith(".") else ".") + " " +
                            self.tr("These are starting points, not legal advice: check your state's rule for your "
                                    "license."))
        self._say_state()

    def _numbers(self) -> tuple[int, int, int]:
        return self.adult.value(), self.minor.value(), self.majority.value()

    def changes(self) -> dict[str, Any] | None:
        """What services.retention.set_policy is to be given, or None when nothing changed."""
        if self.current is None:
            return None
        key = str(self.preset.currentData() or "")
        if key and PRESETS[key].policy.name != self.current.name:
            return {"preset_key": key}
        rule = self.rule.text().strip()
        rule_changed = not key and rule != stated_rule(self.current.name)
        if self._numbers() == _numbers_of(self.current) and not rule_changed:
            return None
        adult, minor, majority = self._numbers()
        return {"adult_years": adult, "minor_years_after_majority": minor, "age_of_majority": majority,
                **({"rule": rule} if rule_changed else {})}


def _preset_rule(key: str) -> str:
    """The statute a preset follows, as written (a citation is not translated); "" for none."""
    return PRESETS[key].source.statute


def _numbers_of(policy: RetentionPolicy) -> tuple[int, int, int]:
    return policy.adult_years, policy.minor_years_after_majority, policy.age_of_majority
