<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Region Console</source>
        <translation>Über Region Console</translation>
    </message>
    <message>
        <source>Region Console %1</source>
        <translation>Region Console %1</translation>
    </message>
    <message>
        <source>Which data center (US or EU) a Customer.io account is in, and where each test call actually went.</source>
        <translation>In welchem Rechenzentrum (US oder EU) ein Customer.io-Konto liegt und wohin jeder Testaufruf tatsächlich ging.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>%1 (not saved: %2)</source>
        <translation>%1 (nicht gespeichert: %2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Latest result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>%1 call to %2 succeeded: HTTP %3</source>
        <translation>Aufruf „%1“ für %2 erfolgreich: HTTP %3</translation>
    </message>
    <message>
        <source>%1 call to %2 failed: HTTP %3</source>
        <translation>Aufruf „%1“ für %2 fehlgeschlagen: HTTP %3</translation>
    </message>
    <message>
        <source>%1 call to %2 failed: %3</source>
        <translation>Aufruf „%1“ für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Region check of %1 failed: %2</source>
        <translation>Regionsprüfung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is in the %2 region (verified)</source>
        <translation>%1 liegt in der Region %2 (bestätigt)</translation>
    </message>
</context>
<context>
    <name>AppIdentity</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>moved to %1, but could not remove all of %2</source>
        <translation>nach %1 verschoben, aber %2 konnte nicht vollständig entfernt werden</translation>
    </message>
    <message>
        <source>cannot move the settings %1 to %2: %3</source>
        <translation>die Einstellungen %1 können nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>request log and data directory: %1</source>
        <translation>Anfrageprotokoll und Datenverzeichnis: %1</translation>
    </message>
</context>
<context>
    <name>BurstSender</name>
    <message>
        <source>%1: from 1 to %2 calls (got %3)</source>
        <translation>%1: 1 bis %2 Aufrufe (erhalten: %3)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 calls per second (got %4)</source>
        <translation>%1: %2 bis %3 Aufrufe pro Sekunde (erhalten: %4)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>BurstStatus</name>
    <message>
        <source>Burst progress</source>
        <translation>Fortschritt der Serie</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the burst</source>
        <translation>Serie abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Send the failed calls of the burst again</source>
        <translation>Die fehlgeschlagenen Aufrufe der Serie erneut senden</translation>
    </message>
    <message>
        <source>Send the failed calls again. A failed call may have been processed, so this can create duplicates.</source>
        <translation>Die fehlgeschlagenen Aufrufe erneut senden. Ein fehlgeschlagener Aufruf kann dennoch verarbeitet worden sein; so können Duplikate entstehen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n call(s)…</source>
        <translation>
            <numerusform>Sende %n Aufruf…</numerusform>
            <numerusform>Sende %n Aufrufe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (429) on call %1: waiting %2 s, then %3 calls per second</source>
        <translation>Ratenbegrenzt (429) bei Aufruf %1: %2 s warten, dann %3 Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of %2 succeeded</source>
        <translation>%1 von %2 erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (not re-sent)</source>
        <translation>
            <numerusform>, %n fehlgeschlagen (nicht erneut gesendet)</numerusform>
            <numerusform>, %n fehlgeschlagen (nicht erneut gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>, %n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rate-limited answer(s), waited %1 s</source>
        <translation>
            <numerusform>, %n ratenbegrenzte Antwort, %1 s gewartet</numerusform>
            <numerusform>, %n ratenbegrenzte Antworten, %1 s gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> in %1 s.</translation>
    </message>
    <message>
        <source>Calls succeed again: now %1 calls per second</source>
        <translation>Aufrufe gelingen wieder: jetzt %1 Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>, ending at %1 calls per second</source>
        <translation>, zuletzt %1 Aufrufe pro Sekunde</translation>
    </message>
</context>
<context>
    <name>CallDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1 more lines not compared</source>
        <translation>%1 weitere Zeilen nicht verglichen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>call kind</source>
        <translation>Aufruftyp</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>bearbeitet von</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Hop %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Hop %1 request headers</source>
        <translation>Anfrage-Header von Hop %1</translation>
    </message>
    <message>
        <source>Hop %1 response headers</source>
        <translation>Antwort-Header von Hop %1</translation>
    </message>
    <message>
        <source>Hop %1 response body</source>
        <translation>Antwortinhalt von Hop %1</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message numerus="yes">
        <source>Call #%1 (left) and call #%2 (right): %n difference(s)</source>
        <translation>
            <numerusform>Aufruf #%1 (links) und Aufruf #%2 (rechts): %n Unterschied</numerusform>
            <numerusform>Aufruf #%1 (links) und Aufruf #%2 (rechts): %n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallInput</name>
    <message>
        <source>expected a comma before the next member, or } to end the object</source>
        <translation>Komma vor dem nächsten Eintrag oder } zum Ende des Objekts erwartet</translation>
    </message>
    <message>
        <source>expected a comma before the next value, or ] to end the array</source>
        <translation>Komma vor dem nächsten Wert oder ] zum Ende des Arrays erwartet</translation>
    </message>
    <message>
        <source>expected a colon after the member&apos;s name</source>
        <translation>Doppelpunkt nach dem Namen des Eintrags erwartet</translation>
    </message>
    <message>
        <source>expected a comma between two values</source>
        <translation>Komma zwischen zwei Werten erwartet</translation>
    </message>
    <message>
        <source>expected a value: a &quot;string&quot;, a number, true, false, null, an object or an array</source>
        <translation>Wert erwartet: eine &quot;Zeichenkette&quot;, eine Zahl, true, false, null, ein Objekt oder ein Array</translation>
    </message>
    <message>
        <source>expected a closing double quote</source>
        <translation>schließendes doppeltes Anführungszeichen erwartet</translation>
    </message>
