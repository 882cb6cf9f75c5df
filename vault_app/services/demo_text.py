"""Synthetic, clearly fictional practice text for demo vaults and benchmarks.

Names are invented compounds (nobody is called "Marigold Thistlewick"), and every
client's legal name carries the "(demo)" marker so a demo vault can never be
mistaken for a real one. Note text is assembled from clinical-sounding sentence
parts so that notes have realistic length and vocabulary for search.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_NAMES = (
    "Marigold", "Bramble", "Juniper", "Wren", "Tamsin", "Orrin", "Pell", "Quincy", "Rosalind", "Sorrel", "Tobin",
    "Ulla", "Vesper", "Wilder", "Yarrow", "Zephyr", "Alder", "Briony", "Cassius", "Delphine", "Emrys", "Fennel",
    "Galen", "Hazel", "Isolde", "Jasper", "Kestrel", "Linnea", "Merritt", "Nettle", "Oberon", "Primrose", "Rook",
    "Saffron", "Thaddeus", "Verity", "Winslow", "Clementine", "Barnaby", "Odalys", "Perpetua", "Lark", "Ember",
)
SURNAME_PARTS_A = (
    "Thistle", "Moss", "Bright", "Copper", "Fern", "Apple", "Lantern", "Quill", "Bramble", "Cobble",
    "Hollow", "Marsh", "Pebble", "Sparrow", "Tinder", "Willow", "Amber", "Button", "Honey", "Kettle",
    "Ribbon", "Saddle",
)
SURNAME_PARTS_B = (
    "wick", "dew", "water", "field", "whistle", "brook", "thorn", "gate", "wood", "moor", "bottom", "ridge",
    "well", "hollow", "stone", "feather", "worth", "croft", "vale", "bury",
)
THEMES = (
    ("anxiety", ("F41.1",), ("worry", "restlessness", "muscle tension", "racing thoughts", "avoidance")),
    ("depression", ("F33.1",), ("low mood", "anhedonia", "fatigue", "poor concentration", "withdrawal")),
    ("panic", ("F41.0",), ("panic attacks", "palpitations", "fear of losing control", "avoidance of crowds")),
    ("grief", ("F43.21",), ("bereavement", "yearning", "tearfulness", "guilt about the loss", "disrupted routine")),
    ("trauma", ("F43.10",), ("intrusive memories", "nightmares", "hypervigilance", "startle response", "numbing")),
    ("work stress", ("F43.23",), ("burnout", "conflict with supervisor", "irritability", "sleep disruption")),
    ("relationship", ("Z63.0",), ("conflict with partner", "communication breakdown", "trust concerns")),
    ("adjustment", ("F43.20",), ("relocation", "role change", "uncertainty", "loneliness", "overwhelm")),
    ("substance use", ("F10.10",), ("cravings", "drinking to cope", "weekend binges", "relapse risk")),
    ("parenting", ("Z62.820",), ("power struggles", "school refusal", "bedtime conflict", "co-parenting tension")),
)
# The symptoms above that are plural, for the verb after them (found in the demo vault:
# "when intrusive memories rises", "nightmares was worse in the evenings").
PLURAL_SYMPTOMS = frozenset({
    "intrusive memories", "nightmares", "racing thoughts", "panic attacks", "palpitations", "cravings",
    "weekend binges", "power struggles", "trust concerns",
})
INTERVENTIONS = (
    "cognitive restructuring", "behavioral activation", "mindfulness practice", "graded exposure",
    "psychoeducation", "motivational interviewing", "DBT distress tolerance skills", "sleep hygiene review",
    "problem-solving therapy", "values clarification", "grounding techniques", "relaxation training",
    "emotion-focused reflection", "narrative reframing", "communication skills rehearsal",
    "relapse prevention planning",
)
HOPES = ("returning to work", "reconnecting with friends", "the new routine", "finishing school", "the support group")
HOMEWORK = (
    "keep a thought record", "daily walk", "practice breathing twice a day", "schedule one pleasant activity",
    "write a letter not to be sent", "track sleep",
)
DREAMS = ("a flooded house", "missing a train", "an empty classroom", "a locked door", "climbing stairs")
SETTINGS_TEXT = ("in the office", "by video", "on time", "a few minutes late", "after rescheduling once")
AFFECT = ("anxious", "euthymic", "constricted", "tearful at times", "irritable", "calm", "flat", "bright")
PEOPLE = ("partner", "mother", "father", "sister", "brother", "manager", "roommate", "best friend", "teenage son",
          "daughter", "grandmother", "coworker", "neighbor", "ex-partner")
EVENTS = (
    "a difficult conversation with their {person}", "an argument with their {person} about money",
    "a stressful week at work", "a family gathering over the weekend", "an upcoming medical appointment",
    "the anniversary of a loss", "a job interview", "moving to a new apartment", "a trip to visit their {person}",
    "a conflict with their {person} over chores", "starting a new class", "a night of poor sleep",
)
PROGRESS = ("some progress", "steady progress", "limited progress", "good progress", "mixed progress")


def fictional_name(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(SURNAME_PARTS_A) + rng.choice(SURNAME_PARTS_B)
    return first, last


def guardian_name(rng: random.Random, child_first: str, child_last: str) -> str:
    """A parent's name of their own: a demo minor's parent was given the child's surname and a
    first name drawn from the same list, and read in the chart as the child's own name (found in
    the real app). Neither part is the child's; same draws for the same seed."""
    first = rng.choice([n for n in FIRST_NAMES if n != child_first])
    lasts = [a + b for a in SURNAME_PARTS_A for b in SURNAME_PARTS_B if a + b != child_last]
    return f"{first} {rng.choice(lasts)}"


