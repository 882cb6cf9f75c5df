-- The language a client's letters are written in (domain/letter_language.py): 'en' for every chart
-- made before this, and by default; 'es' writes the access and amendment letters in Spanish (found: the
-- screens spoke Spanish and every letter the client received was English, 45 CFR 164.524(d)(2) asks for
-- plain language). Its code only, never a name.
ALTER TABLE clients ADD COLUMN letters_in TEXT NOT NULL DEFAULT 'en'
;;
-- The language each kept letter was written in, so it prints again the same way years later. NULL: a
-- letter kept before this, which was English.
ALTER TABLE request_letters ADD COLUMN language TEXT