</context>
<context>
    <name>CallProblem</name>
    <message>
        <source>Attribute &quot;%1&quot;</source>
        <translation>Attribut „%1“</translation>
    </message>
    <message>
        <source>Device: </source>
        <translation>Gerät: </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: must not be blank</source>
        <translation>%1: darf nicht nur aus Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>%1: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>%1: enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>%1: must not contain control characters such as line breaks or tabs</source>
        <translation>%1: darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten</translation>
    </message>
    <message>
        <source>%1: must not start or end with spaces</source>
        <translation>%1: darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>%1: &quot;.&quot; and &quot;..&quot; cannot be sent as a path segment</source>
        <translation>%1: „.“ und „..“ können nicht als Pfadsegment gesendet werden</translation>
    </message>
    <message>
        <source>%1: at most %2 bytes in UTF-8 (got %3)</source>
        <translation>%1: höchstens %2 Byte in UTF-8 (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: must be %2 (got &quot;%3&quot;)</source>
        <translation>%1: muss %2 sein (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>%1: must differ from the primary person</source>
        <translation>%1: muss sich von der primären Person unterscheiden</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3: %4</source>
        <translation>%1: ungültiges JSON in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: must be a JSON object such as {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>%1: muss ein JSON-Objekt sein, etwa {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>%1: at most %2 bytes of JSON (got %3)</source>
        <translation>%1: höchstens %2 Byte JSON (erhalten: %3)</translation>
    </message>
    <message>
        <source>Attributes: at most %1 per call (got %2)</source>
        <translation>Attribute: höchstens %1 pro Aufruf (erhalten: %2)</translation>
    </message>
    <message>
        <source>Attribute name: must not be empty</source>
        <translation>Attributname: darf nicht leer sein</translation>
    </message>
    <message>
        <source>Attribute name &quot;%1…&quot;: at most %2 bytes in UTF-8 (got %3)</source>
        <translation>Attributname „%1…“: höchstens %2 Byte in UTF-8 (erhalten: %3)</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot;: value at most %2 bytes in UTF-8 (got %3)</source>
        <translation>Attribut „%1“: Wert höchstens %2 Byte in UTF-8 (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: expected Unix seconds such as 1764403200 or an ISO 8601 date-time such as 2025-11-29T08:00:00Z (got &quot;%2&quot;)</source>
        <translation>%1: erwartet Unix-Sekunden wie 1764403200 oder ein ISO-8601-Datum mit Uhrzeit wie 2025-11-29T08:00:00Z (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>%1: must be Unix seconds, not negative (got %2)</source>
        <translation>%1: muss in Unix-Sekunden angegeben und nicht negativ sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: %2 looks like milliseconds; Unix seconds would be %3</source>
        <translation>%1: %2 sieht nach Millisekunden aus; in Unix-Sekunden wäre es %3</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (UTC), more than a day in the future; expected Unix seconds</source>
        <translation>%1: %2 ist %3 (UTC), mehr als einen Tag in der Zukunft; erwartet werden Unix-Sekunden</translation>
    </message>
    <message>
        <source>beyond year 9999</source>
        <translation>nach dem Jahr 9999</translation>
    </message>
    <message>
        <source>%1: must be a number of Unix seconds</source>
        <translation>%1: muss eine Zahl in Unix-Sekunden sein</translation>
    </message>
    <message>
        <source>%1: must be a whole number of Unix seconds (got %2)</source>
        <translation>%1: muss eine ganze Zahl von Unix-Sekunden sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is far too large for Unix seconds</source>
        <translation>%1: %2 ist viel zu groß für Unix-Sekunden</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}</translation>
    </message>
    <message>
        <source>type: must be &quot;person&quot;, &quot;object&quot; or &quot;delivery&quot;</source>
        <translation>type: muss &quot;person&quot;, &quot;object&quot; oder &quot;delivery&quot; sein</translation>
    </message>
    <message>
        <source>action: must be a non-empty string such as &quot;identify&quot; or &quot;event&quot;</source>
        <translation>action: muss eine nicht leere Zeichenkette sein, etwa &quot;identify&quot; oder &quot;event&quot;</translation>
    </message>
    <message>
        <source>identifiers: must be an object with at least one identifier, e.g. {&quot;id&quot;: &quot;42&quot;}</source>
        <translation>identifiers: muss ein Objekt mit mindestens einer Kennung sein, z. B. {&quot;id&quot;: &quot;42&quot;}</translation>
    </message>
    <message>
        <source>%1: must be a string or a number</source>
        <translation>%1: muss eine Zeichenkette oder eine Zahl sein</translation>
    </message>
    <message>
        <source>attributes: must be a JSON object</source>
        <translation>attributes: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>batch: must be a non-empty array of operations, e.g. {&quot;batch&quot;: [{&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}]}</source>
        <translation>batch: muss ein nicht leeres Array von Operationen sein, z. B. {&quot;batch&quot;: [{&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}]}</translation>
    </message>
    <message>
        <source>operation: at most %1 bytes of JSON (got %2)</source>
        <translation>Operation: höchstens %1 Byte JSON (erhalten: %2)</translation>
    </message>
    <message>
        <source>batch: at most %1 bytes of JSON per request (got %2)</source>
        <translation>batch: höchstens %1 Byte JSON pro Anfrage (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: contains the invisible character %2 at position %3 (bidi controls, zero-width characters and byte order marks change what is shown, not what is sent)</source>
        <translation>%1: enthält das unsichtbare Zeichen %2 an Position %3 (Bidi-Steuerzeichen, Zeichen ohne Breite und Byte-Order-Marks ändern, was angezeigt wird, nicht was gesendet wird)</translation>
    </message>
    <message>
        <source>%1: at most %2 entries (got %3)</source>
        <translation>%1: höchstens %2 Einträge (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: must have one, and only one, of &quot;id&quot; or &quot;email&quot;</source>
        <translation>%1: muss genau eines der Felder &quot;id&quot; oder &quot;email&quot; enthalten</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a string</source>
        <translation>%1: das Feld „%2“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: must be a ULID, 26 letters and digits such as 01J9ZQ3V5K8W2X4Y6Z7A8B9C0D (got &quot;%2&quot;)</source>
        <translation>%1: muss eine ULID sein, 26 Buchstaben und Ziffern wie 01J9ZQ3V5K8W2X4Y6Z7A8B9C0D (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice in one object (again at line %3, column %4); only one of its values would be sent</source>
        <translation>%1: der Schlüssel „%2“ kommt in einem Objekt zweimal vor (erneut in Zeile %3, Spalte %4); nur einer seiner Werte würde gesendet</translation>
    </message>
    <message>
        <source>a user ID or an anonymous ID is required (userId or anonymousId)</source>
        <translation>eine Benutzer-ID oder eine anonyme ID ist erforderlich (userId oder anonymousId)</translation>
    </message>
    <message>
        <source>%1: expected an ISO 8601 date-time with a time zone, such as 2025-11-29T08:00:00Z or 2025-11-29T09:00:00+01:00 (got &quot;%2&quot;)</source>
        <translation>%1: erwartet ein ISO-8601-Datum mit Uhrzeit und Zeitzone, etwa 2025-11-29T08:00:00Z oder 2025-11-29T09:00:00+01:00 (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>call: at most %1 bytes of JSON (got %2). Customer.io allows 32 KB per call and answers 200 while it drops a larger one; its clients read 32 KB as 32,000 or as 32,768 bytes, and the smaller reading passes under either</source>
        <translation>Aufruf: höchstens %1 Bytes JSON (erhalten: %2). Customer.io erlaubt 32 KB pro Aufruf und antwortet 200, während es einen größeren verwirft; seine Clients lesen 32 KB als 32.000 oder als 32.768 Bytes, und die kleinere Lesart besteht unter beiden</translation>
    </message>
    <message>
        <source>batch: at most %1 bytes of JSON per request (got %2). Customer.io allows 500 KB per batch and answers 200 while it drops a larger one; the smaller reading of 500 KB passes under either</source>
        <translation>batch: höchstens %1 Bytes JSON pro Anfrage (erhalten: %2). Customer.io erlaubt 500 KB pro Batch und antwortet 200, während es einen größeren verwirft; die kleinere Lesart von 500 KB besteht unter beiden</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}</translation>
    </message>
    <message>
        <source>type: must be &quot;identify&quot;, &quot;track&quot;, &quot;page&quot;, &quot;screen&quot;, &quot;group&quot; or &quot;alias&quot; (got &quot;%1&quot;)</source>
        <translation>type: muss „identify“, „track“, „page“, „screen“, „group“ oder „alias“ sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>batch: must be a non-empty array of calls, e.g. {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}]}</source>
        <translation>batch: muss ein nicht leeres Array von Aufrufen sein, z. B. {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}]}</translation>
    </message>
    <message>
        <source>%1: must be a whole number from 1 (got &quot;%2&quot;)</source>
        <translation>%1: muss eine ganze Zahl ab 1 sein (erhalten: „%2“)</translation>
    </message>
</context>
<context>
    <name>CallReplay</name>
    <message>
        <source>call #%1 was imported (%2); only calls this console sent can be sent again</source>
        <translation>Aufruf #%1 wurde importiert (%2); nur Aufrufe, die diese Konsole gesendet hat, können erneut gesendet werden</translation>
    </message>
    <message>
        <source>call #%1 (%2) cannot be rebuilt from the log yet; send it again from the composer</source>
        <translation>Aufruf #%1 (%2) kann noch nicht aus dem Protokoll wiederhergestellt werden; senden Sie ihn erneut aus dem Editor</translation>
    </message>
    <message>
        <source>call #%1 cannot be rebuilt as it was sent (%2 %3)</source>
        <translation>Aufruf #%1 kann nicht so wiederhergestellt werden, wie er gesendet wurde (%2 %3)</translation>
    </message>
    <message>
        <source>call #%1 (%2) is a Pipelines API call; send it again with send --api pipelines</source>
        <translation>Aufruf #%1 (%2) ist ein Aufruf der Pipelines-API; senden Sie ihn erneut mit send --api pipelines</translation>
    </message>
</context>
<context>
    <name>CallShape</name>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>id, email or cio_&lt;id&gt;</source>
        <translation>id, E-Mail oder cio_&lt;id&gt;</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Ereignisdaten</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>device token</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Track API v1</source>
        <translation>Track API v1</translation>
    </message>
    <message>
        <source>Region of the account</source>
        <translation>Region des Kontos</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Primary person</source>
        <translation>Primäre Person</translation>
    </message>
    <message>
        <source>id, email or cio_&lt;id&gt;; keeps its attributes</source>
        <translation>id, E-Mail oder cio_&lt;id&gt;; behält ihre Attribute</translation>
    </message>
    <message>
        <source>Secondary person</source>
        <translation>Sekundäre Person</translation>
    </message>
    <message>
        <source>merged into the primary person, then deleted</source>
        <translation>wird in die primäre Person übernommen und dann gelöscht</translation>
    </message>
    <message>
        <source>Anonymous ID</source>
        <translation>Anonyme ID</translation>
    </message>
    <message>
        <source>Anonymous event</source>
        <translation>Anonymes Ereignis</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>e.g. purchased</source>
        <translation>z. B. purchased</translation>
    </message>
    <message>
        <source>Identify person</source>
        <translation>Person identifizieren</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Customer event</source>
        <translation>Kundenereignis</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>Seiten-URL</translation>
    </message>
    <message>
        <source>e.g. https://example.com/pricing</source>
        <translation>z. B. https://example.com/pricing</translation>
    </message>
    <message>
        <source>Screen view</source>
        <translation>Bildschirmaufruf</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Bildschirmname</translation>
    </message>
    <message>
        <source>e.g. Settings</source>
        <translation>z. B. Settings</translation>
    </message>
    <message>
        <source>Add or update device</source>
        <translation>Gerät hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Device attributes</source>
        <translation>Geräteattribute</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Gerät löschen</translation>
    </message>
    <message>
        <source>Suppress person</source>
        <translation>Person sperren (suppress)</translation>
    </message>
    <message>
        <source>Unsuppress person</source>
        <translation>Person entsperren (unsuppress)</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>Track API v2</source>
        <translation>Track API v2</translation>
    </message>
    <message>
        <source>Track v2: one entity operation</source>
        <translation>Track v2: eine Entitätsoperation</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Track v2: batch</source>
        <translation>Track v2: Batch</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>App API</source>
        <translation>App API</translation>
    </message>
    <message>
        <source>App API key check</source>
        <translation>Prüfung des App-API-Schlüssels</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>optional ULID, drops repeats</source>
        <translation>optionale ULID, verwirft Wiederholungen</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>Formular-ID</translation>
    </message>
    <message>
        <source>e.g. newsletter_signup; a new ID creates the form</source>
        <translation>z. B. newsletter_signup; eine neue ID legt das Formular an</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>Segment-ID</translation>
    </message>
    <message>
        <source>a manual segment&apos;s ID, e.g. 7</source>
        <translation>ID eines manuellen Segments, z. B. 7</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>ids, comma-separated (at most 1000)</source>
        <translation>IDs, durch Kommas getrennt (höchstens 1000)</translation>
    </message>
    <message>
        <source>Submit a form</source>
        <translation>Formular absenden</translation>
    </message>
    <message>
        <source>Add people to a manual segment</source>
        <translation>Personen zu einem manuellen Segment hinzufügen</translation>
    </message>
    <message>
        <source>Remove people from a manual segment</source>
        <translation>Personen aus einem manuellen Segment entfernen</translation>
    </message>
    <message>
        <source>optional: anonymous ID from your website or app</source>
        <translation>optional: anonyme ID Ihrer Website oder App</translation>
    </message>
    <message>
        <source>Primary identifier type</source>
        <translation>Primärer Kennungstyp</translation>
    </message>
    <message>
        <source>Secondary identifier type</source>
        <translation>Sekundärer Kennungstyp</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>the person&apos;s userId</source>
        <translation>die userId der Person</translation>
    </message>
    <message>
        <source>userId; this or an anonymous ID</source>
        <translation>userId; diese oder eine anonyme ID</translation>
    </message>
    <message>
        <source>anonymousId</source>
        <translation>anonymousId</translation>
    </message>
    <message>
        <source>anonymousId; this or a user ID</source>
        <translation>anonymousId; diese oder eine Benutzer-ID</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale (traits)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften (properties)</translation>
    </message>
    <message>
        <source>optional, e.g. 2025-11-29T08:00:00Z</source>
        <translation>optional, z. B. 2025-11-29T08:00:00Z</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>optional, drops repeats</source>
        <translation>optional, verwirft Wiederholungen</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <source>the push token (context.device.token)</source>
        <translation>das Push-Token (context.device.token)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>Object type ID</source>
        <translation>Objekttyp-ID</translation>
    </message>
    <message>
        <source>optional, 1 when left out</source>
        <translation>optional, 1 wenn leer</translation>
    </message>
    <message>
        <source>Delivery ID</source>
        <translation>Zustellungs-ID</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>optional: the address or token the message went to</source>
        <translation>optional: die Adresse oder das Token, an das die Nachricht ging</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Inhalts-ID</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>Pipelines: create or update device</source>
        <translation>Pipelines: Gerät anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>Pipelines: delete device</source>
        <translation>Pipelines: Gerät löschen</translation>
    </message>
    <message>
        <source>Pipelines: delete person</source>
        <translation>Pipelines: Person löschen</translation>
    </message>
    <message>
        <source>Pipelines: suppress person</source>
        <translation>Pipelines: Person sperren</translation>
    </message>
    <message>
        <source>Pipelines: unsuppress person</source>
        <translation>Pipelines: Sperre der Person aufheben</translation>
    </message>
    <message>
        <source>Pipelines: delete relationship</source>
        <translation>Pipelines: Beziehung löschen</translation>
    </message>
    <message>
        <source>Pipelines: delete object</source>
        <translation>Pipelines: Objekt löschen</translation>
    </message>
    <message>
        <source>Pipelines: report delivery event</source>
        <translation>Pipelines: Zustellungsereignis melden</translation>
    </message>
    <message>
        <source>Pipelines: report content event</source>
        <translation>Pipelines: Inhaltsereignis melden</translation>
    </message>
    <message>
        <source>Pipelines API</source>
        <translation>Pipelines-API</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>e.g. Course Started</source>
        <translation>z. B. Course Started</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Previous ID</source>
        <translation>Vorherige ID</translation>
    </message>
    <message>
        <source>the anonymous ID or user ID merged into the user ID</source>
        <translation>die anonyme ID oder Benutzer-ID, die mit der Benutzer-ID zusammengeführt wird</translation>
    </message>
    <message>
        <source>Pipelines: batch</source>
        <translation>Pipelines: Batch</translation>
    </message>
    <message>
        <source>Pipelines: identify</source>
        <translation>Pipelines: identifizieren</translation>
    </message>
    <message>
        <source>Pipelines: track event</source>
        <translation>Pipelines: Ereignis erfassen</translation>
    </message>
    <message>
        <source>Pipelines: page</source>
        <translation>Pipelines: Seite</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Seitenname</translation>
    </message>
    <message>
        <source>e.g. Pricing</source>
        <translation>z. B. Pricing</translation>
    </message>
    <message>
        <source>Pipelines: screen</source>
        <translation>Pipelines: Bildschirm</translation>
    </message>
    <message>
        <source>Pipelines: group</source>
        <translation>Pipelines: Gruppe</translation>
    </message>
    <message>
        <source>Pipelines: alias</source>
        <translation>Pipelines: Alias</translation>
    </message>
</context>
<context>
    <name>CallTemplates</name>
    <message>
        <source>Template name: must not be blank</source>
        <translation>Vorlagenname: darf nicht leer sein</translation>
    </message>
    <message>
        <source>Template name: at most %1 characters (got %2)</source>
        <translation>Vorlagenname: höchstens %1 Zeichen (erhalten: %2)</translation>
    </message>
    <message>
        <source>Templates: at most %1 per workspace; delete one to save another</source>
        <translation>Vorlagen: höchstens %1 pro Arbeitsbereich; löschen Sie eine, um eine weitere zu speichern</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two calls</source>
        <translation>Zwei Aufrufe vergleichen</translation>
    </message>
    <message>
        <source>Compare call #%1 and call #%2</source>
        <translation>Aufruf #%1 und Aufruf #%2 vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) marked ≠.</source>
        <translation>
            <numerusform>%n Unterschied mit ≠ markiert.</numerusform>
            <numerusform>%n Unterschiede mit ≠ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two calls</source>
        <translation>Unterschiede zwischen den beiden Aufrufen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>Aufruf #%1</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>%1 (JSON)*:</source>
        <translation>%1 (JSON)*:</translation>
    </message>
    <message>
        <source>%1 (JSON):</source>
        <translation>%1 (JSON):</translation>
    </message>
    <message>
        <source>%1*:</source>
        <translation>%1*:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Send a test call</source>
        <translation>Testaufruf senden</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Aufruftyp</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Device platform</source>
        <translation>Geräteplattform</translation>
    </message>
    <message>
        <source>Send via:</source>
        <translation>Senden über:</translation>
    </message>
    <message>
        <source>Why sending is unavailable</source>
        <translation>Warum das Senden nicht möglich ist</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the test call</source>
        <translation>Den Testaufruf senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>How many times to send the call</source>
        <translation>Wie oft der Aufruf gesendet wird</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Send the call this many times, one at a time</source>
        <translation>Den Aufruf so oft senden, einen nach dem anderen</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>At most this many calls per second (Customer.io&apos;s fair use is far higher); a 429 answer slows the burst down</source>
        <translation>Höchstens so viele Aufrufe pro Sekunde (die Fair-Use-Grenze von Customer.io liegt weit höher); eine 429-Antwort verlangsamt die Serie</translation>
    </message>
    <message>
        <source>Select a workspace to send calls.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um Aufrufe zu senden.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>Read from the value</source>
        <translation>Aus dem Wert erkennen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate an event ID</source>
        <translation>Eine Ereignis-ID erzeugen</translation>
    </message>
    <message>
        <source>A new ULID: Customer.io counts events with the same ID once</source>
        <translation>Eine neue ULID: Customer.io zählt Ereignisse mit derselben ID nur einmal</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Track API</source>
        <translation>Track API</translation>
    </message>
    <message>
        <source>Pipelines API</source>
        <translation>Pipelines API</translation>
    </message>
    <message>
        <source>Track API: the Site ID and Track API key. Pipelines API: a source&apos;s API key.</source>
        <translation>Track API: Site-ID und Track-API-Schlüssel. Pipelines API: der API-Schlüssel einer Quelle.</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>memory, this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Secret Service via QtKeychain</source>
        <translation>Secret Service über QtKeychain</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Sandbox started on 127.0.0.1 (Track US %1, Track EU %2).</source>
        <translation>Sandbox auf 127.0.0.1 gestartet (Track US %1, Track EU %2).</translation>
    </message>
    <message>
        <source>Left the sandbox.</source>
        <translation>Sandbox verlassen.</translation>
    </message>
    <message>
        <source>%1 · US route</source>
        <translation>%1 · US-Route</translation>
    </message>
    <message>
        <source>%1 · US App API key</source>
        <translation>%1 · US-App-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 · filed under %2</source>
        <translation>%1 · abgelegt unter %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n mismatch example(s) to the sandbox&apos;s workspaces.</source>
        <translation>
            <numerusform>%n Beispiel für eine Abweichung zu den Arbeitsbereichen der Sandbox hinzugefügt.</numerusform>
            <numerusform>%n Beispiele für Abweichungen zu den Arbeitsbereichen der Sandbox hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route of &quot;%1&quot;: %2.</source>
        <translation>Route von „%1“: %2.</translation>
    </message>
    <message>
        <source>no usable endpoint table</source>
        <translation>keine verwendbare Endpunkttabelle</translation>
    </message>
    <message>
        <source>Reading the Track API key…</source>
        <translation>Track-API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the Track API key from the keychain…</source>
        <translation>Track-API-Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Track API key unavailable: %1</source>
        <translation>Track-API-Schlüssel nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No usable endpoint table.</source>
        <translation>Keine verwendbare Endpunkttabelle.</translation>
    </message>
    <message>
        <source>the endpoint table is invalid (%1)</source>
        <translation>die Endpunkttabelle ist ungültig (%1)</translation>
    </message>
    <message>
        <source>App API key unavailable: %1</source>
        <translation>App-API-Schlüssel nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>A call was not saved in the request log: %1</source>
        <translation>Ein Aufruf wurde nicht im Anfrageprotokoll gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the request log cannot be written (%1). Choose &quot;Send without logging&quot; to send calls that will not be logged.</source>
        <translation>Es wurde nichts gesendet: Das Anfrageprotokoll kann nicht geschrieben werden (%1). Wählen Sie „Ohne Protokoll senden“, um Aufrufe zu senden, die nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>call #%1 was sent for the workspace &quot;%2&quot;; select it to send the call again</source>
        <translation>Aufruf #%1 wurde für den Arbeitsbereich „%2“ gesendet; wählen Sie ihn aus, um den Aufruf erneut zu senden</translation>
    </message>
    <message>
        <source>the Track API key of &quot;%1&quot; is not available</source>
        <translation>der Track-API-Schlüssel von „%1“ ist nicht verfügbar</translation>
    </message>
    <message>
        <source>nothing was sent: no usable endpoint table</source>
        <translation>es wurde nichts gesendet: keine verwendbare Endpunkttabelle</translation>
    </message>
    <message>
        <source>No Track credentials: this workspace sends Pipelines calls only.</source>
        <translation>Keine Track-Zugangsdaten: Dieser Arbeitsbereich sendet nur Pipelines-Aufrufe.</translation>
    </message>
    <message>
        <source>nothing was sent: no workspace named &quot;%1&quot;</source>
        <translation>nichts wurde gesendet: kein Arbeitsbereich namens „%1“</translation>
    </message>
    <message>
        <source>nothing was sent: the workspace &quot;%1&quot; has no Pipelines source</source>
        <translation>nichts wurde gesendet: der Arbeitsbereich „%1“ hat keine Pipelines-Quelle</translation>
    </message>
    <message>
        <source>nothing was sent: the workspace &quot;%1&quot; has no Pipelines source named &quot;%2&quot; (its sources: %3)</source>
        <translation>nichts wurde gesendet: der Arbeitsbereich „%1“ hat keine Pipelines-Quelle namens „%2“ (seine Quellen: %3)</translation>
    </message>
    <message>
        <source>nothing was sent: the region of the Pipelines source &quot;%1&quot; of &quot;%2&quot; is not known. No Track credentials of its account have been checked and no region was chosen for it; choose US or EU for the source, or check the region of a workspace of its account.</source>
        <translation>nichts wurde gesendet: die Region der Pipelines-Quelle „%1“ von „%2“ ist nicht bekannt. Keine Track-Zugangsdaten ihres Kontos wurden geprüft, und für sie wurde keine Region gewählt; wählen Sie US oder EU für die Quelle, oder prüfen Sie die Region eines Arbeitsbereichs ihres Kontos.</translation>
    </message>
    <message>
        <source>nothing was sent: workspace &quot;%1&quot;, Pipelines source &quot;%2&quot;: API key: %3</source>
        <translation>nichts wurde gesendet: Arbeitsbereich „%1“, Pipelines-Quelle „%2“: API-Schlüssel: %3</translation>
    </message>
    <message>
        <source>nothing was sent: no usable endpoint table (%1)</source>
        <translation>nichts wurde gesendet: keine nutzbare Endpunkttabelle (%1)</translation>
    </message>
    <message>
        <source>nothing was sent: the endpoint table has no Pipelines hosts</source>
        <translation>nichts wurde gesendet: die Endpunkttabelle hat keine Pipelines-Hosts</translation>
    </message>
    <message>
        <source>nothing was sent: the request log cannot be written (%1)</source>
        <translation>nichts wurde gesendet: das Anfrageprotokoll kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no key stored in the keychain for this workspace</source>
        <translation>für diesen Arbeitsbereich ist kein Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it (log in again, or open the system&apos;s password manager) and try again</source>
        <translation>der Schlüsselbund ist gesperrt: entsperren Sie ihn (erneut anmelden oder die Passwortverwaltung des Systems öffnen) und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>access to the keychain was denied (is the keyring locked?)</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert (ist der Schlüsselbund gesperrt?)</translation>
    </message>
    <message>
        <source>secure storage unavailable: no D-Bus session bus, so no Secret Service keychain can be reached</source>
        <translation>sicherer Speicher nicht verfügbar: kein D-Bus-Sitzungsbus, daher ist kein Secret-Service-Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>secure storage unavailable: no Secret Service keychain (such as GNOME Keyring or KeePassXC) runs on the D-Bus session</source>
        <translation>sicherer Speicher nicht verfügbar: auf dem D-Bus der Sitzung läuft kein Secret-Service-Schlüsselbund (etwa GNOME Keyring oder KeePassXC)</translation>
    </message>
    <message>
        <source>secure storage unavailable: the Secret Service keychain has no default keyring to keep keys in</source>
        <translation>sicherer Speicher nicht verfügbar: der Secret-Service-Schlüsselbund hat keinen Standardschlüsselbund für Schlüssel</translation>
    </message>
    <message>
        <source>secure storage unavailable: no Secret Service keychain could be reached</source>
        <translation>sicherer Speicher nicht verfügbar: kein Secret-Service-Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>keychain not responding</source>
        <translation>Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>Fehler im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>%1 App API host</source>
        <translation>App-API-Host %1</translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation>%1: angenommen (%2)</translation>
    </message>
    <message>
        <source>%1: rejected (%2)</source>
        <translation>%1: abgelehnt (%2)</translation>
    </message>
    <message>
        <source>%1: rejected (%2): the key is wrong, revoked or of another workspace</source>
        <translation>%1: abgelehnt (%2): der Schlüssel ist falsch, widerrufen oder gehört zu einem anderen Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: keine Antwort (%2)</translation>
    </message>
    <message>
        <source>Track calls are redirected through US servers; data may be logged in the US. Switch the route to EU.</source>
        <translation>Track-Aufrufe werden über US-Server umgeleitet; Daten können in den USA protokolliert werden. Stellen Sie die Route auf EU um.</translation>
    </message>
    <message>
        <source>This account is in the US but the route is forced to the EU host, which rejects its Track calls (401). Switch the route to US or Automatic.</source>
        <translation>Dieses Konto liegt in den USA, aber die Route ist fest auf den EU-Host gestellt, der seine Track-Aufrufe ablehnt (401). Stellen Sie die Route auf US oder Automatisch um.</translation>
    </message>
    <message>
        <source>The App API key works on the %1 App API host, but the Track credentials say this account is in the %2 region: the App API key belongs to a workspace of another account.</source>
        <translation>Der App-API-Schlüssel funktioniert auf dem App-API-Host %1, aber laut Track-Zugangsdaten liegt dieses Konto in der Region %2: Der App-API-Schlüssel gehört zu einem Arbeitsbereich eines anderen Kontos.</translation>
    </message>
    <message>
        <source>The %1 App API host, the account&apos;s own, rejects the App API key: it is wrong, revoked or of another workspace.</source>
        <translation>Der App-API-Host %1, der des Kontos selbst, lehnt den App-API-Schlüssel ab: Er ist falsch, widerrufen oder gehört zu einem anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspaces of account &quot;%1&quot; disagree about its region: this one is %2, %3. An account has one region; check which account each workspace&apos;s credentials belong to.</source>
        <translation>Die Arbeitsbereiche des Kontos „%1“ sind sich über seine Region uneinig: Dieser hat die Region %2, %3. Ein Konto hat genau eine Region; prüfen Sie, zu welchem Konto die Zugangsdaten jedes Arbeitsbereichs gehören.</translation>
    </message>
    <message>
        <source>This account is in the EU but the route is forced to the US host. %1</source>
        <translation>Dieses Konto liegt in der EU, aber die Route ist fest auf den US-Host gestellt. %1</translation>
    </message>
    <message>
        <source>The last call of this EU account arrived through the US host. %1</source>
        <translation>Der letzte Aufruf dieses EU-Kontos kam über den US-Host an. %1</translation>
    </message>
    <message>
        <source>%1: answered &quot;wrong datacenter&quot; (%2): the account is not in this region; not a bad key</source>
        <translation>%1: antwortete „wrong datacenter“ (%2): Das Konto liegt nicht in dieser Region; kein falscher Schlüssel</translation>
    </message>
    <message>
        <source>Region mismatch: the %1 App API host answers &quot;wrong datacenter&quot; (%2) for this key because the account is in the %3 region, not because the key is bad. Send App API calls to the %3 App API host rather than rely on the redirect.</source>
        <translation>Regionsabweichung: Der App-API-Host %1 antwortet für diesen Schlüssel „wrong datacenter“ (%2), weil das Konto in der Region %3 liegt, nicht weil der Schlüssel falsch ist. Senden Sie App-API-Aufrufe an den App-API-Host %3, statt sich auf die Weiterleitung zu verlassen.</translation>
    </message>
    <message>
        <source>%1: refused (%2), as expected: the account is in the other region and App API calls are not redirected; not a bad key</source>
        <translation>%1: abgelehnt (%2), wie erwartet: Das Konto liegt in der anderen Region, und App-API-Aufrufe werden nicht weitergeleitet; kein falscher Schlüssel</translation>
    </message>
    <message>
        <source>this workspace&apos;s Track credentials say the account is in the %1 region</source>
        <translation>laut den Track-Zugangsdaten dieses Arbeitsbereichs liegt das Konto in der Region %1</translation>
    </message>
    <message>
        <source>the workspace &quot;%1&quot; of account &quot;%2&quot; was detected in the %3 region</source>
        <translation>der Arbeitsbereich „%1“ des Kontos „%2“ wurde in der Region %3 erkannt</translation>
    </message>
    <message>
        <source>The Pipelines source &quot;%1&quot; was set to the %2 region, but %3. An account has one region: its calls go to the %4 Pipelines host. Check which account the source belongs to, and correct its region.</source>
        <translation>Die Pipelines-Quelle „%1“ wurde auf die Region %2 gesetzt, aber %3. Ein Konto hat eine Region: Ihre Aufrufe gehen an den Pipelines-Host %4. Prüfen Sie, zu welchem Konto die Quelle gehört, und korrigieren Sie ihre Region.</translation>
    </message>
</context>
<context>
    <name>FleetCheck</name>
    <message>
        <source>Track API key: none stored</source>
        <translation>Track-API-Schlüssel: keiner gespeichert</translation>
    </message>
    <message>
        <source>Track API key: %1</source>
        <translation>Track-API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>no usable endpoint table</source>
        <translation>keine nutzbare Endpunkttabelle</translation>
    </message>
    <message>
        <source>no Track credentials (Pipelines sources only): no region check</source>
        <translation>keine Track-Zugangsdaten (nur Pipelines-Quellen): keine Regionsprüfung</translation>
    </message>
</context>
<context>
    <name>FleetCheckDialog</name>
    <message>
        <source>Check all workspaces</source>
        <translation>Alle Arbeitsbereiche prüfen</translation>
    </message>
    <message>
        <source>Workspaces checked at once</source>
        <translation>Gleichzeitig geprüfte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspaces checked</source>
        <translation>Geprüfte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <source>Answered by / problem</source>
        <translation>Beantwortet von / Problem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Workspaces checked at once:</source>
        <translation>Gleichzeitig geprüfte Arbeitsbereiche:</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) to check.</source>
        <translation>
            <numerusform>%n Arbeitsbereich zu prüfen.</numerusform>
            <numerusform>%n Arbeitsbereiche zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n workspace(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Arbeitsbereich.</numerusform>
            <numerusform>Abgebrochen nach %n Arbeitsbereiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) checked.</source>
        <translation>
            <numerusform>%n Arbeitsbereich geprüft.</numerusform>
            <numerusform>%n Arbeitsbereiche geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces of one account in different regions: %1</source>
        <translation>Arbeitsbereiche eines Kontos in verschiedenen Regionen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with Pipelines sources only, not checked.</source>
        <translation>
            <numerusform>%n Arbeitsbereich nur mit Pipelines-Quellen, nicht geprüft.</numerusform>
            <numerusform>%n Arbeitsbereiche nur mit Pipelines-Quellen, nicht geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: is %2; HAR files over %3 are refused</source>
        <translation>%1: ist %2 groß; HAR-Dateien über %3 werden abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HAR files over %2 are refused</source>
        <translation>%1: HAR-Dateien über %2 werden abgelehnt</translation>
    </message>
    <message>
        <source>HAR files over %1 are refused</source>
        <translation>HAR-Dateien über %1 werden abgelehnt</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2), so not a HAR file</source>
        <translation>kein JSON (%1 bei Byte %2), also keine HAR-Datei</translation>
    </message>
    <message>
        <source>not a HAR file: no log.entries</source>
        <translation>keine HAR-Datei: kein log.entries</translation>
    </message>
    <message>
        <source>HAR version &quot;%1&quot; is not supported (1.2 and 1.1 are)</source>
        <translation>HAR-Version „%1“ wird nicht unterstützt (1.2 und 1.1 schon)</translation>
    </message>
    <message>
        <source>the HAR file holds no entry</source>
        <translation>die HAR-Datei enthält keinen Eintrag</translation>
    </message>
    <message>
        <source>no answer from %1 (status 0 in the HAR file)</source>
        <translation>keine Antwort von %1 (Status 0 in der HAR-Datei)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>US transit: sent to the US host and redirected to the EU host, so the data passed through US servers. Send via the EU host.</source>
        <translation>US-Transit: an den US-Host gesendet und an den EU-Host weitergeleitet, die Daten liefen also über US-Server. Senden Sie über den EU-Host.</translation>
    </message>
    <message>
        <source>Imported: the console does not know this path; filed as &quot;%1&quot; by its method.</source>
        <translation>Importiert: Die Konsole kennt diesen Pfad nicht; nach seiner Methode als „%1“ eingeordnet.</translation>
    </message>
    <message>
        <source>none of the %1 entries is a call to Customer.io</source>
        <translation>keiner der %1 Einträge ist ein Aufruf an Customer.io</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2 call(s)</source>
        <translation>%1: %2 Aufruf(e)</translation>
    </message>
    <message>
        <source>US transit (sent to the US host, answered by the EU host): %1 call(s)</source>
        <translation>US-Transit (an den US-Host gesendet, vom EU-Host beantwortet): %1 Aufruf(e)</translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>%1 · sandbox %2</source>
        <translation>%1 · Sandbox %2</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>the %1 App API host, the account&apos;s own, rejects the App API key (%2): it is wrong, revoked or of another workspace</source>
        <translation>der App-API-Host %1, der des Kontos selbst, lehnt den App-API-Schlüssel ab (%2): Er ist falsch, widerrufen oder gehört zu einem anderen Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>KeyboardNavigation</name>
    <message>
        <source>Next pane</source>
        <translation>Nächster Fensterbereich</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Fensterbereich</translation>
    </message>
    <message>
        <source>Search the request log</source>
        <translation>Anfrageprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Go to the composer</source>
        <translation>Zum Editor</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the entry remains in the locked keyring</source>
        <translation>der Eintrag bleibt im gesperrten Schlüsselbund</translation>
    </message>
    <message>
        <source>the entry is in the locked keyring</source>
        <translation>der Eintrag liegt im gesperrten Schlüsselbund</translation>
    </message>
    <message>
        <source>no answer from the keychain after %1 s</source>
        <translation>keine Antwort vom Schlüsselbund nach %1 s</translation>
    </message>
</context>
<context>
    <name>KeychainEntries</name>
    <message>
        <source>; the keychain entry written could not be removed again and remains: %1</source>
        <translation>; der geschriebene Schlüsselbundeintrag konnte nicht wieder entfernt werden und bleibt bestehen: %1</translation>
    </message>
    <message>
        <source>; the keychain entries written could not be removed again and remain: %1</source>
        <translation>; die geschriebenen Schlüsselbundeinträge konnten nicht wieder entfernt werden und bleiben bestehen: %1</translation>
    </message>
    <message>
        <source>; the keychain entry written (service %1) could not be removed again and remains: %2; delete it with the system&apos;s password manager</source>
        <translation>; der geschriebene Schlüsselbundeintrag (Dienst %1) konnte nicht wieder entfernt werden und bleibt bestehen: %2; löschen Sie ihn mit der Passwortverwaltung des Systems</translation>
    </message>
    <message>
        <source>; the keychain entries written (service %1) could not be removed again and remain: %2; delete them with the system&apos;s password manager</source>
        <translation>; die geschriebenen Schlüsselbundeinträge (Dienst %1) konnten nicht wieder entfernt werden und bleiben bestehen: %2; löschen Sie sie mit der Passwortverwaltung des Systems</translation>
    </message>
</context>
<context>
    <name>LogBanner</name>
    <message>
        <source>Send without logging</source>
        <translation>Ohne Protokoll senden</translation>
    </message>
    <message>
        <source>Send test calls although they will not be logged</source>
        <translation>Testaufrufe senden, obwohl sie nicht protokolliert werden</translation>
    </message>
    <message>
        <source>The request log cannot be written (%1). Test calls are sent but not logged.</source>
        <translation>Das Anfrageprotokoll kann nicht geschrieben werden (%1). Testaufrufe werden gesendet, aber nicht protokolliert.</translation>
    </message>
    <message>
        <source>The request log cannot be written (%1). Test calls are not sent until you choose to send them without logging.</source>
        <translation>Das Anfrageprotokoll kann nicht geschrieben werden (%1). Testaufrufe werden erst gesendet, wenn Sie wählen, sie ohne Protokoll zu senden.</translation>
    </message>
</context>
<context>
    <name>LogExportFile</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the request log could not be read</source>
        <translation>das Anfrageprotokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Search the request log</source>
        <translation>Anfrageprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation>Nach Arbeitsbereich filtern</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Filter by the region that handled the call</source>
        <translation>Nach der Region filtern, die den Aufruf bearbeitet hat</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>Kein Host</translation>
    </message>
    <message>
        <source>Filter by the host that handled the call</source>
        <translation>Nach dem Host filtern, der den Aufruf bearbeitet hat</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>Jeder Host</translation>
    </message>
    <message>
        <source>Filter by status class</source>
        <translation>Nach Statusklasse filtern</translation>
    </message>
    <message>
        <source>Filter by status class; &quot;network&quot;: no HTTP answer (network error or timeout)</source>
        <translation>Nach Statusklasse filtern; „network“: keine HTTP-Antwort (Netzwerkfehler oder Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Filter by call</source>
        <translation>Nach Aufruf filtern</translation>
    </message>
    <message>
        <source>Any call</source>
        <translation>Jeder Aufruf</translation>
    </message>
    <message>
        <source>Workspace, call, method, path, hosts, hop URLs, status, outcome, error, warnings and bodies containing this text (any case). Terms as in a browser&apos;s network panel: status:4xx,5xx -method:GET api:track-v2 host:… region:eu,us call:… workspace:… from:2026-12-01 to:2026-12-07 (a leading - negates a term)</source>
        <translation>Arbeitsbereich, Aufruf, Methode, Pfad, Hosts, Hop-URLs, Status, Ergebnis, Fehler, Warnungen und Inhalte, die diesen Text enthalten (Groß-/Kleinschreibung egal). Begriffe wie im Netzwerkbereich der Entwicklerwerkzeuge eines Browsers: status:4xx,5xx -method:GET api:track-v2 host:… region:eu,us call:… workspace:… from:2026-12-01 to:2026-12-07 (ein vorangestelltes - verneint einen Begriff)</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>nicht %1: %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>Text: „%1“</translation>
    </message>
    <message>
        <source>%1 (Pipelines)</source>
        <translation>%1 (Pipelines)</translation>
    </message>
    <message>
        <source>Filter by API</source>
        <translation>Nach API filtern</translation>
    </message>
    <message>
        <source>Any API</source>
        <translation>Jede API</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>LogInspectorActions</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the two selected calls side by side, their differences marked</source>
        <translation>Die beiden ausgewählten Aufrufe nebeneinander zeigen, ihre Unterschiede markiert</translation>
    </message>
    <message>
        <source>Import HAR…</source>
        <translation>HAR importieren…</translation>
    </message>
    <message>
        <source>Add the Customer.io calls of a HAR file (a browser&apos;s or this console&apos;s) as read-only calls</source>
        <translation>Die Customer.io-Aufrufe einer HAR-Datei (eines Browsers oder dieser Konsole) als schreibgeschützte Aufrufe hinzufügen</translation>
    </message>
    <message>
        <source>Clear matching…</source>
        <translation>Treffer löschen…</translation>
    </message>
    <message>
        <source>Delete the stored calls that match the log&apos;s filters; keep the others</source>
        <translation>Die gespeicherten Aufrufe löschen, die zu den Filtern des Protokolls passen; die übrigen behalten</translation>
    </message>
    <message>
        <source>the request log is not open</source>
        <translation>das Anfrageprotokoll ist nicht geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s) as read-only rows</source>
        <translation>
            <numerusform>%n Aufruf als schreibgeschützte Zeile importiert</numerusform>
            <numerusform>%n Aufrufe als schreibgeschützte Zeilen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>HAR importieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har *.json)</source>
        <translation>HTTP-Archiv (*.har *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Clear matching calls</source>
        <translation>Passende Aufrufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stored call(s) that match the filters?</source>
        <translation>
            <numerusform>%n gespeicherten Aufruf löschen, der zu den Filtern passt?</numerusform>
            <numerusform>Die %n gespeicherten Aufrufe löschen, die zu den Filtern passen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls that do not match are kept. This cannot be undone.</source>
        <translation>Nicht passende Aufrufe bleiben erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the matching calls</source>
        <translation>Die passenden Aufrufe löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The request log could not be cleared: %1</source>
        <translation>Das Anfrageprotokoll konnte nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching call(s) from the request log.</source>
        <translation>
            <numerusform>%n passender Aufruf aus dem Anfrageprotokoll gelöscht.</numerusform>
            <numerusform>%n passende Aufrufe aus dem Anfrageprotokoll gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Request log: %1</source>
        <translation>Anfrageprotokoll: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Das Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <source>Clear log…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Das Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Ausgewählter Aufruf</translation>
    </message>
    <message>
        <source>Details of the selected call</source>
        <translation>Details des ausgewählten Aufrufs</translation>
    </message>
    <message>
        <source>Select a call in the log to see its hops, headers and bodies.</source>
        <translation>Wählen Sie einen Aufruf im Protokoll, um seine Hops, Header und Inhalte zu sehen.</translation>
    </message>
    <message>
        <source>Export selected as HAR…</source>
        <translation>Auswahl als HAR exportieren…</translation>
    </message>
    <message>
        <source>Save the selected calls as a HAR file (opens in a browser&apos;s devtools)</source>
        <translation>Die ausgewählten Aufrufe als HAR-Datei speichern (lässt sich in den Entwicklerwerkzeugen eines Browsers öffnen)</translation>
    </message>
    <message>
        <source>Export matching as HAR…</source>
        <translation>Treffer als HAR exportieren…</translation>
    </message>
    <message>
        <source>Save every stored call that matches the log&apos;s filters as a HAR file</source>
        <translation>Jeden gespeicherten Aufruf, der zu den Filtern des Protokolls passt, als HAR-Datei speichern</translation>
    </message>
    <message>
        <source>Export matching as JSONL…</source>
        <translation>Treffer als JSONL exportieren…</translation>
    </message>
    <message>
        <source>Save every stored call that matches the log&apos;s filters, one JSON object a line</source>
        <translation>Jeden gespeicherten Aufruf, der zu den Filtern des Protokolls passt, speichern, ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command repeating the selected call; the key is read from $CIO_TRACK_API_KEY</source>
        <translation>Einen curl-Befehl kopieren, der den ausgewählten Aufruf wiederholt; der Schlüssel wird aus $CIO_TRACK_API_KEY gelesen</translation>
    </message>
    <message>
        <source>Delete every call in the request log, the command line&apos;s included</source>
        <translation>Jeden Aufruf im Anfrageprotokoll löschen, auch die der Befehlszeile</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the App API key from $CIO_APP_API_KEY in your shell.</source>
        <translation>curl-Befehl kopiert; er liest den App-API-Schlüssel aus $CIO_APP_API_KEY in Ihrer Shell.</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the Track API key from $CIO_TRACK_API_KEY in your shell.</source>
        <translation>curl-Befehl kopiert; er liest den Track-API-Schlüssel aus $CIO_TRACK_API_KEY in Ihrer Shell.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Delete every call in the request log?</source>
        <translation>Jeden Aufruf im Anfrageprotokoll löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n stored call(s) are deleted from %1, calls sent from the command line included. This cannot be undone.</source>
        <translation>
            <numerusform>%n gespeicherter Aufruf wird aus %1 gelöscht, auch Aufrufe von der Befehlszeile. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n gespeicherte Aufrufe werden aus %1 gelöscht, auch Aufrufe von der Befehlszeile. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls listed in this window are removed.</source>
        <translation>Die in diesem Fenster aufgeführten Aufrufe werden entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete every call</source>
        <translation>Jeden Aufruf löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The request log could not be cleared: %1</source>
        <translation>Das Anfrageprotokoll konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>Request log cleared.</source>
        <translation>Anfrageprotokoll geleert.</translation>
    </message>
    <message>
        <source>Export selected calls as HAR</source>
        <translation>Ausgewählte Aufrufe als HAR exportieren</translation>
    </message>
    <message>
        <source>Export matching calls as JSONL</source>
        <translation>Passende Aufrufe als JSONL exportieren</translation>
    </message>
    <message>
        <source>Export matching calls as HAR</source>
        <translation>Passende Aufrufe als HAR exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>Exporting the matching calls to %1…</source>
        <translation>Passende Aufrufe werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Nothing was written.</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) as %1 to %2.</source>
        <translation>
            <numerusform>%n Aufruf als %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Aufrufe als %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the calls matching the filters</source>
        <translation>Die zu den Filtern passenden Aufrufe löschen</translation>
    </message>
    <message>
        <source>Not sent again: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Cannot open in the composer: %1</source>
        <translation>Kann nicht im Editor geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No call matches these filters.</source>
        <translation>Kein Aufruf passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No calls yet. Calls you send appear here.</source>
        <translation>Noch keine Aufrufe. Gesendete Aufrufe erscheinen hier.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected call again: same workspace, call, fields and first host, after the usual checks</source>
        <translation>Den ausgewählten Aufruf erneut senden: gleicher Arbeitsbereich, gleicher Aufruf, gleiche Felder und gleicher erster Host, nach den üblichen Prüfungen</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Put the selected call&apos;s fields in the composer, to change and send</source>
        <translation>Die Felder des ausgewählten Aufrufs in den Editor übernehmen, um sie zu ändern und zu senden</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Aufruf abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected call while it waits for its host; it ends as cancelled</source>
        <translation>Den ausgewählten Aufruf anhalten, solange er auf seinen Host wartet; er endet als abgebrochen</translation>
    </message>
    <message>
        <source>%1 · track</source>
        <translation>%1 · track</translation>
    </message>
    <message>
        <source>%1 · app</source>
        <translation>%1 · app</translation>
    </message>
    <message>
        <source>%1 · pipelines</source>
        <translation>%1 · pipelines</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Request log not saved: %1</source>
        <translation>Anfrageprotokoll nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The request log database could not be opened; calls are listed for this session only.</source>
        <translation>Die Datenbank des Anfrageprotokolls konnte nicht geöffnet werden; Aufrufe werden nur für diese Sitzung aufgeführt.</translation>
    </message>
    <message>
        <source>The endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid: %1. Configured workspaces cannot be checked or used until it is fixed; the sandbox still works.</source>
        <translation>Die in CIO_CONSOLE_ENDPOINTS genannte Endpunktdatei ist ungültig: %1. Eingerichtete Arbeitsbereiche können erst geprüft oder verwendet werden, wenn sie korrigiert ist; die Sandbox funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Add workspace</source>
        <translation>Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Add a workspace with its Site ID and Track API key (kept in the system keychain)</source>
        <translation>Einen Arbeitsbereich mit Site ID und Track-API-Schlüssel hinzufügen (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Edit workspace…</source>
        <translation>Arbeitsbereich bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected workspace&apos;s name, Site ID or account, or replace its keys</source>
        <translation>Name, Site ID oder Konto des ausgewählten Arbeitsbereichs ändern oder seine Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove the selected workspace and its keychain entries</source>
        <translation>Den ausgewählten Arbeitsbereich und seine Schlüsselbundeinträge entfernen</translation>
    </message>
    <message>
        <source>Re-check region</source>
        <translation>Region erneut prüfen</translation>
    </message>
    <message>
        <source>Ask Customer.io again which region the selected workspace&apos;s account is in</source>
        <translation>Customer.io erneut fragen, in welcher Region das Konto des ausgewählten Arbeitsbereichs liegt</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A built-in Customer.io stand-in on this machine with a US and an EU demo account</source>
        <translation>Ein eingebauter Ersatz für Customer.io auf diesem Rechner mit einem US- und einem EU-Demokonto</translation>
    </message>
    <message>
        <source>About Region Console</source>
        <translation>Über Region Console</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Make a sandbox host misbehave: delays, hangs, resets, 5xx, 429, bad bodies, redirects</source>
        <translation>Störungen auf einem Sandbox-Host auslösen: Verzögerungen, Hänger, Verbindungsabbrüche, 5xx, 429, fehlerhafte Inhalte, Weiterleitungen</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>Sandbox-Störungen</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Add mismatch examples</source>
        <translation>Beispiele für Abweichungen hinzufügen</translation>
    </message>
    <message>
        <source>Adds an EU workspace on the US route, one with an App API key of the other region, and a US workspace filed under the EU account, to see each diagnosis</source>
        <translation>Fügt einen EU-Arbeitsbereich mit US-Route, einen mit App-API-Schlüssel der anderen Region und einen US-Arbeitsbereich unter dem EU-Konto hinzu, um jede Diagnose zu sehen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io.</source>
        <translation>Sandbox: zwei Demokonten (US und EU) auf diesem Rechner; nichts wird an Customer.io gesendet.</translation>
    </message>
    <message>
        <source>Leave sandbox</source>
        <translation>Sandbox verlassen</translation>
    </message>
    <message>
        <source>No workspace yet. Add one with its Site ID and Track API key, or try the sandbox first.</source>
        <translation>Noch kein Arbeitsbereich. Fügen Sie einen mit Site ID und Track-API-Schlüssel hinzu oder probieren Sie zuerst die Sandbox aus.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Sandbox faults in force</source>
        <translation>Aktive Sandbox-Störungen</translation>
    </message>
    <message>
        <source>Request log storage</source>
        <translation>Speicher des Anfrageprotokolls</translation>
    </message>
    <message>
        <source>Select a workspace to send calls.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um Aufrufe zu senden.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Endpoints: sandbox on 127.0.0.1</source>
        <translation>Endpunkte: Sandbox auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Endpoints: CIO_CONSOLE_ENDPOINTS invalid</source>
        <translation>Endpunkte: CIO_CONSOLE_ENDPOINTS ungültig</translation>
    </message>
    <message>
        <source>Endpoints: Customer.io (US and EU)</source>
        <translation>Endpunkte: Customer.io (US und EU)</translation>
    </message>
    <message>
        <source>Endpoints: CIO_CONSOLE_ENDPOINTS</source>
        <translation>Endpunkte: CIO_CONSOLE_ENDPOINTS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox faults: %1</source>
        <translation>Sandbox-Störungen: %1</translation>
    </message>
    <message>
        <source>Check &amp;all workspaces…</source>
        <translation>&amp;Alle Arbeitsbereiche prüfen…</translation>
    </message>
    <message>
        <source>&amp;Residency report…</source>
        <translation>&amp;Residenzbericht…</translation>
    </message>
</context>
<context>
    <name>PipelinesForm</name>
    <message>
        <source>%1 (JSON)*:</source>
        <translation>%1 (JSON)*:</translation>
    </message>
    <message>
        <source>%1 (JSON):</source>
        <translation>%1 (JSON):</translation>
    </message>
    <message>
        <source>%1*:</source>
        <translation>%1*:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Pipelines source</source>
        <translation>Pipelines-Quelle</translation>
    </message>
    <message>
        <source>The source whose Pipelines API key sends the call</source>
        <translation>Die Quelle, deren Pipelines-API-Schlüssel den Aufruf sendet</translation>
    </message>
    <message>
        <source>This workspace has no Pipelines source: add one with Edit workspace.</source>
        <translation>Dieser Arbeitsbereich hat keine Pipelines-Quelle: Fügen Sie eine mit „Arbeitsbereich bearbeiten“ hinzu.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Pipelines call</source>
        <translation>Pipelines-Aufruf</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strikter Modus</translation>
    </message>
    <message>
        <source>On: Customer.io answers a call it refuses with 400 or 401. Off: Customer.io answers 200 even when it drops the call.</source>
        <translation>Ein: Customer.io beantwortet einen abgelehnten Aufruf mit 400 oder 401. Aus: Customer.io antwortet mit 200, auch wenn es den Aufruf verwirft.</translation>
    </message>
    <message>
        <source>off: Customer.io answers 200 even when it drops the call</source>
        <translation>aus: Customer.io antwortet mit 200, auch wenn es den Aufruf verwirft</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>PipelinesRegion</name>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>from account %1 (workspace &quot;%2&quot;)</source>
        <translation>vom Konto %1 (Arbeitsbereich „%2“)</translation>
    </message>
    <message>
        <source>chosen, not verified</source>
        <translation>gewählt, nicht überprüft</translation>
    </message>
    <message>
        <source>not known: choose US or EU</source>
        <translation>nicht bekannt: wählen Sie US oder EU</translation>
    </message>
</context>
<context>
    <name>PipelinesSection</name>
    <message>
        <source>Pipelines API</source>
        <translation>Pipelines-API</translation>
    </message>
    <message>
        <source>Pipelines diagnosis</source>
        <translation>Pipelines-Diagnose</translation>
    </message>
    <message>
        <source>Pipelines API host</source>
        <translation>Pipelines-API-Host</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the Pipelines API host</source>
        <translation>Den Pipelines-API-Host kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Pipelines host:</source>
        <translation>Pipelines-Host:</translation>
    </message>
    <message>
        <source>Pipelines sources</source>
        <translation>Pipelines-Quellen</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>%1: region not known: choose US or EU for it (Edit workspace); nothing is sent until then</source>
        <translation>%1: Region nicht bekannt: wählen Sie US oder EU dafür (Arbeitsbereich bearbeiten); bis dahin wird nichts gesendet</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>source: region code (basis)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>no Pipelines host in the endpoint table</source>
        <translation>kein Pipelines-Host in der Endpunkttabelle</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems with the call</source>
        <translation>Probleme mit dem Aufruf</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weiteres)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>RegionDetector</name>
    <message>
        <source>the region answer is not a JSON object</source>
        <translation>die Antwort zur Region ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the region answer names no known region (expected &quot;region&quot;: &quot;us&quot; or &quot;eu&quot;)</source>
        <translation>die Antwort zur Region nennt keine bekannte Region (erwartet: &quot;region&quot;: &quot;us&quot; oder &quot;eu&quot;)</translation>
    </message>
    <message>
        <source>Site ID or Track API key rejected by Customer.io (401 from %1)</source>
        <translation>Site ID oder Track-API-Schlüssel von Customer.io abgelehnt (401 von %1)</translation>
    </message>
    <message>
        <source>the region answer names &quot;%1&quot; twice</source>
        <translation>die Antwort zur Region nennt „%1“ zweimal</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Data and Privacy</source>
        <translation>Daten und Datenschutz</translation>
    </message>
    <message>
        <source>Region badge</source>
        <translation>Regionsabzeichen</translation>
    </message>
    <message>
        <source>Account region</source>
        <translation>Region des Kontos</translation>
    </message>
    <message>
        <source>Customer.io documentation on account regions</source>
        <translation>Dokumentation von Customer.io zu Kontoregionen</translation>
    </message>
    <message>
        <source>About account regions</source>
        <translation>Über Kontoregionen</translation>
    </message>
    <message>
        <source>Region check state</source>
        <translation>Stand der Regionsprüfung</translation>
    </message>
    <message>
        <source>The request that failed</source>
        <translation>Die fehlgeschlagene Anfrage</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Track API host</source>
        <translation>Track-API-Host</translation>
    </message>
    <message>
        <source>App API host</source>
        <translation>App-API-Host</translation>
    </message>
    <message>
        <source>Transactional API host</source>
        <translation>Host der Transactional API</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation>Arbeitsbereich-ID:</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>Site ID:</translation>
    </message>
    <message>
        <source>Track API host:</source>
        <translation>Track-API-Host:</translation>
    </message>
    <message>
        <source>App API host:</source>
        <translation>App-API-Host:</translation>
    </message>
    <message>
        <source>Transactional:</source>
        <translation>Transaktional:</translation>
    </message>
    <message>
        <source>Transactional messages (POST /v1/send/email, push, sms…) go to the App API host of the account&apos;s region.</source>
        <translation>Transaktionsnachrichten (POST /v1/send/email, push, sms…) gehen an den App-API-Host der Region des Kontos.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Automatic (detected region)</source>
        <translation>Automatisch (erkannte Region)</translation>
    </message>
    <message>
        <source>Always the US host</source>
        <translation>Immer der US-Host</translation>
    </message>
    <message>
        <source>Always the EU host</source>
        <translation>Immer der EU-Host</translation>
    </message>
    <message>
        <source>Where the workspace&apos;s calls go unless &quot;Send via&quot; in &quot;Send a test call&quot; picks another host for a test call.</source>
        <translation>Wohin die Aufrufe des Arbeitsbereichs gehen, sofern „Senden über“ in „Testaufruf senden“ für einen Testaufruf keinen anderen Host wählt.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Check App API key</source>
        <translation>App-API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Check the App API key</source>
        <translation>Den App-API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>also on the other region&apos;s host</source>
        <translation>auch auf dem Host der anderen Region</translation>
    </message>
    <message>
        <source>Also check the App API key on the other region&apos;s host</source>
        <translation>Den App-API-Schlüssel auch auf dem Host der anderen Region prüfen</translation>
    </message>
    <message>
        <source>See what an integration configured with the other region&apos;s App API host gets: Customer.io does not redirect App API calls.</source>
        <translation>Sehen, was eine Integration mit dem App-API-Host der anderen Region erhält: Customer.io leitet App-API-Aufrufe nicht um.</translation>
    </message>
    <message>
        <source>App API key check</source>
        <translation>Prüfung des App-API-Schlüssels</translation>
    </message>
    <message>
        <source>App API key:</source>
        <translation>App-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Select a workspace to check its region.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um seine Region zu prüfen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Verified %1 (%2) through %3</source>
        <translation>✔ Bestätigt am %1 (%2) über %3</translation>
    </message>
    <message>
        <source>Ask the App API host of the account&apos;s region (GET /v1/segments, read-only) whether the key works</source>
        <translation>Den App-API-Host der Region des Kontos fragen (GET /v1/segments, nur lesend), ob der Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No workspace selected</source>
        <translation>Kein Arbeitsbereich ausgewählt</translation>
    </message>
    <message>
        <source>Asking Customer.io which region this account is in (GET /api/v1/accounts/region)…</source>
        <translation>Customer.io wird gefragt, in welcher Region dieses Konto liegt (GET /api/v1/accounts/region)…</translation>
    </message>
    <message>
        <source>Available once the region is verified.</source>
        <translation>Verfügbar, sobald die Region bestätigt ist.</translation>
    </message>
    <message>
        <source>No App API key stored for this workspace (add one with Edit workspace).</source>
        <translation>Für diesen Arbeitsbereich ist kein App-API-Schlüssel gespeichert (mit „Arbeitsbereich bearbeiten“ hinzufügen).</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>✖ Region not verified: %1</source>
        <translation>✖ Region nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>an earlier check</source>
        <translation>eine frühere Prüfung</translation>
    </message>
    <message>
        <source>Last seen as %1 (%2); not confirmed now.</source>
        <translation>Zuletzt als %1 gesehen (%2); derzeit nicht bestätigt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Forced: by default, calls go to the %1 host (%2)</source>
        <translation>Fest: Aufrufe gehen standardmäßig an den %1-Host (%2)</translation>
    </message>
    <message>
        <source>Automatic: the region is not verified, so each test call needs a host chosen in &quot;Send via&quot; (US host or EU host)</source>
        <translation>Automatisch: Die Region ist nicht bestätigt, daher braucht jeder Testaufruf einen in „Senden über“ gewählten Host (US-Host oder EU-Host)</translation>
    </message>
    <message>
        <source>Automatic: region not known yet, so by default calls go to the %1 host (%2), Customer.io&apos;s default</source>
        <translation>Automatisch: Region noch unbekannt, daher gehen Aufrufe standardmäßig an den %1-Host (%2), die Vorgabe von Customer.io</translation>
    </message>
    <message>
        <source>Automatic: by default, calls go to the detected region&apos;s host, %1 (%2)</source>
        <translation>Automatisch: Aufrufe gehen standardmäßig an den Host der erkannten Region, %1 (%2)</translation>
    </message>
    <message>
        <source>No workspace yet: add one, or try the sandbox.</source>
        <translation>Noch kein Arbeitsbereich: Fügen Sie einen hinzu oder probieren Sie die Sandbox aus.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>No browser opened; the address: %1</source>
        <translation>Kein Browser geöffnet; die Adresse: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Region badge: %1</source>
        <translation>Regionsabzeichen: %1</translation>
    </message>
    <message>
        <source>No Track credentials</source>
        <translation>Keine Track-Zugangsdaten</translation>
    </message>
    <message>
        <source>This workspace has Pipelines sources only: without a Site ID and Track API key there is no region check. Each source&apos;s region and what it rests on are under Pipelines API.</source>
        <translation>Dieser Arbeitsbereich hat nur Pipelines-Quellen: ohne Site ID und Track API key gibt es keine Regionsprüfung. Die Region jeder Quelle und worauf sie beruht stehen unter Pipelines-API.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An App API key needs the workspace&apos;s Track credentials.</source>
        <translation>Ein App API key braucht die Track-Zugangsdaten des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>account %1 (all its workspaces)</source>
        <translation>Konto %1 (alle seine Arbeitsbereiche)</translation>
    </message>
    <message>
        <source>every workspace</source>
        <translation>alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Residency evidence report</source>
        <translation>Nachweisbericht zum Datenstandort</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2 (end excluded)</source>
        <translation>%1 bis %2 (Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Calls in scope</source>
        <translation>Aufrufe im Umfang</translation>
    </message>
    <message>
        <source>Digest (SHA-256 chain head)</source>
        <translation>Digest (SHA-256, Ende der Kette)</translation>
    </message>
    <message>
        <source>Chain anchor</source>
        <translation>Anker der Kette</translation>
    </message>
    <message>
        <source>Log chained from</source>
        <translation>Protokoll verkettet seit</translation>
    </message>
    <message>
        <source>%1 (calls stored before then were chained at that moment)</source>
        <translation>%1 (zuvor gespeicherte Aufrufe wurden zu diesem Zeitpunkt verkettet)</translation>
    </message>
    <message>
        <source>Identifier key</source>
        <translation>Schlüssel für Kennungen</translation>
    </message>
    <message>
        <source>HMAC-SHA-256, key %1</source>
        <translation>HMAC-SHA-256, Schlüssel %1</translation>
    </message>
    <message>
        <source>This report states what Region Console recorded about each call: which hosts handled it and in which region. It is not a legal assessment. People&apos;s identifiers appear only as keyed hashes (HMAC-SHA-256), request and response bodies only as SHA-256. Verify the JSON form with: cio-console report verify FILE</source>
        <translation>Dieser Bericht gibt wieder, was Region Console zu jedem Aufruf aufgezeichnet hat: welche Hosts ihn bearbeitet haben und in welcher Region. Er ist keine rechtliche Bewertung. Kennungen von Personen erscheinen nur als verschlüsselte Hashes (HMAC-SHA-256), Anfrage- und Antworttexte nur als SHA-256. Die JSON-Fassung prüfen Sie mit: cio-console report verify FILE</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No calls were recorded for this scope in this range.</source>
        <translation>Für diesen Umfang wurden in diesem Zeitraum keine Aufrufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>Calls by the region of the host that handled them</source>
        <translation>Aufrufe nach der Region des Hosts, der sie bearbeitet hat</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>US host</source>
        <translation>US-Host</translation>
    </message>
    <message>
        <source>EU host</source>
        <translation>EU-Host</translation>
    </message>
    <message>
        <source>No host answered</source>
        <translation>Kein Host hat geantwortet</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Keine Aufrufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) passed through a host outside the account&apos;s region.</source>
        <translation>
            <numerusform>%n Aufruf lief über einen Host außerhalb der Region des Kontos.</numerusform>
            <numerusform>%n Aufrufe liefen über einen Host außerhalb der Region des Kontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were refused by the host of the other region.</source>
        <translation>
            <numerusform>%n Aufruf wurde vom Host der anderen Region abgelehnt.</numerusform>
            <numerusform>%n Aufrufe wurden vom Host der anderen Region abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces and their region</source>
        <translation>Arbeitsbereiche und ihre Region</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt bestätigt</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>No configured workspace in this scope.</source>
        <translation>Kein eingerichteter Arbeitsbereich in diesem Umfang.</translation>
    </message>
    <message>
        <source>Region verifications in the range</source>
        <translation>Regionsprüfungen im Zeitraum</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Through host</source>
        <translation>Über Host</translation>
    </message>
    <message>
        <source>Region answered</source>
        <translation>Genannte Region</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No region verification in this range.</source>
        <translation>Keine Regionsprüfung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>Erster Host</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>Letzter Host</translation>
    </message>
    <message>
        <source>Account region</source>
        <translation>Region des Kontos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls through a host outside the account&apos;s region</source>
        <translation>Aufrufe über einen Host außerhalb der Region des Kontos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Calls refused for the wrong region</source>
        <translation>Wegen falscher Region abgelehnte Aufrufe</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>The route setting is the workspace&apos;s as configured when the report was made; the counts are where each call of the range was first sent.</source>
        <translation>Die Route ist die Einstellung des Arbeitsbereichs bei Erstellung des Berichts; die Zahlen geben an, wohin jeder Aufruf des Zeitraums zuerst gesendet wurde.</translation>
    </message>
    <message>
        <source>Route setting</source>
        <translation>Eingestellte Route</translation>
    </message>
    <message>
        <source>First sent to US</source>
        <translation>Zuerst an US gesendet</translation>
    </message>
    <message>
        <source>First sent to EU</source>
        <translation>Zuerst an EU gesendet</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Host chain (status)</source>
        <translation>Host-Kette (Status)</translation>
    </message>
    <message>
        <source>Handled in</source>
        <translation>Bearbeitet in</translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) in the saved report.</source>
        <translation>
            <numerusform>%n weiterer Aufruf im gespeicherten Bericht.</numerusform>
            <numerusform>%n weitere Aufrufe im gespeicherten Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) went to a host that is not Customer.io&apos;s (the built-in sandbox, or another endpoint table); they are counted above by the region the console&apos;s endpoint table gave that host.</source>
        <translation>
            <numerusform>%n Aufruf ging an einen Host, der nicht zu Customer.io gehört (die eingebaute Sandbox oder eine andere Endpunkttabelle); er ist oben unter der Region gezählt, die die Endpunkttabelle der Konsole diesem Host gab.</numerusform>
            <numerusform>%n Aufrufe gingen an einen Host, der nicht zu Customer.io gehört (die eingebaute Sandbox oder eine andere Endpunkttabelle); sie sind oben unter der Region gezählt, die die Endpunkttabelle der Konsole diesem Host gab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in one object (again at line %2, column %3)</source>
        <translation>&quot;%1&quot; kommt in einem Objekt zweimal vor (erneut in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>&quot;report&quot;: not a residency report</source>
        <translation>&quot;report&quot;: kein Residenzbericht</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot;: expected %1</source>
        <translation>&quot;schema_version&quot;: %1 erwartet</translation>
    </message>
    <message>
        <source>&quot;chain.anchor&quot;: expected 64 hex digits</source>
        <translation>&quot;chain.anchor&quot;: 64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>&quot;chain.head&quot;: expected 64 hex digits</source>
        <translation>&quot;chain.head&quot;: 64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>&quot;rows&quot;: expected an array</source>
        <translation>&quot;rows&quot;: ein Array erwartet</translation>
    </message>
    <message>
        <source>&quot;rows[%1]&quot;: expected an id and a 64-hex-digit digest</source>
        <translation>&quot;rows[%1]&quot;: eine ID und ein Digest aus 64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>row %1 is out of order (after row %2)</source>
        <translation>Zeile %1 steht an falscher Stelle (nach Zeile %2)</translation>
    </message>
    <message>
        <source>row %1: its fields carry another id</source>
        <translation>Zeile %1: ihre Felder tragen eine andere ID</translation>
    </message>
    <message>
        <source>row %1 breaks the chain: it was changed, or a row before it was removed or moved</source>
        <translation>Zeile %1 bricht die Kette: sie wurde geändert, oder eine Zeile davor wurde entfernt oder verschoben</translation>
    </message>
    <message>
        <source>row %1 is the last row, but the report&apos;s digest (chain.head) is not its digest: rows were removed at the end</source>
        <translation>Zeile %1 ist die letzte Zeile, aber der Digest des Berichts (chain.head) ist nicht ihrer: am Ende wurden Zeilen entfernt</translation>
    </message>
    <message>
        <source>no request log at %1: only the report&apos;s own chain was checked</source>
        <translation>kein Anfrageprotokoll unter %1: nur die Kette des Berichts selbst wurde geprüft</translation>
    </message>
    <message>
        <source>the request log cannot be opened (%1): only the report&apos;s own chain was checked</source>
        <translation>das Anfrageprotokoll lässt sich nicht öffnen (%1): nur die Kette des Berichts selbst wurde geprüft</translation>
    </message>
    <message>
        <source>the request log here did not make this report: only the report&apos;s own chain was checked</source>
        <translation>dieser Bericht stammt nicht aus dem Anfrageprotokoll hier: nur die Kette des Berichts selbst wurde geprüft</translation>
    </message>
    <message>
        <source>the request log cannot be read: %1</source>
        <translation>das Anfrageprotokoll lässt sich nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the report&apos;s first rows are no longer in the request log (retention)</source>
        <translation>
            <numerusform>%n der ersten Zeilen des Berichts ist nicht mehr im Anfrageprotokoll (Aufbewahrungsfrist)</numerusform>
            <numerusform>%n der ersten Zeilen des Berichts sind nicht mehr im Anfrageprotokoll (Aufbewahrungsfrist)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of the log is missing from the report</source>
        <translation>Zeile %1 des Protokolls fehlt im Bericht</translation>
    </message>
    <message>
        <source>row %1 differs from the request log&apos;s chain</source>
        <translation>Zeile %1 weicht von der Kette des Anfrageprotokolls ab</translation>
    </message>
    <message>
        <source>row %1 is no longer in the request log</source>
        <translation>Zeile %1 ist nicht mehr im Anfrageprotokoll</translation>
    </message>
    <message>
        <source>the request log no longer matches the report: %1</source>
        <translation>das Anfrageprotokoll passt nicht mehr zum Bericht: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>PDF needs fonts: run with a QGuiApplication</source>
        <translation>PDF braucht Schriften: mit einer QGuiApplication ausführen</translation>
    </message>
    <message>
        <source>Residency evidence report</source>
        <translation>Nachweisbericht zum Datenstandort</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>der PDF-Writer hat nichts erzeugt</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RequestInspection</name>
    <message>
        <source>waiting for host…</source>
        <translation>wartet auf Host…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>credentials sent</source>
        <translation>Zugangsdaten gesendet</translation>
    </message>
    <message>
        <source>no credentials sent</source>
        <translation>keine Zugangsdaten gesendet</translation>
    </message>
    <message>
        <source>connect %1 ms</source>
        <translation>Verbindungsaufbau %1 ms</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>Verbindung wiederverwendet</translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation>erstes Byte %1 ms</translation>
    </message>
    <message>
        <source>last byte %1 ms</source>
        <translation>letztes Byte %1 ms</translation>
    </message>
    <message>
        <source>   error: %1</source>
        <translation>   Fehler: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Byte nicht angezeigt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Workspace %1 (Site ID %2)</source>
        <translation>Arbeitsbereich %1 (Site ID %2)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Replay of call #%1</source>
        <translation>Wiederholung von Aufruf #%1</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importiert aus %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Outcome: %1 · %2 · %3</source>
        <translation>Ergebnis: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Outcome: waiting for the answer…</source>
        <translation>Ergebnis: Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Handled by %1 · %2</source>
        <translation>Bearbeitet von %1 · %2</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 Hop</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 Hops</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Hop %1 · request headers</source>
        <translation>Hop %1 · Anfrage-Header</translation>
    </message>
    <message>
        <source>Hop %1 · response headers (%2)</source>
        <translation>Hop %1 · Antwort-Header (%2)</translation>
    </message>
    <message>
        <source>Hop %1 · response body (%2)</source>
        <translation>Hop %1 · Antwortinhalt (%2)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body (%1)</source>
        <translation>Anfrageinhalt (%1)</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>Antwort %1 (%2)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Call %1 · %2 %3 %4</source>
        <translation>Aufruf %1 · %2 %3 %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>RequestLogChain</name>
    <message>
        <source>call %1 is in the log but not in its chain: it was added outside the console</source>
        <translation>Aufruf %1 steht im Protokoll, aber nicht in seiner Kette: er wurde außerhalb der Konsole hinzugefügt</translation>
    </message>
    <message>
        <source>call %1 was deleted from the log</source>
        <translation>Aufruf %1 wurde aus dem Protokoll gelöscht</translation>
    </message>
    <message>
        <source>call %1 does not match its digest: it was changed, or calls were moved</source>
        <translation>Aufruf %1 passt nicht zu seinem Digest: er wurde geändert, oder Aufrufe wurden verschoben</translation>
    </message>
</context>
<context>
    <name>RequestLogFilter</name>
    <message>
        <source>%1: a value may not be empty (got &quot;%2&quot;)</source>
        <translation>%1: ein Wert darf nicht leer sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>%1: must be one or more of %2, separated by commas, optionally after ! to negate (got &quot;%3&quot;)</source>
        <translation>%1: muss einer oder mehrere von %2 sein, durch Kommas getrennt, optional nach ! zum Verneinen (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>%1: must be a date (2026-12-01) or a date and time (2026-12-01T14:30) (got &quot;%2&quot;)</source>
        <translation>%1: muss ein Datum (2026-12-01) oder ein Datum mit Uhrzeit (2026-12-01T14:30) sein (erhalten: „%2“)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>%1 redirect refused</source>
        <translation>%1-Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>waiting for host…</source>
        <translation>wartet auf Host…</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
</context>
<context>
    <name>RequestLogStore</name>
    <message>
        <source>%1 was written by a newer Region Console (schema %2)</source>
        <translation>%1 wurde von einer neueren Region Console geschrieben (Schema %2)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE, Paket libqt6sql6-sqlite) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>a call still in flight is not stored</source>
        <translation>ein noch laufender Aufruf wird nicht gespeichert</translation>
    </message>
    <message>
        <source>the request log is not open</source>
        <translation>das Anfrageprotokoll ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>ResidencyReport</name>
    <message>
        <source>the range is empty: it must end after it starts (%1)</source>
        <translation>der Zeitraum ist leer: er muss nach seinem Beginn enden (%1)</translation>
    </message>
    <message>
        <source>no API chosen</source>
        <translation>keine API gewählt</translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot; (expected track or app)</source>
        <translation>unbekannte API &quot;%1&quot; (erwartet: track oder app)</translation>
    </message>
    <message>
        <source>no workspace named &quot;%1&quot;</source>
        <translation>kein Arbeitsbereich namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no workspace belongs to an account named &quot;%1&quot;</source>
        <translation>kein Arbeitsbereich gehört zu einem Konto namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no hash chain yet: open it with this version of Region Console first</source>
        <translation>%1 hat noch keine Hash-Kette: öffnen Sie es zuerst mit dieser Version von Region Console</translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD or an ISO 8601 time)</source>
        <translation>kein Datum (erwartet: JJJJ-MM-TT oder eine ISO-8601-Zeit)</translation>
    </message>
