"""What a therapist types into the search box (kept apart from practice.py so the
peak-memory child process does not import the export and PDF modules)."""

from __future__ import annotations

import random
from collections.abc import Callable

from vault_app.services import demo_text


def search_queries(rng: random.Random, n: int) -> list[str]:
    """A mix of what a therapist types: names, symptoms, quoted phrases, prefixes, OR."""
    symptoms = [s for _, _, group in demo_text.THEMES for s in group]
    words = ["sleep", "panic", "grief", "worry", "nightmares", "cravings", "burnout", "homework", "manager",
             "exposure", "mindfulness", "relapse", "school", "money", "weekend", "tearful", "avoidance"]
    makers: list[Callable[[], str]] = [
        lambda: rng.choice(demo_text.SURNAME_PARTS_A) + rng.choice(demo_text.SURNAME_PARTS_B),
        lambda: rng.choice(demo_text.FIRST_NAMES),
        lambda: rng.choice(words),
        lambda: f'"{rng.choice(symptoms)}"',
        lambda: f"{rng.choice(words)} {rng.choice(demo_text.PEOPLE).split()[-1]}",
        lambda: rng.choice(demo_text.INTERVENTIONS).split()[0],
        lambda: rng.choice(words)[:4] + "*",
        lambda: f"{rng.choice(words)} OR {rng.choice(words)}",
    ]
    return [rng.choice(makers)() for _ in range(n)]
