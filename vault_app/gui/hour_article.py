"""Spanish says a time with the article of its hour: "a las 13:05", "a las 2:05", but "a la
1:05" and "a la una" (the hour one is "la una"). The catalog's sentences say "a las {time}"
(es.ts), and which hour comes is known only once the time is put in: found in the real app,
"Guardado a las 1:05" under a note saved at five past one.

Worked on the sentence as said, after its time was put in, wherever a time is said in Spanish
(the coded sentences of gui/sentence_words, the autosave's "Saved", the agenda's bookings, the
lock holder's "since"). English and other words are left as they are: only "las" right before
the hour one changes.
"""

from __future__ import annotations

import re

# "las" before 1:05, 01:05, 1.05 (a practice that writes the hour with a point) or "una";
# never before 10, 11 or 12 ("las 11:05"), nor a count ("las 1 copias" is no time).
_HOUR_ONE = re.compile(r"\b([Ll])as (?=(?:0?1[:.]\d\d|una)\b)")


def hour_article(sentence: str) -> str:
    """`sentence` with "las" before the hour one said "la"."""
    return _HOUR_ONE.sub(r"\1a ", sentence)


__all__ = ["hour_article"]
