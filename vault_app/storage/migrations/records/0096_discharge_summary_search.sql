-- The discharge summary template (domain/note_templates.py) writes sections under keys of
-- its own: `search_text` (0010) joins sections by name, so without these its words would
-- be in no note preview and found by no search. A generated column's expression cannot be
-- altered: it is dropped and added again with the same keys first and the new ones after.
-- VIRTUAL, so neither statement rewrites a row, and nothing stored changes: no note before
-- this one has these keys, so every existing row's search_text is the same text, and the
-- search file (storage/search_index.py), which holds a copy of it, stays in step as it is.
ALTER TABLE progress_notes DROP COLUMN search_text
;;
ALTER TABLE progress_notes ADD COLUMN search_text TEXT GENERATED ALWAYS AS (concat_ws(char(10),
    json_extract(sections, '$.goals'), json_extract(sections, '$.data'),
    json_extract(sections, '$.behavior'), json_extract(sections, '$.subjective'),
    json_extract(sections, '$.objective'), json_extract(sections, '$.intervention'),
    json_extract(sections, '$.response'), json_extract(sections, '$.assessment'),
    json_extract(sections, '$.plan'), json_extract(sections, '$.text'),
    json_extract(sections, '$.referral'), json_extract(sections, '$.course'),
    json_extract(sections, '$.progress'), json_extract(sections, '$.discharge_status'),
    json_extract(sections, '$.discharge_reason'), json_extract(sections, '$.aftercare'))) VIRTUAL
