"""The request letters' words in US Spanish (domain/letter_words.py chooses them).

Each says what the English says, in the same order, with the same citations: a reviewer reads the
two side by side (tests/core/test_letters_spanish.py holds them to the same elements). "Consultorio"
for the practice, "registros" for the client's records (as US Spanish health notices say them),
"usted" throughout; nothing guesses the
reader's gender ("Apreciable", never "Estimado/a"; "la revisión", not "el revisor"). The federal
agency is named in Spanish with its English name beside it, as the reader will find it written.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.closure_notice_words import ClosureWords
from vault_app.domain.denial_ground import Ground
from vault_app.domain.letter_words import LetterWords
from vault_app.domain.locale_format import long_date_text
from vault_app.domain.refused_requester import BASES
from vault_app.domain.statement_words import StatementWords

HHS_QUEJA = (
    "el Secretario del Departamento de Salud y Servicios Humanos de los EE. UU. (U.S. Department of Health and "
    "Human Services), Oficina de Derechos Civiles (Office for Civil Rights), 200 Independence Avenue, S.W., "
    "Washington, D.C. 20201; teléfono 1-800-368-1019 (TDD 1-800-537-7697); en línea en www.hhs.gov/ocr/complaints"
)

# domain/requests.ACCESS_DENIAL_GROUNDS and AMENDMENT_DENIAL_GROUNDS (with state_minor_access's), by code.
GROUNDS: dict[str, str] = {
    "psychotherapy_notes": "La información solicitada son notas de psicoterapia, que la ley excluye del derecho de "
                           "acceso.",
    "legal_proceedings": "La información se reunió en previsión razonable de una acción o un procedimiento civil, "
                         "penal o administrativo, o para usarse en él.",
    "confidential_source": "La información se obtuvo de alguien que no es un proveedor de atención médica, bajo "
                           "promesa de confidencialidad, y es razonablemente probable que el acceso revele quién "
                           "la dio.",
    "endangerment": "Un profesional de la salud con licencia ha determinado que es razonablemente probable que el "
                    "acceso solicitado ponga en peligro la vida o la seguridad física de usted o de otra persona.",
    "harm_to_other_person": "La información se refiere a otra persona, y un profesional de la salud con licencia ha "
                            "determinado que es razonablemente probable que el acceso solicitado cause un daño "
                            "sustancial a esa persona.",
    "representative_harm": "La solicitud la hizo un representante personal, y un profesional de la salud con "
                           "licencia ha determinado que es razonablemente probable que el acceso de ese "
                           "representante cause un daño sustancial a usted o a otra persona.",
    "not_representative": "La solicitud la hizo alguien que no es el representante personal del cliente según la "
                          "ley: el derecho de acceso pertenece al cliente, o a la persona a quien la ley permite "
                          "actuar en su nombre (en el caso de un adulto, la autoridad del padre o la madre ha "
                          "terminado, salvo que una orden judicial disponga otra cosa).",
    "ca_minor_detriment": "La solicitud la hizo el representante de un menor, y hemos determinado que el acceso del "
                          "representante al expediente tendría un efecto perjudicial en nuestra relación "
                          "profesional con el menor o en la seguridad física o el bienestar psicológico del menor.",
    "ny_minor_detriment": "La solicitud la hizo el padre, la madre o el tutor de un menor, y el profesional ha "
                          "determinado que el acceso tendría un efecto perjudicial en su relación profesional con "
                          "el menor, en la atención y el tratamiento del menor, o en la relación del menor con su "
                          "padre, madre o tutor.",
    "ny_minor_objects": "La solicitud la hizo el padre, la madre o el tutor de un menor de 12 años o más, a quien "
                        "se le informó de la solicitud y se opone a ella.",
    "not_created_here": "La información no fue creada por este consultorio, y la persona que la creó puede atender "
                        "su solicitud.",
    "not_in_record_set": "La información no forma parte de los expedientes que este consultorio usa para tomar "
                         "decisiones sobre usted (el conjunto designado de registros).",
    "not_available_for_inspection": "La información no es información que usted tenga derecho a examinar.",
    "accurate_and_complete": "La información es exacta y completa.",
}

# domain/state_denial_review.STATE_REVIEWS, by state: "{to_who}" (the contact after "a", its title's article
# taken: domain/letters._who_said), "{phone}" as there.
STATE_REVIEWS: dict[str, str] = {
    "NY": "La ley de Nueva York también le da derecho a que un Comité de Revisión de Acceso a Expedientes Médicos "
          "(Medical Record Access Review Committee), nombrado por el Comisionado de Salud, revise esta denegación "
          "sin costo (N.Y. Public Health Law 18(4)). Para pedirlo, escriba {to_who} (teléfono {phone}); enviaremos "
          "su solicitud y los expedientes al comité.",
    "CA": "La ley de California también le permite nombrar a un médico, psicólogo, terapeuta matrimonial y "
          "familiar, trabajador social clínico o consejero clínico profesional con licencia, que podrá examinar los "
          "expedientes que hemos retenido o recibir una copia de ellos (Cal. Health & Safety Code 123115(b)). Para "
          "nombrarlo, escriba {to_who} (teléfono {phone}).",
}

# domain/refused_requester.BASES, by rule: the rule in general words, never a fact of the chart.
BASES_ES: dict[str, str] = {
    "minor_consented_care": (
        "La ley permite que algunos menores den su consentimiento para su propia atención; para esa atención, sus "
        "padres y tutores no son sus representantes personales, y solo el menor ejerce el derecho a la información "
        "médica sobre ella"),
    "confidential_care_agreement": (
        "Cuando el padre, la madre o el tutor acepta una relación confidencial entre un proveedor y un menor, no es "
        "el representante personal del menor para esa atención"),
    "parent_past_majority": (
        "La autoridad del padre, la madre o el tutor para actuar en nombre de un hijo termina cuando este llega a la "
        "mayoría de edad, salvo que una orden judicial disponga otra cosa; un adulto ejerce el derecho a su propia "
        "información médica"),
    "declined": (
        "La ley permite que un proveedor, en algunas circunstancias, se niegue a tratar a una persona como "
        "representante personal de otra, y esa persona no puede ejercer el derecho de acceso de la otra"),
    "not_yet_in_force": (
        "La autoridad para actuar en nombre de otra persona cuenta solo desde el día en que comienza; una solicitud "
        "hecha antes no es la de un representante personal"),
    "authority_ended": (
        "La autoridad para actuar en nombre de otra persona termina cuando termina la tutela, la orden o el poder "
        "que la otorga; una solicitud hecha después no es la de un representante personal"),
    "limited_authority": (
        "El padre o la madre actúa en nombre de un hijo solo dentro de la autoridad que le dan la ley y cualquier "
        "orden judicial; cuando una orden de custodia deja a otra persona las decisiones sobre la atención médica "
        "del hijo, ese padre o esa madre no puede ejercer el derecho del hijo a la información médica, salvo que la "
        "orden o la ley le den acceso a ella"),
    "authority_ended_at_death": (
        "La autoridad del padre, la madre, el tutor o el agente de atención médica para actuar en nombre de una "
        "persona termina con la muerte de esa persona; después, solo el albacea o el administrador de la sucesión, "
        "u otra persona con autoridad legal para actuar en nombre del fallecido o de la sucesión, es su "
        "representante personal"),
}
_BASIS_CODE = {words: code for code, words in BASES.items()}

# An amended note's kind (letters.AmendedNote.kind) -> (one, more than one).
_NOTE_KINDS: dict[str, tuple[str, str]] = {
    "progress note": ("la nota de evolución", "las notas de evolución"),
    "psychotherapy note": ("la nota de psicoterapia", "las notas de psicoterapia"),
}


def _day(day: date, _locale: str) -> str:
    # "1 de diciembre de 2026" whatever the practice's locale: day and month in one order only.
    return long_date_text(day, "es_US")


def _amended(kind: str, days: list[str]) -> str:
    """"la nota de evolución del 2 de enero de 2024", "las notas de evolución del 5 de diciembre de
    2023 y del 2 de enero de 2024"."""
    one, more = _NOTE_KINDS.get(kind, ("el registro", "los registros"))
    said = [f"del {d}" for d in days]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " y " + said[-1]
    return f"{one if len(days) == 1 else more} {listed}"


