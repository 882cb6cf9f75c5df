-- Who consented to a minor client's care (45 CFR 164.502(g)(3)(i)(A)): 'client' (the minor, under the
-- state's rule the practice applies), 'guardian' (a parent or guardian), '' not recorded. A parent's
-- signature is refused only where the chart says the minor consented (domain/representatives.py).
ALTER TABLE clients ADD COLUMN care_consented_by TEXT NOT NULL DEFAULT ''
    CHECK (care_consented_by IN ('', 'client', 'guardian'))