</context>
<context>
    <name>ResidencyReportDialog</name>
    <message>
        <source>Residency report</source>
        <translation>Residenzbericht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>One workspace</source>
        <translation>Ein Arbeitsbereich</translation>
    </message>
    <message>
        <source>One account</source>
        <translation>Ein Konto</translation>
    </message>
    <message>
        <source>Workspace or account</source>
        <translation>Arbeitsbereich oder Konto</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To, included (UTC)</source>
        <translation>Bis einschließlich (UTC)</translation>
    </message>
    <message>
        <source>Track API</source>
        <translation>Track-API</translation>
    </message>
    <message>
        <source>App API</source>
        <translation>App-API</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation>APIs:</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The request log is not available: %1</source>
        <translation>Das Anfrageprotokoll ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Reading the request log…</source>
        <translation>Anfrageprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The report key could not be read from the keychain: %1</source>
        <translation>Der Berichtsschlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No calls were recorded for this scope in this range; the report says so.</source>
        <translation>Für diesen Umfang wurden in diesem Zeitraum keine Aufrufe aufgezeichnet; der Bericht sagt das.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s); digest %1</source>
        <translation>
            <numerusform>%n Aufruf; Digest %1</numerusform>
            <numerusform>%n Aufrufe; Digest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save residency report</source>
        <translation>Residenzbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;JSON (*.json);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>RouteAdvice</name>
    <message>
        <source>Send via</source>
        <translation>Senden über</translation>
    </message>
    <message>
        <source>US host</source>
        <translation>US-Host</translation>
    </message>
    <message>
        <source>EU host</source>
        <translation>EU-Host</translation>
    </message>
    <message>
        <source>Host the next call goes to</source>
        <translation>Host, an den der nächste Aufruf geht</translation>
    </message>
    <message>
        <source>About the host the next call goes to</source>
        <translation>Über den Host, an den der nächste Aufruf geht</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ Region not verified now (last seen %1): pick US host or EU host to send.</source>
        <translation>⚠ Region derzeit nicht bestätigt (zuletzt gesehen: %1): Wählen Sie zum Senden US-Host oder EU-Host.</translation>
    </message>
    <message>
        <source>This account is in the EU: a call via the US host is redirected through US servers.</source>
        <translation>Dieses Konto liegt in der EU: Ein Aufruf über den US-Host wird über US-Server umgeleitet.</translation>
    </message>
    <message>
        <source>Customer.io rejects a US account&apos;s calls on the EU host (401).</source>
        <translation>Customer.io lehnt die Aufrufe eines US-Kontos auf dem EU-Host ab (401).</translation>
    </message>
    <message>
        <source>Region not verified yet: the call goes to the US host, Customer.io&apos;s default.</source>
        <translation>Region noch nicht bestätigt: Der Aufruf geht an den US-Host, die Vorgabe von Customer.io.</translation>
    </message>
    <message>
        <source>Region not verified yet: the call goes to the %1 host.</source>
        <translation>Region noch nicht bestätigt: Der Aufruf geht an den %1-Host.</translation>
    </message>
    <message>
        <source>→ no host chosen</source>
        <translation>→ kein Host gewählt</translation>
    </message>
    <message>
        <source>→ %1 host: %2</source>
        <translation>→ %1-Host: %2</translation>
    </message>
    <message>
        <source>→ %1 host</source>
        <translation>→ %1-Host</translation>
    </message>
    <message>
        <source>Workspace route</source>
        <translation>Route des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>⚠ Region not verified: &quot;Workspace route&quot; has no host. Pick US host or EU host to send.</source>
        <translation>⚠ Region nicht bestätigt: „Route des Arbeitsbereichs“ hat keinen Host. Wählen Sie zum Senden US-Host oder EU-Host.</translation>
    </message>