def _linked(count: int) -> str:
    return (f"Su modificación se agregó a {'esta nota' if count == 1 else 'cada una de estas notas'} y quedó "
            "vinculada a ella: la nota tal como se escribió primero se conserva, y la modificación consta con ella "
            "en el expediente (45 CFR 164.526(c)(1)).")


def _ground(g: Ground) -> str:
    return GROUNDS[g.code]


SPANISH = LetterWords(
    language="es",
    dear="Apreciable {to}:",
    dear_unknown="A quien corresponda:",
    unknown_to="",
    closing="Atentamente,",
    date_line=_day,
    # Plural, as "records": "el expediente de" read "acceso a el expediente de" after a preposition.
    records_of="los registros de {who}",
    your_records="sus registros",
    privacy_officer="nuestro Oficial de Privacidad",
    default_contact="nuestro Oficial de Privacidad",
    telephone="Teléfono {phone}",
    # As the screens say it ("licencia de TX n.º LMFT-12345"), a line of its own: capitalised.
    license_in_state="Licencia de {state} n.º {number}",
    license_alone="Licencia n.º {number}",
    hhs=HHS_QUEJA,
    complaint=(
        "Si cree que se han violado sus derechos de privacidad, puede presentarnos una queja: comuníquese "
        "{with_who}{at}, teléfono {phone}. También puede presentar una queja ante {hhs}. "
        "No tomaremos represalias contra usted por presentar una queja."
    ),
    ground=_ground,
    state_review=lambda state, _paragraph: STATE_REVIEWS[state],
    basis=lambda words: BASES_ES[_BASIS_CODE[words]],
    access_title="Denegación de su solicitud de acceso",
    access_received=(
        "El {day} recibimos su solicitud de acceso a {records}. "
        "Esta carta explica nuestra decisión, como lo exige la Regla de Privacidad de HIPAA (45 CFR 164.524)."
    ),
    access_granted="Le damos acceso a: {granted}.",
    access_denied_default="la información descrita en su solicitud",
    access_denied="Le negamos el acceso a: {denied}. El motivo:",
    access_review=(
        "Su derecho a una revisión: puede pedir que esta denegación la revise un profesional de la salud con "
        "licencia, elegido por nosotros, que no haya participado en la decisión original. Para pedir una revisión, "
        "escriba {to_who} (teléfono {phone}). Remitiremos su solicitud sin demora, acataremos la decisión de la "
        "revisión y le comunicaremos el resultado por escrito."
    ),
    access_state_ground=(
        "La parte de esta denegación basada en {cited} se hace conforme a la ley del estado donde ejercemos, que "
        "decide el acceso del padre, la madre o el tutor al expediente de un menor (45 CFR 164.502(g)(3)(ii)); la "
        "revisión prevista en 45 CFR 164.524(a)(4) no se aplica a ella."
    ),
    access_unreviewable=(
        "La parte de esta denegación basada en {names} no se puede revisar: la Regla de Privacidad de HIPAA la "
        "establece como un motivo de denegación que no admite revisión (45 CFR 164.524(a)(1)-(2))."
    ),
    access_summary=(
        "Puede pedirnos un resumen o una explicación de la información que puede recibir, en lugar de una copia o "
        "además de ella."
    ),
    access_held_elsewhere=(
        "No guardamos parte de lo que usted pidió. Lo tiene: {holder}; puede enviar su solicitud allí."
    ),
    refused_title="Su solicitud de información médica",
    refused_asked={
        "access": "de información médica sobre",
        "amendment": "para modificar la información médica sobre",
        "accounting": "de un informe de las divulgaciones de información médica sobre",
    },
    refused_received=(
        "El {day} recibimos su solicitud {asked} la persona que usted nombró. No podemos confirmar ni negar que "
        "esa persona sea, o haya sido, cliente de este consultorio."
    ),
    refused_release=(
        "Solo entregamos información médica a la persona a quien se refiere; a su representante personal, con "
        "documentación de su autoridad para actuar en nombre de esa persona, como una orden judicial o un poder "
        "para decisiones de atención médica (45 CFR 164.502(g), 164.514(h)); o con la autorización por escrito de "
        "la persona a quien se refiere (45 CFR 164.508)."
    ),
    refused_no_documents=(
        "Su solicitud no incluía esa documentación ni esa autorización, por lo que no podemos atenderla. Si la "
        "tiene, puede enviarla {to_who} (teléfono {phone}) y consideraremos una nueva solicitud."
    ),
    refused_right=(
        "Ese derecho es de la propia persona, y solo su representante personal puede ejercerlo en su nombre "
        "({right}, 45 CFR 164.502(g)(1))."
    ),
    refused_basis=(
        "Entre las normas sobre quién puede actuar en nombre de otra persona: {basis} ({citation}). Esta carta no "
        "dice si esa norma, u otra, se aplica a la persona que usted nombró. No podemos atender su solicitud. Si "
        "tiene documentación de su autoridad para actuar en nombre de esa persona, puede enviarla {to_who} "
        "(teléfono {phone})."
    ),
    denial_title="Denegación de su solicitud de modificación",
    denial_received=(
        "El {day} recibimos su solicitud de modificar {records}. "
        "Después de examinarla, la denegamos (45 CFR 164.526). El motivo:"
    ),
    denial_disagree=(
        "Su derecho a estar en desacuerdo: puede enviarnos una declaración por escrito en la que exprese su "
        "desacuerdo con esta denegación y sus motivos. Envíela {to_who} (teléfono {phone}). Podemos preparar una "
        "refutación por escrito; si lo hacemos, le daremos una copia. Su declaración, esta carta y cualquier "
        "refutación quedarán vinculadas a los registros afectados y se incluirán en toda divulgación futura de ellos."
    ),
    denial_include=(
        "Si no envía una declaración de desacuerdo, puede pedir que su solicitud de modificación y esta denegación "
        "se incluyan en toda divulgación futura de la información afectada."
    ),
    accepted_title="Su solicitud de modificación fue aceptada",
    amended=_amended,
    amended_join="; ",
    accepted_received="El {day} recibimos su solicitud de modificar {records}. La aceptamos y modificamos {which}.",
    records_concerned="los registros afectados",
    accepted_linked=_linked,
    accepted_notify=(
        "Indíquenos las personas u organizaciones a las que quiere que notifiquemos la modificación. También "
        "notificaremos a quienes sabemos que recibieron la información y pueden haberse basado en ella."
    ),
    rebuttal_title="Nuestra refutación de su declaración de desacuerdo",
    rebuttal_received_on="El {day} recibimos",
    rebuttal_received="Recibimos",
    rebuttal_copy=(
        "{received} su declaración de desacuerdo con nuestra denegación de su solicitud de modificar {records} "
        "(solicitud recibida el {asked_on}). Preparamos una refutación por escrito de su declaración. Como lo exige "
        "la Regla de Privacidad de HIPAA (45 CFR 164.526(d)(3)), le enviamos una copia:"
    ),
    rebuttal_linked=(
        "Su solicitud, nuestra denegación, su declaración de desacuerdo y esta refutación están vinculadas a los "
        "registros afectados y se incluirán en toda divulgación futura de ellos (45 CFR 164.526(d)(4)-(5))."
    ),
    questions="Si tiene preguntas, comuníquese {with_who}, teléfono {phone}.",
    extension_title="Necesitamos más tiempo para responder a su solicitud",
    extension_what={"access": "acceso a {records}", "amendment": "modificación de {records}",
                    "accounting": "un informe de las divulgaciones de {records}"},
    extension_received=(
        "El {day} recibimos su solicitud de {what}. "
        "Necesitamos más tiempo para atenderla. El motivo de la demora: {reason}"
    ),
    extension_by=(
        "Atenderemos su solicitud a más tardar el {day}, como la Regla de Privacidad de HIPAA ({citation}) lo "
        "permite una sola vez."
    ),
    review_title="La revisión de nuestra denegación de acceso",
    review_outcome={
        "upheld": "La revisión confirmó la denegación: no daremos acceso a la información denegada.",
        "reversed": "La revisión revocó la denegación: le daremos acceso a la información que se había denegado, y "
                    "nos comunicaremos con usted para coordinarlo.",
        "partly_reversed": "La revisión revocó parte de la denegación: le daremos acceso a la parte que la revisión "
                           "permitió, y nos comunicaremos con usted para coordinarlo.",
    },
    review_asked=(
        "Usted pidió que se revisara nuestra denegación de su solicitud de acceso a {records} (recibida el {day}). "
        "La revisión la hizo {reviewer}, profesional de la salud con licencia que no participó en la decisión "
        "original (45 CFR 164.524(a)(4))."
    ),
    page="Página {n} de {nb}",
)

