<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NoteDay</name>
    <message>
        <location filename="../psychotherapy_day.py" line="48" />
        <source>Note date</source>
        <translation>Fecha de la nota</translation>
    </message>
    <message>
        <location filename="../psychotherapy_day.py" line="50" />
        <source>Dat&amp;e:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <location filename="../psychotherapy_day.py" line="80" />
        <source>Written for the session of {0}</source>
        <translation>Escrita para la sesión del {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Waiting: another copy of the app is writing into the backup folder {0}. The backup goes on when it has finished (at most two minutes).</source>
        <translation>Esperando: otra copia de la aplicación está escribiendo en la carpeta de copias de seguridad {0}. La copia continúa cuando haya terminado (como máximo dos minutos).</translation>
    </message>
    <message>
        <source>Open a client's chart first (Ctrl+F finds a client).</source>
        <translation>Abra primero el expediente de un cliente (Ctrl+F busca un cliente).</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Estado de la bóveda</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Desbloqueada.</translation>
    </message>
    <message>
        <source>Unlocked. {reminder}</source>
        <translation>Desbloqueada. {reminder}</translation>
    </message>
    <message>
        <source>Therapy Vault</source>
        <translation>Therapy Vault</translation>
    </message>
    <message>
        <source>Psychotherapy notes: unlocked</source>
        <translation>Notas de psicoterapia: desbloqueadas</translation>
    </message>
    <message>
        <source>Psychotherapy notes: locked</source>
        <translation>Notas de psicoterapia: bloqueadas</translation>
    </message>
    <message>
        <source>Psychotherapy notes status</source>
        <translation>Estado de las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Open a chart first.</source>
        <translation>Abra primero un expediente.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Complete open export</source>
        <translation>Exportación abierta completa</translation>
    </message>
    <message>
        <source>Backup checked.</source>
        <translation>Copia de seguridad comprobada.</translation>
    </message>
    <message>
        <source>Backup checked on {0}.</source>
        <translation>Copia de seguridad comprobada el {0}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="56" />
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>Replace every key…</source>
        <translation>Reemplazar todas las claves…</translation>
    </message>
    <message>
        <source>Check the Emergency Kit…</source>
        <translation>Comprobar el Kit de emergencia…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Open another vault…</source>
        <translation>Abrir otra bóveda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137" />
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138" />
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Fees and missed-appointment policy…</source>
        <translation>Honorarios y política de citas perdidas…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>Find client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>Search notes…</source>
        <translation>Buscar en las notas…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>New progress note</source>
        <translation>Nueva nota de evolución</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154" />
        <source>Export or disclose…</source>
        <translation>Exportar o divulgar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155" />
        <source>Complete open export…</source>
        <translation>Exportación abierta completa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>Destroy chart…</source>
        <translation>Destruir expediente…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>Agenda (day and week)</source>
        <translation>Agenda (día y semana)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>Worklist: what is owed</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <source>Accounting of disclosures…</source>
        <translation>Registro de divulgaciones…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="380" />
        <source>Accounting of disclosures</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>Account: fees, payments, superbill…</source>
        <translation>Cuenta: honorarios, pagos, superbill…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205" />
        <source>Restrictions and confidential communications</source>
        <translation>Restricciones y comunicaciones confidenciales</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164" />
        <source>Access and amendment requests…</source>
        <translation>Solicitudes de acceso y de enmienda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>Legal holds…</source>
        <translation>Retenciones legales…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166" />
        <source>Charts eligible for destruction…</source>
        <translation>Expedientes que pueden destruirse…</translation>
    </message>
    <message>
        <source>Destructions and certificates…</source>
        <translation>Destrucciones y certificados…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167" />
        <source>Confidentiality decisions…</source>
        <translation>Decisiones de confidencialidad…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169" />
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>Privacy mode (hide names)</source>
        <translation>Modo privado (ocultar nombres)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174" />
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182" />
        <source>About Therapy Vault</source>
        <translation>Acerca de Therapy Vault</translation>
    </message>
    <message>
        <source>The app closes as soon as the destruction in progress has finished.</source>
        <translation>La aplicación se cerrará en cuanto termine la destrucción en curso.</translation>
    </message>
    <message>
        <source>The vault locks as soon as the destruction in progress has finished.</source>
        <translation>La bóveda se bloqueará en cuanto termine la destrucción en curso.</translation>
    </message>
    <message>
        <source>A chart is being destroyed</source>
        <translation>Se está destruyendo un expediente</translation>
    </message>
    <message>
        <source>A chart is being destroyed. A destruction cannot be stopped part-way.</source>
        <translation>Se está destruyendo un expediente. Una destrucción no puede detenerse a medias.</translation>
    </message>
    <message>
        <source>Quit as soon as it has finished? If the computer is switched off before then, the destruction is finished at the next unlock.</source>
        <translation>¿Salir en cuanto termine? Si la computadora se apaga antes, la destrucción se completará en el próximo desbloqueo.</translation>
    </message>
    <message>
        <source>Quit when finished</source>
        <translation>Salir al terminar</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Mantener la aplicación abierta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>New couple or family case…</source>
        <translation>Nuevo caso de pareja o familia…</translation>
    </message>
    <message>
        <source>Making the backup before closing…</source>
        <translation>Haciendo la copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>it failed unexpectedly.</source>
        <translation>falló de forma inesperada.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Copia de seguridad no hecha</translation>
    </message>
    <message>
        <source>The backup was not made: {why}</source>
        <translation>La copia de seguridad no se hizo: {why}</translation>
    </message>
    <message>
        <source>If you quit now, what you changed since the last backup is only in the vault on this computer until the next backup.</source>
        <translation>Si sale ahora, lo que cambió desde la última copia solo está en la bóveda de esta computadora hasta la próxima copia.</translation>
    </message>
    <message>
        <source>&amp;Wait and connect the drive</source>
        <translation>&amp;Esperar y conectar la unidad</translation>
    </message>
    <message>
        <source>&amp;Wait and free space on the drive</source>
        <translation>&amp;Esperar y liberar espacio en la unidad</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Unlocking psychotherapy notes…</source>
        <translation>Desbloqueando las notas de psicoterapia…</translation>
    </message>
</context>
<context>
    <name>DestructionWizard</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Destroy psychotherapy notes</source>
        <translation>Destruir notas de psicoterapia</translation>
    </message>
    <message>
        <source>Chart {0}: {1} destroyed and verified.</source>
        <translation>Expediente {0}: destrucción de {1} verificada.</translation>
    </message>
    <message>
        <source>Chart {0}: {1} destroyed. Verification: {2}.</source>
        <translation>Expediente {0}: destrucción de {1}. Verificación: {2}.</translation>
    </message>
    <message>
        <source>Chart {0} destroyed and verified.</source>
        <translation>Expediente {0} destruido y verificado.</translation>
    </message>
    <message>
        <source>Chart {0} destroyed. Verification: {1}.</source>
        <translation>Expediente {0} destruido. Verificación: {1}.</translation>
    </message>
    <message>
        <source>The destruction finished and verified before the lock.</source>
        <translation>La destrucción terminó y se verificó antes del bloqueo.</translation>
    </message>
    <message>
        <source>The destruction finished before the lock; see its verification in Records &gt; Destructions and certificates.</source>
        <translation>La destrucción terminó antes del bloqueo; consulte su verificación en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>The destruction did not complete before the lock; Records &gt; Destructions and certificates says why.</source>
        <translation>La destrucción no se completó antes del bloqueo; Registros &gt; Destrucciones y certificados dice por qué.</translation>
    </message>
    <message>
        <source>Destroy a chart</source>
        <translation>Destruir un expediente</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Is this chart due for destruction?</source>
        <translation>¿Corresponde destruir este expediente?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Retention policy: adults {0} after the last contact; minors the later of that and {1} after age {2}.</source>
        <translation>Política de conservación: adultos, {0} después del último contacto; menores, lo que ocurra más tarde entre eso y {1} después de cumplir {2}.</translation>
    </message>
    <message>
        <source>%n year</source>
        <translation>%n año</translation>
    </message>
    <message>
        <source>%n years</source>
        <translation>%n años</translation>
    </message>
    <message>
        <source>Chart {0} reached the end of its retention period on {1}.</source>
        <translation>El plazo de conservación del expediente {0} terminó el {1}.</translation>
    </message>
    <message>
        <source>Chart {0} must be kept until {1}. It can be destroyed earlier only with the client's written permission or a documented override.</source>
        <translation>El expediente {0} debe conservarse hasta el {1}. Solo puede destruirse antes con la autorización por escrito del cliente o con una excepción documentada.</translation>
    </message>
    <message>
        <source>The retention period cannot be computed (no contact date).</source>
        <translation>No se puede calcular el plazo de conservación (no hay fecha de contacto).</translation>
    </message>
    <message>
        <source>It is under a legal hold ({0}): it cannot be destroyed.</source>
        <translation>Está sujeto a una retención legal ({0}): no puede destruirse.</translation>
    </message>
    <message>
        <source>It has an open client request: finish that first.</source>
        <translation>Tiene una solicitud del cliente abierta: resuélvala primero.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Si corresponde destruirlo</translation>
    </message>
</context>
<context>
    <name>BasisPage</name>
    <message>
        <source>That psychotherapy passphrase is not right; nothing was destroyed. Type it again.</source>
        <translation>Esa frase de contraseña de las notas de psicoterapia no es correcta; no se destruyó nada. Escríbala de nuevo.</translation>
    </message>
    <message>
        <source>On what basis?</source>
        <translation>¿Con qué fundamento?</translation>
    </message>
    <message>
        <source>The retention period has ended</source>
        <translation>El plazo de conservación ha terminado</translation>
    </message>
    <message>
        <source>The client asked in writing (attach the signed request)</source>
        <translation>El cliente lo pidió por escrito (adjunte la solicitud firmada)</translation>
    </message>
    <message>
        <source>Another documented reason (override)</source>
        <translation>Otro motivo documentado (excepción)</translation>
    </message>
    <message>
        <source>Attach the signed request…</source>
        <translation>Adjuntar la solicitud firmada…</translation>
    </message>
    <message>
        <source>at least 15 characters, no client names</source>
        <translation>al menos 15 caracteres, sin nombres de clientes</translation>
    </message>
    <message>
        <source>The retention period has ended (not before {0})</source>
        <translation>El plazo de conservación ha terminado (no antes del {0})</translation>
    </message>
    <message>
        <source>The retention period has ended (it cannot be computed)</source>
        <translation>El plazo de conservación ha terminado (no se puede calcular)</translation>
    </message>
    <message>
        <source>why before the end of the retention period: at least 15 characters, no client names</source>
        <translation>por qué antes del fin del plazo de conservación: al menos 15 caracteres, sin nombres de clientes</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>The chart's psychotherapy notes are destroyed too, so they must be unlocked.</source>
        <translation>Las notas de psicoterapia del expediente también se destruyen, por lo que deben estar desbloqueadas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock psychotherapy notes</source>
        <translation>Desbloquear las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Testigo:</translation>
    </message>
    <message>
        <source>Psychotherapy notes are unlocked.</source>
        <translation>Las notas de psicoterapia están desbloqueadas.</translation>
    </message>
    <message>
        <source>The chart's psychotherapy notes are destroyed too, so unlock them first.</source>
        <translation>Las notas de psicoterapia del expediente también se destruyen: desbloquéelas primero.</translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation>Solicitud firmada</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Why may this leave the practice? The app checks it against the rules before anything is written.</source>
        <translation>¿Por qué puede salir esto de la consulta? La aplicación lo contrasta con las normas antes de escribir nada.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Check the disclosure</source>
        <translation>Comprobar la divulgación</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Adjuntar un escaneo</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <source>Not attached.</source>
        <translation>No se adjuntó.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Detalles del resultado</translation>
    </message>
    <message>
        <source>Press Check to ask the disclosure rules.</source>
        <translation>Pulse «Comprobar» para consultar las normas de divulgación.</translation>
    </message>
    <message>
        <source>Allowed under {basis} ({citation}).</source>
        <translation>Permitida según {basis} ({citation}).</translation>
    </message>
    <message>
        <source>This disclosure will appear in the client's accounting of disclosures.</source>
        <translation>Esta divulgación aparecerá en el registro de divulgaciones del cliente.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>No permitida.</translation>
    </message>
    <message>
        <source>Cannot check yet.</source>
        <translation>Todavía no se puede comprobar.</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>Passphrase for psychotherapy notes</source>
        <translation>Frase de contraseña de las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>your retention policy</source>
        <translation>su política de conservación</translation>
    </message>
    <message>
        <source>This destruction is early: chart {0} must be kept until {1} under {2}.</source>
        <translation>Esta destrucción es anticipada: el expediente {0} debe conservarse hasta el {1} según {2}.</translation>
    </message>
    <message>
        <source>This destruction is early: chart {0} must be kept for a period that cannot be computed under {1}.</source>
        <translation>Esta destrucción es anticipada: el expediente {0} debe conservarse durante un período que no se puede calcular según {1}.</translation>
    </message>
    <message>
        <source>A client&apos;s written permission does not shorten a retention period set by state law or your licensing board: write below why the chart goes early.</source>
        <translation>El permiso escrito del cliente no acorta un plazo de conservación fijado por la ley estatal o por su colegio profesional: escriba abajo por qué se destruye antes el expediente.</translation>
    </message>
    <message>
        <source>An override departs from that rule and does not shorten it: write below why the chart goes early.</source>
        <translation>Una excepción se aparta de esa norma y no la acorta: escriba abajo por qué se destruye antes el expediente.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Early destruction</source>
        <translation>Destrucción anticipada</translation>
    </message>
    <message>
        <source>your retention policy</source>
        <translation>su política de conservación</translation>
    </message>
    <message>
        <source>This destruction is early: chart {0} must be kept until {1} under {2}.</source>
        <translation>Esta destrucción es anticipada: el expediente {0} debe conservarse hasta el {1} según {2}.</translation>
    </message>
    <message>
        <source>This destruction is early: chart {0} must be kept for a period that cannot be computed under {1}.</source>
        <translation>Esta destrucción es anticipada: el expediente {0} debe conservarse durante un período que no se puede calcular según {1}.</translation>
    </message>
    <message>
        <source>A client&apos;s written permission does not shorten a retention period set by state law or your licensing board; destroying earlier may breach it.</source>
        <translation>El permiso escrito del cliente no acorta un plazo de conservación fijado por la ley estatal o por su colegio profesional; destruirlo antes puede incumplirlo.</translation>
    </message>
    <message>
        <source>An override departs from that rule and does not shorten it; destroying earlier may breach it.</source>
        <translation>Una excepción se aparta de esa norma y no la acorta; destruirlo antes puede incumplirla.</translation>
    </message>
    <message>
        <source>The destruction is not finished</source>
        <translation>La destrucción no ha terminado</translation>
    </message>
    <message>
        <source>A destruction is not finished: Records &gt; Destructions and certificates says why.</source>
        <translation>Una destrucción no ha terminado: Registros &gt; Destrucciones y certificados dice por qué.</translation>
    </message>
    <message>
        <source>The destruction was started and cannot be undone: what it destroys is deleted from the vault and can no longer be opened, changed or destroyed again. It is not finished yet.</source>
        <translation>La destrucción se inició y no se puede deshacer: lo que destruye se ha eliminado de la bóveda y ya no se puede abrir, cambiar ni destruir de nuevo. Todavía no ha terminado.</translation>
    </message>
    <message>
        <source>This permanently deletes {0} of chart &lt;b&gt;{1}&lt;/b&gt;, also from the backups this app manages; the rest of the chart stays. It cannot be undone.&lt;br&gt;&lt;br&gt;To confirm, type the chart number &lt;b&gt;{2}&lt;/b&gt;:</source>
        <translation>Esto borra definitivamente {0} del expediente &lt;b&gt;{1}&lt;/b&gt;, también de las copias de seguridad que gestiona esta aplicación; el resto del expediente se conserva. No se puede deshacer.&lt;br&gt;&lt;br&gt;Para confirmar, escriba el número de expediente &lt;b&gt;{2}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Destroying the notes</source>
        <translation>Destruyendo las notas</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Destroy permanently</source>
        <translation>Destruir definitivamente</translation>
    </message>
    <message>
        <source>Cancel is not available: once begun, a destruction cannot be stopped part-way. If the app or the computer stops, it is finished at the next unlock.</source>
        <translation>No se puede cancelar: una vez iniciada, una destrucción no puede detenerse a medias. Si la aplicación o la computadora se detienen, se completará en el próximo desbloqueo.</translation>
    </message>
    <message>
        <source>This permanently deletes every record of chart &lt;b&gt;{0}&lt;/b&gt;: notes, sessions, documents and psychotherapy notes, also from the backups this app manages. It cannot be undone.&lt;br&gt;&lt;br&gt;To confirm, type the chart number &lt;b&gt;{1}&lt;/b&gt;:</source>
        <translation>Esto borra definitivamente todos los registros del expediente &lt;b&gt;{0}&lt;/b&gt;: notas, sesiones, documentos y notas de psicoterapia, también de las copias de seguridad que gestiona esta aplicación. No se puede deshacer.&lt;br&gt;&lt;br&gt;Para confirmar, escriba el número de expediente &lt;b&gt;{1}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Destroying the chart</source>
        <translation>Destruyendo el expediente</translation>
    </message>
    <message>
        <source>Checking that the chart can be destroyed…</source>
        <translation>Comprobando que el expediente puede destruirse…</translation>
    </message>
    <message>
        <source>Purging backup {0} of {1}…</source>
        <translation>Depurando la copia de seguridad {0} de {1}…</translation>
    </message>
    <message>
        <source>Keeping the records the law requires after a destruction…</source>
        <translation>Conservando los registros que la ley exige tras una destrucción…</translation>
    </message>
    <message>
        <source>Deleting the chart's records…</source>
        <translation>Borrando los registros del expediente…</translation>
    </message>
    <message>
        <source>Compacting the vault files…</source>
        <translation>Compactando los archivos de la bóveda…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault under fresh keys…</source>
        <translation>Volviendo a cifrar la bóveda con claves nuevas…</translation>
    </message>
    <message>
        <source>Crypto-erasing the attachments…</source>
        <translation>Borrando criptográficamente los adjuntos…</translation>
    </message>
    <message>
        <source>Searching the vault for any trace of the chart…</source>
        <translation>Buscando en la bóveda cualquier rastro del expediente…</translation>
    </message>
    <message>
        <source>Checking the vault's structure and keys…</source>
        <translation>Comprobando la estructura y las claves de la bóveda…</translation>
    </message>
    <message>
        <source>Signing the certificate…</source>
        <translation>Firmando el certificado…</translation>
    </message>
    <message>
        <source>Destroying the chart…</source>
        <translation>Destruyendo el expediente…</translation>
    </message>
    <message>
        <source>The app closes as soon as the destruction has finished.</source>
        <translation>La aplicación se cerrará en cuanto termine la destrucción.</translation>
    </message>
    <message>
        <source>The vault locks as soon as the destruction has finished.</source>
        <translation>La bóveda se bloqueará en cuanto termine la destrucción.</translation>
    </message>
    <message>
        <source>Destruction progress</source>
        <translation>Progreso de la destrucción</translation>
    </message>
    <message>
        <source>Destruction step</source>
        <translation>Paso de la destrucción</translation>
    </message>
    <message>
        <source>Type the chart number to confirm</source>
        <translation>Escriba el número de expediente para confirmar</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>The chart described below was destroyed.</source>
        <translation>Se destruyó el expediente que se describe a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy note described below was destroyed.</source>
        <translation>Se destruyó la nota de psicoterapia que se describe a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy notes described below were destroyed.</source>
        <translation>Se destruyeron las notas de psicoterapia que se describen a continuación.</translation>
    </message>
    <message>
        <source>The kept original PDF described below was destroyed.</source>
        <translation>Se destruyó el PDF original conservado que se describe a continuación.</translation>
    </message>
    <message>
        <source>The kept original PDFs described below were destroyed.</source>
        <translation>Se destruyeron los PDF originales conservados que se describen a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy note and kept original PDF described below were destroyed.</source>
        <translation>Se destruyeron la nota de psicoterapia y el PDF original conservado que se describen a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy note and kept original PDFs described below were destroyed.</source>
        <translation>Se destruyeron la nota de psicoterapia y los PDF originales conservados que se describen a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy notes and kept original PDF described below were destroyed.</source>
        <translation>Se destruyeron las notas de psicoterapia y el PDF original conservado que se describen a continuación.</translation>
    </message>
    <message>
        <source>The psychotherapy notes and kept original PDFs described below were destroyed.</source>
        <translation>Se destruyeron las notas de psicoterapia y los PDF originales conservados que se describen a continuación.</translation>
    </message>
    <message>
        <source>No original PDF kept from a discarded psychotherapy draft was destroyed with these notes.</source>
        <translation>No se destruyó con estas notas ningún PDF original conservado de un borrador de psicoterapia descartado.</translation>
    </message>
    <message>
        <source>%n backup was purged too.</source>
        <translation>También se depuró %n copia de seguridad.</translation>
    </message>
    <message>
        <source>%n backups were purged too.</source>
        <translation>También se depuraron %n copias de seguridad.</translation>
    </message>
    <message>
        <source>%n copy of the vault the app made itself was not purged and may still hold the chart:</source>
        <translation>%n copia de la bóveda hecha por la propia aplicación no se depuró y puede contener todavía el expediente:</translation>
    </message>
    <message>
        <source>%n copies of the vault the app made itself were not purged and may still hold the chart:</source>
        <translation>%n copias de la bóveda hechas por la propia aplicación no se depuraron y pueden contener todavía el expediente:</translation>
    </message>
    <message>
        <source>%n copy of the vault the app made itself is not purged by this destruction and may still hold the chart:</source>
        <translation>%n copia de la bóveda hecha por la propia aplicación no se depura en esta destrucción y puede contener todavía el expediente:</translation>
    </message>
    <message>
        <source>%n copies of the vault the app made itself are not purged by this destruction and may still hold the chart:</source>
        <translation>%n copias de la bóveda hechas por la propia aplicación no se depuran en esta destrucción y pueden contener todavía el expediente:</translation>
    </message>
    <message>
        <source>A restore keeps the vault as it was before it (a safety copy). Once the restored vault is known to be right, delete that folder.</source>
        <translation>Una restauración guarda la bóveda tal como estaba antes (una copia de resguardo). Cuando sepa que la bóveda restaurada está bien, elimine esa carpeta.</translation>
    </message>
    <message>
        <source>%n registered backup was not reachable and still holds the chart:</source>
        <translation>%n copia de seguridad registrada no estaba accesible y aún contiene el expediente:</translation>
    </message>
    <message>
        <source>%n registered backups were not reachable and still hold the chart:</source>
        <translation>%n copias de seguridad registradas no estaban accesibles y aún contienen el expediente:</translation>
    </message>
    <message>
        <source>Connect their drive, then choose Records &gt; Destructions and certificates &gt; Purge the backups now.</source>
        <translation>Conecte su disco y elija Registros &gt; Destrucciones y certificados &gt; Purgar ahora las copias.</translation>
    </message>
    <message>
        <source>%n original PDF kept from a discarded psychotherapy draft</source>
        <translation>%n PDF original conservado de un borrador de psicoterapia descartado</translation>
    </message>
    <message>
        <source>%n original PDFs kept from discarded psychotherapy drafts</source>
        <translation>%n PDF originales conservados de borradores de psicoterapia descartados</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>%n suspension of disclosure accounting</source>
        <translation>%n suspensión del registro de divulgaciones</translation>
    </message>
    <message>
        <source>%n suspensions of disclosure accounting</source>
        <translation>%n suspensiones del registro de divulgaciones</translation>
    </message>
    <message>
        <source>%n appointment</source>
        <translation>%n cita</translation>
    </message>
    <message>
        <source>%n appointments</source>
        <translation>%n citas</translation>
    </message>
    <message>
        <source>%n document text</source>
        <translation>%n texto de documento</translation>
    </message>
    <message>
        <source>%n document texts</source>
        <translation>%n textos de documentos</translation>
    </message>
    <message>
        <source>%n earlier title or date of a document</source>
        <translation>%n título o fecha anterior de un documento</translation>
    </message>
    <message>
        <source>%n earlier titles or dates of documents</source>
        <translation>%n títulos o fechas anteriores de documentos</translation>
    </message>
    <message>
        <source>%n attached document</source>
        <translation>%n documento adjunto</translation>
    </message>
    <message>
        <source>%n attached documents</source>
        <translation>%n documentos adjuntos</translation>
    </message>
    <message>
        <source>%n authorization</source>
        <translation>%n autorización</translation>
    </message>
    <message>
        <source>%n authorizations</source>
        <translation>%n autorizaciones</translation>
    </message>
    <message>
        <source>%n billing share</source>
        <translation>%n reparto de facturación</translation>
    </message>
    <message>
        <source>%n billing shares</source>
        <translation>%n repartos de facturación</translation>
    </message>
    <message>
        <source>%n carried-forward note</source>
        <translation>%n nota traída de una anterior</translation>
    </message>
    <message>
        <source>%n carried-forward notes</source>
        <translation>%n notas traídas de una anterior</translation>
    </message>
    <message>
        <source>%n case member</source>
        <translation>%n miembro del caso</translation>
    </message>
    <message>
        <source>%n case members</source>
        <translation>%n miembros del caso</translation>
    </message>
    <message>
        <source>%n chart key</source>
        <translation>%n clave del expediente</translation>
    </message>
    <message>
        <source>%n chart keys</source>
        <translation>%n claves del expediente</translation>
    </message>
    <message>
        <source>%n earlier chart key</source>
        <translation>%n clave anterior del expediente</translation>
    </message>
    <message>
        <source>%n earlier chart keys</source>
        <translation>%n claves anteriores del expediente</translation>
    </message>
    <message>
        <source>%n client request</source>
        <translation>%n solicitud del cliente</translation>
    </message>
    <message>
        <source>%n client requests</source>
        <translation>%n solicitudes del cliente</translation>
    </message>
    <message>
        <source>%n client</source>
        <translation>%n cliente</translation>
    </message>
    <message>
        <source>%n clients</source>
        <translation>%n clientes</translation>
    </message>
    <message>
        <source>%n addendum to a confidentiality decision</source>
        <translation>%n adenda a una decisión de confidencialidad</translation>
    </message>
    <message>
        <source>%n addenda to confidentiality decisions</source>
        <translation>%n adendas a decisiones de confidencialidad</translation>
    </message>
    <message>
        <source>%n confidentiality decision</source>
        <translation>%n decisión de confidencialidad</translation>
    </message>
    <message>
        <source>%n confidentiality decisions</source>
        <translation>%n decisiones de confidencialidad</translation>
    </message>
    <message>
        <source>%n piece of disclosure evidence</source>
        <translation>%n justificante de divulgación</translation>
    </message>
    <message>
        <source>%n pieces of disclosure evidence</source>
        <translation>%n justificantes de divulgación</translation>
    </message>
    <message>
        <source>%n disclosure</source>
        <translation>%n divulgación</translation>
    </message>
    <message>
        <source>%n disclosures</source>
        <translation>%n divulgaciones</translation>
    </message>
    <message>
        <source>%n guardian</source>
        <translation>%n tutor legal</translation>
    </message>
    <message>
        <source>%n guardians</source>
        <translation>%n tutores legales</translation>
    </message>
    <message>
        <source>%n import link</source>
        <translation>%n vínculo de importación</translation>
    </message>
    <message>
        <source>%n import links</source>
        <translation>%n vínculos de importación</translation>
    </message>
    <message>
        <source>%n legal hold</source>
        <translation>%n retención legal</translation>
    </message>
    <message>
        <source>%n legal holds</source>
        <translation>%n retenciones legales</translation>
    </message>
    <message>
        <source>%n note held in confidence for a member</source>
        <translation>%n nota reservada en confidencia para un miembro</translation>
    </message>
    <message>
        <source>%n notes held in confidence for a member</source>
        <translation>%n notas reservadas en confidencia para un miembro</translation>
    </message>
    <message>
        <source>%n measure score</source>
        <translation>%n puntuación de escala</translation>
    </message>
    <message>
        <source>%n measure scores</source>
        <translation>%n puntuaciones de escalas</translation>
    </message>
    <message>
        <source>%n note amendment</source>
        <translation>%n enmienda de nota</translation>
    </message>
    <message>
        <source>%n note amendments</source>
        <translation>%n enmiendas de notas</translation>
    </message>
    <message>
        <source>%n note provenance record</source>
        <translation>%n registro de procedencia de nota</translation>
    </message>
    <message>
        <source>%n note provenance records</source>
        <translation>%n registros de procedencia de notas</translation>
    </message>
    <message>
        <source>%n payment</source>
        <translation>%n pago</translation>
    </message>
    <message>
        <source>%n payments</source>
        <translation>%n pagos</translation>
    </message>
    <message>
        <source>%n progress note</source>
        <translation>%n nota de evolución</translation>
    </message>
    <message>
        <source>%n progress notes</source>
        <translation>%n notas de evolución</translation>
    </message>
    <message>
        <source>%n psychotherapy note amendment</source>
        <translation>%n enmienda de nota de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy note amendments</source>
        <translation>%n enmiendas de notas de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy note</source>
        <translation>%n nota de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy notes</source>
        <translation>%n notas de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy note provenance record</source>
        <translation>%n registro de procedencia de nota de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy note provenance records</source>
        <translation>%n registros de procedencia de notas de psicoterapia</translation>
    </message>
    <message>
        <source>%n request letter</source>
        <translation>%n carta de solicitud</translation>
    </message>
    <message>
        <source>%n request letters</source>
        <translation>%n cartas de solicitud</translation>
    </message>
    <message>
        <source>%n request review</source>
        <translation>%n revisión de solicitud</translation>
    </message>
    <message>
        <source>%n request reviews</source>
        <translation>%n revisiones de solicitudes</translation>
    </message>
    <message>
        <source>%n restriction</source>
        <translation>%n restricción</translation>
    </message>
    <message>
        <source>%n restrictions</source>
        <translation>%n restricciones</translation>
    </message>
    <message>
        <source>%n add-on code fee</source>
        <translation>%n honorario de código adicional</translation>
    </message>
    <message>
        <source>%n add-on code fees</source>
        <translation>%n honorarios de códigos adicionales</translation>
    </message>
    <message>
        <source>%n session fee</source>
        <translation>%n honorario de sesión</translation>
    </message>
    <message>
        <source>%n session fees</source>
        <translation>%n honorarios de sesiones</translation>
    </message>
    <message>
        <source>%n session</source>
        <translation>%n sesión</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n sesiones</translation>
    </message>
    <message>
        <source>%n treatment goal</source>
        <translation>%n objetivo terapéutico</translation>
    </message>
    <message>
        <source>%n treatment goals</source>
        <translation>%n objetivos terapéuticos</translation>
    </message>
    <message>
        <source>%n treatment plan</source>
        <translation>%n plan de tratamiento</translation>
    </message>
    <message>
        <source>%n treatment plans</source>
        <translation>%n planes de tratamiento</translation>
    </message>
    <message>
        <source>%n record ({0})</source>
        <translation>%n registro ({0})</translation>
    </message>
    <message>
        <source>%n records ({0})</source>
        <translation>%n registros ({0})</translation>
    </message>
    <message>
        <source>records from {0} to {1}</source>
        <translation>registros del {0} al {1}</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Certificate &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Chart {1}, {2}: {3}.&lt;br&gt;Completed {4}.&lt;br&gt;Verification: &lt;b&gt;{5}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;The certificate is kept in the ledger for good and is signed with this vault's key. Copies disclosed earlier, and copies outside this app, are listed in it as not reachable.</source>
        <translation>Certificado &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Expediente {1}, {2}: {3}.&lt;br&gt;Completado el {4}.&lt;br&gt;Verificación: &lt;b&gt;{5}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;El certificado se conserva para siempre en el registro de la bóveda y está firmado con la clave de esta bóveda. Las copias divulgadas con anterioridad y las copias fuera de esta aplicación figuran en él como fuera de alcance.</translation>
    </message>
    <message>
        <source>Destroyed and verified</source>
        <translation>Destruido y verificado</translation>
    </message>
    <message>
        <source>Save the signed certificate (PDF and JSON)…</source>
        <translation>Guardar el certificado firmado (PDF y JSON)…</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar el certificado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Destruction certificate</source>
        <translation>Certificado de destrucción</translation>
    </message>
</context>
<context>
    <name>EligibleDialog</name>
    <message>
        <source>Charts eligible for destruction</source>
        <translation>Expedientes que pueden destruirse</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Eligible on</source>
        <translation>Puede destruirse el</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Show &amp;upcoming charts too, with the day each becomes eligible</source>
        <translation>Mostrar también los &amp;próximos, con el día en que cada uno podrá destruirse</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>puede destruirse</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>sin contacto registrado</translation>
    </message>
    <message>
        <source>Not yet past the retention period: %n, listed with the day each becomes eligible.</source>
        <translation>Aún sin cumplir el plazo de conservación: %n, cada uno con el día en que podrá destruirse.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Lo impide</translation>
    </message>
    <message>
        <source>%n chart past its retention period. Enter opens it; Clients &gt; Destroy chart… destroys it.</source>
        <translation>%n expediente con el plazo de conservación vencido. Intro lo abre; Clientes &gt; Destruir expediente… lo destruye.</translation>
    </message>
    <message>
        <source>%n charts past their retention period. Enter opens the chart chosen; Clients &gt; Destroy chart… destroys it.</source>
        <translation>%n expedientes con el plazo de conservación vencido. Intro abre el expediente elegido; Clientes &gt; Destruir expediente… lo destruye.</translation>
    </message>
    <message>
        <source>1 chart past its retention period is under a legal hold: it is not eligible and cannot be destroyed until the hold is released. Enter opens it.</source>
        <translation>1 expediente con el plazo de conservación vencido está bajo retención legal: no puede destruirse hasta que se levante la retención. Intro lo abre.</translation>
    </message>
    <message>
        <source>%n charts past their retention period are all under a legal hold: none is eligible, and none can be destroyed until its hold is released. Enter opens the chart chosen.</source>
        <translation>Los %n expedientes con el plazo de conservación vencido están todos bajo retención legal: ninguno puede destruirse hasta que se levante su retención. Intro abre el expediente elegido.</translation>
    </message>
    <message>
        <source>One of them is under a legal hold: it is not eligible and cannot be destroyed until the hold is released.</source>
        <translation>Uno de ellos está bajo retención legal: no puede destruirse hasta que se levante la retención.</translation>
    </message>
    <message>
        <source>%n of them are under a legal hold: they are not eligible and cannot be destroyed until the holds are released.</source>
        <translation>%n de ellos están bajo retención legal: no pueden destruirse hasta que se levanten las retenciones.</translation>
    </message>
    <message>
        <source>%n year after reaching age %1</source>
        <translation>%n año después de cumplir %1 años</translation>
    </message>
    <message>
        <source>%n years after reaching age %1</source>
        <translation>%n años después de cumplir %1 años</translation>
    </message>
    <message>
        <source>%n year after the last contact</source>
        <translation>%n año después del último contacto</translation>
    </message>
    <message>
        <source>%n years after the last contact</source>
        <translation>%n años después del último contacto</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>retención legal</translation>
    </message>
    <message>
        <source>open request</source>
        <translation>solicitud abierta</translation>
    </message>
    <message>
        <source>No chart has reached the end of its retention period.</source>
        <translation>Ningún expediente ha llegado al final de su plazo de conservación.</translation>
    </message>
    <message>
        <source>Eligible charts</source>
        <translation>Expedientes que pueden destruirse</translation>
    </message>
</context>
<context>
    <name>DestructionsDialog</name>
    <message>
        <source>The app closes as soon as the destruction has finished.</source>
        <translation>La aplicación se cerrará en cuanto termine la destrucción.</translation>
    </message>
    <message>
        <source>The vault locks as soon as the destruction has finished.</source>
        <translation>La bóveda se bloqueará en cuanto termine la destrucción.</translation>
    </message>
    <message>
        <source>A destruction is running now; this list shows it finished once it ends.</source>
        <translation>Hay una destrucción en curso; esta lista la muestra terminada cuando acabe.</translation>
    </message>
    <message>
        <source>The chart was purged from every registered backup.</source>
        <translation>El expediente se purgó de todas las copias de seguridad registradas.</translation>
    </message>
    <message>
        <source>The backups present were purged; %n are still not reachable.</source>
        <translation>Se purgaron las copias presentes; %n siguen sin estar accesibles.</translation>
    </message>
    <message>
        <source>The backups present were purged; %n is still not reachable.</source>
        <translation>Se purgaron las copias presentes; %n sigue sin estar accesible.</translation>
    </message>
    <message>
        <source>A backup could not be purged; the chart's certificate lists it.</source>
        <translation>Una copia no se pudo purgar; el certificado del expediente la indica.</translation>
    </message>
    <message>
        <source>The destruction is still not finished.</source>
        <translation>La destrucción sigue sin terminar.</translation>
    </message>
    <message>
        <source>The destruction is finished; its signed certificate can be saved now.</source>
        <translation>La destrucción ha terminado; ya se puede guardar su certificado firmado.</translation>
    </message>
    <message>
        <source>Purging the backups…</source>
        <translation>Purgando las copias…</translation>
    </message>
    <message>
        <source>Finishing the destruction…</source>
        <translation>Terminando la destrucción…</translation>
    </message>
    <message>
        <source>This destruction was started and is not finished: the chart's records can no longer be opened or changed. Finish now tries again; the app also tries at each unlock.</source>
        <translation>Esta destrucción se inició y no ha terminado: los registros del expediente ya no se pueden abrir ni cambiar. Terminar ahora lo intenta de nuevo; la aplicación también lo intenta en cada desbloqueo.</translation>
    </message>
    <message>
        <source>%n registered backups were not reachable when the chart was destroyed (their drive was not connected) and still hold it. Connect that drive, then choose Purge the backups now.</source>
        <translation>%n copias de seguridad registradas no estaban accesibles cuando se destruyó el expediente (su unidad no estaba conectada) y aún lo contienen. Conecte esa unidad y elija Purgar ahora las copias.</translation>
    </message>
    <message>
        <source>%n registered backup was not reachable when the chart was destroyed (its drive was not connected) and still holds it. Connect that drive, then choose Purge the backups now.</source>
        <translation>%n copia de seguridad registrada no estaba accesible cuando se destruyó el expediente (su unidad no estaba conectada) y aún lo contiene. Conecte esa unidad y elija Purgar ahora las copias.</translation>
    </message>
    <message>
        <source>%n backup a restore was made from still holds this chart (it was destroyed again in the vault, not in that file). Choose Purge the backups now.</source>
        <translation>%n copia de seguridad desde la que se restauró todavía contiene este expediente (se destruyó de nuevo en la bóveda, no en ese archivo). Elija Purgar ahora las copias.</translation>
    </message>
    <message>
        <source>%n backups restores were made from still hold this chart (it was destroyed again in the vault, not in those files). Choose Purge the backups now.</source>
        <translation>%n copias de seguridad desde las que se restauró todavía contienen este expediente (se destruyó de nuevo en la bóveda, no en esos archivos). Elija Purgar ahora las copias.</translation>
    </message>
    <message>
        <source>Purge the backups now</source>
        <translation>Purgar ahora las copias</translation>
    </message>
    <message>
        <source>Why it is not finished</source>
        <translation>Por qué no ha terminado</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <source>Destructions and certificates</source>
        <translation>Destrucciones y certificados</translation>
    </message>
    <message>
        <source>Every destruction recorded in the vault's ledger. The signed certificate of a completed one can be saved again at any time.</source>
        <translation>Cada destrucción anotada en el registro de la bóveda. El certificado firmado de una destrucción terminada puede guardarse de nuevo en cualquier momento.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruido</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save the signed certificate (PDF and JSON)…</source>
        <translation>Guardar el certificado firmado (PDF y JSON)…</translation>
    </message>
    <message>
        <source>No destruction has been recorded in this vault.</source>
        <translation>No se ha anotado ninguna destrucción en esta bóveda.</translation>
    </message>
    <message>
        <source>the whole chart</source>
        <translation>el expediente completo</translation>
    </message>
    <message>
        <source>retention period ended</source>
        <translation>plazo de conservación terminado</translation>
    </message>
    <message>
        <source>client's written request</source>
        <translation>solicitud escrita del cliente</translation>
    </message>
    <message>
        <source>documented reason</source>
        <translation>motivo documentado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>completed after a failed verification</source>
        <translation>terminada tras una verificación fallida</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>verificación fallida</translation>
    </message>
    <message>
        <source>interrupted: finishes at the next unlock</source>
        <translation>interrumpida: termina en el próximo desbloqueo</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar el certificado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Recorded destructions</source>
        <translation>Destrucciones anotadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Purging backup {0}…</source>
        <translation>Purgando la copia {0}…</translation>
    </message>
    <message>
        <source>This deletes the chart's psychotherapy notes too: unlock them first.</source>
        <translation>Esto elimina también las notas de psicoterapia del expediente: desbloquéelas primero.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for psychotherapy notes</source>
        <translation>Frase de contraseña de las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Unlock psychotherapy notes</source>
        <translation>Desbloquear las notas de psicoterapia</translation>
    </message>
    <message>
        <source>That passphrase is not right. Type it again.</source>
        <translation>Esa frase de contraseña no es correcta. Escríbala de nuevo.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>original PDF</source>
        <translation>PDF original</translation>
    </message>
    <message>
        <source>Kept when its imported draft was discarded</source>
        <translation>Conservado al descartar su borrador importado</translation>
    </message>
    <message>
        <source>The psychotherapy notes locked: go Back to unlock them.</source>
        <translation>Las notas de psicoterapia se bloquearon: vuelva Atrás para desbloquearlas.</translation>
    </message>
    <message>
        <source>Which psychotherapy notes?</source>
        <translation>¿Qué notas de psicoterapia?</translation>
    </message>
    <message>
        <source>Tick the notes to destroy (Space ticks the one chosen). The rest of the chart stays.</source>
        <translation>Marque las notas que se destruyen (Espacio marca la elegida). El resto del expediente se conserva.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>This chart has no psychotherapy notes.</source>
        <translation>Este expediente no tiene notas de psicoterapia.</translation>
    </message>
    <message>
        <source>Psychotherapy notes to destroy</source>
        <translation>Notas de psicoterapia que destruir</translation>
    </message>
</context>
<context>
    <name>ComplianceBox</name>
    <message>
        <source>Compliance records kept after a destruction (45 CFR 164.530(j))</source>
        <translation>Registros de cumplimiento conservados tras una destrucción (45 CFR 164.530(j))</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>Destroy the records past their date…</source>
        <translation>Destruir los registros con el plazo vencido…</translation>
    </message>
    <message>
        <source>{0} (past)</source>
        <translation>{0} (vencido)</translation>
    </message>
    <message>
        <source>None kept.</source>
        <translation>No se conserva ninguno.</translation>
    </message>
    <message>
        <source>None is past its date yet.</source>
        <translation>Ninguno ha llegado aún a su fecha.</translation>
    </message>
    <message>
        <source>the client's name and chart number</source>
        <translation>el nombre del cliente y el número de expediente</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>disclosure evidence</source>
        <translation>constancia de divulgación</translation>
    </message>
    <message>
        <source>client request</source>
        <translation>solicitud del cliente</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>restricción</translation>
    </message>
    <message>
        <source>accounting suspension</source>
        <translation>suspensión del registro de divulgaciones</translation>
    </message>
    <message>
        <source>Destroy compliance records</source>
        <translation>Destruir registros de cumplimiento</translation>
    </message>
    <message>
        <source>Destroy the compliance records past their retention date?</source>
        <translation>¿Destruir los registros de cumplimiento cuyo plazo de conservación ha vencido?</translation>
    </message>
    <message>
        <source>They are deleted for good; the ledger keeps a signed record of which ones, without their content.</source>
        <translation>Se borran para siempre; el registro de la bóveda conserva una constancia firmada de cuáles, sin su contenido.</translation>
    </message>
    <message>
        <source>The client's name goes with the last record that needs it.</source>
        <translation>El nombre del cliente se destruye con el último registro que lo necesita.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Destruyendo…</translation>
    </message>
    <message>
        <source>{0} destroyed; the signed record is in the ledger.</source>
        <translation>{0} destruidos; la constancia firmada está en el registro de la bóveda.</translation>
    </message>
    <message>
        <source>Compliance records</source>
        <translation>Registros de cumplimiento</translation>
    </message>
</context>
<context>
    <name>NoteSigning</name>
    <message>
        <source>Signed and locked. Corrections are added as addenda or amendments.</source>
        <translation>Firmada y sellada: ya no se puede modificar. Las correcciones se añaden como adendas o enmiendas.</translation>
    </message>
    <message>
        <source>After signing the note cannot be changed; corrections are added as addenda or amendments.</source>
        <translation>Una vez firmada, la nota no se puede cambiar; las correcciones se añaden como adendas o enmiendas.</translation>
    </message>
    <message>
        <source>Sign and lock this psychotherapy note?</source>
        <translation>¿Firmar y sellar esta nota de psicoterapia?</translation>
    </message>
    <message>
        <source>Sign and lock this progress note?</source>
        <translation>¿Firmar y sellar esta nota de evolución?</translation>
    </message>
    <message>
        <source>Sign and lock?</source>
        <translation>¿Firmar y sellar?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed {when} · SIGNATURE DOES NOT MATCH</source>
        <translation>Firmada el {when} · LA FIRMA NO COINCIDE</translation>
    </message>
    <message>
        <source>Signed {when} · signature verified</source>
        <translation>Firmada el {when} · firma verificada</translation>
    </message>
    <message>
        <source>Not signed: the note could not be saved ({reason}). Correct it, then sign again.</source>
        <translation>No se firmó: la nota no se pudo guardar ({reason}). Corríjala y vuelva a firmar.</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>could not be saved</source>
        <translation>no se pudo guardar</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>The date typed is not complete or does not exist: type it again or pick it from the calendar. Enter keeps the date shown.</source>
        <translation>La fecha escrita está incompleta o no existe: escríbala de nuevo o elíjala en el calendario. Intro conserva la fecha que se muestra.</translation>
    </message>
    <message>
        <source>The date typed does not exist: {typed}. Type it again or pick it from the calendar.</source>
        <translation>La fecha escrita no existe: {typed}. Escríbala de nuevo o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>There is no month {number}: dates here are written {order}.</source>
        <translation>No existe el mes {number}: aquí las fechas se escriben {order}.</translation>
    </message>
    <message>
        <source>There is no day {number}: dates here are written {order}.</source>
        <translation>No existe el día {number}: aquí las fechas se escriben {order}.</translation>
    </message>
    <message>
        <source>({swapped} would be {meant}.)</source>
        <translation>({swapped} sería el {meant}).</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <translation>{day} de {month}</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Added to the note: shown at its end, below the signed text.</source>
        <translation>Añadido a la nota: se muestra al final, debajo del texto firmado.</translation>
    </message>
    <message>
        <source>Link to a session…</source>
        <translation>Vincular a una sesión…</translation>
    </message>
    <message>
        <source>Choose the session of the note's day it documents, or record it now</source>
        <translation>Elija la sesión del día de la nota que esta documenta, o regístrela ahora</translation>
    </message>
    <message>
        <source>This note documents no session.</source>
        <translation>Esta nota no documenta ninguna sesión.</translation>
    </message>
    <message>
        <source>Not a visit yet: this session goes into the agenda, the last visit and the account when the note is signed. Discarding the draft removes it.</source>
        <translation>Aún no es una visita: esta sesión pasa a la agenda, a la última visita y a la cuenta cuando se firma la nota. Si descarta el borrador, se elimina.</translation>
    </message>
    <message>
        <source>The note now documents its session; changes in the session box correct it.</source>
        <translation>La nota documenta ahora su sesión; los cambios en el cuadro de la sesión la corrigen.</translation>
    </message>
    <message>
        <source>Carrying forward…</source>
        <translation>Trayendo de la nota anterior…</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="88" />
        <source>Progress note</source>
        <translation>Nota de evolución</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="109" />
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="135" />
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="137" />
        <source>Copied text is hidden from clipboard history and cleared after 30 seconds</source>
        <translation>El texto copiado no queda en el historial del portapapeles y se borra a los 30 segundos</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="145" />
        <source>Confidentiality decision…</source>
        <translation>Decisión de confidencialidad…</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="147" />
        <source>This session raised abuse, a threat, risk of self-harm or a legal demand: work through it step by step and document it</source>
        <translation>En esta sesión surgió maltrato, una amenaza, riesgo de autolesión o un requerimiento legal: trabájelo paso a paso y documéntelo</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="151" />
        <source>Start &amp;from last note</source>
        <translation>Partir de la última &amp;nota</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="153" />
        <source>Carry the last signed note's plan and active goals into this note, marked to edit</source>
        <translation>Traer el plan y los objetivos activos de la última nota firmada, marcados para editar</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="156" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="438" />
        <source>This note is already started; carry forward starts a new one.</source>
        <translation>Esta nota ya está empezada; «partir de la última nota» crea una nueva.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="466" />
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Copiado. El portapapeles se borra en 30 segundos.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="489" />
        <source>Choose the ideation and the risk level, or untick Risk screening, before signing.</source>
        <translation>Elija la ideación y el nivel de riesgo, o desmarque «Evaluación de riesgo», antes de firmar.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>Tick one or more goals first (Space ticks the highlighted one).</source>
        <translation>Marque primero uno o más objetivos (Espacio marca el resaltado).</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>Adding goals…</source>
        <translation>Añadiendo objetivos…</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>%n goal written into the note and recorded with it.</source>
        <translation>%n objetivo escrito en la nota y registrado con ella.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>%n goals written into the note and recorded with it.</source>
        <translation>%n objetivos escritos en la nota y registrados con ella.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>Carried from the note of {0}: edit the marked text before signing.</source>
        <translation>Traído de la nota del {0}: edite el texto marcado antes de firmar.</translation>
    </message>
    <message>
        <source>The newest note, of {0}, is a draft: carried from the signed note of {1}. Edit the marked text before signing.</source>
        <translation>La nota más reciente, del {0}, es un borrador: se trajo de la nota firmada del {1}. Edite el texto marcado antes de firmar.</translation>
    </message>
    <message>
        <source>Its addenda and amendments ({0}) were not carried: read them in the chart.</source>
        <translation>Sus adendas y enmiendas ({0}) no se trajeron: léalas en el expediente.</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>Session {0}, {1} min, CPT {2}</source>
        <translation>Sesión {0}, {1} min, CPT {2}</translation>
    </message>
    <message>
        <location filename="../note_editor.py" line="0" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Chart {0}</source>
        <translation>Expediente {0}</translation>
    </message>
    <message>
        <source>{0} note, %n word</source>
        <translation>Nota {0}, %n palabra</translation>
    </message>
    <message>
        <source>{0} note, %n words</source>
        <translation>Nota {0}, %n palabras</translation>
    </message>
    <message>
        <source>%n of them were carried unchanged from the note of {0}</source>
        <translation>%n de ellas, traídas sin cambios de la nota del {0}</translation>
    </message>
    <message>
        <source>%n of them was carried unchanged from the note of {0}</source>
        <translation>%n de ellas, traída sin cambios de la nota del {0}</translation>
    </message>
    <message>
        <source>No session recorded</source>
        <translation>Sin sesión registrada</translation>
    </message>
    <message>
        <source>Risk screening: {0}</source>
        <translation>Evaluación de riesgo: {0}</translation>
    </message>
    <message>
        <source>Risk screening: not done</source>
        <translation>Evaluación de riesgo: no realizada</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de la nota</translation>
    </message>
    <message>
        <location filename="../note_editor.py" />
        <source>The note&apos;s text was saved as you typed; nothing was lost.</source>
        <translation>El texto de la nota se guardó mientras escribía; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>NoteGoalsBox</name>
    <message>
        <location filename="../note_goals.py" line="0" />
        <source>Treatment-plan goals</source>
        <translation>Objetivos del plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../note_goals.py" line="0" />
        <source>Add checked &amp;goals to the note</source>
        <translation>Añadir a la nota los &amp;objetivos marcados</translation>
    </message>
    <message>
        <location filename="../note_goals.py" line="0" />
        <source>Writes each checked goal into the note and records it with the note</source>
        <translation>Escribe cada objetivo marcado en la nota y lo registra con ella</translation>
    </message>
    <message>
        <location filename="../note_goals.py" line="0" />
        <source>Tick the goals this session addressed.</source>
        <translation>Marque los objetivos que trató esta sesión.</translation>
    </message>
    <message>
        <location filename="../note_goals.py" line="0" />
        <source>Goal {0}: {1}</source>
        <translation>Objetivo {0}: {1}</translation>
    </message>
    <message>
        <source>Add checked goals to the note</source>
        <translation>Añadir a la nota los objetivos marcados</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Addenda and amendments</source>
        <translation>Adendas y enmiendas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Addenda and amendments to this psychotherapy note</source>
        <translation>Adendas y enmiendas de esta nota de psicoterapia</translation>
    </message>
    <message>
        <source>Psychotherapy note text</source>
        <translation>Texto de la nota de psicoterapia</translation>
    </message>
    <message>
        <source>Process notes for this session. Diagnoses, medication, test results, session times and treatment plans belong in the progress note.</source>
        <translation>Notas de proceso de esta sesión. Los diagnósticos, la medicación, los resultados de pruebas, los horarios de las sesiones y los planes de tratamiento van en la nota de evolución.</translation>
    </message>
    <message>
        <source>A signed note never changes; corrections are added after it, with a reason</source>
        <translation>Una nota firmada nunca cambia; las correcciones se añaden después, con un motivo</translation>
    </message>
    <message>
        <location filename="../note_form.py" line="139" />
        <source>Sign and loc&amp;k</source>
        <translation>&amp;Firmar y sellar</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Firmar y sellar</translation>
    </message>
    <message>
        <location filename="../note_form.py" line="142" />
        <source>Addendum or amendment…</source>
        <translation>Adenda o enmienda…</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Descartar borrador…</translation>
    </message>
    <message>
        <source>Delete this unsigned draft (written by mistake); signed notes stay</source>
        <translation>Eliminar este borrador sin firmar (escrito por error); las notas firmadas se conservan</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
</context>
<context>
    <name>ProgressFields</name>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>hora no registrada</translation>
    </message>
    <message>
        <source>Attach to the session already recorded ({when}, {minutes} min, CPT {cpt})</source>
        <translation>Adjuntar a la sesión ya registrada ({when}, {minutes} min, CPT {cpt})</translation>
    </message>
    <message>
        <source>No session (a phone call, a collateral contact, a letter)</source>
        <translation>Sin sesión (una llamada, un contacto colateral, una carta)</translation>
    </message>
    <message>
        <source>Record a separate session (a second visit that day)</source>
        <translation>Registrar una sesión aparte (una segunda visita ese día)</translation>
    </message>
    <message>
        <source>This client already has a session on {day}.</source>
        <translation>Este cliente ya tiene una sesión el {day}.</translation>
    </message>
    <message>
        <source>This client already has {count} sessions on {day}.</source>
        <translation>Este cliente ya tiene {count} sesiones el {day}.</translation>
    </message>
    <message>
        <source>It has a note already.</source>
        <translation>Ya tiene una nota.</translation>
    </message>
    <message>
        <source>It was recorded for another note, still an unsigned draft: not a visit until that note is signed.</source>
        <translation>Se registró para otra nota, todavía un borrador sin firmar: no es una visita hasta que esa nota se firme.</translation>
    </message>
    <message>
        <source>One of them was recorded for another note, still an unsigned draft: not a visit until that note is signed.</source>
        <translation>Una de ellas se registró para otra nota, todavía un borrador sin firmar: no es una visita hasta que esa nota se firme.</translation>
    </message>
    <message>
        <source>{count} of them were recorded for notes still unsigned: not visits until those notes are signed.</source>
        <translation>{count} de ellas se registraron para notas todavía sin firmar: no son visitas hasta que esas notas se firmen.</translation>
    </message>
    <message>
        <source>{count} of them have a note already.</source>
        <translation>{count} de ellas ya tienen nota.</translation>
    </message>
    <message>
        <source>This note documents that session: the visit is billed once.</source>
        <translation>Esta nota documenta esa sesión: la visita se factura una sola vez.</translation>
    </message>
    <message>
        <source>A second session is recorded and billed: set its time and length.</source>
        <translation>Se registra y factura una segunda sesión: indique su hora y duración.</translation>
    </message>
    <message>
        <source>The note is saved without a session: nothing is billed for it.</source>
        <translation>La nota se guarda sin sesión: no se factura nada por ella.</translation>
    </message>
    <message>
        <source>suggested from length and modality</source>
        <translation>sugerido según la duración y la modalidad</translation>
    </message>
    <message>
        <source>e.g. F41.1, F32.1</source>
        <translation>p. ej. F41.1, F32.1</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="197" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="200" />
        <source>Record the session this note documents (date, length, codes)</source>
        <translation>Registrar la sesión que documenta esta nota (fecha, duración, códigos)</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="225" />
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="227" />
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="231" />
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="234" />
        <source>ICD-10:</source>
        <translation>CIE-10:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="236" />
        <source>CPT:</source>
        <translation>CPT:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="252" />
        <source>Risk screening</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="261" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="262" />
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="263" />
        <source>Access to means</source>
        <translation>Acceso a medios</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="280" />
        <source>Id&amp;eation:</source>
        <translation>Ideación &amp;suicida:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="281" />
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="282" />
        <source>&amp;Protective factors:</source>
        <translation>Factores de &amp;protección:</translation>
    </message>
    <message>
        <location filename="../note_progress_fields.py" line="283" />
        <source>Safety pla&amp;n:</source>
        <translation>Plan de se&amp;guridad:</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>pasiva</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>inminente</translation>
    </message>
    <message>
        <source>CPT code</source>
        <translation>Código CPT</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Códigos CIE-10</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lugar de atención</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Suicidal ideation</source>
        <translation>Ideación suicida</translation>
    </message>
</context>
<context>
    <name>QuickUnlockRow</name>
    <message>
        <location filename="../unlock.py" line="247" />
        <source>Your quick-unlock PIN</source>
        <translation>Su PIN de desbloqueo rápido</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="249" />
        <source>Unlock with PIN</source>
        <translation>Desbloquear con el PIN</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="252" />
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock with &amp;PIN</source>
        <translation>Desbloquear con el &amp;PIN</translation>
    </message>
    <message>
        <source>Use &amp;my passphrase instead</source>
        <translation>Usar mi &amp;frase de contraseña</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Vault recovered</source>
        <translation>Bóveda recuperada</translation>
    </message>
    <message>
        <source>From now on only the new passphrase opens this vault; the old one no longer does. Your Emergency Kit still works: keep it safe, away from this computer.</source>
        <translation>A partir de ahora solo la nueva frase de contraseña abre esta bóveda; la anterior ya no. Su Kit de emergencia sigue sirviendo: guárdelo en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>A device secret is kept in this computer's keyring as a second factor: on another computer, use your Emergency Kit.</source>
        <translation>Se guarda un secreto del dispositivo en el llavero de esta computadora como segundo factor: en otra computadora, use su Kit de emergencia.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, so the vault is protected by your passphrase alone (no device secret). Choose a strong passphrase and keep your Emergency Kit safe.</source>
        <translation>No se encontró un llavero del sistema que se pueda usar, así que la bóveda queda protegida solo por su frase de contraseña (sin secreto del dispositivo). Elija una frase de contraseña robusta y guarde su Kit de emergencia en un lugar seguro.</translation>
    </message>
    <message>
        <source>No device secret is kept: your passphrase alone opens the vault.</source>
        <translation>No se guarda ningún secreto del dispositivo: su frase de contraseña sola abre la bóveda.</translation>
    </message>
    <message>
        <source>Type the recovery key printed on your Emergency Kit (dashes and spaces do not matter), then choose a new passphrase. Your records are not changed.</source>
        <translation>Escriba la clave de recuperación impresa en su Kit de emergencia (los guiones y espacios no importan) y elija una nueva frase de contraseña. Sus registros no cambian.</translation>
    </message>
    <message>
        <source>Recovering your vault…</source>
        <translation>Recuperando su bóveda…</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="272" />
        <source>Recover with Emergency Kit</source>
        <translation>Recuperar con el Kit de emergencia</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="276" />
        <source>the recovery key from your Emergency Kit</source>
        <translation>la clave de recuperación de su Kit de emergencia</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="277" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="278" />
        <source>Type it again</source>
        <translation>Escríbala otra vez</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="280" />
        <source>Keep a device secret in this computer's keyring</source>
        <translation>Guardar un secreto del dispositivo en el llavero de esta computadora</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="289" />
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="290" />
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="292" />
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="295" />
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Use the system keyring</source>
        <translation>Usar el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>{0} failed unlock attempts since the vault was last opened.</source>
        <translation>{0} intentos fallidos de desbloqueo desde la última vez que se abrió la bóveda.</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <source>1 failed unlock attempt since the vault was last opened.</source>
        <translation>1 intento fallido de desbloqueo desde la última vez que se abrió la bóveda.</translation>
    </message>
    <message>
        <source>1 wrong passphrase was typed inside the open vault since it was last opened.</source>
        <translation>Se escribió 1 frase de contraseña incorrecta dentro de la bóveda abierta desde la última vez que se abrió.</translation>
    </message>
    <message>
        <source>{0} wrong passphrases were typed inside the open vault since it was last opened.</source>
        <translation>Se escribieron {0} frases de contraseña incorrectas dentro de la bóveda abierta desde la última vez que se abrió.</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="38" />
        <source>That passphrase is not right. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Esa frase de contraseña no es correcta. Compruebe el bloqueo de mayúsculas y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That passphrase is not right. The passphrase was changed on {0}.</source>
        <translation>Esa frase de contraseña no es correcta. La frase de contraseña se cambió el {0}.</translation>
    </message>
    <message>
        <source>If you do not know the new passphrase, use {0} below: your Emergency Kit opens the vault and lets you choose a new one.</source>
        <translation>Si no conoce la nueva frase de contraseña, use {0}, más abajo: su Kit de emergencia abre la bóveda y le permite elegir una nueva.</translation>
    </message>
    <message>
        <source>If you cannot remember it, use {0} below: your Emergency Kit opens the vault and lets you choose a new one.</source>
        <translation>Si no la recuerda, use {0}, más abajo: su Kit de emergencia abre la bóveda y le permite elegir una nueva.</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="80" />
        <source>Unlock vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="82" />
        <source>Unlock your vault</source>
        <translation>Desbloquee su bóveda</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="87" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="88" />
        <location filename="../unlock.py" line="197" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="99" />
        <source>Recover with &amp;Emergency Kit…</source>
        <translation>Recuperar con el &amp;Kit de emergencia…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="197" />
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../second_instance.py" line="139" />
        <source>That window was asked to come to the front.</source>
        <translation>Se ha pedido a esa ventana que pase al frente.</translation>
    </message>
    <message>
        <location filename="../second_instance.py" line="140" />
        <source>This message clears as soon as the vault is free.</source>
        <translation>Este mensaje desaparece en cuanto la bóveda quede libre.</translation>
    </message>
    <message>
        <location filename="../unlock_wait.py" line="20" />
        <source>Waiting {0} s after {1} wrong attempts (this slows guessing).</source>
        <translation>Esperando {0} s tras {1} intentos fallidos (así se frena a quien intenta adivinarla).</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="310" />
        <source>Still unlocking. The first unlock after an update or a restore also prepares the vault (a verified copy of it as it was, its search index): on a large vault this takes a minute or more. Please wait; nothing is lost.</source>
        <translation>Sigue desbloqueando. El primer desbloqueo después de una actualización o de una restauración también prepara la bóveda (una copia verificada de cómo estaba, su índice de búsqueda): en una bóveda grande tarda un minuto o más. Espere, por favor; no se pierde nada.</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Intentos fallidos</translation>
    </message>
    <message>
        <source>Recover with Emergency Kit</source>
        <translation>Recuperar con el Kit de emergencia</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Still unlocking</source>
        <translation>Aún desbloqueando</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>This vault is older than the one this computer last saw: it may have been replaced by an old copy.</source>
        <translation>Esta bóveda es más antigua que la que esta computadora vio por última vez: puede que se haya sustituido por una copia antigua.</translation>
    </message>
    <message>
        <source>One of this vault&apos;s files is older than the others.</source>
        <translation>Uno de los archivos de esta bóveda es más antiguo que los demás.</translation>
    </message>
    <message>
        <source>The vault did not pass its integrity check: it was changed outside the app.</source>
        <translation>La bóveda no superó su comprobación de integridad: se modificó fuera de la aplicación.</translation>
    </message>
    <message>
        <source>Your Emergency Kit opens the vault without the keyring.</source>
        <translation>Su Kit de emergencia abre la bóveda sin el llavero.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>The keys typed as the vault locked were not taken here, and nothing was tried with them: they were meant for your work. Pause a moment, then type your passphrase or PIN.</source>
        <translation>Las teclas pulsadas mientras se bloqueaba la bóveda no se tomaron aquí y no se intentó nada con ellas: eran para su trabajo. Haga una breve pausa y escriba su frase de contraseña o su PIN.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Free form</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Resumen de alta</translation>
    </message>
    <message>
        <source>Reason for referral / presenting problem</source>
        <translation>Motivo de derivación / motivo de consulta</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Evolución del tratamiento</translation>
    </message>
    <message>
        <source>Progress toward goals</source>
        <translation>Avance hacia los objetivos</translation>
    </message>
    <message>
        <source>Status at discharge</source>
        <translation>Estado al alta</translation>
    </message>
    <message>
        <source>Reason for discharge</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <source>Recommendations and referrals</source>
        <translation>Recomendaciones y derivaciones</translation>
    </message>
    <message>
        <source>Dates of the first and last session, number of sessions, modality, interventions used</source>
        <translation>Fechas de la primera y la última sesión, número de sesiones, modalidad, intervenciones utilizadas</translation>
    </message>
    <message>
        <source>Symptoms and functioning at the last contact; risk of harm to self or others</source>
        <translation>Síntomas y funcionamiento en el último contacto; riesgo de daño a sí mismo o a otros</translation>
    </message>
    <message>
        <source>e.g. goals met, client's choice, moved, referred elsewhere, no contact since</source>
        <translation>p. ej., objetivos cumplidos, decisión del cliente, mudanza, derivación a otro servicio, sin contacto desde entonces</translation>
    </message>
    <message>
        <source>Aftercare, referrals made, medication follow-up, when to return</source>
        <translation>Seguimiento tras el alta, derivaciones hechas, control de la medicación, cuándo volver</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>session (marked paid, not in the account)</source>
        <translation>sesión (marcada pagada, no en la cuenta)</translation>
    </message>
    <message>
        <source>Marked paid under Sessions &amp; notes, but no payment is recorded for it: the account still counts it as owed. Record the payment below.</source>
        <translation>Marcada pagada en «Sesiones y notas», pero no hay ningún pago registrado: la cuenta la sigue contando como adeudada. Registre el pago más abajo.</translation>
    </message>
    <message>
        <source>session (marked paid)</source>
        <translation>sesión (marcada pagada)</translation>
    </message>
    <message>
        <source>Marked paid under Sessions &amp; notes, but no fee is set for it: the account charges nothing for it and records no payment. Set its fee to charge it.</source>
        <translation>Marcada pagada en «Sesiones y notas», pero no tiene honorario fijado: la cuenta no le carga nada ni registra ningún pago. Fije su honorario para cargarla.</translation>
    </message>
    <message>
        <source>No fee is set for {codes}: a superbill listing it is refused (a health plan pays from each service's charge). Set the fee with Fee schedule… (or the session's own) first; a statement can be made as it is.</source>
        <translation>No hay honorario fijado para {codes}: un superbill que lo incluya se rechaza (un plan de salud paga a partir del cargo de cada servicio). Fije antes el honorario con Tarifas… (o el de la propia sesión); un estado de cuenta se puede hacer tal como está.</translation>
    </message>
    <message>
        <source>What the superbill needs</source>
        <translation>Lo que necesita el superbill</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>identificación fiscal</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Not set for a superbill: {fields}. A health plan cannot pay from one without them: set them in Vault &gt; Settings… &gt; About you and the practice. A statement can be made without them.</source>
        <translation>Sin configurar para un superbill: {fields}. Un plan de salud no puede pagar a partir de uno sin ellos: configúrelos en Bóveda &gt; Ajustes… &gt; Usted y su consulta. Un estado de cuenta se puede hacer sin ellos.</translation>
    </message>
    <message>
        <source>&amp;Charges and payments:</source>
        <translation>Cargos &amp;y pagos:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mé&amp;todo:</translation>
    </message>
    <message>
        <source>f&amp;rom</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>check</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>HSA</source>
        <translation>HSA</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Account · chart {number}</source>
        <translation>Cuenta · expediente {number}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>CPT</source>
        <translation>CPT</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Charges and payments</source>
        <translation>Cargos y pagos</translation>
    </message>
    <message>
        <source>Set the selected sessio&amp;n's fee…</source>
        <translation>&amp;Fijar los honorarios de la sesión seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Fee schedule…</source>
        <translation>T&amp;arifas…</translation>
    </message>
    <message>
        <source>The practice's fees by CPT code and the missed-appointment fee policy</source>
        <translation>Los honorarios de la consulta por código CPT y la política de cobro por citas perdidas</translation>
    </message>
    <message>
        <source>Delete the selected pa&amp;yment…</source>
        <translation>&amp;Borrar el pago seleccionado…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Mensaje de la cuenta</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej., {amount}</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>e.g. check 1042 (never a card number)</source>
        <translation>p. ej., cheque 1042 (nunca un número de tarjeta)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Registrar el pago</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Refere&amp;ncia:</translation>
    </message>
    <message>
        <source>Superbill or statement (PDF, logged as a disclosure to the client)</source>
        <translation>Superbill o estado de cuenta (PDF, registrado como divulgación al cliente)</translation>
    </message>
    <message>
        <source>Superbill</source>
        <translation>Superbill</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>How a superbill is written</source>
        <translation>Cómo se escribe un superbill</translation>
    </message>
    <message>
        <source>A superbill is for the client&apos;s US health plan: its dates are written as the US writes them (month/day/year: {day}), and its amounts too ({amount}), whatever Dates and money says.</source>
        <translation>Un superbill es para el seguro médico estadounidense del cliente: sus fechas se escriben como en EE. UU. (mes/día/año: {day}) y sus importes también ({amount}), diga lo que diga Fechas e importes.</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>at least 8 characters; tell it to the addressee separately</source>
        <translation>al menos 8 caracteres; comuníquela al destinatario por separado</translation>
    </message>
    <message>
        <source>Ma&amp;ke the PDF</source>
        <translation>Crear el &amp;PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vicios:</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>De&amp;stinatario:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>G&amp;uardar como:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Sessions on the same day</source>
        <translation>Sesiones el mismo día</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>no-show fee</source>
        <translation>cargo por inasistencia</translation>
    </message>
    <message>
        <source>late-cancel fee</source>
        <translation>cargo por cancelación tardía</translation>
    </message>
    <message>
        <source>add-on code</source>
        <translation>código adicional</translation>
    </message>
    <message>
        <source>no fee set</source>
        <translation>sin honorario fijado</translation>
    </message>
    <message>
        <source>Codes with no fee</source>
        <translation>Códigos sin honorario</translation>
    </message>
    <message>
        <source>No fee is set for code {codes}: it adds nothing to the charges until its fee is set (Fee schedule…).</source>
        <translation>El código {codes} no tiene honorario fijado: no suma nada a los cargos hasta que se fije (Tarifas…).</translation>
    </message>
    <message>
        <source>No fee is set for codes {codes}: they add nothing to the charges until their fees are set (Fee schedule…).</source>
        <translation>Los códigos {codes} no tienen honorario fijado: no suman nada a los cargos hasta que se fijen (Tarifas…).</translation>
    </message>
    <message>
        <source>payment ({method})</source>
        <translation>pago ({method})</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>Credit: {amount}</source>
        <translation>Saldo a favor: {amount}</translation>
    </message>
    <message>
        <source>More than one session on {days}: each is a charge and a line on the superbill. If one was recorded twice, correct it under Sessions &amp; notes (Correct session details…).</source>
        <translation>Más de una sesión el {days}: cada una es un cargo y una línea del superbill. Si una se registró dos veces, corríjala en la pestaña «Sesiones y notas» («Corregir datos de la sesión…»).</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>Tutor: {name}</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Elija primero una sesión de la lista.</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Honorarios de la sesión</translation>
    </message>
    <message>
        <source>Fee for this session (e.g. {amount}):</source>
        <translation>Honorarios de esta sesión (p. ej., {amount}):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Session fee set to {fee}.</source>
        <translation>Honorarios de la sesión fijados en {fee}.</translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation>Elija primero un pago de la lista.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Payment deleted.</source>
        <translation>Pago eliminado.</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Eliminar el pago</translation>
    </message>
    <message>
        <source>Delete this payment, entered by mistake?</source>
        <translation>¿Eliminar este pago, registrado por error?</translation>
    </message>
    <message>
        <source>Delete the payment</source>
        <translation>Eliminar el pago</translation>
    </message>
    <message>
        <source>Payment of {amount} recorded.</source>
        <translation>Pago de {amount} registrado.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give the file to save the PDF as (Save as), or press Choose….</source>
        <translation>Indique el archivo en el que guardar el PDF (Guardar como) o pulse Elegir….</translation>
    </message>
    <message>
        <source>This PDF would list {count} sessions on {day}. If that day was one visit, correct the session first; if there were two visits, press Make the PDF again.</source>
        <translation>Este PDF incluiría {count} sesiones el {day}. Si ese día hubo una sola visita, corrija primero la sesión; si hubo dos visitas, pulse de nuevo Crear el PDF.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <source>{file} written (%n line), logged as disclosure {id}. Give the client the password separately.</source>
        <translation>{file} guardado (%n línea), registrado como divulgación {id}. Comunique la contraseña al cliente por separado.</translation>
    </message>
    <message>
        <source>{file} written (%n lines), logged as disclosure {id}. Give the client the password separately.</source>
        <translation>{file} guardado (%n líneas), registrado como divulgación {id}. Comunique la contraseña al cliente por separado.</translation>
    </message>
    <message>
        <source>{file} written (%n line), logged as disclosure {id}. Give the guardian it is addressed to the password separately.</source>
        <translation>{file} guardado (%n línea), registrado como divulgación {id}. Comunique la contraseña por separado al tutor al que va dirigido.</translation>
    </message>
    <message>
        <source>{file} written (%n lines), logged as disclosure {id}. Give the guardian it is addressed to the password separately.</source>
        <translation>{file} guardado (%n líneas), registrado como divulgación {id}. Comunique la contraseña por separado al tutor al que va dirigido.</translation>
    </message>
    <message>
        <source>{file} written (the balances: no session or fee in these dates), logged as disclosure {id}. Give the client the password separately.</source>
        <translation>{file} guardado (los saldos: ninguna sesión ni cargo en estas fechas), registrado como divulgación {id}. Comunique la contraseña al cliente por separado.</translation>
    </message>
    <message>
        <source>{file} written (the balances: no session or fee in these dates), logged as disclosure {id}. Give the guardian it is addressed to the password separately.</source>
        <translation>{file} guardado (los saldos: ninguna sesión ni cargo en estas fechas), registrado como divulgación {id}. Comunique la contraseña por separado al tutor al que va dirigido.</translation>
    </message>
    <message>
        <source>Not made: a superbill for these services was already issued.</source>
        <translation>No se ha creado: ya se emitió un superbill por estos servicios.</translation>
    </message>
    <message>
        <source>{id}, issued {issued}: the sessions of {days}</source>
        <translation>{id}, emitido el {issued}: las sesiones del {days}</translation>
    </message>
    <message>
        <source>Superbill already issued</source>
        <translation>Superbill ya emitido</translation>
    </message>
    <message>
        <source>A superbill for these services was already issued on {issued} ({ids}). Issue another?</source>
        <translation>Ya se emitió un superbill por estos servicios el {issued} ({ids}). ¿Emitir otro?</translation>
    </message>
    <message>
        <source>Issue another</source>
        <translation>Emitir otro</translation>
    </message>
    <message>
        <source>Both sent to a health plan claim those sessions twice. Issue another only to replace it (a lost copy, a corrected fee): the new superbill says which one it replaces.</source>
        <translation>Si ambos llegan a un plan de salud, reclaman esas sesiones dos veces. Emita otro solo para reemplazarlo (una copia perdida, una tarifa corregida): el nuevo superbill indica a cuál reemplaza.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>inasistencia</translation>
    </message>
    <message>
        <source>late cancel</source>
        <translation>cancelación tardía</translation>
    </message>
    <message>
        <source>cancelled by the client</source>
        <translation>cancelada por el cliente</translation>
    </message>
    <message>
        <source>cancelled by the therapist</source>
        <translation>cancelada por el terapeuta</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>note signed</source>
        <translation>nota firmada</translation>
    </message>
    <message>
        <source>note unsigned</source>
        <translation>nota sin firmar</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>telehealth</source>
        <translation>telesalud</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Key N: book an appointment</source>
        <translation>Tecla N: reservar una cita</translation>
    </message>
    <message>
        <source>Key S: no-show, late cancel, cancelled, or back to scheduled</source>
        <translation>Tecla S: no asistió, cancelación tardía, cancelada o volver a programada</translation>
    </message>
    <message>
        <source>Key M: another day or time</source>
        <translation>Tecla M: otro día u hora</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nueva cita…</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Key A: the client came: record the session and open its note, prefilled</source>
        <translation>Tecla A: el cliente asistió: registrar la sesión y abrir su nota, ya rellenada</translation>
    </message>
    <message>
        <source>Other status…</source>
        <translation>Otro estado…</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>Volver a programada</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Cuenta…</translation>
    </message>
    <message>
        <source>Key B: the client's fees, payments and balance; superbill or statement</source>
        <translation>Tecla B: honorarios, pagos y saldo del cliente; superbill o estado de cuenta</translation>
    </message>
    <message>
        <source>Fees…</source>
        <translation>Tarifas…</translation>
    </message>
    <message>
        <source>Key F: the fee schedule by CPT code and the missed-appointment fee policy</source>
        <translation>Tecla F: las tarifas por código CPT y la política de cobro por citas perdidas</translation>
    </message>
    <message>
        <source>Nothing scheduled on these days. Press N to add an appointment.</source>
        <translation>No hay nada programado en estos días. Pulse N para añadir una cita.</translation>
    </message>
    <message>
        <source>Agenda message</source>
        <translation>Mensaje de la agenda</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>expediente {number}</translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>Moved to {day} at {time}.</source>
        <translation>Movida al {day} a las {time}.</translation>
    </message>
    <message>
        <source>Booked for {day} at {time}.</source>
        <translation>Programada para el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Booked {count} appointments, the first on {day} at {time}.</source>
        <translation>{count} citas programadas; la primera, el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Choose an appointment to {action} (arrow keys, then the key or button).</source>
        <translation>Elija la cita que quiere {action} (con las flechas y después la tecla o el botón).</translation>
    </message>
    <message>
        <source>mark attended</source>
        <translation>marcar como atendida</translation>
    </message>
    <message>
        <source>Recording the session…</source>
        <translation>Registrando la sesión…</translation>
    </message>
    <message>
        <source>Session recorded; its note is open.</source>
        <translation>Sesión registrada; su nota está abierta.</translation>
    </message>
    <message>
        <source>This visit was on record already (its note came first): the appointment is linked to that session, billed once. Its note is open.</source>
        <translation>Esta visita ya estaba registrada (su nota se escribió antes): la cita queda vinculada a esa sesión, que se factura una sola vez. Su nota está abierta.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambiar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Fee under your policy: {fee}.</source>
        <translation>Cargo según su política: {fee}.</translation>
    </message>
    <message>
        <source>Recorded as {status}; no clinical note is made.</source>
        <translation>Registrada como {status}; no se crea ninguna nota clínica.</translation>
    </message>
    <message>
        <source>Recorded as {status}.</source>
        <translation>Registrada como {status}.</translation>
    </message>
    <message>
        <source>Choose an appointment first: its client's account opens.</source>
        <translation>Elija primero una cita: se abre la cuenta de su cliente.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>The length must be from {low} to {high} minutes: type it again.</source>
        <translation>La duración debe ser de {low} a {high} minutos: escríbala de nuevo.</translation>
    </message>
    <message>
        <source>A series must have from {low} to {high} appointments: type the number again.</source>
        <translation>Una serie debe tener de {low} a {high} citas: escriba de nuevo el número.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>In person (office)</source>
        <translation>Presencial (consulta)</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Mover la cita</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source> appointments</source>
        <translation> citas</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Número de citas</translation>
    </message>
    <message>
        <source>Clie&amp;nt:</source>
        <translation>Clien&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>S&amp;etting:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>D&amp;urante:</translation>
    </message>
    <message>
        <source>Add a client first (Clients &gt; New client).</source>
        <translation>Añada primero un cliente (Clientes &gt; Nuevo cliente).</translation>
    </message>
    <message>
        <source>The client chosen before is no longer an active client: choose the client again.</source>
        <translation>El cliente elegido antes ya no es un cliente activo: elija de nuevo el cliente.</translation>
    </message>
    <message>
        <source>The start time is not complete: type it again or use the arrow keys.</source>
        <translation>La hora de inicio está incompleta: escríbala de nuevo o use las flechas.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Moviendo…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <source>{day} is in the past: book it anyway?</source>
        <translation>{day} ya pasó: ¿agendar la cita de todos modos?</translation>
    </message>
    <message>
        <source>A past appointment is most often a date typed in another order.</source>
        <translation>Una cita en el pasado casi siempre es una fecha escrita en otro orden.</translation>
    </message>
    <message>
        <source>Book it anyway</source>
        <translation>Agendar de todos modos</translation>
    </message>
    <message>
        <source>Enter or Escape goes back to the form.</source>
        <translation>Intro o Esc vuelve al formulario.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Requests due</source>
        <translation>Solicitudes por vencer</translation>
    </message>
    <message>
        <source>Authorizations expiring</source>
        <translation>Autorizaciones por vencer</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Eligible for destruction</source>
        <translation>Aptos para destrucción</translation>
    </message>
    <message>
        <source>Last verified backup</source>
        <translation>Última copia de seguridad comprobada</translation>
    </message>
    <message>
        <source>Audit ledger</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Compliance records past their date</source>
        <translation>Registros de cumplimiento con el plazo vencido</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Solicitud de acceso</translation>
    </message>
    <message>
        <source>Amendment request</source>
        <translation>Solicitud de enmienda</translation>
    </message>
    <message>
        <source>Accounting request</source>
        <translation>Solicitud de registro de divulgaciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Verify the whole ledger now</source>
        <translation>Verificar ahora todo el registro</translation>
    </message>
    <message>
        <source>Verify the whole ledger</source>
        <translation>Verificar todo el registro</translation>
    </message>
    <message>
        <source>Everything owed, oldest first; open a section:</source>
        <translation>Todo lo pendiente, lo más antiguo primero; abra una sección:</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>{section}: {count}</source>
        <translation>{section}: {count}</translation>
    </message>
    <message>
        <source>Click the worklist link below to see them all</source>
        <translation>Haga clic en el enlace a Pendientes de abajo para verlos todos</translation>
    </message>
    <message>
        <source>All {count} in the worklist</source>
        <translation>Los {count} en Pendientes</translation>
    </message>
    <message>
        <source>None past the set number of days; open one:</source>
        <translation>Ninguna supera el número de días fijado; abra una:</translation>
    </message>
    <message>
        <source>{request}, chart {chart}: due {due} ({rule})</source>
        <translation>{request}, expediente {chart}: vence el {due} ({rule})</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (VENCIDA)</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} vencidas</translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <translation>{n} por vencer</translation>
    </message>
    <message>
        <source>None due soon</source>
        <translation>Ninguna vence pronto</translation>
    </message>
    <message>
        <source>No request is due in the next 7 days.</source>
        <translation>Ninguna solicitud vence en los próximos 7 días.</translation>
    </message>
    <message>
        <source>chart {chart}: expires {day}</source>
        <translation>expediente {chart}: vence el {day}</translation>
    </message>
    <message>
        <source>None expires in the next 30 days.</source>
        <translation>Ninguna vence en los próximos 30 días.</translation>
    </message>
    <message>
        <source>{late} of them unsigned past the set number of days; open one:</source>
        <translation>{late} de ellas sin firmar pasado el número de días fijado; abra una:</translation>
    </message>
    <message>
        <source>Every progress note is signed.</source>
        <translation>Todas las notas de evolución están firmadas.</translation>
    </message>
    <message>
        <source>chart {chart}: {day}</source>
        <translation>expediente {chart}: {day}</translation>
    </message>
    <message>
        <source>Charts past their retention period (Records &gt; Charts eligible…).</source>
        <translation>Expedientes con el plazo de conservación cumplido (Registros &gt; Expedientes que pueden destruirse…).</translation>
    </message>
    <message>
        <source>No chart has reached the end of its retention period.</source>
        <translation>Ningún expediente ha llegado al final de su plazo de conservación.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Make a backup now: Vault &gt; Backups (Ctrl+Shift+B).</source>
        <translation>Haga ahora una copia de seguridad: Bóveda &gt; Copias de seguridad (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <source>Checked snapshot: {name}, in {folder}</source>
        <translation>Instantánea comprobada: {name}, en {folder}</translation>
    </message>
    <message>
        <source>Checked single-file backup: {name}, in {folder}</source>
        <translation>Copia de un solo archivo comprobada: {name}, en {folder}</translation>
    </message>
    <message>
        <source>chart {chart}: {what}, kept until {day}</source>
        <translation>expediente {chart}: {what}, conservado hasta el {day}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>Review and destroy them (Records &gt; Destructions and certificates)</source>
        <translation>Revisarlos y destruirlos (Registros &gt; Destrucciones y certificados)</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <source>Verified on unlock from the last checkpoint: intact.</source>
        <translation>Verificado al desbloquear desde el último punto de control: intacto.</translation>
    </message>
    <message>
        <source>Verifying every ledger entry…</source>
        <translation>Verificando cada entrada del registro…</translation>
    </message>
    <message>
        <source>Fully verified just now: intact.</source>
        <translation>Verificado por completo ahora mismo: intacto.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema encontrado</translation>
    </message>
    <message>
        <source>It is in {folder}, which is not reachable now: connect its drive, or make a new backup (Vault &gt; Backups).</source>
        <translation>Está en {folder}, que ahora no está accesible: conecte su unidad o haga una copia nueva (Bóveda &gt; Copias de seguridad).</translation>
    </message>
    <message>
        <source>The newest reachable one: {when}.</source>
        <translation>La más reciente accesible: {when}.</translation>
    </message>
    <message>
        <source>The newest verified backup was {what} Make a new backup (Vault &gt; Backups).</source>
        <translation>La copia de seguridad verificada más reciente fue {what} Haga una copia nueva (Bóveda &gt; Copias de seguridad).</translation>
    </message>
    <message>
        <source>Its file is no longer in {folder}, which is reachable: deleted or moved. Make a new backup (Vault &gt; Backups).</source>
        <translation>Su archivo ya no está en {folder}, que sí está accesible: se borró o se movió. Haga una copia nueva (Bóveda &gt; Copias de seguridad).</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>%n day left</source>
        <translation>queda %n día</translation>
    </message>
    <message>
        <source>%n days left</source>
        <translation>quedan %n días</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation>hace %n día</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>hace %n días</translation>
    </message>
    <message>
        <source>{kind} note to sign</source>
        <translation>nota {kind} por firmar</translation>
    </message>
    <message>
        <source>session without a progress note</source>
        <translation>sesión sin nota de evolución</translation>
    </message>
    <message>
        <source>{count} sessions on one day: a note and time for each, or correct a duplicate</source>
        <translation>{count} sesiones el mismo día: una nota y una hora para cada una, o corrija la duplicada</translation>
    </message>
    <message>
        <source>record attended, no-show or cancellation</source>
        <translation>registrar asistencia, inasistencia o cancelación</translation>
    </message>
    <message>
        <source>authorization expires</source>
        <translation>la autorización vence</translation>
    </message>
    <message>
        <source>{measure} due again</source>
        <translation>volver a aplicar {measure}</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>expediente {number}</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Sessions without a note</source>
        <translation>Sesiones sin nota</translation>
    </message>
    <message>
        <source>Days with two sessions to bill</source>
        <translation>Días con dos sesiones que facturar</translation>
    </message>
    <message>
        <source>Appointments to record</source>
        <translation>Citas por registrar</translation>
    </message>
    <message>
        <source>Requests due</source>
        <translation>Solicitudes por vencer</translation>
    </message>
    <message>
        <source>Authorizations expiring</source>
        <translation>Autorizaciones por vencer</translation>
    </message>
    <message>
        <source>Measures due</source>
        <translation>Escalas pendientes</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>solicitud de acceso</translation>
    </message>
    <message>
        <source>amendment request</source>
        <translation>solicitud de enmienda</translation>
    </message>
    <message>
        <source>accounting request</source>
        <translation>solicitud de registro de divulgaciones</translation>
    </message>
    <message>
        <source>%n day overdue</source>
        <translation>%n día de retraso</translation>
    </message>
    <message>
        <source>%n days overdue</source>
        <translation>%n días de retraso</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>What is owed, oldest first. Enter opens the note, session, request, authorization or the chart's measures.</source>
        <translation>Lo pendiente, lo más antiguo primero. Intro abre la nota, la sesión, la solicitud, la autorización o las escalas del expediente.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ChartBinding</name>
    <message>
        <source>{name}  ·  chart {number}</source>
        <translation>{name}  ·  expediente {number}</translation>
    </message>
    <message>
        <source>Client and chart</source>
        <translation>Cliente y expediente</translation>
    </message>
</context>
<context>
    <name>ClientWords</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>discharged</source>
        <translation>dado de alta</translation>
    </message>
    <message>
        <source>couple case</source>
        <translation>caso de pareja</translation>
    </message>
    <message>
        <source>family case</source>
        <translation>caso familiar</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dados de alta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search name or chart number</source>
        <translation>Buscar nombre o n.º de expediente</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Show clients</source>
        <translation>Mostrar clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show more clients</source>
        <translation>Mostrar más clientes</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menor de edad</translation>
    </message>
    <message>
        <source>substance-use (Part 2) records</source>
        <translation>registros de consumo de sustancias (Parte 2)</translation>
    </message>
    <message>
        <source>No clients match.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>No active clients. Add one with New client (Ctrl+Shift+C).</source>
        <translation>No hay clientes activos. Añada uno con «Nuevo cliente» (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>No inactive clients.</source>
        <translation>No hay clientes inactivos.</translation>
    </message>
    <message>
        <source>No discharged clients.</source>
        <translation>No hay clientes dados de alta.</translation>
    </message>
    <message>
        <source>No clients yet. Add one with New client (Ctrl+Shift+C).</source>
        <translation>Aún no hay clientes. Añada uno con «Nuevo cliente» (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>{shown} of {total} charts</source>
        <translation>{shown} de {total} expedientes</translation>
    </message>
    <message>
        <source>First {shown} charts</source>
        <translation>Primeros {shown} expedientes</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation>{n} clientes</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>1 couple or family case</source>
        <translation>1 caso de pareja o familia</translation>
    </message>
    <message>
        <source>{n} couple or family cases</source>
        <translation>{n} casos de pareja o familia</translation>
    </message>
    <message>
        <source>{clients}, {cases}</source>
        <translation>{clients}, {cases}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Sessions &amp;&amp; notes</source>
        <translation>Sesiones y notas</translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation>Psicoterapia</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Chart heading</source>
        <translation>Encabezado del expediente</translation>
    </message>
    <message>
        <source>Export or disclose…</source>
        <translation>Exportar o divulgar…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <source>Part 2 records</source>
        <translation>registros de la Parte 2</translation>
    </message>
    <message>
        <source>Export or disclose</source>
        <translation>Exportar o divulgar</translation>
    </message>
</context>
<context>
    <name>FeesDialog</name>
    <message>
        <source>Psychiatric diagnostic evaluation</source>
        <translation>Evaluación diagnóstica psiquiátrica</translation>
    </message>
    <message>
        <source>Psychotherapy, 30 minutes (16-37)</source>
        <translation>Psicoterapia, 30 minutos (16-37)</translation>
    </message>
    <message>
        <source>Psychotherapy, 45 minutes (38-52)</source>
        <translation>Psicoterapia, 45 minutos (38-52)</translation>
    </message>
    <message>
        <source>Psychotherapy, 60 minutes (53 or more)</source>
        <translation>Psicoterapia, 60 minutos (53 o más)</translation>
    </message>
    <message>
        <source>Psychotherapy for crisis, first 60 minutes (30-74)</source>
        <translation>Psicoterapia de crisis, primeros 60 minutos (30-74)</translation>
    </message>
    <message>
        <source>Psychotherapy for crisis, each additional 30 minutes (add-on)</source>
        <translation>Psicoterapia de crisis, cada 30 minutos más (código complementario)</translation>
    </message>
    <message>
        <source>Family psychotherapy without the patient, 50 minutes</source>
        <translation>Psicoterapia familiar sin el paciente, 50 minutos</translation>
    </message>
    <message>
        <source>Family / couple psychotherapy with the patient, 50 minutes</source>
        <translation>Psicoterapia familiar o de pareja con el paciente, 50 minutos</translation>
    </message>
    <message>
        <source>Group psychotherapy</source>
        <translation>Psicoterapia de grupo</translation>
    </message>
    <message>
        <source>Interactive complexity (add-on)</source>
        <translation>Complejidad interactiva (código complementario)</translation>
    </message>
    <message>
        <source>Prolonged service, first hour beyond the usual time (add-on)</source>
        <translation>Servicio prolongado, primera hora adicional (código complementario)</translation>
    </message>
    <message>
        <source>Prolonged office visit, each additional 15 minutes (add-on)</source>
        <translation>Consulta prolongada, cada 15 minutos más (código complementario)</translation>
    </message>
    <message>
        <source>Fees and missed-appointment policy</source>
        <translation>Honorarios y política de citas perdidas</translation>
    </message>
    <message>
        <source>Fee schedule (the fee of a session, by its CPT code)</source>
        <translation>Tarifas (los honorarios de una sesión, según su código CPT)</translation>
    </message>
    <message>
        <source>CPT</source>
        <translation>CPT</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorarios</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>CPT code</source>
        <translation>Código CPT</translation>
    </message>
    <message>
        <source>e.g. 90837</source>
        <translation>p. ej., 90837</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej., {amount}</translation>
    </message>
    <message>
        <source>Set fee</source>
        <translation>Fijar tarifa</translation>
    </message>
    <message>
        <source>Remove the selected fee</source>
        <translation>Quitar la tarifa seleccionada</translation>
    </message>
    <message>
        <source>CPT:</source>
        <translation>CPT:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Honorarios:</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>Citas perdidas</translation>
    </message>
    <message>
        <source>No-show fee</source>
        <translation>Cargo por inasistencia</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>sin cargo</translation>
    </message>
    <message>
        <source>Late cancellation fee</source>
        <translation>Cargo por cancelación tardía</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Guardar la política</translation>
    </message>
    <message>
        <source>Charged on the client's account when you record a no-show or a late cancellation. Empty: no fee. {zero}: recorded, nothing charged. A cancellation in time, or by you, is never charged.</source>
        <translation>Se carga en la cuenta del cliente cuando usted registra una inasistencia o una cancelación tardía. Vacío: sin cargo. {zero}: se registra sin cobrar nada. Una cancelación a tiempo, o hecha por usted, nunca se cobra.</translation>
    </message>
    <message>
        <source>No-show fee:</source>
        <translation>Cargo por inasistencia:</translation>
    </message>
    <message>
        <source>Late cancellation fee:</source>
        <translation>Cargo por cancelación tardía:</translation>
    </message>
    <message>
        <source>Fees message</source>
        <translation>Mensaje de tarifas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No fees yet: choose a CPT code, type its fee, Set fee.</source>
        <translation>Aún no hay tarifas: elija un código CPT, escriba sus honorarios y pulse «Fijar tarifa».</translation>
    </message>
    <message>
        <source>Saving the fee…</source>
        <translation>Guardando la tarifa…</translation>
    </message>
    <message>
        <source>{code}: {fee} from now on. Sessions already attended keep the fee they had; those that had none take this one.</source>
        <translation>{code}: {fee} a partir de ahora. Las sesiones ya realizadas conservan los honorarios que tenían; las que no tenían ninguno toman este.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Choose a fee in the list first (arrow keys).</source>
        <translation>Elija primero una tarifa en la lista (teclas de flecha).</translation>
    </message>
    <message>
        <source>Removing the fee…</source>
        <translation>Quitando la tarifa…</translation>
    </message>
    <message>
        <source>{code} has no fee in the schedule now.</source>
        <translation>{code} ya no tiene tarifa.</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>Guardando la política…</translation>
    </message>
    <message>
        <source>Policy saved: no-show {no_show}, late cancellation {late}.</source>
        <translation>Política guardada: inasistencia {no_show}, cancelación tardía {late}.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>authority ended on {day}: the client turned {age}; may no longer sign</source>
        <translation>autoridad terminada el {day}: el cliente cumplió {age}; ya no puede firmar</translation>
    </message>
    <message>
        <source>authority until {day}; may no longer sign</source>
        <translation>autoridad hasta el {day}; ya no puede firmar</translation>
    </message>
    <message>
        <source>authority from {day}; may not sign yet</source>
        <translation>autoridad desde el {day}; aún no puede firmar</translation>
    </message>
    <message>
        <source>not treated as representative since {day} ({citation}); may not sign</source>
        <translation>no se le trata como representante desde el {day} ({citation}); no puede firmar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Consent and guardians</source>
        <translation>Consentimiento y tutores</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Guardians…</source>
        <translation>Tutores…</translation>
    </message>
    <message>
        <source>Edit guardians and representatives</source>
        <translation>Editar tutores y representantes</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Editar plan…</translation>
    </message>
    <message>
        <source>Edit treatment plan</source>
        <translation>Editar el plan de tratamiento</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Edit client details</source>
        <translation>Editar los datos del cliente</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Guardians and representatives</source>
        <translation>Tutores y representantes</translation>
    </message>
    <message>
        <source>(goes by {name})</source>
        <translation>(se hace llamar {name})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>{status} on {day}</source>
        <translation>{status} el {day}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>May contact by: {ways}</source>
        <translation>Se le puede contactar por: {ways}</translation>
    </message>
    <message>
        <source>limits discussed {discussed}, signed {signed}</source>
        <translation>límites de la confidencialidad comentados el {discussed}, firmado el {signed}</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>aún no completo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>aún no hay plan</translation>
    </message>
    <message>
        <source>started {day}</source>
        <translation>iniciado el {day}</translation>
    </message>
    <message>
        <source>review by {day}</source>
        <translation>revisar antes del {day}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Couple or family case</source>
        <translation>Caso de pareja o familia</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>{kind}; open a member's chart:</source>
        <translation>{kind}; abra el expediente de un miembro:</translation>
    </message>
    <message>
        <source>Open the chart of {member}</source>
        <translation>Abrir el expediente de {member}</translation>
    </message>
    <message>
        <source>Couple and family cases</source>
        <translation>Casos de pareja y familia</translation>
    </message>
    <message>
        <source>open a case's chart:</source>
        <translation>abra el expediente de un caso:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>part paid</source>
        <translation>pagada en parte</translation>
    </message>
    <message>
        <source>marked paid, not in the account</source>
        <translation>marcada pagada, no en la cuenta</translation>
    </message>
    <message>
        <source>Recorded payments cover this session (Clients &gt; Account).</source>
        <translation>Los pagos registrados cubren esta sesión (Clientes &gt; Cuenta).</translation>
    </message>
    <message>
        <source>Recorded payments cover part of this session; the rest is owed (Clients &gt; Account).</source>
        <translation>Los pagos registrados cubren parte de esta sesión; el resto se adeuda (Clientes &gt; Cuenta).</translation>
    </message>
    <message>
        <source>Marked paid, but no payment is recorded for it: the account still counts it as owed. Record the payment in Clients &gt; Account.</source>
        <translation>Marcada pagada, pero no hay ningún pago registrado: la cuenta la sigue contando como adeudada. Registre el pago en Clientes &gt; Cuenta.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>CPT</source>
        <translation>CPT</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>CIE-10</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nueva nota de evolución</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No progress notes in this chart yet.</source>
        <translation>Este expediente aún no tiene notas de evolución.</translation>
    </message>
    <message>
        <source>Choose a note in the list first, then Open.</source>
        <translation>Elija primero una nota de la lista y después pulse «Abrir».</translation>
    </message>
    <message>
        <source>Correct session details…</source>
        <translation>Corregir datos de la sesión…</translation>
    </message>
    <message>
        <source>Change the date, times, codes or billing status of the selected session</source>
        <translation>Cambiar la fecha, las horas, los códigos o el estado de facturación de la sesión elegida</translation>
    </message>
    <message>
        <source>No sessions recorded in this chart yet.</source>
        <translation>Este expediente aún no tiene sesiones registradas.</translation>
    </message>
    <message>
        <source>Choose a session in the list first, then Correct session details…</source>
        <translation>Elija primero una sesión de la lista y después pulse «Corregir datos de la sesión…».</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>unsigned, overdue</source>
        <translation>sin firmar, fuera de plazo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Progress notes ({count})</source>
        <translation>Notas de evolución ({count})</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{count} sessions on this day: each is billed. If one was recorded twice, correct it (Correct session details…).</source>
        <translation>{count} sesiones este día: se factura cada una. Si una se registró dos veces, corríjala («Corregir datos de la sesión…»).</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Datos de la sesión</translation>
    </message>
    <message>
        <source>{template}, {status}</source>
        <translation>{template}, {status}</translation>
    </message>
    <message>
        <source>Held in confidence for…</source>
        <translation>Reservada en confidencia para…</translation>
    </message>
    <message>
        <source>Keep the selected note out of any release of the joint record: a member told it under the confidentiality agreement</source>
        <translation>Dejar la nota seleccionada fuera de toda divulgación del expediente conjunto: un miembro la contó bajo el acuerdo de confidencialidad</translation>
    </message>
    <message>
        <source>Choose a note in the list first, then Held in confidence for…</source>
        <translation>Elija primero una nota de la lista y luego Reservada en confidencia para…</translation>
    </message>
    <message>
        <source>{status}, held in confidence</source>
        <translation>{status}, reservada en confidencia</translation>
    </message>
    <message>
        <source>Held in confidence</source>
        <translation>Reservada en confidencia</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Unencrypted copy saved: {0}</source>
        <translation>Copia sin cifrar guardada: {0}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachment kind</source>
        <translation>Tipo de adjunto</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Adjuntar un escaneo…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG scans are stored encrypted inside the chart.</source>
        <translation>Los escaneos en PDF, PNG o JPEG se guardan cifrados dentro del expediente.</translation>
    </message>
    <message>
        <source>{0} KiB</source>
        <translation>{0} KiB</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Adjuntar un escaneo</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <source>No documents attached to this chart yet.</source>
        <translation>Este expediente aún no tiene documentos adjuntos.</translation>
    </message>
    <message>
        <source>Choose a document in the list first, then Save a copy…</source>
        <translation>Elija primero un documento de la lista y después pulse «Guardar una copia…».</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>The copy is saved outside the vault, unencrypted, and the copy is recorded in the chart's history.

If it is given to anyone outside your practice, record that as a disclosure (Disclosures tab → Record a disclosure made outside the app).</source>
        <translation>La copia se guarda fuera de la bóveda, sin cifrar, y queda anotada en el historial del expediente.

Si se entrega a alguien ajeno a su consulta, regístrelo como divulgación (pestaña «Divulgaciones» → «Registrar una divulgación hecha fuera de la aplicación…»).</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Show the document here, without saving it anywhere</source>
        <translation>Mostrar el documento aquí, sin guardarlo en ningún sitio</translation>
    </message>
    <message>
        <source>Rename or date…</source>
        <translation>Renombrar o fechar…</translation>
    </message>
    <message>
        <source>Change the document's title or its own date (the earlier ones are kept)</source>
        <translation>Cambiar el título del documento o su propia fecha (se conservan los anteriores)</translation>
    </message>
    <message>
        <source>Choose a document in the list first, then View.</source>
        <translation>Elija primero un documento de la lista y después pulse «Ver».</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Choose a document in the list first, then Rename or date…</source>
        <translation>Elija primero un documento de la lista y después pulse «Renombrar o fechar…».</translation>
    </message>
    <message>
        <source>Rename or date a document</source>
        <translation>Renombrar o fechar un documento</translation>
    </message>
    <message>
        <source>Document title and date saved.</source>
        <translation>Título y fecha del documento guardados.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Chart history</source>
        <translation>Historial del expediente</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Mostrar entradas anteriores</translation>
    </message>
    <message>
        <source>Every action on this chart is kept in the tamper-evident ledger.</source>
        <translation>Cada acción sobre este expediente queda en el registro de la bóveda, que delata cualquier manipulación.</translation>
    </message>
</context>
<context>
    <name>AuthorizationsTab</name>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>valid; today is its last day</source>
        <translation>vigente; hoy es su último día</translation>
    </message>
    <message>
        <source>valid; its last day is tomorrow</source>
        <translation>vigente; su último día es mañana</translation>
    </message>
    <message>
        <source>valid; expires in {n} days (last day {day})</source>
        <translation>vigente; vence en {n} días (último día {day})</translation>
    </message>
    <message>
        <source>revoked {0}</source>
        <translation>revocada el {0}</translation>
    </message>
    <message>
        <source>; dated {start} to {end}</source>
        <translation>; fechada del {start} al {end}</translation>
    </message>
    <message>
        <source>; dated from {start} on</source>
        <translation>; fechada a partir del {start}</translation>
    </message>
    <message>
        <source>; dated up to {end}</source>
        <translation>; fechada hasta el {end}</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>Record an authorization…</source>
        <translation>Registrar una autorización…</translation>
    </message>
    <message>
        <source>Record a revocation…</source>
        <translation>Registrar una revocación…</translation>
    </message>
    <message>
        <source>Signed authorizations on file. A psychotherapy-notes authorization must be on its own form.</source>
        <translation>Autorizaciones firmadas en el expediente. Una autorización para notas de psicoterapia debe ir en un formulario propio.</translation>
    </message>
    <message>
        <source>Record an authorization</source>
        <translation>Registrar una autorización</translation>
    </message>
    <message>
        <source>No authorization is on file to revoke.</source>
        <translation>No hay ninguna autorización en el expediente que revocar.</translation>
    </message>
    <message>
        <source>Choose the authorization the client revoked in the list, then Record a revocation…</source>
        <translation>Elija en la lista la autorización que el cliente revocó y después pulse «Registrar una revocación…».</translation>
    </message>
    <message>
        <source>{covers} to {recipient}, signed {signed}</source>
        <translation>{covers} a {recipient}, firmada el {signed}</translation>
    </message>
</context>
<context>
    <name>RevocationDialog</name>
    <message>
        <source>%n disclosure under this authorization was made on or after the day the revocation was received: {made}. The revocation had already taken effect (45 CFR 164.508(b)(5)), so it is listed in the client&apos;s accounting of disclosures (45 CFR 164.528). Review what went out, and whether it is a breach to assess (45 CFR 164.402).</source>
        <translation>%n divulgación bajo esta autorización se hizo el día en que se recibió la revocación o después: {made}. La revocación ya había surtido efecto (45 CFR 164.508(b)(5)), así que figura en el registro de divulgaciones del cliente (45 CFR 164.528). Revise lo que se envió y si es una vulneración que deba evaluarse (45 CFR 164.402).</translation>
    </message>
    <message>
        <source>%n disclosures under this authorization were made on or after the day the revocation was received: {made}. The revocation had already taken effect (45 CFR 164.508(b)(5)), so they are listed in the client&apos;s accounting of disclosures (45 CFR 164.528). Review what went out, and whether it is a breach to assess (45 CFR 164.402).</source>
        <translation>%n divulgaciones bajo esta autorización se hicieron el día en que se recibió la revocación o después: {made}. La revocación ya había surtido efecto (45 CFR 164.508(b)(5)), así que figuran en el registro de divulgaciones del cliente (45 CFR 164.528). Revise lo que se envió y si es una vulneración que deba evaluarse (45 CFR 164.402).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Record a revocation</source>
        <translation>Registrar una revocación</translation>
    </message>
    <message>
        <source>Date the written revocation was received</source>
        <translation>Fecha en que se recibió la revocación por escrito</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorización:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibida el:</translation>
    </message>
    <message>
        <source>Record revocation</source>
        <translation>Registrar la revocación</translation>
    </message>
    <message>
        <source>The client (or their representative) revoked this authorization in writing. The revocation takes effect when received, except for what was already done in reliance on it (45 CFR 164.508(b)(5)).</source>
        <translation>El cliente (o su representante) revocó esta autorización por escrito. La revocación surte efecto al recibirse, salvo para lo ya hecho en virtud de ella (45 CFR 164.508(b)(5)).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>What it held</source>
        <translation>Qué contenía</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Disclosure id</source>
        <translation>Id. de la divulgación</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>Every export and disclosure of this chart, as logged in the ledger.</source>
        <translation>Cada exportación y divulgación de este expediente, tal como consta en el registro de la bóveda.</translation>
    </message>
    <message>
        <source>Export or disclose…</source>
        <translation>Exportar o divulgar…</translation>
    </message>
    <message>
        <source>Record a disclosure made outside the app…</source>
        <translation>Registrar una divulgación hecha fuera de la aplicación…</translation>
    </message>
    <message>
        <source>(not delivered)</source>
        <translation>(no entregada)</translation>
    </message>
    <message>
        <source>Record a disclosure made outside the app</source>
        <translation>Registrar una divulgación hecha fuera de la aplicación</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>No requests recorded for this chart.</source>
        <translation>No hay solicitudes registradas en este expediente.</translation>
    </message>
    <message>
        <source>Choose a request in the list first, then Open.</source>
        <translation>Elija primero una solicitud en la lista y luego Abrir.</translation>
    </message>
    <message>
        <source>Requests to see or copy the record: act within {access} days (45 CFR 164.524(b)(2)); to amend it: {amendment} days (164.526(b)(2)); for an accounting of disclosures: {accounting} days (164.528(c)(1)). Each may be extended once, by up to {extension} days, with a written notice of the reason and the new date given within the first period.</source>
        <translation>Solicitudes de ver o copiar el expediente: resolver en {access} días (45 CFR 164.524(b)(2)); de enmendarlo: {amendment} días (164.526(b)(2)); de un registro de divulgaciones: {accounting} días (164.528(c)(1)). Cada plazo puede prorrogarse una vez, hasta {extension} días, con un aviso por escrito del motivo y la nueva fecha dado dentro del primer plazo.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>{status}, 1 day late</source>
        <translation>{status}, 1 día tarde</translation>
    </message>
    <message>
        <source>{status}, {n} days late</source>
        <translation>{status}, {n} días tarde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Record a request…</source>
        <translation>Registrar una solicitud…</translation>
    </message>
    <message>
        <source>Record a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>{status}; rest given, 1 left out as denied</source>
        <translation>{status}; resto entregado, 1 excluido por denegado</translation>
    </message>
    <message>
        <source>{status}; rest given, {n} left out as denied</source>
        <translation>{status}; resto entregado, {n} excluidos por denegados</translation>
    </message>
    <message>
        <source>{status}; rest given</source>
        <translation>{status}; resto entregado</translation>
    </message>
</context>
<context>
    <name>RestrictionsPanel</name>
    <message>
        <source>“{words}”, asked on {day}</source>
        <translation>«{words}», solicitada el {day}</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>psychotherapy notes</source>
        <translation>notas de psicoterapia</translation>
    </message>
    <message>
        <source>billing information</source>
        <translation>información de facturación</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>{day}, by the client</source>
        <translation>{day}, por el cliente</translation>
    </message>
    <message>
        <source>{day}, by you</source>
        <translation>{day}, por usted</translation>
    </message>
    <message>
        <source>Restrictions the client asked for (45 CFR 164.522)</source>
        <translation>Restricciones solicitadas por el cliente (45 CFR 164.522)</translation>
    </message>
    <message>
        <source>What the client asked</source>
        <translation>Lo que pidió el cliente</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Record a restriction request…</source>
        <translation>Registrar una solicitud de restricción…</translation>
    </message>
    <message>
        <source>Record your answer…</source>
        <translation>Registrar su respuesta…</translation>
    </message>
    <message>
        <source>End the restriction…</source>
        <translation>Terminar la restricción…</translation>
    </message>
    <message>
        <source>A client may ask you to limit how their information is used or disclosed for treatment, payment or operations. You may refuse, except a request not to tell their health plan about services they paid for in full. An agreed restriction is enforced when you export or disclose.</source>
        <translation>El cliente puede pedirle que limite cómo se usa o divulga su información para tratamiento, pago u operaciones. Puede negarse, salvo a la petición de no informar a su aseguradora de servicios que pagó íntegramente. Una restricción aceptada se aplica al exportar o divulgar.</translation>
    </message>
    <message>
        <source>Confidential communications</source>
        <translation>Comunicaciones confidenciales</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the confidential-communications request</source>
        <translation>Cambiar la solicitud de comunicaciones confidenciales</translation>
    </message>
    <message>
        <source>Confidential communications (164.522(b)):</source>
        <translation>Comunicaciones confidenciales (164.522(b)):</translation>
    </message>
    <message>
        <source>none requested</source>
        <translation>no se ha solicitado ninguna</translation>
    </message>
    <message>
        <source>the health plan, for self-paid services</source>
        <translation>la aseguradora, por servicios pagados por el cliente</translation>
    </message>
    <message>
        <source>all of the record</source>
        <translation>todo el expediente</translation>
    </message>
    <message>
        <source>{what}, to {recipient}</source>
        <translation>{what}, a {recipient}</translation>
    </message>
    <message>
        <source>{what}, to anyone</source>
        <translation>{what}, a cualquiera</translation>
    </message>
    <message>
        <source>Record a restriction request</source>
        <translation>Registrar una solicitud de restricción</translation>
    </message>
    <message>
        <source>No restriction request is waiting for your answer.</source>
        <translation>Ninguna solicitud de restricción espera su respuesta.</translation>
    </message>
    <message>
        <source>Choose the request you are answering in the list, then Record your answer…</source>
        <translation>Elija en la lista la solicitud que responde y después pulse «Registrar su respuesta…».</translation>
    </message>
    <message>
        <source>Answer a restriction request</source>
        <translation>Responder a una solicitud de restricción</translation>
    </message>
    <message>
        <source>No agreed restriction is in force to end.</source>
        <translation>No hay ninguna restricción aceptada en vigor que terminar.</translation>
    </message>
    <message>
        <source>Choose the restriction that ends in the list, then End the restriction…</source>
        <translation>Elija en la lista la restricción que termina y después pulse «Terminar la restricción…».</translation>
    </message>
    <message>
        <source>End a restriction</source>
        <translation>Terminar una restricción</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>first result</source>
        <translation>primer resultado</translation>
    </message>
    <message>
        <source>Measure to chart</source>
        <translation>Escala que se representa</translation>
    </message>
    <message>
        <source>Enter a measure…</source>
        <translation>Introducir una escala…</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Aviso de riesgo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Since the first</source>
        <translation>Desde la primera</translation>
    </message>
    <message>
        <source>Risk item</source>
        <translation>Ítem de riesgo</translation>
    </message>
    <message>
        <source>Measure results</source>
        <translation>Resultados de las escalas</translation>
    </message>
    <message>
        <source>No measures yet. Enter a PHQ-9 or GAD-7 the client completed to start a trend.</source>
        <translation>Aún no hay escalas. Introduzca un PHQ-9 o un GAD-7 que haya completado el cliente para empezar una evolución.</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>A risk item was answered above zero (PHQ-9 item 9).</source>
        <translation>Un ítem de riesgo se respondió por encima de cero (ítem 9 del PHQ-9).</translation>
    </message>
    <message>
        <source>Check the risk assessment and safety plan in that session's note.</source>
        <translation>Revise la valoración del riesgo y el plan de seguridad en la nota de esa sesión.</translation>
    </message>
    <message>
        <source>No session is linked to it: record the risk assessment and safety plan in a progress note.</source>
        <translation>No tiene ninguna sesión vinculada: anote la valoración del riesgo y el plan de seguridad en una nota de evolución.</translation>
    </message>
    <message>
        <source>Risk item answered above zero on {day} ({measure}).</source>
        <translation>Ítem de riesgo respondido por encima de cero el {day} ({measure}).</translation>
    </message>
    <message>
        <source>Enter a measure</source>
        <translation>Introducir una escala</translation>
    </message>
    <message>
        <location filename="../measures_tab.py" />
        <source>The safety plan is documented in the signed note of {day}.</source>
        <translation>El plan de seguridad está documentado en la nota firmada del {day}.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <source>{measure}: {count} results, latest {total} ({band}) on {day}, {change} since the first.</source>
        <translation>{measure}: {count} resultados; el último, {total} ({band}) el {day}; desde el primero: {change}.</translation>
    </message>
    <message>
        <source>No results to chart yet.</source>
        <translation>Aún no hay resultados que representar.</translation>
    </message>
    <message>
        <source>{measure} over time</source>
        <translation>{measure} a lo largo del tiempo</translation>
    </message>
    <message>
        <source>reliable improvement (-{change})</source>
        <translation>mejoría fiable (-{change})</translation>
    </message>
    <message>
        <source>reliable deterioration (+{change})</source>
        <translation>empeoramiento fiable (+{change})</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>met</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation>sin facturar</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>sin cargo</translation>
    </message>
    <message>
        <source>self-pay</source>
        <translation>pago particular</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>couple</source>
        <translation>pareja</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>telehealth</source>
        <translation>telesalud</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>progenitor</translation>
    </message>
    <message>
        <source>legal guardian</source>
        <translation>tutor legal</translation>
    </message>
    <message>
        <source>personal representative</source>
        <translation>representante personal</translation>
    </message>
    <message>
        <source>health care agent</source>
        <translation>apoderado sanitario</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <source>custody order</source>
        <translation>resolución de custodia</translation>
    </message>
    <message>
        <source>imported note</source>
        <translation>nota importada</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>stored document</source>
        <translation>documento archivado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Custody order</source>
        <translation>Resolución de custodia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>not yet effective</source>
        <translation>aún no en vigor</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>psychotherapy notes</source>
        <translation>notas de psicoterapia</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <source>accounting</source>
        <translation>registro de divulgaciones</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedida</translation>
    </message>
    <message>
        <source>partially granted</source>
        <translation>concedida en parte</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>mejoría</translation>
    </message>
    <message>
        <source>deteriorated</source>
        <translation>empeoramiento</translation>
    </message>
    <message>
        <source>no reliable change</source>
        <translation>sin cambio fiable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Sin facturar</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Sin cargo</translation>
    </message>
    <message>
        <source>Self pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation>Psicoterapia</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Progenitor</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Personal representative</source>
        <translation>Representante personal</translation>
    </message>
    <message>
        <source>Health care agent</source>
        <translation>Apoderado sanitario</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>original PDF kept</source>
        <translation>PDF original conservado</translation>
    </message>
    <message>
        <source>original PDF deleted</source>
        <translation>PDF original borrado</translation>
    </message>
    <message>
        <source>chart: opened</source>
        <translation>expediente: abierto</translation>
    </message>
    <message>
        <source>chart: exported</source>
        <translation>expediente: exportado</translation>
    </message>
    <message>
        <source>case: created</source>
        <translation>caso: creado</translation>
    </message>
    <message>
        <source>client: created</source>
        <translation>cliente: registrado</translation>
    </message>
    <message>
        <source>client: updated</source>
        <translation>cliente: datos modificados</translation>
    </message>
    <message>
        <source>client: consent recorded</source>
        <translation>cliente: consentimiento registrado</translation>
    </message>
    <message>
        <source>guardian: added</source>
        <translation>tutor: añadido</translation>
    </message>
    <message>
        <source>guardian: updated</source>
        <translation>tutor: modificado</translation>
    </message>
    <message>
        <source>guardian: removed</source>
        <translation>tutor: retirado</translation>
    </message>
    <message>
        <source>plan: updated</source>
        <translation>plan de tratamiento: modificado</translation>
    </message>
    <message>
        <source>session: created</source>
        <translation>sesión: registrada</translation>
    </message>
    <message>
        <source>session: updated</source>
        <translation>sesión: corregida</translation>
    </message>
    <message>
        <source>session: deleted</source>
        <translation>sesión: eliminada</translation>
    </message>
    <message>
        <source>session: confirmed</source>
        <translation>sesión: confirmada como visita</translation>
    </message>
    <message>
        <source>note: created</source>
        <translation>nota: creada</translation>
    </message>
    <message>
        <source>note: updated</source>
        <translation>nota: modificada</translation>
    </message>
    <message>
        <source>note: signed</source>
        <translation>nota: firmada</translation>
    </message>
    <message>
        <source>note: amended</source>
        <translation>nota: enmendada</translation>
    </message>
    <message>
        <source>note: viewed</source>
        <translation>nota: consultada</translation>
    </message>
    <message>
        <source>note: printed</source>
        <translation>nota: impresa</translation>
    </message>
    <message>
        <source>note: draft discarded</source>
        <translation>nota: borrador descartado</translation>
    </message>
    <message>
        <source>note: carried forward</source>
        <translation>nota: iniciada a partir de la anterior</translation>
    </message>
    <message>
        <source>search: psychotherapy</source>
        <translation>búsqueda: notas de psicoterapia</translation>
    </message>
    <message>
        <source>measure: recorded</source>
        <translation>escala: registrada</translation>
    </message>
    <message>
        <source>measure: corrected</source>
        <translation>escala: corregida</translation>
    </message>
    <message>
        <source>attachment: added</source>
        <translation>adjunto: añadido</translation>
    </message>
    <message>
        <source>attachment: viewed</source>
        <translation>adjunto: consultado</translation>
    </message>
    <message>
        <source>attachment: copied</source>
        <translation>adjunto: copia guardada</translation>
    </message>
    <message>
        <source>attachment: amended</source>
        <translation>adjunto: título o fecha corregidos</translation>
    </message>
    <message>
        <source>attachment: exported</source>
        <translation>adjunto: exportado</translation>
    </message>
    <message>
        <source>authorization: recorded</source>
        <translation>autorización: registrada</translation>
    </message>
    <message>
        <source>authorization: revoked</source>
        <translation>autorización: revocada</translation>
    </message>
    <message>
        <source>authorization: event occurred</source>
        <translation>autorización: se produjo el hecho que la hace caducar</translation>
    </message>
    <message>
        <source>export: created</source>
        <translation>exportación: creada</translation>
    </message>
    <message>
        <source>disclosure: not delivered</source>
        <translation>divulgación: no entregada</translation>
    </message>
    <message>
        <source>accounting: provided</source>
        <translation>registro de divulgaciones: entregado</translation>
    </message>
    <message>
        <source>accounting: suspended</source>
        <translation>registro de divulgaciones: suspendido</translation>
    </message>
    <message>
        <source>accounting: suspension ended</source>
        <translation>registro de divulgaciones: suspensión terminada</translation>
    </message>
    <message>
        <source>request: received</source>
        <translation>solicitud: recibida</translation>
    </message>
    <message>
        <source>request: granted</source>
        <translation>solicitud: concedida</translation>
    </message>
    <message>
        <source>request: denied</source>
        <translation>solicitud: denegada</translation>
    </message>
    <message>
        <source>request: withdrawn</source>
        <translation>solicitud: retirada</translation>
    </message>
    <message>
        <source>request: extended</source>
        <translation>solicitud: plazo prorrogado</translation>
    </message>
    <message>
        <source>request: review referred</source>
        <translation>solicitud: remitida a revisión</translation>
    </message>
    <message>
        <source>request: review decided</source>
        <translation>solicitud: revisión resuelta</translation>
    </message>
    <message>
        <source>amendment: accepted</source>
        <translation>enmienda: aceptada</translation>
    </message>
    <message>
        <source>amendment: disagreement filed</source>
        <translation>enmienda: declaración de desacuerdo presentada</translation>
    </message>
    <message>
        <source>amendment: rebuttal added</source>
        <translation>enmienda: réplica añadida</translation>
    </message>
    <message>
        <source>amendment: recipient informed</source>
        <translation>enmienda: destinatario informado</translation>
    </message>
    <message>
        <source>restriction: requested</source>
        <translation>restricción: solicitada</translation>
    </message>
    <message>
        <source>restriction: decided</source>
        <translation>restricción: respondida</translation>
    </message>
    <message>
        <source>restriction: terminated</source>
        <translation>restricción: terminada</translation>
    </message>
    <message>
        <source>decision: created</source>
        <translation>decisión: creada</translation>
    </message>
    <message>
        <source>decision: signed</source>
        <translation>decisión: firmada</translation>
    </message>
    <message>
        <source>decision: discarded</source>
        <translation>decisión: descartada</translation>
    </message>
    <message>
        <source>decision: addendum</source>
        <translation>decisión: adenda</translation>
    </message>
    <message>
        <source>decision: viewed</source>
        <translation>decisión: consultada</translation>
    </message>
    <message>
        <source>hold: placed</source>
        <translation>retención legal: impuesta</translation>
    </message>
    <message>
        <source>hold: released</source>
        <translation>retención legal: levantada</translation>
    </message>
    <message>
        <source>appointment: scheduled</source>
        <translation>cita: programada</translation>
    </message>
    <message>
        <source>appointment: moved</source>
        <translation>cita: cambiada de fecha u hora</translation>
    </message>
    <message>
        <source>appointment: attended</source>
        <translation>cita: atendida</translation>
    </message>
    <message>
        <source>appointment: status changed</source>
        <translation>cita: estado cambiado</translation>
    </message>
    <message>
        <source>payment: recorded</source>
        <translation>pago: registrado</translation>
    </message>
    <message>
        <source>payment: deleted</source>
        <translation>pago: eliminado</translation>
    </message>
    <message>
        <source>fee: session set</source>
        <translation>honorarios: fijados para una sesión</translation>
    </message>
    <message>
        <source>billing: split set</source>
        <translation>facturación: reparto fijado</translation>
    </message>
    <message>
        <source>import: chart</source>
        <translation>importación: expediente</translation>
    </message>
    <message>
        <source>destruction: started</source>
        <translation>destrucción: iniciada</translation>
    </message>
    <message>
        <source>destruction: completed</source>
        <translation>destrucción: completada</translation>
    </message>
    <message>
        <source>destruction: verified</source>
        <translation>destrucción: verificada</translation>
    </message>
    <message>
        <source>destruction: verification failed</source>
        <translation>destrucción: verificación fallida</translation>
    </message>
    <message>
        <source>destruction: reapplied</source>
        <translation>destrucción: aplicada de nuevo</translation>
    </message>
    <message>
        <source>certificate: exported</source>
        <translation>certificado: exportado</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>nota de evolución</translation>
    </message>
    <message>
        <source>psychotherapy</source>
        <translation>nota de psicoterapia</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>court_order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <source>custody_order</source>
        <translation>resolución de custodia</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <source>accounting</source>
        <translation>registro de divulgaciones</translation>
    </message>
    <message>
        <source>health_plan_self_pay</source>
        <translation>pago particular, no a la aseguradora</translation>
    </message>
    <message>
        <source>imported_note</source>
        <translation>nota importada</translation>
    </message>
    <message>
        <source>treatment_plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>stored_document</source>
        <translation>documento archivado</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>tipo: {value}</translation>
    </message>
    <message>
        <source>hits {value}</source>
        <translation>resultados: {value}</translation>
    </message>
    <message>
        <source>fields {value}</source>
        <translation>campos: {value}</translation>
    </message>
    <message>
        <source>disclosure id {value}</source>
        <translation>id. de la divulgación: {value}</translation>
    </message>
    <message>
        <source>to {value}</source>
        <translation>para {value}</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>psychotherapy True</source>
        <translation>con las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Contact preferences</source>
        <translation>Preferencias de contacto</translation>
    </message>
    <message>
        <source>42 CFR Part 2</source>
        <translation>42 CFR Parte 2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>May authorize disclosures</source>
        <translation>Puede autorizar divulgaciones</translation>
    </message>
    <message>
        <source>Custody order</source>
        <translation>Orden de custodia</translation>
    </message>
    <message>
        <source>Order past the age of majority</source>
        <translation>Orden más allá de la mayoría de edad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Authority starts on</source>
        <translation>Inicio de la autoridad</translation>
    </message>
    <message>
        <source>Authority ends on</source>
        <translation>Fin de la autoridad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not treated as the representative since</source>
        <translation>No tratado como representante desde</translation>
    </message>
    <message>
        <source>Why not treated as the representative</source>
        <translation>Motivo para no tratarlo como representante</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lugar de atención</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>CPT code</source>
        <translation>Código CPT</translation>
    </message>
    <message>
        <source>Add-on codes</source>
        <translation>Códigos adicionales</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Códigos CIE-10</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Billing status</source>
        <translation>Estado de facturación</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Note date</source>
        <translation>Fecha de la nota</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Treatment-plan goals</source>
        <translation>Objetivos del plan de tratamiento</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>divulgación</translation>
    </message>
    <message>
        <source>fee: session addons set</source>
        <translation>honorarios: fijados para los códigos adicionales de una sesión</translation>
    </message>
    <message>
        <source>note: original viewed</source>
        <translation>nota: PDF original consultado</translation>
    </message>
    <message>
        <source>note: held in confidence</source>
        <translation>nota: reservada en confidencia para un miembro</translation>
    </message>
    <message>
        <source>note: held cleared</source>
        <translation>nota: ya no reservada en confidencia</translation>
    </message>
    <message>
        <source>request: rest given</source>
        <translation>solicitud: resto entregado</translation>
    </message>
    <message>
        <source>left out as denied: {value}</source>
        <translation>excluidos por denegados: {value}</translation>
    </message>
    <message>
        <source>amendment: rebuttal letter made</source>
        <translation>enmienda: carta de la réplica hecha</translation>
    </message>
    <message>
        <source>for an unsigned note: no visit until it is signed</source>
        <translation>para una nota sin firmar: no es visita hasta que se firme</translation>
    </message>
    <message>
        <source>left without its note by an interruption</source>
        <translation>quedó sin su nota por una interrupción</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <source>%n progress note on this chart is not signed.</source>
        <translation>%n nota de evolución de este expediente no está firmada.</translation>
    </message>
    <message>
        <source>%n progress notes on this chart are not signed.</source>
        <translation>%n notas de evolución de este expediente no están firmadas.</translation>
    </message>
    <message>
        <source>Chart {chart} is marked discharged today.</source>
        <translation>El expediente {chart} queda marcado hoy como dado de alta.</translation>
    </message>
    <message>
        <source>%n appointment after today will be cancelled (by the therapist, no fee): {when}.</source>
        <translation>%n cita posterior a hoy se cancelará (por el terapeuta, sin cargo): {when}.</translation>
    </message>
    <message>
        <source>%n appointments after today will be cancelled (by the therapist, no fee): {when}.</source>
        <translation>%n citas posteriores a hoy se cancelarán (por el terapeuta, sin cargo): {when}.</translation>
    </message>
    <message>
        <source>%n appointment after the discharge was cancelled.</source>
        <translation>Se canceló %n cita posterior al alta.</translation>
    </message>
    <message>
        <source>%n appointments after the discharge were cancelled.</source>
        <translation>Se cancelaron %n citas posteriores al alta.</translation>
    </message>
    <message>
        <source>By the therapist, no fee: {when}. Let the client know.</source>
        <translation>Por el terapeuta, sin cargo: {when}. Avise al cliente.</translation>
    </message>
    <message>
        <source>Appointments cancelled</source>
        <translation>Citas canceladas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Confidential communications request</source>
        <translation>Solicitud de comunicaciones confidenciales</translation>
    </message>
    <message>
        <source>Confidential communications:</source>
        <translation>Comunicaciones confidenciales:</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consentimiento firmado el</translation>
    </message>
    <message>
        <source>Consent signed on:</source>
        <translation>Consentimiento firmado el:</translation>
    </message>
    <message>
        <source>Contact (ask before leaving messages)</source>
        <translation>Contacto (pregunte antes de dejar mensajes)</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>Notas de contacto</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Discharge this client?</source>
        <translation>¿Dar de alta a este cliente?</translation>
    </message>
    <message>
        <source>Discharge?</source>
        <translation>¿Dar de alta?</translation>
    </message>
    <message>
        <source>Discharged (treatment has ended)</source>
        <translation>Dado de alta (el tratamiento ha terminado)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Home address:</source>
        <translation>Domicilio:</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Nombre legal:</translation>
    </message>
    <message>
        <source>Limits discussed on:</source>
        <translation>Límites comentados el:</translation>
    </message>
    <message>
        <source>Limits of confidentiality discussed on</source>
        <translation>Límites de la confidencialidad comentados el</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>OK to use:</source>
        <translation>Se puede usar:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>Preferred way to reach them</source>
        <translation>Forma preferida de contacto</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <source>Safe address:</source>
        <translation>Dirección segura:</translation>
    </message>
    <message>
        <source>Safe mailing address</source>
        <translation>Dirección postal segura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Substance-use treatment records (42 CFR Part 2)</source>
        <translation>Registros de consumo de sustancias (42 CFR Parte 2)</translation>
    </message>
    <message>
        <source>The client leaves the Active list; the chart stays readable.</source>
        <translation>El cliente sale de la lista de activos; el expediente se puede seguir consultando.</translation>
    </message>
    <message>
        <source>The retention period of the record counts from the discharge date.</source>
        <translation>El plazo de conservación del expediente se cuenta desde la fecha del alta.</translation>
    </message>
    <message>
        <source>There is no discharge summary: no signed progress note uses the Discharge summary template or says so in its first lines. After this, New note on the chart starts one.</source>
        <translation>No hay resumen de alta: ninguna nota de evolución firmada usa la plantilla Resumen de alta ni lo dice en sus primeras líneas. Después, Nueva nota en el expediente empieza uno.</translation>
    </message>
    <message>
        <source>e.g. mobile only; mail to PO Box 9</source>
        <translation>p. ej., solo al celular; correo al apartado postal 9</translation>
    </message>
    <message>
        <source>e.g. no calls at work</source>
        <translation>p. ej., no llamar al trabajo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>if mail home is not safe</source>
        <translation>si el correo al domicilio no es seguro</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>no preference</source>
        <translation>sin preferencia</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>Some details you had changed were also changed by another program while the vault was locked: what you typed is shown. Check them before saving.</source>
        <translation>Otro programa también cambió algunos datos que usted había cambiado mientras la bóveda estaba bloqueada: se muestra lo que usted escribió. Revíselos antes de guardar.</translation>
    </message>
    <message>
        <source>Details changed by another program while the vault was locked are shown as they are now.</source>
        <translation>Los datos que otro programa cambió mientras la bóveda estaba bloqueada se muestran como están ahora.</translation>
    </message>
    <message>
        <source>Records of substance-use treatment, which 42 CFR Part 2 protects beyond HIPAA.</source>
        <translation>Registros de tratamiento por consumo de sustancias, que 42 CFR Parte 2 protege más allá de HIPAA.</translation>
    </message>
</context>
<context>
    <name>GuardiansDialog</name>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Authority ends on</source>
        <translation>La autoridad termina el</translation>
    </message>
    <message>
        <source>Authority starts on</source>
        <translation>La autoridad empieza el</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <source>Custody or court order</source>
        <translation>Resolución de custodia u orden judicial</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Guardian address</source>
        <translation>Dirección del tutor</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>Nombre del tutor</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Teléfono del tutor</translation>
    </message>
    <message>
        <source>Guardians and representatives</source>
        <translation>Tutores y representantes</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>En vigor desde:</translation>
    </message>
    <message>
        <source>Kind of authority</source>
        <translation>Tipo de autoridad</translation>
    </message>
    <message>
        <source>May sign</source>
        <translation>Puede firmar</translation>
    </message>
    <message>
        <source>May sign authorizations and consents for the client</source>
        <translation>Puede firmar autorizaciones y consentimientos por el cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation>Nuevo tutor</translation>
    </message>
    <message>
        <source>Notes about this representative</source>
        <translation>Notas sobre este representante</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Only for an entry made by mistake; when authority ends, give the end date</source>
        <translation>Solo para una entrada hecha por error; cuando la autoridad termine, indique la fecha de fin</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <source>Remove an entry only if it was made by mistake. If their authority has ended, give the date it ended instead, so the record shows who could decide when.</source>
        <translation>Quite una entrada solo si se hizo por error. Si su autoridad ha terminado, indique en su lugar la fecha en que terminó, para que el expediente muestre quién podía decidir y cuándo.</translation>
    </message>
    <message>
        <source>Remove this guardian?</source>
        <translation>¿Quitar este tutor?</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Save guardian</source>
        <translation>Guardar el tutor</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Who may make decisions for this client. Whether they may sign authorizations, and the dates their authority is in force, decide whether an authorization they sign is accepted.</source>
        <translation>Quién puede tomar decisiones por este cliente. Si puede firmar autorizaciones, y las fechas en que su autoridad está en vigor, deciden si se acepta una autorización que firme.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>e.g. joint legal custody per order of …</source>
        <translation>p. ej., custodia legal compartida según la resolución de …</translation>
    </message>
    <message>
        <source>e.g. mother, aunt, court-appointed guardian</source>
        <translation>p. ej., madre, tía, tutor designado por el tribunal</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>ninguna adjunta</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{0} (turned {1} on {2})</source>
        <translation>{0} (cumplió {1} el {2})</translation>
    </message>
    <message>
        <source>{0} (turns {1} on {2})</source>
        <translation>{0} (cumple {1} el {2})</translation>
    </message>
    <message>
        <source>{0} by law (turned {1} on {2})</source>
        <translation>{0} por ley (cumplió {1} el {2})</translation>
    </message>
    <message>
        <source>{0} by law (turns {1} on {2})</source>
        <translation>{0} por ley (cumple {1} el {2})</translation>
    </message>
    <message>
        <source>no longer</source>
        <translation>ya no</translation>
    </message>
    <message>
        <source>no longer (declined on {day})</source>
        <translation>ya no (rechazado el {day})</translation>
    </message>
    <message>
        <source>not yet, from {day}</source>
        <translation>aún no, desde el {day}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Close without saving the plan?</source>
        <translation>¿Cerrar sin guardar el plan?</translation>
    </message>
    <message>
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <source>Diagnosis codes (ICD-10)</source>
        <translation>Códigos de diagnóstico (CIE-10)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Goal description</source>
        <translation>Descripción del objetivo</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Goal target date</source>
        <translation>Fecha prevista del objetivo</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goals that notes refer to are marked met or discontinued instead</source>
        <translation>Los objetivos a los que se refieren las notas se marcan como alcanzados o interrumpidos</translation>
    </message>
    <message>
        <source>Modality and frequency</source>
        <translation>Modalidad y frecuencia</translation>
    </message>
    <message>
        <source>Modality, frequency:</source>
        <translation>Modalidad, frecuencia:</translation>
    </message>
    <message>
        <source>Objectives, one per line</source>
        <translation>Metas específicas, una por línea</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Metas específicas:</translation>
    </message>
    <message>
        <source>One measurable objective per line</source>
        <translation>Una meta medible por línea</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan review date</source>
        <translation>Fecha de revisión del plan</translation>
    </message>
    <message>
        <source>Plan start date</source>
        <translation>Fecha de inicio del plan</translation>
    </message>
    <message>
        <source>Presenting problems, in the client&apos;s words where useful</source>
        <translation>Motivos de consulta, con las palabras del cliente cuando sea útil</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Revisar antes del:</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Fecha prevista:</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>e.g. F41.1, F32.1</source>
        <translation>p. ej., F41.1, F32.1</translation>
    </message>
    <message>
        <source>e.g. individual CBT, weekly</source>
        <translation>p. ej., TCC individual, semanal</translation>
    </message>
    <message>
        <source>Parts of the plan you had changed were also changed by another program while the vault was locked: what you typed is shown. Check them before saving.</source>
        <translation>Otro programa también cambió partes del plan que usted había cambiado mientras la bóveda estaba bloqueada: se muestra lo que usted escribió. Revíselas antes de guardar.</translation>
    </message>
    <message>
        <source>Parts of the plan changed by another program while the vault was locked are shown as they are now.</source>
        <translation>Las partes del plan que otro programa cambió mientras la bóveda estaba bloqueada se muestran como están ahora.</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Conservar lo que escribí</translation>
    </message>
    <message>
        <source>Use the other program&apos;s</source>
        <translation>Usar lo del otro programa</translation>
    </message>
    <message>
        <source>Changed here and by another program: choose which to keep</source>
        <translation>Cambiado aquí y por otro programa: elija qué conservar</translation>
    </message>
    <message>
        <source>Another program changed this goal too while the vault was locked. The fields above show what you typed; the other program has:</source>
        <translation>Otro programa también cambió este objetivo mientras la bóveda estaba bloqueada. Los campos de arriba muestran lo que usted escribió; el otro programa tiene:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Another program changed goals you had removed ({goals}) while the vault was locked: they are kept. Remove them again if they should go.</source>
        <translation>Otro programa cambió objetivos que usted había quitado ({goals}) mientras la bóveda estaba bloqueada: se conservan. Vuelva a quitarlos si no deben quedar.</translation>
    </message>
    <message>
        <source>Another program removed goals you had changed ({goals}) while the vault was locked: they are kept, as new goals.</source>
        <translation>Otro programa quitó objetivos que usted había cambiado ({goals}) mientras la bóveda estaba bloqueada: se conservan, como objetivos nuevos.</translation>
    </message>
    <message>
        <source>Goal {number} was changed here and by another program while the vault was locked. Choose which to keep (Keep what I typed, or Use the other program&apos;s) before saving.</source>
        <translation>El objetivo {number} se cambió aquí y en otro programa mientras la bóveda estaba bloqueada. Elija qué conservar (Conservar lo que escribí, o Usar lo del otro programa) antes de guardar.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Only a mark on the session: it does not lower the balance. Record the payment in Clients &gt; Account.</source>
        <translation>Solo una marca en la sesión: no reduce el saldo. Registre el pago en Clientes &gt; Cuenta.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add-on codes</source>
        <translation>Códigos complementarios</translation>
    </message>
    <message>
        <source>Add-on codes:</source>
        <translation>Códigos complementarios:</translation>
    </message>
    <message>
        <source>Billing status</source>
        <translation>Estado de facturación</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Facturación:</translation>
    </message>
    <message>
        <source>CPT code</source>
        <translation>Código CPT</translation>
    </message>
    <message>
        <source>CPT code:</source>
        <translation>Código CPT:</translation>
    </message>
    <message>
        <source>Corrections are saved with the time and kept in the chart&apos;s history. A signed progress note is not changed by them.</source>
        <translation>Las correcciones se guardan con la hora y quedan en el historial del expediente. No cambian una nota de evolución firmada.</translation>
    </message>
    <message>
        <source>Not a visit yet: recorded with a progress note still unsigned. Corrections here do not make it one; it counts as a visit (agenda, last visit, account) once the note is signed.</source>
        <translation>Aún no es una visita: se registró con una nota de evolución sin firmar. Corregirla aquí no la convierte en visita; cuenta como tal (agenda, última visita, cuenta) cuando se firma la nota.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Códigos CIE-10</translation>
    </message>
    <message>
        <source>ICD-10:</source>
        <translation>CIE-10:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Only for a session entered by mistake that has no progress note</source>
        <translation>Solo para una sesión registrada por error que no tiene nota de evolución</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Remove a session only if it was entered by mistake. A session with a progress note stays part of the record; correct its details instead.</source>
        <translation>Quite una sesión solo si se registró por error. Una sesión con nota de evolución sigue formando parte del expediente; corrija sus datos en su lugar.</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>Quitar la sesión…</translation>
    </message>
    <message>
        <source>Remove this session?</source>
        <translation>¿Quitar esta sesión?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Datos de la sesión</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Stop time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Telehealth platform</source>
        <translation>Plataforma de telesalud</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>e.g. 90785</source>
        <translation>p. ej., 90785</translation>
    </message>
    <message>
        <source>e.g. 90837</source>
        <translation>p. ej., 90837</translation>
    </message>
    <message>
        <source>e.g. F41.1, F32.1</source>
        <translation>p. ej., F41.1, F32.1</translation>
    </message>
    <message>
        <source>e.g. {time}</source>
        <translation>p. ej., {time}</translation>
    </message>
    <message>
        <source>for telehealth</source>
        <translation>para telesalud</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>A personal representative</source>
        <translation>Un representante personal</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Also a 42 CFR Part 2 consent (substance-use records)</source>
        <translation>También es un consentimiento de 42 CFR Parte 2 (registros de consumo de sustancias)</translation>
    </message>
    <message>
        <source>Attach the signed scan…</source>
        <translation>Adjuntar el escaneo firmado…</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Check before recording: {0}</source>
        <translation>Compruebe antes de registrar: {0}</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Abarca:</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <source>Description of the information</source>
        <translation>Descripción de la información</translation>
    </message>
    <message>
        <source>Disclosed by:</source>
        <translation>Divulgada por:</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Expiration event</source>
        <translation>Hecho que la hace vencer</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Expires on a date</source>
        <translation>Vence en una fecha</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Información:</translation>
    </message>
    <message>
        <source>No scan attached yet</source>
        <translation>Aún no hay escaneo adjunto</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Psychotherapy notes (must be on its own form)</source>
        <translation>Notas de psicoterapia (formulario aparte)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Record an authorization</source>
        <translation>Registrar una autorización</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
    <message>
        <source>Record authorization</source>
        <translation>Registrar la autorización</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Representative&apos;s authority</source>
        <translation>Autoridad del representante</translation>
    </message>
    <message>
        <source>Required statements on the form</source>
        <translation>Declaraciones obligatorias del formulario</translation>
    </message>
    <message>
        <source>Scan: {0}</source>
        <translation>Escaneo: {0}</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signature and expiration</source>
        <translation>Firma y vencimiento</translation>
    </message>
    <message>
        <source>Signed authorization</source>
        <translation>Autorización firmada</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmada por:</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Firmada el:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Signer is:</source>
        <translation>El firmante es:</translation>
    </message>
    <message>
        <source>Signer role</source>
        <translation>Papel del firmante</translation>
    </message>
    <message>
        <source>States that the recipient may redisclose the information</source>
        <translation>Indica que el destinatario puede volver a divulgar la información</translation>
    </message>
    <message>
        <source>States the right to revoke in writing, and how</source>
        <translation>Indica el derecho a revocarla por escrito, y cómo</translation>
    </message>
    <message>
        <source>States whether treatment may be conditioned on signing</source>
        <translation>Indica si el tratamiento puede condicionarse a la firma</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>The scan chosen before, {0}, is no longer there: attach it again.</source>
        <translation>El escaneo elegido antes, {0}, ya no está: adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>What, from whom, to whom, why</source>
        <translation>Qué, de quién, a quién, para qué</translation>
    </message>
    <message>
        <source>Who discloses</source>
        <translation>Quién divulga</translation>
    </message>
    <message>
        <source>a specific, meaningful description of the information</source>
        <translation>una descripción específica y significativa de la información</translation>
    </message>
    <message>
        <source>each purpose, e.g. &quot;at the request of the individual&quot;</source>
        <translation>cada finalidad, p. ej., «a petición del interesado»</translation>
    </message>
    <message>
        <source>or an event, e.g. end of the court case</source>
        <translation>o un hecho, p. ej., el fin del proceso judicial</translation>
    </message>
    <message>
        <source>their authority, e.g. parent of a minor, health care agent</source>
        <translation>su autoridad, p. ej., progenitor de un menor, apoderado sanitario</translation>
    </message>
    <message>
        <source>who may disclose: you or your practice</source>
        <translation>quién puede divulgar: usted o su consulta</translation>
    </message>
    <message>
        <source>Proposed: {who}, the client&apos;s personal representative. The client is a minor under your age of consent for treatment, so the representative signs for them (45 CFR 164.502(g), 164.508(c)(1)(vi)). From that age the client signs.</source>
        <translation>Propuesto: {who}, representante personal del cliente. El cliente es un menor por debajo de su edad de consentimiento para el tratamiento, así que firma el representante en su nombre (45 CFR 164.502(g), 164.508(c)(1)(vi)). Desde esa edad firma el cliente.</translation>
    </message>
    <message>
        <source>Information dated from</source>
        <translation>Información fechada desde</translation>
    </message>
    <message>
        <source>Information dated up to</source>
        <translation>Información fechada hasta</translation>
    </message>
    <message>
        <source>no first date</source>
        <translation>sin fecha inicial</translation>
    </message>
    <message>
        <source>no last date</source>
        <translation>sin fecha final</translation>
    </message>
    <message>
        <source>Only if the form names dates: nothing dated outside them goes out under it. One left empty is an open end.</source>
        <translation>Solo si el formulario nombra fechas: nada fechado fuera de ellas sale bajo esta autorización. Una vacía deja el periodo abierto.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Dated from:</source>
        <translation>Fechada desde:</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>An accounting of disclosures (60 days)</source>
        <translation>Un registro de divulgaciones (60 días)</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Notes the client asks to amend</source>
        <translation>Notas que el cliente pide enmendar</translation>
    </message>
    <message>
        <source>Notes to amend:</source>
        <translation>Notas a enmendar:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibida el:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>Recording the request…</source>
        <translation>Registrando la solicitud…</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Tick the notes the client asks to amend: the amendment is made on them.</source>
        <translation>Marque las notas que el cliente pide enmendar: la enmienda se hace sobre ellas.</translation>
    </message>
    <message>
        <source>To amend the record (60 days)</source>
        <translation>Enmendar el expediente (60 días)</translation>
    </message>
    <message>
        <source>To see or get a copy of the record (30 days)</source>
        <translation>Ver el expediente u obtener una copia (30 días)</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>Qué se solicita</translation>
    </message>
    <message>
        <source>A personal representative not recorded in the chart</source>
        <translation>Un representante personal que no consta en el expediente</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Hecha por</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Hecha por:</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>The representative chosen may not request the client&apos;s records on that day (see the Guardians window); choose who made the request.</source>
        <translation>El representante elegido no puede solicitar los registros del cliente en ese día (vea la ventana Tutores); elija quién hizo la solicitud.</translation>
    </message>
</context>
<context>
    <name>RestrictionAnswerRow</name>
    <message>
        <source>Agreed</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
</context>
<context>
    <name>RestrictionRequestDialog</name>
    <message>
        <source>Another limit on how their information is used or disclosed</source>
        <translation>Otro límite a cómo se usa o divulga su información</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Respondida el:</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>Solicitada el:</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Información de facturación</translation>
    </message>
    <message>
        <source>Covers (none ticked: all of it):</source>
        <translation>Abarca (sin marcar: todo):</translation>
    </message>
    <message>
        <source>Date of your answer</source>
        <translation>Fecha de su respuesta</translation>
    </message>
    <message>
        <source>Date the client asked</source>
        <translation>Fecha en que lo pidió el cliente</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Con sus palabras:</translation>
    </message>
    <message>
        <source>Not to tell their health plan about services they paid for in full</source>
        <translation>No informar a su aseguradora de servicios que pagó íntegramente</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>Recipient the restriction concerns</source>
        <translation>Destinatario al que se refiere la restricción</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record a restriction request</source>
        <translation>Registrar una solicitud de restricción</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>The chart&apos;s attached documents (scans, records from elsewhere)</source>
        <translation>Los documentos adjuntos al expediente (escaneos, registros de otros centros)</translation>
    </message>
    <message>
        <source>The client asked:</source>
        <translation>El cliente pidió:</translation>
    </message>
    <message>
        <source>The law does not let you refuse this one (45 CFR 164.522(a)(1)(vi)).</source>
        <translation>La ley no le permite rechazar esta (45 CFR 164.522(a)(1)(vi)).</translation>
    </message>
    <message>
        <source>What the client asked, in their words</source>
        <translation>Lo que pidió el cliente, con sus palabras</translation>
    </message>
    <message>
        <source>Write what the client asked, in their words: the record of the restriction is what you agreed or refused.</source>
        <translation>Escriba lo que pidió el cliente, con sus palabras: el registro de la restricción es lo que usted aceptó o rechazó.</translation>
    </message>
    <message>
        <source>You may agree or refuse (45 CFR 164.522(a)(1)(ii)). Once you agree it binds you (164.522(a)(1)(iii)) for treatment, payment and operations, but never stops a disclosure to the client, one required by law, or the other 164.512 disclosures (164.522(a)(1)(v)).</source>
        <translation>Puede aceptarla o rechazarla (45 CFR 164.522(a)(1)(ii)). Una vez aceptada le obliga (164.522(a)(1)(iii)) para tratamiento, pago y operaciones, pero nunca impide una divulgación al cliente, una exigida por ley ni las demás divulgaciones del 164.512 (164.522(a)(1)(v)).</translation>
    </message>
    <message>
        <source>You must agree (45 CFR 164.522(a)(1)(vi)) when the services were paid in full and the disclosure would be for payment or operations. Set those sessions&apos; billing status to Self pay (in the session): payment exports of them are then refused.</source>
        <translation>Debe aceptarla (45 CFR 164.522(a)(1)(vi)) cuando los servicios se pagaron íntegramente y la divulgación sería para pago u operaciones. Ponga el estado de facturación de esas sesiones en «Pago particular» (en la sesión): entonces se rechazan sus exportaciones para pago.</translation>
    </message>
    <message>
        <source>Your answer is dated before the client asked: correct one of the dates.</source>
        <translation>Su respuesta tiene fecha anterior a la solicitud del cliente: corrija una de las fechas.</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Su respuesta:</translation>
    </message>
    <message>
        <source>e.g. do not send my notes to my primary care doctor</source>
        <translation>p. ej., no envíen mis notas a mi médico de cabecera</translation>
    </message>
    <message>
        <source>empty: any recipient</source>
        <translation>vacío: cualquier destinatario</translation>
    </message>
</context>
<context>
    <name>RestrictionAnswerDialog</name>
    <message>
        <source>Answer a restriction request</source>
        <translation>Responder a una solicitud de restricción</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Respondida el:</translation>
    </message>
    <message>
        <source>Date of your answer</source>
        <translation>Fecha de su respuesta</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>You may agree or refuse (45 CFR 164.522(a)(1)(ii)); once agreed it binds you (164.522(a)(1)(iii)).</source>
        <translation>Puede aceptarla o rechazarla (45 CFR 164.522(a)(1)(ii)); una vez aceptada le obliga (164.522(a)(1)(iii)).</translation>
    </message>
    <message>
        <source>You must agree to this one (45 CFR 164.522(a)(1)(vi)).</source>
        <translation>Debe aceptar esta (45 CFR 164.522(a)(1)(vi)).</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Su respuesta:</translation>
    </message>
</context>
<context>
    <name>EndRestrictionDialog</name>
    <message>
        <source>Date the restriction ends</source>
        <translation>Fecha en que termina la restricción</translation>
    </message>
    <message>
        <source>End a restriction</source>
        <translation>Terminar una restricción</translation>
    </message>
    <message>
        <source>End restriction</source>
        <translation>Terminar la restricción</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <source>Only the client can end a restriction on telling their health plan about services they paid for in full (45 CFR 164.522(a)(2)(iii)(A)).</source>
        <translation>Solo el cliente puede terminar una restricción de no informar a su aseguradora de servicios que pagó íntegramente (45 CFR 164.522(a)(2)(iii)(A)).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Restriction:</source>
        <translation>Restricción:</translation>
    </message>
    <message>
        <source>The client ends it (in writing, or orally: this record documents it)</source>
        <translation>La termina el cliente (por escrito, u oralmente: este registro lo documenta)</translation>
    </message>
    <message>
        <source>The client may end it at any time, in writing or orally (45 CFR 164.522(a)(2)(i), (ii)). The app stops enforcing it from the day given here.</source>
        <translation>El cliente puede terminarla en cualquier momento, por escrito u oralmente (45 CFR 164.522(a)(2)(i), (ii)). La aplicación deja de aplicarla desde el día indicado aquí.</translation>
    </message>
    <message>
        <source>Who ends it:</source>
        <translation>Quién la termina:</translation>
    </message>
    <message>
        <source>You end it, having told the client</source>
        <translation>La termina usted, tras informar al cliente</translation>
    </message>
    <message>
        <source>Your ending applies only to information created or received after you told the client (45 CFR 164.522(a)(2)(iii)(B)): the app keeps refusing the items dated before the day given here, and lets those dated from it go.</source>
        <translation>Su terminación se aplica solo a la información creada o recibida después de informar al cliente (45 CFR 164.522(a)(2)(iii)(B)): la aplicación sigue rechazando lo fechado antes del día indicado aquí y deja pasar lo fechado desde ese día.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>No validated translation of this measure is included, so it is shown in its English original.</source>
        <translation>No se incluye una versión validada en español de esta escala, así que se muestra en su original en inglés.</translation>
    </message>
    <message>
        <source>A draft progress note was started for this session with a line about it.</source>
        <translation>Se empezó un borrador de nota de evolución para esta sesión con una línea sobre ello.</translation>
    </message>
    <message>
        <source>A line was added to this session&apos;s draft progress note.</source>
        <translation>Se añadió una línea al borrador de la nota de evolución de esta sesión.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Enter a measure</source>
        <translation>Introducir una escala</translation>
    </message>
    <message>
        <source>Item {n}: {text}</source>
        <translation>Ítem {n}: {text}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>No session (or the one session that day)</source>
        <translation>Sin sesión (o la única sesión de ese día)</translation>
    </message>
    <message>
        <source>No session is linked, so no progress note was changed.</source>
        <translation>No hay sesión vinculada, así que no se cambió ninguna nota de evolución.</translation>
    </message>
    <message>
        <source>Open the confidentiality decision…</source>
        <translation>Abrir la decisión de confidencialidad…</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Alerta de riesgo</translation>
    </message>
    <message>
        <source>Risk flag: next steps</source>
        <translation>Alerta de riesgo: próximos pasos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved: {measure} total {total} ({band}).</source>
        <translation>Guardada: {measure}, total {total} ({band}).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>This session&apos;s progress note is already signed, so it was not changed: add an addendum.</source>
        <translation>La nota de evolución de esta sesión ya está firmada, así que no se cambió: añada una adenda.</translation>
    </message>
    <message>
        <source>Total {total} of {maximum}: {band}</source>
        <translation>Total {total} de {maximum}: {band}</translation>
    </message>
    <message>
        <source>What happened and what to do next</source>
        <translation>Qué ocurrió y qué hacer a continuación</translation>
    </message>
    <message>
        <source>{day}  {minutes} min  {modality}</source>
        <translation>{day}  {minutes} min  {modality}</translation>
    </message>
    <message>
        <source>{given} of {items} answered: so far {sum} (every item is needed for a score)</source>
        <translation>{given} de {items} respondidos: hasta ahora {sum} (se necesitan todos los ítems para una puntuación)</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" />
        <source>Open the session&apos;s note</source>
        <translation>Abrir la nota de la sesión</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" />
        <source>Add an addendum to the session&apos;s note</source>
        <translation>Añadir una adenda a la nota de la sesión</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" />
        <source>Start a note for today</source>
        <translation>Empezar una nota para hoy</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <source>not set</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>held</name>
    <message>
        <source>About the form</source>
        <translation>Sobre el formulario</translation>
    </message>
    <message>
        <source>Restored: this is what you were typing when the app was closed.</source>
        <translation>Recuperado: esto es lo que estaba escribiendo cuando se cerró la aplicación.</translation>
    </message>
    <message>
        <source>Restored: this is what you were typing when the app stopped unexpectedly.</source>
        <translation>Recuperado: esto es lo que estaba escribiendo cuando la aplicación se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>The note is as it was last saved; what was typed in the last moment before the app stopped may be missing.</source>
        <translation>La nota está como se guardó por última vez; puede faltar lo que se escribió en el último momento antes de que la aplicación se detuviera.</translation>
    </message>
    <message>
        <source>The note is as it was last saved at {0}; what was typed in the last moment before the app stopped may be missing.</source>
        <translation>La nota está como se guardó por última vez ({0}); puede faltar lo que se escribió en el último momento antes de que la aplicación se detuviera.</translation>
    </message>
    <message>
        <source>Restored: this is what you were typing when the psychotherapy notes locked.</source>
        <translation>Recuperado: esto es lo que estaba escribiendo cuando se bloquearon las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>Restored: this is what you were typing when the vault closed.</source>
        <translation>Recuperado: esto es lo que estaba escribiendo cuando se cerró la bóveda.</translation>
    </message>
    <message>
        <source>Restored: this is what you were typing when the vault locked.</source>
        <translation>Recuperado: esto es lo que estaba escribiendo cuando se bloqueó la bóveda.</translation>
    </message>
</context>
<context>
    <name>PsychotherapyTab</name>
    <message>
        <source>A psychotherapy note you were writing will reopen when you unlock psychotherapy notes.</source>
        <translation>Una nota de psicoterapia que estaba escribiendo se volverá a abrir cuando desbloquee las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>The note&apos;s text was saved as you typed; nothing was lost.</source>
        <translation>El texto de la nota se guardó mientras escribía; no se perdió nada.</translation>
    </message>
    <message>
        <source>original PDF</source>
        <translation>PDF original</translation>
    </message>
    <message>
        <source>Kept when its imported draft was discarded</source>
        <translation>Conservado al descartar su borrador importado</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard this imported draft? It keeps the original PDF it was imported from.</source>
        <translation>¿Descartar este borrador importado? Guarda el PDF original del que se importó.</translation>
    </message>
    <message>
        <source>The draft's text is deleted and cannot be brought back.</source>
        <translation>El texto del borrador se borra y no se puede recuperar.</translation>
    </message>
    <message>
        <source>The original PDF is the only copy of what the previous system held for this note, which you may have to keep. Unless you keep it, it is deleted with the draft.</source>
        <translation>El PDF original es la única copia de lo que el sistema anterior tenía de esta nota, y quizá deba conservarlo. Si no lo conserva, se borra con el borrador.</translation>
    </message>
    <message>
        <source>Kept, it stays here among the psychotherapy notes as a record of its own: opened only while they are unlocked, each opening logged.</source>
        <translation>Si lo conserva, queda aquí entre las notas de psicoterapia como un registro propio: solo se abre mientras están desbloqueadas, y cada apertura queda registrada.</translation>
    </message>
    <message>
        <source>The audit ledger keeps which you chose, not the text.</source>
        <translation>El registro de auditoría guarda qué eligió, no el texto.</translation>
    </message>
    <message>
        <source>Keep the PDF, discard the draft</source>
        <translation>Conservar el PDF, descartar el borrador</translation>
    </message>
    <message>
        <source>Discard both</source>
        <translation>Descartar ambos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Its original PDF is kept: it is listed with the notes.</source>
        <translation>Su PDF original se conserva: aparece en la lista con las notas.</translation>
    </message>
    <message>
        <source>Its original PDF was deleted with it.</source>
        <translation>Su PDF original se borró con él.</translation>
    </message>
    <message>
        <source>Chart {0}</source>
        <translation>Expediente {0}</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Compruebe: </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Destroy notes…</source>
        <translation>Destruir notas…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Locks after 2 minutes without activity.</source>
        <translation>Se bloquean tras 2 minutos sin actividad.</translation>
    </message>
    <message>
        <source>New note. It is saved as you type.</source>
        <translation>Nota nueva. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>New psychotherapy note</source>
        <translation>Nueva nota de psicoterapia</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Psychotherapy note, %n word</source>
        <translation>Nota de psicoterapia, %n palabra</translation>
    </message>
    <message>
        <source>Psychotherapy note, %n words</source>
        <translation>Nota de psicoterapia, %n palabras</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unlocked. Locks again after {0:g} minutes without activity.</source>
        <translation>Desbloqueadas. Se bloquean de nuevo tras {0:g} minutos sin actividad.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>Original PDF…</source>
        <translation>PDF original…</translation>
    </message>
    <message>
        <source>Show the PDF this note was imported from, here, without saving it anywhere</source>
        <translation>Mostrar aquí el PDF del que se importó esta nota, sin guardarlo en ningún sitio</translation>
    </message>
    <message>
        <source>Original PDF</source>
        <translation>PDF original</translation>
    </message>
</context>
<context>
    <name>NoteLockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for psychotherapy notes</source>
        <translation>Frase de contraseña de las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Psychotherapy notes are locked</source>
        <translation>Las notas de psicoterapia están bloqueadas</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>They are kept apart from the rest of the record and open only with your passphrase. They lock again after 2 minutes without activity.</source>
        <translation>Se guardan aparte del resto del expediente y solo se abren con su frase de contraseña. Se bloquean de nuevo tras 2 minutos sin actividad.</translation>
    </message>
    <message>
        <source>They are kept apart from the rest of the record. You opened them with your passphrase in this session, so your quick-unlock PIN opens them again; after three wrong PINs only the passphrase does.</source>
        <translation>Se guardan aparte del resto del expediente. Las abrió con su frase de contraseña en esta sesión, así que su PIN de desbloqueo rápido las vuelve a abrir; tras tres PIN incorrectos, solo la frase de contraseña.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock the psychotherapy notes.</source>
        <translation>Escriba su frase de contraseña para desbloquear las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>Unlock psychotherapy notes</source>
        <translation>Desbloquear las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Unlock with PIN</source>
        <translation>Desbloquear con el PIN</translation>
    </message>
    <message>
        <source>Use passphrase</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your quick-unlock PIN</source>
        <translation>Su PIN de desbloqueo rápido</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>NoteDiscard</name>
    <message>
        <source>Discard draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Discard this draft note?</source>
        <translation>¿Descartar este borrador de nota?</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <source>Draft discarded. Its session stays under Sessions &amp; notes: if it did not take place, remove it there (Correct session details…).</source>
        <translation>Borrador descartado. Su sesión sigue en «Sesiones y notas»: si no tuvo lugar, quítela allí («Corregir datos de la sesión…»).</translation>
    </message>
    <message>
        <source>Its text is deleted and cannot be brought back.</source>
        <translation>Su texto se borra y no se puede recuperar.</translation>
    </message>
    <message>
        <source>The audit ledger keeps that a draft was discarded, not its text.</source>
        <translation>El registro de auditoría guarda que se descartó un borrador, no su texto.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>DecisionList</name>
    <message>
        <source>No confidentiality decisions match this filter.</source>
        <translation>Ninguna decisión de confidencialidad coincide con este filtro.</translation>
    </message>
    <message>
        <source>No confidentiality decisions in this chart yet. Start one with New decision…</source>
        <translation>Aún no hay decisiones de confidencialidad en este expediente. Empiece una con Nueva decisión…</translation>
    </message>
    <message>
        <source>No confidentiality decisions yet. One is started in a chart&apos;s Decisions tab (New decision…).</source>
        <translation>Aún no hay decisiones de confidencialidad. Se empiezan en la pestaña Decisiones de un expediente (Nueva decisión…).</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Todas las situaciones</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Confidentiality decisions</source>
        <translation>Decisiones de confidencialidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Solo borradores</translation>
    </message>
    <message>
        <source>Filter by situation</source>
        <translation>Filtrar por situación</translation>
    </message>
    <message>
        <source>New confidentiality decision</source>
        <translation>Nueva decisión de confidencialidad</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Nueva decisión…</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>divulgada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
</context>
<context>
    <name>DecisionRecordDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Añadir adenda</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Confidentiality decision</source>
        <translation>Decisión de confidencialidad</translation>
    </message>
    <message>
        <source>Later facts: the agency&apos;s answer, the court&apos;s ruling, a follow-up done…</source>
        <translation>Hechos posteriores: la respuesta del organismo, el fallo del tribunal, un seguimiento hecho…</translation>
    </message>
    <message>
        <source>The decision as signed</source>
        <translation>La decisión tal como se firmó</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Confidentiality decisions</source>
        <translation>Decisiones de confidencialidad</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Court order signed by a judge</source>
        <translation>Orden judicial firmada por un juez</translation>
    </message>
    <message>
        <source>Disclose (the minimum necessary)</source>
        <translation>Divulgar (lo mínimo necesario)</translation>
    </message>
    <message>
        <source>Do not disclose</source>
        <translation>No divulgar</translation>
    </message>
    <message>
        <source>Do not disclose now: seek a court order, notify the client, consult counsel</source>
        <translation>No divulgar por ahora: pedir una orden judicial, avisar al cliente, consultar con un abogado</translation>
    </message>
    <message>
        <source>Imminent risk of self-harm or suicide</source>
        <translation>Riesgo inminente de autolesión o suicidio</translation>
    </message>
    <message>
        <source>National-security request</source>
        <translation>Solicitud de seguridad nacional</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Otra situación</translation>
    </message>
    <message>
        <source>Subpoena (without a court order)</source>
        <translation>Citación (sin orden judicial)</translation>
    </message>
    <message>
        <source>Suspected child abuse or neglect</source>
        <translation>Sospecha de maltrato o negligencia infantil</translation>
    </message>
    <message>
        <source>Suspected elder or dependent-adult abuse</source>
        <translation>Sospecha de maltrato a una persona mayor o adulto dependiente</translation>
    </message>
    <message>
        <source>Threat to another person (duty to warn or protect)</source>
        <translation>Amenaza a otra persona (deber de advertir o proteger)</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada telefónica</translation>
    </message>
    <message>
        <source>reporting form</source>
        <translation>formulario de denuncia</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>secure electronic message or portal</source>
        <translation>mensaje electrónico seguro o portal</translation>
    </message>
    <message>
        <source>copies of records</source>
        <translation>copias de los registros</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>national security: the law forbids telling the client</source>
        <translation>seguridad nacional: la ley prohíbe informar al cliente</translation>
    </message>
    <message>
        <source>telling the client would put someone at risk</source>
        <translation>informar al cliente pondría a alguien en riesgo</translation>
    </message>
    <message>
        <source>not yet: the client will be told when it is safe</source>
        <translation>todavía no: se informará al cliente cuando sea seguro</translation>
    </message>
    <message>
        <source>the client could not be reached</source>
        <translation>no se pudo contactar al cliente</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>otro motivo</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>This is a copy of the vault in {value}: its automatic backups are off, so that vault&apos;s backups stay untouched. To back it up, open {vault} &gt; {backups} and choose a folder.</source>
        <translation>Esta es una copia de la bóveda de {value}: sus copias de seguridad automáticas están desactivadas, así que las copias de esa bóveda quedan intactas. Para hacerle copias, abra {vault} &gt; {backups} y elija una carpeta.</translation>
    </message>
    <message>
        <source>%n appointment of a client discharged earlier was still scheduled after the discharge; it has been cancelled (by the therapist, no fee), as a discharge now does. The agenda shows it as cancelled.</source>
        <translation>%n cita de un cliente dado de alta antes seguía programada después del alta; se ha cancelado (por el terapeuta, sin tarifa), como hace ahora un alta. La agenda la muestra como cancelada.</translation>
    </message>
    <message>
        <source>%n appointments of clients discharged earlier were still scheduled after the discharge; they have been cancelled (by the therapist, no fee), as a discharge now does. The agenda shows them as cancelled.</source>
        <translation>%n citas de clientes dados de alta antes seguían programadas después del alta; se han cancelado (por el terapeuta, sin tarifa), como hace ahora un alta. La agenda las muestra como canceladas.</translation>
    </message>
    <message>
        <source>The automatic backup at the last lock was not made: {reason}</source>
        <translation>La copia de seguridad automática del último bloqueo no se hizo: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup at Quit was not made: {reason}</source>
        <translation>La copia de seguridad automática al salir no se hizo: {reason}</translation>
    </message>
    <message>
        <source>A restore into this folder was interrupted; it has been completed: the vault is the restored one, whole.</source>
        <translation>Una restauración en esta carpeta se interrumpió; se ha completado: la bóveda es la restaurada, entera.</translation>
    </message>
    <message>
        <source>A restore into this folder was interrupted; it has been completed: the vault is the restored one, whole. The vault as it was before is kept in {value}.</source>
        <translation>Una restauración en esta carpeta se interrumpió; se ha completado: la bóveda es la restaurada, entera. La bóveda tal como estaba antes se guarda en {value}.</translation>
    </message>
    <message>
        <source>A restore into this folder was interrupted before it changed anything; the vault is as it was before the restore.</source>
        <translation>Una restauración en esta carpeta se interrumpió antes de cambiar nada; la bóveda está como estaba antes de la restauración.</translation>
    </message>
    <message>
        <source>Upgraded for this version. The vault as it was is kept in the verified backup {value} ({vault} &gt; {backups}).</source>
        <translation>Actualizada para esta versión. La bóveda tal como estaba se guarda en la copia de seguridad comprobada {value} ({vault} &gt; {backups}).</translation>
    </message>
    <message>
        <source>It failed unexpectedly; make one now: {vault} &gt; {backups} &gt; {back_up_now}.</source>
        <translation>Falló de forma inesperada; haga una ahora: {vault} &gt; {backups} &gt; {back_up_now}.</translation>
    </message>
    <message>
        <source>the backup folder {folder} is not there; nothing was written. If it is on an external drive, connect the drive, or choose another backup folder ({vault} &gt; {backups}).</source>
        <translation>la carpeta de copias {folder} no está; no se escribió nada. Si está en una unidad externa, conecte la unidad, o elija otra carpeta de copias ({vault} &gt; {backups}).</translation>
    </message>
    <message>
        <source>it held a chart or notes that were destroyed after it was made (in another window or by another program), so it was removed. The next lock backs up the vault as it is now; or make one now: {vault} &gt; {backups} &gt; {back_up_now}.</source>
        <translation>contenía un expediente o notas que se destruyeron después de hacerla (en otra ventana o por otro programa), así que se eliminó. El próximo bloqueo hace una copia de la bóveda tal como está ahora; o haga una ahora: {vault} &gt; {backups} &gt; {back_up_now}.</translation>
    </message>
    <message>
        <source>the vault&apos;s keys were replaced after it was made (by another program), so it was removed. The next lock backs up the vault as it is now; or make one now: {vault} &gt; {backups} &gt; {back_up_now}.</source>
        <translation>las claves de la bóveda se reemplazaron después de hacerla (por otro programa), así que se eliminó. El próximo bloqueo hace una copia de la bóveda tal como está ahora; o haga una ahora: {vault} &gt; {backups} &gt; {back_up_now}.</translation>
    </message>
    <message>
        <source>Replacing every key did not finish: choose {vault} &gt; {rekey} again now (your Emergency Kit may not work until then).</source>
        <translation>El reemplazo de todas las claves no terminó: elija de nuevo {vault} &gt; {rekey} ahora (puede que su Kit de emergencia no funcione hasta entonces).</translation>
    </message>
    <message>
        <source>This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened. Choose {vault} &gt; {rekey} to get a new kit, and keep it.</source>
        <translation>Esta bóveda no tiene un Kit de emergencia guardado: si se olvida la frase de contraseña, no se podrá abrir. Elija {vault} &gt; {rekey} para obtener un kit nuevo, y guárdelo.</translation>
    </message>
    <message>
        <source>This vault has no verified backup yet. Make one now: {vault} &gt; {backups} &gt; {back_up_now} (Ctrl+Shift+B).</source>
        <translation>Esta bóveda aún no tiene una copia de seguridad comprobada. Haga una ahora: {vault} &gt; {backups} &gt; {back_up_now} (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>This vault was made by an earlier version: its psychotherapy notes&apos; key can still be reached from the master key. Replace every key ({vault} &gt; {rekey}) to finish separating it.</source>
        <translation>Esta bóveda se creó con una versión anterior: la clave de sus notas de psicoterapia todavía se puede obtener desde la clave maestra. Reemplace todas las claves ({vault} &gt; {rekey}) para terminar de separarla.</translation>
    </message>
    <message>
        <source>Your last verified backup is %n day old. Make a new one: {vault} &gt; {backups} (Ctrl+Shift+B).</source>
        <translation>Su última copia de seguridad comprobada tiene %n día de antigüedad. Haga una nueva: {vault} &gt; {backups} (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Your last verified backup is %n days old. Make a new one: {vault} &gt; {backups} (Ctrl+Shift+B).</source>
        <translation>Su última copia de seguridad comprobada tiene %n días de antigüedad. Haga una nueva: {vault} &gt; {backups} (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>An interrupted backup or check may have left an unfinished copy of this vault in {value}: connect that drive and start the app again, or delete it.</source>
        <translation>Una copia de seguridad o una comprobación interrumpida puede haber dejado una copia sin terminar de esta bóveda en {value}: conecte esa unidad y vuelva a iniciar la aplicación, o elimínela.</translation>
    </message>
    <message>
        <source>A chart's destruction could not be finished: the backups in {value} are on a drive that cannot be written. Make it writable, or disconnect it, then choose Finish now in Records &gt; Destructions and certificates.</source>
        <translation>La destrucción de un expediente no se pudo terminar: las copias de {value} están en una unidad en la que no se puede escribir. Haga que se pueda escribir en ella, o desconéctela, y elija Terminar ahora en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>A chart's destruction was interrupted (the app was closed or the computer stopped during it); it has been finished at this unlock. Its certificate is in Records &gt; Destructions and certificates.</source>
        <translation>La destrucción de un expediente se interrumpió (la aplicación se cerró o la computadora se detuvo durante ella); se ha terminado en este desbloqueo. Su certificado está en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>{count} destructions were interrupted (the app was closed or the computer stopped during them); they have been finished at this unlock. Their certificates are in Records &gt; Destructions and certificates.</source>
        <translation>{count} destrucciones se interrumpieron (la aplicación se cerró o la computadora se detuvo durante ellas); se han terminado en este desbloqueo. Sus certificados están en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>This vault was restored from a backup by another program while this window was locked: it now holds what that backup held, and forms left open at the lock were not kept.</source>
        <translation>Otro programa restauró esta bóveda desde una copia de seguridad mientras esta ventana estaba bloqueada: ahora contiene lo que contenía esa copia, y los formularios que quedaron abiertos al bloquear no se conservaron.</translation>
    </message>
    <message>
        <source>The chart that was open when this window locked was destroyed by another program meanwhile, so it was not opened again; any form left open on it went with it. Its certificate is in Records &gt; Destructions and certificates.</source>
        <translation>Otro programa destruyó, mientras esta ventana estaba bloqueada, el expediente que estaba abierto al bloquearla, así que no se volvió a abrir; los formularios que quedaron abiertos en él se fueron con él. Su certificado está en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>the vault was restored from another backup after it was made (by another program), so it was removed; the backup restored from is kept. The next lock backs up the vault as it is now; or make one now: {vault} &gt; {backups} &gt; {back_up_now}.</source>
        <translation>la bóveda se restauró desde otra copia de seguridad después de hacerla (por otro programa), así que se eliminó; la copia desde la que se restauró se conserva. El próximo bloqueo hace una copia de la bóveda tal como está ahora; o haga una ahora: {vault} &gt; {backups} &gt; {back_up_now}.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Add to the note</source>
        <translation>Añadir a la nota</translation>
    </message>
    <message>
        <source>Addendum or amendment</source>
        <translation>Adenda o enmienda</translation>
    </message>
    <message>
        <source>Addendum: add information</source>
        <translation>Adenda: añadir información</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Amendment: correct something, with a reason</source>
        <translation>Enmienda: corregir algo, con un motivo</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>The signed note stays exactly as it was. This text is added after it, with your name and the time, and kept in the note&apos;s history.</source>
        <translation>La nota firmada queda exactamente como estaba. Este texto se añade después de ella, con su nombre y la hora, y queda en el historial de la nota.</translation>
    </message>
    <message>
        <source>required for an amendment</source>
        <translation>obligatorio para una enmienda</translation>
    </message>
    <message>
        <source>Addendum {when} by {author}</source>
        <translation>Adenda del {when}, de {author}</translation>
    </message>
    <message>
        <source>Amendment {when} by {author}</source>
        <translation>Enmienda del {when}, de {author}</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (motivo: {reason})</translation>
    </message>
    <message>
        <source>Addendum {when} by the treating clinician (name not set){rest}</source>
        <translation>Adenda del {when}, del profesional tratante (nombre no indicado){rest}</translation>
    </message>
    <message>
        <source>Amendment {when} by the treating clinician (name not set){rest}</source>
        <translation>Enmienda del {when}, del profesional tratante (nombre no indicado){rest}</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Text of the addendum or amendment</source>
        <translation>Texto de la adenda o enmienda</translation>
    </message>
</context>
<context>
    <name>NoteSessionDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Choose the session this note documents.</source>
        <translation>Elija la sesión que documenta esta nota.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Every session on {day} has a note already. If another note was started for this same visit (marking the appointment attended starts one), discard that draft first. Record a separate session only if this note documents a second visit: each session is billed.</source>
        <translation>Cada sesión del {day} ya tiene una nota. Si se empezó otra nota para esta misma visita (marcar la cita como atendida empieza una), descarte primero ese borrador. Registre una sesión aparte solo si esta nota documenta una segunda visita: cada sesión se factura.</translation>
    </message>
    <message>
        <source>The session recorded on {day} is another note&apos;s, still an unsigned draft: not a visit until that note is signed. If that draft was started for this same visit, discard one of the two. Record a separate session only if this note documents a second visit: each session is billed.</source>
        <translation>La sesión registrada el {day} es de otra nota, todavía un borrador sin firmar: no es una visita hasta que esa nota se firme. Si ese borrador se empezó para esta misma visita, descarte uno de los dos. Registre una sesión aparte solo si esta nota documenta una segunda visita: cada sesión se factura.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>No session is recorded on {day}: record the one this note documents.</source>
        <translation>No hay ninguna sesión registrada el {day}: registre la que documenta esta nota.</translation>
    </message>
    <message>
        <source>Record a separate session (a second visit that day)</source>
        <translation>Registrar una sesión aparte (una segunda visita ese día)</translation>
    </message>
    <message>
        <source>Record the session now</source>
        <translation>Registrar la sesión ahora</translation>
    </message>
    <message>
        <source>Recorded now:</source>
        <translation>Registrada ahora:</translation>
    </message>
    <message>
        <source>Session for this note</source>
        <translation>Sesión de esta nota</translation>
    </message>
    <message>
        <source>Session the note documents</source>
        <translation>Sesión que documenta la nota</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>The session at {time} ({minutes} min, CPT {cpt})</source>
        <translation>La sesión de {time} ({minutes} min, CPT {cpt})</translation>
    </message>
    <message>
        <source>This note already documents a session.</source>
        <translation>Esta nota ya documenta una sesión.</translation>
    </message>
    <message>
        <source>This note documents no session yet. Choose the session of {day} it documents.</source>
        <translation>Esta nota aún no documenta ninguna sesión. Elija la sesión del {day} que documenta.</translation>
    </message>
    <message>
        <source>e.g. {time}</source>
        <translation>p. ej., {time}</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>hora sin registrar</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>, born %1</source>
        <translation>, fecha de nacimiento %1</translation>
    </message>
    <message>
        <source>A client with this name and date of birth already has a chart:</source>
        <translation>Ya hay un expediente de un cliente con este nombre y fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Chart number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <source>Create a second chart</source>
        <translation>Crear un segundo expediente</translation>
    </message>
    <message>
        <source>Create chart</source>
        <translation>Crear el expediente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Nombre legal:</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Part 2 records</source>
        <translation>Registros de la Parte 2</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Substance-use treatment records (42 CFR Part 2)</source>
        <translation>Registros de consumo de sustancias (42 CFR Parte 2)</translation>
    </message>
    <message>
        <source>This client may have a chart already</source>
        <translation>Puede que este cliente ya tenga un expediente</translation>
    </message>
    <message>
        <source>Two charts for one person split their notes, authorizations and disclosures: an export or an accounting from one misses the other, and destroying one leaves the other.</source>
        <translation>Dos expedientes para una misma persona reparten sus notas, autorizaciones y divulgaciones: una exportación o un registro de divulgaciones de uno no incluye el otro, y destruir uno deja el otro.</translation>
    </message>
    <message>
        <source>assigned automatically if left empty</source>
        <translation>se asigna automáticamente si se deja vacío</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no consta</translation>
    </message>
</context>
<context>
    <name>LetterSaveDialog</name>
    <message>
        <source>Save a letter as PDF</source>
        <translation>Guardar una carta como PDF</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>Guardando la carta…</translation>
    </message>
    <message>
        <source>Saved in {path} (password-protected).</source>
        <translation>Guardado en {path} (protegido con contraseña).</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>Save a letter as PDF…</source>
        <translation>Guardar una carta como PDF…</translation>
    </message>
    <message>
        <source>{kind} ({day})</source>
        <translation>{kind} ({day})</translation>
    </message>
    <message>
        <source>The rest was given on {day}: {given}.</source>
        <translation>El resto se entregó el {day}: {given}.</translation>
    </message>
    <message>
        <source>(&lt;b&gt;1 day late&lt;/b&gt;: it was due {due}, {citation})</source>
        <translation>(&lt;b&gt;1 día tarde&lt;/b&gt;: vencía el {due}, {citation})</translation>
    </message>
    <message>
        <source>(&lt;b&gt;{n} days late&lt;/b&gt;: it was due {due}, {citation})</source>
        <translation>(&lt;b&gt;{n} días tarde&lt;/b&gt;: vencía el {due}, {citation})</translation>
    </message>
    <message>
        <source> (extended from {day}: {reason})</source>
        <translation> (prorrogada desde el {day}: {reason})</translation>
    </message>
    <message>
        <source>, decided {day}</source>
        <translation>, resuelta el {day}</translation>
    </message>
    <message>
        <source>: {given}</source>
        <translation>: {given}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; received {received}. Due &lt;b&gt;{due}&lt;/b&gt;{ext}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; recibida el {received}. Vence el &lt;b&gt;{due}&lt;/b&gt;{ext}.</translation>
    </message>
    <message>
        <source>Accept the amendment</source>
        <translation>Aceptar la enmienda</translation>
    </message>
    <message>
        <source>Accept: amend the notes…</source>
        <translation>Aceptar: enmendar las notas…</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Solicitud de acceso</translation>
    </message>
    <message>
        <source>Accounting request</source>
        <translation>Solicitud de registro de divulgaciones</translation>
    </message>
    <message>
        <source>Amending the notes…</source>
        <translation>Enmendando las notas…</translation>
    </message>
    <message>
        <source>Amendment request</source>
        <translation>Solicitud de enmienda</translation>
    </message>
    <message>
        <source>Deny, with grounds…</source>
        <translation>Denegar, con motivos…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prorrogar</translation>
    </message>
    <message>
        <source>Extend once (with a written notice)…</source>
        <translation>Prorrogar una vez (con aviso por escrito)…</translation>
    </message>
    <message>
        <source>Extending…</source>
        <translation>Prorrogando…</translation>
    </message>
    <message>
        <source>Granted: provide the copy…</source>
        <translation>Concedida: entregar la copia…</translation>
    </message>
    <message>
        <source>Informed of the amendment</source>
        <translation>Informado de la enmienda</translation>
    </message>
    <message>
        <source>Informed of the amendment…</source>
        <translation>Informado de la enmienda…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>Made by a personal representative.</source>
        <translation>Hecha por un representante personal.</translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation>Aún no hay cartas.</translation>
    </message>
    <message>
        <source>Nobody received an amended note: ask the client whom to inform of the amendment and record each with Informed of the amendment… (45 CFR 164.526(c)(3)(i)).</source>
        <translation>Nadie recibió una nota enmendada: pregunte al cliente a quién informar de la enmienda y anote a cada uno con Informado de la enmienda… (45 CFR 164.526(c)(3)(i)).</translation>
    </message>
    <message>
        <source>Only when the client (or their representative) withdrew it: the request closes and its due date is no longer followed.</source>
        <translation>Solo si el cliente (o su representante) la retiró: la solicitud se cierra y deja de seguirse su plazo.</translation>
    </message>
    <message>
        <source>Provide the accounting…</source>
        <translation>Entregar el registro de divulgaciones…</translation>
    </message>
    <message>
        <source>Reason for the delay (it goes into the notice letter):</source>
        <translation>Motivo del retraso (figura en la carta de aviso):</translation>
    </message>
    <message>
        <source>Record as withdrawn</source>
        <translation>Registrar como retirada</translation>
    </message>
    <message>
        <source>Record that this request was withdrawn?</source>
        <translation>¿Registrar que esta solicitud se retiró?</translation>
    </message>
    <message>
        <source>Recording the denial…</source>
        <translation>Registrando la denegación…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Request summary</source>
        <translation>Resumen de la solicitud</translation>
    </message>
    <message>
        <source>Sent the amendment today to (choose one who received the note, or type a person the client named):</source>
        <translation>Enmienda enviada hoy a (elija a quien recibió la nota o escriba una persona que nombró el cliente):</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>The amendment, as it will be added to each note the request names:</source>
        <translation>La enmienda, tal como se añadirá a cada nota que nombra la solicitud:</translation>
    </message>
    <message>
        <source>To inform of the amendment (45 CFR 164.526(c)(3)): {who}.</source>
        <translation>A quién informar de la enmienda (45 CFR 164.526(c)(3)): {who}.</translation>
    </message>
    <message>
        <source>Where the copy is</source>
        <translation>Dónde está la copia</translation>
    </message>
    <message>
        <source>Who is to be told of the amendment</source>
        <translation>A quién hay que informar de la enmienda</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Denial of access</source>
        <translation>Denegación de acceso</translation>
    </message>
    <message>
        <source>Amendment accepted</source>
        <translation>Enmienda aceptada</translation>
    </message>
    <message>
        <source>Denial of the amendment</source>
        <translation>Denegación de la enmienda</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>Aviso de prórroga</translation>
    </message>
    <message>
        <source>Decision of the review</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <source>Rebuttal of the statement</source>
        <translation>Réplica a la declaración</translation>
    </message>
    <message>
        <source>{name}, informed {day}</source>
        <translation>{name}, informado el {day}</translation>
    </message>
    <message>
        <source>{name}, not yet</source>
        <translation>{name}, todavía no</translation>
    </message>
    <message>
        <source>{title} received {received}, due {due}</source>
        <translation>{title} recibida el {received}, vence el {due}</translation>
    </message>
    <message>
        <source>Provide the copy of the rest…</source>
        <translation>Entregar la copia del resto…</translation>
    </message>
    <message>
        <source>Denied: {what} ({grounds})</source>
        <translation>Denegado: {what} ({grounds})</translation>
    </message>
    <message>
        <source>all that was asked</source>
        <translation>todo lo pedido</translation>
    </message>
    <message>
        <source>— {kind} ({day}) —</source>
        <translation>— {kind} ({day}) —</translation>
    </message>
    <message>
        <source>Made by {who}.</source>
        <translation>Hecha por {who}.</translation>
    </message>
    <message>
        <source>Psychotherapy notes, excepted from access</source>
        <translation>Son notas de psicoterapia, excluidas del derecho de acceso</translation>
    </message>
    <message>
        <source>Compiled for a legal action or proceeding</source>
        <translation>Se recopiló para una acción o un proceso legal</translation>
    </message>
    <message>
        <source>Access would reveal a source promised confidentiality</source>
        <translation>El acceso revelaría una fuente a la que se prometió confidencialidad</translation>
    </message>
    <message>
        <source>Access is likely to endanger the life or safety of the client or another</source>
        <translation>El acceso probablemente pondría en peligro la vida o la seguridad del cliente o de otra persona</translation>
    </message>
    <message>
        <source>It refers to another person, whom access is likely to harm</source>
        <translation>Se refiere a otra persona, a la que el acceso probablemente causaría un daño grave</translation>
    </message>
    <message>
        <source>Access by this representative is likely to cause substantial harm</source>
        <translation>El acceso de este representante probablemente causaría un daño grave</translation>
    </message>
    <message>
        <source>Not created by this practice, and its author can act on the request</source>
        <translation>No la creó esta consulta, y su autor puede atender la solicitud</translation>
    </message>
    <message>
        <source>Not part of the designated record set</source>
        <translation>No forma parte del conjunto de registros designado</translation>
    </message>
    <message>
        <source>Not information the client has a right to inspect</source>
        <translation>No es información que el cliente tenga derecho a consultar</translation>
    </message>
    <message>
        <source>The information is accurate and complete</source>
        <translation>La información es exacta y completa</translation>
    </message>
    <message>
        <source>&lt;b&gt;overdue&lt;/b&gt;: act on it as soon as possible.</source>
        <translation>&lt;b&gt;vencida&lt;/b&gt;: resuélvala lo antes posible.</translation>
    </message>
    <message>
        <source>Too late to extend: the written notice had to go out by {day}.</source>
        <translation>Ya no se puede prorrogar: el aviso por escrito debía enviarse a más tardar el {day}.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>No open requests. A client&apos;s request (access, amendment, accounting) is recorded in their chart&apos;s Requests tab (Record a request…).</source>
        <translation>No hay solicitudes abiertas. La solicitud de un cliente (acceso, enmienda, relación de divulgaciones) se registra en la pestaña Solicitudes de su expediente (Registrar una solicitud…).</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Plazo según</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>¿Cerrar sin guardar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed here is not saved.</source>
        <translation>Lo que escribió aquí no se guarda.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Enter or Escape goes back to the form.</source>
        <translation>Intro o Esc vuelve al formulario.</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “{0}” to dictionary</source>
        <translation>Añadir «{0}» al diccionario</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>License state</source>
        <translation>Estado de la licencia</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contacto de privacidad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>Bloquear la bóveda tras</translation>
    </message>
    <message>
        <source>Lock psychotherapy notes after</source>
        <translation>Bloquear las notas de psicoterapia tras</translation>
    </message>
    <message>
        <source>Lock the vault after:</source>
        <translation>Bloquear la bóveda tras:</translation>
    </message>
    <message>
        <source>Lock psychotherapy notes after:</source>
        <translation>Bloquear las notas de psicoterapia tras:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Los del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>Practice (printed on letters, exports and certificates)</source>
        <translation>Consulta (impresa en cartas, exportaciones y certificados)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>EIN (12-3456789), or the last 4 digits of your SSN</source>
        <translation>EIN (12-3456789) o los 4 últimos dígitos de su SSN</translation>
    </message>
    <message>
        <source>10 digits (printed on superbills)</source>
        <translation>10 dígitos (impreso en los superbills)</translation>
    </message>
    <message>
        <source>Dates and money</source>
        <translation>Fechas e importes</translation>
    </message>
    <message>
        <source>How dates and amounts are written on screen, in letters and in PDFs.</source>
        <translation>Cómo se escriben las fechas y los importes en pantalla, en las cartas y en los PDF.</translation>
    </message>
    <message>
        <source>Dates and money:</source>
        <translation>Fechas e importes:</translation>
    </message>
    <message>
        <source>Lists, charts, the date fields of open forms and the dates shown in an open note follow at once.</source>
        <translation>Las listas, los expedientes, los campos de fecha de los formularios abiertos y las fechas de una nota abierta cambian al momento.</translation>
    </message>
    <message>
        <source>Locking and appearance</source>
        <translation>Bloqueo y apariencia</translation>
    </message>
    <message>
        <source>About you and the practice</source>
        <translation>Usted y su consulta</translation>
    </message>
    <message>
        <source>Saving settings…</source>
        <translation>Guardando los ajustes…</translation>
    </message>
    <message>
        <source>Privacy Officer</source>
        <translation>Responsable de privacidad</translation>
    </message>
    <message>
        <source>Who clients contact about privacy, as the letters to them name it. The letters are in English: left as offered, they say “Privacy Officer”.</source>
        <translation>A quién se dirigen los clientes por temas de privacidad, tal como lo nombran las cartas que reciben. Las cartas están en inglés: si lo deja como se ofrece, dirán «Privacy Officer».</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language: the one this computer is set to.</source>
        <translation>Idioma del sistema: el que está configurado en esta computadora.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>The app opens in the chosen language the next time it starts.</source>
        <translation>La aplicación se abrirá en el idioma elegido la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Quick unlock</source>
        <translation>Desbloqueo rápido</translation>
    </message>
    <message>
        <source>After an idle lock, unlock with a short PIN</source>
        <translation>Tras un bloqueo por inactividad, desbloquear con un PIN corto</translation>
    </message>
    <message>
        <source>Quick unlock with a PIN</source>
        <translation>Desbloqueo rápido con un PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmar el PIN</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase to turn quick unlock on</source>
        <translation>Frase de contraseña para activar el desbloqueo rápido</translation>
    </message>
    <message>
        <source>Only after you unlocked with your passphrase since the app started. Three wrong PINs, a restart, sleep or the computer's own screen lock always ask for the passphrase. Anyone who sees you type the PIN can unlock an idle-locked vault on this computer.</source>
        <translation>Solo si desbloqueó con su frase de contraseña desde que se abrió la aplicación. Tres PIN erróneos, un reinicio, la suspensión o el bloqueo de pantalla de la propia computadora piden siempre la frase de contraseña. Quien le vea escribir el PIN puede desbloquear en esta computadora una bóveda bloqueada por inactividad.</translation>
    </message>
    <message>
        <source>PIN (4 or more):</source>
        <translation>PIN (4 o más):</translation>
    </message>
    <message>
        <source>Confirm PIN:</source>
        <translation>Confirmar el PIN:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Type your passphrase to turn quick unlock on.</source>
        <translation>Escriba su frase de contraseña para activar el desbloqueo rápido.</translation>
    </message>
    <message>
        <source>Turning quick unlock on…</source>
        <translation>Activando el desbloqueo rápido…</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>{0} (rule stated by the therapist)</source>
        <translation>{0} (norma indicada por el terapeuta)</translation>
    </message>
    <message>
        <source>Your own numbers, following {0}.</source>
        <translation>Sus propias cifras, según {0}.</translation>
    </message>
    <message>
        <source>This policy is another state&apos;s rule.</source>
        <translation>Esta política es la norma de otro estado.</translation>
    </message>
    <message>
        <source>Rule it follows</source>
        <translation>Norma que sigue</translation>
    </message>
    <message>
        <source>Rule it follows:</source>
        <translation>Norma que sigue:</translation>
    </message>
    <message>
        <source>The citation of your state&apos;s rule, e.g. 8 NYCRR 29.2(a)(3)</source>
        <translation>La cita de la norma de su estado, p. ej. 8 NYCRR 29.2(a)(3)</translation>
    </message>
    <message>
        <source>Switch to your state&apos;s preset...</source>
        <translation>Cambiar a la política de su estado...</translation>
    </message>
    <message>
        <source>Switch to your state&apos;s preset</source>
        <translation>Cambiar a la política de su estado</translation>
    </message>
    <message>
        <source>The app has no preset for {0}: the APA guideline is professional guidance, not your state&apos;s law; check your licensing board&apos;s rule and set it.</source>
        <translation>La aplicación no tiene una política predefinida para {0}: la guía de la APA es orientación profesional, no la ley de su estado; consulte la norma de su junta de licencias y establézcala.</translation>
    </message>
    <message>
        <source>This policy is not a rule of your license state ({0}). Choose the preset of your license, or add it to your credentials above.</source>
        <translation>Esta política no es una norma del estado de su licencia ({0}). Elija la política de su licencia o añádala a sus credenciales, más arriba.</translation>
    </message>
    <message>
        <source>This policy is not your license state&apos;s rule ({0}). The state&apos;s preset is: {1}.</source>
        <translation>Esta política no es la norma del estado de su licencia ({0}). La política predefinida del estado es: {1}.</translation>
    </message>
    <message>
        <source>Switch to the preset “{0}”: {1} years after the last contact; a minor&apos;s chart {2}, if later? It is saved when you press Save.</source>
        <translation>¿Cambiar a la política «{0}»: {1} años después del último contacto; el expediente de un menor, {2}, si es más tarde? Se guarda al pulsar Guardar.</translation>
    </message>
    <message>
        <source>until {0} years after the client turns 18</source>
        <translation>hasta {0} años después de que cumpla 18</translation>
    </message>
    <message>
        <source>until one year after the client turns 21</source>
        <translation>hasta un año después de que cumpla 21</translation>
    </message>
    <message>
        <source>Retention of records (when a chart may be destroyed)</source>
        <translation>Conservación de los registros (cuándo puede destruirse un expediente)</translation>
    </message>
    <message>
        <source>Retention preset</source>
        <translation>Política de conservación predefinida</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Sus propias cifras</translation>
    </message>
    <message>
        <source>Adults: years after the last contact</source>
        <translation>Adultos: años después del último contacto</translation>
    </message>
    <message>
        <source>Minors: years after the age of majority</source>
        <translation>Menores: años después de la mayoría de edad</translation>
    </message>
    <message>
        <source>Age of majority</source>
        <translation>Mayoría de edad</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <source>Adults, years after the last contact:</source>
        <translation>Adultos, años después del último contacto:</translation>
    </message>
    <message>
        <source>Minors, years after majority:</source>
        <translation>Menores, años después de la mayoría de edad:</translation>
    </message>
    <message>
        <source>Age of majority:</source>
        <translation>Mayoría de edad:</translation>
    </message>
    <message>
        <source>Your own numbers.</source>
        <translation>Sus propias cifras.</translation>
    </message>
    <message>
        <source>These are starting points, not legal advice: check your state's rule for your license.</source>
        <translation>Son puntos de partida, no asesoramiento jurídico: compruebe la norma de su estado para su licencia.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Your notes are kept in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>Sus notas se guardan en una bóveda cifrada en esta computadora. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>This wizard creates your vault in a few steps: a passphrase, an optional second safeguard in this computer's keyring, and your Emergency Kit for when a passphrase is forgotten.</source>
        <translation>Este asistente crea su bóveda en unos pocos pasos: una frase de contraseña, una segunda protección opcional en el llavero de esta computadora y su Kit de emergencia por si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <source>Where should the vault live?</source>
        <translation>¿Dónde debe guardarse la bóveda?</translation>
    </message>
    <message>
        <source>The default folder is fine for most people. Choose a folder on this computer's own disk, not a synced cloud folder.</source>
        <translation>La carpeta propuesta sirve a la mayoría. Elija una carpeta en el disco de esta computadora, no una carpeta sincronizada con la nube.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup (a new computer)…</source>
        <translation>&amp;Restaurar desde una copia de seguridad (una computadora nueva)…</translation>
    </message>
    <message>
        <source>Already have a vault?</source>
        <translation>¿Ya tiene una bóveda?</translation>
    </message>
    <message>
        <source>On a new computer, bring your vault back from its backup instead of creating a new one: a backup file, or a snapshot in your backup folder.</source>
        <translation>En una computadora nueva, recupere su bóveda desde su copia de seguridad en lugar de crear una nueva: un archivo de copia o una instantánea de su carpeta de copias.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Elija una carpeta para la bóveda</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>A stronger passphrase is needed: {0}</source>
        <translation>Hace falta una frase de contraseña más fuerte: {0}</translation>
    </message>
    <message>
        <source>Your passphrase starts or ends with a space. Remove it: a space nobody can see is easy to forget when unlocking.</source>
        <translation>Su frase de contraseña empieza o termina con un espacio. Quítelo: un espacio que nadie ve es fácil de olvidar al desbloquear.</translation>
    </message>
    <message>
        <source>The passphrases do not match: the second one starts or ends with a space.</source>
        <translation>Las frases de contraseña no coinciden: la segunda empieza o termina con un espacio.</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>You will type it each time you open the vault. A short sentence is easier to remember than symbols.</source>
        <translation>La escribirá cada vez que abra la bóveda. Una frase corta se recuerda mejor que unos símbolos.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <source>Nobody, including the makers of this app, can reset a forgotten passphrase. The Emergency Kit you get at the end is the only way back in.</source>
        <translation>Nadie, ni siquiera quienes hacen esta aplicación, puede restablecer una frase de contraseña olvidada. El Kit de emergencia que recibe al final es la única manera de volver a entrar.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Las frases de contraseña aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too weak</source>
        <translation>Demasiado débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Use at least {0} characters; four or more words is better.</source>
        <translation>Use al menos {0} caracteres; mejor cuatro palabras o más.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words: a short sentence only you would think of works well.</source>
        <translation>Fácil de adivinar. Añada más palabras: funciona bien una frase corta que solo se le ocurriría a usted.</translation>
    </message>
    <message>
        <source>Acceptable. A few more words would make it much stronger.</source>
        <translation>Aceptable. Unas pocas palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>The app has no preset for {0}: the APA guideline is professional guidance, not your state&apos;s law; check your licensing board&apos;s rule and set it (Vault &gt; Settings, after the vault is made).</source>
        <translation>La aplicación no tiene una política predefinida para {0}: la guía de la APA es orientación profesional, no la ley de su estado; consulte la norma de su junta de licencias y establézcala (Bóveda &gt; Ajustes, una vez creada la bóveda).</translation>
    </message>
    <message>
        <source>Dates and money</source>
        <translation>Fechas e importes</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>License state</source>
        <translation>Estado de la licencia</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Letters to clients and attorneys and destruction certificates carry your name.</source>
        <translation>Las cartas a clientes y abogados y los certificados de destrucción llevan su nombre.</translation>
    </message>
    <message>
        <source>as it should appear on letters, e.g. Jordan Lee</source>
        <translation>como debe aparecer en las cartas, p. ej. Jordan Lee</translation>
    </message>
    <message>
        <source>e.g. LCSW, PhD</source>
        <translation>p. ej. LCSW, PhD</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>optional: 10 digits</source>
        <translation>opcional: 10 dígitos</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Titulación:</translation>
    </message>
    <message>
        <source>License number:</source>
        <translation>Número de licencia:</translation>
    </message>
    <message>
        <source>License state:</source>
        <translation>Estado de la licencia:</translation>
    </message>
    <message>
        <source>NPI (optional):</source>
        <translation>NPI (opcional):</translation>
    </message>
    <message>
        <source>Dates and money:</source>
        <translation>Fechas e importes:</translation>
    </message>
    <message>
        <source>Stored encrypted inside the vault. You can change it later under Vault &gt; Settings.</source>
        <translation>Se guarda cifrado dentro de la bóveda. Puede cambiarlo más adelante en Bóveda &gt; Ajustes.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Dates are written %1 (April 23, 2026).</source>
        <translation>Las fechas se escriben %1 (23 de abril de 2026).</translation>
    </message>
    <message>
        <source>Your name holds part of your passphrase. If it was typed here by mistake, remove it: your name is printed on letters and signed notes.</source>
        <translation>Su nombre contiene parte de su frase de contraseña. Si la escribió aquí por error, bórrela: su nombre se imprime en las cartas y en las notas firmadas.</translation>
    </message>
    <message>
        <source>Keep records as your state's rule says</source>
        <translation>Conservar los expedientes según la norma de su estado</translation>
    </message>
    <message>
        <source>{0}: {1} years after the last session; a minor's chart {2} years after the client turns 18.</source>
        <translation>{0}: {1} años después de la última sesión; el expediente de un menor, {2} años después de que cumpla 18.</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <source>Use the system keyring</source>
        <translation>Usar el llavero del sistema</translation>
    </message>
    <message>
        <source>A second safeguard</source>
        <translation>Una segunda protección</translation>
    </message>
    <message>
        <source>Optional, and recommended on your own computer.</source>
        <translation>Opcional, y recomendable en su propia computadora.</translation>
    </message>
    <message>
        <source>Also protect the vault with a secret kept in this computer's keyring</source>
        <translation>Proteger también la bóveda con un secreto guardado en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Checking this computer's keyring…</source>
        <translation>Comprobando el llavero de esta computadora…</translation>
    </message>
    <message>
        <source>Your operating system has a protected keyring (Keychain on a Mac, Credential Manager on Windows, the Secret Service on Linux). If you allow it, the app keeps a random secret there. A copy of your vault, for example a lost backup drive, is then useless without this computer or your Emergency Kit, even if someone guesses your passphrase.</source>
        <translation>Su sistema operativo tiene un llavero protegido (Llavero en un Mac, Administrador de credenciales en Windows, Secret Service en Linux). Si lo permite, la aplicación guarda allí un secreto aleatorio. Una copia de su bóveda, por ejemplo un disco de copias perdido, no sirve entonces de nada sin esta computadora o su Kit de emergencia, aunque alguien adivine su frase de contraseña.</translation>
    </message>
    <message>
        <source>If you move to a new computer, open the vault there with your Emergency Kit once.</source>
        <translation>Si cambia de computadora, abra allí la bóveda una vez con su Kit de emergencia.</translation>
    </message>
    <message>
        <source>A keyring is available on this computer.</source>
        <translation>Esta computadora tiene un llavero disponible.</translation>
    </message>
    <message>
        <source>No usable keyring was found, so the vault will be protected by your passphrase alone. That is safe with a strong passphrase.</source>
        <translation>No se encontró un llavero utilizable, así que la bóveda quedará protegida solo por su frase de contraseña. Con una frase de contraseña fuerte es seguro.</translation>
    </message>
    <message>
        <source>A keyring would keep a second secret on this computer, so that a copy of your vault is useless without it.</source>
        <translation>Un llavero guardaría un segundo secreto en esta computadora, de modo que una copia de su bóveda no serviría sin él.</translation>
    </message>
    <message>
        <source>On a new computer, your passphrase alone opens the vault.</source>
        <translation>En una computadora nueva, su frase de contraseña basta para abrir la bóveda.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>About the backup folder</source>
        <translation>Sobre la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups cannot be kept inside the vault folder. Choose another folder or drive.</source>
        <translation>Las copias de seguridad no pueden guardarse dentro de la carpeta de la bóveda. Elija otra carpeta u otro disco.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Optional now: you can choose or change this later under Vault &gt; Backups…</source>
        <translation>Opcional ahora: puede elegir la carpeta o cambiarla más adelante en Bóveda &gt; Copias de seguridad…</translation>
    </message>
    <message>
        <source>a folder on an external drive is best</source>
        <translation>lo mejor es una carpeta en un disco externo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your backups go into a backup folder with dated snapshots. Each backup adds only what changed since the last one, so a year of backups takes little more room than the vault itself.</source>
        <translation>Sus copias de seguridad se guardan en una carpeta de copias con instantáneas fechadas. Cada copia añade solo lo que cambió desde la anterior, así que un año de copias ocupa poco más que la propia bóveda.</translation>
    </message>
    <message>
        <source>To move your backups or keep a second copy, copy the whole folder. To take one backup elsewhere, save a single-file copy from Vault &gt; Backups…</source>
        <translation>Para mover sus copias o tener una segunda, copie la carpeta entera. Para llevar una copia a otro sitio, guarde una copia en un solo archivo desde Bóveda &gt; Copias de seguridad…</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>¿Dónde deben guardarse las copias de seguridad?</translation>
    </message>
    <message>
        <source>Once a folder is chosen, the app backs up by itself when you lock it or quit, if anything changed, and checks each backup as a restore would.</source>
        <translation>Con una carpeta elegida, la aplicación hace una copia por sí sola al bloquearla o salir, si algo cambió, y comprueba cada copia como lo haría una restauración.</translation>
    </message>
    <message>
        <source>Read this first: press Next again to use this folder anyway, or choose another.</source>
        <translation>Léalo antes de seguir: pulse Siguiente otra vez para usar esta carpeta de todos modos, o elija otra.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder. Choose a folder for your backups.</source>
        <translation>{0} es un archivo, no una carpeta. Elija una carpeta para sus copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creation progress</source>
        <translation>Progreso de la creación</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>without</source>
        <translation>sin</translation>
    </message>
    <message>
        <source>The vault will be created in &lt;b&gt;{0}&lt;/b&gt;, {1} a keyring secret. First the app measures how fast this computer is, so that guessing your passphrase is slow for an attacker but unlocking stays quick for you.</source>
        <translation>La bóveda se creará en &lt;b&gt;{0}&lt;/b&gt;, {1} un secreto en el llavero. Primero la aplicación mide la velocidad de esta computadora, para que adivinar su frase de contraseña sea lento para un atacante y desbloquear siga siendo rápido para usted.</translation>
    </message>
    <message>
        <source>Backups will go into a backup folder with dated snapshots in &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Las copias de seguridad se guardarán en una carpeta de copias con instantáneas fechadas en &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No backup folder yet: choose one later under Vault &gt; Backups…</source>
        <translation>Aún sin carpeta de copias de seguridad: elija una más adelante en Bóveda &gt; Copias de seguridad…</translation>
    </message>
    <message>
        <source>Measuring this computer's speed…</source>
        <translation>Midiendo la velocidad de esta computadora…</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Creando su bóveda…</translation>
    </message>
    <message>
        <source>Saving your details…</source>
        <translation>Guardando sus datos…</translation>
    </message>
    <message>
        <source>Saving the backup folder…</source>
        <translation>Guardando la carpeta de copias de seguridad…</translation>
    </message>
    <message>
        <source>The vault was not created.</source>
        <translation>No se creó la bóveda.</translation>
    </message>
</context>
<context>
    <name>KitWords</name>
    <message>
        <source>This recovery key opens your vault if you forget your passphrase. Keep it away from the computer and from your backups.</source>
        <translation>Esta clave de recuperación abre su bóveda si olvida su frase de contraseña. Guárdela lejos de la computadora y de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>This recovery key opens your vault if you forget your passphrase or this computer's keyring is lost. Keep it away from the computer and from your backups.</source>
        <translation>Esta clave de recuperación abre su bóveda si olvida su frase de contraseña o se pierde el llavero de esta computadora. Guárdela lejos de la computadora y de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Saved to {0}. Open it in your PDF viewer and print it, then delete the file and empty the trash: a kit left on this computer, or in a folder that is synced or backed up, sits beside a copy of your vault. Keep the paper safe.</source>
        <translation>Guardado en {0}. Ábralo en su visor de PDF e imprímalo; después borre el archivo y vacíe la papelera: un kit que queda en esta computadora, o en una carpeta sincronizada o con copia de seguridad, está junto a una copia de su bóveda. Guarde el papel en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>The Emergency Kit was not saved in {0}: this computer does not let the app write there. Save it in another folder (your Documents folder or a USB stick), or write the key down by hand.</source>
        <translation>El Kit de emergencia no se guardó en {0}: esta computadora no deja que la aplicación escriba ahí. Guárdelo en otra carpeta (su carpeta Documentos o una memoria USB), o copie la clave a mano.</translation>
    </message>
    <message>
        <source>The Emergency Kit was not saved in {0}. {1} Or write the key down by hand.</source>
        <translation>El Kit de emergencia no se guardó en {0}. {1} O copie la clave a mano.</translation>
    </message>
    <message>
        <source>I kept my Emergency Kit</source>
        <translation>He guardado mi Kit de emergencia</translation>
    </message>
    <message>
        <source>Save Emergency Kit as PDF</source>
        <translation>Guardar el Kit de emergencia como PDF</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Your Emergency Kit</source>
        <translation>Su Kit de emergencia</translation>
    </message>
    <message>
        <source>Shown only this once. Save it as a PDF and print it, or write the key down by hand.</source>
        <translation>Se muestra solo esta vez. Guárdelo como PDF e imprímalo, o copie la clave a mano.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>I have saved or written down my Emergency Kit and will keep it somewhere safe</source>
        <translation>He guardado o copiado mi Kit de emergencia y lo tendré en un lugar seguro</translation>
    </message>
    <message>
        <source>Save Emergency Kit</source>
        <translation>Guardar el Kit de emergencia</translation>
    </message>
    <message>
        <source>Saving the Emergency Kit…</source>
        <translation>Guardando el Kit de emergencia…</translation>
    </message>
</context>
<context>
    <name>KitCheckPage</name>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>Check your Emergency Kit</source>
        <translation>Compruebe su Kit de emergencia</translation>
    </message>
    <message>
        <source>To be sure you kept it, type the last group of your recovery key.</source>
        <translation>Para asegurarse de que lo guardó, escriba el último grupo de su clave de recuperación.</translation>
    </message>
    <message>
        <source>the last group, for example {0}</source>
        <translation>el último grupo, por ejemplo {0}</translation>
    </message>
    <message>
        <source>&amp;Last group:</source>
        <translation>Último &amp;grupo:</translation>
    </message>
    <message>
        <source>If you did not keep it, go Back and save it now.</source>
        <translation>Si no lo guardó, pulse Atrás y guárdelo ahora.</translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation>Coincide.</translation>
    </message>
    <message>
        <source>That does not match your kit.</source>
        <translation>No coincide con su kit.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create your vault</source>
        <translation>Crear su bóveda</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Abrir mi bóveda</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Leave without your Emergency Kit?</source>
        <translation>¿Salir sin su Kit de emergencia?</translation>
    </message>
    <message>
        <source>Your vault was created, but the Emergency Kit will not be shown again. Without it, a forgotten passphrase means the vault cannot be opened.

Leave anyway?</source>
        <translation>Su bóveda se creó, pero el Kit de emergencia no se mostrará de nuevo. Sin él, si olvida la frase de contraseña, la bóveda no podrá abrirse.

¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Type the whole path of the folder to restore into (for example /media/backup/restored).</source>
        <translation>Escriba la ruta completa de la carpeta en la que restaurar (por ejemplo /media/backup/restaurada).</translation>
    </message>
    <message>
        <source>The folder's path contains an invisible control character (a line break, a tab or a NUL): type the path again.</source>
        <translation>La ruta de la carpeta contiene un carácter de control invisible (un salto de línea, un tabulador o un NUL): escriba la ruta de nuevo.</translation>
    </message>
    <message>
        <source>The path starts with ~ and a name, but no user of that name exists on this computer. Type the folder's whole path.</source>
        <translation>La ruta empieza por ~ y un nombre, pero en esta computadora no existe ningún usuario con ese nombre. Escriba la ruta completa de la carpeta.</translation>
    </message>
    <message>
        <source>The folder's path contains an invisible control character (a line break, a tab or a NUL): type the path again, or pick the folder with Choose…</source>
        <translation>La ruta de la carpeta contiene un carácter de control invisible (un salto de línea, un tabulador o un NUL): escriba la ruta de nuevo o elija la carpeta con Elegir…</translation>
    </message>
    <message>
        <source>The path starts with ~ and a name, but no user of that name exists on this computer. Type the folder's whole path (for example /media/backup) or pick it with Choose…</source>
        <translation>La ruta empieza por ~ y un nombre, pero en esta computadora no existe ningún usuario con ese nombre. Escriba la ruta completa de la carpeta (por ejemplo /media/backup) o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>Type the vault folder's whole path (for example /home/you/TherapyVault) or pick it with Choose…</source>
        <translation>Escriba la ruta completa de la carpeta de la bóveda (por ejemplo /home/usted/TherapyVault) o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>The path starts with ~ and a name, but no user of that name exists on this computer. Type the vault folder's whole path or pick it with Choose…</source>
        <translation>La ruta empieza por ~ y un nombre, pero en esta computadora no existe ningún usuario con ese nombre. Escriba la ruta completa de la carpeta de la bóveda o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>The folder's path is too long for this computer (at most 255 characters a folder name, about 4,000 the whole path): choose a shorter one.</source>
        <translation>La ruta de la carpeta es demasiado larga para esta computadora (como máximo 255 caracteres el nombre de una carpeta y unos 4.000 la ruta completa): elija una más corta.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>comprobada</translation>
    </message>
    <message>
        <source>present</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no está</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>removed by another copy</source>
        <translation>quitada por otra copia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>a folder on an external drive is best</source>
        <translation>lo mejor es una carpeta en un disco externo</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Dated snapshots: each backup writes only what changed</source>
        <translation>Instantáneas fechadas: cada copia escribe solo lo que cambió</translation>
    </message>
    <message>
        <source>One file each time</source>
        <translation>Un archivo cada vez</translation>
    </message>
    <message>
        <source>Dated snapshots keep the vault in encrypted pieces, each stored once: after a day&apos;s work a backup writes about that day&apos;s changes. Use one folder per vault.</source>
        <translation>Las instantáneas fechadas guardan la bóveda en trozos cifrados, cada uno una sola vez: después de un día de trabajo, una copia escribe más o menos los cambios de ese día. Use una carpeta para cada bóveda.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>C&amp;opiar en:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Remind &amp;me after:</source>
        <translation>Recordármelo &amp;después de:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Check the selected backup</source>
        <translation>&amp;Comprobar la copia elegida</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>Save a single-&amp;file copy…</source>
        <translation>Guardar una copia en un &amp;archivo…</translation>
    </message>
    <message>
        <source>%n backup made by this app.</source>
        <translation>%n copia de seguridad hecha por esta aplicación.</translation>
    </message>
    <message>
        <source>%n backups made by this app.</source>
        <translation>%n copias de seguridad hechas por esta aplicación.</translation>
    </message>
    <message>
        <source>Last backup: {0}.</source>
        <translation>Última copia: {0}.</translation>
    </message>
    <message>
        <source>Last checked backup: none yet.</source>
        <translation>Última copia comprobada: ninguna todavía.</translation>
    </message>
    <message>
        <source>It is in {0}, which is not reachable now: connect its drive, or make a new backup.</source>
        <translation>Está en {0}, que ahora no está accesible: conecte su unidad o haga una copia nueva.</translation>
    </message>
    <message>
        <source>Its file is no longer in {0}, which is reachable: deleted or moved. Make a new backup.</source>
        <translation>Su archivo ya no está en {0}, que sí está accesible: se borró o se movió. Haga una copia nueva.</translation>
    </message>
    <message>
        <source>Last checked backup: today.</source>
        <translation>Última copia comprobada: hoy.</translation>
    </message>
    <message>
        <source>Last checked backup: %n day old.</source>
        <translation>Última copia comprobada: hace %n día.</translation>
    </message>
    <message>
        <source>Last checked backup: %n days old.</source>
        <translation>Última copia comprobada: hace %n días.</translation>
    </message>
    <message>
        <source>The vault changed since the last backup.</source>
        <translation>La bóveda ha cambiado desde la última copia.</translation>
    </message>
    <message>
        <source>The backup folder {0} is not there now: if it is on an external drive, connect the drive; or choose another folder.</source>
        <translation>La carpeta de copias {0} no está ahora: si está en una unidad externa, conecte la unidad; o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%n backup below changed outside this vault: select it to read what happened.</source>
        <translation>%n copia de la lista cambió fuera de esta bóveda: selecciónela para leer qué pasó.</translation>
    </message>
    <message>
        <source>%n backups below changed outside this vault: select one to read what happened.</source>
        <translation>%n copias de la lista cambiaron fuera de esta bóveda: seleccione una para leer qué pasó.</translation>
    </message>
    <message>
        <source>No verified backup yet: choose a folder, then Back up now.</source>
        <translation>Aún no hay ninguna copia comprobada: elija una carpeta y pulse Hacer una copia ahora.</translation>
    </message>
    <message>
        <source>No checked backup yet: select one below and choose Check the selected backup, or Back up now.</source>
        <translation>Aún no hay ninguna copia comprobada: elija una en la lista y pulse Comprobar la copia elegida, o Hacer una copia ahora.</translation>
    </message>
    <message>
        <source>{0} KiB</source>
        <translation>{0} KiB</translation>
    </message>
    <message>
        <source>{0} KiB new</source>
        <translation>{0} KiB nuevos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>What this snapshot added to the backup folder when it was made; what it shares with the other snapshots is not counted.</source>
        <translation>Lo que esta instantánea añadió a la carpeta de copias al hacerse; lo que comparte con las demás instantáneas no se cuenta.</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>{0}, from before the restore</source>
        <translation>{0}, de antes de la restauración</translation>
    </message>
    <message>
        <source>{0}, from before the restore, kept until {1}</source>
        <translation>{0}, de antes de la restauración, se guarda hasta el {1}</translation>
    </message>
    <message>
        <source>The folder becomes a backup folder with dated snapshots (its &apos;snapshots&apos; and &apos;chunks&apos; folders). Copy the whole folder to move it to another drive, or save a single-file copy to take elsewhere. A destruction removes the chart from every snapshot.</source>
        <translation>La carpeta pasa a ser una carpeta de copias con instantáneas fechadas (sus carpetas «snapshots» y «chunks»). Copie la carpeta entera para llevarla a otro disco, o guarde una copia en un archivo para llevarla a otra parte. Una destrucción quita el expediente de todas las instantáneas.</translation>
    </message>
    <message>
        <source>Each backup is one file in the folder; each can be copied elsewhere on its own. A destruction removes the chart from every backup file it can reach, which takes longer for each file.</source>
        <translation>Cada copia es un archivo de la carpeta; cada una se puede copiar a otra parte por sí sola. Una destrucción quita el expediente de cada archivo de copia al que llega, lo que tarda más por cada archivo.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Type the folder&apos;s whole path (for example /media/backup or D:\Backups) or pick it with Choose…</source>
        <translation>Escriba la ruta completa de la carpeta (por ejemplo /media/copias o D:\Copias) o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder for your backups.</source>
        <translation>Elija una carpeta para sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>Elija primero una carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Haciendo la copia y comprobándola…</translation>
    </message>
    <message>
        <source>Save a single-file copy in</source>
        <translation>Carpeta para la copia en un archivo</translation>
    </message>
    <message>
        <source>Saving a single-file copy and checking it…</source>
        <translation>Guardando una copia en un archivo y comprobándola…</translation>
    </message>
    <message>
        <source>Single-file copy saved: {0} ({1} KiB, checked as a restore would check it). You can copy this file elsewhere on its own.</source>
        <translation>Copia en un archivo guardada: {0} ({1} KiB, comprobada como la comprobaría una restauración). Puede copiar este archivo a otra parte por sí solo.</translation>
    </message>
    <message>
        <source>checked as a restore would check it</source>
        <translation>comprobada como la comprobaría una restauración</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>Snapshot {0} written ({1} KiB new in the backup folder, {2}).</source>
        <translation>Instantánea {0} escrita ({1} KiB nuevos en la carpeta de copias, {2}).</translation>
    </message>
    <message>
        <source>Backed up to {0} ({1} KiB, {2}).</source>
        <translation>Copia hecha en {0} ({1} KiB, {2}).</translation>
    </message>
    <message>
        <source>{0} was kept: the newest backup whose check covered every compartment (the backups made since were checked with the psychotherapy notes locked).</source>
        <translation>Se conservó {0}: la copia más reciente cuya comprobación abarcó todos los compartimentos (las copias hechas después se comprobaron con las notas de psicoterapia bloqueadas).</translation>
    </message>
    <message>
        <source>No backup yet: Back up now makes the first.</source>
        <translation>Aún no hay copias: Hacer una copia ahora hace la primera.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Elija primero una copia de la lista.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia…</translation>
    </message>
    <message>
        <source>{0} opens, but it still holds a chart destroyed since it was made. Purge it in Records &gt; Destructions and certificates (Purge the backups now), or delete it and make a new backup.</source>
        <translation>{0} se abre, pero todavía contiene un expediente destruido después de hacerse. Púrguela en Registros &gt; Destrucciones y certificados (Purgar ahora las copias), o bórrela y haga una copia nueva.</translation>
    </message>
    <message>
        <source>{0} is intact: {1} checked.</source>
        <translation>{0} está intacta: comprobado {1}.</translation>
    </message>
    <message>
        <source>{0} opens, but it is an older copy from before a destruction purged it, put back: it still holds what was destroyed. Delete it and make a new backup.</source>
        <translation>{0} se abre, pero es una copia antigua de antes de que una destrucción la depurara, vuelta a poner: aún contiene lo que se destruyó. Elimínela y haga una copia de seguridad nueva.</translation>
    </message>
    <message>
        <source>{0} opens, but it is an older copy from between two destructions&apos; purges, put back: it still holds the chart the later destruction destroyed. Delete it and make a new backup.</source>
        <translation>{0} se abre, pero es una copia antigua de entre las depuraciones de dos destrucciones, vuelta a poner: aún contiene el expediente que destruyó la destrucción posterior. Elimínela y haga una copia de seguridad nueva.</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <source>Kind of backup</source>
        <translation>Tipo de copia de seguridad</translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation>Recordármelo después de</translation>
    </message>
    <message>
        <source>Save a single-file copy</source>
        <translation>Guardar una copia en un archivo</translation>
    </message>
    <message>
        <source>What happened to the selected backup</source>
        <translation>Qué le pasó a la copia elegida</translation>
    </message>
    <message>
        <source>What the backup folder holds</source>
        <translation>Qué contiene la carpeta de copias de seguridad</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source> The backup restored from, {0}, still holds a chart destroyed since it was made (destroyed again in the vault, not in that file): purge it in Records &gt; Destructions and certificates (Purge the backups now), or delete that file.</source>
        <translation> La copia desde la que se restauró, {0}, todavía contiene un expediente destruido después de hacerse (destruido de nuevo en la bóveda, no en ese archivo): púrguela en Registros &gt; Destrucciones y certificados (Purgar ahora las copias), o borre ese archivo.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore &lt;b&gt;{0}&lt;/b&gt;. Records destroyed since this backup was made are destroyed again in the restored copy, so a restore never brings back a destroyed chart.</source>
        <translation>Restaurar &lt;b&gt;{0}&lt;/b&gt;. Los registros destruidos después de hacerse esta copia se destruyen de nuevo en la copia restaurada, así que una restauración nunca recupera un expediente destruido.</translation>
    </message>
    <message>
        <source>Replace the vault I am using now (a safety copy of it is kept beside it)</source>
        <translation>Reemplazar la bóveda que uso ahora (se guarda a su lado una copia de resguardo de ella)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Restaurar en:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace this vault?</source>
        <translation>¿Reemplazar esta bóveda?</translation>
    </message>
    <message>
        <source>The vault you are using is replaced by the backup and locked. A safety copy of it is kept beside it: anything entered after this backup was made will be only in that safety copy.</source>
        <translation>La bóveda que está usando se reemplaza por la copia y se bloquea. Se guarda a su lado una copia de resguardo de ella: lo que se haya anotado después de hacerse esta copia quedará solo en esa copia de resguardo.</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <source>Reading the vault you are using: what it holds newer than this backup…</source>
        <translation>Leyendo la bóveda que está usando: lo que tiene posterior a esta copia de seguridad…</translation>
    </message>
    <message>
        <source>Reading what the vault holds newer than this backup…</source>
        <translation>Leyendo lo que la bóveda tiene posterior a esta copia de seguridad…</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Restaurando y comprobando…</translation>
    </message>
    <message>
        <source> %n destruction was applied again.</source>
        <translation> Se volvió a aplicar %n destrucción.</translation>
    </message>
    <message>
        <source> %n destructions were applied again.</source>
        <translation> Se volvieron a aplicar %n destrucciones.</translation>
    </message>
    <message>
        <source> To look at it, use Vault &gt; Open another vault…</source>
        <translation> Para verla, use Bóveda &gt; Abrir otra bóveda…</translation>
    </message>
    <message>
        <source> Its automatic backups are off, so it never writes into or thins this vault&apos;s backups; once it is open, Vault &gt; Backups… gives it a backup folder.</source>
        <translation> Sus copias de seguridad automáticas están desactivadas, así que nunca escribe en las copias de esta bóveda ni las reduce; una vez abierta, Bóveda &gt; Copias de seguridad… le da una carpeta de copias.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Restored into {0}.{1}</source>
        <translation>Restaurada en {0}.{1}</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when this backup was made.</source>
        <translation>Escriba la frase de contraseña que tenía la bóveda cuando se hizo esta copia.</translation>
    </message>
    <message>
        <source> The vault you were using is kept as a safety copy in {0}: anything entered after the backup was made is only there.</source>
        <translation> La bóveda que estaba usando se guarda como copia de resguardo en {0}: lo que se anotó después de hacerse la copia solo está allí.</translation>
    </message>
    <message>
        <source>Restored from the backup made {0}.{1}{2}</source>
        <translation>Restaurada desde la copia hecha el {0}.{1}{2}</translation>
    </message>
    <message>
        <source>The vault was replaced by a backup. Unlock it to continue.</source>
        <translation>La bóveda se reemplazó por una copia de seguridad. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <source>Replace this vault with another vault?</source>
        <translation>¿Reemplazar esta bóveda por otra bóveda?</translation>
    </message>
    <message>
        <source>This backup is of another vault, not of the vault you are using. Restoring it replaces your vault with that other vault and locks it. A safety copy of your vault is kept beside it. Continue?</source>
        <translation>Esta copia es de otra bóveda, no de la bóveda que está usando. Restaurarla reemplaza su bóveda por esa otra bóveda y la bloquea. Se guarda a su lado una copia de resguardo de su bóveda. ¿Continuar?</translation>
    </message>
</context>
<context>
    <name>BackupWarnings</name>
    <message>
        <source>The newest backup in {0} ({1}) is of another copy of this vault, with records this copy does not have (a copy restored from a backup, or the vault it was made from). Nothing was written: backing up there would mix the two. Choose another folder in Back up to, then Save.</source>
        <translation>La copia más reciente de {0} ({1}) es de otra copia de esta bóveda, con registros que esta no tiene (una copia restaurada desde una copia de seguridad, o la bóveda de la que se hizo). No se escribió nada: hacer la copia allí mezclaría las dos. Elija otra carpeta en Copiar en y pulse Guardar.</translation>
    </message>
    <message>
        <source>The newest snapshot in {0} ({1}) does not open with this vault&apos;s keys: it is another vault&apos;s, or of a copy of this vault that replaced every key, or damaged. Nothing was written. Choose another folder in Back up to, then Save.</source>
        <translation>La instantánea más reciente de {0} ({1}) no se abre con las claves de esta bóveda: es de otra bóveda, o de una copia de esta bóveda que reemplazó todas las claves, o está dañada. No se escribió nada. Elija otra carpeta en Copiar en y pulse Guardar.</translation>
    </message>
    <message>
        <source>The backup folder is on the same disk as the vault: a disk failure or a stolen laptop takes both. Keep at least one backup on an external drive.</source>
        <translation>La carpeta de copias de seguridad está en el mismo disco que la bóveda: una avería del disco o el robo de la laptop se llevan las dos. Guarde al menos una copia en un disco externo.</translation>
    </message>
    <message>
        <source>The backup folder is inside a {0} folder: every backup will be uploaded to {0}. The files are encrypted, but copies kept by the provider (version history, trash) are out of the app&apos;s reach, so a destroyed chart cannot be purged from them. Prefer an external drive.</source>
        <translation>La carpeta de copias de seguridad está dentro de una carpeta de {0}: cada copia se subirá a {0}. Los archivos están cifrados, pero las copias que guarda el proveedor (historial de versiones, papelera) quedan fuera del alcance de la aplicación, así que un expediente destruido no se puede borrar de ellas. Es preferible un disco externo.</translation>
    </message>
    <message>
        <source>This folder also holds 1 single-file backup. It is left as it is and stays restorable; this vault&apos;s snapshots go into the folder&apos;s &apos;snapshots&apos; and &apos;chunks&apos; folders. Copy the whole folder to keep both.</source>
        <translation>Esta carpeta también contiene 1 copia de seguridad en un archivo. Se deja como está y se puede seguir restaurando; las instantáneas de esta bóveda van a las carpetas «snapshots» y «chunks» de la carpeta. Copie la carpeta entera para conservar ambas.</translation>
    </message>
    <message>
        <source>This folder also holds {0} single-file backups. They are left as they are and stay restorable; this vault&apos;s snapshots go into the folder&apos;s &apos;snapshots&apos; and &apos;chunks&apos; folders. Copy the whole folder to keep both.</source>
        <translation>Esta carpeta también contiene {0} copias de seguridad en un archivo. Se dejan como están y se pueden seguir restaurando; las instantáneas de esta bóveda van a las carpetas «snapshots» y «chunks» de la carpeta. Copie la carpeta entera para conservar ambas.</translation>
    </message>
    <message>
        <source>This backup folder belongs to another vault; choose another folder.</source>
        <translation>Esta carpeta de copias de seguridad pertenece a otra bóveda; elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message>
        <source>Unknown {what}.</source>
        <translation>Elija {what} de la lista.</translation>
    </message>
    <message>
        <source>The {what} is not a valid date.</source>
        <translation>{what} no es una fecha válida.</translation>
    </message>
    <message>
        <source>The {what} is outside the range this app accepts (1900 to 2200).</source>
        <translation>{what} está fuera de lo que acepta la aplicación (de 1900 a 2200).</translation>
    </message>
    <message>
        <source>The {what} is in the future.</source>
        <translation>{what} está en el futuro.</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>Falta {what}.</translation>
    </message>
    <message>
        <source>The {what} is not a valid time.</source>
        <translation>{what} no es una hora válida.</translation>
    </message>
    <message>
        <source>The {what} must not be empty.</source>
        <translation>Falta {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {max} characters).</source>
        <translation>Acorte {what}: admite como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>The {what} contains a NUL character.</source>
        <translation>{what} contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what} tiene que ser texto.</translation>
    </message>
    <message>
        <source>The {what} contains a line break (a name is a single line).</source>
        <translation>{what} contiene un salto de línea (un nombre ocupa una sola línea).</translation>
    </message>
    <message>
        <source>The {what} contains an invisible control character.</source>
        <translation>{what} contiene un carácter de control invisible.</translation>
    </message>
    <message>
        <source>The {what} contains a text-direction override character (it can make the text display in a different order).</source>
        <translation>{what} contiene un carácter que cambia la dirección del texto (puede hacer que se muestre en otro orden).</translation>
    </message>
    <message>
        <source>The e-mail address is not one an e-mail can be sent to.</source>
        <translation>Esa dirección de correo electrónico no es válida.</translation>
    </message>
    <message>
        <source>The {what} &quot;{typed}&quot; is not written the way this practice writes amounts: write {meant}.</source>
        <translation>En {what}, «{typed}» no está escrito como esta consulta escribe los importes: escriba {meant}.</translation>
    </message>
    <message>
        <source>The {what} must be an amount such as {example}.</source>
        <translation>En {what} va un importe, como {example}.</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high}.</source>
        <translation>{what} tiene que estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>The chart number is not valid.</source>
        <translation>El número de expediente no es válido.</translation>
    </message>
    <message>
        <source>That chart number is already in use.</source>
        <translation>Ese número de expediente ya está en uso.</translation>
    </message>
    <message>
        <source>That chart number belonged to a destroyed chart; chart numbers are never reused.</source>
        <translation>Ese número de expediente perteneció a un expediente destruido; los números de expediente nunca se reutilizan.</translation>
    </message>
    <message>
        <source>A discharge date needs the status &apos;discharged&apos;.</source>
        <translation>Una fecha de alta requiere el estado «de alta».</translation>
    </message>
    <message>
        <source>No client or case with that id.</source>
        <translation>No hay ningún cliente ni caso con ese identificador.</translation>
    </message>
    <message>
        <source>Declining a personal representative (45 CFR 164.502(g)(5)) needs both the date and your reason.</source>
        <translation>Rechazar a un representante personal (45 CFR 164.502(g)(5)) requiere la fecha y su motivo.</translation>
    </message>
    <message>
        <source>The authority ends before it starts.</source>
        <translation>La autoridad termina antes de empezar.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>La nota es demasiado larga (como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>The note contains a NUL character.</source>
        <translation>La nota contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>At most {max} interventions per note.</source>
        <translation>Como máximo {max} intervenciones por nota.</translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation>Una nota vacía no se puede firmar.</translation>
    </message>
    <message>
        <source>The risk assessment shows ideation with plan or intent but no safety plan.</source>
        <translation>La evaluación de riesgo muestra ideación con plan o intención, pero no hay plan de seguridad.</translation>
    </message>
    <message>
        <source>This progress note is signed and can no longer be changed.</source>
        <translation>Esta nota de evolución está firmada y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>This psychotherapy note is signed and can no longer be changed.</source>
        <translation>Esta nota de psicoterapia está firmada y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>This note is not signed yet.</source>
        <translation>Esta nota aún no está firmada.</translation>
    </message>
    <message>
        <source>The addendum or amendment is empty.</source>
        <translation>La adenda o la enmienda está vacía.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Una enmienda necesita un motivo.</translation>
    </message>
    <message>
        <source>The addendum or amendment is too long.</source>
        <translation>La adenda o la enmienda es demasiado larga.</translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation>El texto contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>That session already has a progress note.</source>
        <translation>Esa sesión ya tiene una nota de evolución.</translation>
    </message>
    <message>
        <source>That session is not on the note&apos;s day.</source>
        <translation>Esa sesión no es del día de la nota.</translation>
    </message>
    <message>
        <source>The note&apos;s day has {count} sessions without a note.</source>
        <translation>El día de la nota tiene {count} sesiones sin nota.</translation>
    </message>
    <message>
        <source>Every session on the note&apos;s day has a note already.</source>
        <translation>Todas las sesiones del día de la nota ya tienen nota.</translation>
    </message>
    <message>
        <source>There is no session on the note&apos;s day.</source>
        <translation>No hay ninguna sesión el día de la nota.</translation>
    </message>
    <message>
        <source>This note already documents a session.</source>
        <translation>Esta nota ya documenta una sesión.</translation>
    </message>
    <message>
        <source>Say how long the session was.</source>
        <translation>Indique cuánto duró la sesión.</translation>
    </message>
    <message>
        <source>The session&apos;s stop time must be after its start time.</source>
        <translation>La hora de fin de la sesión tiene que ser posterior a la de inicio.</translation>
    </message>
    <message>
        <source>Give the session&apos;s duration, or its start and stop times.</source>
        <translation>Indique la duración de la sesión, o sus horas de inicio y fin.</translation>
    </message>
    <message>
        <source>The session duration must be between 1 and 600 minutes.</source>
        <translation>La duración de la sesión tiene que estar entre 1 y 600 minutos.</translation>
    </message>
    <message>
        <source>The duration does not match the start and stop times.</source>
        <translation>La duración no coincide con las horas de inicio y fin.</translation>
    </message>
    <message>
        <source>A video platform only applies to telehealth sessions.</source>
        <translation>Una plataforma de video solo corresponde a sesiones de telesalud.</translation>
    </message>
    <message>
        <source>This session has a progress note and is part of the record.</source>
        <translation>Esta sesión tiene una nota de evolución y forma parte del expediente.</translation>
    </message>
    <message>
        <source>Another appointment, on {day} from {start} to {end}, overlaps this time.</source>
        <translation>Otra cita, el {day} de {start} a {end}, se solapa con este horario.</translation>
    </message>
    <message>
        <source>Give the appointment&apos;s start time, e.g. 14:00.</source>
        <translation>Indique la hora de inicio de la cita, p. ej. 14:00.</translation>
    </message>
    <message>
        <source>An appointment lasts between {min} and {max} minutes.</source>
        <translation>Una cita dura entre {min} y {max} minutos.</translation>
    </message>
    <message>
        <source>An appointment must end on the day it starts.</source>
        <translation>Una cita tiene que terminar el mismo día en que empieza.</translation>
    </message>
    <message>
        <source>This client is discharged: no new appointments.</source>
        <translation>Este cliente está de alta: no se le dan citas nuevas.</translation>
    </message>
    <message>
        <source>This appointment was attended: its session is part of the record.</source>
        <translation>A esta cita se asistió: su sesión forma parte del expediente.</translation>
    </message>
    <message>
        <source>The appointment is already {status}.</source>
        <translation>La cita ya está en estado «{status}».</translation>
    </message>
    <message>
        <source>An appointment that is {from_status} cannot become {to_status} directly.</source>
        <translation>Una cita en estado «{from_status}» no puede pasar directamente a «{to_status}».</translation>
    </message>
    <message>
        <source>This appointment&apos;s day has not come yet: it cannot be marked attended before then.</source>
        <translation>El día de esta cita aún no ha llegado: no se puede marcar como asistida antes.</translation>
    </message>
    <message>
        <source>This appointment&apos;s day has not come yet: it cannot be recorded as a no-show before then.</source>
        <translation>El día de esta cita aún no ha llegado: no se puede registrar como inasistencia antes.</translation>
    </message>
    <message>
        <source>Give either the number of appointments or the last date, not both.</source>
        <translation>Indique el número de citas o la última fecha, no ambos.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La serie termina antes de empezar.</translation>
    </message>
    <message>
        <source>A series has between 1 and {max} appointments.</source>
        <translation>Una serie tiene entre 1 y {max} citas.</translation>
    </message>
    <message>
        <source>A single appointment takes no count or end date.</source>
        <translation>Una cita única no lleva número de citas ni fecha final.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>No appointment with that id.</source>
        <translation>No hay ninguna cita con ese identificador.</translation>
    </message>
    <message>
        <source>Choose a range of days of at most a year, the last after the first.</source>
        <translation>Elija un intervalo de días de un año como máximo, con el último después del primero.</translation>
    </message>
    <message>
        <source>That is not a valid CPT code format.</source>
        <translation>Ese código CPT no tiene un formato válido.</translation>
    </message>
    <message>
        <source>That is not a valid ICD-10 code format.</source>
        <translation>Ese código CIE-10 no tiene un formato válido.</translation>
    </message>
    <message>
        <source>A payment must be more than 0.00.</source>
        <translation>Un pago tiene que ser mayor que cero.</translation>
    </message>
    <message>
        <source>The {what} looks like a payment card number; card numbers are never stored here.</source>
        <translation>{what} parece un número de tarjeta de pago; aquí nunca se guardan números de tarjeta.</translation>
    </message>
    <message>
        <source>No payment with that id.</source>
        <translation>No hay ningún pago con ese identificador.</translation>
    </message>
    <message>
        <source>That CPT code has no fee in the schedule.</source>
        <translation>Ese código CPT no tiene tarifa en el arancel.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault.</source>
        <translation>Esa frase de contraseña no desbloquea esta bóveda.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {min} characters long.</source>
        <translation>La frase de contraseña tiene que tener al menos {min} caracteres.</translation>
    </message>
    <message>
        <source>The passphrase must not start or end with spaces.</source>
        <translation>La frase de contraseña no puede empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess.</source>
        <translation>Esa frase de contraseña es demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La frase de contraseña nueva es igual a la actual.</translation>
    </message>
    <message>
        <source>Type the day as the date field shows it, or pick it from the calendar.</source>
        <translation>Escriba el día como lo muestra el campo de fecha, o elíjalo en el calendario.</translation>
    </message>
    <message>
        <source>Give the day it happened: today or earlier.</source>
        <translation>Indique el día en que ocurrió: hoy o antes.</translation>
    </message>
    <message>
        <source>Type the time as this practice writes it, e.g. {example}.</source>
        <translation>Escriba la hora como la escribe esta consulta, p. ej. {example}.</translation>
    </message>
    <message>
        <source>Type the time as this practice writes it, e.g. {example}, or in 24-hour form, e.g. 14:30.</source>
        <translation>Escriba la hora como la escribe esta consulta, p. ej. {example}, o en formato de 24 horas, p. ej. 14:30.</translation>
    </message>
    <message>
        <source>Type the text again without that character; if it was pasted, paste it as plain text.</source>
        <translation>Vuelva a escribir el texto sin ese carácter; si lo pegó, péguelo como texto sin formato.</translation>
    </message>
    <message>
        <source>Correct the e-mail address, or leave it empty.</source>
        <translation>Corrija la dirección de correo electrónico o déjela vacía.</translation>
    </message>
    <message>
        <source>Write it as this practice writes amounts, e.g. {example}.</source>
        <translation>Escríbalo como esta consulta escribe los importes, p. ej. {example}.</translation>
    </message>
    <message>
        <source>Use 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Use de 1 a 32 letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Choose another chart number.</source>
        <translation>Elija otro número de expediente.</translation>
    </message>
    <message>
        <source>The reason is your professional judgment that treating them as representative could endanger the client (abuse, neglect or endangerment) and is not in the client&apos;s best interest.</source>
        <translation>El motivo es su juicio profesional de que tratarle como representante podría poner en peligro al cliente (abuso, negligencia o riesgo) y no es lo mejor para el cliente.</translation>
    </message>
    <message>
        <source>Give the note text or its sections.</source>
        <translation>Escriba el texto de la nota o sus secciones.</translation>
    </message>
    <message>
        <source>Write the psychotherapy note text.</source>
        <translation>Escriba el texto de la nota de psicoterapia.</translation>
    </message>
    <message>
        <source>Write something before signing.</source>
        <translation>Escriba algo antes de firmar.</translation>
    </message>
    <message>
        <source>Document the safety plan in the risk assessment before signing.</source>
        <translation>Documente el plan de seguridad en la evaluación de riesgo antes de firmar.</translation>
    </message>
    <message>
        <source>Add an addendum or an amendment (with a reason) instead.</source>
        <translation>Añada en su lugar una adenda o una enmienda (con un motivo).</translation>
    </message>
    <message>
        <source>Edit the draft directly; amend it after signing.</source>
        <translation>Edite el borrador directamente; enmiéndelo después de firmarlo.</translation>
    </message>
    <message>
        <source>Say why the signed note is being corrected.</source>
        <translation>Diga por qué se corrige la nota firmada.</translation>
    </message>
    <message>
        <source>One visit, one note: choose a session without a note.</source>
        <translation>Una visita, una nota: elija una sesión sin nota.</translation>
    </message>
    <message>
        <source>A note documents a session of its own day: choose one of that day&apos;s sessions.</source>
        <translation>Una nota documenta una sesión de su mismo día: elija una de las sesiones de ese día.</translation>
    </message>
    <message>
        <source>Say which one the note documents.</source>
        <translation>Diga cuál documenta la nota.</translation>
    </message>
    <message>
        <source>A draft started for this same visit (e.g. by marking the appointment attended) can be discarded first; record a new session only for a second visit that day.</source>
        <translation>Un borrador empezado para esta misma visita (p. ej., al marcar la cita como asistida) se puede descartar primero; registre una sesión nueva solo para una segunda visita ese día.</translation>
    </message>
    <message>
        <source>Record the session now (its length).</source>
        <translation>Registre la sesión ahora (su duración).</translation>
    </message>
    <message>
        <source>Correct that session&apos;s details instead.</source>
        <translation>Corrija en su lugar los datos de esa sesión.</translation>
    </message>
    <message>
        <source>Give its length in minutes, e.g. 53.</source>
        <translation>Indique su duración en minutos, p. ej. 53.</translation>
    </message>
    <message>
        <source>Correct its details instead, or amend the note.</source>
        <translation>Corrija en su lugar sus datos, o enmiende la nota.</translation>
    </message>
    <message>
        <source>Choose another time, or move or cancel the other appointment first.</source>
        <translation>Elija otra hora, o mueva o cancele antes la otra cita.</translation>
    </message>
    <message>
        <source>Set the client active again first if treatment resumes.</source>
        <translation>Si el tratamiento se reanuda, vuelva a poner primero al cliente como activo.</translation>
    </message>
    <message>
        <source>Correct the session in the chart instead.</source>
        <translation>Corrija en su lugar la sesión en el expediente.</translation>
    </message>
    <message>
        <source>Record the outcome on or after its day, or move it if it took place earlier.</source>
        <translation>Registre el resultado ese día o después, o muévala si tuvo lugar antes.</translation>
    </message>
    <message>
        <source>Choose weekly or biweekly.</source>
        <translation>Elija semanal o quincenal.</translation>
    </message>
    <message>
        <source>Set it back to scheduled first.</source>
        <translation>Vuelva a ponerla primero como programada.</translation>
    </message>
    <message>
        <source>Give a new date, start time, length or setting.</source>
        <translation>Indique una fecha, una hora de inicio, una duración o una modalidad nuevas.</translation>
    </message>
    <message>
        <source>Write only the method (card) or the last four digits.</source>
        <translation>Escriba solo el medio (tarjeta) o los cuatro últimos dígitos.</translation>
    </message>
    <message>
        <source>CPT codes are 5 characters, e.g. 90834 (or 4 digits + F/T).</source>
        <translation>Los códigos CPT tienen 5 caracteres, p. ej. 90834 (o 4 dígitos + F/T).</translation>
    </message>
    <message>
        <source>ICD-10-CM codes look like F41.1, F32.A or Z63.0: a letter, two characters, an optional dot part.</source>
        <translation>Los códigos CIE-10-MC son como F41.1, F32.A o Z63.0: una letra, dos caracteres y una parte opcional tras un punto.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout, or use your Emergency Kit.</source>
        <translation>Compruebe Bloq Mayús y la distribución del teclado, o use su Kit de emergencia.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation>Compruebe Bloq Mayús y la distribución del teclado.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añada una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Choose a passphrase you have not used for this vault.</source>
        <translation>Elija una frase de contraseña que no haya usado para esta bóveda.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>inasistencia</translation>
    </message>
    <message>
        <source>late cancel</source>
        <translation>cancelación tardía</translation>
    </message>
    <message>
        <source>cancelled by the client</source>
        <translation>cancelada por el cliente</translation>
    </message>
    <message>
        <source>cancelled by the therapist</source>
        <translation>cancelada por el terapeuta</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>el nombre legal</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>el nombre preferido</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>el número de expediente</translation>
    </message>
    <message>
        <source>client status</source>
        <translation>el estado del cliente</translation>
    </message>
    <message>
        <source>discharge date</source>
        <translation>la fecha del alta</translation>
    </message>
    <message>
        <source>date the limits of confidentiality were discussed</source>
        <translation>la fecha en que se hablaron los límites de la confidencialidad</translation>
    </message>
    <message>
        <source>consent signature date</source>
        <translation>la fecha de firma del consentimiento</translation>
    </message>
    <message>
        <source>consent notes</source>
        <translation>las notas del consentimiento</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>safe address</source>
        <translation>la dirección postal segura</translation>
    </message>
    <message>
        <source>preferred method</source>
        <translation>la forma de contacto preferida</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>confidential request</source>
        <translation>la solicitud de comunicaciones confidenciales</translation>
    </message>
    <message>
        <source>guardian name</source>
        <translation>el nombre del tutor</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>la relación</translation>
    </message>
    <message>
        <source>kind of authority</source>
        <translation>el tipo de autoridad</translation>
    </message>
    <message>
        <source>start of authority</source>
        <translation>el inicio de la autoridad</translation>
    </message>
    <message>
        <source>end of authority</source>
        <translation>el fin de la autoridad</translation>
    </message>
    <message>
        <source>date you declined the representative</source>
        <translation>la fecha en que rechazó al representante</translation>
    </message>
    <message>
        <source>reason for declining</source>
        <translation>el motivo del rechazo</translation>
    </message>
    <message>
        <source>note date</source>
        <translation>la fecha de la nota</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>la intervención</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>la fecha de la sesión</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>la hora de inicio</translation>
    </message>
    <message>
        <source>stop time</source>
        <translation>la hora de fin</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>la modalidad</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>el tipo de atención (presencial o telesalud)</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>el tipo de servicio</translation>
    </message>
    <message>
        <source>billing status</source>
        <translation>el estado de facturación</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>la plataforma</translation>
    </message>
    <message>
        <source>location</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>add-on codes</source>
        <translation>los códigos complementarios</translation>
    </message>
    <message>
        <source>appointment date</source>
        <translation>la fecha de la cita</translation>
    </message>
    <message>
        <source>last date of the series</source>
        <translation>la última fecha de la serie</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>la tarifa</translation>
    </message>
    <message>
        <source>no-show fee</source>
        <translation>la tarifa por inasistencia</translation>
    </message>
    <message>
        <source>late-cancel fee</source>
        <translation>la tarifa por cancelación tardía</translation>
    </message>
    <message>
        <source>session fee</source>
        <translation>la tarifa de la sesión</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>la fecha del pago</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>el medio de pago</translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation>la referencia del pago</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>psychotherapy notes</source>
        <translation>notas de psicoterapia</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Nothing you already saved was lost.

Please try again. If it keeps happening, restart the app.</source>
        <translation>Algo salió mal dentro de la aplicación. No se perdió nada de lo que ya había guardado.

Inténtelo de nuevo. Si vuelve a ocurrir, reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Vault rolled back</source>
        <translation>Bóveda devuelta a un estado anterior</translation>
    </message>
    <message>
        <source>Vault altered</source>
        <translation>Bóveda alterada</translation>
    </message>
    <message>
        <source>Vault damaged</source>
        <translation>Bóveda dañada</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Wrong recovery key</source>
        <translation>Clave de recuperación incorrecta</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disco lleno</translation>
    </message>
    <message>
        <source>Problem with this computer</source>
        <translation>Problema con esta computadora</translation>
    </message>
    <message>
        <source>A vault is already there</source>
        <translation>Ya hay una bóveda ahí</translation>
    </message>
    <message>
        <source>Backup folder went away</source>
        <translation>La carpeta de copias de seguridad desapareció</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>No se puede continuar</translation>
    </message>
</context>
<context>
    <name>SearchIndexWords</name>
    <message>
        <source>The search index is being rebuilt after a restore; search will be ready in a moment.</source>
        <translation>El índice de búsqueda se está reconstruyendo tras una restauración; la búsqueda estará lista en un momento.</translation>
    </message>
    <message>
        <source>The search index was damaged. It is being rebuilt; your records are not affected. Search will be ready in a moment.</source>
        <translation>El índice de búsqueda estaba dañado. Se está reconstruyendo; sus registros no se ven afectados. La búsqueda estará lista en un momento.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt. Lock the vault and unlock it again to try once more.</source>
        <translation>No se pudo reconstruir el índice de búsqueda. Bloquee la bóveda y desbloquéela de nuevo para intentarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>progress</source>
        <translation>evolución</translation>
    </message>
    <message>
        <source>psychotherapy</source>
        <translation>psicoterapia</translation>
    </message>
    <message>
        <source>Search notes and documents</source>
        <translation>Buscar en notas y documentos</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras a buscar</translation>
    </message>
    <message>
        <source>words to find in notes and documents, e.g. sleep anxiety</source>
        <translation>palabras que buscar en notas y documentos, p. ej. sueño ansiedad</translation>
    </message>
    <message>
        <source>Include &amp;psychotherapy notes</source>
        <translation>Incluir notas de &amp;psicoterapia</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>document ({kind})</source>
        <translation>documento ({kind})</translation>
    </message>
    <message>
        <source>%n matching note</source>
        <translation>%n nota coincidente</translation>
    </message>
    <message>
        <source>%n matching notes</source>
        <translation>%n notas coincidentes</translation>
    </message>
    <message>
        <source>%n matching document</source>
        <translation>%n documento coincidente</translation>
    </message>
    <message>
        <source>%n matching documents</source>
        <translation>%n documentos coincidentes</translation>
    </message>
    <message>
        <source>Nothing found in the notes. To find a client by name or chart number, use Find client (Ctrl+F).</source>
        <translation>No se encontró nada en las notas. Para buscar un cliente por nombre o número de expediente, use Buscar cliente (Ctrl+F).</translation>
    </message>
    <message>
        <source> listed; more match: add words to narrow the search.</source>
        <translation> en la lista; hay más coincidencias: añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source> (a very common word: ranked among the most recent matching notes)</source>
        <translation> (una palabra muy común: se ordenan entre las notas coincidentes más recientes)</translation>
    </message>
</context>
<context>
    <name>RefusalWordsRecords</name>
    <message>
        <source>The copy of the rest must leave out what was denied (45 CFR 164.524(d)(1)); confirm that it does.</source>
        <translation>La copia del resto debe dejar fuera lo denegado (45 CFR 164.524(d)(1)); confirme que lo hace.</translation>
    </message>
    <message>
        <source>Of the items to leave out, {count} are not in this copy.</source>
        <translation>De los elementos que dejar fuera, {count} no están en esta copia.</translation>
    </message>
    <message>
        <source>Only the copy of the rest of a request denied in part leaves items out.</source>
        <translation>Solo la copia del resto de una solicitud denegada en parte deja elementos fuera.</translation>
    </message>
    <message>
        <source>Untick each item that was denied, then tick “I have left out what was denied”.</source>
        <translation>Desmarque cada elemento denegado y luego marque «He dejado fuera lo denegado».</translation>
    </message>
    <message>
        <source>Close the window, open it again and untick the denied items in its new list.</source>
        <translation>Cierre la ventana, ábrala de nuevo y desmarque los elementos denegados en su nueva lista.</translation>
    </message>
    <message>
        <source>This note is not held in confidence for anyone; nothing was changed.</source>
        <translation>Esta nota no está reservada en confidencia para nadie; no se cambió nada.</translation>
    </message>
    <message>
        <source>That progress note is not in the vault.</source>
        <translation>Esa nota de evolución no está en la bóveda.</translation>
    </message>
    <message>
        <source>That person is not a member of this couple or family; choose one of its members.</source>
        <translation>Esa persona no es miembro de esta pareja o familia; elija a uno de sus miembros.</translation>
    </message>
    <message>
        <source>Only a note of a couple or family chart can be held in confidence for one member: an individual chart is that client&apos;s own record.</source>
        <translation>Solo una nota del expediente de una pareja o familia puede reservarse en confidencia para un miembro: un expediente individual es el registro propio de ese cliente.</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile: choose it again in the notes list.</source>
        <translation>Puede que se haya eliminado entretanto: vuelva a elegirla en la lista de notas.</translation>
    </message>
    <message>
        <source>Choose one of the members listed in the window.</source>
        <translation>Elija a uno de los miembros que aparecen en la ventana.</translation>
    </message>
    <message>
        <source>That is the export's ZIP file, not its folder.</source>
        <translation>Ese es el archivo ZIP de la exportación, no su carpeta.</translation>
    </message>
    <message>
        <source>A file of the import could not be read: its folder was moved or deleted, or its drive unplugged.</source>
        <translation>No se pudo leer un archivo de la importación: su carpeta se movió o se borró, o se desconectó su unidad.</translation>
    </message>
    <message>
        <source>Put the folder back (plug the drive in again) and run the import again.</source>
        <translation>Vuelva a poner la carpeta (conecte de nuevo la unidad) y ejecute otra vez la importación.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: it is not text in UTF-8, Windows (cp1252) or UTF-16 with its byte-order mark.</source>
        <translation>No se puede leer el archivo CSV: no es texto en UTF-8, Windows (cp1252) ni UTF-16 con su marca de orden de bytes.</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as CSV UTF-8 (or Unicode text) and try again.</source>
        <translation>Guárdelo desde la hoja de cálculo como CSV UTF-8 (o Texto Unicode) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That is a file, not a folder.</source>
        <translation>Eso es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The CSV file has more than {max_rows} rows: more than a client list holds.</source>
        <translation>El archivo CSV tiene más de {max_rows} filas: más de las que tiene una lista de clientes.</translation>
    </message>
    <message>
        <source>Unzip it first (double-click it, or right-click &gt; Extract All), then choose the folder it unpacked to.</source>
        <translation>Descomprímalo primero (doble clic, o clic derecho &gt; Extraer todo) y elija después la carpeta en la que se descomprimió.</translation>
    </message>
    <message>
        <source>Check that it is the client list; split a longer one into files of {max_rows} rows at most.</source>
        <translation>Compruebe que es la lista de clientes; divida una más larga en archivos de {max_rows} filas como máximo.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read as CSV (a cell is far too long, or quotes do not match).</source>
        <translation>El archivo CSV no se puede leer como CSV (una celda es demasiado larga o las comillas no cierran).</translation>
    </message>
    <message>
        <source>The header row names the column &apos;{column}&apos; twice.</source>
        <translation>La fila de encabezado nombra dos veces la columna «{column}».</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet, check it, save it as CSV UTF-8 and try again.</source>
        <translation>Ábralo en una hoja de cálculo, revíselo, guárdelo como CSV UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Rename one of the two columns in the file and try again.</source>
        <translation>Cambie el nombre de una de las dos columnas en el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The review date is before the plan&apos;s start date.</source>
        <translation>La fecha de revisión es anterior a la fecha de inicio del plan.</translation>
    </message>
    <message>
        <source>A plan holds at most {max} goals.</source>
        <translation>Un plan admite como máximo {max} objetivos.</translation>
    </message>
    <message>
        <source>A goal that progress notes refer to cannot be removed.</source>
        <translation>No se puede quitar un objetivo al que se refieren notas de evolución.</translation>
    </message>
    <message>
        <source>The note has no section for goals.</source>
        <translation>La nota no tiene ninguna sección para los objetivos.</translation>
    </message>
    <message>
        <source>Choose at least one treatment-plan goal.</source>
        <translation>Elija al menos un objetivo del plan de tratamiento.</translation>
    </message>
    <message>
        <source>Only active goals can be added to a note.</source>
        <translation>Solo se pueden añadir a una nota los objetivos activos.</translation>
    </message>
    <message>
        <source>A note section is too long (at most {max} characters).</source>
        <translation>Una sección de la nota es demasiado larga (admite como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>This chart has no earlier progress note to carry forward.</source>
        <translation>Este expediente no tiene ninguna nota de evolución anterior de la que traer contenido.</translation>
    </message>
    <message>
        <source>The last note has no plan or goals to carry forward.</source>
        <translation>La última nota no tiene plan ni objetivos que traer.</translation>
    </message>
    <message>
        <source>A snippet trigger is &apos;;&apos;, &apos;/&apos; or &apos;\&apos; followed by up to 20 letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. &apos;;ms&apos;).</source>
        <translation>Un atajo de texto empieza por «;», «/» o «\» seguido de hasta 20 letras, dígitos, «-» o «_» (por ejemplo, «;ms»).</translation>
    </message>
    <message>
        <source>A snippet&apos;s text must not be empty.</source>
        <translation>El texto de un atajo no puede estar vacío.</translation>
    </message>
    <message>
        <source>A snippet is at most {max} characters.</source>
        <translation>Un atajo de texto admite como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>At most {max} snippets.</source>
        <translation>Como máximo {max} atajos de texto.</translation>
    </message>
    <message>
        <source>The unsigned-note limit must be between 1 and 365 days.</source>
        <translation>El plazo para las notas sin firmar tiene que estar entre 1 y 365 días.</translation>
    </message>
    <message>
        <source>The measure&apos;s date is not the session&apos;s date.</source>
        <translation>La fecha de la escala no es la fecha de la sesión.</translation>
    </message>
    <message>
        <source>That entry was already corrected.</source>
        <translation>Esa entrada ya se corrigió.</translation>
    </message>
    <message>
        <source>Give a new date or clear it, not both.</source>
        <translation>Indique una fecha nueva o bórrela, no ambas cosas.</translation>
    </message>
    <message>
        <source>Nothing to change: the title and the date are as they were.</source>
        <translation>No hay nada que cambiar: el título y la fecha siguen como estaban.</translation>
    </message>
    <message>
        <source>The title must be one line.</source>
        <translation>El título tiene que ocupar una sola línea.</translation>
    </message>
    <message>
        <source>This document is too large to show here ({size} MB; at most {max} MB).</source>
        <translation>Este documento es demasiado grande para mostrarlo aquí ({size} MB; como máximo {max} MB).</translation>
    </message>
    <message>
        <source>This PDF could not be read: it may be damaged.</source>
        <translation>No se pudo leer este PDF: puede estar dañado.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password of its own, so it cannot be shown here.</source>
        <translation>Este PDF está protegido con una contraseña propia, así que no puede mostrarse aquí.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Este PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>This PDF has pages 1 to {count}.</source>
        <translation>Este PDF tiene las páginas de la 1 a la {count}.</translation>
    </message>
    <message>
        <source>Page {page} of this PDF could not be read.</source>
        <translation>No se pudo leer la página {page} de este PDF.</translation>
    </message>
    <message>
        <source>That is a folder: choose a file name inside it.</source>
        <translation>Eso es una carpeta: elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The file's path contains an invisible control character (a line break, a tab or a NUL).</source>
        <translation>La ruta del archivo contiene un carácter de control invisible (un salto de línea, un tabulador o un NUL).</translation>
    </message>
    <message>
        <source>The file's path is too long for this computer (at most 255 characters a name, about 4,000 the whole path).</source>
        <translation>La ruta del archivo es demasiado larga para esta computadora (como máximo 255 caracteres un nombre y unos 4.000 la ruta completa).</translation>
    </message>
    <message>
        <source>The path starts with ~ and a name, but no user of that name exists on this computer.</source>
        <translation>La ruta empieza por ~ y un nombre, pero en esta computadora no existe ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>Type the path again; if it was pasted, paste it as plain text.</source>
        <translation>Escriba la ruta de nuevo; si la pegó, péguela como texto sin formato.</translation>
    </message>
    <message>
        <source>Choose a shorter name or folder.</source>
        <translation>Elija un nombre o una carpeta más cortos.</translation>
    </message>
    <message>
        <source>Give the whole path of the file.</source>
        <translation>Indique la ruta completa del archivo.</translation>
    </message>
    <message>
        <source>The folder for this file does not exist.</source>
        <translation>La carpeta para este archivo no existe.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another name.</source>
        <translation>Ya existe un archivo con ese nombre; elija otro nombre.</translation>
    </message>
    <message>
        <source>Hold details are limited to {max} characters.</source>
        <translation>Los detalles de la retención admiten como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>The release note is limited to {max} characters.</source>
        <translation>La nota de levantamiento admite como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>This hold was already released on {released}.</source>
        <translation>Esta retención ya se levantó el {released}.</translation>
    </message>
    <message>
        <source>That request is not this client&apos;s request for an accounting.</source>
        <translation>Esa solicitud no es la solicitud de registro de divulgaciones de este cliente.</translation>
    </message>
    <message>
        <source>The period asked for starts after the date of the request.</source>
        <translation>El periodo solicitado empieza después de la fecha de la solicitud.</translation>
    </message>
    <message>
        <source>An accounting covers at most the six years before the request (from {earliest}); the client may ask for a shorter period, not a longer one (45 CFR 164.528(a)(1), (a)(3)).</source>
        <translation>Un registro de divulgaciones abarca como máximo los seis años anteriores a la solicitud (desde el {earliest}); el cliente puede pedir un periodo más corto, no uno más largo (45 CFR 164.528(a)(1), (a)(3)).</translation>
    </message>
    <message>
        <source>Name the agency or official that asked for the suspension.</source>
        <translation>Indique la agencia o el funcionario que pidió la suspensión.</translation>
    </message>
    <message>
        <source>A written suspension request must state the time period; give its end date.</source>
        <translation>Una solicitud de suspensión por escrito tiene que indicar el periodo; indique su fecha de fin.</translation>
    </message>
    <message>
        <source>The suspension ends before it starts.</source>
        <translation>La suspensión termina antes de empezar.</translation>
    </message>
    <message>
        <source>The suspension cannot end before it started.</source>
        <translation>La suspensión no puede terminar antes de la fecha en que empezó.</translation>
    </message>
    <message>
        <source>The signed permission file is not a PDF, PNG or JPEG scan (or it is empty).</source>
        <translation>El archivo del permiso firmado no es un escaneo en PDF, PNG o JPEG (o está vacío).</translation>
    </message>
    <message>
        <source>The {what} must not contain the client&apos;s name: it is kept in the ledger and on the certificate, which outlive the chart.</source>
        <translation>{what} no debe contener el nombre del cliente: se conserva en el registro de la bóveda y en el certificado, que duran más que el expediente.</translation>
    </message>
    <message>
        <source>Type your name as it should appear on letters and certificates.</source>
        <translation>Escriba su nombre tal como debe aparecer en cartas y certificados.</translation>
    </message>
    <message>
        <source>That NPI is not valid: an NPI has 10 digits and its last digit is a check digit.</source>
        <translation>Ese NPI no es válido: un NPI tiene 10 dígitos y el último es un dígito de control.</translation>
    </message>
    <message>
        <source>That may be a full Social Security number: a full SSN is never stored here.</source>
        <translation>Eso puede ser un número de Seguro Social completo: aquí nunca se guarda un SSN completo.</translation>
    </message>
    <message>
        <source>That is not a Tax ID this app can keep: an EIN (NN-NNNNNNN) or the last four digits of an SSN.</source>
        <translation>Esa no es una identificación fiscal que la aplicación pueda guardar: un EIN (NN-NNNNNNN) o los cuatro últimos dígitos de un SSN.</translation>
    </message>
    <message>
        <source>Choose the US state or territory that issued your license (two letters, e.g. TX).</source>
        <translation>Elija el estado o territorio de EE. UU. que emitió su licencia (dos letras, por ejemplo TX).</translation>
    </message>
    <message>
        <source>Type the license number for that state, or leave the state empty.</source>
        <translation>Escriba el número de licencia de ese estado o deje el estado vacío.</translation>
    </message>
    <message>
        <source>Adult retention must be between 1 and 100 years.</source>
        <translation>La conservación para adultos tiene que estar entre 1 y 100 años.</translation>
    </message>
    <message>
        <source>Retention after majority must be between 0 and 100 years.</source>
        <translation>La conservación tras la mayoría de edad tiene que estar entre 0 y 100 años.</translation>
    </message>
    <message>
        <source>The age of majority must be between 10 and 30.</source>
        <translation>La mayoría de edad tiene que estar entre 10 y 30 años.</translation>
    </message>
    <message>
        <source>The age of consent for treatment must be between 1 and 30.</source>
        <translation>La edad de consentimiento para el tratamiento tiene que estar entre 1 y 30 años.</translation>
    </message>
    <message>
        <source>The elder-abuse reporting age must be between 40 and 100.</source>
        <translation>La edad para denunciar el maltrato a personas mayores tiene que estar entre 40 y 100 años.</translation>
    </message>
    <message>
        <source>The age of consent for treatment cannot be above the age of majority: from the age of majority a client consents as an adult.</source>
        <translation>La edad de consentimiento para el tratamiento no puede ser mayor que la mayoría de edad: desde la mayoría de edad el cliente consiente como adulto.</translation>
    </message>
    <message>
        <source>Duty to warn must be mandatory, permissive or none.</source>
        <translation>El deber de advertir tiene que ser obligatorio, potestativo o ninguno.</translation>
    </message>
    <message>
        <source>A PIN has {min} to {max} characters.</source>
        <translation>Un PIN tiene de {min} a {max} caracteres.</translation>
    </message>
    <message>
        <source>Quick unlock is not available now.</source>
        <translation>El desbloqueo rápido no está disponible ahora.</translation>
    </message>
    <message>
        <source>The vault's passphrase was changed after it was unlocked in this window (in another window or by another program), so the PIN cannot open it.</source>
        <translation>La frase de contraseña de la bóveda se cambió después de desbloquearla en esta ventana (en otra ventana o por otro programa), así que el PIN no puede abrirla.</translation>
    </message>
    <message>
        <source>Type the vault's passphrase.</source>
        <translation>Escriba la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>That PIN is not right. After {max} wrong PINs only the passphrase opens the vault.</source>
        <translation>Ese PIN no es correcto. Tras {max} PIN incorrectos, solo la frase de contraseña abre la bóveda.</translation>
    </message>
    <message>
        <source>Give a whole number between 0 and {max}.</source>
        <translation>Indique un número entero entre 0 y {max}.</translation>
    </message>
    <message>
        <source>The reminder needs at least 1 day.</source>
        <translation>El recordatorio necesita al menos 1 día.</translation>
    </message>
    <message>
        <source>Backups cannot be kept inside the vault folder.</source>
        <translation>Las copias de seguridad no pueden guardarse dentro de la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>The backup folder is not a folder. Nothing was written.</source>
        <translation>La carpeta de copias de seguridad no es una carpeta. No se escribió nada.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there. If it is on an external drive, connect the drive. Nothing was written.</source>
        <translation>La carpeta de copias de seguridad {folder} no está. Si está en un disco externo, conecte el disco. No se escribió nada.</translation>
    </message>
    <message>
        <source>A background backup is still reading the vault; nothing was written.</source>
        <translation>Una copia de seguridad en segundo plano sigue leyendo la bóveda; no se escribió nada.</translation>
    </message>
    <message>
        <source>The psychotherapy notes still have unsaved changes from an interrupted session.</source>
        <translation>Las notas de psicoterapia aún tienen cambios sin guardar de una sesión interrumpida.</translation>
    </message>
    <message>
        <source>The vault changed while the snapshot was read; nothing was kept. Try again.</source>
        <translation>La bóveda cambió mientras se leía la instantánea; no se guardó nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That folder is not a backup repository.</source>
        <translation>Esa carpeta no es un repositorio de copias de seguridad.</translation>
    </message>
    <message>
        <source>This backup is protected by the passphrase AND the device secret kept in the original computer&apos;s system keyring, which is not available here.</source>
        <translation>Esta copia de seguridad está protegida por la frase de contraseña Y por el secreto del dispositivo guardado en el llavero del sistema de la computadora original, que aquí no está disponible.</translation>
    </message>
    <message>
        <source>The backup asks for key-derivation settings outside the safe range.</source>
        <translation>La copia de seguridad pide unos ajustes de derivación de claves fuera del rango seguro.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad.</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault.</source>
        <translation>Esta copia de seguridad pertenece a otra bóveda.</translation>
    </message>
    <message>
        <source>The backup&apos;s content key does not belong to this vault: the file was altered.</source>
        <translation>La clave de contenido de la copia de seguridad no pertenece a esta bóveda: el archivo fue alterado.</translation>
    </message>
    <message>
        <source>Give the passphrase or the recovery key to open the backup.</source>
        <translation>Indique la frase de contraseña o la clave de recuperación para abrir la copia de seguridad.</translation>
    </message>
    <message>
        <source>The place to restore into is not a folder.</source>
        <translation>El lugar donde restaurar no es una carpeta.</translation>
    </message>
    <message>
        <source>That folder is inside the backup folder; nothing was restored.</source>
        <translation>Esa carpeta está dentro de la carpeta de copias de seguridad; no se restauró nada.</translation>
    </message>
    <message>
        <source>A new passphrase is set only together with the recovery key.</source>
        <translation>Una frase de contraseña nueva solo se establece junto con la clave de recuperación.</translation>
    </message>
    <message>
        <source>The newer ledger belongs to a different vault than this backup.</source>
        <translation>El registro más reciente de la bóveda pertenece a una bóveda distinta de la de esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The restored copy was not closed cleanly; nothing was changed.</source>
        <translation>La copia restaurada no se cerró correctamente; no se cambió nada.</translation>
    </message>
    <message>
        <source>The search is too long (at most {max} characters).</source>
        <translation>La búsqueda es demasiado larga (admite como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Escriba al menos una palabra para buscar.</translation>
    </message>
    <message>
        <source>Use at most {max} search terms.</source>
        <translation>Use como máximo {max} términos de búsqueda.</translation>
    </message>
    <message>
        <source>Save a copy and open it in another program (the copy is recorded in the chart&apos;s history).</source>
        <translation>Guarde una copia y ábrala con otro programa (la copia queda anotada en el historial del expediente).</translation>
    </message>
    <message>
        <source>Type an EIN as NN-NNNNNNN (12-3456789), or only the last four digits of your SSN (1234).</source>
        <translation>Escriba un EIN como NN-NNNNNNN (12-3456789), o solo los cuatro últimos dígitos de su SSN (1234).</translation>
    </message>
    <message>
        <source>Mark it met or discontinued instead.</source>
        <translation>Márquelo como alcanzado o interrumpido en su lugar.</translation>
    </message>
    <message>
        <source>Write something in at least one section.</source>
        <translation>Escriba algo en al menos una sección.</translation>
    </message>
    <message>
        <source>Write the first note from a template instead.</source>
        <translation>Escriba la primera nota a partir de una plantilla.</translation>
    </message>
    <message>
        <source>No earlier progress note of this chart is signed: there is nothing to carry forward.</source>
        <translation>Ninguna nota de evolución anterior de este expediente está firmada: no hay nada que traer.</translation>
    </message>
    <message>
        <source>A draft is not the record. Sign it first, or write this note from a template.</source>
        <translation>Un borrador no forma parte del registro. Fírmelo primero o escriba esta nota a partir de una plantilla.</translation>
    </message>
    <message>
        <source>The mark in front keeps ordinary words from expanding by accident.</source>
        <translation>El signo del principio evita que las palabras normales se expandan por accidente.</translation>
    </message>
    <message>
        <source>Remove one you no longer use.</source>
        <translation>Quite uno que ya no use.</translation>
    </message>
    <message>
        <source>Leave the date out to use the session&apos;s date.</source>
        <translation>Deje la fecha vacía para usar la de la sesión.</translation>
    </message>
    <message>
        <source>Type it without line breaks or tabs.</source>
        <translation>Escríbalo sin saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <source>Create it first or choose another.</source>
        <translation>Créela primero o elija otra.</translation>
    </message>
    <message>
        <source>Choose the scan of the client&apos;s signed request; nothing was destroyed.</source>
        <translation>Elija el escaneo de la solicitud firmada por el cliente; no se destruyó nada.</translation>
    </message>
    <message>
        <source>Copy it from your NPPES record (the NPI is optional: leave it empty).</source>
        <translation>Cópielo de su registro en NPPES (el NPI es opcional: puede dejarlo vacío).</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Tries left before the passphrase is needed: {left}.</source>
        <translation>Intentos que quedan antes de necesitar la frase de contraseña: {left}.</translation>
    </message>
    <message>
        <source>Choose another folder or drive.</source>
        <translation>Elija otra carpeta u otro disco.</translation>
    </message>
    <message>
        <source>Choose another backup folder.</source>
        <translation>Elija otra carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Or choose another backup folder.</source>
        <translation>O elija otra carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes once (that completes them), then back up again.</source>
        <translation>Desbloquee una vez las notas de psicoterapia (eso las completa) y vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>Use your Emergency Kit recovery key instead.</source>
        <translation>Use en su lugar la clave de recuperación de su Kit de emergencia.</translation>
    </message>
    <message>
        <source>A backup opens with the passphrase the vault had when the backup was made, or with your Emergency Kit recovery key.</source>
        <translation>Una copia de seguridad se abre con la frase de contraseña que tenía la bóveda cuando se hizo la copia, o con la clave de recuperación de su Kit de emergencia.</translation>
    </message>
    <message>
        <source>Give its passphrase or recovery key to check it.</source>
        <translation>Indique su frase de contraseña o su clave de recuperación para comprobarla.</translation>
    </message>
    <message>
        <source>Restore into a folder outside the backup folder, for example beside it.</source>
        <translation>Restaure en una carpeta fuera de la carpeta de copias de seguridad, por ejemplo al lado.</translation>
    </message>
    <message>
        <source>problem list</source>
        <translation>la lista de problemas</translation>
    </message>
    <message>
        <source>modality and frequency</source>
        <translation>la modalidad y frecuencia</translation>
    </message>
    <message>
        <source>plan start date</source>
        <translation>la fecha de inicio del plan</translation>
    </message>
    <message>
        <source>plan review date</source>
        <translation>la fecha de revisión del plan</translation>
    </message>
    <message>
        <source>goal description</source>
        <translation>la descripción del objetivo</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>la meta específica</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>la fecha prevista</translation>
    </message>
    <message>
        <source>date the measure was taken</source>
        <translation>la fecha en que se aplicó la escala</translation>
    </message>
    <message>
        <source>reason for the correction</source>
        <translation>el motivo de la corrección</translation>
    </message>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>document date</source>
        <translation>la fecha del documento</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>accounting date</source>
        <translation>la fecha del registro de divulgaciones</translation>
    </message>
    <message>
        <source>start of the period asked for</source>
        <translation>el inicio del periodo solicitado</translation>
    </message>
    <message>
        <source>end of the suspension</source>
        <translation>el fin de la suspensión</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>el motivo de la excepción</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>el testigo</translation>
    </message>
    <message>
        <source>name of who authorized it</source>
        <translation>el nombre de quien lo autorizó</translation>
    </message>
    <message>
        <source>name of who verified it</source>
        <translation>el nombre de quien lo verificó</translation>
    </message>
    <message>
        <source>jurisdiction name</source>
        <translation>el nombre de la jurisdicción</translation>
    </message>
    <message>
        <source>retention policy name</source>
        <translation>el nombre de la política de conservación</translation>
    </message>
    <message>
        <source>elder-abuse scope</source>
        <translation>el alcance del maltrato a personas mayores</translation>
    </message>
    <message>
        <source>retention source</source>
        <translation>la fuente de la política de conservación</translation>
    </message>
    <message>
        <source>This retention policy cannot be saved. {parts}</source>
        <translation>Esta política de conservación no puede guardarse. {parts}</translation>
    </message>
    <message>
        <source>This fee cannot be charged as recorded. {parts}</source>
        <translation>Esta tarifa no puede cobrarse tal como está registrada. {parts}</translation>
    </message>
    <message>
        <source>The first accounting in any 12-month period is free (45 CFR 164.528(c)(2)); do not charge a fee.</source>
        <translation>El primer registro de divulgaciones en cualquier período de 12 meses es gratuito (45 CFR 164.528(c)(2)); no cobre ninguna tarifa.</translation>
    </message>
    <message>
        <source>A fee for a second accounting within 12 months needs the client told of it in advance (45 CFR 164.528(c)(2)): record the date of that notice.</source>
        <translation>Una tarifa por un segundo registro de divulgaciones en 12 meses exige avisar al cliente por adelantado (45 CFR 164.528(c)(2)): registre la fecha de ese aviso.</translation>
    </message>
    <message>
        <source>The fee notice is dated after the accounting; it must come first (45 CFR 164.528(c)(2)).</source>
        <translation>El aviso de la tarifa tiene fecha posterior al registro de divulgaciones; debe ser anterior (45 CFR 164.528(c)(2)).</translation>
    </message>
    <message>
        <source>After the fee notice the client may withdraw or modify the request (45 CFR 164.528(c)(2)): record their choice (proceed or modified); if they withdrew, withdraw the request instead.</source>
        <translation>Tras el aviso de la tarifa, el cliente puede retirar o modificar la solicitud (45 CFR 164.528(c)(2)): registre su elección (seguir adelante o modificada); si la retiró, retire la solicitud en su lugar.</translation>
    </message>
    <message>
        <source>Destruction refused. {parts}</source>
        <translation>Destrucción rechazada. {parts}</translation>
    </message>
    <message>
        <source>Chart {chart} is under a legal hold (active holds: {count}); records under a hold must not be destroyed. Release the hold first if it has ended.</source>
        <translation>El expediente {chart} está sujeto a una retención legal (retenciones activas: {count}); los registros bajo retención no deben destruirse. Si la retención ha terminado, levántela primero.</translation>
    </message>
    <message>
        <source>Chart {chart} has an open client request (open requests: {count}); finish it before destroying any records.</source>
        <translation>El expediente {chart} tiene una solicitud del cliente abierta (solicitudes abiertas: {count}); termínela antes de destruir ningún registro.</translation>
    </message>
    <message>
        <source>Of the selected notes, {count} are not psychotherapy notes of chart {chart}.</source>
        <translation>De las notas seleccionadas, {count} no son notas de psicoterapia del expediente {chart}.</translation>
    </message>
    <message>
        <source>There is nothing left to destroy in the selection.</source>
        <translation>No queda nada que destruir en la selección.</translation>
    </message>
    <message>
        <source>The retention period of chart {chart} cannot be computed (no contact date), so it is not eligible. Attach the client&apos;s written permission or document an override.</source>
        <translation>El período de conservación del expediente {chart} no puede calcularse (no hay fecha de contacto), así que no puede destruirse. Adjunte el permiso escrito del cliente o documente una excepción.</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under the retention policy; this chart cannot be destroyed on that basis yet. Attach the client&apos;s written permission or document an override with its reason.</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según la política de conservación; este expediente todavía no puede destruirse por ese motivo. Adjunte el permiso escrito del cliente o documente una excepción con su motivo.</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under the retention policy; these psychotherapy notes cannot be destroyed on that basis yet. Attach the client&apos;s written permission or document an override with its reason.</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según la política de conservación; estas notas de psicoterapia todavía no pueden destruirse por ese motivo. Adjunte el permiso escrito del cliente o documente una excepción con su motivo.</translation>
    </message>
    <message>
        <source>Destruction on the client&apos;s permission needs the signed permission document attached.</source>
        <translation>La destrucción con permiso del cliente necesita adjunto el documento de permiso firmado.</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under {source}. A client&apos;s written permission does not shorten a retention period set by state law or your licensing board; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según {source}. El permiso escrito del cliente no acorta un período de conservación fijado por la ley estatal o por su colegio profesional; destruirlo antes puede incumplirlo. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under your retention policy. A client&apos;s written permission does not shorten a retention period set by state law or your licensing board; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según su política de conservación. El permiso escrito del cliente no acorta un período de conservación fijado por la ley estatal o por su colegio profesional; destruirlo antes puede incumplirlo. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept for a period that cannot be computed under {source}. A client&apos;s written permission does not shorten a retention period set by state law or your licensing board; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse durante un período que no puede calcularse según {source}. El permiso escrito del cliente no acorta un período de conservación fijado por la ley estatal o por su colegio profesional; destruirlo antes puede incumplirlo. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept for a period that cannot be computed under your retention policy. A client&apos;s written permission does not shorten a retention period set by state law or your licensing board; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse durante un período que no puede calcularse según su política de conservación. El permiso escrito del cliente no acorta un período de conservación fijado por la ley estatal o por su colegio profesional; destruirlo antes puede incumplirlo. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>An override needs its reason written down (at least {min} characters).</source>
        <translation>Una excepción necesita su motivo por escrito (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>The confirmation does not name the chart. Type the chart number ({chart}) to confirm.</source>
        <translation>La confirmación no nombra el expediente. Escriba el número de expediente ({chart}) para confirmar.</translation>
    </message>
    <message>
        <source>This note still holds text carried from the last note, unedited: {parts}.</source>
        <translation>Esta nota todavía contiene texto traído de la nota anterior sin editar: {parts}.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the goals</source>
        <translation>los objetivos</translation>
    </message>
    <message>
        <source>Read and edit the carried text (and remove the line in brackets it starts with) before signing.</source>
        <translation>Lea y edite el texto traído (y quite la línea entre corchetes con la que empieza) antes de firmar.</translation>
    </message>
    <message>
        <source>This image could not be read: it may be damaged.</source>
        <translation>No se pudo leer esta imagen: puede estar dañada.</translation>
    </message>
    <message>
        <source>This image is too large to show here ({width} × {height} pixels).</source>
        <translation>Esta imagen es demasiado grande para mostrarla aquí ({width} × {height} píxeles).</translation>
    </message>
    <message>
        <source>This kind of document cannot be shown here.</source>
        <translation>Este tipo de documento no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>That CSV file does not exist.</source>
        <translation>Ese archivo CSV no existe.</translation>
    </message>
    <message>
        <source>The CSV file is over the {max_mib} MB limit.</source>
        <translation>El archivo CSV supera el límite de {max_mib} MB.</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>El archivo CSV no tiene fila de encabezados.</translation>
    </message>
    <message>
        <source>Unknown CSV preset.</source>
        <translation>Formato de CSV predefinido desconocido.</translation>
    </message>
    <message>
        <source>Unknown field in the column mapping.</source>
        <translation>Campo desconocido en la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>A mapped column is not in the CSV file's header row.</source>
        <translation>Una columna asignada no está en la fila de encabezados del archivo CSV.</translation>
    </message>
    <message>
        <source>No column for the client's name.</source>
        <translation>No hay ninguna columna para el nombre del cliente.</translation>
    </message>
    <message>
        <source>That chart is no longer in the vault.</source>
        <translation>Ese expediente ya no está en la bóveda.</translation>
    </message>
    <message>
        <source>Choose another chart.</source>
        <translation>Elija otro expediente.</translation>
    </message>
    <message>
        <source>That folder does not look like a SimplePractice export.</source>
        <translation>Esa carpeta no parece una exportación de SimplePractice.</translation>
    </message>
    <message>
        <source>The first row must name the columns.</source>
        <translation>La primera fila debe nombrar las columnas.</translation>
    </message>
    <message>
        <source>Map 'name', or 'first_name' and 'last_name', to columns of the file.</source>
        <translation>Asigne «name», o «first_name» y «last_name», a columnas del archivo.</translation>
    </message>
    <message>
        <source>Choose the folder SimplePractice's export unpacked to.</source>
        <translation>Elija la carpeta en la que se descomprimió la exportación de SimplePractice.</translation>
    </message>
    <message>
        <source>Choose the folder that holds 'Contacts' and 'Medical Records' (unzip the export first).</source>
        <translation>Elija la carpeta que contiene «Contacts» y «Medical Records» (descomprima primero la exportación).</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Esa carpeta no existe.</translation>
    </message>
    <message>
        <source>The import stopped because the vault locked.</source>
        <translation>La importación se detuvo porque la bóveda se bloqueó.</translation>
    </message>
    <message>
        <source>Unlock and run the same import again: it continues where it stopped.</source>
        <translation>Desbloquee la bóveda y vuelva a hacer la misma importación: continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it.</source>
        <translation>Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>This backup is of another vault, not of the vault it would replace; nothing was changed.</source>
        <translation>Esta copia es de otra bóveda, no de la bóveda que reemplazaría; no se cambió nada.</translation>
    </message>
    <message>
        <source>The destroyed chart could not be purged from the backups in {folder}: that drive is read-only (or you cannot write to it).</source>
        <translation>No se pudo purgar el expediente destruido de las copias de {folder}: esa unidad es de solo lectura (o usted no puede escribir en ella).</translation>
    </message>
    <message>
        <source>Check that this is the right drive and the right backup.</source>
        <translation>Compruebe que es la unidad correcta y la copia correcta.</translation>
    </message>
    <message>
        <source>Make the drive writable (its write-protect switch, or mount it read-write), then choose Finish now in Records &gt; Destructions and certificates (the app also tries again at each unlock). If it cannot be made writable now, disconnect that drive and choose Finish now: the destruction finishes without it, and its certificate lists those backups as not reachable. Once the drive is connected and writable again, Purge the backups now, in the same window, removes the chart from them.</source>
        <translation>Haga que se pueda escribir en la unidad (su interruptor de protección contra escritura, o móntela en lectura y escritura) y elija Terminar ahora en Registros &gt; Destrucciones y certificados (la aplicación también lo intenta de nuevo en cada desbloqueo). Si ahora no se puede, desconecte esa unidad y elija Terminar ahora: la destrucción termina sin ella y su certificado indica esas copias como no accesibles. Cuando la unidad vuelva a estar conectada y se pueda escribir en ella, Purgar ahora las copias, en la misma ventana, elimina de ellas el expediente.</translation>
    </message>
    <message>
        <source>The denial's letter says the client is given something this copy leaves out (45 CFR 164.524(c)(1), (d)(1)).</source>
        <translation>La carta de denegación dice que al cliente se le entrega algo que esta copia deja fuera (45 CFR 164.524(c)(1), (d)(1)).</translation>
    </message>
    <message>
        <source>Add it to the copy, or give it another way (printed) and tick that; then make the copy.</source>
        <translation>Añádalo a la copia, o entréguelo de otra forma (impreso) y márquelo; luego haga la copia.</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under {source}. This destruction is early: an override departs from that rule and does not shorten it; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según {source}. Esta destrucción es anticipada: una excepción se aparta de esa norma y no la acorta; destruirlo antes puede incumplirla. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept until {day} under your retention policy. This destruction is early: an override departs from that rule and does not shorten it; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse hasta el {day} según su política de conservación. Esta destrucción es anticipada: una excepción se aparta de esa norma y no la acorta; destruirlo antes puede incumplirla. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept for a period that cannot be computed under {source}. This destruction is early: an override departs from that rule and does not shorten it; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse durante un período que no se puede calcular según {source}. Esta destrucción es anticipada: una excepción se aparta de esa norma y no la acorta; destruirlo antes puede incumplirla. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
    <message>
        <source>Chart {chart} must be kept for a period that cannot be computed under your retention policy. This destruction is early: an override departs from that rule and does not shorten it; destroying earlier may breach it. To go ahead anyway, write down why (at least {min} characters).</source>
        <translation>El expediente {chart} debe conservarse durante un período que no se puede calcular según su política de conservación. Esta destrucción es anticipada: una excepción se aparta de esa norma y no la acorta; destruirlo antes puede incumplirla. Para seguir adelante de todos modos, escriba por qué (al menos {min} caracteres).</translation>
    </message>
</context>
<context>
    <name>SearchRebuildStatus</name>
    <message>
        <source>Search index being rebuilt…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Search index status</source>
        <translation>Estado del índice de búsqueda</translation>
    </message>
    <message>
        <source>Search will be ready in a moment; everything else works as usual.</source>
        <translation>La búsqueda estará lista en un momento; todo lo demás funciona como siempre.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsLegal</name>
    <message>
        <source>The authorization lacks a required element (45 CFR 164.508(c)): the {what}.</source>
        <translation>A la autorización le falta un elemento obligatorio (45 CFR 164.508(c)): {what}.</translation>
    </message>
    <message>
        <source>The authorization lacks required elements (45 CFR 164.508(c)): the {what}, and {more} more.</source>
        <translation>A la autorización le faltan elementos obligatorios (45 CFR 164.508(c)): {what} y {more} más.</translation>
    </message>
    <message>
        <source>The authorization lacks a required element (45 CFR 164.508(c)): the {what}. It also needs a scan of the signed form.</source>
        <translation>A la autorización le falta un elemento obligatorio (45 CFR 164.508(c)): {what}. También falta la copia escaneada del formulario firmado.</translation>
    </message>
    <message>
        <source>A psychotherapy-notes authorization may not be combined with any other authorization (45 CFR 164.508(b)(3)(ii)); this one also covers other information.</source>
        <translation>Una autorización para notas de psicoterapia no puede combinarse con ninguna otra autorización (45 CFR 164.508(b)(3)(ii)); esta cubre también otra información.</translation>
    </message>
    <message>
        <source>Attach a scan of the signed form, which the practice must keep (45 CFR 164.508(b)(6) and 164.530(j)).</source>
        <translation>Adjunte una copia escaneada del formulario firmado, que la consulta debe conservar (45 CFR 164.508(b)(6) y 164.530(j)).</translation>
    </message>
    <message>
        <source>The expiration date is before the signature date.</source>
        <translation>La fecha de vencimiento es anterior a la fecha de firma.</translation>
    </message>
    <message>
        <source>The signing member is not a member of this joint record.</source>
        <translation>Quien firma no es miembro de este expediente conjunto.</translation>
    </message>
    <message>
        <source>The signer of an individual chart&apos;s authorization is that client or their representative.</source>
        <translation>La autorización de un expediente individual la firma ese cliente o su representante.</translation>
    </message>
    <message>
        <source>The signer is either the client or a personal representative.</source>
        <translation>Quien firma es el cliente o un representante personal.</translation>
    </message>
    <message>
        <source>This is a joint (couple or family) record: name the member who signed this authorization.</source>
        <translation>Este es un expediente conjunto (de pareja o de familia): indique qué miembro firmó esta autorización.</translation>
    </message>
    <message>
        <source>This representative is not recorded as allowed to sign authorizations for the client.</source>
        <translation>Este representante no consta como autorizado para firmar autorizaciones en nombre del cliente.</translation>
    </message>
    <message>
        <source>You recorded that this person is not treated as the client&apos;s personal representative (reasonable belief of abuse, neglect or endangerment, 45 CFR 164.502(g)(5)); they may not act for the client.</source>
        <translation>Usted registró que esta persona no se trata como representante personal del cliente (sospecha razonable de abuso, negligencia o peligro, 45 CFR 164.502(g)(5)); no puede actuar en nombre del cliente.</translation>
    </message>
    <message>
        <source>The client is {age} and has reached the age of majority ({majority}): a parent&apos;s or guardian&apos;s authority over a minor has ended (45 CFR 164.502(g)(2)-(3)), so this person may not act for the client.</source>
        <translation>El cliente tiene {age} años y ya alcanzó la mayoría de edad ({majority}): la autoridad de un progenitor o tutor sobre un menor ha terminado (45 CFR 164.502(g)(2)-(3)), así que esta persona no puede actuar en nombre del cliente.</translation>
    </message>
    <message>
        <source>The client is {age} and may consent to treatment on their own (your setting: from {consent}), so only the minor may sign a Part 2 consent (42 CFR 2.14(a)); a parent&apos;s or guardian&apos;s signature is refused.</source>
        <translation>El cliente tiene {age} años y puede consentir el tratamiento por sí mismo (según su ajuste, desde los {consent}), así que solo el menor puede firmar un consentimiento de la Parte 2 (42 CFR 2.14(a)); no se acepta la firma de un progenitor o tutor.</translation>
    </message>
    <message>
        <source>The client is {age} and may consent to their own outpatient care (your setting: from {consent}); for that care the minor, not the parent, exercises the rights (45 CFR 164.502(g)(3)(i)), so this person may not act for the client.</source>
        <translation>El cliente tiene {age} años y puede consentir su propia atención ambulatoria (según su ajuste, desde los {consent}); para esa atención es el menor, y no el progenitor, quien ejerce los derechos (45 CFR 164.502(g)(3)(i)), así que esta persona no puede actuar en nombre del cliente.</translation>
    </message>
    <message>
        <source>The client is {age}, under your age of consent for treatment ({consent}); check that the law lets the minor authorize this (45 CFR 164.502(g)(3)).</source>
        <translation>El cliente tiene {age} años, menos que su edad de consentimiento para el tratamiento ({consent}); compruebe que la ley permite al menor autorizar esto (45 CFR 164.502(g)(3)).</translation>
    </message>
    <message>
        <source>The client is {age}, under your age of consent for treatment ({consent}): a Part 2 consent then needs the signatures of both the minor and the parent or guardian (42 CFR 2.14(b)).</source>
        <translation>El cliente tiene {age} años, menos que su edad de consentimiento para el tratamiento ({consent}): un consentimiento de la Parte 2 necesita entonces la firma tanto del menor como del progenitor o tutor (42 CFR 2.14(b)).</translation>
    </message>
    <message>
        <source>The revocation date is before the authorization was signed.</source>
        <translation>La fecha de revocación es anterior a la firma de la autorización.</translation>
    </message>
    <message>
        <source>Authorization {id} was already revoked on {day}.</source>
        <translation>La autorización {id} ya se revocó el {day}.</translation>
    </message>
    <message>
        <source>A revocation takes effect when it is received in writing (45 CFR 164.508(b)(5)).</source>
        <translation>Una revocación surte efecto cuando se recibe por escrito (45 CFR 164.508(b)(5)).</translation>
    </message>
    <message>
        <source>Authorization {id} expires on a date, not at an event.</source>
        <translation>La autorización {id} vence en una fecha, no con un hecho.</translation>
    </message>
    <message>
        <source>The expiration event was already recorded ({day}).</source>
        <translation>El hecho que la hace vencer ya está registrado ({day}).</translation>
    </message>
    <message>
        <source>A named note is not a note of this client.</source>
        <translation>Una de las notas indicadas no es de este cliente.</translation>
    </message>
    <message>
        <source>Unknown request kind. Choose access, amendment or accounting.</source>
        <translation>Tipo de solicitud desconocido. Elija acceso, enmienda o registro de divulgaciones.</translation>
    </message>
    <message>
        <source>Request {id} is already granted.</source>
        <translation>La solicitud {id} ya está concedida.</translation>
    </message>
    <message>
        <source>Request {id} is already partially granted.</source>
        <translation>La solicitud {id} ya está concedida en parte.</translation>
    </message>
    <message>
        <source>The rest of request {id} was already given, on {day}.</source>
        <translation>El resto de la solicitud {id} ya se entregó, el {day}.</translation>
    </message>
    <message>
        <source>Request {id} was not denied in part.</source>
        <translation>La solicitud {id} no se denegó en parte.</translation>
    </message>
    <message>
        <source>No such letter for this request ({id}).</source>
        <translation>Esta solicitud no tiene esa carta ({id}).</translation>
    </message>
    <message>
        <source>Request {id} is already denied.</source>
        <translation>La solicitud {id} ya está denegada.</translation>
    </message>
    <message>
        <source>Request {id} is already withdrawn.</source>
        <translation>La solicitud {id} ya está retirada.</translation>
    </message>
    <message>
        <source>The decision date {day} is before the request was received ({received}).</source>
        <translation>La fecha de la decisión, {day}, es anterior a la recepción de la solicitud ({received}).</translation>
    </message>
    <message>
        <source>This request was already extended once; {citation} allows only one extension.</source>
        <translation>Esta solicitud ya se prorrogó una vez; {citation} permite una sola prórroga.</translation>
    </message>
    <message>
        <source>Give the reason for the delay: the written notice must state it.</source>
        <translation>Indique el motivo del retraso: el aviso por escrito debe incluirlo.</translation>
    </message>
    <message>
        <source>The notice date {notice} is before the request was received ({received}).</source>
        <translation>La fecha del aviso, {notice}, es anterior a la recepción de la solicitud ({received}).</translation>
    </message>
    <message>
        <source>The extension notice must be given within the first {days} days, by {by}; {notice} is too late ({citation}).</source>
        <translation>El aviso de prórroga debe darse dentro de los primeros {days} días, a más tardar el {by}; el {notice} es demasiado tarde ({citation}).</translation>
    </message>
    <message>
        <source>An extension may add 1 to {max} days ({citation}).</source>
        <translation>Una prórroga puede añadir de 1 a {max} días ({citation}).</translation>
    </message>
    <message>
        <source>An amendment request is accepted, which amends the record, not granted.</source>
        <translation>Una solicitud de enmienda se acepta (lo que enmienda el expediente), no se concede.</translation>
    </message>
    <message>
        <source>An accounting of disclosures cannot be denied; produce it (it may be suspended only).</source>
        <translation>Un registro de divulgaciones no se puede denegar; genérelo (solo puede suspenderse).</translation>
    </message>
    <message>
        <source>Name at least one ground for the denial.</source>
        <translation>Indique al menos un motivo para la denegación.</translation>
    </message>
    <message>
        <source>Unknown ground for the denial: choose one from the list.</source>
        <translation>Motivo de denegación desconocido: elija uno de la lista.</translation>
    </message>
    <message>
        <source>The ground “access by the personal representative is likely to cause substantial harm” ({citation}) applies only to a request made by a personal representative; this request was made by the client.</source>
        <translation>El motivo «es probable que el acceso del representante personal cause un daño sustancial» ({citation}) solo se aplica a una solicitud hecha por un representante personal; esta solicitud la hizo el cliente.</translation>
    </message>
    <message>
        <source>Only an access request can be granted in part.</source>
        <translation>Solo una solicitud de acceso puede concederse en parte.</translation>
    </message>
    <message>
        <source>Request {id} is not an amendment request.</source>
        <translation>La solicitud {id} no es una solicitud de enmienda.</translation>
    </message>
    <message>
        <source>Name the notes the amendment applies to when recording the request.</source>
        <translation>Indique las notas a las que se aplica la enmienda al registrar la solicitud.</translation>
    </message>
    <message>
        <source>{count} of the notes named are psychotherapy notes, which are not part of the designated record set (45 CFR 164.501): answer in writing with a denial on &apos;not_in_record_set&apos; (45 CFR 164.526(a)(2)(ii)); if the client also asked about progress notes, record that as its own request.</source>
        <translation>De las notas indicadas, {count} son notas de psicoterapia, que no forman parte del conjunto designado de registros (45 CFR 164.501): responda por escrito con una denegación por «not_in_record_set» (45 CFR 164.526(a)(2)(ii)); si el cliente también preguntó por notas de evolución, regístrelo como una solicitud aparte.</translation>
    </message>
    <message>
        <source>A statement of disagreement answers a denied amendment request.</source>
        <translation>Una declaración de desacuerdo responde a una solicitud de enmienda denegada.</translation>
    </message>
    <message>
        <source>Request {id} already has a statement of disagreement.</source>
        <translation>La solicitud {id} ya tiene una declaración de desacuerdo.</translation>
    </message>
    <message>
        <source>A rebuttal answers the client&apos;s statement of disagreement; there is none yet.</source>
        <translation>Una réplica responde a la declaración de desacuerdo del cliente; todavía no hay ninguna.</translation>
    </message>
    <message>
        <source>Request {id} already has a rebuttal.</source>
        <translation>La solicitud {id} ya tiene una réplica.</translation>
    </message>
    <message>
        <source>The {what} is too long or contains a NUL character.</source>
        <translation>{what} supera la longitud máxima o contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>Letters must say how to reach the practice: set the practice or clinician name and a phone number first.</source>
        <translation>Las cartas deben indicar cómo contactar con la consulta: configure primero el nombre de la consulta o del profesional y un número de teléfono.</translation>
    </message>
    <message>
        <source>Request {id} is not an accepted amendment; 45 CFR 164.526(c)(3) applies once one is.</source>
        <translation>La solicitud {id} no es una enmienda aceptada; 45 CFR 164.526(c)(3) se aplica cuando lo sea.</translation>
    </message>
    <message>
        <source>That recipient did not receive an amended note; if the client named them, say so.</source>
        <translation>Ese destinatario no recibió ninguna nota enmendada; si el cliente lo indicó, hágalo constar.</translation>
    </message>
    <message>
        <source>That recipient was already recorded as informed on {day}.</source>
        <translation>Ya consta que ese destinatario fue informado el {day}.</translation>
    </message>
    <message>
        <source>The referral is dated before the client asked for the review.</source>
        <translation>La remisión tiene fecha anterior a la petición de revisión del cliente.</translation>
    </message>
    <message>
        <source>The review&apos;s due date is 1 to 365 days after the referral.</source>
        <translation>El plazo de la revisión es de 1 a 365 días después de la remisión.</translation>
    </message>
    <message>
        <source>The review was already decided.</source>
        <translation>La revisión ya está decidida.</translation>
    </message>
    <message>
        <source>The review&apos;s decision is not one of the choices.</source>
        <translation>La decisión de la revisión no es ninguna de las opciones.</translation>
    </message>
    <message>
        <source>The decision is dated before the review was referred.</source>
        <translation>La decisión tiene fecha anterior a la remisión de la revisión.</translation>
    </message>
    <message>
        <source>A restriction is on services paid in full out of pocket (not to the health plan), or other.</source>
        <translation>Una restricción se refiere a servicios pagados íntegramente de su bolsillo (no al plan de salud) o es de otro tipo.</translation>
    </message>
    <message>
        <source>Restriction {id} was already agreed.</source>
        <translation>La restricción {id} ya se aceptó.</translation>
    </message>
    <message>
        <source>Restriction {id} was already refused.</source>
        <translation>La restricción {id} ya se rechazó.</translation>
    </message>
    <message>
        <source>Restriction {id} was already terminated.</source>
        <translation>La restricción {id} ya se dio por terminada.</translation>
    </message>
    <message>
        <source>A restriction on disclosures to a health plan about services the client paid for in full out of pocket must be agreed to (45 CFR 164.522(a)(1)(vi)); it cannot be refused.</source>
        <translation>Una restricción de divulgaciones a un plan de salud sobre servicios que el cliente pagó íntegramente de su bolsillo debe aceptarse (45 CFR 164.522(a)(1)(vi)); no se puede rechazar.</translation>
    </message>
    <message>
        <source>The decision is dated before the request.</source>
        <translation>La decisión tiene fecha anterior a la solicitud.</translation>
    </message>
    <message>
        <source>Restriction {id} still awaits your answer; only an agreed restriction can be terminated.</source>
        <translation>La restricción {id} aún espera su respuesta; solo una restricción aceptada puede darse por terminada.</translation>
    </message>
    <message>
        <source>Restriction {id} was refused; only an agreed restriction can be terminated.</source>
        <translation>La restricción {id} se rechazó; solo una restricción aceptada puede darse por terminada.</translation>
    </message>
    <message>
        <source>Restriction {id} is already terminated; only an agreed restriction can be terminated.</source>
        <translation>La restricción {id} ya está terminada; solo una restricción aceptada puede darse por terminada.</translation>
    </message>
    <message>
        <source>A restriction is terminated by the client or by the practice.</source>
        <translation>Una restricción la da por terminada el cliente o la consulta.</translation>
    </message>
    <message>
        <source>The practice may not end a restriction on disclosures to a health plan about self-paid services (45 CFR 164.522(a)(2)(iii)); only the client can.</source>
        <translation>La consulta no puede poner fin a una restricción de divulgaciones a un plan de salud sobre servicios pagados por el cliente (45 CFR 164.522(a)(2)(iii)); solo el cliente puede hacerlo.</translation>
    </message>
    <message>
        <source>The termination is dated before the restriction was agreed.</source>
        <translation>La terminación tiene fecha anterior a la aceptación de la restricción.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you ended on {ended}, still restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)); this disclosure would carry outcome measure results ({count}) from before {ended}.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted terminó el {ended}, sigue restringiendo lo escrito antes de su fin (45 CFR 164.522(a)(2)(iii)(B)); esta divulgación incluiría puntuaciones de escalas ({count}) anteriores al {ended}.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>El rango de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <source>Give the {what}.</source>
        <translation>Indique {what}.</translation>
    </message>
    <message>
        <source>The channel is phone, mail, fax, email, in person or other.</source>
        <translation>El medio es teléfono, correo postal, fax, correo electrónico, en persona u otro.</translation>
    </message>
    <message>
        <source>The export format is PDF or JSON.</source>
        <translation>El formato de exportación es PDF o JSON.</translation>
    </message>
    <message>
        <source>A JSON export is only for the client&apos;s own access request; use a PDF with a password.</source>
        <translation>Una exportación JSON es solo para la solicitud de acceso del propio cliente; use un PDF con contraseña.</translation>
    </message>
    <message>
        <source>A JSON export is not encrypted.</source>
        <translation>Una exportación JSON no está cifrada.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
    <message>
        <source>Give a PDF password of at least {min} characters.</source>
        <translation>Indique una contraseña para el PDF de al menos {min} caracteres.</translation>
    </message>
    <message>
        <source>The PDF password must not start or end with spaces.</source>
        <translation>La contraseña del PDF no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>Only an access request is granted with a copy of the record.</source>
        <translation>Solo una solicitud de acceso se concede con una copia del expediente.</translation>
    </message>
    <message>
        <source>Choose what the copy holds: progress notes, billing information or both.</source>
        <translation>Elija qué contiene la copia: notas de evolución, información de facturación o ambas.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the copy.</source>
        <translation>Elija una carpeta existente para la copia.</translation>
    </message>
    <message>
        <source>Choose a superbill or a statement.</source>
        <translation>Elija un superbill o un estado de cuenta.</translation>
    </message>
    <message>
        <source>The range of dates ends before it starts.</source>
        <translation>El rango de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <source>No session falls within these dates: the superbill lists the sessions of the dates given.</source>
        <translation>No hay ninguna sesión en estas fechas: el superbill enumera las sesiones de las fechas indicadas.</translation>
    </message>
    <message>
        <source>There is nothing to state for these dates: no charge or payment falls within them, and the account had no balance or credit before them.</source>
        <translation>No hay nada que declarar para estas fechas: no hay cargos ni pagos en ellas, y la cuenta no tenía saldo ni crédito antes.</translation>
    </message>
    <message>
        <source>This client is a minor: address the statement to a parent or guardian who may act for them.</source>
        <translation>Este cliente es menor de edad: dirija el estado de cuenta a un progenitor o tutor legal que pueda actuar en su nombre.</translation>
    </message>
    <message>
        <source>A consultation needs the person or service consulted.</source>
        <translation>Una consulta profesional necesita la persona o el servicio consultado.</translation>
    </message>
    <message>
        <source>A consultation needs what was advised.</source>
        <translation>Una consulta profesional necesita lo que se aconsejó.</translation>
    </message>
    <message>
        <source>At most {max} consultations.</source>
        <translation>Como máximo {max} consultas profesionales.</translation>
    </message>
    <message>
        <source>The disclosed date range ends before it starts.</source>
        <translation>El rango de fechas divulgadas termina antes de empezar.</translation>
    </message>
    <message>
        <source>At most {max} follow-up steps.</source>
        <translation>Como máximo {max} pasos de seguimiento.</translation>
    </message>
    <message>
        <source>This confidentiality decision is signed and can no longer change.</source>
        <translation>Esta decisión de confidencialidad está firmada y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>The disclosure of this decision is already recorded in the ledger; it can no longer change.</source>
        <translation>La divulgación de esta decisión ya consta en el registro de la bóveda; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>This confidentiality decision was signed meanwhile and can no longer change.</source>
        <translation>Esta decisión de confidencialidad se firmó entretanto y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Its disclosure is already recorded; sign the decision instead of discarding it.</source>
        <translation>Su divulgación ya está registrada; firme la decisión en lugar de descartarla.</translation>
    </message>
    <message>
        <source>This confidentiality decision can no longer be discarded.</source>
        <translation>Esta decisión de confidencialidad ya no se puede descartar.</translation>
    </message>
    <message>
        <source>This confidentiality decision is already signed.</source>
        <translation>Esta decisión de confidencialidad ya está firmada.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>La adenda está vacía.</translation>
    </message>
    <message>
        <source>This decision is not signed yet.</source>
        <translation>Esta decisión aún no está firmada.</translation>
    </message>
    <message>
        <source>No compliance record has reached its retention date.</source>
        <translation>Ningún registro de cumplimiento ha llegado a su fecha de conservación.</translation>
    </message>
    <message>
        <source>Confirm the destruction of the compliance records past their retention date.</source>
        <translation>Confirme la destrucción de los registros de cumplimiento que superaron su fecha de conservación.</translation>
    </message>
    <message>
        <source>An authorization missing a core element or statement is not valid; get a complete, signed form.</source>
        <translation>Una autorización a la que le falta un elemento o una declaración esencial no es válida; consiga un formulario completo y firmado.</translation>
    </message>
    <message>
        <source>Record two separate authorizations: one for psychotherapy notes only, one for the rest.</source>
        <translation>Registre dos autorizaciones separadas: una solo para las notas de psicoterapia y otra para lo demás.</translation>
    </message>
    <message>
        <source>A PDF, PNG or JPEG of the form as signed. If you asked the client to sign it, give them a copy (45 CFR 164.508(c)(4)).</source>
        <translation>Un PDF, PNG o JPEG del formulario tal como se firmó. Si usted pidió al cliente que lo firmara, entréguele una copia (45 CFR 164.508(c)(4)).</translation>
    </message>
    <message>
        <source>Every adult member signs their own authorization.</source>
        <translation>Cada miembro adulto firma su propia autorización.</translation>
    </message>
    <message>
        <source>Check the custody order or guardianship papers, and update the representative&apos;s authority.</source>
        <translation>Revise la orden de custodia o los documentos de tutela, y actualice la autoridad del representante.</translation>
    </message>
    <message>
        <source>The decision is yours; if it changes, record that in the client&apos;s Guardians… window.</source>
        <translation>La decisión es suya; si cambia, regístrelo en la ventana Tutores… del cliente.</translation>
    </message>
    <message>
        <source>The client acts for themselves now. If a court appointed this person for the adult client, record the order in the client&apos;s Guardians… window.</source>
        <translation>Ahora el cliente actúa por sí mismo. Si un tribunal designó a esta persona para el cliente adulto, registre la orden en la ventana Tutores… del cliente.</translation>
    </message>
    <message>
        <source>Ask the client to sign the consent personally.</source>
        <translation>Pida al cliente que firme el consentimiento personalmente.</translation>
    </message>
    <message>
        <source>The client signs. Whether state law lets you inform a parent is your judgment (164.502(g)(3)(ii)).</source>
        <translation>Firma el cliente. Si la ley estatal le permite informar a un progenitor es decisión suya (164.502(g)(3)(ii)).</translation>
    </message>
    <message>
        <source>Give the day the written revocation arrived: {signed} or later.</source>
        <translation>Indique el día en que llegó la revocación por escrito: el {signed} o después.</translation>
    </message>
    <message>
        <source>Ask the client for a signed written revocation and record the date you receive it.</source>
        <translation>Pida al cliente una revocación por escrito y firmada, y registre la fecha en que la reciba.</translation>
    </message>
    <message>
        <source>To name a psychotherapy note in an amendment request, unlock the psychotherapy notes first.</source>
        <translation>Para indicar una nota de psicoterapia en una solicitud de enmienda, desbloquee primero las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>Act on the request by the extended due date.</source>
        <translation>Resuelva la solicitud antes de la fecha límite prorrogada.</translation>
    </message>
    <message>
        <source>The request is now overdue: act on it as soon as possible.</source>
        <translation>La solicitud ya está vencida: resuélvala lo antes posible.</translation>
    </message>
    <message>
        <source>Choose a ground that fits who made the request.</source>
        <translation>Elija un motivo que corresponda a quien hizo la solicitud.</translation>
    </message>
    <message>
        <source>Fill them in under Vault &gt; Settings… &gt; About you and the practice.</source>
        <translation>Complételos en Bóveda &gt; Ajustes… &gt; Usted y su consulta.</translation>
    </message>
    <message>
        <source>Record it as agreed; the gate then keeps those sessions out of payment exports.</source>
        <translation>Regístrela como aceptada; el control deja entonces esas sesiones fuera de las exportaciones para pagos.</translation>
    </message>
    <message>
        <source>Choose dates from {ended} on (the complete open export carries the whole chart: send the notes with Export… instead). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>Elija fechas a partir del {ended} (la exportación abierta completa lleva todo el expediente: envíe las notas con Exportar o divulgar… en su lugar). Sus condiciones están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>Confirm that the client asked for this form, or export a PDF instead.</source>
        <translation>Confirme que el cliente pidió este formato, o exporte un PDF en su lugar.</translation>
    </message>
    <message>
        <source>Send the password to the recipient separately (by phone), never with the file.</source>
        <translation>Envíe la contraseña al destinatario por separado (por teléfono), nunca junto con el archivo.</translation>
    </message>
    <message>
        <source>Choose dates that include a session (a superbill lists services only; a missed-appointment fee is on the statement).</source>
        <translation>Elija fechas que incluyan una sesión (un superbill solo enumera servicios; un cargo por cita perdida figura en el estado de cuenta).</translation>
    </message>
    <message>
        <source>Choose dates that include a session, a fee or a payment.</source>
        <translation>Elija fechas que incluyan una sesión, un cargo o un pago.</translation>
    </message>
    <message>
        <source>Choose the guardian.</source>
        <translation>Elija al tutor legal.</translation>
    </message>
    <message>
        <source>Add an addendum instead.</source>
        <translation>Añada una adenda en su lugar.</translation>
    </message>
    <message>
        <source>Sign the decision, then add an addendum.</source>
        <translation>Firme la decisión y luego añada una adenda.</translation>
    </message>
    <message>
        <source>Edit the draft directly; add addenda after signing.</source>
        <translation>Edite el borrador directamente; añada adendas después de firmar.</translation>
    </message>
    <message>
        <source>description of the information to be disclosed</source>
        <translation>la descripción de la información que se divulga</translation>
    </message>
    <message>
        <source>kinds of information covered</source>
        <translation>los tipos de información que cubre</translation>
    </message>
    <message>
        <source>name of who may make the disclosure</source>
        <translation>el nombre de quien puede hacer la divulgación</translation>
    </message>
    <message>
        <source>recipient&apos;s name</source>
        <translation>el nombre del destinatario</translation>
    </message>
    <message>
        <source>recipient&apos;s address</source>
        <translation>la dirección del destinatario</translation>
    </message>
    <message>
        <source>purpose of the disclosure</source>
        <translation>la finalidad de la divulgación</translation>
    </message>
    <message>
        <source>signature date</source>
        <translation>la fecha de firma</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>el nombre de quien firma</translation>
    </message>
    <message>
        <source>representative&apos;s authority</source>
        <translation>la autoridad del representante</translation>
    </message>
    <message>
        <source>expiration date or event</source>
        <translation>la fecha de vencimiento o el hecho que la hace vencer</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>la fecha de vencimiento</translation>
    </message>
    <message>
        <source>expiration event</source>
        <translation>el hecho que la hace vencer</translation>
    </message>
    <message>
        <source>first date covered</source>
        <translation>la primera fecha cubierta</translation>
    </message>
    <message>
        <source>last date covered</source>
        <translation>la última fecha cubierta</translation>
    </message>
    <message>
        <source>statement of the right to revoke in writing and how</source>
        <translation>la declaración del derecho a revocar por escrito y de cómo hacerlo</translation>
    </message>
    <message>
        <source>statement on conditioning treatment or payment on signing</source>
        <translation>la declaración sobre condicionar el tratamiento o el pago a la firma</translation>
    </message>
    <message>
        <source>statement that the recipient may redisclose the information</source>
        <translation>la declaración de que el destinatario puede volver a divulgar la información</translation>
    </message>
    <message>
        <source>patient&apos;s name on the Part 2 consent (42 CFR 2.31(a)(1))</source>
        <translation>el nombre del paciente en el consentimiento de la Parte 2 (42 CFR 2.31(a)(1))</translation>
    </message>
    <message>
        <source>covered dates, a range that starts before it ends</source>
        <translation>las fechas cubiertas, un rango que empiece antes de terminar</translation>
    </message>
    <message>
        <source>date the revocation was received</source>
        <translation>la fecha de recepción de la revocación</translation>
    </message>
    <message>
        <source>date of the event</source>
        <translation>la fecha del hecho</translation>
    </message>
    <message>
        <source>date the request was received</source>
        <translation>la fecha de recepción de la solicitud</translation>
    </message>
    <message>
        <source>description of the request</source>
        <translation>la descripción de la solicitud</translation>
    </message>
    <message>
        <source>date of the written notice</source>
        <translation>la fecha del aviso por escrito</translation>
    </message>
    <message>
        <source>reason for the delay</source>
        <translation>el motivo del retraso</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>la fecha de la decisión</translation>
    </message>
    <message>
        <source>description of what is granted</source>
        <translation>la descripción de lo que se concede</translation>
    </message>
    <message>
        <source>description of what is denied</source>
        <translation>la descripción de lo que se deniega</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>la explicación</translation>
    </message>
    <message>
        <source>holder of the information</source>
        <translation>el nombre de quien tiene la información</translation>
    </message>
    <message>
        <source>amendment text</source>
        <translation>el texto de la enmienda</translation>
    </message>
    <message>
        <source>statement of disagreement</source>
        <translation>la declaración de desacuerdo</translation>
    </message>
    <message>
        <source>date the statement was received</source>
        <translation>la fecha de recepción de la declaración</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>la réplica</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>date the recipient was informed</source>
        <translation>la fecha en que se informó al destinatario</translation>
    </message>
    <message>
        <source>date the review was requested</source>
        <translation>la fecha en que se pidió la revisión</translation>
    </message>
    <message>
        <source>date the request was referred</source>
        <translation>la fecha de remisión de la solicitud</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>la fecha de la solicitud</translation>
    </message>
    <message>
        <source>description of the restriction</source>
        <translation>la descripción de la restricción</translation>
    </message>
    <message>
        <source>termination date</source>
        <translation>la fecha de terminación</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>la finalidad</translation>
    </message>
    <message>
        <source>description of what was disclosed</source>
        <translation>la descripción de lo que se divulgó</translation>
    </message>
    <message>
        <source>date of the disclosure</source>
        <translation>la fecha de la divulgación</translation>
    </message>
    <message>
        <source>first date of service</source>
        <translation>la primera fecha de servicio</translation>
    </message>
    <message>
        <source>last date of service</source>
        <translation>la última fecha de servicio</translation>
    </message>
    <message>
        <source>comment on the duty of confidentiality</source>
        <translation>el comentario sobre el deber de confidencialidad</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>la excepción</translation>
    </message>
    <message>
        <source>jurisdiction setting</source>
        <translation>el ajuste de la jurisdicción</translation>
    </message>
    <message>
        <source>person or service consulted</source>
        <translation>la persona o el servicio consultado</translation>
    </message>
    <message>
        <source>advice given</source>
        <translation>el consejo recibido</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>la fecha de la consulta profesional</translation>
    </message>
    <message>
        <source>statute or rule</source>
        <translation>la ley o norma</translation>
    </message>
    <message>
        <source>clinical reasoning</source>
        <translation>el razonamiento clínico</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>la amenaza</translation>
    </message>
    <message>
        <source>person at risk</source>
        <translation>la persona en riesgo</translation>
    </message>
    <message>
        <source>comment on the risk</source>
        <translation>el comentario sobre el riesgo</translation>
    </message>
    <message>
        <source>report reference</source>
        <translation>la referencia del informe</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>el juez</translation>
    </message>
    <message>
        <source>court</source>
        <translation>el tribunal</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>el número de causa</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>la fecha de la orden</translation>
    </message>
    <message>
        <source>date the client was informed</source>
        <translation>la fecha en que se informó al cliente</translation>
    </message>
    <message>
        <source>how the client was informed</source>
        <translation>cómo se informó al cliente</translation>
    </message>
    <message>
        <source>reason the client was not informed</source>
        <translation>el motivo por el que no se informó al cliente</translation>
    </message>
    <message>
        <source>follow-up step</source>
        <translation>el paso de seguimiento</translation>
    </message>
    <message>
        <source>This decision cannot be signed yet. Still needed: {parts}.</source>
        <translation>Esta decisión todavía no puede firmarse. Falta: {parts}.</translation>
    </message>
    <message>
        <source>the Duty step: whether the information is confidential</source>
        <translation>el paso del Deber: si la información es confidencial</translation>
    </message>
    <message>
        <source>the Exception step: which exception applies and whether it is mandatory or permissive (or that none applies)</source>
        <translation>el paso de la Excepción: qué excepción se aplica y si es obligatoria o permisiva (o que no se aplica ninguna)</translation>
    </message>
    <message>
        <source>your clinical reasoning</source>
        <translation>su razonamiento clínico</translation>
    </message>
    <message>
        <source>the decision (disclose, do not disclose, or seek an order)</source>
        <translation>la decisión (divulgar, no divulgar o pedir una orden judicial)</translation>
    </message>
    <message>
        <source>A subpoena alone is not a court order and never leads to a disclosure here. Record &apos;seek order&apos;: notify the client, consult counsel, and disclose only under a court order signed by a judge.</source>
        <translation>Una citación por sí sola no es una orden judicial y aquí nunca lleva a una divulgación. Registre «pedir una orden»: avise al cliente, consulte con un abogado y divulgue solo con una orden judicial firmada por un juez.</translation>
    </message>
    <message>
        <source>a decision this situation allows</source>
        <translation>una decisión que esta situación permita</translation>
    </message>
    <message>
        <source>an exception that permits the disclosure: with none, nothing may be disclosed</source>
        <translation>una excepción que permita la divulgación: sin ninguna, no puede divulgarse nada</translation>
    </message>
    <message>
        <source>no disclosure details: you decided not to disclose, so clear what was to be disclosed</source>
        <translation>ningún detalle de divulgación: usted decidió no divulgar, así que borre lo que iba a divulgarse</translation>
    </message>
    <message>
        <source>a date of the event that is not in the future</source>
        <translation>una fecha del suceso que no esté en el futuro</translation>
    </message>
    <message>
        <source>whether the client was informed (or why not)</source>
        <translation>si se informó al cliente (o por qué no)</translation>
    </message>
    <message>
        <source>The client must not be told about a national-security disclosure (45 CFR 164.528(a)(1)(vi) and the legal process behind the request).</source>
        <translation>No debe informarse al cliente de una divulgación por seguridad nacional (45 CFR 164.528(a)(1)(vi) y el procedimiento legal en que se basa la solicitud).</translation>
    </message>
    <message>
        <source>when the client was informed</source>
        <translation>cuándo se informó al cliente</translation>
    </message>
    <message>
        <source>why the client was not informed (a reason, in a few words)</source>
        <translation>por qué no se informó al cliente (un motivo, en pocas palabras)</translation>
    </message>
    <message>
        <source>the reason &apos;national_security&apos; for not informing the client</source>
        <translation>el motivo «seguridad nacional» para no informar al cliente</translation>
    </message>
    <message>
        <source>what exactly was disclosed, to whom, how and when</source>
        <translation>qué se divulgó exactamente, a quién, cómo y cuándo</translation>
    </message>
    <message>
        <source>what exactly was disclosed (the minimum necessary)</source>
        <translation>qué se divulgó exactamente (lo mínimo necesario)</translation>
    </message>
    <message>
        <source>which records the disclosure draws on (select the notes or sessions, or a date range)</source>
        <translation>de qué registros sale la divulgación (seleccione las notas o sesiones, o un intervalo de fechas)</translation>
    </message>
    <message>
        <source>your confirmation that only the minimum necessary is disclosed</source>
        <translation>su confirmación de que solo se divulga lo mínimo necesario</translation>
    </message>
    <message>
        <source>to whom it was disclosed</source>
        <translation>a quién se divulgó</translation>
    </message>
    <message>
        <source>how it was disclosed (phone, form, letter...)</source>
        <translation>cómo se divulgó (teléfono, formulario, carta...)</translation>
    </message>
    <message>
        <source>when it was disclosed</source>
        <translation>cuándo se divulgó</translation>
    </message>
    <message>
        <source>a disclosure date that is not in the future (record the decision once it is made)</source>
        <translation>una fecha de divulgación que no esté en el futuro (registre la decisión una vez tomada)</translation>
    </message>
    <message>
        <source>the threat and the identifiable person threatened (risk factors)</source>
        <translation>la amenaza y la persona identificable amenazada (factores de riesgo)</translation>
    </message>
    <message>
        <source>the court order: judge, court, case number, date and the attached signed copy</source>
        <translation>la orden judicial: juez, tribunal, número de caso, fecha y la copia firmada adjunta</translation>
    </message>
    <message>
        <source>the legal basis of the disclosure</source>
        <translation>el fundamento legal de la divulgación</translation>
    </message>
    <message>
        <source>the psychotherapy notes unlocked, to check a disclosure that draws on them</source>
        <translation>las notas de psicoterapia desbloqueadas, para comprobar una divulgación que sale de ellas</translation>
    </message>
    <message>
        <source>Complete these steps, then sign.</source>
        <translation>Complete estos pasos y después firme.</translation>
    </message>
    <message>
        <source>This review cannot be recorded as asked. {parts}</source>
        <translation>Esta revisión no puede registrarse tal como se pidió. {parts}</translation>
    </message>
    <message>
        <source>Request {id} is not a denied access request; only access denials are reviewed (45 CFR 164.524(a)(4)).</source>
        <translation>La solicitud {id} no es una solicitud de acceso denegada; solo se revisan las denegaciones de acceso (45 CFR 164.524(a)(4)).</translation>
    </message>
    <message>
        <source>This denial rests only on grounds that are not reviewable (45 CFR 164.524(a)(1)-(2)); the client may complain instead.</source>
        <translation>Esta denegación se basa solo en motivos que no admiten revisión (45 CFR 164.524(a)(1)-(2)); el cliente puede presentar una queja en su lugar.</translation>
    </message>
    <message>
        <source>Request {id} already has a review.</source>
        <translation>La solicitud {id} ya tiene una revisión.</translation>
    </message>
    <message>
        <source>The review request is dated before the denial.</source>
        <translation>La solicitud de revisión tiene fecha anterior a la denegación.</translation>
    </message>
    <message>
        <source>Name the reviewing official (45 CFR 164.524(a)(4)).</source>
        <translation>Indique el nombre del profesional revisor (45 CFR 164.524(a)(4)).</translation>
    </message>
    <message>
        <source>The reviewer must be a licensed health care professional: record their license (45 CFR 164.524(a)(4)).</source>
        <translation>El revisor debe ser un profesional de la salud con licencia: registre su licencia (45 CFR 164.524(a)(4)).</translation>
    </message>
    <message>
        <source>The reviewer must not have taken part in the original denial (45 CFR 164.524(a)(4)); confirm that they did not.</source>
        <translation>El revisor no debe haber participado en la denegación original (45 CFR 164.524(a)(4)); confirme que no participó.</translation>
    </message>
    <message>
        <source>You denied the request, so you cannot review it (45 CFR 164.524(a)(4)): designate another licensed professional.</source>
        <translation>Usted denegó la solicitud, así que no puede revisarla (45 CFR 164.524(a)(4)): designe a otro profesional con licencia.</translation>
    </message>
    <message>
        <source>Unsigned drafts in this copy ({count}: {days}): sign them first, or leave them out of the copy.</source>
        <translation>Borradores sin firmar en esta copia ({count}: {days}): fírmelos antes, o déjelos fuera de la copia.</translation>
    </message>
    <message>
        <source>Nothing was written. Leave the drafts out, or sign them and make the copy.</source>
        <translation>No se escribió nada. Deje fuera los borradores, o fírmelos y haga la copia.</translation>
    </message>
    <message>
        <source>No progress note of this chart is signed: with the unsigned drafts left out, the export would hold no notes. Sign a draft first.</source>
        <translation>Ninguna nota de evolución de este expediente está firmada: sin los borradores sin firmar, la exportación no tendría notas. Firme antes un borrador.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>The chart holds records of that kind in those dates.</source>
        <translation>El expediente tiene registros de ese tipo en esas fechas.</translation>
    </message>
    <message>
        <source>Make the copy of what it holds.</source>
        <translation>Haga la copia de lo que contiene.</translation>
    </message>
    <message>
        <source>Request {id} has no rebuttal to copy.</source>
        <translation>La solicitud {id} no tiene réplica que copiar.</translation>
    </message>
    <message>
        <source>The rebuttal's letter of request {id} was made on {day}.</source>
        <translation>La carta de la réplica de la solicitud {id} se hizo el {day}.</translation>
    </message>
    <message>
        <source>Save the kept letter as a PDF again (Save a letter as PDF…).</source>
        <translation>Guarde de nuevo la carta guardada como PDF (Guardar una carta como PDF…).</translation>
    </message>
</context>
<context>
    <name>GateWords</name>
    <message>
        <source>No recipient is named.</source>
        <translation>No se indica ningún destinatario.</translation>
    </message>
    <message>
        <source>No purpose is given.</source>
        <translation>No se indica ninguna finalidad.</translation>
    </message>
    <message>
        <source>Nothing is selected: pick {kind} by id or by a date range.</source>
        <translation>No hay nada seleccionado: elija {kind} por su id o por un intervalo de fechas.</translation>
    </message>
    <message>
        <source>{count} selected items are not {kind}; export each kind separately.</source>
        <translation>{count} elementos seleccionados no son {kind}; exporte cada tipo por separado.</translation>
    </message>
    <message>
        <source>1 selected item is not {kind}; export each kind separately.</source>
        <translation>1 elemento seleccionado no es {kind}; exporte cada tipo por separado.</translation>
    </message>
    <message>
        <source>Billing exports carry only client identifiers, dates of service, CPT and ICD-10 codes and duration; not: {fields}.</source>
        <translation>Las exportaciones de facturación solo llevan identificadores del cliente, fechas de servicio, códigos CPT e ICD-10 y duración; no: {fields}.</translation>
    </message>
    <message>
        <source>A disclosure based on {basis} needs: {lacking}.</source>
        <translation>Una divulgación basada en {basis} necesita: {lacking}.</translation>
    </message>
    <message>
        <source>A subpoena alone is not a court order and does not permit disclosing these records. Notify the client, consult counsel (or your liability insurer&apos;s risk-management line), and disclose only under a court order signed by a judge, and then only the minimum the order requires, or with the satisfactory assurances of 45 CFR 164.512(e)(1)(ii) (notice to the client with the time to object passed, or a qualified protective order), and never psychotherapy notes or Part 2 records.</source>
        <translation>Una citación (subpoena) por sí sola no es una orden judicial y no permite divulgar estos registros. Avise al cliente, consulte a un abogado (o a la línea de gestión de riesgos de su aseguradora de responsabilidad) y divulgue solo en virtud de una orden judicial firmada por un juez, y entonces solo lo mínimo que exija la orden, o con las garantías suficientes del 45 CFR 164.512(e)(1)(ii) (aviso al cliente con el plazo para oponerse ya vencido, o una orden de protección calificada), y nunca notas de psicoterapia ni registros de la Parte 2.</translation>
    </message>
    <message>
        <source>Record the subpoena and your response; when a judge signs an order, disclose under the court-order basis with the order attached.</source>
        <translation>Registre la citación y su respuesta; cuando un juez firme una orden, divulgue con la base de orden judicial y la orden adjunta.</translation>
    </message>
    <message>
        <source>A subpoena without a court order permits disclosure only with satisfactory assurances; still missing: {lacking}.</source>
        <translation>Una citación sin orden judicial solo permite divulgar con garantías suficientes; aún falta: {lacking}.</translation>
    </message>
    <message>
        <source>Psychotherapy notes may be used or disclosed without an authorization for psychotherapy notes only for the purposes 45 CFR 164.508(a)(2) lists (your own treatment, supervised training in your practice, your defense in an action the client brought, a disclosure required by law or by a court order, oversight of their author, a coroner, a serious and imminent threat); {basis} is not one of them.</source>
        <translation>Las notas de psicoterapia solo pueden usarse o divulgarse sin una autorización para notas de psicoterapia para los fines que enumera el 45 CFR 164.508(a)(2) (su propio tratamiento, la formación supervisada en su consulta, su defensa en una acción que el cliente inició, una divulgación exigida por la ley o por una orden judicial, la supervisión de su autor, un médico forense, una amenaza grave e inminente); {basis} no es uno de ellos.</translation>
    </message>
    <message>
        <source>Psychotherapy notes cannot be shared for treatment by another provider without a psychotherapy-notes authorization (45 CFR 164.508(a)(2)); share progress notes instead.</source>
        <translation>Las notas de psicoterapia no pueden compartirse para el tratamiento por otro profesional sin una autorización para notas de psicoterapia (45 CFR 164.508(a)(2)); comparta en su lugar las notas de evolución.</translation>
    </message>
    <message>
        <source>Billing data goes out for payment, not for treatment; share progress notes with a treating provider.</source>
        <translation>Los datos de facturación salen para el pago, no para el tratamiento; comparta las notas de evolución con el profesional que trata al cliente.</translation>
    </message>
    <message>
        <source>For payment only billing fields go out (client identifiers, dates of service, CPT and ICD-10 codes, duration), never {kind}.</source>
        <translation>Para el pago solo salen campos de facturación (identificadores del cliente, fechas de servicio, códigos CPT e ICD-10, duración), nunca {kind}.</translation>
    </message>
    <message>
        <source>Psychotherapy notes are excepted from the client&apos;s right of access (45 CFR 164.524(a)(1)(i)). Deny that part of the request (an unreviewable denial), or release them only under a psychotherapy-notes authorization.</source>
        <translation>Las notas de psicoterapia están exceptuadas del derecho de acceso del cliente (45 CFR 164.524(a)(1)(i)). Deniegue esa parte de la solicitud (una denegación no revisable) o entréguelas solo con una autorización para notas de psicoterapia.</translation>
    </message>
    <message>
        <source>{basis} does not permit disclosing {kind}.</source>
        <translation>{basis} no permite divulgar {kind}.</translation>
    </message>
    <message>
        <source>No authorization was named.</source>
        <translation>No se indicó ninguna autorización.</translation>
    </message>
    <message>
        <source>Authorization {id} is not on file.</source>
        <translation>La autorización {id} no consta en el expediente.</translation>
    </message>
    <message>
        <source>Authorization {id} belongs to a different client.</source>
        <translation>La autorización {id} pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>Authorization {id} combines psychotherapy notes with other information, which 45 CFR 164.508(b)(3)(ii) forbids, so it cannot be relied on for any disclosure.</source>
        <translation>La autorización {id} combina notas de psicoterapia con otra información, lo que prohíbe el 45 CFR 164.508(b)(3)(ii), así que no puede servir para ninguna divulgación.</translation>
    </message>
    <message>
        <source>Authorization {id} was revoked on {day} (disclosures made before then in reliance on it stay valid).</source>
        <translation>La autorización {id} se revocó el {day} (las divulgaciones hechas antes confiando en ella siguen siendo válidas).</translation>
    </message>
    <message>
        <source>Authorization {id} expired on {day}.</source>
        <translation>La autorización {id} venció el {day}.</translation>
    </message>
    <message>
        <source>Authorization {id} expired on {day} when its expiration event occurred.</source>
        <translation>La autorización {id} venció el {day}, cuando ocurrió su evento de vencimiento.</translation>
    </message>
    <message>
        <source>Authorization {id} is not valid: it lacks {lacking}.</source>
        <translation>La autorización {id} no es válida: le falta {lacking}.</translation>
    </message>
    <message>
        <source>Authorization {id} is signed {day}, a later date.</source>
        <translation>La autorización {id} está firmada el {day}, una fecha posterior.</translation>
    </message>
    <message>
        <source>Authorization {id} does not cover psychotherapy notes; they need an authorization for psychotherapy notes only (45 CFR 164.508(a)(2)).</source>
        <translation>La autorización {id} no cubre notas de psicoterapia; estas necesitan una autorización solo para notas de psicoterapia (45 CFR 164.508(a)(2)).</translation>
    </message>
    <message>
        <source>Authorization {id} does not cover {kind}.</source>
        <translation>La autorización {id} no cubre {kind}.</translation>
    </message>
    <message>
        <source>Authorization {id} names a different recipient; it does not permit disclosure to this one.</source>
        <translation>La autorización {id} nombra a otro destinatario; no permite divulgar a este.</translation>
    </message>
    <message>
        <source>Authorization {id} does not list this purpose (its purposes are on the chart&apos;s Authorizations tab).</source>
        <translation>La autorización {id} no incluye esta finalidad (sus finalidades están en la pestaña Autorizaciones del expediente).</translation>
    </message>
    <message>
        <source>Authorization {id} was signed by a personal representative, and the client is not a minor now: if the representative acted for a minor, the client now exercises their own rights and may revoke it (45 CFR 164.502(g)); consider asking the client.</source>
        <translation>La autorización {id} la firmó un representante personal y el cliente ya no es menor: si el representante actuó por un menor, ahora el cliente ejerce sus propios derechos y puede revocarla (45 CFR 164.502(g)); considere preguntar al cliente.</translation>
    </message>
    <message>
        <source>The client is a minor and signed this authorization personally; check that the law lets the minor authorize it (for example, the minor lawfully consented to the treatment).</source>
        <translation>El cliente es menor y firmó esta autorización personalmente; compruebe que la ley le permite autorizarla (por ejemplo, que el menor consintió legalmente el tratamiento).</translation>
    </message>
    <message>
        <source>Ask the client for a new, complete authorization covering exactly this disclosure.</source>
        <translation>Pida al cliente una autorización nueva y completa que cubra exactamente esta divulgación.</translation>
    </message>
    <message>
        <source>This is a joint (couple or family) record: releasing it needs a written authorization from every adult member for this recipient and purpose; {count} of {adults} adult members have not given one (member ids: {ids}).</source>
        <translation>Este es un expediente conjunto (de pareja o familia): entregarlo requiere una autorización escrita de cada miembro adulto para este destinatario y esta finalidad; {count} de {adults} miembros adultos no la han dado (ids de los miembros: {ids}).</translation>
    </message>
    <message>
        <source>This is a joint (couple or family) record: releasing it needs a written authorization from every adult member for this recipient and purpose; 1 of {adults} adult members has not given one (member ids: {ids}).</source>
        <translation>Este es un expediente conjunto (de pareja o familia): entregarlo requiere una autorización escrita de cada miembro adulto para este destinatario y esta finalidad; 1 de {adults} miembros adultos no la ha dado (ids de los miembros: {ids}).</translation>
    </message>
    <message>
        <source>This is a joint (couple or family) record: leave out anything a member shared in confidence under the case&apos;s confidentiality agreement.</source>
        <translation>Este es un expediente conjunto (de pareja o familia): deje fuera todo lo que un miembro contó en confidencia según el acuerdo de confidencialidad del caso.</translation>
    </message>
    <message>
        <source>This release carries {count} notes held in confidence for the member who alone authorized it: it is that member&apos;s own release of what they told in confidence.</source>
        <translation>Esta divulgación lleva {count} notas reservadas en confidencia para el único miembro que la autorizó: es la divulgación propia de ese miembro de lo que contó en confidencia.</translation>
    </message>
    <message>
        <source>This release carries 1 note held in confidence for the member who alone authorized it: it is that member&apos;s own release of what they told in confidence.</source>
        <translation>Esta divulgación lleva 1 nota reservada en confidencia para el único miembro que la autorizó: es la divulgación propia de ese miembro de lo que contó en confidencia.</translation>
    </message>
    <message>
        <source>The court order covers records up to {end} only; {count} selected items are later (from {first}).</source>
        <translation>La orden judicial cubre registros solo hasta el {end}; {count} elementos seleccionados son posteriores (desde el {first}).</translation>
    </message>
    <message>
        <source>The court order covers records up to {end} only; 1 selected item is later (from {first}).</source>
        <translation>La orden judicial cubre registros solo hasta el {end}; 1 elemento seleccionado es posterior (del {first}).</translation>
    </message>
    <message>
        <source>The court order covers records from {start} only; {count} selected items are earlier (from {first}).</source>
        <translation>La orden judicial cubre registros solo desde el {start}; {count} elementos seleccionados son anteriores (desde el {first}).</translation>
    </message>
    <message>
        <source>The court order covers records from {start} only; 1 selected item is earlier (from {first}).</source>
        <translation>La orden judicial cubre registros solo desde el {start}; 1 elemento seleccionado es anterior (del {first}).</translation>
    </message>
    <message>
        <source>The court order does not require {kind}; disclose only what the order requires.</source>
        <translation>La orden judicial no exige {kind}; divulgue solo lo que la orden exige.</translation>
    </message>
    <message>
        <source>Psychotherapy notes may go to a health oversight agency only for oversight of their author (45 CFR 164.508(a)(2)(ii)); record that the oversight concerns you, or refuse.</source>
        <translation>Las notas de psicoterapia solo pueden ir a un organismo de supervisión sanitaria para supervisar a su autor (45 CFR 164.508(a)(2)(ii)); registre que la supervisión le concierne a usted, o niéguese.</translation>
    </message>
    <message>
        <source>A warning to prevent a serious and imminent threat is permitted by 45 CFR 164.512(j), not required by law under 164.512(a), even where a state duty-to-warn law applies: it is recorded and accounted for as a serious-threat disclosure, and minimum necessary applies (164.502(b)(2)(v) exempts only 164.512(a)).</source>
        <translation>Una advertencia para prevenir una amenaza grave e inminente está permitida por el 45 CFR 164.512(j), no exigida por la ley según el 164.512(a), aunque se aplique una ley estatal de deber de advertir: se registra y se incluye en el registro de divulgaciones como divulgación por amenaza grave, y se aplica el mínimo necesario (el 164.502(b)(2)(v) solo exime al 164.512(a)).</translation>
    </message>
    <message>
        <source>Record it under the serious-threat basis, and send only what the purpose needs.</source>
        <translation>Regístrela con la base de amenaza grave y envíe solo lo que la finalidad necesita.</translation>
    </message>
    <message>
        <source>Your jurisdiction settings say there is no statutory duty to warn. HIPAA still permits a disclosure to prevent a serious and imminent threat (45 CFR 164.512(j)); consult counsel and disclose the minimum.</source>
        <translation>Sus ajustes de jurisdicción dicen que no hay un deber legal de advertir. HIPAA aun así permite una divulgación para prevenir una amenaza grave e inminente (45 CFR 164.512(j)); consulte a un abogado y divulgue lo mínimo.</translation>
    </message>
    <message>
        <source>The access request named as the basis is not on file.</source>
        <translation>La solicitud de acceso indicada como base no consta en el expediente.</translation>
    </message>
    <message>
        <source>Request {id} belongs to a different client.</source>
        <translation>La solicitud {id} pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>Request {id} is not an access request.</source>
        <translation>La solicitud {id} no es una solicitud de acceso.</translation>
    </message>
    <message>
        <source>Access request {id} is denied; nothing can be released under it.</source>
        <translation>La solicitud de acceso {id} está denegada; no se puede entregar nada en virtud de ella.</translation>
    </message>
    <message>
        <source>Access request {id} is withdrawn; nothing can be released under it.</source>
        <translation>La solicitud de acceso {id} está retirada; no se puede entregar nada en virtud de ella.</translation>
    </message>
    <message>
        <source>These records are protected by 42 CFR Part 2 and need a Part 2 consent (42 CFR 2.31); authorization {id} is not one.</source>
        <translation>Estos registros están protegidos por el 42 CFR Parte 2 y necesitan un consentimiento de la Parte 2 (42 CFR 2.31); la autorización {id} no lo es.</translation>
    </message>
    <message>
        <source>These records are protected by 42 CFR Part 2: a court order authorizes their disclosure only under 42 CFR 2.64; this order is not recorded with {lacking}.</source>
        <translation>Estos registros están protegidos por el 42 CFR Parte 2: una orden judicial autoriza su divulgación solo según el 42 CFR 2.64; esta orden no está registrada con {lacking}.</translation>
    </message>
    <message>
        <source>Part 2 records disclosed for audit or evaluation may be used only as 42 CFR 2.53 allows.</source>
        <translation>Los registros de la Parte 2 divulgados para auditoría o evaluación solo pueden usarse como permite el 42 CFR 2.53.</translation>
    </message>
    <message>
        <source>42 CFR 2.12(c)(6) allows the initial report of suspected child abuse, not the records.</source>
        <translation>El 42 CFR 2.12(c)(6) permite la denuncia inicial de sospecha de maltrato infantil, no los registros.</translation>
    </message>
    <message>
        <source>These records are protected by 42 CFR Part 2: 42 CFR 2.12(c)(6) allows the initial report of suspected child abuse, not sending the records themselves; that needs a Part 2 consent (42 CFR 2.31) or a court order making the findings of 42 CFR 2.64.</source>
        <translation>Estos registros están protegidos por el 42 CFR Parte 2: el 42 CFR 2.12(c)(6) permite la denuncia inicial de sospecha de maltrato infantil, no enviar los registros mismos; eso necesita un consentimiento de la Parte 2 (42 CFR 2.31) o una orden judicial con las conclusiones del 42 CFR 2.64.</translation>
    </message>
    <message>
        <source>These records are protected by 42 CFR Part 2; disclosing them on this basis needs a Part 2 consent (42 CFR 2.31) or a court order making the findings of 42 CFR 2.64.</source>
        <translation>Estos registros están protegidos por el 42 CFR Parte 2; divulgarlos con esta base necesita un consentimiento de la Parte 2 (42 CFR 2.31) o una orden judicial con las conclusiones del 42 CFR 2.64.</translation>
    </message>
    <message>
        <source>{count} selected sessions ({days}) were paid in full out of pocket and the client restricted disclosures about them to the health plan (45 CFR 164.522(a)(1)(vi)); leave them out.</source>
        <translation>{count} sesiones seleccionadas ({days}) se pagaron íntegramente de su bolsillo y el cliente restringió las divulgaciones sobre ellas al plan de salud (45 CFR 164.522(a)(1)(vi)); déjelas fuera.</translation>
    </message>
    <message>
        <source>1 selected session ({days}) was paid in full out of pocket and the client restricted disclosures about it to the health plan (45 CFR 164.522(a)(1)(vi)); leave it out.</source>
        <translation>1 sesión seleccionada ({days}) se pagó íntegramente de su bolsillo y el cliente restringió las divulgaciones sobre ella al plan de salud (45 CFR 164.522(a)(1)(vi)); déjela fuera.</translation>
    </message>
    <message>
        <source>Some selected sessions were paid out of pocket: if the client asks you not to tell their health plan, you must agree (45 CFR 164.522(a)(1)(vi)).</source>
        <translation>Algunas sesiones seleccionadas se pagaron de su bolsillo: si el cliente le pide que no informe a su plan de salud, usted debe aceptar (45 CFR 164.522(a)(1)(vi)).</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts this disclosure (45 CFR 164.522(a)(1)(iii)). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted aceptó el {agreed}, restringe esta divulgación (45 CFR 164.522(a)(1)(iii)). Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts this disclosure (45 CFR 164.522(a)(1)(iii)). This disclosure would carry {count} documents of the chart that it covers (the complete open export carries every document: send the notes with Export or disclose instead). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted aceptó el {agreed}, restringe esta divulgación (45 CFR 164.522(a)(1)(iii)). Esta divulgación llevaría {count} documentos del expediente que ella cubre (la exportación abierta completa lleva todos los documentos: envíe las notas con Exportar o divulgue en su lugar). Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts this disclosure (45 CFR 164.522(a)(1)(iii)). This disclosure would carry 1 document of the chart that it covers (the complete open export carries every document: send the notes with Export or disclose instead). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted aceptó el {agreed}, restringe esta divulgación (45 CFR 164.522(a)(1)(iii)). Esta divulgación llevaría 1 documento del expediente que ella cubre (la exportación abierta completa lleva todos los documentos: envíe las notas con Exportar o divulgue en su lugar). Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you ended on {ended}, still restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before {ended}. Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted terminó el {ended}, sigue restringiendo lo escrito antes de su fin (45 CFR 164.522(a)(2)(iii)(B)): deje fuera los elementos con fecha anterior al {ended}. Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you ended on {ended}, still restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before {ended}. This disclosure would carry {count} documents of the chart that it covers (the complete open export carries every document: send the notes with Export or disclose instead). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted terminó el {ended}, sigue restringiendo lo escrito antes de su fin (45 CFR 164.522(a)(2)(iii)(B)): deje fuera los elementos con fecha anterior al {ended}. Esta divulgación llevaría {count} documentos del expediente que ella cubre (la exportación abierta completa lleva todos los documentos: envíe las notas con Exportar o divulgue en su lugar). Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>The restriction the client asked for on {asked}, which you ended on {ended}, still restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before {ended}. This disclosure would carry 1 document of the chart that it covers (the complete open export carries every document: send the notes with Export or disclose instead). Its terms are on the chart&apos;s Requests tab, under Restrictions.</source>
        <translation>La restricción que el cliente pidió el {asked}, y que usted terminó el {ended}, sigue restringiendo lo escrito antes de su fin (45 CFR 164.522(a)(2)(iii)(B)): deje fuera los elementos con fecha anterior al {ended}. Esta divulgación llevaría 1 documento del expediente que ella cubre (la exportación abierta completa lleva todos los documentos: envíe las notas con Exportar o divulgue en su lugar). Sus términos están en la pestaña Solicitudes del expediente, en Restricciones.</translation>
    </message>
    <message>
        <source>Allowed: {basis} ({citation}).</source>
        <translation>Permitido: {basis} ({citation}).</translation>
    </message>
    <message>
        <source>Minimum necessary applies: send only what this purpose needs (45 CFR 164.502(b)).</source>
        <translation>Se aplica el mínimo necesario: envíe solo lo que esta finalidad necesita (45 CFR 164.502(b)).</translation>
    </message>
    <message>
        <source>the client&apos;s written authorization</source>
        <translation>la autorización escrita del cliente</translation>
    </message>
    <message>
        <source>a court order</source>
        <translation>una orden judicial</translation>
    </message>
    <message>
        <source>a subpoena with satisfactory assurances</source>
        <translation>una citación con garantías suficientes</translation>
    </message>
    <message>
        <source>a disclosure required by law</source>
        <translation>una divulgación exigida por la ley</translation>
    </message>
    <message>
        <source>health oversight</source>
        <translation>la supervisión sanitaria</translation>
    </message>
    <message>
        <source>defense in a legal action brought by the client</source>
        <translation>la defensa en una acción legal iniciada por el cliente</translation>
    </message>
    <message>
        <source>a coroner or medical examiner</source>
        <translation>un médico forense o juez de instrucción</translation>
    </message>
    <message>
        <source>treatment by another provider</source>
        <translation>el tratamiento por otro profesional</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <source>the client&apos;s own access request</source>
        <translation>la propia solicitud de acceso del cliente</translation>
    </message>
    <message>
        <source>national security or intelligence activities</source>
        <translation>actividades de seguridad nacional o de inteligencia</translation>
    </message>
    <message>
        <source>a disclosure to prevent or lessen a serious and imminent threat</source>
        <translation>una divulgación para prevenir o reducir una amenaza grave e inminente</translation>
    </message>
    <message>
        <source>supervised training in your own practice</source>
        <translation>la formación supervisada en su propia consulta</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>psychotherapy notes</source>
        <translation>notas de psicoterapia</translation>
    </message>
    <message>
        <source>billing information</source>
        <translation>información de facturación</translation>
    </message>
    <message>
        <source>the judge&apos;s name</source>
        <translation>el nombre del juez</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>el tribunal</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>el número de causa</translation>
    </message>
    <message>
        <source>the date of the order</source>
        <translation>la fecha de la orden</translation>
    </message>
    <message>
        <source>the attached copy of the signed order</source>
        <translation>la copia adjunta de la orden firmada</translation>
    </message>
    <message>
        <source>what the order requires (progress, psychotherapy, billing)</source>
        <translation>lo que exige la orden (evolución, psicoterapia, facturación)</translation>
    </message>
    <message>
        <source>which duty applies</source>
        <translation>qué deber se aplica</translation>
    </message>
    <message>
        <source>the agency or person receiving the report</source>
        <translation>el organismo o la persona que recibe la denuncia</translation>
    </message>
    <message>
        <source>the law that requires it (statute or rule)</source>
        <translation>la ley que lo exige (ley o reglamento)</translation>
    </message>
    <message>
        <source>the threat</source>
        <translation>la amenaza</translation>
    </message>
    <message>
        <source>the person threatened</source>
        <translation>la persona amenazada</translation>
    </message>
    <message>
        <source>the oversight agency</source>
        <translation>el organismo de supervisión</translation>
    </message>
    <message>
        <source>the agency&apos;s request (reference or date)</source>
        <translation>la solicitud del organismo (referencia o fecha)</translation>
    </message>
    <message>
        <source>the action or complaint the client brought (court or board)</source>
        <translation>la acción o queja que inició el cliente (tribunal o colegio profesional)</translation>
    </message>
    <message>
        <source>the case or complaint number</source>
        <translation>el número de causa o de queja</translation>
    </message>
    <message>
        <source>confirmation that the client brought the action</source>
        <translation>confirmación de que el cliente inició la acción</translation>
    </message>
    <message>
        <source>the coroner&apos;s or medical examiner&apos;s office</source>
        <translation>la oficina del médico forense o juez de instrucción</translation>
    </message>
    <message>
        <source>the official requesting</source>
        <translation>el funcionario que lo solicita</translation>
    </message>
    <message>
        <source>the receiving provider&apos;s role (e.g. psychiatrist)</source>
        <translation>la función del profesional que lo recibe (p. ej., psiquiatra)</translation>
    </message>
    <message>
        <source>the access request on file</source>
        <translation>la solicitud de acceso que consta en el expediente</translation>
    </message>
    <message>
        <source>the authorized federal official</source>
        <translation>el funcionario federal autorizado</translation>
    </message>
    <message>
        <source>the legal authority the official cited</source>
        <translation>la autoridad legal que citó el funcionario</translation>
    </message>
    <message>
        <source>who receives it (a person reasonably able to prevent or lessen the threat, including its target)</source>
        <translation>quién lo recibe (una persona razonablemente capaz de prevenir o reducir la amenaza, incluida la persona amenazada)</translation>
    </message>
    <message>
        <source>the threat, in a few words</source>
        <translation>la amenaza, en pocas palabras</translation>
    </message>
    <message>
        <source>the trainee (student, intern or practitioner learning under supervision)</source>
        <translation>la persona en formación (estudiante, residente o profesional que aprende bajo supervisión)</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>el supervisor</translation>
    </message>
    <message>
        <source>the training program</source>
        <translation>el programa de formación</translation>
    </message>
    <message>
        <source>confirmation that the training is your own practice&apos;s program</source>
        <translation>confirmación de que la formación es el programa de su propia consulta</translation>
    </message>
    <message>
        <source>the requesting party&apos;s written statement of assurance, attached (45 CFR 164.512(e)(1)(iii), (iv))</source>
        <translation>la declaración escrita de garantías de la parte solicitante, adjunta (45 CFR 164.512(e)(1)(iii), (iv))</translation>
    </message>
    <message>
        <source>the date written notice was sent to the client (45 CFR 164.512(e)(1)(iii)(A))</source>
        <translation>la fecha en que se envió el aviso escrito al cliente (45 CFR 164.512(e)(1)(iii)(A))</translation>
    </message>
    <message>
        <source>confirmation that the notice told the client enough about the litigation to object (45 CFR 164.512(e)(1)(iii)(B))</source>
        <translation>la confirmación de que el aviso informó al cliente lo suficiente sobre el litigio para oponerse (45 CFR 164.512(e)(1)(iii)(B))</translation>
    </message>
    <message>
        <source>the time to object has passed (45 CFR 164.512(e)(1)(iii)(C)): record the deadline, and wait until it is over</source>
        <translation>que haya vencido el plazo para oponerse (45 CFR 164.512(e)(1)(iii)(C)): registre la fecha límite y espere a que pase</translation>
    </message>
    <message>
        <source>confirmation that no objection was filed, or all were resolved by the court (45 CFR 164.512(e)(1)(iii)(C))</source>
        <translation>la confirmación de que no se presentó ninguna oposición, o de que el tribunal las resolvió todas (45 CFR 164.512(e)(1)(iii)(C))</translation>
    </message>
    <message>
        <source>whether the parties agreed to a qualified protective order and presented it to the court, or the party requested one (45 CFR 164.512(e)(1)(iv))</source>
        <translation>si las partes acordaron una orden de protección calificada y la presentaron al tribunal, o si la parte la solicitó (45 CFR 164.512(e)(1)(iv))</translation>
    </message>
    <message>
        <source>a qualified protective order that forbids use outside the litigation and requires the records&apos; return or destruction at its end (45 CFR 164.512(e)(1)(v))</source>
        <translation>una orden de protección calificada que prohíba el uso fuera del litigio y exija devolver o destruir los registros al terminar (45 CFR 164.512(e)(1)(v))</translation>
    </message>
    <message>
        <source>the findings of 42 CFR 2.64(d) (good cause: other ways to get the information are unavailable or ineffective, and the public interest outweighs the harm)</source>
        <translation>las conclusiones del 42 CFR 2.64(d) (causa justificada: otras formas de obtener la información no están disponibles o no son eficaces, y el interés público pesa más que el daño)</translation>
    </message>
    <message>
        <source>the date the patient and the program were given notice and a chance to respond (42 CFR 2.64(b))</source>
        <translation>la fecha en que se avisó al paciente y al programa y se les dio ocasión de responder (42 CFR 2.64(b))</translation>
    </message>
    <message>
        <source>the order&apos;s limits: only what is essential, to whom, and how the patient&apos;s identity is protected (42 CFR 2.64(e))</source>
        <translation>los límites de la orden: solo lo esencial, a quién, y cómo se protege la identidad del paciente (42 CFR 2.64(e))</translation>
    </message>
    <message>
        <source>a specific description of the information to be disclosed</source>
        <translation>una descripción concreta de la información que se divulgará</translation>
    </message>
    <message>
        <source>which kind of information it covers (progress notes, psychotherapy notes, billing)</source>
        <translation>qué tipo de información cubre (notas de evolución, notas de psicoterapia, facturación)</translation>
    </message>
    <message>
        <source>who may make the disclosure</source>
        <translation>quién puede hacer la divulgación</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>el nombre del destinatario</translation>
    </message>
    <message>
        <source>the purpose of the disclosure</source>
        <translation>la finalidad de la divulgación</translation>
    </message>
    <message>
        <source>an expiration date or event</source>
        <translation>una fecha o un evento de vencimiento</translation>
    </message>
    <message>
        <source>the date of signature</source>
        <translation>la fecha de la firma</translation>
    </message>
    <message>
        <source>the signer&apos;s name</source>
        <translation>el nombre de quien firma</translation>
    </message>
    <message>
        <source>a description of the personal representative&apos;s authority</source>
        <translation>una descripción de la autoridad del representante personal</translation>
    </message>
    <message>
        <source>the statement of the right to revoke in writing and how</source>
        <translation>la declaración del derecho a revocarla por escrito y cómo hacerlo</translation>
    </message>
    <message>
        <source>the statement on conditioning treatment or payment on signing</source>
        <translation>la declaración sobre condicionar el tratamiento o el pago a la firma</translation>
    </message>
    <message>
        <source>the statement that the recipient may redisclose the information</source>
        <translation>la declaración de que el destinatario puede volver a divulgar la información</translation>
    </message>
    <message>
        <source>the patient&apos;s name on the Part 2 consent (42 CFR 2.31(a)(1))</source>
        <translation>el nombre del paciente en el consentimiento de la Parte 2 (42 CFR 2.31(a)(1))</translation>
    </message>
    <message>
        <source>a date range whose start is before its end</source>
        <translation>un intervalo de fechas cuyo inicio sea anterior a su fin</translation>
    </message>
    <message>
        <source>a scan of the signed form, which the practice must keep (45 CFR 164.508(b)(6) and 164.530(j))</source>
        <translation>una copia escaneada del formulario firmado, que la consulta debe conservar (45 CFR 164.508(b)(6) y 164.530(j))</translation>
    </message>
    <message>
        <source>Disclosure refused: {reasons}</source>
        <translation>Divulgación denegada: {reasons}</translation>
    </message>
    <message>
        <source>the first date of records the order covers</source>
        <translation>la primera fecha de los registros que abarca la orden</translation>
    </message>
    <message>
        <source>the last date of records the order covers</source>
        <translation>la última fecha de los registros que abarca la orden</translation>
    </message>
    <message>
        <source>whether the order makes the findings of 42 CFR 2.64</source>
        <translation>si la orden contiene las conclusiones del 42 CFR 2.64</translation>
    </message>
    <message>
        <source>when the patient was given notice of the 2.64 application</source>
        <translation>cuándo se avisó al paciente de la solicitud según el 2.64</translation>
    </message>
    <message>
        <source>the 2.64 order&apos;s limits on what, to whom, and identity protection</source>
        <translation>los límites de la orden del 2.64: qué, a quién y cómo se protege la identidad</translation>
    </message>
    <message>
        <source>who issued the subpoena</source>
        <translation>quién emitió la citación</translation>
    </message>
    <message>
        <source>the satisfactory assurance received</source>
        <translation>la garantía suficiente recibida</translation>
    </message>
    <message>
        <source>the written statement of assurance</source>
        <translation>la declaración escrita de garantías</translation>
    </message>
    <message>
        <source>when written notice was sent to the client</source>
        <translation>cuándo se envió el aviso escrito al cliente</translation>
    </message>
    <message>
        <source>the notice let the client object</source>
        <translation>el aviso permitió al cliente oponerse</translation>
    </message>
    <message>
        <source>the last day to object</source>
        <translation>el último día para oponerse</translation>
    </message>
    <message>
        <source>no objection, or all resolved</source>
        <translation>sin oposición, o todas resueltas</translation>
    </message>
    <message>
        <source>the qualified protective order&apos;s status</source>
        <translation>el estado de la orden de protección calificada</translation>
    </message>
    <message>
        <source>the order forbids use outside the litigation</source>
        <translation>la orden prohíbe el uso fuera del litigio</translation>
    </message>
    <message>
        <source>the order requires return or destruction</source>
        <translation>la orden exige la devolución o la destrucción</translation>
    </message>
    <message>
        <source>the threat (duty to warn/protect)</source>
        <translation>la amenaza (deber de advertir o proteger)</translation>
    </message>
    <message>
        <source>the identifiable person threatened</source>
        <translation>la persona identificable amenazada</translation>
    </message>
    <message>
        <source>the report or hotline reference</source>
        <translation>la referencia de la denuncia o de la línea de atención</translation>
    </message>
    <message>
        <source>whether the oversight concerns the author of the notes</source>
        <translation>si la supervisión se refiere al autor de las notas</translation>
    </message>
    <message>
        <source>the payer&apos;s identifier or claim reference</source>
        <translation>el identificador del pagador o la referencia de la reclamación</translation>
    </message>
    <message>
        <source>the request&apos;s reference</source>
        <translation>la referencia de la solicitud</translation>
    </message>
    <message>
        <source>a state duty-to-warn or duty-to-protect law you also rely on</source>
        <translation>una ley estatal de deber de advertir o de proteger en la que también se apoya</translation>
    </message>
    <message>
        <source>the report or call reference</source>
        <translation>la referencia de la denuncia o de la llamada</translation>
    </message>
    <message>
        <source>{count} selected notes are unsigned drafts ({days}): sign them first or leave them out. A draft is not yet part of the record as you attest it, so it is not disclosed.</source>
        <translation>{count} notas seleccionadas son borradores sin firmar ({days}): fírmelas primero o déjelas fuera. Un borrador aún no forma parte del registro tal como usted lo certifica, así que no se divulga.</translation>
    </message>
    <message>
        <source>1 selected note is an unsigned draft ({days}): sign it first or leave it out. A draft is not yet part of the record as you attest it, so it is not disclosed.</source>
        <translation>1 nota seleccionada es un borrador sin firmar ({days}): fírmela primero o déjela fuera. Un borrador aún no forma parte del registro tal como usted lo certifica, así que no se divulga.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated from {start} to {end} (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada del {start} al {end} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); {count} elementos seleccionados quedan fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated from {start} to {end} (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada del {start} al {end} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); 1 elemento seleccionado queda fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated from {start} on (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada a partir del {start} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); {count} elementos seleccionados quedan fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated from {start} on (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada a partir del {start} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); 1 elemento seleccionado queda fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated up to {end} (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada hasta el {end} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); {count} elementos seleccionados quedan fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Authorization {id} covers only information dated up to {end} (the description of the information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: {days}.</source>
        <translation>La autorización {id} solo cubre información fechada hasta el {end} (la descripción de la información que autoriza, 45 CFR 164.508(c)(1)(i)); 1 elemento seleccionado queda fuera de ese periodo: {days}.</translation>
    </message>
    <message>
        <source>Untick the items outside that period, or record a new authorization from the client that describes them.</source>
        <translation>Desmarque los elementos fuera de ese periodo, o registre una nueva autorización del cliente que los describa.</translation>
    </message>
    <message>
        <source>{count} selected notes ({days}) are held in confidence for a member (member ids: {ids}): what a member told under the confidentiality agreement stays out of a release of the joint record, unless that member alone authorizes it. Leave them out.</source>
        <translation>{count} notas seleccionadas ({days}) están reservadas en confidencia para un miembro (ids de los miembros: {ids}): lo que un miembro contó bajo el acuerdo de confidencialidad queda fuera de una divulgación del expediente conjunto, salvo que ese miembro, y solo él, la autorice. Déjelas fuera.</translation>
    </message>
    <message>
        <source>1 selected note ({days}) is held in confidence for one member (member id: {ids}): what a member told under the confidentiality agreement stays out of a release of the joint record, unless that member alone authorizes it. Leave it out.</source>
        <translation>1 nota seleccionada ({days}) está reservada en confidencia para un miembro (id del miembro: {ids}): lo que un miembro contó bajo el acuerdo de confidencialidad queda fuera de una divulgación del expediente conjunto, salvo que ese miembro, y solo él, la autorice. Déjela fuera.</translation>
    </message>
</context>
<context>
    <name>BasisForm</name>
    <message>
        <source>nothing described</source>
        <translation>nada descrito</translation>
    </message>
    <message>
        <source>Received {received}: {asked} (due {due})</source>
        <translation>Recibida el {received}: {asked} (vence el {due})</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>Adjuntar un documento…</translation>
    </message>
    <message>
        <source>Attach a scan for this field</source>
        <translation>Adjuntar un escaneo para este campo</translation>
    </message>
    <message>
        <source>For a {choice}, choose the basis &quot;{basis}&quot; ({citation}): in this app a warning is recorded under that basis, which also covers a warning a state law requires; name that law in the field &quot;{statute}&quot;.</source>
        <translation>Para un {choice}, elija la base «{basis}» ({citation}): en esta aplicación la advertencia se registra con esa base, que abarca también la advertencia que exija una ley estatal; indique esa ley en el campo «{statute}».</translation>
    </message>
    <message>
        <source>Use that basis</source>
        <translation>Usar esa base</translation>
    </message>
    <message>
        <source>Authorization on file</source>
        <translation>Autorización que consta en el expediente</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Base:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorización:</translation>
    </message>
    <message>
        <source>No authorization on file for this client</source>
        <translation>No consta ninguna autorización de este cliente</translation>
    </message>
    <message>
        <source>This is never enough on its own to release records: press Check for what to do.</source>
        <translation>Por sí sola nunca basta para entregar registros: pulse «Comprobar» para saber qué hacer.</translation>
    </message>
    <message>
        <source>(none attached)</source>
        <translation>(ninguno adjunto)</translation>
    </message>
    <message>
        <source>No open access request: record it in the chart&apos;s Requests tab first</source>
        <translation>No hay ninguna solicitud de acceso abierta: regístrela antes en la pestaña Solicitudes del expediente</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{label} (optional):</source>
        <translation>{label} (opcional):</translation>
    </message>
</context>
<context>
    <name>BasisWords</name>
    <message>
        <source>child abuse report</source>
        <translation>denuncia de maltrato infantil</translation>
    </message>
    <message>
        <source>elder abuse report</source>
        <translation>denuncia de maltrato a personas mayores o dependientes</translation>
    </message>
    <message>
        <source>duty to warn</source>
        <translation>deber de advertir</translation>
    </message>
    <message>
        <source>other statute</source>
        <translation>otra ley</translation>
    </message>
    <message>
        <source>notice to client</source>
        <translation>aviso al cliente</translation>
    </message>
    <message>
        <source>protective order</source>
        <translation>orden de protección</translation>
    </message>
    <message>
        <source>agreed and presented</source>
        <translation>acordada y presentada</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>evolución</translation>
    </message>
    <message>
        <source>psychotherapy</source>
        <translation>psicoterapia</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>under the client&apos;s authorization (164.528(a)(1)(iv))</source>
        <translation>con la autorización del cliente (164.528(a)(1)(iv))</translation>
    </message>
    <message>
        <source>for treatment (164.528(a)(1)(i))</source>
        <translation>para tratamiento (164.528(a)(1)(i))</translation>
    </message>
    <message>
        <source>for payment (164.528(a)(1)(i))</source>
        <translation>para el pago (164.528(a)(1)(i))</translation>
    </message>
    <message>
        <source>to the client (164.528(a)(1)(ii))</source>
        <translation>al propio cliente (164.528(a)(1)(ii))</translation>
    </message>
    <message>
        <source>for national security or intelligence purposes (164.528(a)(1)(vi))</source>
        <translation>con fines de seguridad nacional o de inteligencia (164.528(a)(1)(vi))</translation>
    </message>
    <message>
        <source>for health care operations: supervised training (164.528(a)(1)(i))</source>
        <translation>para operaciones de atención sanitaria: formación supervisada (164.528(a)(1)(i))</translation>
    </message>
    <message>
        <source>authorization {id}</source>
        <translation>autorización {id}</translation>
    </message>
    <message>
        <source>court order, {court}, case {case}, {day}</source>
        <translation>orden judicial, {court}, causa {case}, {day}</translation>
    </message>
    <message>
        <source>required by law ({law})</source>
        <translation>exigida por la ley ({law})</translation>
    </message>
    <message>
        <source>required by law ({law}), {statute}</source>
        <translation>exigida por la ley ({law}), {statute}</translation>
    </message>
    <message>
        <source>health oversight, request {reference}</source>
        <translation>supervisión sanitaria, solicitud {reference}</translation>
    </message>
    <message>
        <source>defense in an action brought by the client, case {case}</source>
        <translation>defensa en una acción iniciada por el cliente, causa {case}</translation>
    </message>
    <message>
        <source>coroner / medical examiner</source>
        <translation>médico forense o juez de instrucción</translation>
    </message>
    <message>
        <source>coroner / medical examiner, case {case}</source>
        <translation>médico forense o juez de instrucción, causa {case}</translation>
    </message>
    <message>
        <source>client&apos;s access request {id}</source>
        <translation>solicitud de acceso del cliente {id}</translation>
    </message>
    <message>
        <source>{title} ({citation})</source>
        <translation>{title} ({citation})</translation>
    </message>
    <message>
        <source>to prevent or lessen a serious and imminent threat (164.512(j))</source>
        <translation>para prevenir o reducir una amenaza grave e inminente (164.512(j))</translation>
    </message>
    <message>
        <source>to prevent or lessen a serious and imminent threat (164.512(j)), {statute}</source>
        <translation>para prevenir o reducir una amenaza grave e inminente (164.512(j)), {statute}</translation>
    </message>
    <message>
        <source>supervised training in the practice (164.508(a)(2)(i)(B))</source>
        <translation>formación supervisada en la consulta (164.508(a)(2)(i)(B))</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>Nothing of this kind can be released from this chart: its only signed notes are held in confidence. A held note goes only in a release that its member alone authorizes, which the rules allow only when that member is the case&apos;s only adult; here they are not. To disclose something else, choose other records above ({other}).</source>
        <translation>Nada de este tipo puede divulgarse desde este expediente: sus únicas notas firmadas están reservadas en confidencia. Una nota reservada solo sale en una divulgación que su miembro autoriza por sí solo, y las reglas lo permiten solo cuando ese miembro es el único adulto del caso; aquí no lo es. Para divulgar otra cosa, elija otros registros arriba ({other}).</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Información de facturación</translation>
    </message>
    <message>
        <source>What, and to whom</source>
        <translation>Qué, y a quién</translation>
    </message>
    <message>
        <source>Choose only what the recipient needs.</source>
        <translation>Elija solo lo que el destinatario necesita.</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Tipo de registros</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Records to include</source>
        <translation>Registros que se incluyen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>e.g. &quot;continuity of care&quot;, &quot;at the request of the individual&quot;</source>
        <translation>p. ej., «continuidad asistencial», «a petición del interesado»</translation>
    </message>
    <message>
        <source>Add the outcome &amp;measures (PHQ-9, GAD-7) taken within these notes&apos; dates, with their trend charts</source>
        <translation>Añadir las &amp;escalas (PHQ-9, GAD-7) aplicadas entre las fechas de estas notas, con sus gráficos de evolución</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes (in the chart&apos;s Psychotherapy tab) to choose them.</source>
        <translation>Desbloquee las notas de psicoterapia (en la pestaña Psicoterapia del expediente) para elegirlas.</translation>
    </message>
    <message>
        <source>There is nothing of this kind in the chart.</source>
        <translation>No hay nada de este tipo en el expediente.</translation>
    </message>
    <message>
        <source>1 unsigned draft is not listed: sign it in the chart to disclose it.</source>
        <translation>1 borrador sin firmar no aparece en la lista: fírmelo en el expediente para divulgarlo.</translation>
    </message>
    <message>
        <source>%n unsigned drafts are not listed: sign them in the chart to disclose them.</source>
        <translation>%n borradores sin firmar no aparecen en la lista: fírmelos en el expediente para divulgarlos.</translation>
    </message>
    <message>
        <source>1 original PDF kept from a discarded imported draft is not listed: it was never signed here, and a draft is never disclosed. It is on the chart's Psychotherapy tab, after the notes; to disclose what it holds, import a readable copy of that note again, check and sign it.</source>
        <translation>1 PDF original conservado de un borrador importado descartado no aparece en la lista: nunca se firmó aquí, y un borrador nunca se divulga. Está en la pestaña Psicoterapia del expediente, después de las notas; para divulgar lo que contiene, vuelva a importar una copia legible de esa nota, revísela y fírmela.</translation>
    </message>
    <message>
        <source>%n original PDFs kept from discarded imported drafts are not listed: they were never signed here, and a draft is never disclosed. They are on the chart's Psychotherapy tab, after the notes; to disclose what one holds, import a readable copy of that note again, check and sign it.</source>
        <translation>%n PDF originales conservados de borradores importados descartados no aparecen en la lista: nunca se firmaron aquí, y un borrador nunca se divulga. Están en la pestaña Psicoterapia del expediente, después de las notas; para divulgar lo que contiene uno, vuelva a importar una copia legible de esa nota, revísela y fírmela.</translation>
    </message>
    <message>
        <source>1 note held in confidence for one member is not listed: what a member told under the confidentiality agreement stays out of a release of the joint record.</source>
        <translation>1 nota reservada en confidencia para un miembro no aparece en la lista: lo que un miembro contó bajo el acuerdo de confidencialidad queda fuera de una divulgación del expediente conjunto.</translation>
    </message>
    <message>
        <source>%n notes held in confidence for a member are not listed: what a member told under the confidentiality agreement stays out of a release of the joint record.</source>
        <translation>%n notas reservadas en confidencia para un miembro no aparecen en la lista: lo que un miembro contó bajo el acuerdo de confidencialidad queda fuera de una divulgación del expediente conjunto.</translation>
    </message>
    <message>
        <source>1 note told in confidence by one member is listed, unticked: it may go only in a release that this member alone authorizes (their own authorization as the basis); the rules refuse it in any other release.</source>
        <translation>1 nota contada en confidencia por un miembro aparece, sin marcar: solo puede ir en una divulgación que ese miembro, y solo él, autorice (su propia autorización como base); las reglas la rechazan en cualquier otra divulgación.</translation>
    </message>
    <message>
        <source>%n notes told in confidence by a member are listed, unticked: each may go only in a release that its member alone authorizes (their own authorization as the basis); the rules refuse them in any other release.</source>
        <translation>%n notas contadas en confidencia por un miembro aparecen, sin marcar: cada una solo puede ir en una divulgación que su miembro, y solo él, autorice (su propia autorización como base); las reglas las rechazan en cualquier otra divulgación.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>It carries 1 note told in confidence by &lt;b&gt;{members}&lt;/b&gt;: this release is {members}&apos;s alone, on their own authorization.</source>
        <translation>Lleva 1 nota contada en confidencia por &lt;b&gt;{members}&lt;/b&gt;: esta divulgación es solo de {members}, con su propia autorización.</translation>
    </message>
    <message>
        <source>It carries %n notes told in confidence by &lt;b&gt;{members}&lt;/b&gt;: this release is {members}&apos;s alone, on their own authorization.</source>
        <translation>Lleva %n notas contadas en confidencia por &lt;b&gt;{members}&lt;/b&gt;: esta divulgación es solo de {members}, con su propia autorización.</translation>
    </message>
    <message>
        <source>Type the file's whole path (for example /home/you/export.pdf) or pick it with Choose…</source>
        <translation>Escriba la ruta completa del archivo (por ejemplo /home/usted/export.pdf) o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>Password and file</source>
        <translation>Contraseña y archivo</translation>
    </message>
    <message>
        <source>The PDF is encrypted (AES-256). Give the password to the recipient separately, by phone.</source>
        <translation>El PDF va cifrado (AES-256). Comunique la contraseña al destinatario por separado, por teléfono.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Preview of the disclosure</source>
        <translation>Vista previa de la divulgación</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Confirm PDF password</source>
        <translation>Confirmar la contraseña del PDF</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>What Export still needs</source>
        <translation>Lo que aún falta para exportar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{items}&lt;/b&gt; to &lt;b&gt;{recipient}&lt;/b&gt; for: {purpose}.&lt;br&gt;Basis: {basis}. The file is stamped with the recipient, the purpose and the disclosure id, and the disclosure is logged before the file is written.</source>
        <translation>&lt;b&gt;{items}&lt;/b&gt; para &lt;b&gt;{recipient}&lt;/b&gt;, con la finalidad: {purpose}.&lt;br&gt;Base: {basis}. El archivo lleva impresos el destinatario, la finalidad y el identificador de la divulgación, y la divulgación se anota en el registro antes de escribir el archivo.</translation>
    </message>
    <message>
        <source>With them: the outcome measures (PHQ-9, GAD-7) taken within these notes' dates, with their trend charts.</source>
        <translation>Con ellas: las escalas (PHQ-9, GAD-7) aplicadas entre las fechas de estas notas, con sus gráficos de evolución.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Cancela&amp;r</translation>
    </message>
    <message>
        <source>The file's path contains an invisible control character (a line break, a tab or a NUL): type the path again, or pick the file with Choose…</source>
        <translation>La ruta del archivo contiene un carácter de control invisible (un salto de línea, un tabulador o un NUL): escriba la ruta de nuevo o elija el archivo con Elegir…</translation>
    </message>
    <message>
        <source>The path starts with ~ and a name, but no user of that name exists on this computer. Type the file's whole path (for example /home/you/export.pdf) or pick it with Choose…</source>
        <translation>La ruta empieza por ~ y un nombre, pero en esta computadora no existe ningún usuario con ese nombre. Escriba la ruta completa del archivo (por ejemplo /home/usted/export.pdf) o elíjala con Elegir…</translation>
    </message>
    <message>
        <source>The file's path is too long for this computer (at most 255 characters a name, about 4,000 the whole path): choose a shorter one.</source>
        <translation>La ruta del archivo es demasiado larga para esta computadora (como máximo 255 caracteres un nombre y unos 4.000 la ruta completa): elija una más corta.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>La contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type the confirmation again.</source>
        <translation>Las dos contraseñas no coinciden: vuelva a escribir la confirmación.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Building and encrypting the export…</source>
        <translation>Preparando y cifrando la exportación…</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificante</translation>
    </message>
    <message>
        <source>The disclosure is listed in the chart&apos;s Disclosures tab and in the accounting of disclosures.</source>
        <translation>La divulgación figura en la pestaña Divulgaciones del expediente y en el registro de divulgaciones.</translation>
    </message>
    <message>
        <source>The disclosure is listed in the chart&apos;s Disclosures tab. It is not one the client&apos;s accounting of disclosures lists (45 CFR 164.528(a)(1)).</source>
        <translation>La divulgación figura en la pestaña Divulgaciones del expediente. No es de las que recoge el registro de divulgaciones del cliente (45 CFR 164.528(a)(1)).</translation>
    </message>
    <message>
        <source>Disclosure id: &lt;b&gt;{id}&lt;/b&gt;&lt;br&gt;Ledger entry: {seq}&lt;br&gt;File: {path}&lt;br&gt;SHA-256: &lt;code&gt;{sha}&lt;/code&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;{where}</source>
        <translation>Identificador de la divulgación: &lt;b&gt;{id}&lt;/b&gt;&lt;br&gt;Entrada del registro: {seq}&lt;br&gt;Archivo: {path}&lt;br&gt;SHA-256: &lt;code&gt;{sha}&lt;/code&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;{where}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>told in confidence by {member}: only in a release that {member} alone authorizes</source>
        <translation>contada en confidencia por {member}: solo en una divulgación que autorice únicamente {member}</translation>
    </message>
    <message>
        <source>{covers} to {recipient}, signed {signed} ({state})</source>
        <translation>{covers} para {recipient}, firmada el {signed} ({state})</translation>
    </message>
    <message>
        <source>{covers} to {recipient}, signed by {signer} {signed} ({state})</source>
        <translation>{covers} para {recipient}, firmada por {signer} el {signed} ({state})</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Export or disclose</source>
        <translation>Exportar o divulgar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Close without exporting?</source>
        <translation>¿Cerrar sin exportar?</translation>
    </message>
    <message>
        <source>; dated {start} to {end}</source>
        <translation>; fechada del {start} al {end}</translation>
    </message>
    <message>
        <source>; dated from {start} on</source>
        <translation>; fechada a partir del {start}</translation>
    </message>
    <message>
        <source>; dated up to {end}</source>
        <translation>; fechada hasta el {end}</translation>
    </message>
</context>
<context>
    <name>DecisionReviewPage</name>
    <message>
        <source>Review and sign</source>
        <translation>Revisar y firmar</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Firmar y sellar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Lista para firmar</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Disclosure gate</source>
        <translation>Control de divulgación</translation>
    </message>
    <message>
        <source>Once signed, the record cannot change; later facts go into addenda.</source>
        <translation>Una vez firmada, la constancia no puede cambiar; los hechos posteriores se añaden como adendas.</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>Lista para firmar.</translation>
    </message>
    <message>
        <source>Not ready to sign yet.</source>
        <translation>Todavía no está lista para firmar.</translation>
    </message>
    <message>
        <source>Still needed: {0}.</source>
        <translation>Falta: {0}.</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Nothing will be disclosed.</source>
        <translation>No se divulgará nada.</translation>
    </message>
    <message>
        <source>It will appear in the client&apos;s accounting of disclosures.</source>
        <translation>Aparecerá en el registro de divulgaciones del cliente.</translation>
    </message>
    <message>
        <source>It is left out of the client&apos;s accounting ({0}).</source>
        <translation>Queda fuera del registro de divulgaciones del cliente ({0}).</translation>
    </message>
    <message>
        <source>Disclosure allowed under {0} ({1}). {2}</source>
        <translation>Divulgación permitida según {0} ({1}). {2}</translation>
    </message>
    <message>
        <source>No disclosure: </source>
        <translation>Sin divulgación: </translation>
    </message>
    <message>
        <source>Disclosure refused: </source>
        <translation>Divulgación denegada: </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Signed decision</source>
        <translation>Decisión firmada</translation>
    </message>
    <message>
        <source>Decision {0} is signed and locked.</source>
        <translation>La decisión {0} está firmada y sellada: ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Disclosure {0} is recorded in the ledger.</source>
        <translation>La divulgación {0} consta en el registro de la bóveda.</translation>
    </message>
    <message>
        <source>The client must not be told.</source>
        <translation>No se debe informar al cliente.</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>Seguimiento: {0}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Confidentiality decision</source>
        <translation>Decisión de confidencialidad</translation>
    </message>
    <message>
        <source>Starting the record…</source>
        <translation>Iniciando la constancia…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: correct the step named in the message, then come back here.</source>
        <translation>No se ha guardado: corrija el paso que indica el mensaje y vuelva aquí.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
</context>
<context>
    <name>TriggerPage</name>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha ocurrido?</translation>
    </message>
    <message>
        <source>Take a breath. This record walks you through the decision one question at a time.</source>
        <translation>Respire. Esta constancia le guía por la decisión pregunta a pregunta.</translation>
    </message>
    <message>
        <source>Trigger: {0}</source>
        <translation>Situación: {0}</translation>
    </message>
    <message>
        <source>What this usually requires</source>
        <translation>Lo que esto suele exigir</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <source>Session it came up in</source>
        <translation>Sesión en la que surgió</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>(not linked to a session)</source>
        <translation>(sin vincular a una sesión)</translation>
    </message>
</context>
<context>
    <name>HoldWords</name>
    <message>
        <source>Subpoena</source>
        <translation>Citación judicial</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigio</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro motivo</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <source>Legal holds</source>
        <translation>Retenciones legales</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Impuesta</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Release note</source>
        <translation>Nota de levantamiento</translation>
    </message>
    <message>
        <source>case number, agency; no clinical details</source>
        <translation>número de caso, organismo; sin detalles clínicos</translation>
    </message>
    <message>
        <source>Place a hold on the open chart</source>
        <translation>Imponer una retención al expediente abierto</translation>
    </message>
    <message>
        <source>Hold placed</source>
        <translation>Retención impuesta</translation>
    </message>
    <message>
        <source>Release the selected hold…</source>
        <translation>Levantar la retención seleccionada…</translation>
    </message>
    <message>
        <source>A chart under a hold is kept whatever its retention date, until the hold is released.</source>
        <translation>Un expediente bajo retención se conserva, aunque haya terminado su plazo de conservación, hasta que se levante la retención.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>Place a hold on chart {chart}</source>
        <translation>Imponer una retención al expediente {chart}</translation>
    </message>
    <message>
        <source>Placing…</source>
        <translation>Imponiendo…</translation>
    </message>
    <message>
        <source>Hold placed on chart {chart}.</source>
        <translation>Retención impuesta al expediente {chart}.</translation>
    </message>
    <message>
        <source>Hold placed.</source>
        <translation>Retención impuesta.</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Levantar la retención legal</translation>
    </message>
    <message>
        <source>Release the {reason} hold on chart {chart}, placed {placed}?
Why has it ended? (optional)</source>
        <translation>¿Levantar la retención por {reason} del expediente {chart}, impuesta el {placed}?
¿Por qué terminó? (opcional)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Levantando…</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Motivo de la retención</translation>
    </message>
    <message>
        <source>Hold details</source>
        <translation>Detalles de la retención</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <source>{0} charts came in whole ({1} progress notes, {2} psychotherapy notes, {3} documents); nothing was half imported.</source>
        <translation>Expedientes que entraron completos: {0} (notas de evolución: {1}; notas de psicoterapia: {2}; documentos: {3}); nada quedó importado a medias.</translation>
    </message>
    <message>
        <source>Another program then restored this vault from a backup, so what that import brought in may not be in it.</source>
        <translation>Después, otro programa restauró esta bóveda desde una copia de seguridad, así que lo que trajo esa importación puede no estar en ella.</translation>
    </message>
    <message>
        <source>To bring in the rest, run the same import again (Import in the Vault menu): what is already in the vault is recognised and only what is missing is added.</source>
        <translation>Para traer el resto, vuelva a hacer la misma importación (Importar… en el menú Bóveda): lo que ya está en la bóveda se reconoce y solo se añade lo que falta.</translation>
    </message>
    <message>
        <source>You can go on working meanwhile: open charts and write notes; the new charts appear in the client list as they come in. Locking the vault stops the import between charts; running the same import again continues.</source>
        <translation>Mientras tanto puede seguir trabajando: abrir expedientes y escribir notas; los expedientes nuevos aparecen en la lista de clientes a medida que entran. Bloquear la bóveda detiene la importación entre un expediente y otro; hacer de nuevo la misma importación la continúa.</translation>
    </message>
    <message>
        <source>Import — Therapy Vault</source>
        <translation>Importar — Therapy Vault</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Asistente de importación</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the chart…</source>
        <translation>Elija el expediente…</translation>
    </message>
    <message>
        <source>Choose the chart the documents go into: Next waits for it.</source>
        <translation>Elija el expediente al que van los documentos: Siguiente espera a que lo elija.</translation>
    </message>
    <message>
        <source>Dates written as</source>
        <translation>Fechas escritas como</translation>
    </message>
    <message>
        <source>Dates written as:</source>
        <translation>Fechas escritas como:</translation>
    </message>
    <message>
        <source>Month/day/year (03/04/1980 is March 4)</source>
        <translation>Mes/día/año (03/04/1980 es el 4 de marzo)</translation>
    </message>
    <message>
        <source>Day/month/year (03/04/1980 is 3 April)</source>
        <translation>Día/mes/año (03/04/1980 es el 3 de abril)</translation>
    </message>
    <message>
        <source>SimplePractice “Export – Complete” (a folder)</source>
        <translation>SimplePractice «Export – Complete» (una carpeta)</translation>
    </message>
    <message>
        <source>Client list (a CSV file)</source>
        <translation>Lista de clientes (un archivo CSV)</translation>
    </message>
    <message>
        <source>A folder of PDFs and scans, into one chart</source>
        <translation>Una carpeta de PDF y escaneos, en un expediente</translation>
    </message>
    <message>
        <source>Stored documents</source>
        <translation>Documentos archivados</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Consent forms</source>
        <translation>Formularios de consentimiento</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>Planes de tratamiento</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Billing documents</source>
        <translation>Documentos de facturación</translation>
    </message>
    <message>
        <source>SimplePractice client list</source>
        <translation>Lista de clientes de SimplePractice</translation>
    </message>
    <message>
        <source>TherapyNotes patient list</source>
        <translation>Lista de pacientes de TherapyNotes</translation>
    </message>
    <message>
        <source>Power Diary client export</source>
        <translation>Exportación de clientes de Power Diary</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Last date of service</source>
        <translation>Fecha de la última atención</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Id in the old system</source>
        <translation>ID en el sistema anterior</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Bring a practice in</source>
        <translation>Traer los registros de una consulta</translation>
    </message>
    <message>
        <source>Choose what to import. Nothing is written until you have reviewed a dry run.</source>
        <translation>Elija qué importar. No se escribe nada hasta que haya revisado una simulación.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Into the chart of:</source>
        <translation>En el expediente de:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock psychotherapy notes</source>
        <translation>Desbloquear las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importar desde:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Every PDF, PNG and JPEG in the folder (and its subfolders) becomes a document of the chart; dates come from the file names, else from the PDF. The text of PDFs is searchable.</source>
        <translation>Cada PDF, PNG y JPEG de la carpeta (y de sus subcarpetas) pasa a ser un documento del expediente; las fechas se toman de los nombres de archivo o, si no, del PDF. El texto de los PDF se puede buscar.</translation>
    </message>
    <message>
        <source>A client list creates charts (name, date of birth, contact details and the last date of service, which starts the retention clock).</source>
        <translation>Una lista de clientes crea expedientes (nombre, fecha de nacimiento, datos de contacto y la fecha de la última atención, desde la que empieza a contar el plazo de conservación).</translation>
    </message>
    <message>
        <source>Psychotherapy notes will go into the psychotherapy compartment only.</source>
        <translation>Las notas de psicoterapia irán solo al compartimento de psicoterapia.</translation>
    </message>
    <message>
        <source>The psychotherapy notes are locked: psychotherapy notes in the export would be listed as skipped. Unlock them here to bring them in (running the import again later adds only what is missing).</source>
        <translation>Las notas de psicoterapia están bloqueadas: las notas de psicoterapia de la exportación figurarían como omitidas. Desbloquéelas aquí para traerlas (si vuelve a hacer la importación más tarde, solo se añade lo que falta).</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock the psychotherapy notes.</source>
        <translation>Escriba su frase de contraseña para desbloquear las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Choose the client list</source>
        <translation>Elija la lista de clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elija la carpeta</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Folder or file to import</source>
        <translation>Carpeta o archivo que importar</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>Formato del CSV</translation>
    </message>
    <message>
        <source>Column for: {0}</source>
        <translation>Columna para: {0}</translation>
    </message>
    <message>
        <source>First rows, as mapped</source>
        <translation>Primeras filas, según la asignación</translation>
    </message>
    <message>
        <source>Chart the documents go into</source>
        <translation>Expediente al que van los documentos</translation>
    </message>
    <message>
        <source>Kind of documents</source>
        <translation>Tipo de documentos</translation>
    </message>
    <message>
        <source>Passphrase for psychotherapy notes</source>
        <translation>Frase de contraseña de las notas de psicoterapia</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s full name, or the columns of the first and last names: without a name no chart can be made.</source>
        <translation>Elija la columna con el nombre completo del cliente, o las columnas del nombre y de los apellidos: sin un nombre no se puede crear ningún expediente.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the dry run</source>
        <translation>Revise la simulación</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Esto es lo que hará la importación. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File it under</source>
        <translation>Archivar en</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Will be created:</source>
        <translation>Se crearán:</translation>
    </message>
    <message>
        <source>Ambiguous (choose the chart, or leave it out):</source>
        <translation>Ambiguos (elija el expediente o déjelos fuera):</translation>
    </message>
    <message>
        <source>Will be skipped, or to know:</source>
        <translation>Se omitirán, o conviene saberlo:</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Reading the export (nothing is written)…</source>
        <translation>Leyendo la exportación (no se escribe nada)…</translation>
    </message>
    <message>
        <source>Reading the export (nothing is written): {0} of {1} files read…</source>
        <translation>Leyendo la exportación (no se escribe nada): {0} de {1} archivos leídos…</translation>
    </message>
    <message>
        <source>Will create {0} charts, {1} progress notes, {2} psychotherapy notes and {3} documents. {4} ambiguous, {5} skipped, {6} already imported.</source>
        <translation>Expedientes que se crearán: {0}; notas de evolución: {1}; notas de psicoterapia: {2}; documentos: {3}. Ambiguos: {4}; omitidos: {5}; ya importados: {6}.</translation>
    </message>
    <message>
        <source>{0} (existing chart)</source>
        <translation>{0} (expediente existente)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Dejarlo fuera</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>sin fecha de nacimiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>{0} (born {1}, id {2})</source>
        <translation>{0} (nacimiento: {1}, id {2})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Se crearán</translation>
    </message>
    <message>
        <source>Ambiguous files</source>
        <translation>Archivos ambiguos</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Se omitirán</translation>
    </message>
    <message>
        <source>File, row or chart</source>
        <translation>Archivo, fila o expediente</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Each chart is imported whole or not at all. Cancel stops after the current chart.</source>
        <translation>Cada expediente se importa completo o no se importa. Cancelar detiene la importación después del expediente en curso.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation>Algo inesperado falló dentro de la aplicación.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Each chart is imported whole or not at all.</source>
        <translation>Cada expediente se importa completo o no se importa.</translation>
    </message>
    <message>
        <source>The import stopped. {0}</source>
        <translation>La importación se detuvo. {0}</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>{0} — cancelling after this chart…</source>
        <translation>{0} — se cancela después de este expediente…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Cancelled between charts: the charts counted here came in whole.</source>
        <translation>Cancelada entre un expediente y otro: los expedientes contados aquí se importaron completos.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>La importación ha terminado.</translation>
    </message>
    <message>
        <source>{0} {1} charts created, {2} updated; {3} progress notes, {4} psychotherapy notes, {5} documents. Each chart has one entry in the audit log.</source>
        <translation>{0} Expedientes creados: {1}; actualizados: {2}. Notas de evolución: {3}; notas de psicoterapia: {4}; documentos: {5}. Cada expediente tiene una entrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The source folder still holds your records in plain text. Once you have checked the import, delete it and empty the trash; on an SSD or a synced folder deleted files can linger, so prefer keeping such exports only on an encrypted disk (FileVault, BitLocker, LUKS) and remove the copy in your downloads folder and any cloud sync too.</source>
        <translation>La carpeta de origen todavía guarda sus registros sin cifrar. Cuando haya revisado la importación, bórrela y vacíe la papelera; en un disco SSD o en una carpeta sincronizada los archivos borrados pueden perdurar, así que es preferible guardar estas exportaciones solo en un disco cifrado (FileVault, BitLocker, LUKS) y quitar también la copia de su carpeta de descargas y de cualquier sincronización en la nube.</translation>
    </message>
    <message>
        <source>The CSV file still holds client names in plain text: delete it when you are done.</source>
        <translation>El archivo CSV todavía guarda nombres de clientes sin cifrar: bórrelo cuando termine.</translation>
    </message>
    <message>
        <source>Not imported, or to know</source>
        <translation>No importado, o conviene saberlo</translation>
    </message>
    <message>
        <source>File, row or chart</source>
        <translation>Archivo, fila o expediente</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <source>Backup to restore</source>
        <translation>Copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>What was restored</source>
        <translation>Lo que se restauró</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elegir la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Elegir la carpeta en la que restaurar</translation>
    </message>
    <message>
        <source>Choose “My Emergency Kit” to restore with your recovery key instead.</source>
        <translation>Elija «Mi Kit de emergencia» para restaurar con su clave de recuperación.</translation>
    </message>
    <message>
        <source>Choose an empty folder. Nothing was changed.</source>
        <translation>Elija una carpeta vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup file (.vaultbackup) or, in a backup folder, a snapshot (snapshots/snap-….vrs). It is checked completely before anything changes, and charts destroyed since it was made are destroyed again.</source>
        <translation>Elija un archivo de copia de seguridad (.vaultbackup) o, en una carpeta de copias, una instantánea (snapshots/snap-….vrs). Se comprueba por completo antes de cambiar nada, y los expedientes destruidos después de hacerse la copia se destruyen de nuevo.</translation>
    </message>
    <message>
        <source>the backup file or snapshot</source>
        <translation>el archivo de copia o la instantánea</translation>
    </message>
    <message>
        <source>The passphrase the vault had &amp;when the backup was made</source>
        <translation>La frase de contraseña que tenía la bóveda &amp;cuando se hizo la copia</translation>
    </message>
    <message>
        <source>My &amp;Emergency Kit (the recovery key, and a new passphrase)</source>
        <translation>Mi &amp;Kit de emergencia (la clave de recuperación y una nueva frase de contraseña)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>the recovery key from your Emergency Kit</source>
        <translation>la clave de recuperación de su Kit de emergencia</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>C&amp;opia:</translation>
    </message>
    <message>
        <source>Restore in&amp;to:</source>
        <translation>Res&amp;taurar en:</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Abrirla con:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Cla&amp;ve de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Confir&amp;mar:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Backups (*.vaultbackup *.vrs)</source>
        <translation>Copias de seguridad (*.vaultbackup *.vrs)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose where to restore the vault</source>
        <translation>Elija dónde restaurar la bóveda</translation>
    </message>
    <message>
        <source>The vault in this folder will be replaced. A safety copy of it is kept beside it, in {0}-before-restore-(date and time).</source>
        <translation>La bóveda de esta carpeta se reemplazará. Se guarda a su lado una copia de resguardo de ella, en {0}-before-restore-(fecha y hora).</translation>
    </message>
    <message>
        <source>This folder already holds a vault: choose an empty folder.</source>
        <translation>Esta carpeta ya contiene una bóveda: elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>The restored vault will be in this folder.</source>
        <translation>La bóveda restaurada quedará en esta carpeta.</translation>
    </message>
    <message>
        <source>{0} is not a backup file. Choose the backup file or the snapshot (snapshots/snap-….vrs) itself.</source>
        <translation>{0} no es un archivo de copia de seguridad. Elija el propio archivo de copia o la propia instantánea (snapshots/snap-….vrs).</translation>
    </message>
    <message>
        <source>Replace this vault?</source>
        <translation>¿Reemplazar esta bóveda?</translation>
    </message>
    <message>
        <source>The vault in {0} will be replaced by the backup. A safety copy of it is kept beside it, in a folder named {1}-before-restore- and the date and time.</source>
        <translation>La bóveda de {0} se reemplazará por la copia. Se guarda a su lado una copia de resguardo de ella, en una carpeta llamada {1}-before-restore- seguida de la fecha y la hora.</translation>
    </message>
    <message>
        <source>Replace it?</source>
        <translation>¿Reemplazarla?</translation>
    </message>
    <message>
        <source>Reading the vault to be replaced: what it holds newer than this backup…</source>
        <translation>Leyendo la bóveda que se va a sustituir: lo que tiene posterior a esta copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Restaurando y comprobando la copia…</translation>
    </message>
    <message>
        <source>&amp;Continue to unlock</source>
        <translation>&amp;Continuar para desbloquear</translation>
    </message>
    <message>
        <source>every page and the ledger chain were checked now</source>
        <translation>se comprobaron ahora todas las páginas y la cadena del registro</translation>
    </message>
    <message>
        <source>its check was recorded when it was made</source>
        <translation>su comprobación se anotó cuando se hizo</translation>
    </message>
    <message>
        <source>Restored into {0} from the backup made {1} ({2}).</source>
        <translation>Restaurada en {0} desde la copia hecha el {1} ({2}).</translation>
    </message>
    <message>
        <source>Anything written after {0} is not in this backup.</source>
        <translation>Lo que se escribió después del {0} no está en esta copia.</translation>
    </message>
    <message>
        <source>Backup in this folder</source>
        <translation>Copia de esta carpeta</translation>
    </message>
    <message>
        <source>Backup to &amp;use:</source>
        <translation>Copia a &amp;usar:</translation>
    </message>
    <message>
        <source>{0} (written {1})</source>
        <translation>{0} (escrita el {1})</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as a safety copy in {0}.</source>
        <translation>La bóveda reemplazada se conserva como copia de resguardo en {0}.</translation>
    </message>
    <message>
        <source>The backup restored from, {0}, still holds a chart destroyed since it was made (destroyed again in the vault, not in that file): purge it in Records &gt; Destructions and certificates (Purge the backups now), or delete that file.</source>
        <translation>La copia desde la que se restauró, {0}, todavía contiene un expediente destruido después de hacerse (destruido de nuevo en la bóveda, no en ese archivo): púrguela en Registros &gt; Destrucciones y certificados (Purgar ahora las copias), o borre ese archivo.</translation>
    </message>
    <message>
        <source>Charts destroyed since the backup was made, destroyed again: {0}.</source>
        <translation>Expedientes destruidos después de hacerse la copia, destruidos de nuevo: {0}.</translation>
    </message>
    <message>
        <source>No destroyed chart had to be destroyed again.</source>
        <translation>No hubo que volver a destruir ningún expediente destruido.</translation>
    </message>
    <message>
        <source>Backups go on into {0}, the folder this backup was restored from: the backup folder set before, {1}, is not on this computer.</source>
        <translation>Las copias de seguridad siguen en {0}, la carpeta desde la que se recuperó esta copia: la carpeta de copias elegida antes, {1}, no está en esta computadora.</translation>
    </message>
    <message>
        <source>Restored from a backup: unlock it with the new passphrase you chose.</source>
        <translation>Restaurada desde una copia de seguridad: desbloquéela con la nueva frase de contraseña que eligió.</translation>
    </message>
    <message>
        <source>Restored from a backup. It was also protected by a secret in the keyring of the computer it was made on, which is not here: open it once with Recover with Emergency Kit….</source>
        <translation>Restaurada desde una copia de seguridad. También estaba protegida por un secreto guardado en el llavero de la computadora en la que se hizo, que no está aquí: ábrala una vez con Recuperar con el Kit de emergencia….</translation>
    </message>
    <message>
        <source>Restored from a backup: unlock it with the passphrase the vault had when the backup was made.</source>
        <translation>Restaurada desde una copia de seguridad: desbloquéela con la frase de contraseña que tenía la bóveda cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Replace this vault with another vault?</source>
        <translation>¿Reemplazar esta bóveda por otra bóveda?</translation>
    </message>
    <message>
        <source>This backup is of another vault, not of the vault in {0}. Restoring it replaces the vault in {0} with that other vault. A safety copy of the vault there now is kept beside it, in a folder named {1}-before-restore- and the date and time. Replace it with the other vault?</source>
        <translation>Esta copia es de otra bóveda, no de la bóveda de {0}. Restaurarla reemplaza la bóveda de {0} por esa otra bóveda. Se guarda a su lado una copia de resguardo de la bóveda que hay ahí ahora, en una carpeta llamada {1}-before-restore- seguida de la fecha y la hora. ¿Reemplazarla por la otra bóveda?</translation>
    </message>
    <message>
        <source>&amp;Replace with the other vault</source>
        <translation>&amp;Reemplazar por la otra bóveda</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Replace every key again</source>
        <translation>Vuelva a reemplazar todas las claves</translation>
    </message>
    <message>
        <source>Every key was replaced just as the vault locked, so your new Emergency Kit could not be shown. Your old Emergency Kit no longer works.</source>
        <translation>Todas las claves se reemplazaron justo cuando se bloqueó la bóveda, así que no se pudo mostrar su nuevo Kit de emergencia. Su Kit de emergencia anterior ya no sirve.</translation>
    </message>
    <message>
        <source>Choose Vault &gt; Replace every key… now: it takes a moment and gives you a new kit to keep.</source>
        <translation>Elija ahora Bóveda &gt; Reemplazar todas las claves…: tarda un momento y le da un kit nuevo que guardar.</translation>
    </message>
    <message>
        <source>Replace every key</source>
        <translation>Reemplazar todas las claves</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Also choose a new passphrase</source>
        <translation>Elegir también una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>Every compartment is being re-encrypted beside your work: you can go on writing in the main window. Your new Emergency Kit appears here when it is done.</source>
        <translation>Cada compartimento se está volviendo a cifrar mientras usted trabaja: puede seguir escribiendo en la ventana principal. Su nuevo Kit de emergencia aparecerá aquí cuando termine.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Replacing every key</source>
        <translation>Reemplazando todas las claves</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop replacing every key</source>
        <translation>Dejar de reemplazar las claves</translation>
    </message>
    <message>
        <source>Stops before any key has changed: the vault keeps its keys.</source>
        <translation>Se detiene antes de que cambie ninguna clave: la bóveda conserva sus claves.</translation>
    </message>
    <message>
        <source>Use this after a suspected leak: a passphrase typed where it was seen, a lost laptop, backup drive or Emergency Kit. Every key is replaced and every compartment re-encrypted, so old copies of the vault header, your old Emergency Kit and the keys of older backups no longer open this vault. You get a new Emergency Kit at the end. Backups made before then keep the keys of their day: they still open with the old Emergency Kit or the passphrase of their day, and not with the new kit, so keep the old kit with them until they are rotated out. Your work goes on meanwhile; until the end your old passphrase and Emergency Kit still open the vault.</source>
        <translation>Úselo si sospecha una filtración: una frase de contraseña escrita donde alguien pudo verla, o la pérdida de una laptop, de un disco de copias o del Kit de emergencia. Se reemplazan todas las claves y se vuelve a cifrar cada compartimento, de modo que las copias antiguas de la cabecera de la bóveda, su Kit de emergencia anterior y las claves de las copias de seguridad anteriores ya no abren esta bóveda. Al final recibe un Kit de emergencia nuevo. Las copias de seguridad hechas antes conservan las claves de su día: siguen abriéndose con el Kit de emergencia anterior o con la frase de contraseña de su día, y no con el kit nuevo, así que guarde el kit anterior junto a ellas hasta que se retiren. Mientras tanto puede seguir trabajando; hasta el final, su frase de contraseña y su Kit de emergencia anteriores siguen abriendo la bóveda.</translation>
    </message>
    <message>
        <source>A chart is being destroyed: replace every key once it is done.</source>
        <translation>Se está destruyendo un expediente: reemplace todas las claves cuando termine.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Replacing every key failed unexpectedly.</source>
        <translation>El reemplazo de todas las claves falló de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>From now on only the new passphrase opens this vault. Your Emergency Kit stays valid. Backups made before the change open only with the old passphrase or the Emergency Kit: make a new backup right after. If you think the old passphrase was seen by someone, also use Replace every key…</source>
        <translation>A partir de ahora solo la nueva frase de contraseña abre esta bóveda. Su Kit de emergencia sigue siendo válido. Las copias de seguridad hechas antes del cambio solo se abren con la frase anterior o con el Kit de emergencia: haga una copia nueva justo después. Si cree que alguien vio la frase anterior, use también Reemplazar todas las claves…</translation>
    </message>
    <message>
        <source>Backups made before now still open only with the old passphrase or your Emergency Kit. Make a new backup now, so the latest one opens with the new passphrase.</source>
        <translation>Las copias de seguridad hechas hasta ahora siguen abriéndose solo con la frase de contraseña anterior o con su Kit de emergencia. Haga ahora una copia nueva, para que la más reciente se abra con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The old passphrase no longer unlocks this vault.</source>
        <translation>La frase de contraseña anterior ya no desbloquea esta bóveda.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Las frases de contraseña aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>ZxcvbnMeter</name>
    <message>
        <source>&lt;b&gt;Too short.&lt;/b&gt; Use at least {n} characters; four or more words is better.</source>
        <translation>&lt;b&gt;Demasiado corta.&lt;/b&gt; Use al menos {n} caracteres; mejor cuatro palabras o más.</translation>
    </message>
</context>
<context>
    <name>EmergencyKitDialog</name>
    <message>
        <source>Back up now under the new keys</source>
        <translation>Hacer una copia ahora con las claves nuevas</translation>
    </message>
    <message>
        <source>Backing up under the new keys…</source>
        <translation>Haciendo la copia con las claves nuevas…</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet: choose one in the Backups window, then Back up now.</source>
        <translation>Aún no hay una carpeta de copias elegida: elija una en la ventana Copias de seguridad y después pulse Hacer una copia ahora.</translation>
    </message>
    <message>
        <source>Backed up under the new keys to {path}: this new kit opens that backup.</source>
        <translation>Copia hecha con las claves nuevas en {path}: este kit nuevo abre esa copia.</translation>
    </message>
    <message>
        <source>Your new Emergency Kit</source>
        <translation>Su nuevo Kit de emergencia</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Signing key fingerprint (for checking certificates): {fingerprint}</source>
        <translation>Huella de la clave de firma (para comprobar certificados): {fingerprint}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save Emergency Kit as PDF</source>
        <translation>Guardar el Kit de emergencia como PDF</translation>
    </message>
    <message>
        <source>I have saved or written down my new Emergency Kit and will keep it somewhere safe</source>
        <translation>He guardado o copiado mi nuevo Kit de emergencia y lo tendré en un lugar seguro</translation>
    </message>
    <message>
        <source>I kept my new Emergency Kit</source>
        <translation>He guardado mi nuevo Kit de emergencia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens this vault. Backups made before this replacement still open with it (or with the passphrase of their day), not with this new kit: keep the old kit with those backups, somewhere safe, until they are rotated out, then destroy it. If the old kit was lost or seen, whoever holds it can open those older backups: back up now, then delete them. This new key is shown only now. Save it as a PDF and print it, or write it down.</source>
        <translation>Su clave de recuperación anterior ya no abre esta bóveda. Las copias de seguridad hechas antes de esta sustitución de claves siguen abriéndose con ella (o con la frase de contraseña de su día), no con este kit nuevo: guarde el kit anterior junto a esas copias, en un lugar seguro, hasta que se retiren, y después destrúyalo. Si el kit anterior se perdió o alguien lo vio, quien lo tenga puede abrir esas copias anteriores: haga una copia ahora y después elimínelas. Esta clave nueva se muestra solo ahora. Guárdela como PDF e imprímala, o cópiela a mano.</translation>
    </message>
    <message>
        <source>Save Emergency Kit</source>
        <translation>Guardar el Kit de emergencia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Emergency Kit.pdf</source>
        <translation>Kit de emergencia.pdf</translation>
    </message>
    <message>
        <source>Saving the Emergency Kit…</source>
        <translation>Guardando el Kit de emergencia…</translation>
    </message>
    <message>
        <source>Close without your new Emergency Kit?</source>
        <translation>¿Cerrar sin su nuevo Kit de emergencia?</translation>
    </message>
    <message>
        <source>The new recovery key will not be shown again, and the old one no longer opens this vault (only backups made before this replacement). Without the new key, a forgotten passphrase means the vault cannot be opened.

Close anyway?</source>
        <translation>La nueva clave de recuperación no se mostrará de nuevo, y la anterior ya no abre esta bóveda (solo las copias de seguridad hechas antes de esta sustitución de claves). Sin la clave nueva, si olvida la frase de contraseña, la bóveda no podrá abrirse.

¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>AccessCopyDialog</name>
    <message>
        <source>Given already</source>
        <translation>Ya entregado</translation>
    </message>
    <message>
        <source>Already given on {day}: {what} ({file}).</source>
        <translation>Ya entregado el {day}: {what} ({file}).</translation>
    </message>
    <message>
        <source>Already given on {day}: {what}.</source>
        <translation>Ya entregado el {day}: {what}.</translation>
    </message>
    <message>
        <source>Given on {day} to another recipient: {what}; made again for this one.</source>
        <translation>Entregado el {day} a otro destinatario: {what}; se vuelve a crear para este.</translation>
    </message>
    <message>
        <source>Given on {day} for other dates: {what}; made again for these.</source>
        <translation>Entregado el {day} para otras fechas: {what}; se vuelve a crear para estas.</translation>
    </message>
    <message>
        <source>Given on {day} without the outcome measures: {what}; made again with them.</source>
        <translation>Entregado el {day} sin las escalas: {what}; se vuelve a crear con ellas.</translation>
    </message>
    <message>
        <source>Left out as unsigned drafts: {count}.</source>
        <translation>Dejados fuera por ser borradores sin firmar: {count}.</translation>
    </message>
    <message>
        <source>The rest is given; the request stays as decided (denied in part).</source>
        <translation>El resto está entregado; la solicitud sigue como se decidió (denegada en parte).</translation>
    </message>
    <message>
        <source>Nothing to copy. The request was decided (denied in part); the rest is still to be given: choose another kind or other dates, or tell the client the chart holds none of it.</source>
        <translation>Nada que copiar. La solicitud ya se decidió (denegada en parte); el resto aún debe entregarse: elija otro tipo u otras fechas, o informe al cliente de que el expediente no contiene nada de ello.</translation>
    </message>
    <message>
        <source>The rest is given once every copy of it is made.</source>
        <translation>El resto queda entregado cuando se haya hecho cada copia.</translation>
    </message>
    <message>
        <source>Provide the copy</source>
        <translation>Entregar la copia</translation>
    </message>
    <message>
        <source>The client, or their personal representative, asked for the client&apos;s records (45 CFR 164.524, 164.502(g)). The copy is made first, as a password-protected PDF for each kind below; the request closes as granted once every copy is written. Psychotherapy notes are not part of the right of access.</source>
        <translation>El cliente, o su representante personal, pidió los registros del cliente (45 CFR 164.524, 164.502(g)). Primero se hace la copia, un PDF protegido con contraseña por cada tipo de abajo; la solicitud se cierra como concedida cuando se han guardado todas las copias. Las notas de psicoterapia no forman parte del derecho de acceso.</translation>
    </message>
    <message>
        <source>Send the copy to</source>
        <translation>Enviar la copia a</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Billing information (sessions, codes)</source>
        <translation>Información de facturación (sesiones, códigos)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>the first record</source>
        <translation>el primer registro</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Send the copy to:</source>
        <translation>Enviar la copia a:</translation>
    </message>
    <message>
        <source>The copy holds:</source>
        <translation>La copia contiene:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Contraseña del PDF:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirmar la contraseña:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>What was made</source>
        <translation>Lo que se ha creado</translation>
    </message>
    <message>
        <source>Make the copy and grant</source>
        <translation>Crear la copia y conceder</translation>
    </message>
    <message>
        <source>Save the copy in</source>
        <translation>Guardar la copia en</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>billing information</source>
        <translation>información de facturación</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Creando la copia…</translation>
    </message>
    <message>
        <source>Made: {what} ({file}).</source>
        <translation>Copia creada: {what} ({file}).</translation>
    </message>
    <message>
        <source>The request is closed as granted.</source>
        <translation>La solicitud queda cerrada como concedida.</translation>
    </message>
    <message>
        <source>Not made: {what}: {why}</source>
        <translation>Copia no creada: {what}: {why}</translation>
    </message>
    <message>
        <source>The request stays open until every copy is made (or part of it is denied).</source>
        <translation>La solicitud sigue abierta hasta que se creen todas las copias (o se deniegue una parte).</translation>
    </message>
    <message>
        <source>The copy is in {folder}: {files}.</source>
        <translation>La copia está en {folder}: {files}.</translation>
    </message>
    <message>
        <source>Make the copy of what the chart holds: tick the other kind, or choose other dates ({citation}).</source>
        <translation>Hacer la copia de lo que tiene el expediente: marque el otro tipo o elija otras fechas ({citation}).</translation>
    </message>
    <message>
        <source>Tell the client in writing that the chart holds nothing of what was asked (and where it is held, if you know), then close the request as answered ({citation}).</source>
        <translation>Comunicar por escrito al cliente que el expediente no tiene nada de lo que pidió (y dónde se guarda, si lo sabe), y cerrar la solicitud como respondida ({citation}).</translation>
    </message>
    <message>
        <source>Extend the deadline once, with a written notice to the client ({citation}).</source>
        <translation>Prorrogar el plazo una vez, con un aviso por escrito al cliente ({citation}).</translation>
    </message>
    <message>
        <source>Deny it, or a part of it, on a ground the rule gives, with its written denial ({citation}).</source>
        <translation>Denegarla, toda o en parte, por un motivo que da la norma, con su denegación por escrito ({citation}).</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Close the request as answered…</source>
        <translation>Cerrar la solicitud como respondida…</translation>
    </message>
    <message>
        <source>Extend once…</source>
        <translation>Prorrogar una vez…</translation>
    </message>
    <message>
        <source>Deny, with grounds…</source>
        <translation>Denegar, con motivos…</translation>
    </message>
    <message>
        <source>Nothing to copy: the request stays open. What the rule lets you do:</source>
        <translation>No hay nada que copiar: la solicitud sigue abierta. Lo que la norma le permite:</translation>
    </message>
    <message>
        <source>No {what} in these dates.</source>
        <translation>No hay {what} en estas fechas.</translation>
    </message>
    <message>
        <source>Closing the request…</source>
        <translation>Cerrando la solicitud…</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Cerrar la solicitud</translation>
    </message>
    <message>
        <source>Close the request as answered, with nothing to copy?</source>
        <translation>¿Cerrar la solicitud como respondida, sin nada que copiar?</translation>
    </message>
    <message>
        <source>Close as answered</source>
        <translation>Cerrar como respondida</translation>
    </message>
    <message>
        <source>Only once the client has been told in writing.</source>
        <translation>Solo después de comunicárselo al cliente por escrito.</translation>
    </message>
    <message>
        <source>Closed as answered: the chart holds nothing of what was asked.</source>
        <translation>Cerrada como respondida: el expediente no tiene nada de lo que se pidió.</translation>
    </message>
    <message>
        <source>No {what} in these dates: the chart holds some at other dates.</source>
        <translation>No hay {what} en estas fechas: el expediente tiene en otras fechas.</translation>
    </message>
    <message>
        <source>No {what}: the chart holds none.</source>
        <translation>No hay {what}: el expediente no tiene ninguna.</translation>
    </message>
    <message>
        <source>outcome measures</source>
        <translation>escalas</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <source>Outcome measures (PHQ-9, GAD-7…), with the progress notes</source>
        <translation>Escalas (PHQ-9, GAD-7…), con las notas de evolución</translation>
    </message>
    <message>
        <source>What the letter says is given</source>
        <translation>Lo que la carta dice que se entrega</translation>
    </message>
    <message>
        <source>Given another way (printed, by hand): {part}</source>
        <translation>Entregado de otra forma (impreso, en mano): {part}</translation>
    </message>
    <message>
        <source>The denial's letter says the client is given: “{words}”.</source>
        <translation>La carta de denegación dice que al cliente se le entrega: «{words}».</translation>
    </message>
    <message>
        <source>This copy leaves out: {parts}.</source>
        <translation>Esta copia deja fuera: {parts}.</translation>
    </message>
</context>
<context>
    <name>AccountingDialog</name>
    <message>
        <source>{recipient}, {day}: made after the authorization signed {signed} for {to} had been revoked on {ended} ({citation}); the accounting lists it and says so.</source>
        <translation>{recipient}, {day}: hecha después de que la autorización firmada el {signed} para {to} fuera revocada el {ended} ({citation}); el registro la incluye y lo indica.</translation>
    </message>
    <message>
        <source>{recipient}, {day}: made after the authorization signed {signed} for {to} had expired on {ended} ({citation}); the accounting lists it and says so.</source>
        <translation>{recipient}, {day}: hecha después de que la autorización firmada el {signed} para {to} hubiera vencido el {ended} ({citation}); el registro la incluye y lo indica.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala otra vez</translation>
    </message>
    <message>
        <source>Confirm PDF password</source>
        <translation>Confirmar la contraseña del PDF</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type the confirmation again.</source>
        <translation>Las dos contraseñas no coinciden: vuelva a escribir la confirmación.</translation>
    </message>
    <message>
        <source>Accounting of disclosures</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <source>Lists the disclosures of the last six years that the law requires to be accounted for, from the tamper-evident ledger. The PDF is signed with the vault&apos;s key, names the ledger head, and is encrypted with the password you give.</source>
        <translation>Enumera las divulgaciones de los últimos seis años que la ley obliga a incluir, tomadas del registro de la bóveda, que delata cualquier manipulación. El PDF va firmado con la clave de la bóveda, indica la última entrada del registro y se cifra con la contraseña que usted indique.</translation>
    </message>
    <message>
        <source>List the excluded disclosures separately</source>
        <translation>Enumerar aparte las divulgaciones excluidas</translation>
    </message>
    <message>
        <source>Leave excluded disclosures out</source>
        <translation>Omitir las divulgaciones excluidas</translation>
    </message>
    <message>
        <source>Excluded disclosures</source>
        <translation>Divulgaciones excluidas</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Open a client&apos;s chart first.</source>
        <translation>Abra primero el expediente de un cliente.</translation>
    </message>
    <message>
        <source>Exclusions:</source>
        <translation>Exclusiones:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Save the accounting</source>
        <translation>Guardar el registro de divulgaciones</translation>
    </message>
    <message>
        <source>Give the file to save the accounting as (Save to), or press Choose….</source>
        <translation>Indique el archivo en el que guardar el registro de divulgaciones (Guardar en) o pulse Elegir….</translation>
    </message>
    <message>
        <source>Producing the accounting…</source>
        <translation>Generando el registro de divulgaciones…</translation>
    </message>
    <message>
        <source>Saved {0} and its signature {1}. Ledger head {2}. SHA-256 {3}…</source>
        <translation>Guardados {0} y su firma {1}. Última entrada del registro: {2}. SHA-256 {3}…</translation>
    </message>
    <message>
        <source>The client&apos;s request is recorded as provided.</source>
        <translation>La solicitud del cliente queda registrada como entregada.</translation>
    </message>
    <message>
        <source>{0}: {1} disclosures on one line, the first on {2}, the last on {3} ({4}).</source>
        <translation>{0}: {1} divulgaciones en una sola línea, la primera el {2}, la última el {3} ({4}).</translation>
    </message>
</context>
<context>
    <name>ManualDisclosureDialog</name>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Información de facturación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>{covers} to {recipient}</source>
        <translation>{covers} a {recipient}</translation>
    </message>
    <message>
        <source>Record a disclosure made outside the app</source>
        <translation>Registrar una divulgación hecha fuera de la aplicación</translation>
    </message>
    <message>
        <source>what was disclosed, in general terms</source>
        <translation>qué se divulgó, en términos generales</translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation>Fecha de la divulgación</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Tipo de registros</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Qué se divulgó</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
</context>
<context>
    <name>OpenExportDialog</name>
    <message>
        <source>{covers} to {recipient} ({state})</source>
        <translation>{covers} a {recipient} ({state})</translation>
    </message>
    <message>
        <source>to {recipient} ({state})</source>
        <translation>a {recipient} ({state})</translation>
    </message>
    <message>
        <source>Complete open export — Therapy Vault</source>
        <translation>Exportación abierta completa — Therapy Vault</translation>
    </message>
    <message>
        <source>Complete open export</source>
        <translation>Exportación abierta completa</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>e.g. &quot;at the request of the individual&quot;, &quot;transfer of care&quot;</source>
        <translation>p. ej., «a petición del interesado», «traspaso de la atención»</translation>
    </message>
    <message>
        <source>Psychotherapy notes</source>
        <translation>Notas de psicoterapia</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Confirm PDF password</source>
        <translation>Confirmar la contraseña del PDF</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Archivo que se guarda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>Psychotherapy notes:</source>
        <translation>Notas de psicoterapia:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Contraseña del PDF:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>No incluirlas</translation>
    </message>
    <message>
        <source>Include, under the authorization {0}</source>
        <translation>Incluirlas, con la autorización {0}</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Give the file to save the export as (Save as), or press Browse…</source>
        <translation>Indique el archivo en el que guardar la exportación (Guardar como) o pulse Examinar…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Exportando el expediente…</translation>
    </message>
    <message>
        <source> Psychotherapy notes left out: {0}</source>
        <translation> Notas de psicoterapia no incluidas: {0}</translation>
    </message>
    <message>
        <source>The whole chart in one password-protected PDF that also carries it as open files (chart.json, each note, every document), readable without this app: progress notes, the treatment plan with its diagnoses and goals, the consent dates, outcome measures, documents, and the sessions (dates, CPT and ICD-10 codes) where the basis covers billing information. Psychotherapy notes go only under their own authorization. Never in it: fees, payments and the balance, appointments not yet held. What is left out is listed in the file. It is a disclosure: the gate checks the basis, and it is logged.</source>
        <translation>Todo el expediente en un PDF protegido con contraseña que además lo lleva en archivos abiertos (chart.json, cada nota, cada documento), legibles sin esta aplicación: notas de evolución, el plan de tratamiento con sus diagnósticos y objetivos, las fechas del consentimiento, las escalas, los documentos y las sesiones (fechas, códigos CPT e ICD-10) cuando la base legal cubre la información de facturación. Las notas de psicoterapia solo van con su propia autorización. Nunca incluye: honorarios, pagos y saldo, ni citas aún no celebradas. Lo que queda fuera se enumera en el archivo. Es una divulgación: el control de divulgación comprueba la base legal y queda registrada.</translation>
    </message>
    <message>
        <source>&amp;Leave the unsigned drafts out of this export</source>
        <translation>&amp;Dejar fuera de esta exportación los borradores sin firmar</translation>
    </message>
    <message>
        <source>1 progress note is an unsigned draft ({0}). A draft is not disclosed: sign it first (close this window and sign it in the chart), or leave it out of this export.</source>
        <translation>1 nota de evolución es un borrador sin firmar ({0}). Un borrador no se divulga: fírmela antes (cierre esta ventana y fírmela en el expediente) o déjela fuera de esta exportación.</translation>
    </message>
    <message>
        <source>%n progress notes are unsigned drafts ({0}). A draft is not disclosed: sign them first (close this window and sign them in the chart), or leave them out of this export.</source>
        <translation>%n notas de evolución son borradores sin firmar ({0}). Un borrador no se divulga: fírmelas antes (cierre esta ventana y fírmelas en el expediente) o déjelas fuera de esta exportación.</translation>
    </message>
    <message>
        <source> Sessions left out: {0}</source>
        <translation> Sesiones no incluidas: {0}</translation>
    </message>
    <message>
        <source> Unsigned drafts left out: {0}.</source>
        <translation> Borradores sin firmar no incluidos: {0}.</translation>
    </message>
    <message>
        <source>Saved {0}: {1}. Logged as disclosure {2}. Send the password separately (by phone).{3}</source>
        <translation>Guardado {0}: {1}. Registrado como divulgación {2}. Envíe la contraseña por separado (por teléfono).{3}</translation>
    </message>
    <message>
        <source>%n progress note</source>
        <translation>%n nota de evolución</translation>
    </message>
    <message>
        <source>%n progress notes</source>
        <translation>%n notas de evolución</translation>
    </message>
    <message>
        <source>%n psychotherapy note</source>
        <translation>%n nota de psicoterapia</translation>
    </message>
    <message>
        <source>%n psychotherapy notes</source>
        <translation>%n notas de psicoterapia</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation>%n documento</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>%n documentos</translation>
    </message>
    <message>
        <source>%n session</source>
        <translation>%n sesión</translation>
    </message>
    <message>
        <source>%n sessions</source>
        <translation>%n sesiones</translation>
    </message>
</context>
<context>
    <name>AttachmentEditDialog</name>
    <message>
        <source>Rename or date a document</source>
        <translation>Renombrar o fechar un documento</translation>
    </message>
    <message>
        <source>Title of the document</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <source>The date the document itself bears (e.g. of an outside evaluation), not the day it was attached</source>
        <translation>La fecha que lleva el propio documento (p. ej., la de una evaluación externa), no el día en que se adjuntó</translation>
    </message>
    <message>
        <source>File: {name}, attached {day}</source>
        <translation>Archivo: {name}, adjuntado el {day}</translation>
    </message>
    <message>
        <source>The earlier title and date are kept with the document, and the chart&apos;s History records the change.</source>
        <translation>El título y la fecha anteriores se conservan con el documento, y el Historial del expediente anota el cambio.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation>Fecha del documento:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>con fecha {day}</translation>
    </message>
    <message>
        <source>no date of its own</source>
        <translation>sin fecha propia</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>Sobre el documento</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Pictures in the document</source>
        <translation>Imágenes del documento</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Show the pictures pixel for pixel, to read small print</source>
        <translation>Mostrar las imágenes píxel a píxel, para leer la letra pequeña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>Imagen de {width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>PDF, 1 page.</source>
        <translation>PDF, 1 página.</translation>
    </message>
    <message>
        <source>PDF, {count} pages.</source>
        <translation>PDF, {count} páginas.</translation>
    </message>
    <message>
        <source>Each page shows the pictures on it (a scan) and its text; for its exact layout, save a copy.</source>
        <translation>Cada página muestra sus imágenes (un escaneo) y su texto; para ver su diseño exacto, guarde una copia.</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>(Pictures on this page that could not be shown: {count}.)</source>
        <translation>(Imágenes de esta página que no se pudieron mostrar: {count}.)</translation>
    </message>
    <message>
        <source>(This page has no text.)</source>
        <translation>(Esta página no tiene texto.)</translation>
    </message>
    <message>
        <source>Picture, {width} × {height} pixels</source>
        <translation>Imagen de {width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Each page shows the pictures on it (a scan) and its text.</source>
        <translation>Cada página muestra sus imágenes (un escaneo) y su texto.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Check the name, or choose the folder in the list.</source>
        <translation>No existe la carpeta {folder}. Compruebe el nombre o elija la carpeta en la lista.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi computadora</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Compruebe que el nombre del archivo es correcto.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Bloquear la bóveda ahora</translation>
    </message>
    <message>
        <source>Quit (locks the vault)</source>
        <translation>Salir (bloquea la bóveda)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Search the words of every note</source>
        <translation>Buscar en el texto de todas las notas</translation>
    </message>
    <message>
        <source>New progress note for the open chart</source>
        <translation>Nueva nota de evolución en el expediente abierto</translation>
    </message>
    <message>
        <source>Export or disclose records</source>
        <translation>Exportar o divulgar registros</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Agenda: arrows move, Enter opens, N new appointment, A attended, S other status, M move, B account, F fees, PgUp/PgDn earlier/later</source>
        <translation>Agenda: flechas para moverse, Intro para abrir, N nueva cita, A asistió, S otro estado, M mover, B cuenta, F honorarios, RePág/AvPág antes/después</translation>
    </message>
    <message>
        <source>Worklist: unsigned notes, sessions without notes, requests and authorizations due</source>
        <translation>Pendientes: notas sin firmar, sesiones sin nota, solicitudes y autorizaciones por vencer</translation>
    </message>
    <message>
        <source>Access and amendment requests</source>
        <translation>Solicitudes de acceso y de enmienda</translation>
    </message>
    <message>
        <source>Privacy mode: hide client names</source>
        <translation>Modo privado: ocultar los nombres de los clientes</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself)</source>
        <translation>Guardar la nota ahora (también se guarda sola)</translation>
    </message>
    <message>
        <source>Sign and lock the note</source>
        <translation>Firmar y sellar la nota</translation>
    </message>
    <message>
        <source>Copy the note text (cleared from the clipboard after 30 s)</source>
        <translation>Copiar el texto de la nota (se borra del portapapeles a los 30 s)</translation>
    </message>
    <message>
        <source>Chart tabs: Overview, Sessions, Psychotherapy, Authorizations, Disclosures, Requests, Attachments, History, Decisions, Measures (Alt+1 … Alt+9, Alt+0)</source>
        <translation>Pestañas del expediente: Resumen, Sesiones y notas, Psicoterapia, Autorizaciones, Divulgaciones, Solicitudes, Adjuntos, Historial, Decisiones, Escalas (Alt+1 … Alt+9, Alt+0)</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>This copy of the app runs from its source code, so the licence notices of the components a release bundles have not been generated here. A release shows them in this window; from source, run: python scripts/licence_notices.py</source>
        <translation>Esta copia de la aplicación se ejecuta desde su código fuente, por lo que aquí no se han generado los avisos de licencia de los componentes que incluye una versión publicada. Una versión publicada los muestra en esta ventana; desde el código fuente, ejecute: python scripts/licence_notices.py</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>Third-party licence notices</source>
        <translation>Avisos de licencia de terceros</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;How your records are protected&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Everything is stored on this computer only, in files encrypted with SQLCipher (AES-256).
Nothing is sent over the network.&lt;/li&gt;
&lt;li&gt;Your passphrase is stretched with Argon2id; optionally a second secret in this computer&apos;s
keyring is needed too. The Emergency Kit is the only other way in.&lt;/li&gt;
&lt;li&gt;Psychotherapy notes are kept in a separate compartment with their own unlock and a shorter
automatic lock.&lt;/li&gt;
&lt;li&gt;Every disclosure, export, unlock and destruction is written to a tamper-evident ledger;
alterations and roll-backs to an old copy are detected when you unlock.&lt;/li&gt;
&lt;li&gt;The vault locks itself after a few minutes without activity and when the computer sleeps.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;What it cannot protect against:&lt;/b&gt; malicious software running on this computer while the
vault is unlocked, and copies you have given to others.&lt;/p&gt;
                                                  </source>
        <translation>
&lt;p&gt;&lt;b&gt;Cómo se protegen sus registros&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Todo se guarda solo en esta computadora, en archivos cifrados con SQLCipher (AES-256).
No se envía nada por la red.&lt;/li&gt;
&lt;li&gt;Su frase de contraseña se refuerza con Argon2id; opcionalmente se necesita también un segundo secreto
guardado en el llavero de esta computadora. El Kit de emergencia es la única otra forma de entrar.&lt;/li&gt;
&lt;li&gt;Las notas de psicoterapia se guardan en un compartimento aparte, con su propio desbloqueo y un bloqueo
automático más breve.&lt;/li&gt;
&lt;li&gt;Cada divulgación, exportación, desbloqueo y destrucción se anota en el registro de la bóveda, que delata
cualquier manipulación; las alteraciones y las vueltas a una copia antigua se detectan al desbloquear.&lt;/li&gt;
&lt;li&gt;La bóveda se bloquea sola tras unos minutos sin actividad y cuando la computadora entra en reposo.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Contra qué no puede protegerle:&lt;/b&gt; software malicioso que se ejecute en esta computadora mientras la
bóveda está desbloqueada, y las copias que usted haya entregado a otras personas.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Third-party licences…</source>
        <translation>Licencias de terceros…</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Tab</source>
        <translation>Pestaña</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>Open another vault</source>
        <translation>Abrir otra bóveda</translation>
    </message>
    <message>
        <source>No vault there</source>
        <translation>No hay ninguna bóveda ahí</translation>
    </message>
    <message>
        <source>{folder} does not hold a vault. Choose the folder that holds vault.header (for a restored copy, the folder you restored into).</source>
        <translation>{folder} no contiene ninguna bóveda. Elija la carpeta que contiene vault.header (para una copia restaurada, la carpeta en la que la restauró).</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>That is the vault open now.</source>
        <translation>Esa es la bóveda abierta ahora.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>{count} progress notes</source>
        <translation>{count} notas de evolución</translation>
    </message>
    <message>
        <source>1 progress note</source>
        <translation>1 nota de evolución</translation>
    </message>
    <message>
        <source>{count} psychotherapy notes</source>
        <translation>{count} notas de psicoterapia</translation>
    </message>
    <message>
        <source>1 psychotherapy note</source>
        <translation>1 nota de psicoterapia</translation>
    </message>
    <message>
        <source>{count} sessions&apos; billing data</source>
        <translation>datos de facturación de {count} sesiones</translation>
    </message>
    <message>
        <source>1 session&apos;s billing data</source>
        <translation>datos de facturación de 1 sesión</translation>
    </message>
    <message>
        <source>{items} ({day})</source>
        <translation>{items} ({day})</translation>
    </message>
    <message>
        <source>{items} ({first} to {last})</source>
        <translation>{items} (del {first} al {last})</translation>
    </message>
    <message>
        <source>fields: {fields}</source>
        <translation>campos: {fields}</translation>
    </message>
    <message>
        <source>with {count} outcome measure results</source>
        <translation>con {count} resultados de escalas</translation>
    </message>
    <message>
        <source>with 1 outcome measure result</source>
        <translation>con 1 resultado de escala</translation>
    </message>
    <message>
        <source>outcome measures</source>
        <translation>escalas</translation>
    </message>
    <message>
        <source>{count} amendments</source>
        <translation>{count} enmiendas</translation>
    </message>
    <message>
        <source>1 amendment</source>
        <translation>1 enmienda</translation>
    </message>
    <message>
        <source>{count} addenda</source>
        <translation>{count} adendas</translation>
    </message>
    <message>
        <source>1 addendum</source>
        <translation>1 adenda</translation>
    </message>
    <message>
        <source>{count} amendment requests denied</source>
        <translation>{count} solicitudes de enmienda denegadas</translation>
    </message>
    <message>
        <source>1 amendment request denied</source>
        <translation>1 solicitud de enmienda denegada</translation>
    </message>
    <message>
        <source>{count} statements of disagreement</source>
        <translation>{count} declaraciones de desacuerdo</translation>
    </message>
    <message>
        <source>1 statement of disagreement</source>
        <translation>1 declaración de desacuerdo</translation>
    </message>
    <message>
        <source>with {items}</source>
        <translation>con {items}</translation>
    </message>
    <message>
        <source>a copy of the client&apos;s 42 CFR Part 2 consent</source>
        <translation>una copia del consentimiento del cliente según 42 CFR Part 2</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message>
        <source>New York: mental health licenses</source>
        <translation>Nueva York: licencias de salud mental</translation>
    </message>
    <message>
        <source>every Title VIII profession (psychologists, LCSW/LMSW, mental health counselors, MFTs, creative arts therapists, psychoanalysts)</source>
        <translation>todas las profesiones del Título VIII (psicólogos, LCSW/LMSW, consejeros de salud mental, terapeutas matrimoniales y familiares, terapeutas de artes creativas, psicoanalistas)</translation>
    </message>
    <message>
        <source>Regents rules on unprofessional conduct, quoted but not checked against the official compilation: &quot;all patient records must be retained for at least six years ... records of minor patients must be retained for at least six years, and until one year after the minor patient reaches the age of 21 years&quot;: 6 years after the last service; a minor&apos;s records until age 22 (4 years after 18) if later</source>
        <translation>reglas de los Regents sobre conducta no profesional, citadas pero no cotejadas con la compilación oficial: &quot;all patient records must be retained for at least six years ... records of minor patients must be retained for at least six years, and until one year after the minor patient reaches the age of 21 years&quot;: 6 años después del último servicio; los registros de un menor hasta los 22 años (4 años después de los 18) si es más tarde</translation>
    </message>
    <message>
        <source>APA guideline (no state rule chosen)</source>
        <translation>Guía de la APA (sin norma estatal elegida)</translation>
    </message>
    <message>
        <source>California: psychologists</source>
        <translation>California: psicólogos</translation>
    </message>
    <message>
        <source>California: marriage and family therapists</source>
        <translation>California: terapeutas matrimoniales y familiares</translation>
    </message>
    <message>
        <source>California: educational psychologists</source>
        <translation>California: psicólogos educativos</translation>
    </message>
    <message>
        <source>California: clinical social workers</source>
        <translation>California: trabajadores sociales clínicos</translation>
    </message>
    <message>
        <source>California: professional clinical counselors</source>
        <translation>California: consejeros clínicos profesionales</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <source>Where no law applies.</source>
        <translation>Donde no se aplica ninguna ley.</translation>
    </message>
    <message>
        <source>Applies to therapy terminated on or after 2015-01-01 (SB 578, Stats. 2014, ch. 312).</source>
        <translation>Se aplica a la terapia terminada a partir del 2015-01-01 (SB 578, Stats. 2014, cap. 312).</translation>
    </message>
    <message>
        <source>Check your licensing board&apos;s current rule, especially for minors.</source>
        <translation>Compruebe la norma vigente de su colegio o junta de licencias, sobre todo para menores.</translation>
    </message>
    <message>
        <source>psychologists (professional guidance, not law)</source>
        <translation>psicólogos (orientación profesional, no ley)</translation>
    </message>
    <message>
        <source>psychologists</source>
        <translation>psicólogos</translation>
    </message>
    <message>
        <source>marriage and family therapists</source>
        <translation>terapeutas matrimoniales y familiares</translation>
    </message>
    <message>
        <source>educational psychologists</source>
        <translation>psicólogos educativos</translation>
    </message>
    <message>
        <source>clinical social workers</source>
        <translation>trabajadores sociales clínicos</translation>
    </message>
    <message>
        <source>professional clinical counselors</source>
        <translation>consejeros clínicos profesionales</translation>
    </message>
    <message>
        <source>profession not verified</source>
        <translation>profesión no verificada</translation>
    </message>
    <message>
        <source>APA Record Keeping Guidelines (American Psychological Association): 7 years after the last service for adults; for minors, 3 years after the age of majority, whichever is later</source>
        <translation>Directrices de la APA sobre el mantenimiento de registros (American Psychological Association): 7 años después del último servicio para adultos; para menores, 3 años después de la mayoría de edad, lo que sea más tarde</translation>
    </message>
    <message>
        <source>section text (as enacted by AB 2257, Stats. 2006, ch. 89): 7 years from discharge; a minor&apos;s records 7 years from the date the patient reaches 18</source>
        <translation>texto del artículo (según lo promulgó la AB 2257, Stats. 2006, cap. 89): 7 años desde el alta; los registros de un menor, 7 años desde la fecha en que el paciente cumple 18</translation>
    </message>
    <message>
        <source>SB 578 as amended adds section 4980.49; its committee analyses state 7 years from the end of therapy and 7 years from age 18 for minors</source>
        <translation>la SB 578, en su versión enmendada, añade el artículo 4980.49; sus análisis de comisión indican 7 años desde el fin de la terapia y 7 años desde los 18 para menores</translation>
    </message>
    <message>
        <source>section text: 7 years from the date therapy is terminated; a minor&apos;s records 7 years from age 18</source>
        <translation>texto del artículo: 7 años desde la fecha en que termina la terapia; los registros de un menor, 7 años desde los 18</translation>
    </message>
    <message>
        <source>SB 578 committee analyses: LCSWs keep records 7 years from the end of therapy, minors 7 years from 18</source>
        <translation>análisis de comisión de la SB 578: los LCSW conservan los registros 7 años desde el fin de la terapia, los de menores 7 años desde los 18</translation>
    </message>
    <message>
        <source>secondary sources and SB 578 committee analyses: 7 years from the end of therapy, minors 7 years from 18</source>
        <translation>fuentes secundarias y análisis de comisión de la SB 578: 7 años desde el fin de la terapia, los de menores 7 años desde los 18</translation>
    </message>
    <message>
        <source>{years} years for the clinical record is this state&apos;s commonly cited figure, not checked against its law: the statute, the profession it binds and any minors&apos; rule were not verified, so the minors&apos; period is the APA Record Keeping Guidelines (American Psychological Association) default of 3 years after the age of majority. Ask your licensing board.</source>
        <translation>{years} años para el expediente clínico es la cifra que se suele citar para este estado, no contrastada con su ley: no se verificaron la ley, la profesión a la que obliga ni ninguna norma para menores, así que el plazo para menores es el predeterminado de las Directrices de la APA sobre el mantenimiento de registros (American Psychological Association): 3 años después de la mayoría de edad. Consulte a su colegio o junta de licencias.</translation>
    </message>
    <message>
        <source>No statute identified</source>
        <translation>Ninguna ley identificada</translation>
    </message>
    <message>
        <source>{law}; {profession}; text checked on {day}: {how}</source>
        <translation>{law}; {profession}; texto comprobado el {day}: {how}</translation>
    </message>
    <message>
        <source>{law}; {profession}; section text NOT verified on {day}: {how}</source>
        <translation>{law}; {profession}; texto del artículo NO verificado el {day}: {how}</translation>
    </message>
</context>
<context>
    <name>DecisionPromptWords</name>
    <message>
        <source>There is time to consult here, and you should: an attorney who knows mental-health records, your liability insurer&apos;s risk-management line, or your licensing board. Record each consultation.</source>
        <translation>Aquí hay tiempo para consultar, y conviene hacerlo: con un abogado que conozca los registros de salud mental, con la línea de gestión de riesgos de su aseguradora de responsabilidad civil o con su colegio profesional. Registre cada consulta.</translation>
    </message>
    <message>
        <source>Who did you consult? With whom, when, and what did they advise?</source>
        <translation>¿A quién consultó? ¿Con quién, cuándo y qué le aconsejaron?</translation>
    </message>
    <message>
        <source>Consult a supervisor, a trusted colleague, your licensing board or your insurer&apos;s risk-management line if there is time. Never delay protecting someone in danger to consult: record it afterwards.</source>
        <translation>Si hay tiempo, consulte a un supervisor, a un colega de confianza, a su colegio profesional o a la línea de gestión de riesgos de su aseguradora. Nunca retrase la protección de alguien en peligro para consultar: regístrelo después.</translation>
    </message>
    <message>
        <source>Did you consult anyone? With whom, when, and what did they advise?</source>
        <translation>¿Consultó a alguien? ¿Con quién, cuándo y qué le aconsejaron?</translation>
    </message>
    <message>
        <source>Many therapists tell the client before or after a report, which can protect the relationship, unless telling them would put the child or someone else at risk. Record what you decided and why.</source>
        <translation>Muchos terapeutas informan al cliente antes o después de una denuncia, lo que puede proteger la relación, salvo que informarle ponga en riesgo al menor o a otra persona. Registre qué decidió y por qué.</translation>
    </message>
    <message>
        <source>If you have reasonable suspicion, the law requires the report.</source>
        <translation>Si tiene una sospecha razonable, la ley exige la denuncia.</translation>
    </message>
    <message>
        <source>The mandatory report of suspected child abuse or neglect. It is mandatory in every state. Your settings treat anyone under {age_of_majority} as a child.</source>
        <translation>La denuncia obligatoria de sospecha de maltrato o negligencia infantil. Es obligatoria en todos los estados. Su configuración considera menor a toda persona de menos de {age_of_majority} años.</translation>
    </message>
    <message>
        <source>Mandatory report of suspected child abuse or neglect</source>
        <translation>Denuncia obligatoria de sospecha de maltrato o negligencia infantil</translation>
    </message>
    <message>
        <source>Many states require a written report within 36 to 48 hours of the call.</source>
        <translation>Muchos estados exigen una denuncia por escrito dentro de las 36 a 48 horas siguientes a la llamada.</translation>
    </message>
    <message>
        <source>Name your state&apos;s child-abuse reporting statute (HIPAA allows the report: 45 CFR 164.512(b)(1)(ii)).</source>
        <translation>Indique la ley de su estado sobre la denuncia del maltrato infantil (HIPAA permite la denuncia: 45 CFR 164.512(b)(1)(ii)).</translation>
    </message>
    <message>
        <source>What you heard or observed, who the child is, and whether the child is at risk now. Reasonable suspicion is enough; you do not investigate.</source>
        <translation>Lo que oyó u observó, quién es el menor y si está en riesgo ahora. Basta con una sospecha razonable; usted no investiga.</translation>
    </message>
    <message>
        <source>age of majority {age_of_majority} ({name})</source>
        <translation>mayoría de edad: {age_of_majority} ({name})</translation>
    </message>
    <message>
        <source>45 CFR 164.512(b)(1)(ii); your state&apos;s child-abuse reporting statute</source>
        <translation>45 CFR 164.512(b)(1)(ii); la ley de su estado sobre la denuncia del maltrato infantil</translation>
    </message>
    <message>
        <source>Every US state makes therapists mandatory reporters of suspected child abuse or neglect. The standard is reasonable suspicion, not certainty: you do not need proof, and you do not need the client&apos;s consent. Report promptly to child protective services or the police, give them what the report needs, and document what you did.</source>
        <translation>Todos los estados de EE. UU. obligan a los terapeutas a denunciar la sospecha de maltrato o negligencia infantil. El criterio es la sospecha razonable, no la certeza: no necesita pruebas ni el consentimiento del cliente. Denuncie sin demora a los servicios de protección infantil o a la policía, deles lo que la denuncia requiere y documente lo que hizo.</translation>
    </message>
    <message>
        <source>The client is {age}, under the age of consent for treatment in your settings ({consent_age}): a parent or guardian usually acts for them. Do not inform a parent or guardian who may be the person causing the harm.</source>
        <translation>El cliente tiene {age} años, menos que la edad de consentimiento para el tratamiento de su configuración ({consent_age}): normalmente actúa en su nombre un progenitor o tutor. No informe a un progenitor o tutor que pueda ser quien causa el daño.</translation>
    </message>
    <message>
        <source>Tell the client (and their attorney) about the order and what you will release, unless the order forbids it.</source>
        <translation>Informe al cliente (y a su abogado) de la orden y de lo que va a entregar, salvo que la orden lo prohíba.</translation>
    </message>
    <message>
        <source>Comply with what the order requires, or seek a narrower order with counsel.</source>
        <translation>Cumpla con lo que exige la orden, o pida con su abogado una orden más limitada.</translation>
    </message>
    <message>
        <source>Will you comply now, or ask the court to limit the order?</source>
        <translation>¿Cumplirá ahora o pedirá al tribunal que limite la orden?</translation>
    </message>
    <message>
        <source>Only what the order requires; select the notes or dates it names. Psychotherapy notes go only if the order names them.</source>
        <translation>Solo lo que exige la orden; seleccione las notas o las fechas que nombra. Las notas de psicoterapia se entregan solo si la orden las nombra.</translation>
    </message>
    <message>
        <source>Exactly which records go out, to whom, how and when?</source>
        <translation>¿Qué registros exactamente se entregan, a quién, cómo y cuándo?</translation>
    </message>
    <message>
        <source>A court order (45 CFR 164.512(e)(1)(i)). It compels disclosure of what it names, nothing more.</source>
        <translation>Una orden judicial (45 CFR 164.512(e)(1)(i)). Obliga a divulgar lo que nombra, y nada más.</translation>
    </message>
    <message>
        <source>Court order signed by a judge</source>
        <translation>Orden judicial firmada por un juez</translation>
    </message>
    <message>
        <source>Record the court, the case number and the date of the order (45 CFR 164.512(e)(1)(i)).</source>
        <translation>Registre el tribunal, el número de causa y la fecha de la orden (45 CFR 164.512(e)(1)(i)).</translation>
    </message>
    <message>
        <source>Note exactly which records and dates it names, and whether psychotherapy notes are named explicitly. Record anything you asked the court to limit.</source>
        <translation>Anote exactamente qué registros y fechas nombra y si nombra expresamente las notas de psicoterapia. Registre todo lo que pidió al tribunal que limitara.</translation>
    </message>
    <message>
        <source>What does the order require, and is anything beyond it?</source>
        <translation>¿Qué exige la orden y hay algo que vaya más allá?</translation>
    </message>
    <message>
        <source>federal rule: 45 CFR 164.512(e)(1)(i) (no jurisdiction setting)</source>
        <translation>norma federal: 45 CFR 164.512(e)(1)(i) (sin ajuste de jurisdicción)</translation>
    </message>
    <message>
        <source>45 CFR 164.512(e)(1)(i); the order itself (court, case number, date)</source>
        <translation>45 CFR 164.512(e)(1)(i); la propia orden (tribunal, número de causa, fecha)</translation>
    </message>
    <message>
        <source>A court order signed by a judge must be obeyed, but only for what it requires. Check that it is signed by a judge (a subpoena signed by an attorney or a clerk is not an order), what records and dates it covers, and the deadline. Consult counsel: you may ask the court to limit the order or to review the records privately. Attach a copy of the order to the chart.</source>
        <translation>Una orden judicial firmada por un juez debe cumplirse, pero solo en lo que exige. Compruebe que la firma un juez (una citación firmada por un abogado o un secretario no es una orden), qué registros y fechas abarca, y el plazo. Consulte con un abogado: puede pedir al tribunal que limite la orden o que revise los registros en privado. Adjunte una copia de la orden al expediente.</translation>
    </message>
    <message>
        <source>Say where the information came from (which session, which call). If it is not confidential (the client is not your client, or it is public), say so and why.</source>
        <translation>Indique de dónde procede la información (qué sesión, qué llamada). Si no es confidencial (no es su cliente, o es pública), dígalo y explique por qué.</translation>
    </message>
    <message>
        <source>Is what you learned confidential?</source>
        <translation>¿Es confidencial lo que supo?</translation>
    </message>
    <message>
        <source>It almost always is: the records are the client&apos;s confidential health information, and the privilege is the client&apos;s.</source>
        <translation>Casi siempre lo es: los registros son información de salud confidencial del cliente, y el privilegio es del cliente.</translation>
    </message>
    <message>
        <source>It almost always is: the records are the client&apos;s confidential health information.</source>
        <translation>Casi siempre lo es: los registros son información de salud confidencial del cliente.</translation>
    </message>
    <message>
        <source>It almost always is: it came from a session or from your work with the client.</source>
        <translation>Casi siempre lo es: procede de una sesión o de su trabajo con el cliente.</translation>
    </message>
    <message>
        <source>It almost always is: the threat was made to you as the client&apos;s therapist.</source>
        <translation>Casi siempre lo es: la amenaza se le hizo a usted como terapeuta del cliente.</translation>
    </message>
    <message>
        <source>It almost always is: it came from your work with the client.</source>
        <translation>Casi siempre lo es: procede de su trabajo con el cliente.</translation>
    </message>
    <message>
        <source>Telling the client can be part of managing the risk, or can raise it. Decide clinically and record why.</source>
        <translation>Informar al cliente puede ser parte del manejo del riesgo, o puede aumentarlo. Decida con criterio clínico y registre por qué.</translation>
    </message>
    <message>
        <source>Protective action can be warning the person, calling the police, or starting a hospitalization. You can also decide the threshold is not met: record why.</source>
        <translation>La acción protectora puede ser advertir a la persona, llamar a la policía o iniciar una hospitalización. También puede decidir que no se alcanza el umbral: registre por qué.</translation>
    </message>
    <message>
        <source>Will you warn or protect?</source>
        <translation>¿Advertirá o protegerá?</translation>
    </message>
    <message>
        <source>Only what protection needs: who threatens whom, the nature of the threat, and how imminent it is. Not the rest of the client&apos;s story.</source>
        <translation>Solo lo que la protección necesita: quién amenaza a quién, la naturaleza de la amenaza y su inminencia. No el resto de la historia del cliente.</translation>
    </message>
    <message>
        <source>The duty to warn or protect ({kind} in your settings), or HIPAA&apos;s serious-and-imminent-threat exception (45 CFR 164.512(j)(1)(i)). If the threshold is not met, say that no exception applies.</source>
        <translation>El deber de advertir o proteger ({kind} según su configuración), o la excepción de HIPAA por amenaza grave e inminente (45 CFR 164.512(j)(1)(i)). Si no se alcanza el umbral, indique que no se aplica ninguna excepción.</translation>
    </message>
    <message>
        <source>Duty to warn or protect an identifiable person (serious and imminent threat)</source>
        <translation>Deber de advertir o proteger a una persona identificable (amenaza grave e inminente)</translation>
    </message>
    <message>
        <source>Reassess the risk at the next contact.</source>
        <translation>Vuelva a evaluar el riesgo en el próximo contacto.</translation>
    </message>
    <message>
        <source>Name your state&apos;s duty-to-warn or duty-to-protect statute, or the case law you rely on.</source>
        <translation>Indique la ley de su estado sobre el deber de advertir o proteger, o la jurisprudencia en la que se basa.</translation>
    </message>
    <message>
        <source>Weigh plan, intent, means, an identifiable victim and any history of violence. Write the threat in a few words and who it is against.</source>
        <translation>Valore el plan, la intención, los medios, una víctima identificable y cualquier antecedente de violencia. Describa la amenaza en pocas palabras y contra quién va dirigida.</translation>
    </message>
    <message>
        <source>Is the threat serious, credible and imminent, against an identifiable person?</source>
        <translation>¿Es la amenaza grave, creíble e inminente, contra una persona identificable?</translation>
    </message>
    <message>
        <source>duty to warn: {kind} ({name})</source>
        <translation>deber de advertir: {kind} ({name})</translation>
    </message>
    <message>
        <source>45 CFR 164.512(j)(1)(i); your state&apos;s duty-to-warn or duty-to-protect statute</source>
        <translation>45 CFR 164.512(j)(1)(i); la ley de su estado sobre el deber de advertir o proteger</translation>
    </message>
    <message>
        <source>A vague statement of anger or an old grievance usually does not meet the threshold; a specific threat against an identifiable person, with the means to carry it out, does.</source>
        <translation>Una expresión vaga de enojo o un viejo agravio no suele alcanzar el umbral; una amenaza concreta contra una persona identificable, con los medios para llevarla a cabo, sí.</translation>
    </message>
    <message>
        <source>Your jurisdiction settings say the duty to warn or protect is MANDATORY: when a client makes a serious, credible threat of violence against an identifiable person, you must take protective action: warn the person, notify the police, or start a hospitalization.</source>
        <translation>Su configuración de jurisdicción dice que el deber de advertir o proteger es OBLIGATORIO: cuando un cliente hace una amenaza de violencia grave y creíble contra una persona identificable, usted debe tomar medidas de protección: advertir a la persona, avisar a la policía o iniciar una hospitalización.</translation>
    </message>
    <message>
        <source>Your jurisdiction settings say there is NO duty-to-warn statute. HIPAA still permits a disclosure to prevent a serious and imminent threat (45 CFR 164.512(j)); rely on your ethics code and consult counsel.</source>
        <translation>Su configuración de jurisdicción dice que NO hay una ley sobre el deber de advertir. HIPAA igualmente permite divulgar para prevenir una amenaza grave e inminente (45 CFR 164.512(j)); guíese por su código de ética y consulte con un abogado.</translation>
    </message>
    <message>
        <source>Your jurisdiction settings say the duty to warn is PERMISSIVE: you may disclose to protect an identifiable person from a serious and imminent threat, but the law does not require it. Your ethics code and clinical judgment decide.</source>
        <translation>Su configuración de jurisdicción dice que el deber de advertir es PERMISIVO: puede divulgar para proteger a una persona identificable de una amenaza grave e inminente, pero la ley no lo exige. Deciden su código de ética y su criterio clínico.</translation>
    </message>
    <message>
        <source>If the client is the person at risk, 45 CFR 164.512(c)(2) asks you to tell them promptly unless that would put them at serious risk, or you would be telling the person you believe responsible.</source>
        <translation>Si el cliente es la persona en riesgo, el 45 CFR 164.512(c)(2) le pide que se lo comunique sin demora, salvo que eso la ponga en grave riesgo o que estuviera informando a quien cree responsable.</translation>
    </message>
    <message>
        <source>Where you are a mandatory reporter, reasonable suspicion requires it.</source>
        <translation>Donde usted está obligado a denunciar, una sospecha razonable lo exige.</translation>
    </message>
    <message>
        <source>The mandatory report of elder or dependent-adult abuse. Check the person is covered: aged {age} or over, or a dependent adult, and that what you suspect is within &apos;{scope}&apos;. If your state does not make you a mandatory reporter, choose permissive and edit your jurisdiction settings.</source>
        <translation>La denuncia obligatoria de maltrato a personas mayores o adultos dependientes. Compruebe que la persona está cubierta: que tiene {age} años o más, o es un adulto dependiente, y que lo que sospecha entra en «{scope}». Si su estado no le obliga a denunciar, elija «permisiva» y modifique la configuración de su jurisdicción.</translation>
    </message>
    <message>
        <source>Mandatory report of suspected elder or dependent-adult abuse</source>
        <translation>Denuncia obligatoria de sospecha de maltrato a una persona mayor o adulto dependiente</translation>
    </message>
    <message>
        <source>Name your state&apos;s elder and dependent-adult abuse reporting statute (45 CFR 164.512(c)).</source>
        <translation>Indique la ley de su estado sobre la denuncia del maltrato a personas mayores y adultos dependientes (45 CFR 164.512(c)).</translation>
    </message>
    <message>
        <source>What you heard or observed, who the elder or dependent adult is, and whether they are at risk now.</source>
        <translation>Lo que oyó u observó, quién es la persona mayor o el adulto dependiente, y si está en riesgo ahora.</translation>
    </message>
    <message>
        <source>elder abuse reporting age {age}; scope: {scope} ({name})</source>
        <translation>edad para denunciar el maltrato a personas mayores: {age}; alcance: {scope} ({name})</translation>
    </message>
    <message>
        <source>45 CFR 164.512(c); your state&apos;s adult protective services statute</source>
        <translation>45 CFR 164.512(c); la ley de su estado sobre los servicios de protección de adultos</translation>
    </message>
    <message>
        <source>Most states make therapists mandatory reporters of suspected abuse, neglect or exploitation of elders and dependent adults who cannot protect themselves. As with children, reasonable suspicion is the standard. Your settings: elders are people aged {age} or over; the duty covers {scope}. Report to adult protective services (or the long-term care ombudsman or police where your state says so).</source>
        <translation>La mayoría de los estados obligan a los terapeutas a denunciar la sospecha de maltrato, negligencia o explotación de personas mayores y adultos dependientes que no pueden protegerse. Como con los menores, el criterio es la sospecha razonable. Su configuración: son personas mayores quienes tienen {age} años o más; el deber abarca: {scope}. Denuncie a los servicios de protección de adultos (o al defensor de residencias de larga estancia o a la policía, donde su estado lo indique).</translation>
    </message>
    <message>
        <source>Add an addendum when the agency responds</source>
        <translation>Añadir una adenda cuando responda el organismo</translation>
    </message>
    <message>
        <source>Attach a copy of the signed order to the chart</source>
        <translation>Adjuntar al expediente una copia de la orden firmada</translation>
    </message>
    <message>
        <source>Consult counsel or your liability insurer&apos;s risk-management line</source>
        <translation>Consultar con un abogado o con la línea de gestión de riesgos de su aseguradora de responsabilidad civil</translation>
    </message>
    <message>
        <source>Contact the client or the hospital within 24 hours</source>
        <translation>Contactar al cliente o al hospital en las próximas 24 horas</translation>
    </message>
    <message>
        <source>Discuss the report with the client when it is safe</source>
        <translation>Hablar de la denuncia con el cliente cuando sea seguro</translation>
    </message>
    <message>
        <source>Discuss the warning with the client</source>
        <translation>Hablar de la advertencia con el cliente</translation>
    </message>
    <message>
        <source>Do not tell the client</source>
        <translation>No informar al cliente</translation>
    </message>
    <message>
        <source>Write down the report or hotline reference number</source>
        <translation>Anotar el número de referencia de la denuncia o de la línea directa</translation>
    </message>
    <message>
        <source>Keep the official&apos;s written request with the record</source>
        <translation>Guardar con el registro la solicitud escrita del funcionario</translation>
    </message>
    <message>
        <source>Schedule the next session</source>
        <translation>Programar la próxima sesión</translation>
    </message>
    <message>
        <source>Notify the client (and their attorney)</source>
        <translation>Avisar al cliente (y a su abogado)</translation>
    </message>
    <message>
        <source>Reassess risk at the next contact</source>
        <translation>Volver a evaluar el riesgo en el próximo contacto</translation>
    </message>
    <message>
        <source>Release records only under a court order signed by a judge or the client&apos;s written authorization</source>
        <translation>Entregar registros solo con una orden judicial firmada por un juez o con la autorización escrita del cliente</translation>
    </message>
    <message>
        <source>Write down the report reference number</source>
        <translation>Anotar el número de referencia de la denuncia</translation>
    </message>
    <message>
        <source>Respond to the subpoena by its deadline as counsel advises (assert the privilege or object)</source>
        <translation>Responder a la citación dentro de su plazo según aconseje el abogado (hacer valer el privilegio u oponerse)</translation>
    </message>
    <message>
        <source>Review the safety plan</source>
        <translation>Revisar el plan de seguridad</translation>
    </message>
    <message>
        <source>Tell the client promptly unless that would put them at risk</source>
        <translation>Informar al cliente sin demora, salvo que eso lo ponga en riesgo</translation>
    </message>
    <message>
        <source>Tell the client what was released</source>
        <translation>Informar al cliente de lo que se entregó</translation>
    </message>
    <message>
        <source>Update the safety plan</source>
        <translation>Actualizar el plan de seguridad</translation>
    </message>
    <message>
        <source>Send the written follow-up report if your state requires one</source>
        <translation>Enviar la denuncia escrita de seguimiento si su estado la exige</translation>
    </message>
    <message>
        <source>List the steps still to do (written report, call back, safety plan, session to discuss it with the client).</source>
        <translation>Enumere los pasos pendientes (denuncia por escrito, volver a llamar, plan de seguridad, sesión para hablarlo con el cliente).</translation>
    </message>
    <message>
        <source>What happens next?</source>
        <translation>¿Qué sigue ahora?</translation>
    </message>
    <message>
        <source>Which statute or rule are you relying on?</source>
        <translation>¿En qué ley o norma se basa?</translation>
    </message>
    <message>
        <source>Your jurisdiction settings are recorded with this decision as they stand now.</source>
        <translation>La configuración de su jurisdicción, tal como está ahora, queda registrada con esta decisión.</translation>
    </message>
    <message>
        <source>Share only what this purpose needs: who is at risk, the nature of the concern, and what you observed. Not the session content, not the diagnosis history, not the psychotherapy notes, unless an order requires them.</source>
        <translation>Comparta solo lo que este fin necesita: quién está en riesgo, la naturaleza de la preocupación y lo que observó. No el contenido de las sesiones, ni el historial de diagnósticos, ni las notas de psicoterapia, salvo que una orden los exija.</translation>
    </message>
    <message>
        <source>Federal law forbids telling the client about a national-security disclosure. The record says so, and it stays out of the client&apos;s accounting of disclosures.</source>
        <translation>La ley federal prohíbe informar al cliente de una divulgación por seguridad nacional. El registro lo hace constar, y queda fuera del registro de divulgaciones del cliente.</translation>
    </message>
    <message>
        <source>The client must not be told.</source>
        <translation>No se debe informar al cliente.</translation>
    </message>
    <message>
        <source>Disclose only what the legal process requires.</source>
        <translation>Divulgue solo lo que exige el proceso legal.</translation>
    </message>
    <message>
        <source>National security and intelligence activities (45 CFR 164.512(k)(2)). Record the legal authority the official cited.</source>
        <translation>Actividades de seguridad nacional e inteligencia (45 CFR 164.512(k)(2)). Registre la autoridad legal que citó el funcionario.</translation>
    </message>
    <message>
        <source>National security and intelligence activities</source>
        <translation>Actividades de seguridad nacional e inteligencia</translation>
    </message>
    <message>
        <source>Record the legal authority cited (for example, the statute or the type of order) and its reference.</source>
        <translation>Registre la autoridad legal citada (por ejemplo, la ley o el tipo de orden) y su referencia.</translation>
    </message>
    <message>
        <source>Who asked, how you verified their identity and authority, and what they are entitled to.</source>
        <translation>Quién lo pidió, cómo verificó su identidad y su autoridad, y a qué tiene derecho.</translation>
    </message>
    <message>
        <source>How did you verify the request?</source>
        <translation>¿Cómo verificó la solicitud?</translation>
    </message>
    <message>
        <source>federal law: 45 CFR 164.512(k)(2) (no jurisdiction setting)</source>
        <translation>ley federal: 45 CFR 164.512(k)(2) (sin ajuste de jurisdicción)</translation>
    </message>
    <message>
        <source>45 CFR 164.512(k)(2); the legal authority the official cited</source>
        <translation>45 CFR 164.512(k)(2); la autoridad legal que citó el funcionario</translation>
    </message>
    <message>
        <source>Federal law lets authorized federal officials obtain information for lawful intelligence, counter-intelligence and national-security activities (45 CFR 164.512(k)(2)), and the legal process behind the request can compel it. Verify the official&apos;s identity and authority in writing and consult counsel. You must NOT tell the client, and the disclosure is left out of the client&apos;s accounting.</source>
        <translation>La ley federal permite a funcionarios federales autorizados obtener información para actividades legales de inteligencia, contrainteligencia y seguridad nacional (45 CFR 164.512(k)(2)), y el proceso legal detrás de la solicitud puede obligar a entregarla. Verifique por escrito la identidad y la autoridad del funcionario y consulte con un abogado. NO debe informar al cliente, y la divulgación queda fuera del registro de divulgaciones del cliente.</translation>
    </message>
    <message>
        <source>This app records your reasoning; it does not give legal advice. The rules differ by state: check your jurisdiction settings and, when unsure, call your licensing board, a colleague, or your liability insurer&apos;s risk-management line.</source>
        <translation>Esta aplicación registra su razonamiento; no da asesoramiento legal. Las normas varían según el estado: revise la configuración de su jurisdicción y, si tiene dudas, llame a su colegio profesional, a un colega o a la línea de gestión de riesgos de su aseguradora de responsabilidad civil.</translation>
    </message>
    <message>
        <source>Tell the client when it is safe and lawful; record why not.</source>
        <translation>Informe al cliente cuando sea seguro y lícito; si no, registre por qué.</translation>
    </message>
    <message>
        <source>Disclose the minimum, do not disclose, or seek an order.</source>
        <translation>Divulgar lo mínimo, no divulgar o pedir una orden.</translation>
    </message>
    <message>
        <source>Exactly what goes out, to whom, how and when, and on which legal basis?</source>
        <translation>¿Qué se entrega exactamente, a quién, cómo, cuándo y con qué base legal?</translation>
    </message>
    <message>
        <source>Name it, and the rule or setting that makes it so. If none applies, nothing may be disclosed without the client&apos;s written authorization.</source>
        <translation>Nómbrela, junto con la norma o el ajuste que la hace aplicable. Si no se aplica ninguna, no se puede divulgar nada sin la autorización escrita del cliente.</translation>
    </message>
    <message>
        <source>Which exception applies, and is it mandatory or permissive?</source>
        <translation>¿Qué excepción se aplica, y es obligatoria o permisiva?</translation>
    </message>
    <message>
        <source>Name the statute or rule.</source>
        <translation>Indique la ley o la norma.</translation>
    </message>
    <message>
        <source>Write your reasoning and the facts weighed.</source>
        <translation>Escriba su razonamiento y los hechos que valoró.</translation>
    </message>
    <message>
        <source>Why is a disclosure necessary, or not?</source>
        <translation>¿Por qué es necesaria una divulgación, o por qué no?</translation>
    </message>
    <message>
        <source>The statute or rule that permits or requires this disclosure</source>
        <translation>La ley o la norma que permite o exige esta divulgación</translation>
    </message>
    <message>
        <source>Another situation where confidentiality may have to give way (for example a health-oversight request, a coroner, or your defense in a complaint the client brought). Work through the same steps: is it confidential, which exception, who you consulted, which rule, your reasoning, the minimum disclosed.</source>
        <translation>Otra situación en la que la confidencialidad puede tener que ceder (por ejemplo, una solicitud de supervisión sanitaria, un médico forense o su defensa en una queja presentada por el cliente). Siga los mismos pasos: si es confidencial, qué excepción, a quién consultó, qué norma, su razonamiento, lo mínimo divulgado.</translation>
    </message>
    <message>
        <source>Did you tell the client?</source>
        <translation>¿Informó al cliente?</translation>
    </message>
    <message>
        <source>Will you tell the client about the report?</source>
        <translation>¿Informará al cliente de la denuncia?</translation>
    </message>
    <message>
        <source>What exactly will you tell the agency, and how?</source>
        <translation>¿Qué comunicará exactamente al organismo, y cómo?</translation>
    </message>
    <message>
        <source>What exactly will you tell, to whom, and how?</source>
        <translation>¿Qué comunicará exactamente, a quién y cómo?</translation>
    </message>
    <message>
        <source>Exactly what goes out, to whom, how and when?</source>
        <translation>¿Qué se entrega exactamente, a quién, cómo y cuándo?</translation>
    </message>
    <message>
        <source>What gives you reasonable suspicion?</source>
        <translation>¿Qué le da una sospecha razonable?</translation>
    </message>
    <message>
        <source>Which exception applies?</source>
        <translation>¿Qué excepción se aplica?</translation>
    </message>
    <message>
        <source>Will you disclose?</source>
        <translation>¿Divulgará?</translation>
    </message>
    <message>
        <source>Will you report?</source>
        <translation>¿Presentará la denuncia?</translation>
    </message>
    <message>
        <source>Will you tell the client?</source>
        <translation>¿Informará al cliente?</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Adult protective services</source>
        <translation>Servicios de protección de adultos</translation>
    </message>
    <message>
        <source>Child protective services</source>
        <translation>Servicios de protección infantil</translation>
    </message>
    <message>
        <source>The court</source>
        <translation>El tribunal</translation>
    </message>
    <message>
        <source>The clerk of the court</source>
        <translation>La secretaría del tribunal</translation>
    </message>
    <message>
        <source>Crisis line or mobile crisis team (988)</source>
        <translation>Línea de crisis o equipo móvil de crisis (988)</translation>
    </message>
    <message>
        <source>Emergency contact named by the client</source>
        <translation>Contacto de emergencia indicado por el cliente</translation>
    </message>
    <message>
        <source>Emergency services (911)</source>
        <translation>Servicios de emergencia (911)</translation>
    </message>
    <message>
        <source>Authorized federal official</source>
        <translation>Funcionario federal autorizado</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Long-term care ombudsman</source>
        <translation>Defensor de residencias de larga estancia</translation>
    </message>
    <message>
        <source>The person threatened</source>
        <translation>La persona amenazada</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Whenever it is safe, tell the client what you are doing and why; it is usually possible.</source>
        <translation>Siempre que sea seguro, explique al cliente qué está haciendo y por qué; casi siempre es posible.</translation>
    </message>
    <message>
        <source>If you do, contact the people who can help now: emergency services (911 or 988), a crisis team, a hospital, or a support person the client named.</source>
        <translation>Si lo hace, contacte a quienes pueden ayudar ahora: los servicios de emergencia (911 o 988), un equipo de crisis, un hospital o una persona de apoyo que el cliente haya nombrado.</translation>
    </message>
    <message>
        <source>Will you contact someone to keep the client safe?</source>
        <translation>¿Contactará a alguien para mantener al cliente a salvo?</translation>
    </message>
    <message>
        <source>A serious and imminent threat to the client&apos;s own life or safety (45 CFR 164.512(j)(1)(i)). HIPAA permits it; choose mandatory if your state&apos;s law requires protective action.</source>
        <translation>Una amenaza grave e inminente para la vida o la seguridad del propio cliente (45 CFR 164.512(j)(1)(i)). HIPAA la permite; elija «obligatoria» si la ley de su estado exige tomar medidas de protección.</translation>
    </message>
    <message>
        <source>Serious and imminent threat to the client&apos;s own life or safety</source>
        <translation>Amenaza grave e inminente para la vida o la seguridad del propio cliente</translation>
    </message>
    <message>
        <source>Follow up after the crisis: the client&apos;s safety plan and the next session.</source>
        <translation>Haga seguimiento después de la crisis: el plan de seguridad del cliente y la próxima sesión.</translation>
    </message>
    <message>
        <source>Name the rule you rely on (45 CFR 164.512(j)(1)(i), your state&apos;s involuntary-hold statute).</source>
        <translation>Indique la norma en la que se basa (45 CFR 164.512(j)(1)(i), la ley de su estado sobre la internación involuntaria).</translation>
    </message>
    <message>
        <source>Weigh plan, intent, access to means and history of attempts, and what protects the client. Say why voluntary steps (a safety plan, a supported visit to an emergency room) were or were not enough.</source>
        <translation>Valore el plan, la intención, el acceso a medios y los intentos previos, y lo que protege al cliente. Explique por qué las medidas voluntarias (un plan de seguridad, acompañarlo a urgencias) bastaron o no.</translation>
    </message>
    <message>
        <source>How imminent is the risk?</source>
        <translation>¿Qué tan inminente es el riesgo?</translation>
    </message>
    <message>
        <source>no jurisdiction setting: HIPAA 45 CFR 164.512(j) permits it; state law may require it</source>
        <translation>sin ajuste de jurisdicción: HIPAA 45 CFR 164.512(j) lo permite; la ley estatal puede exigirlo</translation>
    </message>
    <message>
        <source>45 CFR 164.512(j)(1)(i); your state&apos;s involuntary-hold statute</source>
        <translation>45 CFR 164.512(j)(1)(i); la ley de su estado sobre la internación involuntaria</translation>
    </message>
    <message>
        <source>When a client is at imminent risk of ending their life or seriously harming themselves and cannot or will not keep safe voluntarily, you may contact emergency services, a crisis team, a hospital or someone who can keep them safe (HIPAA 45 CFR 164.512(j)); some states require protective action. Passive ideation without plan or intent usually does not meet the threshold. Safety first; document afterwards.</source>
        <translation>Cuando un cliente corre un riesgo inminente de quitarse la vida o de hacerse un daño grave y no puede o no quiere mantenerse a salvo voluntariamente, usted puede contactar a los servicios de emergencia, a un equipo de crisis, a un hospital o a alguien que pueda mantenerlo a salvo (HIPAA 45 CFR 164.512(j)); algunos estados exigen tomar medidas de protección. La ideación pasiva sin plan ni intención no suele alcanzar el umbral. Primero la seguridad; documente después.</translation>
    </message>
    <message>
        <source>Ask: who did you consult?</source>
        <translation>Consultar: ¿a quién consultó?</translation>
    </message>
    <message>
        <source>Telling the client</source>
        <translation>Informar al cliente</translation>
    </message>
    <message>
        <source>What goes out: the minimum</source>
        <translation>Lo que se entrega: lo mínimo</translation>
    </message>
    <message>
        <source>Duty: is this confidential?</source>
        <translation>Deber: ¿es confidencial?</translation>
    </message>
    <message>
        <source>Exception: which one applies?</source>
        <translation>Excepción: ¿cuál se aplica?</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Law: what rule are you relying on?</source>
        <translation>Ley: ¿en qué norma se basa?</translation>
    </message>
    <message>
        <source>Your clinical reasoning</source>
        <translation>Su razonamiento clínico</translation>
    </message>
    <message>
        <source>Notify the client (and their attorney if they have one) that their records were subpoenaed: the privilege is theirs to assert or waive.</source>
        <translation>Avise al cliente (y a su abogado, si lo tiene) de que se citaron sus registros: el privilegio es suyo, para hacerlo valer o renunciar a él.</translation>
    </message>
    <message>
        <source>Did you notify the client?</source>
        <translation>¿Avisó al cliente?</translation>
    </message>
    <message>
        <source>Seek an order / notify the client / consult counsel. The app will not record a disclosure for a subpoena alone.</source>
        <translation>Pedir una orden / avisar al cliente / consultar con un abogado. La aplicación no registrará una divulgación solo por una citación.</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>A subpoena alone never leads to a disclosure.</source>
        <translation>Una citación por sí sola nunca da lugar a una divulgación.</translation>
    </message>
    <message>
        <source>Nothing goes out.</source>
        <translation>No se entrega nada.</translation>
    </message>
    <message>
        <source>None yet: a subpoena without a court order permits no disclosure (45 CFR 164.512(e)(1)(ii) needs assurances, and state privilege law usually forbids it). Record that no exception applies.</source>
        <translation>Ninguna por ahora: una citación sin orden judicial no permite ninguna divulgación (el 45 CFR 164.512(e)(1)(ii) exige garantías, y la ley estatal del privilegio suele prohibirla). Registre que no se aplica ninguna excepción.</translation>
    </message>
    <message>
        <source>None: a subpoena alone permits no disclosure</source>
        <translation>Ninguna: una citación por sí sola no permite ninguna divulgación</translation>
    </message>
    <message>
        <source>Record who issued the subpoena, the case number and the response deadline.</source>
        <translation>Registre quién emitió la citación, el número de causa y el plazo para responder.</translation>
    </message>
    <message>
        <source>Note the records requested, the deadline, and whether a court order or the client&apos;s authorization came with it (if an order did, record a court-order decision instead).</source>
        <translation>Anote los registros solicitados, el plazo y si la acompañaba una orden judicial o la autorización del cliente (si venía con una orden, registre en su lugar una decisión por orden judicial).</translation>
    </message>
    <message>
        <source>What does the subpoena ask for, and by when?</source>
        <translation>¿Qué pide la citación, y para cuándo?</translation>
    </message>
    <message>
        <source>federal rule: 45 CFR 164.512(e)(1)(ii) (no jurisdiction setting)</source>
        <translation>norma federal: 45 CFR 164.512(e)(1)(ii) (sin ajuste de jurisdicción)</translation>
    </message>
    <message>
        <source>45 CFR 164.512(e)(1)(ii); your state&apos;s therapist-patient privilege</source>
        <translation>45 CFR 164.512(e)(1)(ii); el privilegio terapeuta-paciente de su estado</translation>
    </message>
    <message>
        <source>A subpoena alone is not a court order: it starts a legal process but does not let you release records. Do not send anything. Notify the client, consult counsel, and respond to the subpoena in time (often by asserting the privilege or objecting). Records go out only under a court order signed by a judge, or with the client&apos;s written authorization.</source>
        <translation>Una citación por sí sola no es una orden judicial: inicia un proceso legal, pero no le permite entregar registros. No envíe nada. Avise al cliente, consulte con un abogado y responda a la citación a tiempo (a menudo haciendo valer el privilegio u oponiéndose). Los registros solo se entregan con una orden judicial firmada por un juez o con la autorización escrita del cliente.</translation>
    </message>
    <message>
        <source>No consultation is recorded. If you consulted anyone, add it; if not, you may add it later.</source>
        <translation>No consta ninguna consulta. Si consultó a alguien, añádala; si no, puede añadirla más adelante.</translation>
    </message>
    <message>
        <source>No follow-up steps are listed.</source>
        <translation>No se indica ningún paso de seguimiento.</translation>
    </message>
    <message>
        <source>No statute or rule is named in the Law step.</source>
        <translation>El paso de la Ley no nombra ninguna ley ni reglamento.</translation>
    </message>
    <message>
        <source>Risk factors not assessed: {factors}.</source>
        <translation>Factores de riesgo sin evaluar: {factors}.</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permisivo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inexistente</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>intención</translation>
    </message>
    <message>
        <source>means</source>
        <translation>medios</translation>
    </message>
    <message>
        <source>identifiable victim</source>
        <translation>víctima identificable</translation>
    </message>
    <message>
        <source>history</source>
        <translation>antecedentes</translation>
    </message>
    <message>
        <source>US federal baseline (edit for your state)</source>
        <translation>Base federal de EE. UU. (ajústela a su estado)</translation>
    </message>
    <message>
        <source>abuse, neglect or exploitation of an elder or dependent adult</source>
        <translation>maltrato, negligencia o explotación de una persona mayor o un adulto dependiente</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intención:</translation>
    </message>
    <message>
        <source>Means:</source>
        <translation>Medios:</translation>
    </message>
    <message>
        <source>Identifiable victim:</source>
        <translation>Víctima identificable:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Antecedentes:</translation>
    </message>
    <message>
        <source>Yes, it is confidential</source>
        <translation>Sí, es confidencial</translation>
    </message>
    <message>
        <source>No, it is not confidential</source>
        <translation>No, no es confidencial</translation>
    </message>
    <message>
        <source>Mandatory: the law requires it</source>
        <translation>Obligatoria: la ley la exige</translation>
    </message>
    <message>
        <source>Permissive: the law allows it</source>
        <translation>Permisiva: la ley la permite</translation>
    </message>
    <message>
        <source>None applies</source>
        <translation>No se aplica ninguna</translation>
    </message>
    <message>
        <source>Yes, the client was told</source>
        <translation>Sí, se informó al cliente</translation>
    </message>
    <message>
        <source>No, not (yet)</source>
        <translation>No, (todavía) no</translation>
    </message>
    <message>
        <source>{0}. Step {1} of {2}.</source>
        <translation>{0}. Paso {1} de {2}.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Follow-up (one step per line):</source>
        <translation>Seguimiento (un paso por línea):</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>The client must not be told about this decision.</source>
        <translation>No se debe informar al cliente de esta decisión.</translation>
    </message>
    <message>
        <source>Told on:</source>
        <translation>Informado el:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Por qué no:</translation>
    </message>
    <message>
        <source>Client informed</source>
        <translation>Cliente informado</translation>
    </message>
    <message>
        <source>Date the client was told</source>
        <translation>Fecha en que se informó al cliente</translation>
    </message>
    <message>
        <source>Follow-up steps, one per line</source>
        <translation>Pasos de seguimiento, uno por línea</translation>
    </message>
    <message>
        <source>How the client was told</source>
        <translation>Cómo se informó al cliente</translation>
    </message>
    <message>
        <source>Why not, in a few words</source>
        <translation>Por qué no, en pocas palabras</translation>
    </message>
    <message>
        <source>Why the client was not told</source>
        <translation>Por qué no se informó al cliente</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>(none attached)</source>
        <translation>(ninguna adjunta)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Attach the scanned order to the chart first (Attachments tab).</source>
        <translation>Primero adjunte la orden escaneada al expediente (pestaña Adjuntos).</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Base:</translation>
    </message>
    <message>
        <source>Billing (sessions)</source>
        <translation>Facturación (sesiones)</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Número de causa:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Fechada el:</translation>
    </message>
    <message>
        <source>Drawing on:</source>
        <translation>A partir de:</translation>
    </message>
    <message>
        <source>Exactly what:</source>
        <translation>Qué exactamente:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juez:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Only the minimum necessary goes out</source>
        <translation>Solo se entrega lo mínimo necesario</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de evolución</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Copia firmada:</translation>
    </message>
    <message>
        <source>The court order</source>
        <translation>La orden judicial</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>A quién:</translation>
    </message>
    <message>
        <source>What goes out</source>
        <translation>Lo que se entrega</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>Recipient&apos;s address or phone</source>
        <translation>Dirección o teléfono del destinatario</translation>
    </message>
    <message>
        <source>Attached copy of the signed order</source>
        <translation>Copia adjunta de la orden firmada</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>Fecha de la orden</translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Decisión: {0}</translation>
    </message>
    <message>
        <source>Exactly what was disclosed</source>
        <translation>Qué se divulgó exactamente</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Minimum necessary confirmed</source>
        <translation>Mínimo necesario confirmado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Records it draws on</source>
        <translation>Registros de los que parte</translation>
    </message>
    <message>
        <source>Records the disclosure draws on</source>
        <translation>Registros de los que parte la divulgación</translation>
    </message>
    <message>
        <source>Report or reference number</source>
        <translation>Número de denuncia o de referencia</translation>
    </message>
    <message>
        <source>When it was disclosed</source>
        <translation>Cuándo se divulgó</translation>
    </message>
</context>
<context>
    <name>JurisdictionDialog</name>
    <message>
        <source>Age of consent for treatment:</source>
        <translation>Edad de consentimiento para el tratamiento:</translation>
    </message>
    <message>
        <source>Duty to warn:</source>
        <translation>Deber de advertir:</translation>
    </message>
    <message>
        <source>Elder abuse covers:</source>
        <translation>El maltrato a personas mayores abarca:</translation>
    </message>
    <message>
        <source>Elder abuse, from age:</source>
        <translation>Maltrato a personas mayores, desde la edad:</translation>
    </message>
    <message>
        <source>Jurisdiction settings</source>
        <translation>Configuración de la jurisdicción</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Jurisdicción:</translation>
    </message>
    <message>
        <source>Mandatory: the law requires protective action</source>
        <translation>Obligatorio: la ley exige tomar medidas de protección</translation>
    </message>
    <message>
        <source>None: no duty-to-warn statute</source>
        <translation>Ninguno: no hay ley sobre el deber de advertir</translation>
    </message>
    <message>
        <source>Permissive: the law allows a warning</source>
        <translation>Permisivo: la ley permite advertir</translation>
    </message>
    <message>
        <source>Saving settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <source>Age of consent for treatment</source>
        <translation>Edad de consentimiento para el tratamiento</translation>
    </message>
    <message>
        <source>Duty to warn</source>
        <translation>Deber de advertir</translation>
    </message>
    <message>
        <source>Elder-abuse reporting age</source>
        <translation>Maltrato a personas mayores, desde la edad</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>What the elder-abuse duty covers</source>
        <translation>Lo que abarca el maltrato a personas mayores</translation>
    </message>
</context>
<context>
    <name>decision_pages</name>
    <message>
        <source>Jurisdiction settings…</source>
        <translation>Configuración de la jurisdicción…</translation>
    </message>
    <message>
        <source>Edit the jurisdiction settings</source>
        <translation>Editar la configuración de la jurisdicción</translation>
    </message>
</context>
<context>
    <name>LawPage</name>
    <message>
        <source>Recorded with the decision:</source>
        <translation>Se registra con la decisión:</translation>
    </message>
    <message>
        <source>{0}. Duty to warn: {1}. Elder-abuse reporting from age {2} ({3}). Age of consent for treatment: {4}; age of majority: {5}. Change them if they do not match your state.</source>
        <translation>{0}. Deber de advertir: {1}. Denuncia de maltrato a personas mayores desde los {2} años ({3}). Edad de consentimiento para el tratamiento: {4}; mayoría de edad: {5}. Cámbielos si no corresponden a su estado.</translation>
    </message>
    <message>
        <source>Jurisdiction settings recorded</source>
        <translation>Configuración de la jurisdicción que se registra</translation>
    </message>
    <message>
        <source>Statute or rule relied on</source>
        <translation>Ley o norma en la que se basa</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Where it came from (e.g. said in today&apos;s session)</source>
        <translation>De dónde procede (p. ej., lo dijo en la sesión de hoy)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Where the information came from</source>
        <translation>De dónde procede la información</translation>
    </message>
</context>
<context>
    <name>ExceptionPage</name>
    <message>
        <source>Because of:</source>
        <translation>Debido a:</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Excepción:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Suggested from your jurisdiction settings; change anything that does not fit.</source>
        <translation>Sugerido a partir de la configuración de su jurisdicción; cambie lo que no corresponda.</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Tipo de excepción</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Jurisdiction setting that makes it so</source>
        <translation>Configuración de la jurisdicción que lo determina</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Add consultation</source>
        <translation>Añadir consulta</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name who you consulted and what they advised.</source>
        <translation>Indique a quién consultó y qué le aconsejó.</translation>
    </message>
    <message>
        <source>No time to consult? Go on; you can add it later.</source>
        <translation>¿No hay tiempo para consultar? Continúe; puede añadirlo más adelante.</translation>
    </message>
    <message>
        <source>What they advised:</source>
        <translation>Qué le aconsejó:</translation>
    </message>
    <message>
        <source>When, with whom:</source>
        <translation>Cuándo, con quién:</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>e.g. clinical supervisor, insurer&apos;s risk line</source>
        <translation>p. ej., supervisor clínico, línea de riesgos de la aseguradora</translation>
    </message>
    <message>
        <source>Consultation date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Consulted whom</source>
        <translation>A quién consultó</translation>
    </message>
    <message>
        <source>What they advised</source>
        <translation>Qué le aconsejó</translation>
    </message>
</context>
<context>
    <name>ReasoningPage</name>
    <message>
        <source>Risk factors weighed</source>
        <translation>Factores de riesgo valorados</translation>
    </message>
    <message>
        <source>The threat:</source>
        <translation>La amenaza:</translation>
    </message>
    <message>
        <source>Who is at risk:</source>
        <translation>Quién está en riesgo:</translation>
    </message>
    <message>
        <source>Clinical reasoning</source>
        <translation>Razonamiento clínico</translation>
    </message>
    <message>
        <source>Risk factor: {0}</source>
        <translation>Factor de riesgo: {0}</translation>
    </message>
    <message>
        <source>The threat, in a few words</source>
        <translation>La amenaza, en pocas palabras</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Quién está en riesgo</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>A date in this row reads only as {order}: the file seems to write dates that way. Choose {order} under “Dates written as” and run the dry run again.</source>
        <translation>Una fecha de esta fila solo se lee como {order}: parece que el archivo escribe así las fechas. Elija {order} en «Fechas escritas como» y vuelva a hacer la simulación.</translation>
    </message>
    <message>
        <source>A date in this row reads both ways (day and month could be swapped), and other rows write dates as {order}: left out so that it is not read wrongly. Choose the order under “Dates written as” and run the dry run again.</source>
        <translation>Una fecha de esta fila se lee de las dos maneras (el día y el mes podrían estar intercambiados) y otras filas escriben las fechas como {order}: se deja fuera para no leerla mal. Elija el orden en «Fechas escritas como» y vuelva a hacer la simulación.</translation>
    </message>
    <message>
        <source>A link to a file or folder elsewhere: not imported. Copy what it points to into the export folder if it belongs to it.</source>
        <translation>Un enlace a un archivo o carpeta de otro lugar: no se importa. Copie lo que enlaza dentro de la carpeta de la exportación si forma parte de ella.</translation>
    </message>
    <message>
        <source>Not an ordinary file (a pipe or a device): not imported.</source>
        <translation>No es un archivo normal (una tubería o un dispositivo): no se importa.</translation>
    </message>
    <message>
        <source>Chart {number} of {total}</source>
        <translation>Expediente {number} de {total}</translation>
    </message>
    <message>
        <source>Charts imported: {count}</source>
        <translation>Expedientes importados: {count}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <source>No name in this row.</source>
        <translation>Esta fila no tiene nombre.</translation>
    </message>
    <message>
        <source>A date in this row is not a date written {order} (the order chosen under “Dates written as”), nor written year-month-day.</source>
        <translation>Una fecha de esta fila no es una fecha escrita {order} (el orden elegido en «Fechas escritas como») ni escrita año-mes-día.</translation>
    </message>
    <message>
        <source>The same client appears twice in the file.</source>
        <translation>El mismo cliente aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>Not part of a client list.</source>
        <translation>No forma parte de una lista de clientes.</translation>
    </message>
    <message>
        <source>The file is over the 25 MB limit.</source>
        <translation>El archivo supera el límite de 25 MB.</translation>
    </message>
    <message>
        <source>The file is over the 25 MB limit: split it or attach it by hand.</source>
        <translation>El archivo supera el límite de 25 MB: divídalo o adjúntelo a mano.</translation>
    </message>
    <message>
        <source>Not a PDF, PNG or JPEG file.</source>
        <translation>No es un archivo PDF, PNG ni JPEG.</translation>
    </message>
    <message>
        <source>Not a PDF, PNG, JPEG or text file: the vault cannot keep this type.</source>
        <translation>No es un archivo PDF, PNG, JPEG ni de texto: la bóveda no puede guardar este tipo.</translation>
    </message>
    <message>
        <source>The PDF is password-protected: remove the password and import again.</source>
        <translation>El PDF está protegido con contraseña: quite la contraseña y vuelva a importar.</translation>
    </message>
    <message>
        <source>The PDF is damaged and its text cannot be read: it is attached as it came, and a search does not find its text.</source>
        <translation>El PDF está dañado y no se puede leer su texto: queda adjunto tal como llegó, y una búsqueda no encuentra su texto.</translation>
    </message>
    <message>
        <source>The file changed since the dry run: run the import again.</source>
        <translation>El archivo cambió después de la simulación: vuelva a ejecutar la importación.</translation>
    </message>
    <message>
        <source>The file could no longer be read (moved or deleted since the dry run).</source>
        <translation>El archivo ya no se pudo leer (se movió o se eliminó después de la simulación).</translation>
    </message>
    <message>
        <source>Not part of the export layout this importer reads.</source>
        <translation>No forma parte de la estructura de exportación que lee este importador.</translation>
    </message>
    <message>
        <source>A psychotherapy note with no text layer (a scan): it cannot be kept outside the psychotherapy compartment; add it there by hand.</source>
        <translation>Una nota de psicoterapia sin capa de texto (un escaneo): no se puede guardar fuera del compartimento de psicoterapia; agréguela allí a mano.</translation>
    </message>
    <message>
        <source>No text layer (a scan): kept as an attachment only, with no note text.</source>
        <translation>Sin capa de texto (un escaneo): se guarda solo como adjunto, sin texto de nota.</translation>
    </message>
    <message>
        <source>{title}: only the first {pages} of its {total} pages are searchable; the whole document is attached.</source>
        <translation>{title}: solo se pueden buscar las primeras {pages} de sus {total} páginas; el documento completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title}: the text of {pages} of its {total} pages was too large to read and is not searchable; the whole document is attached.</source>
        <translation>{title}: el texto de {pages} de sus {total} páginas era demasiado grande para leerlo y no se puede buscar; el documento completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title}: only its first {characters} characters are searchable; the whole document is attached.</source>
        <translation>{title}: solo se pueden buscar sus primeros {characters} caracteres; el documento completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title}: its text could not be read (its pages are larger than the import reads), so it is not searchable; the whole document is attached.</source>
        <translation>{title}: no se pudo leer su texto (sus páginas son más grandes de lo que lee la importación), así que no se puede buscar; el documento completo queda adjunto.</translation>
    </message>
    <message>
        <source>The psychotherapy notes were locked before they could be imported: run the import again (Vault &gt; Import…) and unlock them on its first page; it adds only what is missing.</source>
        <translation>Las notas de psicoterapia se bloquearon antes de poder importarlas: vuelva a ejecutar la importación (Bóveda &gt; Importar…) y desbloquéelas en su primera página; solo añade lo que falta.</translation>
    </message>
    <message>
        <source>The psychotherapy notes are locked: go Back to the first page and unlock them there to bring in psychotherapy notes.</source>
        <translation>Las notas de psicoterapia están bloqueadas: vuelva Atrás a la primera página y desbloquéelas allí para traer las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>Not a contact card (.vcf).</source>
        <translation>No es una tarjeta de contacto (.vcf).</translation>
    </message>
    <message>
        <source>Contact not imported: the file name is not &apos;&lt;Name&gt; - &lt;id&gt;.vcf&apos;.</source>
        <translation>Contacto no importado: el nombre del archivo no tiene la forma &apos;&lt;Nombre&gt; - &lt;id&gt;.vcf&apos;.</translation>
    </message>
    <message>
        <source>Contact not imported: the contact card is not UTF-8 text.</source>
        <translation>Contacto no importado: la tarjeta de contacto no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Contact not imported: the contact card is malformed (not a readable vCard).</source>
        <translation>Contacto no importado: la tarjeta de contacto está mal formada (no es una vCard legible).</translation>
    </message>
    <message>
        <source>Contact not imported: the contact card has no name (FN).</source>
        <translation>Contacto no importado: la tarjeta de contacto no tiene nombre (FN).</translation>
    </message>
    <message>
        <source>No contact card matches the client this file is filed under.</source>
        <translation>Ninguna tarjeta de contacto corresponde al cliente bajo el que está archivado este archivo.</translation>
    </message>
    <message>
        <source>The date of birth in the file matches no contact card of that name.</source>
        <translation>La fecha de nacimiento del archivo no corresponde a ninguna tarjeta de contacto con ese nombre.</translation>
    </message>
    <message>
        <source>{count} clients share this name and the file does not tell which one (no date of birth that tells them apart).</source>
        <translation>{count} clientes comparten este nombre y el archivo no indica cuál es (no hay una fecha de nacimiento que los distinga).</translation>
    </message>
    <message>
        <source>The chosen contact id is not in this export.</source>
        <translation>El id de contacto elegido no está en esta exportación.</translation>
    </message>
    <message>
        <source>The image is damaged (not a well-formed PNG or JPEG): it would never open. Save or scan it again, then import it.</source>
        <translation>La imagen está dañada (no es un PNG ni un JPEG bien formado): nunca se abriría. Guárdela o escanéela de nuevo e impórtela.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), as a download that did not finish leaves it: download it from SimplePractice again and import again.</source>
        <translation>El archivo está vacío (0 bytes), como lo deja una descarga que no terminó: descárguelo de nuevo de SimplePractice e impórtelo otra vez.</translation>
    </message>
    <message>
        <source>This contact's SimplePractice id was imported before for a different person (chart {chart_number}: another name or birth date): not imported, and none of its files are. If this export comes from another SimplePractice account, import it into a vault of its own or add its records by hand.</source>
        <translation>El id de SimplePractice de este contacto ya se importó para otra persona (expediente {chart_number}: otro nombre u otra fecha de nacimiento): no se importa, ni ninguno de sus archivos. Si esta exportación viene de otra cuenta de SimplePractice, impórtela en una bóveda propia o añada sus registros a mano.</translation>
    </message>
    <message>
        <source>Not imported: this file belongs to a contact whose SimplePractice id the vault already holds for a different person (see that contact's line).</source>
        <translation>No se importa: este archivo es de un contacto cuyo id de SimplePractice la bóveda ya tiene para otra persona (vea la línea de ese contacto).</translation>
    </message>
    <message>
        <source>Not imported: a different note with this SimplePractice id is already in the vault (another file, or another chart). Compare them and add this one by hand if it belongs here.</source>
        <translation>No se importa: ya hay en la bóveda otra nota con este id de SimplePractice (otro archivo u otro expediente). Compárelas y añada esta a mano si corresponde aquí.</translation>
    </message>
    <message>
        <source>A chart with this name and birth date already exists ({chart_number}, {status}). The import makes a separate chart: if this is the same person, their records will be split over two charts.</source>
        <translation>Ya existe un expediente con este nombre y esta fecha de nacimiento ({chart_number}, {status}). La importación crea un expediente aparte: si es la misma persona, sus registros quedarán repartidos en dos expedientes.</translation>
    </message>
    <message>
        <source>Chart not imported: its chart is gone.</source>
        <translation>Expediente no importado: su expediente ya no existe.</translation>
    </message>
    <message>
        <source>Chart not imported: its documents were removed while it was being imported. Run the import again to bring it in.</source>
        <translation>Expediente no importado: sus documentos se eliminaron mientras se importaba. Vuelva a ejecutar la importación para traerlo.</translation>
    </message>
    <message>
        <source>Chart not imported: {refusal}.</source>
        <translation>{refusal} (expediente no importado).</translation>
    </message>
    <message>
        <source>Psychotherapy notes not imported: {refusal}.</source>
        <translation>{refusal} (notas de psicoterapia no importadas).</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>{title} of {date}: text cut after {pages} of its {total} pages; the whole PDF is attached.</source>
        <translation>{title} del {date}: texto cortado tras {pages} de sus {total} páginas; el PDF completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title} of {date}: text cut: the text of {pages} of its {total} pages was too large to read; the whole PDF is attached.</source>
        <translation>{title} del {date}: texto cortado: el texto de {pages} de sus {total} páginas era demasiado grande para leerlo; el PDF completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title} of {date}: text cut after {characters} characters; the whole PDF is attached.</source>
        <translation>{title} del {date}: texto cortado tras {characters} caracteres; el PDF completo queda adjunto.</translation>
    </message>
    <message>
        <source>{title} of {date}: no text could be read (its pages are larger than the import reads); kept as the PDF only, with no note text.</source>
        <translation>{title} del {date}: no se pudo leer el texto (sus páginas son más grandes de lo que lee la importación); se guarda solo el PDF, sin texto de nota.</translation>
    </message>
    <message>
        <source>{title} of {date}: the PDF is damaged and its text cannot be read; the original PDF is attached to the chart, with no note text. Download it from SimplePractice again to read it.</source>
        <translation>{title} del {date}: el PDF está dañado y no se puede leer su texto; el PDF original queda adjunto al expediente, sin texto de nota. Descárguelo de nuevo de SimplePractice para leerlo.</translation>
    </message>
    <message>
        <source>{title} of {date}: the PDF is damaged and its text cannot be read; the note is kept with its original PDF and a line saying so. Download it from SimplePractice again to read it.</source>
        <translation>{title} del {date}: el PDF está dañado y no se puede leer su texto; la nota se guarda con su PDF original y una línea que lo dice. Descárguelo de nuevo de SimplePractice para leerlo.</translation>
    </message>
    <message>
        <source>{title} of {date}: the readable PDF filled the draft kept when the note came in damaged; its original PDF is now this one.</source>
        <translation>{title} del {date}: el PDF legible completó el borrador guardado cuando la nota llegó dañada; su PDF original es ahora este.</translation>
    </message>
    <message>
        <source>{title} of {date}: not filled in, as its draft was signed meanwhile; a signed note is never changed.</source>
        <translation>{title} del {date}: no se completó, porque su borrador se firmó mientras tanto; una nota firmada nunca se cambia.</translation>
    </message>
    <message>
        <source>{title} of {date}: not filled in, as its draft was discarded or filled meanwhile; import again to bring it in.</source>
        <translation>{title} del {date}: no se completó, porque su borrador se descartó o se completó mientras tanto; importe de nuevo para traerla.</translation>
    </message>
    <message>
        <source>{title} of {date}: not filled in, as its text and what was typed into its draft are longer together than a note holds; copy the words typed elsewhere, delete them, and import again.</source>
        <translation>{title} del {date}: no se completó, porque su texto y lo escrito en su borrador juntos son más largos de lo que cabe en una nota; copie en otro sitio lo escrito, bórrelo e importe de nuevo.</translation>
    </message>
</context>
<context>
    <name>RekeyWords</name>
    <message>
        <source>Proving the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Re-encrypting every compartment under fresh keys…</source>
        <translation>Volviendo a cifrar cada compartimento con claves nuevas…</translation>
    </message>
    <message>
        <source>Putting the copies in place and wrapping every key under a new master key…</source>
        <translation>Poniendo las copias en su lugar y protegiendo cada clave con una nueva clave maestra…</translation>
    </message>
    <message>
        <source>Wrapping every key under a new master key…</source>
        <translation>Protegiendo cada clave con una nueva clave maestra…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>OfferedFileNames</name>
    <message>
        <source>destruction-certificate-{chart}-{day}.pdf</source>
        <translation>certificado-de-destruccion-{chart}-{day}.pdf</translation>
    </message>
    <message>
        <source>restored-{backup}</source>
        <translation>restaurada-{backup}</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
</context>
<context>
    <name>SameDayChoice</name>
    <message>
        <source>Session already recorded that day</source>
        <translation>Sesión ya registrada ese día</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem with the form</source>
        <translation>Problema con el formulario</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Confirm PDF password</source>
        <translation>Confirmar la contraseña del PDF</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>lock_words</name>
    <message>
        <source>Locked.</source>
        <translation>Bloqueada.</translation>
    </message>
    <message>
        <source>Locked after a period without activity.</source>
        <translation>Bloqueada tras un periodo sin actividad.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Bloqueada porque la computadora entró en reposo.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Bloqueada porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>Opened another vault: %1</source>
        <translation>Se abrió otra bóveda: %1</translation>
    </message>
</context>
<context>
    <name>BackupCheckWords</name>
    <message>
        <source>records</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>psychotherapy</source>
        <translation>psicoterapia</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>suma de comprobación</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>part hashes</source>
        <translation>hashes de las partes</translation>
    </message>
    <message>
        <source>part hashes (when the file was read back after it was written)</source>
        <translation>hashes de las partes (al releer el archivo después de escribirlo)</translation>
    </message>
    <message>
        <source>header MAC</source>
        <translation>MAC de la cabecera</translation>
    </message>
    <message>
        <source>snapshot authentication</source>
        <translation>autenticación de la instantánea</translation>
    </message>
    <message>
        <source>every chunk&apos;s authentication and keyed hash</source>
        <translation>autenticación y hash con clave de cada fragmento</translation>
    </message>
    <message>
        <source>part sizes</source>
        <translation>tamaños de las partes</translation>
    </message>
    <message>
        <source>every compartment page</source>
        <translation>cada página de cada compartimento</translation>
    </message>
    <message>
        <source>ledger chain</source>
        <translation>cadena del registro de auditoría</translation>
    </message>
    <message>
        <source>ledger ends at the recorded entry</source>
        <translation>el registro de auditoría termina en la entrada anotada</translation>
    </message>
    <message>
        <source>psychotherapy.db is locked: its bytes are checked by the authentication only</source>
        <translation>psychotherapy.db está bloqueado: sus bytes solo se comprueban con la autenticación</translation>
    </message>
    <message>
        <source>every page of records.db and ledger.db (psychotherapy.db is locked: its bytes are checked by the backup&apos;s authentication; unlock it, or give the passphrase, to check its pages)</source>
        <translation>cada página de records.db y ledger.db (psychotherapy.db está bloqueado: sus bytes se comprueban con la autenticación de la copia; desbloquéelo, o escriba la frase de contraseña, para comprobar sus páginas)</translation>
    </message>
    <message>
        <source>every page of records.db and ledger.db (psychotherapy.db is locked: its bytes are checked by the snapshot&apos;s authentication; unlock it, or give the passphrase, to check its pages)</source>
        <translation>cada página de records.db y ledger.db (psychotherapy.db está bloqueado: sus bytes se comprueban con la autenticación de la instantánea; desbloquéelo, o escriba la frase de contraseña, para comprobar sus páginas)</translation>
    </message>
    <message>
        <source>every page, the ledger chain and the attachments were checked when the backup was made (app %1; pages of %2); the backup&apos;s authentication proves it holds those bytes</source>
        <translation>cada página, la cadena del registro de auditoría y los adjuntos se comprobaron cuando se hizo la copia (aplicación %1; páginas de %2); la autenticación de la copia prueba que contiene esos bytes</translation>
    </message>
    <message>
        <source>every page, the ledger chain and the attachments were checked when the snapshot was made (app %1; pages of %2); the snapshot&apos;s authentication proves it holds those bytes</source>
        <translation>cada página, la cadena del registro de auditoría y los adjuntos se comprobaron cuando se hizo la instantánea (aplicación %1; páginas de %2); la autenticación de la instantánea prueba que contiene esos bytes</translation>
    </message>
    <message>
        <source>every page, the ledger chain and the attachments were checked when a destruction&apos;s purge rewrote the backup (app %1; pages of %2); the backup&apos;s authentication proves it holds those bytes</source>
        <translation>cada página, la cadena del registro de auditoría y los adjuntos se comprobaron cuando la purga de una destrucción reescribió la copia (aplicación %1; páginas de %2); la autenticación de la copia prueba que contiene esos bytes</translation>
    </message>
    <message>
        <source>every page, the ledger chain and the attachments were checked when a destruction&apos;s purge rewrote the snapshot (app %1; pages of %2); the snapshot&apos;s authentication proves it holds those bytes</source>
        <translation>cada página, la cadena del registro de auditoría y los adjuntos se comprobaron cuando la purga de una destrucción reescribió la instantánea (aplicación %1; páginas de %2); la autenticación de la instantánea prueba que contiene esos bytes</translation>
    </message>
    <message>
        <source>the ledger chain was walked from entry %1 then; the entries before it when the backup&apos;s previous record was made</source>
        <translation>la cadena del registro de auditoría se recorrió entonces desde la entrada %1; las entradas anteriores, cuando se hizo el registro anterior de la copia</translation>
    </message>
    <message>
        <source>the ledger chain was walked from entry %1 then; the entries before it when the snapshot&apos;s previous record was made</source>
        <translation>la cadena del registro de auditoría se recorrió entonces desde la entrada %1; las entradas anteriores, cuando se hizo el registro anterior de la instantánea</translation>
    </message>
    <message>
        <source>the backup was purged since (app %1): every page it rewrote and the rewritten compartments&apos; structure were checked then; the rest is as checked at creation</source>
        <translation>La copia se purgó después (aplicación %1): cada página que reescribió y la estructura de los compartimentos reescritos se comprobaron entonces; el resto está como se comprobó al crearla</translation>
    </message>
    <message>
        <source>the snapshot was purged since (app %1): every page it rewrote and the rewritten compartments&apos; structure were checked then; the rest is as checked at creation</source>
        <translation>La instantánea se purgó después (aplicación %1): cada página que reescribió y la estructura de los compartimentos reescritos se comprobaron entonces; el resto está como se comprobó al crearla</translation>
    </message>
    <message>
        <source>every page of %1 checked now</source>
        <translation>cada página de %1 comprobada ahora</translation>
    </message>
</context>
<context>
    <name>DestructionStopWords</name>
    <message>
        <source>the backups in {folder} are on a drive that cannot be written</source>
        <translation>las copias de {folder} están en una unidad en la que no se puede escribir</translation>
    </message>
    <message>
        <source>a disk is full (the vault's or a backup drive's)</source>
        <translation>un disco está lleno (el de la bóveda o el de una unidad de copias)</translation>
    </message>
    <message>
        <source>a drive or the system refused to read or write a file (a drive disconnected, a permission, an input/output error)</source>
        <translation>una unidad o el sistema rechazó leer o escribir un archivo (una unidad desconectada, un permiso, un error de entrada/salida)</translation>
    </message>
    <message>
        <source>another window of the app, or a command, was writing into the vault or a backup folder</source>
        <translation>otra ventana de la aplicación, o un comando, estaba escribiendo en la bóveda o en una carpeta de copias</translation>
    </message>
    <message>
        <source>a file did not check (a backup's purged copy, or a vault file); the old copy was kept</source>
        <translation>un archivo no superó la comprobación (la copia purgada de una copia de seguridad, o un archivo de la bóveda); se conservó la copia anterior</translation>
    </message>
    <message>
        <source>the audit log (ledger) failed its check</source>
        <translation>el registro de auditoría no superó su comprobación</translation>
    </message>
    <message>
        <source>the psychotherapy notes were locked</source>
        <translation>las notas de psicoterapia estaban bloqueadas</translation>
    </message>
    <message>
        <source>a step was refused</source>
        <translation>se rechazó un paso</translation>
    </message>
    <message>
        <source>an unexpected error in the app</source>
        <translation>un error inesperado de la aplicación</translation>
    </message>
    <message>
        <source>A chart's destruction could not be finished: {reason}. Choose Finish now in Records &gt; Destructions and certificates once that is put right; the app also tries at each unlock.</source>
        <translation>La destrucción de un expediente no se pudo terminar: {reason}. Elija Terminar ahora en Registros &gt; Destrucciones y certificados cuando eso esté resuelto; la aplicación también lo intenta en cada desbloqueo.</translation>
    </message>
    <message>
        <source>A chart's destruction could not be finished at this unlock; Records &gt; Destructions and certificates says why, and Finish now there tries again.</source>
        <translation>La destrucción de un expediente no se pudo terminar en este desbloqueo; Registros &gt; Destrucciones y certificados indica por qué, y Terminar ahora, allí, lo intenta de nuevo.</translation>
    </message>
    <message>
        <source>This destruction was started and is not finished: the chart's records can no longer be opened or changed. Its last try stopped because {reason}. Put that right, then choose Finish now; the app also tries at each unlock.</source>
        <translation>Esta destrucción se inició y no ha terminado: los registros del expediente ya no se pueden abrir ni cambiar. Su último intento se detuvo porque {reason}. Resuelva eso y elija Terminar ahora; la aplicación también lo intenta en cada desbloqueo.</translation>
    </message>
    <message>
        <source>Choose Finish now in Records &gt; Destructions and certificates; the app also tries again at each unlock.</source>
        <translation>Elija Terminar ahora en Registros &gt; Destrucciones y certificados; la aplicación también lo intenta de nuevo en cada desbloqueo.</translation>
    </message>
    <message>
        <source>Check the backup drive, then choose Purge the backups now again in Records &gt; Destructions and certificates.</source>
        <translation>Revise la unidad de copias y elija de nuevo Purgar ahora las copias en Registros &gt; Destrucciones y certificados.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsSystem</name>
    <message>
        <source>That goal is not in this client&apos;s treatment plan.</source>
        <translation>Ese objetivo no está en el plan de tratamiento de este cliente.</translation>
    </message>
    <message>
        <source>No authorization with that id.</source>
        <translation>No hay ninguna autorización con ese identificador.</translation>
    </message>
    <message>
        <source>A guardian in the split is not recorded for this client.</source>
        <translation>Uno de los tutores del reparto no está registrado para este cliente.</translation>
    </message>
    <message>
        <source>No session with that id in this chart.</source>
        <translation>No hay ninguna sesión con ese identificador en este expediente.</translation>
    </message>
    <message>
        <source>No confidentiality decision with that id.</source>
        <translation>No hay ninguna decisión de confidencialidad con ese identificador.</translation>
    </message>
    <message>
        <source>No snippet with that trigger.</source>
        <translation>No hay ningún texto con ese atajo.</translation>
    </message>
    <message>
        <source>No legal hold with id {id}.</source>
        <translation>No hay ninguna retención legal con el identificador {id}.</translation>
    </message>
    <message>
        <source>No personal representative with that id for this client.</source>
        <translation>Este cliente no tiene ningún representante personal con ese identificador.</translation>
    </message>
    <message>
        <source>No request with that id.</source>
        <translation>No hay ninguna solicitud con ese identificador.</translation>
    </message>
    <message>
        <source>No review for that request.</source>
        <translation>Esa solicitud no tiene ninguna revisión registrada.</translation>
    </message>
    <message>
        <source>No restriction with that id.</source>
        <translation>No hay ninguna restricción con ese identificador.</translation>
    </message>
    <message>
        <source>No measure with that id.</source>
        <translation>No hay ninguna escala con ese identificador.</translation>
    </message>
    <message>
        <source>No failed destruction with id {id}.</source>
        <translation>No hay ninguna destrucción fallida con el identificador {id}.</translation>
    </message>
    <message>
        <source>No completed destruction with certificate id {id}.</source>
        <translation>No hay ninguna destrucción terminada con el certificado {id}.</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes before destroying records: they are part of the chart.</source>
        <translation>Desbloquee las notas de psicoterapia antes de destruir registros: forman parte del expediente.</translation>
    </message>
    <message>
        <source>An attachment&apos;s chart key is missing from the vault.</source>
        <translation>Falta en la bóveda la clave del expediente de un adjunto.</translation>
    </message>
    <message>
        <source>An attachment&apos;s stored file is damaged or does not belong to this chart.</source>
        <translation>El archivo guardado de un adjunto está dañado o no pertenece a este expediente.</translation>
    </message>
    <message>
        <source>An attachment&apos;s stored file is missing from the vault folder.</source>
        <translation>Falta en la carpeta de la bóveda el archivo guardado de un adjunto.</translation>
    </message>
    <message>
        <source>This vault is protected by a device secret kept in the system keyring, and no keyring is available.</source>
        <translation>Esta bóveda está protegida por un secreto del dispositivo guardado en el llavero del sistema, y no hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>This vault&apos;s device secret is missing from the system keyring.</source>
        <translation>Falta en el llavero del sistema el secreto del dispositivo de esta bóveda.</translation>
    </message>
    <message>
        <source>Another window of the app, or a command, is writing into the backup folder (a backup, a purge or a clean-up of another copy of this vault). Nothing was written.</source>
        <translation>Otra ventana de la aplicación, o un comando, está escribiendo en la carpeta de copias (una copia, una purga o la limpieza de otra copia de esta bóveda). No se escribió nada.</translation>
    </message>
    <message>
        <source>This file is not a backup made by this app, or it is damaged.</source>
        <translation>Este archivo no es una copia de seguridad hecha por esta aplicación, o está dañado.</translation>
    </message>
    <message>
        <source>The newest backup in the backup folder is of another copy of this vault, with records this copy does not have (a copy restored from a backup, or the vault such a copy was made from). Nothing was written: backing up here would mix the two, and the rotation could remove the other copy&apos;s backups.</source>
        <translation>La copia más reciente de la carpeta de copias es de otra copia de esta bóveda, con registros que esta copia no tiene (una copia restaurada desde una copia de seguridad, o la bóveda de la que se hizo esa copia). No se escribió nada: hacer copias aquí mezclaría las dos, y la rotación podría eliminar las copias de la otra.</translation>
    </message>
    <message>
        <source>The newest snapshot in the backup folder does not open with this vault&apos;s keys: it is another vault&apos;s, a snapshot of a copy of this vault that replaced every key, or damaged. Nothing was written: backing up here would mix two lines of backups in one folder.</source>
        <translation>La instantánea más reciente de la carpeta de copias no se abre con las claves de esta bóveda: es de otra bóveda, de una copia de esta bóveda que sustituyó todas las claves, o está dañada. No se escribió nada: hacer copias aquí mezclaría dos series de copias en una misma carpeta.</translation>
    </message>
    <message>
        <source>A purged snapshot&apos;s part is missing from the repository; the old snapshot was kept.</source>
        <translation>Falta en el repositorio una parte de una instantánea purgada; se conservó la instantánea anterior.</translation>
    </message>
    <message>
        <source>The purged copy of a compartment did not check; the old snapshot was kept.</source>
        <translation>La copia purgada de un compartimento no superó la comprobación; se conservó la instantánea anterior.</translation>
    </message>
    <message>
        <source>A part of the purged snapshot did not read back as written; the old snapshot was kept.</source>
        <translation>Una parte de la instantánea purgada no se leyó tal como se escribió; se conservó la instantánea anterior.</translation>
    </message>
    <message>
        <source>A purged snapshot manifest did not read back as written; the old one was kept.</source>
        <translation>El índice de una instantánea purgada no se leyó tal como se escribió; se conservó el anterior.</translation>
    </message>
    <message>
        <source>The ledger (ledger.db) ends at entry {ends}, but vault.header last recorded entry {recorded}: ledger.db was rolled back to an older copy or truncated.</source>
        <translation>El registro de auditoría (ledger.db) termina en la entrada {ends}, pero vault.header registró por última vez la entrada {recorded}: ledger.db se sustituyó por una copia anterior o se truncó.</translation>
    </message>
    <message>
        <source>The ledger failed verification.</source>
        <translation>El registro de auditoría no superó la verificación.</translation>
    </message>
    <message>
        <source>It may have been removed meanwhile, in another window: close this window and open it again.</source>
        <translation>Puede que se haya eliminado entretanto, en otra ventana: cierre esta ventana y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>Records &gt; Destructions and certificates lists every destruction.</source>
        <translation>Registros &gt; Destrucciones y certificados muestra todas las destrucciones.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup to get the attachment back (Vault &gt; Backups…, Restore the selected backup…).</source>
        <translation>Restaure la bóveda desde una copia de seguridad para recuperar el adjunto (Bóveda &gt; Copias de seguridad…, Restaurar la copia elegida…).</translation>
    </message>
    <message>
        <source>Check the backup drive, then choose Purge the backups now again in Records &gt; Destructions and certificates.</source>
        <translation>Revise la unidad de copias y elija de nuevo Purgar ahora las copias en Registros &gt; Destrucciones y certificados.</translation>
    </message>
    <message>
        <source>Use your Emergency Kit to recover access: Recover with Emergency Kit… in the unlock window.</source>
        <translation>Use su Kit de emergencia para recuperar el acceso: Recuperar con el Kit de emergencia…, en la ventana de desbloqueo.</translation>
    </message>
    <message>
        <source>Choose another folder in Back up to, then Save.</source>
        <translation>Elija otra carpeta en Copiar en y pulse Guardar.</translation>
    </message>
    <message>
        <source>Restore from your latest verified backup: Restore from a backup, in the unlock window.</source>
        <translation>Restaure su última copia verificada: Restaurar desde una copia de seguridad, en la ventana de desbloqueo.</translation>
    </message>
    <message>
        <source>Unlock them, then try again.</source>
        <translation>Desbloquéelas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Let it finish, then try again. If no other copy of the app is running, restart the computer.</source>
        <translation>Espere a que termine y vuelva a intentarlo. Si no hay otra copia de la aplicación abierta, reinicie la computadora.</translation>
    </message>
    <message>
        <source>Choose a backup file made with this app (Vault &gt; Backups…, Back up now).</source>
        <translation>Elija un archivo de copia hecho con esta aplicación (Bóveda &gt; Copias de seguridad…, Hacer una copia ahora).</translation>
    </message>
    <message>
        <source>The client is {age}, a minor under your age of consent for treatment ({consent}): their personal representative exercises the right of access for them (45 CFR 164.502(g)(1), (g)(3)), so the copy goes to them, not to the client. Send it to: {names}.</source>
        <translation>El cliente tiene {age} años, es menor de su edad de consentimiento para el tratamiento ({consent}): su representante personal ejerce en su nombre el derecho de acceso (45 CFR 164.502(g)(1), (g)(3)), así que la copia se entrega al representante, no al cliente. Envíela a: {names}.</translation>
    </message>
    <message>
        <source>Record the form as signed by the representative: under Signer is, choose A personal representative.</source>
        <translation>Registre el formulario como firmado por el representante: en El firmante es, elija Un representante personal.</translation>
    </message>
    <message>
        <source>Give the copy to the representative: choose them under Send the copy to.</source>
        <translation>Entregue la copia al representante: elíjalo en Enviar la copia a.</translation>
    </message>
    <message>
        <source>A restore into this folder was interrupted and cannot be finished safely. Nothing was changed.</source>
        <translation>Una restauración en esta carpeta se interrumpió y no se puede terminar con seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore your latest backup into this folder again (Restore from a backup, in the unlock window; what is in the folder now is kept as another safety copy).</source>
        <translation>Restaure de nuevo su última copia en esta carpeta (Restaurar desde una copia de seguridad, en la ventana de desbloqueo; lo que hay ahora en la carpeta se guarda como otra copia de resguardo).</translation>
    </message>
    <message>
        <source>The vault as it was before the restore is kept in the safety copy {safety}: open that folder instead, or restore your latest backup into this folder again (Restore from a backup, in the unlock window; what is in the folder now is kept as another safety copy).</source>
        <translation>La bóveda tal como estaba antes de la restauración se guarda en la copia de resguardo {safety}: abra esa carpeta en su lugar, o restaure de nuevo su última copia en esta carpeta (Restaurar desde una copia de seguridad, en la ventana de desbloqueo; lo que hay ahora en la carpeta se guarda como otra copia de resguardo).</translation>
    </message>
    <message>
        <source>Of the chosen items, {count} are not of this client.</source>
        <translation>De los elementos elegidos, {count} no son de este cliente.</translation>
    </message>
    <message>
        <source>This note is signed: the session it documents is part of what was signed, and a signed note is never changed.</source>
        <translation>Esta nota está firmada: la sesión que documenta forma parte de lo que se firmó, y una nota firmada nunca se cambia.</translation>
    </message>
    <message>
        <source>Add an addendum saying which session the note documents (its date and time); the session stays in the chart as it is.</source>
        <translation>Añada una adenda que diga qué sesión documenta la nota (su fecha y hora); la sesión queda en el expediente tal como está.</translation>
    </message>
    <message>
        <source>A vault already exists in that folder; it was not touched by this restore.</source>
        <translation>Ya hay una bóveda en esa carpeta; esta restauración no la tocó.</translation>
    </message>
    <message>
        <source>No attachment with that id in this chart.</source>
        <translation>No hay ningún adjunto con ese identificador en este expediente.</translation>
    </message>
    <message>
        <source>No goal with that id in this plan.</source>
        <translation>No hay ningún objetivo con ese identificador en este plan.</translation>
    </message>
    <message>
        <source>This chart is being destroyed.</source>
        <translation>Este expediente se está destruyendo.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>El adjunto está vacío.</translation>
    </message>
    <message>
        <source>The attachment is too large (at most {max_mib} MB).</source>
        <translation>El adjunto es demasiado grande (como máximo {max_mib} MB).</translation>
    </message>
    <message>
        <source>The attachment is not a PDF, PNG or JPEG file.</source>
        <translation>El adjunto no es un archivo PDF, PNG ni JPEG.</translation>
    </message>
    <message>
        <source>Nothing of it can be opened any more.</source>
        <translation>Ya no se puede abrir nada de él.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution (200 dpi is enough to read a signature) or in black and white, or scan it in parts and attach each.</source>
        <translation>Escanéelo de nuevo con menos resolución (200 ppp bastan para leer una firma) o en blanco y negro, o escanéelo por partes y adjunte cada una.</translation>
    </message>
    <message>
        <source>Scan the document as PDF or image and attach that.</source>
        <translation>Escanee el documento como PDF o imagen y adjunte eso.</translation>
    </message>
    <message>
        <source>No attachment with that id.</source>
        <translation>No hay ningún adjunto con ese identificador.</translation>
    </message>
    <message>
        <source>No guardian with that id in this chart.</source>
        <translation>No hay ningún tutor con ese identificador en este expediente.</translation>
    </message>
    <message>
        <source>No progress note with that id.</source>
        <translation>No hay ninguna nota de evolución con ese identificador.</translation>
    </message>
    <message>
        <source>No psychotherapy note with that id.</source>
        <translation>No hay ninguna nota de psicoterapia con ese identificador.</translation>
    </message>
    <message>
        <source>No session with that id.</source>
        <translation>No hay ninguna sesión con ese identificador.</translation>
    </message>
    <message>
        <source>Unlock them with Unlock psychotherapy notes, on the chart&apos;s Psychotherapy tab.</source>
        <translation>Desbloquéelas con Desbloquear las notas de psicoterapia, en la pestaña Psicoterapia del expediente.</translation>
    </message>
    <message>
        <source>Unlock them with Unlock psychotherapy notes, on the chart&apos;s Psychotherapy tab, and try again.</source>
        <translation>Desbloquéelas con Desbloquear las notas de psicoterapia, en la pestaña Psicoterapia del expediente, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock it and try again.</source>
        <translation>Desbloquéela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Set it back to scheduled first, or schedule a new one.</source>
        <translation>Vuelva a ponerla como programada primero, o programe una nueva.</translation>
    </message>
    <message>
        <source>The psychotherapy notes are locked.</source>
        <translation>Las notas de psicoterapia están bloqueadas.</translation>
    </message>
    <message>
        <source>The psychotherapy notes are locked, and this needs them.</source>
        <translation>Las notas de psicoterapia están bloqueadas, y esto las necesita.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Only a scheduled appointment can be moved; this one is {status}.</source>
        <translation>Solo se puede mover una cita programada; esta está {status}.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app.</source>
        <translation>Esta copia la hizo una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>This snapshot was made by a newer version of the app.</source>
        <translation>Esta instantánea la hizo una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>That is a backup folder, not one backup.</source>
        <translation>Eso es una carpeta de copias, no una copia.</translation>
    </message>
    <message>
        <source>That is a folder, not a backup file.</source>
        <translation>Eso es una carpeta, no un archivo de copia.</translation>
    </message>
    <message>
        <source>That backup file does not exist.</source>
        <translation>Ese archivo de copia no existe.</translation>
    </message>
    <message>
        <source>That file is not a backup made by this app (or it is damaged).</source>
        <translation>Ese archivo no es una copia hecha por esta aplicación (o está dañado).</translation>
    </message>
    <message>
        <source>Install the newest version to restore it.</source>
        <translation>Instale la versión más reciente para restaurarla.</translation>
    </message>
    <message>
        <source>Choose one of its snapshots (in its snapshots folder, the newest last by name).</source>
        <translation>Elija una de sus instantáneas (en su carpeta snapshots; la más reciente es la última por nombre).</translation>
    </message>
    <message>
        <source>A backup file is named vault-backup-DATE.vaultbackup; a snapshot is a snap-….vrs file in a backup folder&apos;s snapshots folder.</source>
        <translation>Un archivo de copia se llama vault-backup-FECHA.vaultbackup; una instantánea es un archivo snap-….vrs de la carpeta snapshots de una carpeta de copias.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>On {day}, the day the form was signed, the client was {age}, a minor under your age of consent for treatment ({consent}): their personal representative signs an authorization for them, with a description of their authority (45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)). Who may sign: {names}.</source>
        <translation>El {day}, día en que se firmó el formulario, el cliente tenía {age} años, menor de su edad de consentimiento para el tratamiento ({consent}): su representante personal firma la autorización en su nombre, con una descripción de su autoridad (45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)). Quién puede firmar: {names}.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsUnlock</name>
    <message>
        <source>The vault header is damaged.</source>
        <translation>La cabecera de la bóveda está dañada.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app.</source>
        <translation>Esta bóveda se creó con una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>The vault header (vault.header) is missing.</source>
        <translation>Falta la cabecera de la bóveda (vault.header).</translation>
    </message>
    <message>
        <source>The vault header was altered: its authentication code does not match.</source>
        <translation>La cabecera de la bóveda fue alterada: su código de autenticación no coincide.</translation>
    </message>
    <message>
        <source>A key in the vault header is damaged or was altered.</source>
        <translation>Una clave de la cabecera de la bóveda está dañada o fue alterada.</translation>
    </message>
    <message>
        <source>A key is missing from the vault header.</source>
        <translation>Falta una clave en la cabecera de la bóveda.</translation>
    </message>
    <message>
        <source>The vault header asks for key-derivation settings below the safe minimum or above the supported maximum: it was altered.</source>
        <translation>La cabecera de la bóveda pide unos ajustes de derivación de claves por debajo del mínimo seguro o por encima del máximo admitido: fue alterada.</translation>
    </message>
    <message>
        <source>The vault header&apos;s key-derivation settings are not the ones this computer last unlocked it with, and the passphrase does not fit them.</source>
        <translation>Los ajustes de derivación de claves de la cabecera de la bóveda no son los que esta computadora usó la última vez que la desbloqueó, y la frase de contraseña no encaja con ellos.</translation>
    </message>
    <message>
        <source>The vault header (vault.header) was changed by something else while this vault was open; nothing was written over it.</source>
        <translation>Otro programa cambió la cabecera de la bóveda (vault.header) mientras esta bóveda estaba abierta; no se escribió nada encima.</translation>
    </message>
    <message>
        <source>The recovery key contains characters that do not belong in it.</source>
        <translation>La clave de recuperación contiene caracteres que no forman parte de ella.</translation>
    </message>
    <message>
        <source>The recovery key has the wrong length.</source>
        <translation>La clave de recuperación no tiene la longitud correcta.</translation>
    </message>
    <message>
        <source>The recovery key has a typo (its checksum does not match).</source>
        <translation>La clave de recuperación tiene una errata (su suma de control no coincide).</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Esa clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>This vault was rolled back: the system keyring recorded ledger entry {recorded}, but the vault&apos;s ledger ends at entry {ends}.</source>
        <translation>Esta bóveda se devolvió a un estado anterior: el llavero del sistema registró la entrada {recorded} del registro de auditoría, pero el registro de la bóveda termina en la entrada {ends}.</translation>
    </message>
    <message>
        <source>This vault&apos;s ledger was replaced: entry {entry} differs from the one the system keyring recorded.</source>
        <translation>El registro de auditoría de esta bóveda fue sustituido: la entrada {entry} no es la que registró el llavero del sistema.</translation>
    </message>
    <message>
        <source>{file} is older than the audit ledger, which recorded later changes to it.</source>
        <translation>El archivo {file} es más antiguo que el registro de auditoría, que anotó cambios posteriores en él.</translation>
    </message>
    <message>
        <source>ledger.db was rolled back: {file} has seen ledger entry {entry}, which the ledger does not hold (or holds differently).</source>
        <translation>El archivo ledger.db se devolvió a un estado anterior: {file} vio la entrada {entry} del registro de auditoría, que el registro no contiene (o contiene de otra forma).</translation>
    </message>
    <message>
        <source>vault.header was rolled back: it is generation {generation}, but the ledger recorded generation {recorded}.</source>
        <translation>El archivo vault.header se devolvió a un estado anterior: es la generación {generation}, pero el registro de auditoría anotó la generación {recorded}.</translation>
    </message>
    <message>
        <source>vault.header was rolled back: neither records.db nor ledger.db opens with the keys it holds, so it is an older copy from before every key was replaced.</source>
        <translation>El archivo vault.header se devolvió a un estado anterior: ni records.db ni ledger.db se abren con las claves que contiene, así que es una copia antigua de antes de que se sustituyeran todas las claves.</translation>
    </message>
    <message>
        <source>{file} does not open with its current key: it is an older copy from before its key was replaced on {day} (by a destruction or by Replace every key), put back, or it is damaged.</source>
        <translation>El archivo {file} no se abre con su clave actual: es una copia antigua, de antes de que su clave se sustituyera el {day} (por una destrucción o por Reemplazar todas las claves), que se volvió a poner, o está dañado.</translation>
    </message>
    <message>
        <source>ledger.db does not open with its current key: it is an older copy from before every key was replaced on {day} (by Replace every key), put back, or it is damaged.</source>
        <translation>El archivo ledger.db no se abre con su clave actual: es una copia antigua, de antes de que se sustituyeran todas las claves el {day} (con Reemplazar todas las claves), que se volvió a poner, o está dañado.</translation>
    </message>
    <message>
        <source>Integrity check failed: part of the vault is damaged or was altered.</source>
        <translation>La comprobación de integridad falló: una parte de la bóveda está dañada o fue alterada.</translation>
    </message>
    <message>
        <source>Integrity check failed: attached documents are missing, damaged or not in their place ({count}).</source>
        <translation>La comprobación de integridad falló: faltan documentos adjuntos, están dañados o no están en su sitio ({count}).</translation>
    </message>
    <message>
        <source>The vault is open in another window of the app, or a command is using it.</source>
        <translation>La bóveda está abierta en otra ventana de la aplicación, o un comando la está usando.</translation>
    </message>
    <message>
        <source>The vault is open in another window of the app.</source>
        <translation>La bóveda está abierta en otra ventana de la aplicación.</translation>
    </message>
    <message>
        <source>A command run outside the app&apos;s windows (in a terminal, or by a scheduled task) is using the vault.</source>
        <translation>Un comando ejecutado fuera de las ventanas de la aplicación (en una terminal o por una tarea programada) está usando la bóveda.</translation>
    </message>
    <message>
        <source>A folder named vault.lock.owner is in the vault folder, where the app notes who has the vault open.</source>
        <translation>Hay una carpeta llamada vault.lock.owner en la carpeta de la bóveda, donde la aplicación anota quién tiene la bóveda abierta.</translation>
    </message>
    <message>
        <source>The {compartment} compartment is busy (another copy of the app may have it open).</source>
        <translation>El compartimento de {compartment} está ocupado (puede que otra copia de la aplicación lo tenga abierto).</translation>
    </message>
    <message>
        <source>The {compartment} compartment is read-only.</source>
        <translation>El compartimento de {compartment} es de solo lectura.</translation>
    </message>
    <message>
        <source>The {compartment} compartment is damaged or was altered.</source>
        <translation>El compartimento de {compartment} está dañado o fue alterado.</translation>
    </message>
    <message>
        <source>The {compartment} compartment is missing.</source>
        <translation>Falta el compartimento de {compartment}.</translation>
    </message>
    <message>
        <source>The {compartment} compartment&apos;s key is not available now.</source>
        <translation>La clave del compartimento de {compartment} no está disponible ahora.</translation>
    </message>
    <message>
        <source>This chart is being destroyed: nothing more can be saved to it.</source>
        <translation>Este expediente se está destruyendo: ya no se puede guardar nada en él.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>La unidad es de solo lectura.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <source>A file is in the way: a folder was expected there.</source>
        <translation>Hay un archivo en medio: ahí se esperaba una carpeta.</translation>
    </message>
    <message>
        <source>A file or folder was not found.</source>
        <translation>No se encontró un archivo o una carpeta.</translation>
    </message>
    <message>
        <source>A symbolic link is in the way: the app does not follow links there.</source>
        <translation>Hay un enlace simbólico en medio: la aplicación no sigue enlaces ahí.</translation>
    </message>
    <message>
        <source>A folder is in the way: a file was expected there.</source>
        <translation>Hay una carpeta en medio: ahí se esperaba un archivo.</translation>
    </message>
    <message>
        <source>The system reported an error reading or writing the disk or drive.</source>
        <translation>El sistema informó de un error al leer o escribir en el disco o la unidad.</translation>
    </message>
    <message>
        <source>Restore the vault from your latest verified backup.</source>
        <translation>Restaure la bóveda desde su última copia de seguridad verificada.</translation>
    </message>
    <message>
        <source>Install the newest version to open it.</source>
        <translation>Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>If the passphrase was changed on another computer, use the new one. Otherwise someone altered vault.header: restore it from your latest verified backup.</source>
        <translation>Si la frase de contraseña se cambió en otra computadora, use la nueva. Si no, alguien alteró vault.header: restáurela desde su última copia de seguridad verificada.</translation>
    </message>
    <message>
        <source>Lock the vault and unlock it again. If no other copy of the app was running, check the folder and your backups.</source>
        <translation>Bloquee la bóveda y desbloquéela de nuevo. Si no había otra copia de la aplicación en marcha, revise la carpeta y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Use the Emergency Kit you saved most recently for this vault: each Replace every key makes a new kit, and the earlier one no longer opens the vault (it still opens backups made before).</source>
        <translation>Use el Kit de emergencia que guardó más recientemente para esta bóveda: cada «Reemplazar todas las claves» crea un kit nuevo, y el anterior ya no abre la bóveda (sí abre las copias de seguridad hechas antes).</translation>
    </message>
    <message>
        <source>Someone may have replaced the vault with an older copy. Check your backups.</source>
        <translation>Puede que alguien haya sustituido la bóveda por una copia antigua. Revise sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Someone may have replaced the vault with an older or rewritten copy. Check your backups.</source>
        <translation>Puede que alguien haya sustituido la bóveda por una copia antigua o reescrita. Revise sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of that file. Restore from your latest verified backup; nothing was changed.</source>
        <translation>Puede que alguien haya vuelto a poner una copia antigua de ese archivo. Restaure desde su última copia de seguridad verificada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of ledger.db. Restore from your latest verified backup; nothing was changed.</source>
        <translation>Puede que alguien haya vuelto a poner una copia antigua de ledger.db. Restaure desde su última copia de seguridad verificada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of vault.header (perhaps with an old passphrase). Restore from your latest verified backup; nothing was changed.</source>
        <translation>Puede que alguien haya vuelto a poner una copia antigua de vault.header (quizá con una frase de contraseña antigua). Restaure desde su última copia de seguridad verificada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Restore the vault from your latest verified backup to get them back.</source>
        <translation>Restaure la bóveda desde su última copia de seguridad verificada para recuperarlos.</translation>
    </message>
    <message>
        <source>Close the vault there (or let that command finish) and try again.</source>
        <translation>Cierre allí la bóveda (o deje que ese comando termine) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Use that window instead (it may be behind other windows or minimised); the vault opens in one window at a time.</source>
        <translation>Use esa ventana (puede estar detrás de otras ventanas o minimizada): la bóveda se abre en una sola ventana a la vez.</translation>
    </message>
    <message>
        <source>Let that command finish (or stop it in its terminal), then try again.</source>
        <translation>Deje que ese comando termine (o deténgalo en su terminal) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Move that folder out of the vault folder, then try again.</source>
        <translation>Saque esa carpeta de la carpeta de la bóveda e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Close other copies of the app and try again.</source>
        <translation>Cierre las demás copias de la aplicación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the permissions of the vault folder.</source>
        <translation>Revise los permisos de la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes first.</source>
        <translation>Desbloquee primero las notas de psicoterapia.</translation>
    </message>
    <message>
        <source>What was typed in it after the destruction began is not kept, as the rest of the chart.</source>
        <translation>Lo que se escribió en él después de empezar la destrucción no se conserva, como el resto del expediente.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost. Free some space and try again.</source>
        <translation>No se perdió nada de lo ya guardado. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>If it is a backup drive, check its write-protect switch or mount it read-write, then try again.</source>
        <translation>Si es una unidad de copias, revise su interruptor de protección contra escritura o móntela con escritura, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check that the vault folder is writable by you.</source>
        <translation>Compruebe que usted puede escribir en la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>Check the path you gave: one of its parts is a file, not a folder.</source>
        <translation>Revise la ruta indicada: una de sus partes es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Check the path you gave: its folder must exist already.</source>
        <translation>Revise la ruta indicada: su carpeta ya debe existir.</translation>
    </message>
    <message>
        <source>Replace the link with the file itself (or remove it), then try again.</source>
        <translation>Sustituya el enlace por el propio archivo (o elimínelo) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the path you gave: name a file, not a folder.</source>
        <translation>Revise la ruta indicada: indique un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes before revealing their key.</source>
        <translation>Desbloquee las notas de psicoterapia antes de mostrar su clave.</translation>
    </message>
    <message>
        <source>The {compartment} compartment could not switch to WAL mode.</source>
        <translation>El compartimento de {compartment} no pudo pasar al modo WAL.</translation>
    </message>
    <message>
        <source>The disk is too full to re-encrypt the {compartment} compartment.</source>
        <translation>El disco está demasiado lleno para volver a cifrar el compartimento de {compartment}.</translation>
    </message>
    <message>
        <source>The {compartment} compartment could not be re-encrypted under its new key.</source>
        <translation>El compartimento de {compartment} no se pudo volver a cifrar con su nueva clave.</translation>
    </message>
    <message>
        <source>The {compartment} compartment is being read by another program, so its key was not replaced. Nothing is lost: a compartment re-encrypted before it keeps its fresh key.</source>
        <translation>Otro programa está leyendo el compartimento de {compartment}, así que su clave no se reemplazó. No se pierde nada: un compartimento que se volvió a cifrar antes conserva su clave nueva.</translation>
    </message>
    <message>
        <source>The vault is being read by another program, so its keys were not replaced. Nothing was changed: the vault keeps its keys, and your Emergency Kit still works.</source>
        <translation>Otro programa está leyendo la bóveda, así que sus claves no se reemplazaron. No se cambió nada: la bóveda conserva sus claves y su Kit de emergencia sigue sirviendo.</translation>
    </message>
    <message>
        <source>Replacing every key needs about {needed} MB free on the vault&apos;s drive (a re-encrypted copy of each file is written beside it first); {free} MB are free. Nothing was changed: the vault keeps its keys, and your Emergency Kit still works.</source>
        <translation>Reemplazar todas las claves necesita unos {needed} MB libres en la unidad de la bóveda (antes se escribe al lado una copia cifrada de nuevo de cada archivo); hay {free} MB libres. No se cambió nada: la bóveda conserva sus claves y su Kit de emergencia sigue sirviendo.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost, and its old key is still the one in use. Free at least {mib} MB on this disk, then try again (an interrupted destruction finishes at the next unlock).</source>
        <translation>No se perdió nada de lo ya guardado, y su clave anterior sigue siendo la que se usa. Libere al menos {mib} MB en este disco e inténtelo de nuevo (una destrucción interrumpida termina en el próximo desbloqueo).</translation>
    </message>
    <message>
        <source>Nothing already saved was lost, and its old key is still the one in use. Check that the disk has free space, then try again (an interrupted destruction finishes at the next unlock).</source>
        <translation>No se perdió nada de lo ya guardado, y su clave anterior sigue siendo la que se usa. Compruebe que el disco tiene espacio libre e inténtelo de nuevo (una destrucción interrumpida termina en el próximo desbloqueo).</translation>
    </message>
    <message>
        <source>Close other copies of the app (and any command reading the vault), then replace every key again.</source>
        <translation>Cierre las demás copias de la aplicación (y cualquier comando que esté leyendo la bóveda) y vuelva a reemplazar todas las claves.</translation>
    </message>
    <message>
        <source>Free some space on that drive, then replace every key again.</source>
        <translation>Libere espacio en esa unidad y vuelva a reemplazar todas las claves.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsBackup</name>
    <message>
        <source>psychotherapy.db changed on disk while the vault was open, and it cannot be checked while the psychotherapy notes are locked: it may be an older copy put back. Nothing was backed up.</source>
        <translation>psychotherapy.db cambió en el disco mientras la bóveda estaba abierta, y no se puede comprobar mientras las notas de psicoterapia están bloqueadas: puede ser una copia antigua vuelta a poner. No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Unlock the psychotherapy notes, which checks the file, then back up again. If it was rolled back, restore from your latest verified backup (Restore from a backup, in the unlock window).</source>
        <translation>Desbloquee las notas de psicoterapia, lo que comprueba el archivo, y vuelva a hacer la copia. Si se volvió a una copia antigua, restaure su última copia verificada (Restaurar desde una copia de seguridad, en la ventana de desbloqueo).</translation>
    </message>
    <message>
        <source>That recovery key does not open this backup.</source>
        <translation>Esa clave de recuperación no abre esta copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup opens only with the Emergency Kit that was current when it was made. If this backup may be older than a Replace every key, an earlier kit opens it, or the passphrase the vault had then. Check too that the kit names this backup's vault id, {vault_id}.</source>
        <translation>Una copia de seguridad solo se abre con el Kit de emergencia vigente cuando se hizo. Si esta copia puede ser anterior a un «Reemplazar todas las claves», la abre un kit anterior, o la frase de contraseña que tenía entonces la bóveda. Compruebe también que el kit indique el identificador de bóveda de esta copia, {vault_id}.</translation>
    </message>
    <message>
        <source>This backup was made before every key of this vault was replaced on {day}: it opens with the Emergency Kit from before that day, or with the passphrase the vault had when the backup was made.</source>
        <translation>Esta copia de seguridad se hizo antes de que se reemplazaran todas las claves de esta bóveda el {day}: la abre el Kit de emergencia de antes de ese día, o la frase de contraseña que tenía la bóveda cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>The snapshot {file} is an older copy, from between two destructions&apos; purges, put back: the later purge removed the parts of the backup folder it names that held what that destruction destroyed, so it cannot be restored.</source>
        <translation>La instantánea {file} es una copia antigua, de entre las depuraciones de dos destrucciones, vuelta a poner: la depuración posterior eliminó las partes de la carpeta de copias que nombra y que contenían lo que esa destrucción destruyó, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>The snapshot {file} was removed by this vault&apos;s rotation, then put back: the parts of the backup folder only it named were removed with it, so it cannot be restored.</source>
        <translation>La instantánea {file} la eliminó la rotación de esta bóveda y luego se volvió a poner: las partes de la carpeta de copias que solo ella nombraba se eliminaron con ella, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>The drive of the backup folder {folder} is full ({free} free): the backup was not made.</source>
        <translation>La unidad de la carpeta de copias {folder} está llena ({free} libres): no se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full ({free} free): the backup was not made.</source>
        <translation>El disco que contiene la bóveda está lleno ({free} libres): no se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk that holds both the vault and the backup folder {folder} is full ({free} free): the backup was not made.</source>
        <translation>El disco que contiene la bóveda y también la carpeta de copias {folder} está lleno ({free} libres): no se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost. Free some space on that drive, or choose a backup folder on another drive; then back up again.</source>
        <translation>No se perdió nada de lo ya guardado. Libere espacio en esa unidad, o elija una carpeta de copias en otra unidad; luego vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost. Free some space on this computer&apos;s disk, then back up again.</source>
        <translation>No se perdió nada de lo ya guardado. Libere espacio en el disco de esta computadora y vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>Nothing already saved was lost. Free some space on it, or choose a backup folder on an external drive; then back up again.</source>
        <translation>No se perdió nada de lo ya guardado. Libere espacio en él, o elija una carpeta de copias en una unidad externa; luego vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>Delete it; the other snapshots are not affected.</source>
        <translation>Elimínela; las demás instantáneas no se ven afectadas.</translation>
    </message>
    <message>
        <source>The backup file is damaged.</source>
        <translation>El archivo de copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup folder&apos;s snapshots are damaged.</source>
        <translation>Las instantáneas de la carpeta de copias están dañadas.</translation>
    </message>
    <message>
        <source>The backup file failed authentication: it was altered.</source>
        <translation>El archivo de copia de seguridad no superó la autenticación: fue alterado.</translation>
    </message>
    <message>
        <source>The backup snapshot failed its authentication check (altered or damaged).</source>
        <translation>La instantánea de la copia no superó su comprobación de autenticación (alterada o dañada).</translation>
    </message>
    <message>
        <source>A part of the backup folder&apos;s snapshots is altered or damaged.</source>
        <translation>Una parte de las instantáneas de la carpeta de copias está alterada o dañada.</translation>
    </message>
    <message>
        <source>That file is not a snapshot of a backup folder.</source>
        <translation>Ese archivo no es una instantánea de una carpeta de copias.</translation>
    </message>
    <message>
        <source>That snapshot does not exist or is not a file.</source>
        <translation>Esa instantánea no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s chunk list does not match its table of contents.</source>
        <translation>La lista de fragmentos de la instantánea no coincide con su índice.</translation>
    </message>
    <message>
        <source>The backup&apos;s copy of {file} is not what the backup recorded.</source>
        <translation>La copia de {file} que guarda la copia de seguridad no es la que esta registró.</translation>
    </message>
    <message>
        <source>The backup&apos;s copy of the {compartment} compartment is damaged.</source>
        <translation>La copia del compartimento de {compartment} que guarda la copia de seguridad está dañada.</translation>
    </message>
    <message>
        <source>The backup&apos;s copy of an attachment is missing or damaged.</source>
        <translation>La copia de un adjunto que guarda la copia de seguridad falta o está dañada.</translation>
    </message>
    <message>
        <source>The ledger inside the backup failed verification.</source>
        <translation>El registro de auditoría de la copia de seguridad no superó la verificación.</translation>
    </message>
    <message>
        <source>The ledger inside the backup does not end where the backup&apos;s table of contents says.</source>
        <translation>El registro de auditoría de la copia de seguridad no termina donde dice el índice de la copia.</translation>
    </message>
    <message>
        <source>The backup&apos;s check record does not match its table of contents.</source>
        <translation>El registro de comprobación de la copia de seguridad no coincide con su índice.</translation>
    </message>
    <message>
        <source>The vault header inside the backup failed its check.</source>
        <translation>La cabecera de la bóveda que guarda la copia de seguridad no superó su comprobación.</translation>
    </message>
    <message>
        <source>This backup folder was set up by a newer version of the app.</source>
        <translation>Esta carpeta de copias se preparó con una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s copy of the {compartment} compartment is damaged.</source>
        <translation>La copia del compartimento de {compartment} que guarda la instantánea está dañada.</translation>
    </message>
    <message>
        <source>The ledger inside the snapshot failed verification.</source>
        <translation>El registro de auditoría de la instantánea no superó la verificación.</translation>
    </message>
    <message>
        <source>The ledger inside the snapshot does not end where its table of contents says.</source>
        <translation>El registro de auditoría de la instantánea no termina donde dice su índice.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s copy of an attachment is missing or damaged.</source>
        <translation>La copia de un adjunto que guarda la instantánea falta o está dañada.</translation>
    </message>
    <message>
        <source>The copy of the {compartment} compartment made for the backup is damaged.</source>
        <translation>La copia del compartimento de {compartment} hecha para la copia de seguridad está dañada.</translation>
    </message>
    <message>
        <source>The ledger copied for the backup failed verification.</source>
        <translation>El registro de auditoría copiado para la copia de seguridad no superó la verificación.</translation>
    </message>
    <message>
        <source>The ledger copied for the backup does not end at the vault&apos;s last entry.</source>
        <translation>El registro de auditoría copiado para la copia de seguridad no termina en la última entrada de la bóveda.</translation>
    </message>
    <message>
        <source>An attachment copied for the backup is missing or damaged.</source>
        <translation>Un adjunto copiado para la copia de seguridad falta o está dañado.</translation>
    </message>
    <message>
        <source>The {compartment} compartment was changed while the automatic backup was copying it.</source>
        <translation>El compartimento de {compartment} cambió mientras la copia automática lo estaba copiando.</translation>
    </message>
    <message>
        <source>The vault&apos;s files could not be held still for the backup.</source>
        <translation>Los archivos de la bóveda no se pudieron mantener quietos para la copia de seguridad.</translation>
    </message>
    <message>
        <source>A purged backup copy was not closed cleanly; the old backup was kept.</source>
        <translation>Una copia purgada no se cerró correctamente; se conservó la copia anterior.</translation>
    </message>
    <message>
        <source>The ledger of the newer copy of the vault in that folder could not be read.</source>
        <translation>No se pudo leer el registro de auditoría de la copia más reciente de la bóveda en esa carpeta.</translation>
    </message>
    <message>
        <source>Use another backup; check the disk or drive it is stored on.</source>
        <translation>Use otra copia de seguridad; revise el disco o la unidad donde está guardada.</translation>
    </message>
    <message>
        <source>Use another snapshot or another backup; check the disk or drive it is stored on.</source>
        <translation>Use otra instantánea u otra copia de seguridad; revise el disco o la unidad donde está guardada.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Use another snapshot or another backup.</source>
        <translation>Use otra instantánea u otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a file from the snapshots folder of the backup folder.</source>
        <translation>Elija un archivo de la carpeta snapshots de la carpeta de copias.</translation>
    </message>
    <message>
        <source>Install the newest version, or choose another folder.</source>
        <translation>Instale la versión más reciente o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Nothing was written. If it happens again, restore the vault from your latest verified backup (Restore from a backup, in the unlock window).</source>
        <translation>No se escribió nada. Si vuelve a ocurrir, restaure la bóveda desde su última copia de seguridad verificada (Restaurar desde una copia de seguridad, en la ventana de desbloqueo).</translation>
    </message>
    <message>
        <source>Nothing was lost; the next lock makes the backup.</source>
        <translation>No se perdió nada; el próximo bloqueo hará la copia.</translation>
    </message>
    <message>
        <source>Lock again later.</source>
        <translation>Vuelva a bloquear más tarde.</translation>
    </message>
    <message>
        <source>You may not write into the backup folder: no backup was made there.</source>
        <translation>No tiene permiso para escribir en la carpeta de copias de seguridad: no se hizo ninguna copia en ella.</translation>
    </message>
    <message>
        <source>The backup folder {folder} went away while the backup was being written; nothing of the vault changed.</source>
        <translation>La carpeta de copias de seguridad {folder} desapareció mientras se escribía la copia; nada de la bóveda cambió.</translation>
    </message>
    <message>
        <source>Connect its drive (or put the folder back), then back up again.</source>
        <translation>Conecte su unidad (o vuelva a poner la carpeta en su sitio) y haga la copia de nuevo.</translation>
    </message>
    <message>
        <source>Choose another backup folder, one you can write into, or have this folder&apos;s permissions changed so that you can; then back up again.</source>
        <translation>Elija otra carpeta de copias de seguridad, una en la que pueda escribir, o haga cambiar los permisos de esta carpeta para que pueda hacerlo; luego vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>A purged snapshot copy was not closed cleanly; the old snapshot was kept.</source>
        <translation>Una copia purgada de una instantánea no se cerró correctamente; se conservó la instantánea anterior.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsChart</name>
    <message>
        <source>A goal the note refers to is not in this client&apos;s treatment plan.</source>
        <translation>Un objetivo al que se refiere la nota no está en el plan de tratamiento de este cliente.</translation>
    </message>
    <message>
        <source>No suspension with that id for this client.</source>
        <translation>Este cliente no tiene ninguna suspensión con ese identificador.</translation>
    </message>
    <message>
        <source>A joint case needs at least two different clients.</source>
        <translation>Un caso conjunto necesita al menos dos clientes distintos.</translation>
    </message>
    <message>
        <source>A joint case can only link individual clients.</source>
        <translation>Un caso conjunto solo puede unir clientes individuales.</translation>
    </message>
    <message>
        <source>This client is a member of a joint case.</source>
        <translation>Este cliente es miembro de un caso conjunto.</translation>
    </message>
    <message>
        <source>A split has at most {max} guardians.</source>
        <translation>Un reparto tiene como máximo {max} tutores.</translation>
    </message>
    <message>
        <source>Every guardian in a split pays a share above 0%.</source>
        <translation>Cada tutor de un reparto paga una parte mayor que 0 %.</translation>
    </message>
    <message>
        <source>The shares of a split must be whole percentages adding up to 100.</source>
        <translation>Las partes de un reparto deben ser porcentajes enteros que sumen 100.</translation>
    </message>
    <message>
        <source>Handle the joint case first; its records belong to every member.</source>
        <translation>Ocúpese primero del caso conjunto; sus registros pertenecen a todos sus miembros.</translation>
    </message>
    <message>
        <source>The signed permission is too large (at most {max_mib} MB).</source>
        <translation>El permiso firmado es demasiado grande (como máximo {max_mib} MB).</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution (200 dpi is enough to read a signature); nothing was destroyed.</source>
        <translation>Vuelva a escanearlo con menos resolución (200 ppp bastan para leer una firma); no se destruyó nada.</translation>
    </message>
</context>
<context>
    <name>DestructionMeanwhile</name>
    <message>
        <source>This chart is being destroyed: it cannot be opened any more. Nothing else changes; the destruction wizard shows how far it is.</source>
        <translation>Este expediente se está destruyendo: ya no se puede abrir. Nada más cambia; el asistente de destrucción muestra cuánto falta.</translation>
    </message>
    <message>
        <source>This psychotherapy note is being destroyed: it cannot be opened any more.</source>
        <translation>Esta nota de psicoterapia se está destruyendo: ya no se puede abrir.</translation>
    </message>
    <message>
        <source>A chart is being destroyed. Another destruction can start once it has finished.</source>
        <translation>Se está destruyendo un expediente. Otra destrucción puede empezar cuando haya terminado.</translation>
    </message>
    <message>
        <source>A chart is being destroyed. Import once it has finished.</source>
        <translation>Se está destruyendo un expediente. Importe cuando haya terminado.</translation>
    </message>
    <message>
        <source>A chart is being destroyed and removed from the backups. Backups (making, checking or restoring one) can be opened once it has finished.</source>
        <translation>Se está destruyendo un expediente y eliminándolo de las copias de seguridad. La ventana Copias de seguridad (hacer, comprobar o restaurar una) se podrá abrir cuando haya terminado.</translation>
    </message>
    <message>
        <source>A chart is being destroyed</source>
        <translation>Se está destruyendo un expediente</translation>
    </message>
</context>
<context>
    <name>RefusalWordsSigner</name>
    <message>
        <source>A personal representative of the client is recorded for the day the form was signed: {names}. Their signature is recorded as theirs, so that their recorded dates and authority are checked (45 CFR 164.502(g); 164.508(c)(1)(vi)); a signer typed in instead is refused while one is on file.</source>
        <translation>Consta un representante personal del cliente para el día en que se firmó el formulario: {names}. Su firma se registra como suya, para que se comprueben las fechas y la autoridad registradas (45 CFR 164.502(g); 164.508(c)(1)(vi)); en su lugar, un firmante que no consta en el expediente se rechaza mientras conste uno.</translation>
    </message>
    <message>
        <source>You recorded that {names} is not treated as the client&apos;s personal representative (45 CFR 164.502(g)(5)). While that decision stands, a representative typed in is refused: the app cannot tell whether it is the same person under another name.</source>
        <translation>Usted registró que {names} no se trata como representante personal del cliente (45 CFR 164.502(g)(5)). Mientras esa decisión siga en pie, se rechaza un representante que no consta en el expediente: la aplicación no puede saber si es la misma persona con otro nombre.</translation>
    </message>
    <message>
        <source>The client was {age} on the day the form was signed and had reached the age of majority ({majority}): a parent&apos;s or a minor&apos;s guardian&apos;s authority had ended (45 CFR 164.502(g)(2)-(3)). An adult&apos;s personal representative is someone with authority under law to make health-care decisions for them, such as a health care power of attorney or a court guardianship (45 CFR 164.502(g)(2)).</source>
        <translation>El cliente tenía {age} años el día en que se firmó el formulario y ya había alcanzado la mayoría de edad ({majority}): la autoridad de un padre o del tutor de un menor había terminado (45 CFR 164.502(g)(2)-(3)). El representante personal de un adulto es quien tiene autoridad legal para tomar decisiones de salud en su nombre, como un poder notarial para la atención médica o una tutela judicial (45 CFR 164.502(g)(2)).</translation>
    </message>
    <message>
        <source>The client was {age} on the day the form was signed, an adult (age of majority {majority}): only someone with authority under law to make health-care decisions for them is their personal representative (45 CFR 164.502(g)(2)), and the form describes that authority (164.508(c)(1)(vi)). The authority given does not say one, such as a health care power of attorney, agent or proxy.</source>
        <translation>El cliente tenía {age} años el día en que se firmó el formulario, un adulto (mayoría de edad {majority}): solo quien tiene autoridad legal para tomar decisiones de salud en su nombre es su representante personal (45 CFR 164.502(g)(2)), y el formulario describe esa autoridad (164.508(c)(1)(vi)). La autoridad indicada no nombra ninguna, como un poder notarial para la atención médica, un apoderado o un representante sanitario.</translation>
    </message>
    <message>
        <source>The client was {age} on the day the form was signed and may consent to treatment on their own (your setting: from {consent}), so only the minor signs a Part 2 consent (42 CFR 2.14(a)); a representative&apos;s signature is refused.</source>
        <translation>El cliente tenía {age} años el día en que se firmó el formulario y puede consentir el tratamiento por sí mismo (su configuración: desde los {consent}), así que solo el menor firma un consentimiento de la Parte 2 (42 CFR 2.14(a)); se rechaza la firma de un representante.</translation>
    </message>
    <message>
        <source>The client was {age} on the day the form was signed and may consent to their own outpatient care (your setting: from {consent}); for that care the minor, not a parent, exercises the rights (45 CFR 164.502(g)(3)(i)), so a representative typed in is refused.</source>
        <translation>El cliente tenía {age} años el día en que se firmó el formulario y puede consentir su propia atención ambulatoria (su configuración: desde los {consent}); para esa atención es el menor, no un padre, quien ejerce los derechos (45 CFR 164.502(g)(3)(i)), así que se rechaza un representante que no consta en el expediente.</translation>
    </message>
    <message>
        <source>If they hold such authority, record them in the client&apos;s Guardians… window as a health care agent or personal representative, with the document attached and its dates; then type their name under Signed by as recorded. Otherwise the client signs.</source>
        <translation>Si tiene esa autoridad, regístrelo en la ventana Tutores… del cliente como apoderado sanitario o representante personal, con el documento adjunto y sus fechas; luego escriba su nombre en Firmada por tal como consta. Si no, firma el cliente.</translation>
    </message>
    <message>
        <source>If one of them signed, type their name under Signed by as it is recorded. If someone else holds the authority now, record them first in the client&apos;s Guardians… window with their document and dates, and give the end date of the one who no longer acts.</source>
        <translation>Si firmó uno de ellos, escriba su nombre en Firmada por tal como consta. Si ahora tiene la autoridad otra persona, regístrela primero en la ventana Tutores… del cliente con su documento y sus fechas, e indique la fecha de fin de quien ya no actúa.</translation>
    </message>
    <message>
        <source>Record whoever signed in the client&apos;s Guardians… window, with their document and dates, then type their name under Signed by as recorded. If your decision changed, record that in the Guardians… window.</source>
        <translation>Registre a quien firmó en la ventana Tutores… del cliente, con su documento y sus fechas, y luego escriba su nombre en Firmada por tal como consta. Si su decisión cambió, regístrelo en la ventana Tutores….</translation>
    </message>
    <message>
        <source>Ask the client to sign the consent personally: under Signer is, choose The client.</source>
        <translation>Pida al cliente que firme el consentimiento personalmente: en El firmante es, elija El cliente.</translation>
    </message>
    <message>
        <source>The client signs: under Signer is, choose The client. If a court appointed someone for the minor, record them with the order in the client&apos;s Guardians… window, then type their name under Signed by as recorded.</source>
        <translation>Firma el cliente: en El firmante es, elija El cliente. Si un tribunal designó a alguien para el menor, regístrelo con la orden en la ventana Tutores… del cliente y luego escriba su nombre en Firmada por tal como consta.</translation>
    </message>
    <message>
        <source>Signed on {signed} by {who}, while they held authority as the client&apos;s personal representative (45 CFR 164.502(g)); that authority no longer holds from {ended}. The authorization was valid when signed and stays in force until it expires or the client revokes it in writing (45 CFR 164.508(b)(5)): the client now acts for themselves and may revoke it. {who} may not sign a new one.</source>
        <translation>Firmada el {signed} por {who}, cuando tenía la autoridad de representante personal del cliente (45 CFR 164.502(g)); esa autoridad ya no rige desde el {ended}. La autorización era válida al firmarse y sigue vigente hasta que venza o el cliente la revoque por escrito (45 CFR 164.508(b)(5)): el cliente ahora actúa por sí mismo y puede revocarla. {who} no puede firmar una nueva.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsMeasures</name>
    <message>
        <source>The {instrument} needs an answer to each of its {items} items ({given} given).</source>
        <translation>El {instrument} necesita una respuesta a cada uno de sus {items} ítems ({given} respondidos).</translation>
    </message>
    <message>
        <source>Item {item} of the {instrument} has no such answer.</source>
        <translation>El ítem {item} del {instrument} no tiene esa respuesta.</translation>
    </message>
    <message>
        <source>Give the {instrument} answers as a list of {items} numbers.</source>
        <translation>Dé las respuestas del {instrument} como una lista de {items} números.</translation>
    </message>
    <message>
        <source>A {instrument} total is between 0 and {max}.</source>
        <translation>Un total del {instrument} está entre 0 y {max}.</translation>
    </message>
    <message>
        <source>That measure is not one this app knows.</source>
        <translation>Esa escala no es una de las que conoce esta aplicación.</translation>
    </message>
    <message>
        <source>Missing: item {missing}. Incomplete answers are not scored (the instrument does not define a prorated total).</source>
        <translation>Ítems sin respuesta: {missing}. Las respuestas incompletas no se puntúan (el instrumento no define un total prorrateado).</translation>
    </message>
    <message>
        <source>Incomplete answers are not scored (the instrument does not define a prorated total).</source>
        <translation>Las respuestas incompletas no se puntúan (el instrumento no define un total prorrateado).</translation>
    </message>
    <message>
        <source>Choose one of the answers the measure offers.</source>
        <translation>Elija una de las respuestas que ofrece la escala.</translation>
    </message>
    <message>
        <source>Choose a measure from the list.</source>
        <translation>Elija una escala de la lista.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsRekey</name>
    <message>
        <source>Replacing every key stopped. Nothing was changed: the vault keeps its keys, and your Emergency Kit still works.</source>
        <translation>El reemplazo de todas las claves se detuvo. No se cambió nada: la bóveda conserva sus claves y su Kit de emergencia sigue sirviendo.</translation>
    </message>
    <message>
        <source>A page of the {compartment} compartment does not authenticate under its key, so it was not re-encrypted.</source>
        <translation>Una página del compartimento de {compartment} no se autentica con su clave, así que no se volvió a cifrar.</translation>
    </message>
    <message>
        <source>The file {file} is too short to be a compartment.</source>
        <translation>El archivo {file} es demasiado corto para ser un compartimento.</translation>
    </message>
    <message>
        <source>The file {file} ended before the size it had.</source>
        <translation>El archivo {file} terminó antes del tamaño que tenía.</translation>
    </message>
    <message>
        <source>The file {file} does not use the page size this app writes.</source>
        <translation>El archivo {file} no usa el tamaño de página que escribe esta aplicación.</translation>
    </message>
    <message>
        <source>The file {file} does not end on a page boundary.</source>
        <translation>El archivo {file} no termina en un límite de página.</translation>
    </message>
    <message>
        <source>The file {file} still held changes, so the re-encrypted copy was not put in place.</source>
        <translation>El archivo {file} aún tenía cambios, así que la copia cifrada de nuevo no se puso en su lugar.</translation>
    </message>
    <message>
        <source>Choose Vault &gt; Replace every key… again when you are ready.</source>
        <translation>Elija de nuevo Bóveda &gt; Reemplazar todas las claves… cuando esté listo.</translation>
    </message>
    <message>
        <source>Restore the vault from your latest verified backup.</source>
        <translation>Restaure la bóveda desde su última copia de seguridad verificada.</translation>
    </message>
    <message>
        <source>Nothing was changed: the vault keeps its keys, and your Emergency Kit still works.</source>
        <translation>No se cambió nada: la bóveda conserva sus claves y su Kit de emergencia sigue sirviendo.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsChecks</name>
    <message>
        <source>A health plan cannot pay from a superbill without the charge for each service (CMS-1500 items 24F and 28), and no fee is set for {codes}.</source>
        <translation>Un plan de salud no puede pagar a partir de un superbill sin el cargo de cada servicio (CMS-1500, casillas 24F y 28), y no hay honorario fijado para {codes}.</translation>
    </message>
    <message>
        <source>Set the fee in the fee schedule (Fee schedule… in this window, or the session's own with Set the selected session's fee…), then make the superbill again. A statement can be made as it is.</source>
        <translation>Fije el honorario en las tarifas (Tarifas… en esta ventana, o el de la propia sesión con Fijar los honorarios de la sesión seleccionada…), y vuelva a hacer el superbill. Un estado de cuenta se puede hacer tal como está.</translation>
    </message>
    <message>
        <source>A health plan cannot pay from a superbill without the practice's NPI, Tax ID and address (CMS-1500 items 24J, 25 and 33), and one or more of them is not set.</source>
        <translation>Un plan de salud no puede pagar a partir de un superbill sin el NPI, la identificación fiscal y la dirección de la consulta (CMS-1500, casillas 24J, 25 y 33), y uno o más de ellos no están configurados.</translation>
    </message>
    <message>
        <source>Fill them in under Vault &gt; Settings… &gt; About you and the practice, then make the superbill again.</source>
        <translation>Rellénelos en Bóveda &gt; Ajustes… &gt; Usted y su consulta, y vuelva a hacer el superbill.</translation>
    </message>
    <message>
        <source>The file is not a PDF, PNG, JPEG or UTF-8 text file.</source>
        <translation>El archivo no es un PDF, PNG, JPEG ni un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8 (or UTF-16 with its byte-order mark).</source>
        <translation>El archivo no es texto en UTF-8 (ni en UTF-16 con su marca de orden de bytes).</translation>
    </message>
    <message>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Solo se puede añadir al diccionario una sola palabra.</translation>
    </message>
    <message>
        <source>Choose the legal basis of the disclosure.</source>
        <translation>Elija el fundamento legal de la divulgación.</translation>
    </message>
    <message>
        <source>That decision is not one this situation allows.</source>
        <translation>Esa decisión no es una de las que permite esta situación.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 text (from a spreadsheet: CSV UTF-8 or Unicode text) and try again.</source>
        <translation>Guárdelo como texto UTF-8 (desde una hoja de cálculo: CSV UTF-8 o Texto Unicode) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Letters only, without spaces or digits.</source>
        <translation>Solo letras, sin espacios ni dígitos.</translation>
    </message>
    <message>
        <source>Choose to seek a court order (or not to disclose).</source>
        <translation>Elija pedir una orden judicial (o no divulgar).</translation>
    </message>
    <message>
        <source>Record that the client was not informed.</source>
        <translation>Registre que no se informó al cliente.</translation>
    </message>
    <message>
        <source>The client&apos;s name, as stored in the chart, contains a line break or an invisible or text-direction character.</source>
        <translation>El nombre del cliente, tal como está guardado en el expediente, contiene un salto de línea o un carácter invisible o de dirección del texto.</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, as stored in the chart, contains a line break or an invisible or text-direction character.</source>
        <translation>El nombre del tutor, tal como está guardado en el expediente, contiene un salto de línea o un carácter invisible o de dirección del texto.</translation>
    </message>
    <message>
        <source>Correct it in the chart (Edit details…), then make the PDF again.</source>
        <translation>Corríjalo en el expediente (Editar datos…) y vuelva a generar el PDF.</translation>
    </message>
    <message>
        <source>Correct it in the chart (Guardians…), then make the PDF again.</source>
        <translation>Corríjalo en el expediente (Tutores…) y vuelva a generar el PDF.</translation>
    </message>
    <message>
        <source>The disclosure gate refused this disclosure: {reasons}</source>
        <translation>El control de divulgación rechazó esta divulgación: {reasons}</translation>
    </message>
    <message>
        <source>The disclosure gate refused this disclosure: The disclosure was not checked.</source>
        <translation>El control de divulgación rechazó esta divulgación: la divulgación no se comprobó.</translation>
    </message>
    <message>
        <source>A superbill for these services was already issued on {issued} ({ids}): the sessions of {days}. Both sent to a health plan claim those sessions twice.</source>
        <translation>Ya se emitió un superbill por estos servicios el {issued} ({ids}): las sesiones del {days}. Si se envían ambos a un plan de salud, esas sesiones se reclaman dos veces.</translation>
    </message>
    <message>
        <source>If it replaces the earlier one (a lost copy, a corrected fee), make it again from the client's account and choose Issue another: it then says which one it replaces.</source>
        <translation>Si sustituye al anterior (una copia perdida, una tarifa corregida), vuelva a hacerlo desde la cuenta del cliente y elija Emitir otro: entonces indica a cuál sustituye.</translation>
    </message>
</context>
<context>
    <name>RefusalWordsFiles</name>
    <message>
        <source>Of the chosen items, {count} are original PDFs kept from discarded psychotherapy drafts: they were never signed here, and an unsigned draft is never disclosed.</source>
        <translation>De los elementos elegidos, {count} son PDF originales conservados de borradores de psicoterapia descartados: nunca se firmaron aquí, y un borrador sin firmar nunca se divulga.</translation>
    </message>
    <message>
        <source>To disclose what one holds, import a readable copy of that note again, check and sign it, then export the note.</source>
        <translation>Para divulgar lo que contiene uno, vuelva a importar una copia legible de esa nota, revísela y fírmela, y después exporte la nota.</translation>
    </message>
    <message>
        <source>No kept original PDF with that id.</source>
        <translation>No hay ningún PDF original conservado con ese identificador.</translation>
    </message>
    <message>
        <source>This draft keeps the original PDF it was imported from, the only copy of what the previous system held; discarding the draft would delete that PDF too.</source>
        <translation>Este borrador guarda el PDF original del que se importó, la única copia de lo que tenía el sistema anterior; descartar el borrador borraría también ese PDF.</translation>
    </message>
    <message>
        <source>Nothing was discarded. Choose Discard draft… again: it asks whether to keep the PDF.</source>
        <translation>No se descartó nada. Elija de nuevo Descartar borrador…: preguntará si desea conservar el PDF.</translation>
    </message>
    <message>
        <source>This psychotherapy note keeps no original file.</source>
        <translation>Esta nota de psicoterapia no guarda ningún archivo original.</translation>
    </message>
    <message>
        <source>The {compartment} compartment was written by a newer version of the app.</source>
        <translation>El compartimento de {compartment} se escribió con una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>An attachment names a stored file that is not valid.</source>
        <translation>Un adjunto nombra un archivo guardado que no es válido.</translation>
    </message>
    <message>
        <source>This backup folder belongs to another vault; choose another folder.</source>
        <translation>Esta carpeta de copias de seguridad pertenece a otra bóveda; elija otra carpeta.</translation>
    </message>
    <message>
        <source>This backup folder holds a snapshot this vault&apos;s keys do not open: it belongs to another vault, or is damaged; choose another folder.</source>
        <translation>Esta carpeta de copias de seguridad contiene una instantánea que las claves de esta bóveda no abren: pertenece a otra bóveda o está dañada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Install the newest version to open it.</source>
        <translation>Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>Each vault needs a backup folder of its own: its clean-up would otherwise remove the other vault&apos;s backups in progress. The other vault&apos;s backups there stay as they are.</source>
        <translation>Cada bóveda necesita su propia carpeta de copias de seguridad: si no, su limpieza eliminaría las copias en curso de la otra bóveda. Las copias de la otra bóveda que hay allí se quedan como están.</translation>
    </message>
    <message>
        <source>Each vault needs a backup folder of its own. Nothing in the folder was changed.</source>
        <translation>Cada bóveda necesita su propia carpeta de copias de seguridad. No se cambió nada en la carpeta.</translation>
    </message>
    <message>
        <source>A folder named {folder} is in the vault folder, where the app keeps its search index.</source>
        <translation>Hay una carpeta llamada {folder} en la carpeta de la bóveda, donde la aplicación guarda su índice de búsqueda.</translation>
    </message>
    <message>
        <source>The {compartment} compartment is in use by another program, so its journal could not be cleared.</source>
        <translation>Otro programa está usando el compartimento de {compartment}, así que sus cambios recientes no se pudieron pasar a su archivo.</translation>
    </message>
    <message>
        <source>The file {file} does not use the page layout this app writes, so it cannot be verified.</source>
        <translation>El archivo {file} no usa la estructura de páginas que escribe esta aplicación, así que no se puede verificar.</translation>
    </message>
    <message>
        <source>A file of the vault ({files}) was replaced while the destruction searched it, so the search cannot vouch for the file the deletion left.</source>
        <translation>Un archivo de la bóveda ({files}) se reemplazó mientras la destrucción lo revisaba, así que la revisión no puede responder del archivo que dejó el borrado.</translation>
    </message>
    <message>
        <source>The search index is rebuilt by itself: move that folder out of the vault folder, then open the vault again.</source>
        <translation>El índice de búsqueda se reconstruye solo: saque esa carpeta de la carpeta de la bóveda y vuelva a abrir la bóveda.</translation>
    </message>
    <message>
        <source>Close other copies of the app (and any tool that has the vault open) and try again.</source>
        <translation>Cierre las otras copias de la aplicación (y cualquier herramienta que tenga abierta la bóveda) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Restore nothing into the vault folder while the app has it open.</source>
        <translation>No restaure nada en la carpeta de la bóveda mientras la aplicación la tenga abierta.</translation>
    </message>
    <message>
        <source>The destruction did not verify: content or references of the chart are still present. No certificate was issued; the failure is recorded in the audit log.</source>
        <translation>La destrucción no se verificó: aún quedan contenidos o referencias del expediente. No se emitió ningún certificado; el fallo queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>See docs/retention.md, &apos;When verification fails&apos;.</source>
        <translation>Consulte docs/retention.md, «When verification fails» (cuando la verificación falla).</translation>
    </message>
    <message>
        <source>A vault already exists in {folder}; refusing to overwrite it.</source>
        <translation>Ya existe una bóveda en {folder}; no se sobrescribe.</translation>
    </message>
    <message>
        <source>No vault was found in {folder}.</source>
        <translation>No se encontró ninguna bóveda en {folder}.</translation>
    </message>
    <message>
        <source>No interrupted destruction with id {id}.</source>
        <translation>No hay ninguna destrucción interrumpida con el id {id}.</translation>
    </message>
    <message>
        <source>If the vault is on a drive that is not connected, connect it and try again; otherwise open the app again to create a vault or restore one from a backup.</source>
        <translation>Si la bóveda está en un disco que no está conectado, conéctelo e inténtelo de nuevo; si no, vuelva a abrir la aplicación para crear una bóveda o restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing in that folder was changed. For a new vault, go back to the first page and choose an empty folder; the vault already there stays as it is.</source>
        <translation>No se cambió nada en esa carpeta. Para una bóveda nueva, vuelva a la primera página y elija una carpeta vacía; la bóveda que ya está ahí queda como está.</translation>
    </message>
    <message>
        <source>The search index was damaged. It is being rebuilt; your records are not affected.</source>
        <translation>El índice de búsqueda estaba dañado. Se está reconstruyendo; sus registros no se ven afectados.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt after a restore; search will be ready in a moment.</source>
        <translation>El índice de búsqueda se está reconstruyendo tras una restauración; la búsqueda estará lista en un momento.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>No se pudo reconstruir el índice de búsqueda.</translation>
    </message>
    <message>
        <source>If you were saving, save again: that change was not kept.</source>
        <translation>Si estaba guardando, vuelva a guardar: ese cambio no se conservó.</translation>
    </message>
    <message>
        <source>Lock the vault and unlock it again to try once more.</source>
        <translation>Bloquee la bóveda y desbloquéela de nuevo para intentarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>PsychotherapyOriginal</name>
    <message>
        <source>Original PDF kept from a discarded psychotherapy draft</source>
        <translation>PDF original conservado de un borrador de psicoterapia descartado</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. Download the note again from the system it came from and import it again.</source>
        <translation>Este PDF está dañado y no se puede mostrar. Descargue de nuevo la nota del sistema del que procede e impórtela otra vez.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. Download the note again from the system it came from and import it again: the readable copy fills this note in.</source>
        <translation>Este PDF está dañado y no se puede mostrar. Descargue la nota de nuevo del sistema del que vino e impórtela otra vez: la copia legible completa esta nota.</translation>
    </message>
    <message>
        <source>This PDF is too large to show here.</source>
        <translation>Este PDF es demasiado grande para mostrarlo aquí.</translation>
    </message>
    <message>
        <source>Psychotherapy note: its original PDF</source>
        <translation>Nota de psicoterapia: su PDF original</translation>
    </message>
    <message>
        <source>Original PDF</source>
        <translation>PDF original</translation>
    </message>
</context>
<context>
    <name>MeasureWords</name>
    <message>
        <source>Patient Health Questionnaire-9 (depression)</source>
        <translation>Cuestionario sobre la Salud del Paciente-9 (depresión)</translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder 7-item scale</source>
        <translation>Escala de 7 ítems del Trastorno de Ansiedad Generalizada</translation>
    </message>
    <message>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above &quot;Not at all&quot;: assess suicide risk and consider a safety plan.</source>
        <translation>El ítem 9 del PHQ-9 (pensamientos de que estaría mejor muerto o de hacerse daño) tiene una respuesta por encima de «Ningún día»: valore el riesgo de suicidio y considere un plan de seguridad.</translation>
    </message>
    <message>
        <source>Assess suicide risk now and record it in the progress note's risk assessment.</source>
        <translation>Valore ahora el riesgo de suicidio y anótelo en la valoración del riesgo de la nota de evolución.</translation>
    </message>
    <message>
        <source>Write a safety plan with the client (the note cannot be signed with active ideation and no safety plan).</source>
        <translation>Elabore un plan de seguridad con el cliente (la nota no se puede firmar con ideación activa y sin plan de seguridad).</translation>
    </message>
    <message>
        <source>If you may need to disclose to protect the client, open the confidentiality decision (&quot;Imminent risk of self-harm or suicide&quot;).</source>
        <translation>Si puede que deba revelar información para proteger al cliente, abra la decisión de confidencialidad («Riesgo inminente de autolesión o suicidio»).</translation>
    </message>
    <message>
        <source>Assess suicide risk now and record it in an addendum to the session&apos;s signed progress note (a signed note&apos;s risk assessment cannot change).</source>
        <translation>Valore ahora el riesgo de suicidio y anótelo en una adenda a la nota de evolución firmada de la sesión (la valoración del riesgo de una nota firmada ya no se puede cambiar).</translation>
    </message>
    <message>
        <source>Write a safety plan with the client and record it in that addendum.</source>
        <translation>Elabore un plan de seguridad con el cliente y anótelo en esa adenda.</translation>
    </message>
    <message>
        <source>Assess suicide risk now and record it in the risk assessment of a progress note for today (no session is linked to this measure).</source>
        <translation>Valore ahora el riesgo de suicidio y anótelo en la valoración del riesgo de una nota de evolución de hoy (esta escala no está vinculada a ninguna sesión).</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>{typed} is not a time: for midnight write {midnight}.</source>
        <translation>{typed} no es una hora: para medianoche escriba {midnight}.</translation>
    </message>
    <message>
        <source>{typed} is not a time: the hours go from {low} to {high}.</source>
        <translation>{typed} no es una hora: las horas van de {low} a {high}.</translation>
    </message>
    <message>
        <source>{typed} is not a time: the minutes go from 00 to 59.</source>
        <translation>{typed} no es una hora: los minutos van de 00 a 59.</translation>
    </message>
</context>
<context>
    <name>TypedNumber</name>
    <message>
        <source>The number typed is out of range: type from {low} to {high} minutes.</source>
        <translation>El número escrito está fuera del rango: escriba de {low} a {high} minutos.</translation>
    </message>
    <message>
        <source>The number typed is out of range: type from {low} to {high} days.</source>
        <translation>El número escrito está fuera del rango: escriba de {low} a {high} días.</translation>
    </message>
    <message>
        <source>The number typed is out of range: type from {low} to {high}.</source>
        <translation>El número escrito está fuera del rango: escriba de {low} a {high}.</translation>
    </message>
    <message>
        <source>The age typed is out of range: type from {low} to {high}.</source>
        <translation>La edad escrita está fuera del rango: escriba de {low} a {high}.</translation>
    </message>
</context>
<context>
    <name>BackupChangedWords</name>
    <message>
        <source>changed by another copy of this vault: a destruction made there purged this backup on {0} (its file&apos;s time). This vault&apos;s ledger has no record of that purge; the backup still opens with this vault&apos;s keys.</source>
        <translation>modificada por otra copia de esta bóveda: una destrucción hecha en esa copia quitó un expediente de esta copia de seguridad el {0} (la hora de su archivo). Esta bóveda no tiene constancia de ello; la copia se sigue abriendo con las claves de esta bóveda.</translation>
    </message>
    <message>
        <source>changed by another copy of this vault on {0} (its file&apos;s time). This vault&apos;s ledger has no record of it; the backup still opens with this vault&apos;s keys.</source>
        <translation>modificada por otra copia de esta bóveda el {0} (la hora de su archivo). Esta bóveda no tiene constancia de ello; la copia se sigue abriendo con las claves de esta bóveda.</translation>
    </message>
    <message>
        <source>removed by another copy of this vault on {0}: its rotation deleted it. This vault&apos;s ledger has no record of it.</source>
        <translation>quitada por otra copia de esta bóveda el {0}: su rotación la borró. Esta bóveda no tiene constancia de ello.</translation>
    </message>
    <message>
        <source>replaced on {0} (its file&apos;s time) by another backup of this vault, made {1}: by another copy of this vault, or by hand. This vault&apos;s ledger has no record of it.</source>
        <translation>reemplazada el {0} (la hora de su archivo) por otra copia de seguridad de esta bóveda, hecha el {1}: por otra copia de esta bóveda, o a mano. Esta bóveda no tiene constancia de ello.</translation>
    </message>
</context>
<context>
    <name>JointHeldDialog</name>
    <message>
        <source>Held in confidence</source>
        <translation>Reservada en confidencia</translation>
    </message>
    <message>
        <source>Held in confidence for</source>
        <translation>Reservada en confidencia para</translation>
    </message>
    <message>
        <source>No one: part of the joint record</source>
        <translation>Nadie: forma parte del expediente conjunto</translation>
    </message>
    <message>
        <source>What one member told under the case&apos;s confidentiality agreement (for example in an individual session) stays out of any release of the joint record: a release carries it only when that member alone authorizes it. The mark is recorded in the audit log, without the note&apos;s text.</source>
        <translation>Lo que un miembro contó bajo el acuerdo de confidencialidad del caso (por ejemplo, en una sesión individual) queda fuera de toda divulgación del expediente conjunto: una divulgación solo la incluye cuando ese miembro, y solo él, la autoriza. La marca queda en el registro de auditoría, sin el texto de la nota.</translation>
    </message>
    <message>
        <source>Held in confidence for:</source>
        <translation>Reservada en confidencia para:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>RequestGivenWords</name>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>billing information</source>
        <translation>información de facturación</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a} ni {b}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} e {b}</translation>
    </message>
    <message>
        <source>the chart holds no {kinds}</source>
        <translation>el expediente no tiene {kinds}</translation>
    </message>
    <message>
        <source> from {day}</source>
        <translation> desde el {day}</translation>
    </message>
    <message>
        <source> to {day}</source>
        <translation> hasta el {day}</translation>
    </message>
    <message>
        <source>nothing to copy: {none}</source>
        <translation>nada que copiar: {none}</translation>
    </message>
    <message>
        <source>copy of the {kinds} (password-protected PDF)</source>
        <translation>copia de: {kinds} (PDF protegido con contraseña)</translation>
    </message>
    <message>
        <source>, given to the {who}</source>
        <translation>, entregada a: {who}</translation>
    </message>
    <message>
        <source>the treatment plan</source>
        <translation>el plan de tratamiento</translation>
    </message>
    <message>
        <source>the outcome measures</source>
        <translation>las escalas</translation>
    </message>
    <message>
        <source>the progress notes</source>
        <translation>las notas de evolución</translation>
    </message>
    <message>
        <source>the billing information</source>
        <translation>la información de facturación</translation>
    </message>
    <message>
        <source>, the outcome measures with the progress notes</source>
        <translation>, las escalas con las notas de evolución</translation>
    </message>
    <message>
        <source>; given another way: {parts}</source>
        <translation>; entregado de otra forma: {parts}</translation>
    </message>
    <message>
        <source>progress note of {day}</source>
        <translation>nota de evolución del {day}</translation>
    </message>
    <message>
        <source>billing of the session of {day}</source>
        <translation>facturación de la sesión del {day}</translation>
    </message>
    <message>
        <source>{n} no longer in the chart</source>
        <translation>{n} ya no en el expediente</translation>
    </message>
    <message>
        <source>Left out as denied: 1 item ({what}).</source>
        <translation>Excluido por denegado: 1 elemento ({what}).</translation>
    </message>
    <message>
        <source>Left out as unsigned drafts: 1 note ({what}).</source>
        <translation>Excluida por ser borrador sin firmar: 1 nota ({what}).</translation>
    </message>
    <message>
        <source>Left out as unsigned drafts: {n} notes ({what}).</source>
        <translation>Excluidas por ser borradores sin firmar: {n} notas ({what}).</translation>
    </message>
    <message>
        <source>Left out as denied: {n} items ({what}).</source>
        <translation>Excluidos por denegados: {n} elementos ({what}).</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New couple or family case</source>
        <translation>Nuevo caso de pareja o familia</translation>
    </message>
    <message>
        <source>Name of the case</source>
        <translation>Nombre del caso</translation>
    </message>
    <message>
        <source>e.g. Rivera couple</source>
        <translation>p. ej., pareja Rivera</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Buscar un miembro</translation>
    </message>
    <message>
        <source>Type a name or chart number, then Down</source>
        <translation>Escriba un nombre o número de expediente y luego Abajo</translation>
    </message>
    <message>
        <source>Clients who may be members</source>
        <translation>Clientes que pueden ser miembros</translation>
    </message>
    <message>
        <source>Name of the case:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Find a member:</source>
        <translation>Buscar un miembro:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Clientes:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Crear caso</translation>
    </message>
    <message>
        <source>More clients match: type more of the name.</source>
        <translation>Coinciden más clientes: escriba más del nombre.</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message>
        <source>none chosen yet (at least two)</source>
        <translation>ninguno elegido aún (al menos dos)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>MemberChoice</name>
    <message>
        <source>Member who signed</source>
        <translation>Miembro que firmó</translation>
    </message>
    <message>
        <source>Signed by member:</source>
        <translation>Firmada por el miembro:</translation>
    </message>
    <message>
        <source>Choose the member who signed</source>
        <translation>Elija el miembro que firmó</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>{signer}, for {name} ({number})</source>
        <translation>{signer}, por {name} ({number})</translation>
    </message>
    <message>
        <source>The member ({number})</source>
        <translation>El miembro ({number})</translation>
    </message>
</context>
<context>
    <name>DenialDialog</name>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Whatever is not denied on a ground is still released: deny only the part the ground covers, and give the copy of the rest (45 CFR 164.524(d)(1)).</source>
        <translation>Lo que no se deniega por un motivo se sigue entregando: deniegue solo la parte que cubre el motivo y entregue la copia del resto (45 CFR 164.524(d)(1)).</translation>
    </message>
    <message>
        <source>Ground for the denial</source>
        <translation>Motivo de la denegación</translation>
    </message>
    <message>
        <source>Deny the whole request</source>
        <translation>Denegar toda la solicitud</translation>
    </message>
    <message>
        <source>Deny a part only: the rest is released</source>
        <translation>Denegar solo una parte: el resto se entrega</translation>
    </message>
    <message>
        <source>What is denied</source>
        <translation>Qué se deniega</translation>
    </message>
    <message>
        <source>e.g. the notes naming the client&apos;s brother</source>
        <translation>p. ej., las notas que nombran al hermano del cliente</translation>
    </message>
    <message>
        <source>What is released anyway</source>
        <translation>Qué se entrega de todos modos</translation>
    </message>
    <message>
        <source>e.g. the other progress notes and the billing information</source>
        <translation>p. ej., las demás notas de evolución y la información de facturación</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>What is &amp;denied:</source>
        <translation>Qué se &amp;deniega:</translation>
    </message>
    <message>
        <source>What is &amp;released anyway:</source>
        <translation>Qué se &amp;entrega de todos modos:</translation>
    </message>
    <message>
        <source>Record the denial</source>
        <translation>Registrar la denegación</translation>
    </message>
    <message>
        <source>Say what is denied and what is released, or choose to deny the whole request.</source>
        <translation>Indique qué se deniega y qué se entrega, o elija denegar toda la solicitud.</translation>
    </message>
    <message>
        <source>The amendment asked is denied on one ground; the client may then file a statement of disagreement (45 CFR 164.526(d)).</source>
        <translation>La enmienda solicitada se deniega por un motivo; el cliente puede entonces presentar una declaración de desacuerdo (45 CFR 164.526(d)).</translation>
    </message>
    <message>
        <source>Choose the ground…</source>
        <translation>Elija el motivo…</translation>
    </message>
    <message>
        <source>Open the practice details…</source>
        <translation>Abrir los datos de la consulta…</translation>
    </message>
    <message>
        <source>Choose the ground for the denial: none is chosen for you.</source>
        <translation>Elija el motivo de la denegación: no se elige ninguno por usted.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>marked paid (nothing charged)</source>
        <translation>marcada pagada (no se cobra nada)</translation>
    </message>
    <message>
        <source>Marked paid, but the account charges nothing for it (no fee is set, or its fee is 0.00) and no payment is recorded. Set its fee in Clients &gt; Account to charge it.</source>
        <translation>Marcada pagada, pero la cuenta no cobra nada por ella (no hay honorario fijado, o es 0,00) y no hay ningún pago registrado. Fije su honorario en Clientes &gt; Cuenta para cobrarla.</translation>
    </message>
    <message>
        <source>not a visit yet (note unsigned)</source>
        <translation>aún no es visita (nota sin firmar)</translation>
    </message>
    <message>
        <source>Recorded with a progress note still being written: it counts as a visit, in the agenda and the account, once the note is signed. Discarding the draft removes it.</source>
        <translation>Registrada con una nota de evolución aún en redacción: cuenta como visita, en la agenda y en la cuenta, cuando se firma la nota. Si descarta el borrador, se elimina.</translation>
    </message>
    <message>
        <source>billed (superbill issued)</source>
        <translation>facturada (superbill emitido)</translation>
    </message>
    <message>
        <source>An issued superbill lists this session: the client was given it to claim from their health plan. No payment is recorded for it yet (Clients &gt; Account).</source>
        <translation>Un superbill emitido incluye esta sesión: se entregó al cliente para reclamarla a su plan de salud. Aún no hay ningún pago registrado para ella (Clientes &gt; Cuenta).</translation>
    </message>
    <message>
        <source>billed (statement issued)</source>
        <translation>facturada (estado de cuenta emitido)</translation>
    </message>
    <message>
        <source>An issued statement lists this session: the client was billed for it. No payment is recorded for it yet (Clients &gt; Account).</source>
        <translation>Un estado de cuenta emitido incluye esta sesión: se le facturó al cliente. Aún no hay ningún pago registrado para ella (Clientes &gt; Cuenta).</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>session (billed: superbill issued)</source>
        <translation>sesión (facturada: superbill emitido)</translation>
    </message>
    <message>
        <source>session (billed: statement issued)</source>
        <translation>sesión (facturada: estado de cuenta emitido)</translation>
    </message>
    <message>
        <source>An issued superbill or statement lists this session; no payment is recorded for it yet.</source>
        <translation>Un superbill o un estado de cuenta emitidos incluyen esta sesión; aún no hay ningún pago registrado para ella.</translation>
    </message>
</context>
<context>
    <name>OlderCopy</name>
    <message>
        <source>Older copy</source>
        <translation>Copia antigua</translation>
    </message>
    <message>
        <source>Another copy of this vault made a newer backup in {folder} on {day}: it has gone on from this copy's last backup there.</source>
        <translation>Otra copia de esta bóveda hizo una copia de seguridad más reciente en {folder} el {day}: ha seguido a partir de la última copia de seguridad de esta copia allí.</translation>
    </message>
    <message>
        <source>Another copy of this vault has made newer backups in {folder}: it has gone on from this copy's last backup there.</source>
        <translation>Otra copia de esta bóveda ha hecho copias de seguridad más recientes en {folder}: ha seguido a partir de la última copia de seguridad de esta copia allí.</translation>
    </message>
    <message>
        <source>Use that copy (the vault on the other computer) from now on.</source>
        <translation>Use esa copia (la bóveda de la otra computadora) a partir de ahora.</translation>
    </message>
    <message>
        <source>Anything entered here since {day} is not in it and must be entered there too.</source>
        <translation>Lo que se haya introducido aquí desde el {day} no está en ella y también hay que introducirlo allí.</translation>
    </message>
    <message>
        <source>Anything entered in this copy may be missing there and must be entered there too.</source>
        <translation>Lo que se haya introducido en esta copia puede faltar allí y también hay que introducirlo allí.</translation>
    </message>
    <message>
        <source>Backups of this copy into that folder are refused, so that neither copy's backups are lost.</source>
        <translation>Las copias de seguridad de esta copia en esa carpeta se rechazan, para que no se pierdan las copias de seguridad de ninguna de las dos.</translation>
    </message>
    <message>
        <source>Entered here since then: {what}.</source>
        <translation>Introducido aquí desde entonces: {what}.</translation>
    </message>
    <message>
        <source>{kind}: {count} (chart {charts})</source>
        <translation>{kind}: {count} (expediente {charts})</translation>
    </message>
    <message>
        <source>{kind}: {count} (charts destroyed since: {destroyed})</source>
        <translation>{kind}: {count} (expedientes destruidos desde entonces: {destroyed})</translation>
    </message>
    <message>
        <source>{kind}: {count} (chart {charts}; charts destroyed since: {destroyed})</source>
        <translation>{kind}: {count} (expediente {charts}; expedientes destruidos desde entonces: {destroyed})</translation>
    </message>
    <message>
        <source>Another copy of this vault made a newer backup on {day}: use that copy; what was entered here since must be entered there too.</source>
        <translation>Otra copia de esta bóveda hizo una copia de seguridad más reciente el {day}: use esa copia; lo introducido aquí desde entonces también hay que introducirlo allí.</translation>
    </message>
    <message>
        <source>Another copy of this vault made newer backups: use that copy; what was entered here since must be entered there too.</source>
        <translation>Otra copia de esta bóveda hizo copias de seguridad más recientes: use esa copia; lo introducido aquí desde entonces también hay que introducirlo allí.</translation>
    </message>
    <message>
        <source>Older copy</source>
        <translation>Copia antigua</translation>
    </message>
    <message>
        <source>This is the older copy of this vault</source>
        <translation>Esta es la copia antigua de esta bóveda</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The import stopped: the export folder can no longer be read. Put it back; what came in is kept whole.</source>
        <translation>La importación se detuvo: ya no se puede leer la carpeta de la exportación. Vuelva a ponerla en su sitio; lo que ya entró se conserva completo.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import was cut short</source>
        <translation>La importación quedó interrumpida</translation>
    </message>
    <message>
        <source>An import into this vault was cut short (the app or a command was closed or killed, or the computer stopped, before it finished). The charts that came in are whole; nothing was half imported.</source>
        <translation>Una importación en esta bóveda quedó interrumpida (la aplicación o un comando se cerró o se detuvo a la fuerza, o la computadora se apagó, antes de que terminara). Los expedientes que entraron están completos; nada quedó importado a medias.</translation>
    </message>
</context>
<context>
    <name>FinishingWindow</name>
    <message>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <source>Finishing the backup before closing…</source>
        <translation>Terminando la copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>The practice's rebuttal</source>
        <translation>La réplica de la consulta</translation>
    </message>
    <message>
        <source>Statement of disagreement</source>
        <translation>Declaración de desacuerdo</translation>
    </message>
    <message>
        <source>The practice may answer the client's statement; a copy of the rebuttal goes to the client (45 CFR 164.526(d)(3)).</source>
        <translation>La consulta puede responder a la declaración del cliente; una copia de la réplica se envía al cliente (45 CFR 164.526(d)(3)).</translation>
    </message>
    <message>
        <source>The client's written statement disagreeing with the denial, and the basis for it (45 CFR 164.526(d)(1)(iii)). It goes with every later disclosure of the notes.</source>
        <translation>La declaración escrita del cliente en desacuerdo con la denegación, y su fundamento (45 CFR 164.526(d)(1)(iii)). Acompaña toda divulgación posterior de las notas.</translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>&amp;Rebuttal:</source>
        <translation>&amp;Réplica:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Declaración:</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Recibida &amp;el:</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Guardarla</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
</context>
<context>
    <name>DisagreementRow</name>
    <message>
        <source>Statement of disagreement</source>
        <translation>Declaración de desacuerdo</translation>
    </message>
    <message>
        <source>Statement of disagreement…</source>
        <translation>Declaración de desacuerdo…</translation>
    </message>
    <message>
        <source>Rebuttal…</source>
        <translation>Réplica…</translation>
    </message>
    <message>
        <source>The client may file a statement of disagreement (45 CFR 164.526(d)(1)(iii)): none received.</source>
        <translation>El cliente puede presentar una declaración de desacuerdo (45 CFR 164.526(d)(1)(iii)): no se ha recibido ninguna.</translation>
    </message>
    <message>
        <source>Statement of disagreement received {day} (45 CFR 164.526(d)(1)(iii)).</source>
        <translation>Declaración de desacuerdo recibida el {day} (45 CFR 164.526(d)(1)(iii)).</translation>
    </message>
    <message>
        <source>Rebuttal kept; send the client a copy (45 CFR 164.526(d)(3)).</source>
        <translation>Réplica guardada; envíe una copia al cliente (45 CFR 164.526(d)(3)).</translation>
    </message>
    <message>
        <source>No rebuttal (optional, 45 CFR 164.526(d)(3)).</source>
        <translation>Sin réplica (opcional, 45 CFR 164.526(d)(3)).</translation>
    </message>
    <message>
        <source>Make the rebuttal letter</source>
        <translation>Hacer la carta de la réplica</translation>
    </message>
    <message>
        <source>Rebuttal kept; its copy for the client was never made: make the letter, then send it (45 CFR 164.526(d)(3)).</source>
        <translation>Réplica guardada; nunca se hizo su copia para el cliente: haga la carta y envíela (45 CFR 164.526(d)(3)).</translation>
    </message>
    <message>
        <source>Making the letter…</source>
        <translation>Haciendo la carta…</translation>
    </message>
</context>
<context>
    <name>KitOffer</name>
    <message>
        <source>No Emergency Kit</source>
        <translation>Sin Kit de emergencia</translation>
    </message>
    <message>
        <source>This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened.</source>
        <translation>Esta bóveda no tiene ningún Kit de emergencia guardado: si se olvida la frase de contraseña, no se podrá abrir.</translation>
    </message>
    <message>
        <source>Get a new Emergency Kit now: every key is replaced and a new kit is shown to save or print.</source>
        <translation>Obtener ahora un Kit de emergencia nuevo: se reemplazan todas las claves y se muestra un kit nuevo para guardar o imprimir.</translation>
    </message>
    <message>
        <source>Later: you are asked again at the next unlock.</source>
        <translation>Más tarde: se le volverá a preguntar al desbloquear la próxima vez.</translation>
    </message>
    <message>
        <source>Get a new &amp;kit…</source>
        <translation>Obtener un &amp;kit nuevo…</translation>
    </message>
</context>
<context>
    <name>RestItemsBox</name>
    <message>
        <source>What this copy carries. Untick each item that was denied (arrows to move, Space to tick or untick):</source>
        <translation>Lo que lleva esta copia. Desmarque cada elemento denegado (flechas para moverse, Espacio para marcar o desmarcar):</translation>
    </message>
    <message>
        <source>What this copy carries</source>
        <translation>Lo que lleva esta copia</translation>
    </message>
    <message>
        <source>I have left out what was denied</source>
        <translation>He dejado fuera lo denegado</translation>
    </message>
    <message>
        <source>{said}: “{denied}”</source>
        <translation>{said}: «{denied}»</translation>
    </message>
    <message>
        <source>Progress note, {day}</source>
        <translation>Nota de evolución, {day}</translation>
    </message>
    <message>
        <source>Billing: session of {day}</source>
        <translation>Facturación: sesión del {day}</translation>
    </message>
</context>
<context>
    <name>RestoreCarried</name>
    <message>
        <source>%n disclosure</source>
        <translation>%n divulgación</translation>
    </message>
    <message>
        <source>%n disclosures</source>
        <translation>%n divulgaciones</translation>
    </message>
    <message>
        <source>%n signed note or amendment</source>
        <translation>%n nota firmada o enmienda</translation>
    </message>
    <message>
        <source>%n signed notes or amendments</source>
        <translation>%n notas firmadas o enmiendas</translation>
    </message>
    <message>
        <source>%n authorization entry</source>
        <translation>%n entrada de autorizaciones</translation>
    </message>
    <message>
        <source>%n authorization entries</source>
        <translation>%n entradas de autorizaciones</translation>
    </message>
    <message>
        <source>%n request entry</source>
        <translation>%n entrada de solicitudes</translation>
    </message>
    <message>
        <source>%n request entries</source>
        <translation>%n entradas de solicitudes</translation>
    </message>
    <message>
        <source>%n accounting entry</source>
        <translation>%n entrada de rendición de cuentas</translation>
    </message>
    <message>
        <source>%n accounting entries</source>
        <translation>%n entradas de rendición de cuentas</translation>
    </message>
    <message>
        <source>%n destruction entry</source>
        <translation>%n entrada de destrucciones</translation>
    </message>
    <message>
        <source>%n destruction entries</source>
        <translation>%n entradas de destrucciones</translation>
    </message>
    <message>
        <source>Nothing was carried over from the vault it replaced: its audit ledger could not be verified as this vault's. The safety copy in {0} keeps it as it was.</source>
        <translation>No se trasladó nada de la bóveda sustituida: no se pudo verificar que su registro de auditoría fuera de esta bóveda. La copia de resguardo en {0} lo conserva tal como estaba.</translation>
    </message>
    <message>
        <source>The ledger of the vault it replaced held nothing beyond this backup.</source>
        <translation>El registro de la bóveda sustituida no tenía nada posterior a esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The ledger of the vault it replaced held, beyond this backup: {0}.</source>
        <translation>El registro de la bóveda sustituida tenía, después de esta copia de seguridad: {0}.</translation>
    </message>
    <message>
        <source>Carried into the restored vault, for the accounting of disclosures: 1 disclosure.</source>
        <translation>Trasladada a la bóveda restaurada, para la rendición de cuentas de divulgaciones: 1 divulgación.</translation>
    </message>
    <message>
        <source>Carried into the restored vault, for the accounting of disclosures: {0} disclosures.</source>
        <translation>Trasladadas a la bóveda restaurada, para la rendición de cuentas de divulgaciones: {0} divulgaciones.</translation>
    </message>
    <message>
        <source>The rest was not carried over (signed notes and other records were in the files the backup replaced): the safety copy in {0} holds that ledger and those files.</source>
        <translation>El resto no se trasladó (las notas firmadas y otros registros estaban en los archivos que la copia de seguridad sustituyó): la copia de resguardo en {0} guarda ese registro y esos archivos.</translation>
    </message>
    <message>
        <source>(it will be carried over)</source>
        <translation>(se trasladará)</translation>
    </message>
    <message>
        <source>(they will be carried over)</source>
        <translation>(se trasladarán)</translation>
    </message>
    <message>
        <source>(1 accounting suspension will be carried over)</source>
        <translation>(se trasladará 1 suspensión de la rendición de cuentas)</translation>
    </message>
    <message>
        <source>({0} accounting suspensions will be carried over)</source>
        <translation>(se trasladarán {0} suspensiones de la rendición de cuentas)</translation>
    </message>
    <message>
        <source>(NOT carried over: the text is in the files being replaced; the safety copy keeps them)</source>
        <translation>(NO se traslada: el texto está en los archivos que se sustituyen; la copia de resguardo los guarda)</translation>
    </message>
    <message>
        <source>(re-applied in the restored vault)</source>
        <translation>(se vuelve a aplicar en la bóveda restaurada)</translation>
    </message>
    <message>
        <source>%n housekeeping entry (backups, unlocks, checks)</source>
        <translation>%n entrada de mantenimiento (copias, desbloqueos, comprobaciones)</translation>
    </message>
    <message>
        <source>%n housekeeping entries (backups, unlocks, checks)</source>
        <translation>%n entradas de mantenimiento (copias, desbloqueos, comprobaciones)</translation>
    </message>
    <message>
        <source>%n other record entry</source>
        <translation>%n otra entrada de los registros</translation>
    </message>
    <message>
        <source>%n other record entries</source>
        <translation>%n otras entradas de los registros</translation>
    </message>
    <message>
        <source>(no record; the safety copy keeps it)</source>
        <translation>(no es un registro clínico; la copia de resguardo la guarda)</translation>
    </message>
    <message>
        <source>(no record; the safety copy keeps them)</source>
        <translation>(no son registros clínicos; la copia de resguardo las guarda)</translation>
    </message>
    <message>
        <source>The rest was not carried over (those records were in the files the backup replaced): the safety copy in {0} holds that ledger and those files.</source>
        <translation>El resto no se trasladó (esos registros estaban en los archivos que la copia de seguridad sustituyó): la copia de resguardo en {0} guarda ese registro y esos archivos.</translation>
    </message>
    <message>
        <source>(not carried over: the safety copy keeps it)</source>
        <translation>(no se traslada: la copia de resguardo la guarda)</translation>
    </message>
    <message>
        <source>(not carried over: the safety copy keeps them)</source>
        <translation>(no se trasladan: la copia de resguardo las guarda)</translation>
    </message>
    <message>
        <source>The audit ledger of the vault you are replacing could not be verified as this vault's: nothing will be carried over from it. The safety copy kept beside it keeps it as it is.</source>
        <translation>No se pudo verificar que el registro de auditoría de la bóveda que sustituye sea de esta bóveda: no se trasladará nada de él. La copia de resguardo que se guarda a su lado lo conserva tal como está.</translation>
    </message>
    <message>
        <source>The vault you are replacing holds nothing newer than this backup.</source>
        <translation>La bóveda que sustituye no tiene nada posterior a esta copia de seguridad.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
    <message>
        <source>The vault you are replacing holds {0} newer than this backup: {1}.</source>
        <translation>La bóveda que sustituye tiene, después de esta copia de seguridad, {0}: {1}.</translation>
    </message>
    <message>
        <source>Carried into the restored vault, for the accounting of disclosures: {0} accounting suspension(s).</source>
        <translation>Trasladadas a la bóveda restaurada, para la rendición de cuentas de divulgaciones: {0} suspensión(es) de la rendición de cuentas.</translation>
    </message>
    <message>
        <source>%n copy recorded as not delivered</source>
        <translation>%n copia registrada como no entregada</translation>
    </message>
    <message>
        <source>%n copies recorded as not delivered</source>
        <translation>%n copias registradas como no entregadas</translation>
    </message>
    <message>
        <source>Carried into the restored vault, for the accounting of disclosures: {0} record(s) that a copy was not delivered.</source>
        <translation>Trasladados a la bóveda restaurada, para la rendición de cuentas de divulgaciones: {0} registro(s) de que una copia no se entregó.</translation>
    </message>
</context>
<context>
    <name>AccessCopyDrafts</name>
    <message>
        <source>progress notes</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <source>billing information</source>
        <translation>información de facturación</translation>
    </message>
    <message>
        <source>{part} on {day} ({file})</source>
        <translation>{part} el {day} ({file})</translation>
    </message>
    <message>
        <source>{part} on {day}</source>
        <translation>{part} el {day}</translation>
    </message>
    <message>
        <source>{part}, to {recipient}</source>
        <translation>{part}, a {recipient}</translation>
    </message>
    <message>
        <source>{part}, to the client</source>
        <translation>{part}, al cliente</translation>
    </message>
    <message>
        <source>Given already: {parts}. A part is not made again for the same recipient and dates.</source>
        <translation>Ya entregado: {parts}. Una parte no se vuelve a crear para el mismo destinatario y las mismas fechas.</translation>
    </message>
    <message>
        <source>Parts of the copy given: {parts}.</source>
        <translation>Partes de la copia entregadas: {parts}.</translation>
    </message>
    <message>
        <source>Progress note of {day}, not signed</source>
        <translation>Nota de evolución del {day}, sin firmar</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Borradores sin firmar</translation>
    </message>
    <message>
        <source>This copy would carry an unsigned draft. A draft is not yet part of the record as you attest it, so it is not given. Leave it out of the copy?</source>
        <translation>Esta copia llevaría un borrador sin firmar. Un borrador aún no forma parte del expediente tal como usted lo certifica, así que no se entrega. ¿Dejarlo fuera de la copia?</translation>
    </message>
    <message>
        <source>This copy would carry {count} unsigned drafts. A draft is not yet part of the record as you attest it, so it is not given. Leave them out of the copy?</source>
        <translation>Esta copia llevaría {count} borradores sin firmar. Un borrador aún no forma parte del expediente tal como usted lo certifica, así que no se entrega. ¿Dejarlos fuera de la copia?</translation>
    </message>
    <message>
        <source>Leave the drafts out and make the copy</source>
        <translation>Dejar fuera los borradores y hacer la copia</translation>
    </message>
    <message>
        <source>To give them, cancel, sign them in the chart, and make the copy again.</source>
        <translation>Para entregarlos, cancele, fírmelos en el expediente y vuelva a hacer la copia.</translation>
    </message>
</context>
<context>
    <name>RequestDueWords</name>
    <message>
        <source>HIPAA (federal)</source>
        <translation>HIPAA (federal)</translation>
    </message>
    <message>
        <source>HIPAA (federal; your state&apos;s may be shorter)</source>
        <translation>HIPAA (federal; el de su estado puede ser más corto)</translation>
    </message>
    <message>
        <source>copies within {n} days</source>
        <translation>copias en {n} días</translation>
    </message>
    <message>
        <source>inspection within {n} working days</source>
        <translation>consulta en {n} días hábiles</translation>
    </message>
    <message>
        <source>inspection within {n} days</source>
        <translation>consulta en {n} días</translation>
    </message>
    <message>
        <source>This is HIPAA&apos;s date ({citation}), earlier than your state&apos;s.</source>
        <translation>Es la fecha de HIPAA ({citation}), anterior a la de su estado.</translation>
    </message>
    <message>
        <source>This is HIPAA&apos;s date ({citation}): federal deadline; your state&apos;s may be shorter.</source>
        <translation>Es la fecha de HIPAA ({citation}): plazo federal; el de su estado puede ser más corto.</translation>
    </message>
    <message>
        <source>Set by {citation}: {rule}. HIPAA&apos;s date is {federal}.</source>
        <translation>Plazo de {citation}: {rule}. La fecha de HIPAA es el {federal}.</translation>
    </message>
    <message>
        <source>Also {rule}: by {day} ({citation}).</source>
        <translation>Además, {rule}: antes del {day} ({citation}).</translation>
    </message>
    <message>
        <source>The request does not say whether the client asked to inspect or for copies: the earlier date is shown.</source>
        <translation>La solicitud no dice si el cliente pidió consultar el expediente o copias: se muestra la fecha más temprana.</translation>
    </message>
    <message>
        <source>Working days skip Saturdays and Sundays only, not holidays: with a holiday in between, the law&apos;s date is a day later.</source>
        <translation>Los días hábiles excluyen solo sábados y domingos, no los festivos: si hay un festivo en medio, la fecha de la ley es un día después.</translation>
    </message>
    <message>
        <source>This rule was not checked against the statute&apos;s own text: confirm it with your licensing board.</source>
        <translation>Esta regla no se comprobó con el texto de la propia ley: confírmela con su junta de licencias.</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <source>the client (own access request)</source>
        <translation>el cliente (su propia solicitud de acceso)</translation>
    </message>
    <message>
        <source>at the request of the individual (45 CFR 164.524)</source>
        <translation>a petición de la persona interesada (45 CFR 164.524)</translation>
    </message>
    <message>
        <source>superbill for the client&apos;s own insurance reimbursement</source>
        <translation>superbill para el reembolso del propio seguro del cliente</translation>
    </message>
    <message>
        <source>statement of account for the client</source>
        <translation>estado de cuenta para el cliente</translation>
    </message>
    <message>
        <source>superbill of billing records, {first} to {last}</source>
        <translation>superbill de los registros de facturación, del {first} al {last}</translation>
    </message>
    <message>
        <source>statement of billing records, {first} to {last}</source>
        <translation>estado de cuenta de los registros de facturación, del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>lock_watch_words</name>
    <message>
        <source>The vault also locks when the screen locks or the computer goes to sleep.</source>
        <translation>La bóveda también se bloquea cuando se bloquea la pantalla o la computadora entra en reposo.</translation>
    </message>
    <message>
        <source>The vault also locks when the screen locks. This computer does not tell the app when it goes to sleep: lock with %1 before stepping away.</source>
        <translation>La bóveda también se bloquea cuando se bloquea la pantalla. Esta computadora no avisa a la aplicación cuando entra en reposo: bloquee con %1 antes de alejarse.</translation>
    </message>
    <message>
        <source>The vault also locks when the computer goes to sleep. This computer does not tell the app when the screen locks: lock with %1 before stepping away.</source>
        <translation>La bóveda también se bloquea cuando la computadora entra en reposo. Esta computadora no avisa a la aplicación cuando se bloquea la pantalla: bloquee con %1 antes de alejarse.</translation>
    </message>
    <message>
        <source>This computer does not tell the app when the screen locks or the laptop sleeps: lock with %1 before stepping away; the idle lock still works.</source>
        <translation>Esta computadora no avisa a la aplicación cuando se bloquea la pantalla o la laptop entra en reposo: bloquee con %1 antes de alejarse; el bloqueo por inactividad sigue funcionando.</translation>
    </message>
    <message>
        <source>Locking with the screen</source>
        <translation>Bloqueo con la pantalla</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>The superbill and the statement are made in English: the app cannot make them in your screen's language yet.</source>
        <translation>El superbill y el estado de cuenta se hacen en inglés: la aplicación aún no puede hacerlos en español.</translation>
    </message>
    <message>
        <source>The letters are written in English: the app cannot make them in your screen's language yet.</source>
        <translation>Las cartas se escriben en inglés: la aplicación aún no puede hacerlas en español.</translation>
    </message>
    <message>
        <source>The copy of the records is made in English: the app cannot make it in your screen's language yet.</source>
        <translation>La copia de los registros se hace en inglés: la aplicación aún no puede hacerla en español.</translation>
    </message>
    <message>
        <source>The document's language</source>
        <translation>Idioma del documento</translation>
    </message>
</context>
<context>
    <name>KitCheckDialog</name>
    <message>
        <source>Check the Emergency Kit</source>
        <translation>Comprobar el Kit de emergencia</translation>
    </message>
    <message>
        <source>Type or paste the recovery key printed on your Emergency Kit (dashes and spaces do not matter). The check changes nothing: your passphrase and your kit stay as they are.</source>
        <translation>Escriba o pegue la clave de recuperación impresa en su Kit de emergencia (los guiones y los espacios no importan). La comprobación no cambia nada: su frase de contraseña y su kit quedan como están.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>the recovery key from your Emergency Kit</source>
        <translation>la clave de recuperación de su Kit de emergencia</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Checking the Emergency Kit…</source>
        <translation>Comprobando el Kit de emergencia…</translation>
    </message>
    <message>
        <source>This kit opens this vault.</source>
        <translation>Este kit abre esta bóveda.</translation>
    </message>
    <message>
        <source>This is not the kit of this vault&apos;s current keys (a kit from before Replace every key opens only backups made before it).</source>
        <translation>Este no es el kit de las claves actuales de esta bóveda (un kit de antes de Reemplazar todas las claves solo abre las copias de seguridad hechas antes).</translation>
    </message>
</context>
</TS>
