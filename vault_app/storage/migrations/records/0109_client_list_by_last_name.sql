-- The client list in the order therapists look clients up (a NY walker: it was by first name):
-- a person's chart by the last word of the legal name, then the whole name; a couple's or a
-- family's by its shown name (the preferred name, else the legal one); a demo chart's " (demo)"
-- mark is no surname. The expression is
-- storage/clinical_clients.py LIST_KEY, word for word: SQLite uses the index only for the same
-- expression. The page walks this index as it walked clients_list_order (0082), which it replaces.
CREATE INDEX IF NOT EXISTS clients_list_by_last_name ON clients((CASE kind WHEN 'individual' THEN substr(replace(legal_name, ' (demo)', ''), length(rtrim(replace(legal_name, ' (demo)', ''), replace(replace(legal_name, ' (demo)', ''), ' ', ''))) + 1) || char(9) || legal_name ELSE coalesce(nullif(preferred_name, ''), legal_name) END) COLLATE NOCASE, seq)
;;
DROP INDEX IF EXISTS clients_list_order