# El aviso de cierre a un cliente de un consultorio que cierra (domain/closure_notice.py).
CLOSURE_ES = ClosureWords(
    title="Aviso de cierre del consultorio",
    closing=(
        "{practice} cerrará el {day}. Le escribimos para informarle quién conservará los registros a partir de "
        "ese día, durante cuánto tiempo y cómo pedir una copia."
    ),
    last_session_past="La última sesión fue el {day}.",
    last_session_future="La última sesión está programada para el {day}.",
    kept_by=(
        "A partir del {day}, {records} estarán bajo la custodia {of_custodian} ({contact}), por lo menos hasta el "
        "{until}, como lo exige la ley sobre la conservación de registros de salud."
    ),
    kept_by_no_date=(
        "A partir del {day}, {records} estarán bajo la custodia {of_custodian} ({contact}), durante el tiempo que "
        "exija la ley sobre la conservación de registros de salud."
    ),
    access=(
        "Usted tiene derecho a ver {records} y a obtener una copia ({citation}). Para pedirla, escriba "
        "{to_custodian} ({contact}). La solicitud se responde en un plazo de 30 días; por la copia se puede cobrar "
        "una tarifa razonable basada en su costo."
    ),
    new_clinician=(
        "Si desea que se envíe una copia a un nuevo profesional clínico, pídalo por escrito {to_custodian}, "
        "indicando el nombre del profesional y a dónde enviarla ({citation})."
    ),
    referrals="Si desea continuar con su atención, puede comunicarse con:",
    questions="Si tiene preguntas antes del {day}, comuníquese {with_who}, teléfono {phone}.",
    estate_of="Representante personal de la sucesión de {name}",
    file_name="aviso-de-cierre-{chart}{how}.pdf",
    not_by_mail_file="-no-por-correo",
    copy_file="-copia",
)

