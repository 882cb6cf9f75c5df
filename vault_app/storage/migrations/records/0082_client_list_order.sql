-- The client list reads a page at a time in its display order (issue 21): this index
-- is that order, so the first page walks it and stops, instead of sorting every chart.
CREATE INDEX clients_list_order ON clients(legal_name COLLATE NOCASE, seq)
;;
-- "12 of 2,400 active clients": a count by status reads this small index, not the table.
CREATE INDEX clients_status ON clients(status)