</context>
<context>
    <name>SandboxMenu</name>
    <message>
        <source>Track API, US host</source>
        <translation>Track API, US-Host</translation>
    </message>
    <message>
        <source>Track API, EU host</source>
        <translation>Track API, EU-Host</translation>
    </message>
    <message>
        <source>App API, US host</source>
        <translation>App API, US-Host</translation>
    </message>
    <message>
        <source>App API, EU host</source>
        <translation>App API, EU-Host</translation>
    </message>
    <message>
        <source>None: normal answers</source>
        <translation>Keine: normale Antworten</translation>
    </message>
    <message>
        <source>Delay every answer by 1 s</source>
        <translation>Jede Antwort um 1 s verzögern</translation>
    </message>
    <message>
        <source>Hang: never answer</source>
        <translation>Hängen: nie antworten</translation>
    </message>
    <message>
        <source>Reset the connection mid-answer</source>
        <translation>Verbindung mitten in der Antwort zurücksetzen</translation>
    </message>
    <message>
        <source>Status 503 Service Unavailable</source>
        <translation>Status 503 Service Unavailable</translation>
    </message>
    <message>
        <source>Status 429 rate limit</source>
        <translation>Status 429 Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Malformed JSON body</source>
        <translation>Fehlerhafter JSON-Inhalt</translation>
    </message>
    <message>
        <source>Oversized body (10 MiB)</source>
        <translation>Übergroßer Inhalt (10 MiB)</translation>
    </message>
    <message>
        <source>Redirect outside the allow-list</source>
        <translation>Weiterleitung außerhalb der Positivliste</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrong-region redirect status</source>
        <translation>Status der Weiterleitung bei falscher Region</translation>
    </message>
    <message>
        <source>The status Customer.io has been seen to send</source>
        <translation>Der Status, den Customer.io erfahrungsgemäß sendet</translation>
    </message>
    <message>
        <source>Clear all faults</source>
        <translation>Alle Störungen aufheben</translation>
    </message>
    <message>
        <source>redirects %1</source>
        <translation>leitet %1 weiter</translation>
    </message>
    <message>
        <source>App API key of the other region</source>
        <translation>App-API-Schlüssel der anderen Region</translation>
    </message>
    <message>
        <source>Answer 401 (as documented)</source>
        <translation>Mit 401 antworten (wie dokumentiert)</translation>
    </message>
    <message>
        <source>Redirect an EU key with 301 &quot;wrong datacenter&quot; (as observed)</source>
        <translation>Einen EU-Schlüssel mit 301 „wrong datacenter“ weiterleiten (wie beobachtet)</translation>
    </message>
    <message>
        <source>App API wrong region: 301</source>
        <translation>App API, falsche Region: 301</translation>
    </message>
    <message>
        <source>Demo accounts and keys…</source>
        <translation>Demokonten und Schlüssel…</translation>
    </message>
    <message>
        <source>Sandbox accounts</source>
        <translation>Sandbox-Konten</translation>
    </message>
    <message>
        <source>Use these in Add workspace to practise; they work on the sandbox only.</source>
        <translation>Verwenden Sie diese zum Üben in „Arbeitsbereich hinzufügen“; sie funktionieren nur in der Sandbox.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (%2): Site ID %3, Track API key %4%5</source>
        <translation>%1 (%2): Site ID %3, Track-API-Schlüssel %4%5</translation>
    </message>
    <message>
        <source>, App API key %1</source>
        <translation>, App-API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Pipelines API, US host</source>
        <translation>Pipelines API, US-Host</translation>
    </message>
    <message>
        <source>Pipelines API, EU host</source>
        <translation>Pipelines API, EU-Host</translation>
    </message>
    <message>
        <source>Pipelines key of the other region</source>
        <translation>Pipelines-Schlüssel der anderen Region</translation>
    </message>
    <message>
        <source>Refuse: 401 in strict mode, 200 and dropped otherwise (assumed)</source>
        <translation>Ablehnen: 401 im Strict-Modus, sonst 200 und verworfen (angenommen)</translation>
    </message>
    <message>
        <source>Accept the call as on its own region&apos;s host (assumed)</source>
        <translation>Den Aufruf annehmen wie auf dem Host der eigenen Region (angenommen)</translation>
    </message>
    <message>
        <source>Customer.io does not document this answer; the sandbox assumes it.</source>
        <translation>Customer.io dokumentiert diese Antwort nicht; die Sandbox nimmt sie an.</translation>
    </message>
    <message>
        <source>    Pipelines source %1: API key %2</source>
        <translation>    Pipelines-Quelle %1: API-Schlüssel %2</translation>
    </message>
    <message>
        <source>Pipelines wrong region: accepted</source>
        <translation>Pipelines, falsche Region: angenommen</translation>
    </message>