def _statement_short_day(day: date, _locale: str) -> str:
    # "5 dic 2026": the month in words, as the letters' days, narrow enough for the table's column.
    from babel.dates import format_date  # Lazy (start-up), as domain/locale_format's

    return format_date(day, "d MMM y", locale="es_US")


# A client's statement of account (domain/statement_words.py): days as the letters write them
# (one order only, the month in words), amounts as US Spanish writes dollars ($1,140.50).
STATEMENT_ES = StatementWords(
    language="es",
    day=_day,
    short_day=_statement_short_day,
    money_locale=lambda _locale: "es_US",
    title="Estado de cuenta",
    footer=("{title} {id}, emitido el {day} para el cliente o su representante personal, para su propio uso "
            "(45 CFR 164.524). Contiene solo información de facturación, ninguna nota clínica."),
    page="Página {n} de {nb}",
    issued="Emitido el {day} · {id} · servicios del {first} al {last}",
    provider="Proveedor",
    provider_unset="(faltan los datos del consultorio: Ajustes > Consulta)",
    identity={"Practice": "Consultorio", "Clinician": "Profesional", "License": "Licencia",
              "Tax ID (EIN)": "Identificación fiscal (EIN)", "Tax ID (SSN)": "Identificación fiscal (SSN)",
              "Address": "Dirección", "Phone": "Teléfono"},
    patient="Cliente",
    name="Nombre",
    date_of_birth="Fecha de nacimiento",
    account="Cuenta",
    share_of_charges=" · parte de los cargos: {percent} %",
    addressed_to="Dirigido a",
    address="Dirección",
    services="Servicios",
    columns={"Date of service": "Fecha del servicio", "Place of service": "Lugar del servicio", "ICD-10": "CIE-10",
             "Minutes": "Minutos", "Fee": "Honorarios", "Your share": "Su parte", "Paid": "Pagado"},
    no_fee="sin honorario fijado",
    no_lines="No hay sesiones ni cargos en estas fechas.",
    line_kinds={"missed appointment": "cita no asistida", "late cancellation": "cancelación tardía",
                "session": "sesión", "add-on": "código adicional"},
    places={"11": "Consultorio", "02": "Telesalud (fuera del hogar del cliente)",
            "10": "Telesalud en el hogar del cliente"},
    payments_in="Pagos recibidos en estas fechas",
    payment="{amount} ({method})",
    payment_share="{share} ({method}; su parte de {amount})",
    methods={"cash": "efectivo", "check": "cheque", "card": "tarjeta", "transfer": "transferencia",
             "hsa": "cuenta de ahorros para la salud", "other": "otro"},
    balance="Saldo de la cuenta",
    your_share=" (su parte, {percent} %)",
    balances={"brought_forward": ("Saldo anterior", "Crédito anterior"),
              "at_end": ("Saldo pendiente", "Crédito a su favor")},
    charges_in="Cargos en estas fechas",
    paid_since="Pagado de este saldo del {start} al {end}",
    terms=("Saldo anterior: todos los cargos anteriores a estas fechas menos todos los pagos recibidos antes de "
           "ellas. Los pagos se aplican primero a los cargos más antiguos de la cuenta, cuando sea que se hayan "
           "hecho; un crédito es lo que se pagó por encima de los cargos, y se conserva para cargos posteriores."),
)


__all__ = ["BASES_ES", "CLOSURE_ES", "GROUNDS", "HHS_QUEJA", "SPANISH", "STATEMENT_ES", "STATE_REVIEWS"]
