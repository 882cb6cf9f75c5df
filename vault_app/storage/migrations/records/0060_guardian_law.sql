-- Personal representatives checked against 45 CFR 164.502(g): a court order that keeps a
-- parent's or guardian's authority past the age of majority, and the therapist's election
-- not to treat a person as the representative (164.502(g)(5)).
ALTER TABLE guardians ADD COLUMN majority_order_attachment_id TEXT
;;
ALTER TABLE guardians ADD COLUMN declined_on TEXT
;;
ALTER TABLE guardians ADD COLUMN declined_reason TEXT NOT NULL DEFAULT ''