</context>
<context>
    <name>SdkSnippetView</name>
    <message>
        <source>SDK snippets</source>
        <translation>SDK-Snippets</translation>
    </message>
    <message>
        <source>Show or hide the SDK snippets</source>
        <translation>SDK-Snippets ein- oder ausblenden</translation>
    </message>
    <message>
        <source>How to point each official Customer.io library at the account&apos;s region</source>
        <translation>Wie jede offizielle Customer.io-Bibliothek auf die Region des Kontos zeigt</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Track API: %1</source>
        <translation>Track API: %1</translation>
    </message>
    <message>
        <source>Pipelines API: %1</source>
        <translation>Pipelines API: %1</translation>
    </message>
    <message>
        <source>Mobile SDK: %1</source>
        <translation>Mobiles SDK: %1</translation>
    </message>
    <message>
        <source>SDK snippet region</source>
        <translation>Region des SDK-Snippets</translation>
    </message>
    <message>
        <source>SDK snippet</source>
        <translation>SDK-Snippet</translation>
    </message>
    <message>
        <source>How to install the library</source>
        <translation>Wie die Bibliothek installiert wird</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SDK snippet</source>
        <translation>SDK-Snippet kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet; the keys in it are placeholders to replace with your own</source>
        <translation>Snippet kopieren; die Schlüssel darin sind Platzhalter, die Sie durch Ihre eigenen ersetzen</translation>
    </message>
    <message>
        <source>Where the option names come from</source>
        <translation>Woher die Optionsnamen stammen</translation>
    </message>
    <message>
        <source>Select a workspace: the snippets follow its region.</source>
        <translation>Wählen Sie einen Arbeitsbereich: Die Snippets folgen seiner Region.</translation>
    </message>
    <message>
        <source>Checking the account&apos;s region; the snippets follow once it is verified.</source>
        <translation>Die Region des Kontos wird geprüft; die Snippets folgen, sobald sie bestätigt ist.</translation>
    </message>
    <message>
        <source>The account&apos;s region is not verified, so there is no snippet to copy: a snippet for the wrong region would send its data there.</source>
        <translation>Die Region des Kontos ist nicht bestätigt, daher gibt es kein Snippet zum Kopieren: Ein Snippet für die falsche Region würde seine Daten dorthin senden.</translation>
    </message>
    <message>
        <source>No snippet: the region is unknown.</source>
        <translation>Kein Snippet: Die Region ist unbekannt.</translation>
    </message>
    <message>
        <source>The account&apos;s region is unknown.</source>
        <translation>Die Region des Kontos ist unbekannt.</translation>
    </message>
    <message>
        <source>For the %1 region, `%2` selects %3.</source>
        <translation>Für die Region %1 wählt `%2` %3.</translation>
    </message>
    <message>
        <source>Install: %1</source>
        <translation>Installation: %1</translation>
    </message>
    <message>
        <source>Option names as in the library&apos;s source: %1 (%2)</source>
        <translation>Optionsnamen wie im Quelltext der Bibliothek: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the fields of a pane, F6 and Shift+F6 between panes; Alt with the underlined letter goes to a field or presses a button.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen den Feldern eines Fensterbereichs, F6 und Umschalt+F6 zwischen Fensterbereichen; Alt mit dem unterstrichenen Buchstaben springt zu einem Feld oder drückt eine Schaltfläche.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save this call as a template of the workspace</source>
        <translation>Diesen Aufruf als Vorlage des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Save the call as a template</source>
        <translation>Den Aufruf als Vorlage speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name (saved with workspace &quot;%1&quot;; an existing name is replaced):</source>
        <translation>Name der Vorlage (gespeichert mit dem Arbeitsbereich „%1“; ein vorhandener Name wird ersetzt):</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>Ersetzt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>TimestampEditor</name>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Send a timestamp</source>
        <translation>Einen Zeitstempel senden</translation>
    </message>
    <message>
        <source>Without a timestamp Customer.io uses the time it receives the call</source>
        <translation>Ohne Zeitstempel verwendet Customer.io den Zeitpunkt, zu dem der Aufruf eintrifft</translation>
    </message>
    <message>
        <source>Timestamp, local time</source>
        <translation>Zeitstempel, Ortszeit</translation>
    </message>
    <message>
        <source>Timestamp in Unix seconds</source>
        <translation>Zeitstempel in Unix-Sekunden</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-Sekunden</translation>
    </message>
    <message>
        <source>Not sent: Customer.io uses the time it receives the call.</source>
        <translation>Nicht gesendet: Customer.io verwendet die Empfangszeit.</translation>
    </message>
    <message>
        <source>Sent as %1 (%2 UTC)</source>
        <translation>Gesendet als %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Not valid: nothing is sent.</source>
        <translation>Ungültig: Es wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>the certificate &quot;%1&quot; is signed with %2, which is no longer accepted</source>
        <translation>das Zertifikat „%1“ ist mit %2 signiert, was nicht mehr akzeptiert wird</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; has no subjectAltName, so it names no host (a host name in the common name alone is not accepted)</source>
        <translation>das Zertifikat „%1“ hat keinen subjectAltName und nennt daher keinen Host (ein Hostname nur im Common Name wird nicht akzeptiert)</translation>
    </message>
