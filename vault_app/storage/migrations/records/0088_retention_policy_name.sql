-- The retention policy gets its own name (domain/practice.py Jurisdiction.retention_policy_name).
-- Before, the policy was called by the jurisdiction's name, one field for two things: `retention
-- set --preset CA` renamed the jurisdiction, and renaming the jurisdiction renamed a policy whose
-- years and statute stayed. A saved profile keeps the policy name it showed: the name it had.
-- (No saved profile: the defaults, which now name the APA guideline the default years come from.)
UPDATE meta
SET value = json_set(value, '$.jurisdiction.retention_policy_name', json_extract(value, '$.jurisdiction.name'))
WHERE key = 'practice_profile'
  AND json_type(value, '$.jurisdiction.name') = 'text'
  AND json_type(value, '$.jurisdiction.retention_policy_name') IS NULL
