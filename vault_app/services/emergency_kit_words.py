"""The Emergency Kit's words, one table per language the screens speak (gui/i18n.LANGUAGES).

The kit is printed by the core, which has no Qt and so no translator: its words are data here,
as the import's line at a note's end is (services/importers/text_cut.py), and the screens'
language is handed in by the window that saves the kit. A language without a table gets the
English. The Spanish names the unlock window's button and Vault menu's command as es.ts has
them, so the steps it gives are the ones on the therapist's screen.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH = "en"

KIT_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Emergency Kit",
        "created": "Created {moment}",
        # For an executor holding the page with the professional will: which program, whose records.
        "program": "This page opens the clinical records of {practice}, kept encrypted by the program Therapy Vault "
                   "(vault-app). To open them you need this page, the vault folder named below (or a backup of it) "
                   "and Therapy Vault installed on a computer.",
        "program_unnamed": "This page opens clinical records kept encrypted by the program Therapy Vault (vault-app). "
                           "To open them you need this page, the vault folder named below (or a backup of it) and "
                           "Therapy Vault installed on a computer.",
        "practice": "Practice: {practice}",
        "recovery_key": "Recovery key",
        "keep": "Keep this page somewhere safe and private, away from your computer: a locked drawer, a safe, or "
                "with your practice's professional will. Anyone holding it together with a copy of your vault can "
                "open your records.",
        "forgotten": "If you forget your passphrase, or this computer's keyring loses the vault's device secret, open "
                     "the app, choose 'Recover with Emergency Kit' on the unlock screen, type the recovery key above, "
                     "and choose a new passphrase.",
        # A vault made without a keyring has no device secret to lose (walk-first round 31).
        "forgotten_no_keyring": "If you forget your passphrase, open the app, choose 'Recover with Emergency Kit' "
                                "on the unlock screen, type the recovery key above, and choose a new passphrase.",
        "unchanged": "The recovery key does not change when you change your passphrase; only 'Replace every key' "
                     "(vault-app rekey) replaces it, with a new kit. Do not store it in the same place as your "
                     "backups.",
        "replaced": "This kit replaced an earlier one on {moment}, when every key of the vault was replaced. Backups "
                    "made before then open only with the earlier kit (or the passphrase of their day), not with this "
                    "one: keep the earlier kit with those backups until they are rotated out, then destroy it. The "
                    "signing key was replaced too, so the fingerprint below is new: give it to whoever checks your "
                    "certificates; those signed before then check with the earlier kit's fingerprint.",
        "which_vault": "Which vault this kit opens",
        "vault_id": "Vault id: {vault_id}",
        "folder": "Folder when created: {folder}",
        "fingerprint": "Signing key fingerprint (for checking certificates): {fingerprint}",
        "hint": "Passphrase hint (optional, never the passphrase itself): ____________________________",
    },
    "es": {
        "title": "Kit de emergencia",
        "created": "Creado el {moment}",
        "program": "Esta página abre los registros clínicos de {practice}, guardados cifrados por el programa "
                   "Therapy Vault (vault-app). Para abrirlos hacen falta esta página, la carpeta de la bóveda indicada "
                   "abajo (o una copia de seguridad de ella) y Therapy Vault instalado en una computadora.",
        "program_unnamed": "Esta página abre registros clínicos guardados cifrados por el programa Therapy Vault "
                           "(vault-app). Para abrirlos hacen falta esta página, la carpeta de la bóveda indicada abajo "
                           "(o una copia de seguridad de ella) y Therapy Vault instalado en una computadora.",
        "practice": "Consulta: {practice}",
        "recovery_key": "Clave de recuperación",
        "keep": "Guarde esta página en un lugar seguro y privado, lejos de su computadora: un cajón con llave, una "
                "caja fuerte o junto al testamento profesional de su consulta. Quien la tenga junto con una copia "
                "de su bóveda puede abrir sus registros.",
        "forgotten": "Si olvida su frase de contraseña, o el llavero de esta computadora pierde el secreto del "
                     "dispositivo de la bóveda, abra la aplicación, elija «Recuperar con el Kit de emergencia» en la "
                     "ventana de desbloqueo, escriba la clave de recuperación de arriba y elija una nueva frase de "
                     "contraseña.",
        "forgotten_no_keyring": "Si olvida su frase de contraseña, abra la aplicación, elija «Recuperar con el Kit "
                                "de emergencia» en la ventana de desbloqueo, escriba la clave de recuperación de "
                                "arriba y elija una nueva frase de contraseña.",
        "unchanged": "La clave de recuperación no cambia cuando cambia su frase de contraseña; solo «Reemplazar todas "
                     "las claves» (vault-app rekey) la reemplaza, con un kit nuevo. No la guarde en el mismo lugar que "
                     "sus copias de seguridad.",
        "replaced": "Este kit reemplazó a uno anterior el {moment}, cuando se reemplazaron todas las claves de la "
                    "bóveda. Las copias de seguridad hechas antes solo se abren con el kit anterior (o con la frase de "
                    "contraseña de su día), no con este: guarde el kit anterior junto a esas copias hasta que se "
                    "retiren, y después destrúyalo. También se reemplazó la clave de firma, así que la huella de "
                    "abajo es nueva: dela a quien compruebe sus certificados; los firmados antes se comprueban con la "
                    "huella del kit anterior.",
        "which_vault": "Qué bóveda abre este kit",
        "vault_id": "Identificador de la bóveda: {vault_id}",
        "folder": "Carpeta al crearlo: {folder}",
        "fingerprint": "Huella de la clave de firma (para comprobar certificados): {fingerprint}",
        "hint": "Pista de la frase de contraseña (opcional, nunca la frase misma): ____________________________",
    },
}


def kit_words(language: str) -> Mapping[str, str]:
    return KIT_WORDS.get(language, KIT_WORDS[ENGLISH])


__all__ = ["ENGLISH", "KIT_WORDS", "kit_words"]