</context>
<context>
    <name>TrackCall</name>
    <message>
        <source>item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>item %1 (no such item in the request)</source>
        <translation>Element %1 (kein solches Element in der Anfrage)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>which operation failed: why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrackClient</name>
    <message>
        <source>the answer from %1 is larger than %2 KiB; the console stopped reading it</source>
        <translation>die Antwort von %1 ist größer als %2 KiB; die Konsole hat das Lesen beendet</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <source>network error from %1: TLS handshake failed, certificate not trusted: %2; nothing was sent</source>
        <translation>Netzwerkfehler von %1: TLS-Handshake fehlgeschlagen, Zertifikat nicht vertrauenswürdig: %2; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>network error from %1: %2</source>
        <translation>Netzwerkfehler von %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a Location header</source>
        <translation>HTTP %1 von %2 ohne Location-Header</translation>
    </message>
    <message>
        <source>redirect refused: %1 answered %2 to %3, which is not a host in the endpoint table; credentials and data were not sent there</source>
        <translation>Weiterleitung abgelehnt: %1 antwortete %2 mit Ziel %3, das kein Host der Endpunkttabelle ist; Zugangsdaten und Daten wurden nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>too many redirects: stopped after %1 requests</source>
        <translation>zu viele Weiterleitungen: nach %1 Anfragen abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of this call failed:</source>
        <translation>
            <numerusform>%n Operation dieses Aufrufs ist fehlgeschlagen:</numerusform>
            <numerusform>%n Operationen dieses Aufrufs sind fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>US transit: sent to the US host and redirected to the EU host, so the data passed through US servers. Send via the EU host.</source>
        <translation>US-Transit: an den US-Host gesendet und an den EU-Host weitergeleitet, die Daten liefen also über US-Server. Senden Sie über den EU-Host.</translation>
    </message>
    <message>
        <source>Wrong region: this account is in the %1 region, but the call was answered by the %2 host, which rejects it with 401.</source>
        <translation>Falsche Region: Dieses Konto liegt in der Region %1, aber der Aufruf wurde vom %2-Host beantwortet, der ihn mit 401 ablehnt.</translation>
    </message>
    <message>
        <source>Possibly the wrong region: the EU host answered 401. Customer.io rejects a US account&apos;s calls on the EU host instead of redirecting them; check the account&apos;s region.</source>
        <translation>Möglicherweise die falsche Region: Der EU-Host antwortete 401. Customer.io lehnt die Aufrufe eines US-Kontos auf dem EU-Host ab, statt sie weiterzuleiten; prüfen Sie die Region des Kontos.</translation>
    </message>
    <message>
        <source>timed out after %1 s: %2 answered HTTP %3 but did not send the whole answer</source>
        <translation>Zeitüberschreitung nach %1 s: %2 antwortete mit HTTP %3, sendete aber nicht die ganze Antwort</translation>
    </message>
    <message>
        <source>network error from %1: broken answer, HTTP %2 compressed as &quot;%3&quot;, which the console did not ask for; the answer was not read</source>
        <translation>Netzwerkfehler von %1: fehlerhafte Antwort, HTTP %2 komprimiert als „%3“, was die Konsole nicht angefordert hat; die Antwort wurde nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>network error from %1: broken answer, HTTP %2, then %3 after %n byte(s) of the body</source>
        <translation>
            <numerusform>Netzwerkfehler von %1: fehlerhafte Antwort, HTTP %2, dann %3 nach %n Byte des Inhalts</numerusform>
            <numerusform>Netzwerkfehler von %1: fehlerhafte Antwort, HTTP %2, dann %3 nach %n Bytes des Inhalts</numerusform>
        </translation>
    </message>
    <message>
        <source>network error from %1: broken answer, the connection closed after %2 of %3 bytes of the answer (HTTP %4)</source>
        <translation>Netzwerkfehler von %1: fehlerhafte Antwort, die Verbindung wurde nach %2 von %3 Bytes der Antwort geschlossen (HTTP %4)</translation>
    </message>
    <message>
        <source>network error from %1: broken answer, HTTP 207 (some operations failed) without a readable list of them</source>
        <translation>Netzwerkfehler von %1: fehlerhafte Antwort, HTTP 207 (einige Operationen fehlgeschlagen) ohne lesbare Liste davon</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>nothing was sent: the endpoint table has no Pipelines API hosts (the endpoint file has no &quot;pipelines&quot;)</source>
        <translation>nichts wurde gesendet: die Endpunkttabelle hat keine Hosts der Pipelines-API (die Endpunktdatei hat kein „pipelines“)</translation>
    </message>
    <message>
        <source>not in strict mode: Customer.io answers 200 even when it drops the call</source>
        <translation>nicht im Strict-Modus: Customer.io antwortet 200, auch wenn es den Aufruf verwirft</translation>
    </message>
    <message>
        <source>the answer is not the JSON object Customer.io sends (%1 bytes): a proxy or a captive portal may have answered, and the call may not have reached Customer.io</source>
        <translation>die Antwort ist nicht das JSON-Objekt, das Customer.io sendet (%1 Bytes): Ein Proxy oder ein Captive Portal hat womöglich geantwortet, und der Aufruf hat Customer.io vielleicht nicht erreicht</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Account: must not start or end with spaces</source>
        <translation>Konto: darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>Account: at most 100 characters (got %1)</source>
        <translation>Konto: höchstens 100 Zeichen (erhalten: %1)</translation>
    </message>
    <message>
        <source>Account: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>Konto: enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>Account: control and invisible formatting characters are not allowed</source>
        <translation>Konto: Steuerzeichen und unsichtbare Formatierungszeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Site ID: must not be empty</source>
        <translation>Site ID: darf nicht leer sein</translation>
    </message>
    <message>
        <source>Site ID: at most 200 characters (got %1)</source>
        <translation>Site ID: höchstens 200 Zeichen (erhalten: %1)</translation>
    </message>
    <message>
        <source>Site ID: must not contain &apos;:&apos;, spaces, control or invisible characters</source>
        <translation>Site ID: darf weder „:“ noch Leerzeichen, Steuerzeichen oder unsichtbare Zeichen enthalten</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: at most 1000 characters (got %2)</source>
        <translation>%1: höchstens 1000 Zeichen (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: must not contain spaces or control characters</source>
        <translation>%1: darf keine Leerzeichen oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1: at least %2 characters (got %3); this is not a Customer.io key</source>
        <translation>%1: mindestens %2 Zeichen (erhalten: %3); das ist kein Customer.io-Schlüssel</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: must not contain invisible characters (U+%2)</source>
        <translation>%1: darf keine unsichtbaren Zeichen enthalten (U+%2)</translation>
    </message>
    <message>
        <source>%1: must not start or end with spaces</source>
        <translation>%1: darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>%1: at most 100 characters (got %2)</source>
        <translation>%1: höchstens 100 Zeichen (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>%1: enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>%1: control and invisible formatting characters are not allowed</source>
        <translation>%1: Steuer- und unsichtbare Formatierungszeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Pipelines source name</source>
        <translation>Name der Pipelines-Quelle</translation>
    </message>
    <message>
        <source>Pipelines source name: the workspace has two sources named &quot;%1&quot;</source>
        <translation>Name der Pipelines-Quelle: der Arbeitsbereich hat zwei Quellen namens „%1“</translation>
    </message>
    <message>
        <source>Site ID: must not be empty when a Track API key is given</source>
        <translation>Site ID: darf nicht leer sein, wenn ein Track API key angegeben ist</translation>
    </message>
    <message>
        <source>Track API key: must be given with the Site ID</source>
        <translation>Track API key: muss mit der Site ID angegeben werden</translation>
    </message>
    <message>
        <source>App API key: needs the workspace&apos;s Track credentials (Site ID and Track API key), with which its region is checked</source>
        <translation>App API key: braucht die Track-Zugangsdaten des Arbeitsbereichs (Site ID und Track API key), mit denen seine Region geprüft wird</translation>
    </message>
    <message>
        <source>Credentials: give a Site ID and Track API key, or at least one Pipelines source</source>
        <translation>Zugangsdaten: geben Sie eine Site ID und einen Track API key an, oder mindestens eine Pipelines-Quelle</translation>
    </message>
    <message>
        <source>%1: must not contain &quot;:&quot; (it is sent as the user name of HTTP Basic)</source>
        <translation>%1: darf kein „:“ enthalten (wird als Benutzername von HTTP Basic gesendet)</translation>
    </message>
</context>
<context>
    <name>WorkspaceAdder</name>
    <message>
        <source>could not store the Track API key</source>
        <translation>der Track-API-Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not store the App API key</source>
        <translation>der App-API-Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Name des Arbeitsbereichs: ein Arbeitsbereich namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not store the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>der API-Schlüssel der Pipelines-Quelle „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: no API key given</source>
        <translation>Pipelines-Quelle „%1“: kein API-Schlüssel angegeben</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Add workspace</source>
        <translation>Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Find the Site ID and Track API key in Customer.io under Account Settings › API Credentials: Track API Keys list a Site ID and key for each workspace; App API Keys are listed separately. The keys are stored in the system keychain only.</source>
        <translation>Site ID und Track-API-Schlüssel finden Sie in Customer.io unter Account Settings › API Credentials: Unter „Track API Keys“ stehen eine Site ID und ein Schlüssel für jeden Arbeitsbereich; App-API-Schlüssel sind gesondert unter „App API Keys“ aufgeführt. Die Schlüssel werden nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>&amp;Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Workspace name problem</source>
        <translation>Problem beim Namen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Site ID:</source>
        <translation>&amp;Site ID:</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Site ID problem</source>
        <translation>Problem bei der Site ID</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account (optional)</source>
        <translation>Konto (optional)</translation>
    </message>
    <message>
        <source>optional, e.g. Acme Inc.</source>
        <translation>optional, z. B. Acme GmbH</translation>
    </message>
    <message>
        <source>Optional. The Customer.io account the workspace belongs to, as you call it. Workspaces of one account share its region.</source>
        <translation>Optional. Das Customer.io-Konto, zu dem der Arbeitsbereich gehört, so wie Sie es nennen. Arbeitsbereiche eines Kontos teilen seine Region.</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problem beim Konto</translation>
    </message>
    <message>
        <source>&amp;Track API key:</source>
        <translation>&amp;Track-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Track API key</source>
        <translation>Track-API-Schlüssel</translation>
    </message>
    <message>
        <source>Track API key problem</source>
        <translation>Problem beim Track-API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;App API key:</source>
        <translation>A&amp;pp-API-Schlüssel:</translation>
    </message>
    <message>
        <source>App API key (optional)</source>
        <translation>App-API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Optional. An App API key from Account Settings › API Credentials › App API Keys (separate from the Track API keys).</source>
        <translation>Optional. Ein App-API-Schlüssel aus Account Settings › API Credentials › App API Keys (getrennt von den Track-API-Schlüsseln).</translation>
    </message>
    <message>
        <source>&amp;Remove the App API key</source>
        <translation>App-API-Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the App API key</source>
        <translation>App-API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>App API key problem</source>
        <translation>Problem beim App-API-Schlüssel</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Zustand des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese Sit&amp;zung verwenden</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keep the keys in this console&apos;s memory until it closes: nothing is written to the keychain or to disk, and the workspace is gone next time.</source>
        <translation>Die Schlüssel bis zum Schließen im Arbeitsspeicher dieser Konsole halten: Nichts wird in den Schlüsselbund oder auf die Festplatte geschrieben, und beim nächsten Start ist der Arbeitsbereich nicht mehr da.</translation>
    </message>
    <message>
        <source>The keys stay in this console&apos;s memory until it closes; nothing is written to the keychain or to disk.</source>
        <translation>Die Schlüssel bleiben bis zum Schließen im Arbeitsspeicher dieser Konsole; nichts wird in den Schlüsselbund oder auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit workspace</source>
        <translation>Arbeitsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Change what you need and leave the rest. A key field left empty keeps the stored key; type a new key to replace it (Customer.io: Account Settings › API Credentials). A new Site ID or Track API key is checked with Customer.io before anything is saved, and the region learned from the old ones is learned again.</source>
        <translation>Ändern Sie, was nötig ist, und lassen Sie den Rest. Ein leer gelassenes Schlüsselfeld behält den gespeicherten Schlüssel; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen (Customer.io: Account Settings › API Credentials). Eine neue Site ID oder ein neuer Track-API-Schlüssel wird vor dem Speichern bei Customer.io geprüft, und die Region wird neu ermittelt.</translation>
    </message>
    <message>
        <source>unchanged (type a new key to replace it)</source>
        <translation>unverändert (neuen Schlüssel eingeben)</translation>
    </message>
    <message>
        <source>New Track API key (empty keeps the stored key)</source>
        <translation>Neuer Track-API-Schlüssel (leer behält den gespeicherten)</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>keiner (optional)</translation>
    </message>
    <message>
        <source>New App API key (empty keeps the stored key)</source>
        <translation>Neuer App-API-Schlüssel (leer behält den gespeicherten)</translation>
    </message>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Name des Arbeitsbereichs: ein Arbeitsbereich namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>App-API-Schlüssel</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
    <message>
        <source>The workspace was not added:</source>
        <translation>Der Arbeitsbereich wurde nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>%1. Check the Site ID and Track API key under Account Settings › API Credentials in Customer.io.</source>
        <translation>%1. Prüfen Sie Site ID und Track-API-Schlüssel in Customer.io unter Account Settings › API Credentials.</translation>
    </message>
    <message>
        <source>%1. Nothing was written to disk.</source>
        <translation>%1. Nichts wurde auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>You can still use it for this session only.</source>
        <translation>Sie können ihn trotzdem nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>Keys are checked with: %1.</source>
        <translation>Die Schlüssel werden geprüft bei: %1.</translation>
    </message>
    <message>
        <source>Pipelines sources:</source>
        <translation>Pipelines-Quellen:</translation>
    </message>
    <message>
        <source>Pipelines sources</source>
        <translation>Pipelines-Quellen</translation>
    </message>
    <message>
        <source>Pipelines source name</source>
        <translation>Name der Pipelines-Quelle</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Pipelines source API key</source>
        <translation>API-Schlüssel der Pipelines-Quelle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Region chosen for the Pipelines source</source>
        <translation>Für die Pipelines-Quelle gewählte Region</translation>
    </message>
    <message>
        <source>Region: from the account</source>
        <translation>Region: vom Konto</translation>
    </message>
    <message>
        <source>US (chosen)</source>
        <translation>US (gewählt)</translation>
    </message>
    <message>
        <source>EU (chosen)</source>
        <translation>EU (gewählt)</translation>
    </message>
    <message>
        <source>Used only while no region is detected for the account (no Track credentials checked): shown as &quot;chosen, not verified&quot;.</source>
        <translation>Wird nur verwendet, solange für das Konto keine Region erkannt ist (keine Track-Zugangsdaten geprüft): angezeigt als „gewählt, nicht überprüft“.</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add the Pipelines source</source>
        <translation>Die Pipelines-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove the selected Pipelines source</source>
        <translation>Die ausgewählte Pipelines-Quelle entfernen</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 gewählt</translation>
    </message>
    <message>
        <source>region from the account</source>
        <translation>Region vom Konto</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <comment>source (region; key)</comment>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>Pipelines source name: a source named &quot;%1&quot; is listed already</source>
        <translation>Name der Pipelines-Quelle: eine Quelle namens „%1“ ist bereits aufgeführt</translation>
    </message>
</context>
<context>
    <name>WorkspaceEdit</name>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Name des Arbeitsbereichs: ein Arbeitsbereich namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Track API key</source>
        <translation>Track-API-Schlüssel</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>App-API-Schlüssel</translation>
    </message>
    <message>
        <source>App API key: give a new key or remove the key, not both</source>
        <translation>App-API-Schlüssel: entweder einen neuen Schlüssel angeben oder den Schlüssel entfernen, nicht beides</translation>
    </message>
    <message>
        <source>App API key: the workspace &quot;%1&quot; has none to remove</source>
        <translation>App-API-Schlüssel: der Arbeitsbereich „%1“ hat keinen, der entfernt werden könnte</translation>
    </message>
    <message>
        <source>Nothing to change: the workspace &quot;%1&quot; already has these values</source>
        <translation>Nichts zu ändern: der Arbeitsbereich „%1“ hat diese Werte bereits</translation>
    </message>
    <message>
        <source>could not read the App API key</source>
        <translation>der App-API-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the Track API key</source>
        <translation>der Track-API-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the credentials were not checked (no usable endpoint table); the region is unknown until a check succeeds</source>
        <translation>die Zugangsdaten wurden nicht geprüft (keine verwendbare Endpunkttabelle); die Region bleibt unbekannt, bis eine Prüfung gelingt</translation>
    </message>
    <message>
        <source>could not check the new Site ID: the Track API key</source>
        <translation>die neue Site ID konnte nicht geprüft werden: der Track-API-Schlüssel</translation>
    </message>
    <message>
        <source>the credentials could not be checked (%1); the region is unknown until a check succeeds</source>
        <translation>die Zugangsdaten konnten nicht geprüft werden (%1); die Region bleibt unbekannt, bis eine Prüfung gelingt</translation>
    </message>
    <message>
        <source>could not save the App API key</source>
        <translation>der App-API-Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not save the Track API key</source>
        <translation>der Track-API-Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>; these keychain entries could not be put back and hold the new key: %1</source>
        <translation>; diese Schlüsselbundeinträge konnten nicht zurückgesetzt werden und enthalten den neuen Schlüssel: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: the workspace has no such source</source>
        <translation>Pipelines-Quelle „%1“: der Arbeitsbereich hat keine solche Quelle</translation>
    </message>
    <message>
        <source>API key of the Pipelines source &quot;%1&quot;</source>
        <translation>API-Schlüssel der Pipelines-Quelle „%1“</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: a new source needs its API key</source>
        <translation>Pipelines-Quelle „%1“: eine neue Quelle braucht ihren API-Schlüssel</translation>
    </message>
    <message>
        <source>could not read the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>der API-Schlüssel der Pipelines-Quelle „%1“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not save the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>der API-Schlüssel der Pipelines-Quelle „%1“ konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>WorkspaceFlows</name>
    <message>
        <source>the credentials were not checked (no usable endpoint table); the region is unknown until a check succeeds</source>
        <translation>die Zugangsdaten wurden nicht geprüft (keine verwendbare Endpunkttabelle); die Region bleibt unbekannt, bis eine Prüfung gelingt</translation>
    </message>
    <message>
        <source>Checking the Site ID and Track API key with Customer.io…</source>
        <translation>Site ID und Track-API-Schlüssel werden bei Customer.io geprüft…</translation>
    </message>
    <message>
        <source>the credentials could not be checked (%1); the region is unknown until a check succeeds</source>
        <translation>die Zugangsdaten konnten nicht geprüft werden (%1); die Region bleibt unbekannt, bis eine Prüfung gelingt</translation>
    </message>
    <message>
        <source>Saving the key to the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;; its keys are in the system keychain.</source>
        <translation>Arbeitsbereich „%1“ hinzugefügt; seine Schlüssel liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;; its key is in the system keychain.</source>
        <translation>Arbeitsbereich „%1“ hinzugefügt; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot; for this session only: its keys are in this console&apos;s memory and are forgotten when it closes.</source>
        <translation>Arbeitsbereich „%1“ nur für diese Sitzung hinzugefügt: Seine Schlüssel liegen im Arbeitsspeicher dieser Konsole und werden beim Schließen vergessen.</translation>
    </message>
    <message>
        <source>Reading the current keys…</source>
        <translation>Aktuelle Schlüssel werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the current keys from the system keychain…</source>
        <translation>Aktuelle Schlüssel werden aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Saving the keys for this session…</source>
        <translation>Schlüssel werden für diese Sitzung gespeichert…</translation>
    </message>
    <message>
        <source>Saving the keys to the system keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Removing the keychain entries the workspace no longer uses…</source>
        <translation>Nicht mehr benötigte Schlüsselbundeinträge des Arbeitsbereichs werden entfernt…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Änderungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Renamed workspace &quot;%1&quot; to &quot;%2&quot;; its keys moved with it.</source>
        <translation>Arbeitsbereich „%1“ in „%2“ umbenannt; seine Schlüssel wurden mitgenommen.</translation>
    </message>
    <message>
        <source>Saved the changes to workspace &quot;%1&quot;.</source>
        <translation>Änderungen am Arbeitsbereich „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; was saved, but the keychain (service %2) still holds entries it no longer uses: %3. Delete them with the system&apos;s password manager.</source>
        <translation>Der Arbeitsbereich „%1“ wurde gespeichert, aber der Schlüsselbund (Dienst %2) enthält noch nicht mehr benötigte Einträge: %3. Löschen Sie sie mit der Passwortverwaltung des Systems.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>Den Arbeitsbereich „%1“ entfernen?</translation>
    </message>
    <message>
        <source>It is a sandbox workspace held for this session only.</source>
        <translation>Es ist ein Sandbox-Arbeitsbereich, der nur für diese Sitzung besteht.</translation>
    </message>
    <message>
        <source>Its keys are deleted from the system keychain. Nothing changes in Customer.io.</source>
        <translation>Seine Schlüssel werden aus dem Schlüsselbund des Systems gelöscht. In Customer.io ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; was kept because the keychain (service %2) still holds: %3. Try Remove again, or delete the entry with the system&apos;s password manager.</source>
        <translation>Der Arbeitsbereich „%1“ wurde behalten, weil der Schlüsselbund (Dienst %2) noch Folgendes enthält: %3. Versuchen Sie „Entfernen“ erneut oder löschen Sie den Eintrag mit der Passwortverwaltung des Systems.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is still listed: %2.</source>
        <translation>Der Arbeitsbereich „%1“ ist noch aufgeführt: %2.</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot; and its keychain entries.</source>
        <translation>Arbeitsbereich „%1“ und seine Schlüsselbundeinträge entfernt.</translation>
    </message>
    <message>
        <source>the sandbox on this machine; nothing is sent to Customer.io, and the workspace is added to the sandbox to practise (keys: Sandbox › Demo accounts and keys)</source>
        <translation>der Sandbox auf diesem Rechner; nichts wird an Customer.io gesendet, und der Arbeitsbereich wird zum Üben zur Sandbox hinzugefügt (Schlüssel: Sandbox › Demokonten und Schlüssel)</translation>
    </message>
    <message>
        <source>nowhere: the endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid</source>
        <translation>nirgends: Die in CIO_CONSOLE_ENDPOINTS genannte Endpunktdatei ist ungültig</translation>
    </message>
    <message>
        <source>Customer.io, US and EU</source>
        <translation>Customer.io, US und EU</translation>
    </message>
    <message>
        <source>the hosts of CIO_CONSOLE_ENDPOINTS</source>
        <translation>den Hosts aus CIO_CONSOLE_ENDPOINTS</translation>
    </message>
    <message>
        <source>Checking the Site ID and keys with the sandbox…</source>
        <translation>Site ID und Schlüssel werden bei der Sandbox geprüft…</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot; to the sandbox to practise; nothing was stored, and it goes when the sandbox closes.</source>
        <translation>Arbeitsbereich „%1“ zum Üben zur Sandbox hinzugefügt; nichts wurde gespeichert, und er verschwindet, wenn die Sandbox geschlossen wird.</translation>
    </message>
    <message>
        <source>Adding was cancelled%1</source>
        <translation>Das Hinzufügen wurde abgebrochen%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemDelegate</name>
    <message>
        <source>Site ID %1</source>
        <translation>Site ID %1</translation>
    </message>
    <message>
        <source>Site ID %1 · this session only</source>
        <translation>Site ID %1 · nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>WorkspaceList</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>not verified now (last seen %1)</source>
        <translation>derzeit nicht bestätigt (zuletzt gesehen: %1)</translation>
    </message>
    <message>
        <source>region not verified</source>
        <translation>Region nicht bestätigt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
Site ID %2
Region: %3</source>
        <translation>%1
Site ID %2
Region: %3</translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Letzte Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2, this session only</source>
        <translation>%1, %2, nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>WorkspaceRemover</name>
    <message>
        <source>; the workspace &quot;%1&quot; was kept and its keychain entries were not touched</source>
        <translation>; der Arbeitsbereich „%1“ wurde behalten und seine Schlüsselbundeinträge wurden nicht angetastet</translation>
    </message>
    <message>
        <source>could not remove the keychain entry &quot;%1&quot; (it remains; the workspace was kept): %2</source>
        <translation>der Schlüsselbundeintrag „%1“ konnte nicht entfernt werden (er bleibt bestehen; der Arbeitsbereich wurde behalten): %2</translation>
    </message>
    <message>
        <source>; the keychain entries of the workspace &quot;%1&quot; were deleted, but it is still listed: remove it again once the file can be written</source>
        <translation>; die Schlüsselbundeinträge des Arbeitsbereichs „%1“ wurden gelöscht, er ist aber noch aufgeführt: Entfernen Sie ihn erneut, sobald die Datei geschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>could not write the settings file %1 (%2)</source>
        <translation>die Einstellungsdatei %1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it cannot be opened for writing: %1</source>
        <translation>sie kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the write failed; is the disk full?</source>
        <translation>das Schreiben ist fehlgeschlagen; ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>the directory %1 is read-only</source>
        <translation>das Verzeichnis %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the workspace &quot;%1&quot; is no longer listed in the settings file %2</source>
        <translation>der Arbeitsbereich „%1“ ist nicht mehr in der Einstellungsdatei %2 aufgeführt</translation>
    </message>
</context>
</TS>
