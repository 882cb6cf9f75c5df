"""domain/superbill_repeats: which earlier billing documents a superbill repeats."""

from __future__ import annotations

from datetime import date

from vault_app.domain.superbill_repeats import CLIENT, EarlierBill, Repeat, repeated_days, repeats

DAY = date(2026, 12, 5)


def test_only_delivered_superbills_to_the_same_addressee_that_share_a_session() -> None:
    earlier = [
        EarlierBill("D-late", DAY, "superbill", CLIENT, ("s1", "s2")),
        EarlierBill("D-early", date(2026, 12, 1), "superbill", CLIENT, ("s2", "s3")),
        EarlierBill("D-statement", DAY, "statement", CLIENT, ("s1",)),
        EarlierBill("D-unwritten", DAY, "superbill", CLIENT, ("s1",), delivered=False),
        EarlierBill("D-guardian", DAY, "superbill", "g-1", ("s1",)),
        EarlierBill("D-other", DAY, "superbill", CLIENT, ("s9",)),
        EarlierBill("D-after", DAY, "superbill", CLIENT, ("s1",)),  # issued after D-late, the same day
    ]
    found = repeats(earlier, ("s2", "s1", "s2"), CLIENT)
    assert found == (Repeat("D-early", date(2026, 12, 1), ("s2",)), Repeat("D-late", DAY, ("s2", "s1")),
                     Repeat("D-after", DAY, ("s1",)))
    assert repeats(earlier, ("s1",), "g-1") == (Repeat("D-guardian", DAY, ("s1",)),)
    assert repeats(earlier, ("s4",), CLIENT) == ()
    days = {"s1": date(2026, 11, 3), "s2": date(2026, 11, 10)}
    assert repeated_days(found, days) == (date(2026, 11, 3), date(2026, 11, 10))