@dataclass(frozen=True)
class Theme:
    name: str
    icd10: tuple[str, ...]
    symptoms: tuple[str, ...]


def theme(rng: random.Random) -> Theme:
    name, icd, symptoms = rng.choice(THEMES)
    return Theme(name, icd, symptoms)


def _agreeing(symptom: str, one: str, many: str) -> str:
    """The symptom and its verb in agreement ("worry rises", "nightmares rise")."""
    return f"{symptom} {many if symptom in PLURAL_SYMPTOMS else one}"


def _event(rng: random.Random) -> str:
    return rng.choice(EVENTS).format(person=rng.choice(PEOPLE))


def _sentences(rng: random.Random, t: Theme, n: int) -> str:
    pool = [
        lambda: f"Client reported {rng.choice(t.symptoms)} since {_event(rng)}.",
        lambda: "They described {} and {} as the main concerns this week.".format(*rng.sample(t.symptoms, 2)),
        lambda: f"Client rated their {t.name} at {rng.randint(2, 9)} out of 10 (last week {rng.randint(2, 9)}).",
        lambda: f"They talked about {_event(rng)} and how it affected their mood.",
        lambda: f"Client noticed that {_agreeing(rng.choice(t.symptoms), 'was', 'were')} worse in the evenings.",
        lambda: f"They practiced {rng.choice(INTERVENTIONS)} at home {rng.randint(0, 6)} times since the last session.",
        lambda: f"Client noticed {rng.choice(t.symptoms)} after contact with their {rng.choice(PEOPLE)}.",
        lambda: f"They reported sleeping about {rng.randint(4, 9)} hours per night.",
        lambda: f"Client expressed hope about {rng.choice(HOPES)}.",
    ]
    return " ".join(rng.choice(pool)() for _ in range(n))


def soap_sections(rng: random.Random, t: Theme, goal_texts: list[str]) -> dict[str, str]:
    goal = rng.choice(goal_texts) if goal_texts else f"reduce {t.name}"
    return {
        "subjective": _sentences(rng, t, rng.randint(4, 7)),
        "objective": (
            f"Client arrived {rng.choice(SETTINGS_TEXT)}, appropriately groomed, with {rng.choice(AFFECT)} affect. "
            f"Speech was {rng.choice(('normal in rate', 'soft', 'pressured at times', 'fluent'))}; thought process "
            f"{rng.choice(('linear and goal-directed', 'somewhat circumstantial', 'organized'))}. "
            f"Engagement was {rng.choice(('good', 'fair', 'variable', 'strong'))} throughout."
        ),
        "assessment": (
            f"Client is making {rng.choice(PROGRESS)} toward the goal to {goal}. "
            f"{_agreeing(rng.choice(t.symptoms), 'remains', 'remain').capitalize()} the main barrier. "
            f"Session focused on {rng.choice(INTERVENTIONS)} and {rng.choice(INTERVENTIONS)}; client responded "
            f"{rng.choice(('well', 'with some hesitation', 'thoughtfully', 'with curiosity'))}."
        ),
        "plan": (
            f"Continue {rng.choice(INTERVENTIONS)}. Homework: {rng.choice(HOMEWORK)}. "
            f"Review progress on the goal to {goal} next session."
        ),
    }


def psychotherapy_text(rng: random.Random, t: Theme) -> str:
    """Process notes: impressions and hypotheses about the conversation, none of the
    164.501-excluded content (no medication, times, test results or diagnosis)."""
    parts = [
        f"Strong sense of {rng.choice(('shame', 'longing', 'anger held back', 'relief', 'ambivalence'))} when the "
        f"{rng.choice(PEOPLE)} came up; I wonder whether this echoes earlier experiences with their "
        f"{rng.choice(PEOPLE)}.",
        f"My own reaction: {rng.choice(('protective', 'impatient', 'moved', 'distracted', 'hopeful'))}. "
        "Worth noticing in supervision.",
        f"Dream material about {rng.choice(DREAMS)}; "
        f"associations led to {_event(rng)}.",
        f"Hypothesis: the {rng.choice(t.symptoms)} may protect against feeling "
        f"{rng.choice(('abandoned', 'powerless', 'exposed', 'responsible for everyone', 'invisible'))}.",
        f"Client quoted their {rng.choice(PEOPLE)} several times; the quotes sounded "
        f"{rng.choice(('harsh', 'tender', 'mocking', 'anxious'))}.",
        f"Rupture and repair around {rng.choice(('the fee', 'a late start', 'my vacation', 'a misread comment'))}; "
        "explore next time.",
    ]
    rng.shuffle(parts)
    return " ".join(parts[: rng.randint(3, 6)])


def goals_for(rng: random.Random, t: Theme) -> list[str]:
    options = [
        f"reduce {t.name} symptoms to a manageable level",
        f"use two coping skills when {_agreeing(rng.choice(t.symptoms), 'rises', 'rise')}",
        "restore a regular sleep routine",
        f"improve communication with their {rng.choice(PEOPLE)}",
        "return to valued activities at least twice a week",
    ]
    rng.shuffle(options)
    return options[: rng.randint(2, 3)]
