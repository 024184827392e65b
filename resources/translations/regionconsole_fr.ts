<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Region Console</source>
        <translation>À propos de Region Console</translation>
    </message>
    <message>
        <source>Region Console %1</source>
        <translation>Region Console %1</translation>
    </message>
    <message>
        <source>Which data center (US or EU) a Customer.io account is in, and where each test call actually went.</source>
        <translation>Dans quel centre de données (US ou EU) se trouve un compte Customer.io, et où chaque appel de test est réellement allé.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
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
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>%1 (not saved: %2)</source>
        <translation>%1 (non enregistré&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Latest result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>%1 call to %2 succeeded: HTTP %3</source>
        <translation>L&apos;appel «&#xa0;%1&#xa0;» pour %2 a réussi&#xa0;: HTTP %3</translation>
    </message>
    <message>
        <source>%1 call to %2 failed: HTTP %3</source>
        <translation>L&apos;appel «&#xa0;%1&#xa0;» pour %2 a échoué&#xa0;: HTTP %3</translation>
    </message>
    <message>
        <source>%1 call to %2 failed: %3</source>
        <translation>L&apos;appel «&#xa0;%1&#xa0;» pour %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Region check of %1 failed: %2</source>
        <translation>La vérification de la région de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in the %2 region (verified)</source>
        <translation>%1 est dans la région %2 (vérifiée)</translation>
    </message>
</context>
<context>
    <name>AppIdentity</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>moved to %1, but could not remove all of %2</source>
        <translation>déplacé vers %1, mais %2 n&apos;a pas pu être entièrement supprimé</translation>
    </message>
    <message>
        <source>cannot move the settings %1 to %2: %3</source>
        <translation>impossible de déplacer les paramètres %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>request log and data directory: %1</source>
        <translation>journal des requêtes et dossier des données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BurstSender</name>
    <message>
        <source>%1: from 1 to %2 calls (got %3)</source>
        <translation>%1&#xa0;: de 1 à %2 appels (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 calls per second (got %4)</source>
        <translation>%1&#xa0;: de %2 à %3 appels par seconde (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cadence</translation>
    </message>
</context>
<context>
    <name>BurstStatus</name>
    <message>
        <source>Burst progress</source>
        <translation>Progression de la rafale</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the burst</source>
        <translation>Annuler la rafale</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Send the failed calls of the burst again</source>
        <translation>Renvoyer les appels de la rafale qui ont échoué</translation>
    </message>
    <message>
        <source>Send the failed calls again. A failed call may have been processed, so this can create duplicates.</source>
        <translation>Renvoyer les appels qui ont échoué. Un appel en échec a pu être traité malgré tout&#xa0;: cela peut créer des doublons.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n call(s)…</source>
        <translation>
            <numerusform>Envoi de %n appel…</numerusform>
            <numerusform>Envoi de %n appels…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (429) on call %1: waiting %2 s, then %3 calls per second</source>
        <translation>Limite de débit atteinte (429) à l&apos;appel %1&#xa0;: attente de %2 s, puis %3 appels par seconde</translation>
    </message>
    <message>
        <source>%1 of %2 succeeded</source>
        <translation>%1 sur %2 réussis</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (not re-sent)</source>
        <translation>
            <numerusform>, %n en échec (non renvoyé)</numerusform>
            <numerusform>, %n en échec (non renvoyés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n non envoyé (annulé)</numerusform>
            <numerusform>, %n non envoyés (annulés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rate-limited answer(s), waited %1 s</source>
        <translation>
            <numerusform>, %n réponse de limite de débit, %1 s d&apos;attente</numerusform>
            <numerusform>, %n réponses de limite de débit, %1 s d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> en %1 s.</translation>
    </message>
    <message>
        <source>Calls succeed again: now %1 calls per second</source>
        <translation>Les appels réussissent de nouveau&#xa0;: désormais %1 appels par seconde</translation>
    </message>
    <message>
        <source>, ending at %1 calls per second</source>
        <translation>, pour finir à %1 appels par seconde</translation>
    </message>
</context>
<context>
    <name>CallDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1 more lines not compared</source>
        <translation>%1 lignes de plus non comparées</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>call kind</source>
        <translation>type d&apos;appel</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>traité par</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>sauts</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Saut %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Hop %1 request headers</source>
        <translation>En-têtes de la requête du saut %1</translation>
    </message>
    <message>
        <source>Hop %1 response headers</source>
        <translation>En-têtes de la réponse du saut %1</translation>
    </message>
    <message>
        <source>Hop %1 response body</source>
        <translation>Corps de la réponse du saut %1</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message numerus="yes">
        <source>Call #%1 (left) and call #%2 (right): %n difference(s)</source>
        <translation>
            <numerusform>Appel #%1 (à gauche) et appel #%2 (à droite)&#xa0;: %n différence</numerusform>
            <numerusform>Appel #%1 (à gauche) et appel #%2 (à droite)&#xa0;: %n différences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallInput</name>
    <message>
        <source>expected a comma before the next member, or } to end the object</source>
        <translation>virgule attendue avant le membre suivant, ou } pour fermer l&apos;objet</translation>
    </message>
    <message>
        <source>expected a comma before the next value, or ] to end the array</source>
        <translation>virgule attendue avant la valeur suivante, ou ] pour fermer le tableau</translation>
    </message>
    <message>
        <source>expected a colon after the member&apos;s name</source>
        <translation>deux-points attendu après le nom du membre</translation>
    </message>
    <message>
        <source>expected a comma between two values</source>
        <translation>virgule attendue entre deux valeurs</translation>
    </message>
    <message>
        <source>expected a value: a &quot;string&quot;, a number, true, false, null, an object or an array</source>
        <translation>valeur attendue&#xa0;: une &quot;chaîne&quot;, un nombre, true, false, null, un objet ou un tableau</translation>
    </message>
    <message>
        <source>expected a closing double quote</source>
        <translation>guillemet double fermant attendu</translation>
    </message>
</context>
<context>
    <name>CallProblem</name>
    <message>
        <source>Attribute &quot;%1&quot;</source>
        <translation>Attribut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Device: </source>
        <translation>Appareil&#xa0;: </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: must not be blank</source>
        <translation>%1&#xa0;: ne doit pas contenir que des espaces</translation>
    </message>
    <message>
        <source>%1: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>%1&#xa0;: contient un caractère non valide (un substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <source>%1: must not contain control characters such as line breaks or tabs</source>
        <translation>%1&#xa0;: ne doit pas contenir de caractères de contrôle comme des sauts de ligne ou des tabulations</translation>
    </message>
    <message>
        <source>%1: must not start or end with spaces</source>
        <translation>%1&#xa0;: ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>%1: &quot;.&quot; and &quot;..&quot; cannot be sent as a path segment</source>
        <translation>%1&#xa0;: «&#xa0;.&#xa0;» et «&#xa0;..&#xa0;» ne peuvent pas être envoyés comme segment de chemin</translation>
    </message>
    <message>
        <source>%1: at most %2 bytes in UTF-8 (got %3)</source>
        <translation>%1&#xa0;: au plus %2 octets en UTF-8 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: must be %2 (got &quot;%3&quot;)</source>
        <translation>%1&#xa0;: doit valoir %2 (reçu&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: must differ from the primary person</source>
        <translation>%1&#xa0;: doit être différent de la personne principale</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3: %4</source>
        <translation>%1&#xa0;: JSON non valide à la ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: must be a JSON object such as {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>%1&#xa0;: doit être un objet JSON, par exemple {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>%1: at most %2 bytes of JSON (got %3)</source>
        <translation>%1&#xa0;: au plus %2 octets de JSON (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Attributes: at most %1 per call (got %2)</source>
        <translation>Attributs&#xa0;: au plus %1 par appel (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Attribute name: must not be empty</source>
        <translation>Nom d&apos;attribut&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>Attribute name &quot;%1…&quot;: at most %2 bytes in UTF-8 (got %3)</source>
        <translation>Nom d&apos;attribut «&#xa0;%1…&#xa0;»&#xa0;: au plus %2 octets en UTF-8 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot;: value at most %2 bytes in UTF-8 (got %3)</source>
        <translation>Attribut «&#xa0;%1&#xa0;»&#xa0;: valeur d&apos;au plus %2 octets en UTF-8 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: expected Unix seconds such as 1764403200 or an ISO 8601 date-time such as 2025-11-29T08:00:00Z (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: secondes Unix attendues, comme 1764403200, ou une date-heure ISO 8601, comme 2025-11-29T08:00:00Z (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: must be Unix seconds, not negative (got %2)</source>
        <translation>%1&#xa0;: doit être en secondes Unix, non négatif (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 looks like milliseconds; Unix seconds would be %3</source>
        <translation>%1&#xa0;: %2 ressemble à des millisecondes&#xa0;; en secondes Unix, ce serait %3</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (UTC), more than a day in the future; expected Unix seconds</source>
        <translation>%1&#xa0;: %2 correspond à %3 (UTC), plus d&apos;un jour dans le futur&#xa0;; secondes Unix attendues</translation>
    </message>
    <message>
        <source>beyond year 9999</source>
        <translation>au-delà de l&apos;an 9999</translation>
    </message>
    <message>
        <source>%1: must be a number of Unix seconds</source>
        <translation>%1&#xa0;: doit être un nombre de secondes Unix</translation>
    </message>
    <message>
        <source>%1: must be a whole number of Unix seconds (got %2)</source>
        <translation>%1&#xa0;: doit être un nombre entier de secondes Unix (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is far too large for Unix seconds</source>
        <translation>%1&#xa0;: %2 est bien trop grand pour des secondes Unix</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}</source>
        <translation>doit être un objet JSON, par exemple {&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}</translation>
    </message>
    <message>
        <source>type: must be &quot;person&quot;, &quot;object&quot; or &quot;delivery&quot;</source>
        <translation>type&#xa0;: doit valoir &quot;person&quot;, &quot;object&quot; ou &quot;delivery&quot;</translation>
    </message>
    <message>
        <source>action: must be a non-empty string such as &quot;identify&quot; or &quot;event&quot;</source>
        <translation>action&#xa0;: doit être une chaîne non vide, comme &quot;identify&quot; ou &quot;event&quot;</translation>
    </message>
    <message>
        <source>identifiers: must be an object with at least one identifier, e.g. {&quot;id&quot;: &quot;42&quot;}</source>
        <translation>identifiers&#xa0;: doit être un objet avec au moins un identifiant, par exemple {&quot;id&quot;: &quot;42&quot;}</translation>
    </message>
    <message>
        <source>%1: must be a string or a number</source>
        <translation>%1&#xa0;: doit être une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>attributes: must be a JSON object</source>
        <translation>attributes&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>batch: must be a non-empty array of operations, e.g. {&quot;batch&quot;: [{&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}]}</source>
        <translation>batch&#xa0;: doit être un tableau non vide d&apos;opérations, par exemple {&quot;batch&quot;: [{&quot;type&quot;: &quot;person&quot;, &quot;identifiers&quot;: {&quot;id&quot;: &quot;42&quot;}, &quot;action&quot;: &quot;identify&quot;}]}</translation>
    </message>
    <message>
        <source>operation: at most %1 bytes of JSON (got %2)</source>
        <translation>opération&#xa0;: au plus %1 octets de JSON (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>batch: at most %1 bytes of JSON per request (got %2)</source>
        <translation>batch&#xa0;: au plus %1 octets de JSON par requête (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: contains the invisible character %2 at position %3 (bidi controls, zero-width characters and byte order marks change what is shown, not what is sent)</source>
        <translation>%1&#xa0;: contient le caractère invisible %2 à la position %3 (les contrôles bidi, les caractères de largeur nulle et les indicateurs d&apos;ordre des octets changent ce qui est affiché, pas ce qui est envoyé)</translation>
    </message>
    <message>
        <source>%1: at most %2 entries (got %3)</source>
        <translation>%1&#xa0;: au plus %2 entrées (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: must have one, and only one, of &quot;id&quot; or &quot;email&quot;</source>
        <translation>%1&#xa0;: doit contenir un, et un seul, des champs &quot;id&quot; ou &quot;email&quot;</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a string</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: must be a ULID, 26 letters and digits such as 01J9ZQ3V5K8W2X4Y6Z7A8B9C0D (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: doit être un ULID, 26 lettres et chiffres comme 01J9ZQ3V5K8W2X4Y6Z7A8B9C0D (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears twice in one object (again at line %3, column %4); only one of its values would be sent</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» apparaît deux fois dans un même objet (de nouveau à la ligne %3, colonne %4)&#xa0;; une seule de ses valeurs serait envoyée</translation>
    </message>
    <message>
        <source>a user ID or an anonymous ID is required (userId or anonymousId)</source>
        <translation>un ID utilisateur ou un ID anonyme est requis (userId ou anonymousId)</translation>
    </message>
    <message>
        <source>%1: expected an ISO 8601 date-time with a time zone, such as 2025-11-29T08:00:00Z or 2025-11-29T09:00:00+01:00 (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: date et heure ISO 8601 avec fuseau horaire attendues, par exemple 2025-11-29T08:00:00Z ou 2025-11-29T09:00:00+01:00 (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>call: at most %1 bytes of JSON (got %2). Customer.io allows 32 KB per call and answers 200 while it drops a larger one; its clients read 32 KB as 32,000 or as 32,768 bytes, and the smaller reading passes under either</source>
        <translation>appel&#xa0;: au plus %1 octets de JSON (reçu&#xa0;: %2). Customer.io autorise 32 Ko par appel et répond 200 tout en rejetant un appel plus grand&#xa0;; ses clients lisent 32 Ko comme 32&#xa0;000 ou 32&#xa0;768 octets, et la lecture la plus petite passe dans les deux cas</translation>
    </message>
    <message>
        <source>batch: at most %1 bytes of JSON per request (got %2). Customer.io allows 500 KB per batch and answers 200 while it drops a larger one; the smaller reading of 500 KB passes under either</source>
        <translation>batch&#xa0;: au plus %1 octets de JSON par requête (reçu&#xa0;: %2). Customer.io autorise 500 Ko par lot et répond 200 tout en rejetant un lot plus grand&#xa0;; la lecture la plus petite de 500 Ko passe dans les deux cas</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}</source>
        <translation>doit être un objet JSON tel que {&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}</translation>
    </message>
    <message>
        <source>type: must be &quot;identify&quot;, &quot;track&quot;, &quot;page&quot;, &quot;screen&quot;, &quot;group&quot; or &quot;alias&quot; (got &quot;%1&quot;)</source>
        <translation>type&#xa0;: doit être «&#xa0;identify&#xa0;», «&#xa0;track&#xa0;», «&#xa0;page&#xa0;», «&#xa0;screen&#xa0;», «&#xa0;group&#xa0;» ou «&#xa0;alias&#xa0;» (reçu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>batch: must be a non-empty array of calls, e.g. {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}]}</source>
        <translation>batch&#xa0;: doit être un tableau non vide d’appels, par exemple {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, &quot;userId&quot;: &quot;42&quot;, &quot;event&quot;: &quot;Course Started&quot;}]}</translation>
    </message>
    <message>
        <source>%1: must be a whole number from 1 (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: doit être un nombre entier à partir de 1 (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>CallReplay</name>
    <message>
        <source>call #%1 was imported (%2); only calls this console sent can be sent again</source>
        <translation>l&apos;appel #%1 a été importé (%2)&#xa0;; seuls les appels envoyés par cette console peuvent être renvoyés</translation>
    </message>
    <message>
        <source>call #%1 (%2) cannot be rebuilt from the log yet; send it again from the composer</source>
        <translation>l&apos;appel #%1 (%2) ne peut pas encore être reconstitué à partir du journal&#xa0;; renvoyez-le depuis l&apos;éditeur</translation>
    </message>
    <message>
        <source>call #%1 cannot be rebuilt as it was sent (%2 %3)</source>
        <translation>l&apos;appel #%1 ne peut pas être reconstitué tel qu&apos;il a été envoyé (%2 %3)</translation>
    </message>
    <message>
        <source>call #%1 (%2) is a Pipelines API call; send it again with send --api pipelines</source>
        <translation>l’appel n°&#xa0;%1 (%2) est un appel de l’API Pipelines&#xa0;; renvoyez-le avec send --api pipelines</translation>
    </message>
</context>
<context>
    <name>CallShape</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>id, email or cio_&lt;id&gt;</source>
        <translation>id, e-mail ou cio_&lt;id&gt;</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l&apos;événement</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>device token</source>
        <translation>jeton de l&apos;appareil</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Track API v1</source>
        <translation>Track API v1</translation>
    </message>
    <message>
        <source>Region of the account</source>
        <translation>Région du compte</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Primary person</source>
        <translation>Personne principale</translation>
    </message>
    <message>
        <source>id, email or cio_&lt;id&gt;; keeps its attributes</source>
        <translation>id, e-mail ou cio_&lt;id&gt;&#xa0;; conserve ses attributs</translation>
    </message>
    <message>
        <source>Secondary person</source>
        <translation>Personne secondaire</translation>
    </message>
    <message>
        <source>merged into the primary person, then deleted</source>
        <translation>fusionnée dans la personne principale, puis supprimée</translation>
    </message>
    <message>
        <source>Anonymous ID</source>
        <translation>ID anonyme</translation>
    </message>
    <message>
        <source>Anonymous event</source>
        <translation>Événement anonyme</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>e.g. purchased</source>
        <translation>par ex. purchased</translation>
    </message>
    <message>
        <source>Identify person</source>
        <translation>Identifier la personne</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Customer event</source>
        <translation>Événement client</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Vue de page</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>URL de la page</translation>
    </message>
    <message>
        <source>e.g. https://example.com/pricing</source>
        <translation>par ex. https://example.com/pricing</translation>
    </message>
    <message>
        <source>Screen view</source>
        <translation>Vue d&apos;écran</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Nom de l&apos;écran</translation>
    </message>
    <message>
        <source>e.g. Settings</source>
        <translation>par ex. Settings</translation>
    </message>
    <message>
        <source>Add or update device</source>
        <translation>Ajouter ou mettre à jour un appareil</translation>
    </message>
    <message>
        <source>Device attributes</source>
        <translation>Attributs de l&apos;appareil</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Supprimer l&apos;appareil</translation>
    </message>
    <message>
        <source>Suppress person</source>
        <translation>Bloquer la personne (suppress)</translation>
    </message>
    <message>
        <source>Unsuppress person</source>
        <translation>Débloquer la personne (unsuppress)</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Track API v2</source>
        <translation>Track API v2</translation>
    </message>
    <message>
        <source>Track v2: one entity operation</source>
        <translation>Track v2&#xa0;: une opération d&apos;entité</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Track v2: batch</source>
        <translation>Track v2&#xa0;: lot</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>App API</source>
        <translation>App API</translation>
    </message>
    <message>
        <source>App API key check</source>
        <translation>Vérification de la clé App API</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID de l&apos;événement</translation>
    </message>
    <message>
        <source>optional ULID, drops repeats</source>
        <translation>ULID facultatif, écarte les répétitions</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>ID du formulaire</translation>
    </message>
    <message>
        <source>e.g. newsletter_signup; a new ID creates the form</source>
        <translation>par ex. newsletter_signup&#xa0;; un nouvel ID crée le formulaire</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>ID du segment</translation>
    </message>
    <message>
        <source>a manual segment&apos;s ID, e.g. 7</source>
        <translation>ID d&apos;un segment manuel, par ex. 7</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>ids, comma-separated (at most 1000)</source>
        <translation>ids, séparés par des virgules (au plus 1000)</translation>
    </message>
    <message>
        <source>Submit a form</source>
        <translation>Soumettre un formulaire</translation>
    </message>
    <message>
        <source>Add people to a manual segment</source>
        <translation>Ajouter des personnes à un segment manuel</translation>
    </message>
    <message>
        <source>Remove people from a manual segment</source>
        <translation>Retirer des personnes d&apos;un segment manuel</translation>
    </message>
    <message>
        <source>optional: anonymous ID from your website or app</source>
        <translation>facultatif&#xa0;: ID anonyme de votre site web ou de votre application</translation>
    </message>
    <message>
        <source>Primary identifier type</source>
        <translation>Type d&apos;identifiant principal</translation>
    </message>
    <message>
        <source>Secondary identifier type</source>
        <translation>Type d&apos;identifiant secondaire</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>the person&apos;s userId</source>
        <translation>le userId de la personne</translation>
    </message>
    <message>
        <source>userId; this or an anonymous ID</source>
        <translation>userId&#xa0;; celui-ci ou un ID anonyme</translation>
    </message>
    <message>
        <source>anonymousId</source>
        <translation>anonymousId</translation>
    </message>
    <message>
        <source>anonymousId; this or a user ID</source>
        <translation>anonymousId&#xa0;; celui-ci ou un ID utilisateur</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>optional, e.g. 2025-11-29T08:00:00Z</source>
        <translation>facultatif, par exemple 2025-11-29T08:00:00Z</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID de message</translation>
    </message>
    <message>
        <source>optional, drops repeats</source>
        <translation>facultatif, écarte les répétitions</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Jeton de l’appareil</translation>
    </message>
    <message>
        <source>the push token (context.device.token)</source>
        <translation>le jeton push (context.device.token)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>ID d’objet</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>par exemple acme</translation>
    </message>
    <message>
        <source>Object type ID</source>
        <translation>ID du type d’objet</translation>
    </message>
    <message>
        <source>optional, 1 when left out</source>
        <translation>facultatif, 1 si vide</translation>
    </message>
    <message>
        <source>Delivery ID</source>
        <translation>ID de livraison</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>optional: the address or token the message went to</source>
        <translation>facultatif&#xa0;: l’adresse ou le jeton auquel le message a été envoyé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>ID du contenu</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <source>Pipelines: create or update device</source>
        <translation>Pipelines&#xa0;: créer ou mettre à jour un appareil</translation>
    </message>
    <message>
        <source>Pipelines: delete device</source>
        <translation>Pipelines&#xa0;: supprimer un appareil</translation>
    </message>
    <message>
        <source>Pipelines: delete person</source>
        <translation>Pipelines&#xa0;: supprimer une personne</translation>
    </message>
    <message>
        <source>Pipelines: suppress person</source>
        <translation>Pipelines&#xa0;: bloquer une personne</translation>
    </message>
    <message>
        <source>Pipelines: unsuppress person</source>
        <translation>Pipelines&#xa0;: débloquer une personne</translation>
    </message>
    <message>
        <source>Pipelines: delete relationship</source>
        <translation>Pipelines&#xa0;: supprimer une relation</translation>
    </message>
    <message>
        <source>Pipelines: delete object</source>
        <translation>Pipelines&#xa0;: supprimer un objet</translation>
    </message>
    <message>
        <source>Pipelines: report delivery event</source>
        <translation>Pipelines&#xa0;: signaler un événement de livraison</translation>
    </message>
    <message>
        <source>Pipelines: report content event</source>
        <translation>Pipelines&#xa0;: signaler un événement de contenu</translation>
    </message>
    <message>
        <source>Pipelines API</source>
        <translation>API Pipelines</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>e.g. Course Started</source>
        <translation>par exemple Course Started</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Previous ID</source>
        <translation>ID précédent</translation>
    </message>
    <message>
        <source>the anonymous ID or user ID merged into the user ID</source>
        <translation>l’ID anonyme ou l’ID utilisateur fusionné dans l’ID utilisateur</translation>
    </message>
    <message>
        <source>Pipelines: batch</source>
        <translation>Pipelines&#xa0;: lot</translation>
    </message>
    <message>
        <source>Pipelines: identify</source>
        <translation>Pipelines&#xa0;: identifier</translation>
    </message>
    <message>
        <source>Pipelines: track event</source>
        <translation>Pipelines&#xa0;: suivre un événement</translation>
    </message>
    <message>
        <source>Pipelines: page</source>
        <translation>Pipelines&#xa0;: page</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Nom de la page</translation>
    </message>
    <message>
        <source>e.g. Pricing</source>
        <translation>par exemple Pricing</translation>
    </message>
    <message>
        <source>Pipelines: screen</source>
        <translation>Pipelines&#xa0;: écran</translation>
    </message>
    <message>
        <source>Pipelines: group</source>
        <translation>Pipelines&#xa0;: groupe</translation>
    </message>
    <message>
        <source>Pipelines: alias</source>
        <translation>Pipelines&#xa0;: alias</translation>
    </message>
</context>
<context>
    <name>CallTemplates</name>
    <message>
        <source>Template name: must not be blank</source>
        <translation>Nom du modèle&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>Template name: at most %1 characters (got %2)</source>
        <translation>Nom du modèle&#xa0;: au plus %1 caractères (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Templates: at most %1 per workspace; delete one to save another</source>
        <translation>Modèles&#xa0;: au plus %1 par espace de travail&#xa0;; supprimez-en un pour en enregistrer un autre</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two calls</source>
        <translation>Comparer deux appels</translation>
    </message>
    <message>
        <source>Compare call #%1 and call #%2</source>
        <translation>Comparer l&apos;appel #%1 et l&apos;appel #%2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) marked ≠.</source>
        <translation>
            <numerusform>%n différence marquée ≠.</numerusform>
            <numerusform>%n différences marquées ≠.</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two calls</source>
        <translation>Différences entre les deux appels</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>Appel #%1</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>%1 (JSON)*:</source>
        <translation>%1 (JSON)*&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (JSON):</source>
        <translation>%1 (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>%1*:</source>
        <translation>%1*&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Send a test call</source>
        <translation>Envoyer un appel de test</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Type d&apos;appel</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Appel&#xa0;:</translation>
    </message>
    <message>
        <source>Device platform</source>
        <translation>Plateforme de l&apos;appareil</translation>
    </message>
    <message>
        <source>Send via:</source>
        <translation>Envoyer via&#xa0;:</translation>
    </message>
    <message>
        <source>Why sending is unavailable</source>
        <translation>Pourquoi l&apos;envoi est indisponible</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the test call</source>
        <translation>Envoyer l&apos;appel de test</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>How many times to send the call</source>
        <translation>Combien de fois envoyer l&apos;appel</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Send the call this many times, one at a time</source>
        <translation>Envoyer l&apos;appel autant de fois, l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Appels par seconde</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>At most this many calls per second (Customer.io&apos;s fair use is far higher); a 429 answer slows the burst down</source>
        <translation>Au plus ce nombre d&apos;appels par seconde (l&apos;usage raisonnable de Customer.io va bien au-delà)&#xa0;; une réponse 429 ralentit la rafale</translation>
    </message>
    <message>
        <source>Select a workspace to send calls.</source>
        <translation>Sélectionnez un espace de travail pour envoyer des appels.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>Read from the value</source>
        <translation>Déduire de la valeur</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate an event ID</source>
        <translation>Générer un ID d&apos;événement</translation>
    </message>
    <message>
        <source>A new ULID: Customer.io counts events with the same ID once</source>
        <translation>Un nouvel ULID&#xa0;: Customer.io ne compte qu&apos;une fois les événements de même ID</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Track API</source>
        <translation>API Track</translation>
    </message>
    <message>
        <source>Pipelines API</source>
        <translation>API Pipelines</translation>
    </message>
    <message>
        <source>Track API: the Site ID and Track API key. Pipelines API: a source&apos;s API key.</source>
        <translation>API Track&#xa0;: le Site ID et la clé d’API Track. API Pipelines&#xa0;: la clé d’API d’une source.</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>memory, this session only</source>
        <translation>mémoire, pour cette session uniquement</translation>
    </message>
    <message>
        <source>Secret Service via QtKeychain</source>
        <translation>Secret Service via QtKeychain</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Sandbox started on 127.0.0.1 (Track US %1, Track EU %2).</source>
        <translation>Bac à sable démarré sur 127.0.0.1 (Track US %1, Track EU %2).</translation>
    </message>
    <message>
        <source>Left the sandbox.</source>
        <translation>Bac à sable quitté.</translation>
    </message>
    <message>
        <source>%1 · US route</source>
        <translation>%1 · route US</translation>
    </message>
    <message>
        <source>%1 · US App API key</source>
        <translation>%1 · clé App API US</translation>
    </message>
    <message>
        <source>%1 · filed under %2</source>
        <translation>%1 · classé sous %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n mismatch example(s) to the sandbox&apos;s workspaces.</source>
        <translation>
            <numerusform>%n exemple d&apos;incohérence ajouté aux espaces de travail du bac à sable.</numerusform>
            <numerusform>%n exemples d&apos;incohérences ajoutés aux espaces de travail du bac à sable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route of &quot;%1&quot;: %2.</source>
        <translation>Route de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no usable endpoint table</source>
        <translation>aucune table de points de terminaison utilisable</translation>
    </message>
    <message>
        <source>Reading the Track API key…</source>
        <translation>Lecture de la clé Track API…</translation>
    </message>
    <message>
        <source>Reading the Track API key from the keychain…</source>
        <translation>Lecture de la clé Track API dans le trousseau…</translation>
    </message>
    <message>
        <source>Track API key unavailable: %1</source>
        <translation>Clé Track API indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No usable endpoint table.</source>
        <translation>Aucune table de points de terminaison utilisable.</translation>
    </message>
    <message>
        <source>the endpoint table is invalid (%1)</source>
        <translation>la table des points de terminaison n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <source>App API key unavailable: %1</source>
        <translation>Clé App API indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>A call was not saved in the request log: %1</source>
        <translation>Un appel n&apos;a pas été enregistré dans le journal des requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the request log cannot be written (%1). Choose &quot;Send without logging&quot; to send calls that will not be logged.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: le journal des requêtes ne peut pas être écrit (%1). Choisissez «&#xa0;Envoyer sans journal&#xa0;» pour envoyer des appels qui ne seront pas journalisés.</translation>
    </message>
    <message>
        <source>call #%1 was sent for the workspace &quot;%2&quot;; select it to send the call again</source>
        <translation>l&apos;appel #%1 a été envoyé pour l&apos;espace de travail «&#xa0;%2&#xa0;»&#xa0;; sélectionnez-le pour renvoyer l&apos;appel</translation>
    </message>
    <message>
        <source>the Track API key of &quot;%1&quot; is not available</source>
        <translation>la clé Track API de «&#xa0;%1&#xa0;» n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>nothing was sent: no usable endpoint table</source>
        <translation>rien n&apos;a été envoyé&#xa0;: aucune table de points de terminaison utilisable</translation>
    </message>
    <message>
        <source>No Track credentials: this workspace sends Pipelines calls only.</source>
        <translation>Pas d’identifiants Track&#xa0;: cet espace de travail n’envoie que des appels Pipelines.</translation>
    </message>
    <message>
        <source>nothing was sent: no workspace named &quot;%1&quot;</source>
        <translation>rien n’a été envoyé&#xa0;: aucun espace de travail nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>nothing was sent: the workspace &quot;%1&quot; has no Pipelines source</source>
        <translation>rien n’a été envoyé&#xa0;: l’espace de travail «&#xa0;%1&#xa0;» n’a pas de source Pipelines</translation>
    </message>
    <message>
        <source>nothing was sent: the workspace &quot;%1&quot; has no Pipelines source named &quot;%2&quot; (its sources: %3)</source>
        <translation>rien n’a été envoyé&#xa0;: l’espace de travail «&#xa0;%1&#xa0;» n’a pas de source Pipelines nommée «&#xa0;%2&#xa0;» (ses sources&#xa0;: %3)</translation>
    </message>
    <message>
        <source>nothing was sent: the region of the Pipelines source &quot;%1&quot; of &quot;%2&quot; is not known. No Track credentials of its account have been checked and no region was chosen for it; choose US or EU for the source, or check the region of a workspace of its account.</source>
        <translation>rien n’a été envoyé&#xa0;: la région de la source Pipelines «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’est pas connue. Aucun identifiant Track de son compte n’a été vérifié et aucune région n’a été choisie pour elle&#xa0;; choisissez US ou EU pour la source, ou vérifiez la région d’un espace de travail de son compte.</translation>
    </message>
    <message>
        <source>nothing was sent: workspace &quot;%1&quot;, Pipelines source &quot;%2&quot;: API key: %3</source>
        <translation>rien n’a été envoyé&#xa0;: espace de travail «&#xa0;%1&#xa0;», source Pipelines «&#xa0;%2&#xa0;»&#xa0;: clé d’API&#xa0;: %3</translation>
    </message>
    <message>
        <source>nothing was sent: no usable endpoint table (%1)</source>
        <translation>rien n’a été envoyé&#xa0;: aucune table des points d’accès utilisable (%1)</translation>
    </message>
    <message>
        <source>nothing was sent: the endpoint table has no Pipelines hosts</source>
        <translation>rien n’a été envoyé&#xa0;: la table des points d’accès n’a pas d’hôtes Pipelines</translation>
    </message>
    <message>
        <source>nothing was sent: the request log cannot be written (%1)</source>
        <translation>rien n’a été envoyé&#xa0;: le journal des requêtes ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>rien n’a été envoyé</translation>
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
        <translation>aucune clé enregistrée dans le trousseau pour cet espace de travail</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it (log in again, or open the system&apos;s password manager) and try again</source>
        <translation>le trousseau est verrouillé&#xa0;: déverrouillez-le (reconnectez-vous ou ouvrez le gestionnaire de mots de passe du système) puis réessayez</translation>
    </message>
    <message>
        <source>access to the keychain was denied (is the keyring locked?)</source>
        <translation>l&apos;accès au trousseau a été refusé (le trousseau est-il verrouillé&#xa0;?)</translation>
    </message>
    <message>
        <source>secure storage unavailable: no D-Bus session bus, so no Secret Service keychain can be reached</source>
        <translation>stockage sécurisé indisponible&#xa0;: pas de bus de session D-Bus, donc aucun trousseau Secret Service n&apos;est joignable</translation>
    </message>
    <message>
        <source>secure storage unavailable: no Secret Service keychain (such as GNOME Keyring or KeePassXC) runs on the D-Bus session</source>
        <translation>stockage sécurisé indisponible&#xa0;: aucun trousseau Secret Service (comme GNOME Keyring ou KeePassXC) ne tourne sur le bus D-Bus de la session</translation>
    </message>
    <message>
        <source>secure storage unavailable: the Secret Service keychain has no default keyring to keep keys in</source>
        <translation>stockage sécurisé indisponible&#xa0;: le trousseau Secret Service n&apos;a pas de trousseau par défaut où garder les clés</translation>
    </message>
    <message>
        <source>secure storage unavailable: no Secret Service keychain could be reached</source>
        <translation>stockage sécurisé indisponible&#xa0;: aucun trousseau Secret Service n&apos;a pu être joint</translation>
    </message>
    <message>
        <source>keychain not responding</source>
        <translation>le trousseau ne répond pas</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>erreur du trousseau</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>%1 App API host</source>
        <translation>hôte App API %1</translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation>%1&#xa0;: accepté (%2)</translation>
    </message>
    <message>
        <source>%1: rejected (%2)</source>
        <translation>%1&#xa0;: refusé (%2)</translation>
    </message>
    <message>
        <source>%1: rejected (%2): the key is wrong, revoked or of another workspace</source>
        <translation>%1&#xa0;: refusé (%2)&#xa0;: la clé est erronée, révoquée ou appartient à un autre espace de travail</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1&#xa0;: pas de réponse (%2)</translation>
    </message>
    <message>
        <source>Track calls are redirected through US servers; data may be logged in the US. Switch the route to EU.</source>
        <translation>Les appels Track sont redirigés via des serveurs américains&#xa0;; des données peuvent être journalisées aux États-Unis. Passez la route sur EU.</translation>
    </message>
    <message>
        <source>This account is in the US but the route is forced to the EU host, which rejects its Track calls (401). Switch the route to US or Automatic.</source>
        <translation>Ce compte est aux États-Unis, mais la route est forcée sur l&apos;hôte EU, qui refuse ses appels Track (401). Passez la route sur US ou Automatique.</translation>
    </message>
    <message>
        <source>The App API key works on the %1 App API host, but the Track credentials say this account is in the %2 region: the App API key belongs to a workspace of another account.</source>
        <translation>La clé App API fonctionne sur l&apos;hôte App API %1, mais d&apos;après les identifiants Track ce compte est dans la région %2&#xa0;: la clé App API appartient à un espace de travail d&apos;un autre compte.</translation>
    </message>
    <message>
        <source>The %1 App API host, the account&apos;s own, rejects the App API key: it is wrong, revoked or of another workspace.</source>
        <translation>L&apos;hôte App API %1, celui du compte, refuse la clé App API&#xa0;: elle est erronée, révoquée ou appartient à un autre espace de travail.</translation>
    </message>
    <message>
        <source>Workspaces of account &quot;%1&quot; disagree about its region: this one is %2, %3. An account has one region; check which account each workspace&apos;s credentials belong to.</source>
        <translation>Les espaces de travail du compte «&#xa0;%1&#xa0;» ne s&apos;accordent pas sur sa région&#xa0;: celui-ci est en région %2, %3. Un compte n&apos;a qu&apos;une région&#xa0;; vérifiez à quel compte appartiennent les identifiants de chaque espace de travail.</translation>
    </message>
    <message>
        <source>This account is in the EU but the route is forced to the US host. %1</source>
        <translation>Ce compte est dans l&apos;UE, mais la route est forcée sur l&apos;hôte US. %1</translation>
    </message>
    <message>
        <source>The last call of this EU account arrived through the US host. %1</source>
        <translation>Le dernier appel de ce compte EU est arrivé par l&apos;hôte US. %1</translation>
    </message>
    <message>
        <source>%1: answered &quot;wrong datacenter&quot; (%2): the account is not in this region; not a bad key</source>
        <translation>%1&#xa0;: a répondu «&#xa0;wrong datacenter&#xa0;» (%2)&#xa0;: le compte n&apos;est pas dans cette région&#xa0;; la clé n&apos;est pas en cause</translation>
    </message>
    <message>
        <source>Region mismatch: the %1 App API host answers &quot;wrong datacenter&quot; (%2) for this key because the account is in the %3 region, not because the key is bad. Send App API calls to the %3 App API host rather than rely on the redirect.</source>
        <translation>Incohérence de région&#xa0;: l&apos;hôte App API %1 répond «&#xa0;wrong datacenter&#xa0;» (%2) pour cette clé parce que le compte est dans la région %3, et non parce que la clé est erronée. Envoyez les appels App API à l&apos;hôte App API %3 plutôt que de compter sur la redirection.</translation>
    </message>
    <message>
        <source>%1: refused (%2), as expected: the account is in the other region and App API calls are not redirected; not a bad key</source>
        <translation>%1&#xa0;: refusé (%2), comme prévu&#xa0;: le compte est dans l&apos;autre région et les appels App API ne sont pas redirigés&#xa0;; la clé n&apos;est pas en cause</translation>
    </message>
    <message>
        <source>this workspace&apos;s Track credentials say the account is in the %1 region</source>
        <translation>d’après les identifiants Track de cet espace de travail, le compte est dans la région %1</translation>
    </message>
    <message>
        <source>the workspace &quot;%1&quot; of account &quot;%2&quot; was detected in the %3 region</source>
        <translation>l’espace de travail «&#xa0;%1&#xa0;» du compte «&#xa0;%2&#xa0;» a été détecté dans la région %3</translation>
    </message>
    <message>
        <source>The Pipelines source &quot;%1&quot; was set to the %2 region, but %3. An account has one region: its calls go to the %4 Pipelines host. Check which account the source belongs to, and correct its region.</source>
        <translation>La source Pipelines «&#xa0;%1&#xa0;» a été réglée sur la région %2, mais %3. Un compte a une seule région&#xa0;: ses appels vont à l’hôte Pipelines %4. Vérifiez à quel compte appartient la source, et corrigez sa région.</translation>
    </message>
</context>
<context>
    <name>FleetCheck</name>
    <message>
        <source>Track API key: none stored</source>
        <translation>Clé de l’API Track&#xa0;: aucune enregistrée</translation>
    </message>
    <message>
        <source>Track API key: %1</source>
        <translation>Clé de l’API Track&#xa0;: %1</translation>
    </message>
    <message>
        <source>no usable endpoint table</source>
        <translation>aucune table de points d’accès utilisable</translation>
    </message>
    <message>
        <source>no Track credentials (Pipelines sources only): no region check</source>
        <translation>pas d’identifiants Track (sources Pipelines seulement)&#xa0;: pas de vérification de région</translation>
    </message>
</context>
<context>
    <name>FleetCheckDialog</name>
    <message>
        <source>Check all workspaces</source>
        <translation>Vérifier tous les espaces de travail</translation>
    </message>
    <message>
        <source>Workspaces checked at once</source>
        <translation>Espaces de travail vérifiés à la fois</translation>
    </message>
    <message>
        <source>Workspaces checked</source>
        <translation>Espaces de travail vérifiés</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ID de l’espace de travail</translation>
    </message>
    <message>
        <source>Answered by / problem</source>
        <translation>Répondu par / problème</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Démarrer la vérification</translation>
    </message>
    <message>
        <source>Ca&amp;ncel check</source>
        <translation>A&amp;nnuler la vérification</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Workspaces checked at once:</source>
        <translation>Espaces de travail vérifiés à la fois&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) to check.</source>
        <translation>
            <numerusform>%n espace de travail à vérifier.</numerusform>
            <numerusform>%n espaces de travail à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n workspace(s).</source>
        <translation>
            <numerusform>Annulé après %n espace de travail.</numerusform>
            <numerusform>Annulé après %n espaces de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) checked.</source>
        <translation>
            <numerusform>%n espace de travail vérifié.</numerusform>
            <numerusform>%n espaces de travail vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces of one account in different regions: %1</source>
        <translation>Espaces de travail d’un même compte dans des régions différentes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with Pipelines sources only, not checked.</source>
        <translation>
            <numerusform>%n espace de travail avec des sources Pipelines seulement, non vérifié.</numerusform>
            <numerusform>%n espaces de travail avec des sources Pipelines seulement, non vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: is %2; HAR files over %3 are refused</source>
        <translation>%1&#xa0;: fait %2&#xa0;; les fichiers HAR de plus de %3 sont refusés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: HAR files over %2 are refused</source>
        <translation>%1&#xa0;: les fichiers HAR de plus de %2 sont refusés</translation>
    </message>
    <message>
        <source>HAR files over %1 are refused</source>
        <translation>les fichiers HAR de plus de %1 sont refusés</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2), so not a HAR file</source>
        <translation>pas du JSON (%1 à l&apos;octet %2), donc pas un fichier HAR</translation>
    </message>
    <message>
        <source>not a HAR file: no log.entries</source>
        <translation>pas un fichier HAR&#xa0;: pas de log.entries</translation>
    </message>
    <message>
        <source>HAR version &quot;%1&quot; is not supported (1.2 and 1.1 are)</source>
        <translation>la version HAR «&#xa0;%1&#xa0;» n&apos;est pas prise en charge (1.2 et 1.1 le sont)</translation>
    </message>
    <message>
        <source>the HAR file holds no entry</source>
        <translation>le fichier HAR ne contient aucune entrée</translation>
    </message>
    <message>
        <source>no answer from %1 (status 0 in the HAR file)</source>
        <translation>pas de réponse de %1 (statut 0 dans le fichier HAR)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>US transit: sent to the US host and redirected to the EU host, so the data passed through US servers. Send via the EU host.</source>
        <translation>Transit par les US&#xa0;: envoyé à l&apos;hôte US et redirigé vers l&apos;hôte EU, les données sont donc passées par des serveurs américains. Envoyez via l&apos;hôte EU.</translation>
    </message>
    <message>
        <source>Imported: the console does not know this path; filed as &quot;%1&quot; by its method.</source>
        <translation>Importé&#xa0;: la console ne connaît pas ce chemin&#xa0;; classé comme «&#xa0;%1&#xa0;» d&apos;après sa méthode.</translation>
    </message>
    <message>
        <source>none of the %1 entries is a call to Customer.io</source>
        <translation>aucune des %1 entrées n&apos;est un appel à Customer.io</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1: %2 call(s)</source>
        <translation>%1&#xa0;: %2 appel(s)</translation>
    </message>
    <message>
        <source>US transit (sent to the US host, answered by the EU host): %1 call(s)</source>
        <translation>Transit par les US (envoyé à l&apos;hôte US, réponse de l&apos;hôte EU)&#xa0;: %1 appel(s)</translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>%1 · sandbox %2</source>
        <translation>%1 · bac à sable %2</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>the %1 App API host, the account&apos;s own, rejects the App API key (%2): it is wrong, revoked or of another workspace</source>
        <translation>l&apos;hôte App API %1, celui du compte, refuse la clé App API (%2)&#xa0;: elle est erronée, révoquée ou appartient à un autre espace de travail</translation>
    </message>
</context>
<context>
    <name>KeyboardNavigation</name>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>Search the request log</source>
        <translation>Rechercher dans le journal des requêtes</translation>
    </message>
    <message>
        <source>Go to the composer</source>
        <translation>Aller à l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the entry remains in the locked keyring</source>
        <translation>l&apos;entrée reste dans le trousseau verrouillé</translation>
    </message>
    <message>
        <source>the entry is in the locked keyring</source>
        <translation>l&apos;entrée est dans le trousseau verrouillé</translation>
    </message>
    <message>
        <source>no answer from the keychain after %1 s</source>
        <translation>pas de réponse du trousseau après %1 s</translation>
    </message>
</context>
<context>
    <name>KeychainEntries</name>
    <message>
        <source>; the keychain entry written could not be removed again and remains: %1</source>
        <translation>&#xa0;; l&apos;entrée écrite dans le trousseau n&apos;a pas pu être retirée et y reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>; the keychain entries written could not be removed again and remain: %1</source>
        <translation>&#xa0;; les entrées écrites dans le trousseau n&apos;ont pas pu être retirées et y restent&#xa0;: %1</translation>
    </message>
    <message>
        <source>; the keychain entry written (service %1) could not be removed again and remains: %2; delete it with the system&apos;s password manager</source>
        <translation>&#xa0;; l&apos;entrée écrite dans le trousseau (service %1) n&apos;a pas pu être retirée et y reste&#xa0;: %2&#xa0;; supprimez-la avec le gestionnaire de mots de passe du système</translation>
    </message>
    <message>
        <source>; the keychain entries written (service %1) could not be removed again and remain: %2; delete them with the system&apos;s password manager</source>
        <translation>&#xa0;; les entrées écrites dans le trousseau (service %1) n&apos;ont pas pu être retirées et y restent&#xa0;: %2&#xa0;; supprimez-les avec le gestionnaire de mots de passe du système</translation>
    </message>
</context>
<context>
    <name>LogBanner</name>
    <message>
        <source>Send without logging</source>
        <translation>Envoyer sans journal</translation>
    </message>
    <message>
        <source>Send test calls although they will not be logged</source>
        <translation>Envoyer des appels de test bien qu&apos;ils ne soient pas journalisés</translation>
    </message>
    <message>
        <source>The request log cannot be written (%1). Test calls are sent but not logged.</source>
        <translation>Le journal des requêtes ne peut pas être écrit (%1). Les appels de test sont envoyés mais pas journalisés.</translation>
    </message>
    <message>
        <source>The request log cannot be written (%1). Test calls are not sent until you choose to send them without logging.</source>
        <translation>Le journal des requêtes ne peut pas être écrit (%1). Les appels de test ne sont pas envoyés tant que vous n&apos;avez pas choisi de les envoyer sans journal.</translation>
    </message>
</context>
<context>
    <name>LogExportFile</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the request log could not be read</source>
        <translation>le journal des requêtes n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Search the request log</source>
        <translation>Rechercher dans le journal des requêtes</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Filter by workspace</source>
        <translation>Filtrer par espace de travail</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Tous les espaces</translation>
    </message>
    <message>
        <source>Filter by the region that handled the call</source>
        <translation>Filtrer par la région qui a traité l&apos;appel</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
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
        <translation>Aucun hôte</translation>
    </message>
    <message>
        <source>Filter by the host that handled the call</source>
        <translation>Filtrer par l&apos;hôte qui a traité l&apos;appel</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>Tout hôte</translation>
    </message>
    <message>
        <source>Filter by status class</source>
        <translation>Filtrer par classe de statut</translation>
    </message>
    <message>
        <source>Filter by status class; &quot;network&quot;: no HTTP answer (network error or timeout)</source>
        <translation>Filtrer par classe de statut&#xa0;; «&#xa0;network&#xa0;»&#xa0;: pas de réponse HTTP (erreur réseau ou délai dépassé)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Filter by call</source>
        <translation>Filtrer par appel</translation>
    </message>
    <message>
        <source>Any call</source>
        <translation>Tout appel</translation>
    </message>
    <message>
        <source>Workspace, call, method, path, hosts, hop URLs, status, outcome, error, warnings and bodies containing this text (any case). Terms as in a browser&apos;s network panel: status:4xx,5xx -method:GET api:track-v2 host:… region:eu,us call:… workspace:… from:2026-12-01 to:2026-12-07 (a leading - negates a term)</source>
        <translation>Espace de travail, appel, méthode, chemin, hôtes, URL des sauts, statut, résultat, erreur, avertissements et corps contenant ce texte (sans tenir compte de la casse). Termes comme dans le panneau réseau d&apos;un navigateur&#xa0;: status:4xx,5xx -method:GET api:track-v2 host:… region:eu,us call:… workspace:… from:2026-12-01 to:2026-12-07 (un - en tête inverse un terme)</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>sauf %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (Pipelines)</source>
        <translation>%1 (Pipelines)</translation>
    </message>
    <message>
        <source>Filter by API</source>
        <translation>Filtrer par API</translation>
    </message>
    <message>
        <source>Any API</source>
        <translation>Toute API</translation>
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
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the two selected calls side by side, their differences marked</source>
        <translation>Afficher côte à côte les deux appels sélectionnés, leurs différences marquées</translation>
    </message>
    <message>
        <source>Import HAR…</source>
        <translation>Importer un HAR…</translation>
    </message>
    <message>
        <source>Add the Customer.io calls of a HAR file (a browser&apos;s or this console&apos;s) as read-only calls</source>
        <translation>Ajouter les appels Customer.io d&apos;un fichier HAR (d&apos;un navigateur ou de cette console) comme appels en lecture seule</translation>
    </message>
    <message>
        <source>Clear matching…</source>
        <translation>Vider les résultats…</translation>
    </message>
    <message>
        <source>Delete the stored calls that match the log&apos;s filters; keep the others</source>
        <translation>Supprimer les appels enregistrés qui correspondent aux filtres du journal&#xa0;; conserver les autres</translation>
    </message>
    <message>
        <source>the request log is not open</source>
        <translation>le journal des requêtes n&apos;est pas ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s) as read-only rows</source>
        <translation>
            <numerusform>%n appel importé en ligne en lecture seule</numerusform>
            <numerusform>%n appels importés en lignes en lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>Importer un fichier HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har *.json)</source>
        <translation>Archive HTTP (*.har *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear matching calls</source>
        <translation>Vider les appels correspondants</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stored call(s) that match the filters?</source>
        <translation>
            <numerusform>Supprimer %n appel enregistré correspondant aux filtres&#xa0;?</numerusform>
            <numerusform>Supprimer les %n appels enregistrés correspondant aux filtres&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls that do not match are kept. This cannot be undone.</source>
        <translation>Les appels qui ne correspondent pas sont conservés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the matching calls</source>
        <translation>Supprimer les appels correspondants</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The request log could not be cleared: %1</source>
        <translation>Le journal des requêtes n&apos;a pas pu être vidé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching call(s) from the request log.</source>
        <translation>
            <numerusform>%n appel correspondant supprimé du journal des requêtes.</numerusform>
            <numerusform>%n appels correspondants supprimés du journal des requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Request log: %1</source>
        <translation>Journal des requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Exporter le journal des requêtes</translation>
    </message>
    <message>
        <source>Clear log…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Vider le journal des requêtes</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Appel sélectionné</translation>
    </message>
    <message>
        <source>Details of the selected call</source>
        <translation>Détails de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Select a call in the log to see its hops, headers and bodies.</source>
        <translation>Sélectionnez un appel dans le journal pour voir ses sauts, en-têtes et corps.</translation>
    </message>
    <message>
        <source>Export selected as HAR…</source>
        <translation>Exporter la sélection en HAR…</translation>
    </message>
    <message>
        <source>Save the selected calls as a HAR file (opens in a browser&apos;s devtools)</source>
        <translation>Enregistrer les appels sélectionnés dans un fichier HAR (lisible dans les outils de développement d&apos;un navigateur)</translation>
    </message>
    <message>
        <source>Export matching as HAR…</source>
        <translation>Exporter les résultats en HAR…</translation>
    </message>
    <message>
        <source>Save every stored call that matches the log&apos;s filters as a HAR file</source>
        <translation>Enregistrer dans un fichier HAR chaque appel enregistré qui correspond aux filtres du journal</translation>
    </message>
    <message>
        <source>Export matching as JSONL…</source>
        <translation>Exporter les résultats en JSONL…</translation>
    </message>
    <message>
        <source>Save every stored call that matches the log&apos;s filters, one JSON object a line</source>
        <translation>Enregistrer chaque appel enregistré qui correspond aux filtres du journal, un objet JSON par ligne</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copy a curl command repeating the selected call; the key is read from $CIO_TRACK_API_KEY</source>
        <translation>Copier une commande curl qui répète l&apos;appel sélectionné&#xa0;; la clé est lue dans $CIO_TRACK_API_KEY</translation>
    </message>
    <message>
        <source>Delete every call in the request log, the command line&apos;s included</source>
        <translation>Supprimer tous les appels du journal des requêtes, y compris ceux de la ligne de commande</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the App API key from $CIO_APP_API_KEY in your shell.</source>
        <translation>Commande curl copiée&#xa0;; elle lit la clé App API dans $CIO_APP_API_KEY de votre shell.</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the Track API key from $CIO_TRACK_API_KEY in your shell.</source>
        <translation>Commande curl copiée&#xa0;; elle lit la clé Track API dans $CIO_TRACK_API_KEY de votre shell.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Delete every call in the request log?</source>
        <translation>Supprimer tous les appels du journal des requêtes&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n stored call(s) are deleted from %1, calls sent from the command line included. This cannot be undone.</source>
        <translation>
            <numerusform>%n appel enregistré est supprimé de %1, y compris les appels envoyés depuis la ligne de commande. Cette action est irréversible.</numerusform>
            <numerusform>%n appels enregistrés sont supprimés de %1, y compris les appels envoyés depuis la ligne de commande. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls listed in this window are removed.</source>
        <translation>Les appels affichés dans cette fenêtre sont retirés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete every call</source>
        <translation>Supprimer tous les appels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The request log could not be cleared: %1</source>
        <translation>Le journal des requêtes n&apos;a pas pu être vidé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request log cleared.</source>
        <translation>Journal des requêtes vidé.</translation>
    </message>
    <message>
        <source>Export selected calls as HAR</source>
        <translation>Exporter les appels sélectionnés en HAR</translation>
    </message>
    <message>
        <source>Export matching calls as JSONL</source>
        <translation>Exporter les appels correspondants en JSONL</translation>
    </message>
    <message>
        <source>Export matching calls as HAR</source>
        <translation>Exporter les appels correspondants en HAR</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>Exporting the matching calls to %1…</source>
        <translation>Export des appels correspondants vers %1…</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Nothing was written.</source>
        <translation>L&apos;export vers %1 a échoué&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) as %1 to %2.</source>
        <translation>
            <numerusform>%n appel exporté en %1 vers %2.</numerusform>
            <numerusform>%n appels exportés en %1 vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the calls matching the filters</source>
        <translation>Vider les appels correspondant aux filtres</translation>
    </message>
    <message>
        <source>Not sent again: %1</source>
        <translation>Non renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open in the composer: %1</source>
        <translation>Impossible d&apos;ouvrir dans l&apos;éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No call matches these filters.</source>
        <translation>Aucun appel ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No calls yet. Calls you send appear here.</source>
        <translation>Aucun appel pour l&apos;instant. Les appels que vous envoyez apparaissent ici.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected call again: same workspace, call, fields and first host, after the usual checks</source>
        <translation>Renvoyer l&apos;appel sélectionné&#xa0;: même espace de travail, même appel, mêmes champs et même premier hôte, après les vérifications habituelles</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Put the selected call&apos;s fields in the composer, to change and send</source>
        <translation>Placer les champs de l&apos;appel sélectionné dans l&apos;éditeur, pour les modifier et l&apos;envoyer</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Annuler l&apos;appel</translation>
    </message>
    <message>
        <source>Stop the selected call while it waits for its host; it ends as cancelled</source>
        <translation>Arrêter l&apos;appel sélectionné pendant qu&apos;il attend son hôte&#xa0;; il se termine comme annulé</translation>
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
        <translation>Journal des requêtes non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request log database could not be opened; calls are listed for this session only.</source>
        <translation>La base de données du journal des requêtes n&apos;a pas pu être ouverte&#xa0;; les appels ne sont listés que pour cette session.</translation>
    </message>
    <message>
        <source>The endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid: %1. Configured workspaces cannot be checked or used until it is fixed; the sandbox still works.</source>
        <translation>Le fichier de points de terminaison désigné par CIO_CONSOLE_ENDPOINTS n&apos;est pas valide&#xa0;: %1. Les espaces de travail configurés ne peuvent être ni vérifiés ni utilisés tant qu&apos;il n&apos;est pas corrigé&#xa0;; le bac à sable fonctionne toujours.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>Add workspace</source>
        <translation>Ajouter un espace de travail</translation>
    </message>
    <message>
        <source>Add a workspace with its Site ID and Track API key (kept in the system keychain)</source>
        <translation>Ajouter un espace de travail avec son Site ID et sa clé Track API (conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Edit workspace…</source>
        <translation>Modifier l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Change the selected workspace&apos;s name, Site ID or account, or replace its keys</source>
        <translation>Modifier le nom, le Site ID ou le compte de l&apos;espace de travail sélectionné, ou remplacer ses clés</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Retirer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Remove the selected workspace and its keychain entries</source>
        <translation>Retirer l&apos;espace de travail sélectionné et ses entrées du trousseau</translation>
    </message>
    <message>
        <source>Re-check region</source>
        <translation>Revérifier la région</translation>
    </message>
    <message>
        <source>Ask Customer.io again which region the selected workspace&apos;s account is in</source>
        <translation>Redemander à Customer.io dans quelle région se trouve le compte de l&apos;espace de travail sélectionné</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>A built-in Customer.io stand-in on this machine with a US and an EU demo account</source>
        <translation>Un substitut de Customer.io intégré, sur cette machine, avec un compte de démonstration US et un EU</translation>
    </message>
    <message>
        <source>About Region Console</source>
        <translation>À propos de Region Console</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Make a sandbox host misbehave: delays, hangs, resets, 5xx, 429, bad bodies, redirects</source>
        <translation>Provoquer des pannes sur un hôte du bac à sable&#xa0;: délais, blocages, réinitialisations, 5xx, 429, corps invalides, redirections</translation>
    </message>
    <message>
        <source>Sandbox faults</source>
        <translation>Pannes du bac à sable</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Add mismatch examples</source>
        <translation>Ajouter des exemples d&apos;incohérences</translation>
    </message>
    <message>
        <source>Adds an EU workspace on the US route, one with an App API key of the other region, and a US workspace filed under the EU account, to see each diagnosis</source>
        <translation>Ajoute un espace de travail EU sur la route US, un autre avec une clé App API de l&apos;autre région et un espace de travail US classé sous le compte EU, pour voir chaque diagnostic</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io.</source>
        <translation>Bac à sable&#xa0;: deux comptes de démonstration (US et EU) sur cette machine&#xa0;; rien n&apos;est envoyé à Customer.io.</translation>
    </message>
    <message>
        <source>Leave sandbox</source>
        <translation>Quitter le bac à sable</translation>
    </message>
    <message>
        <source>No workspace yet. Add one with its Site ID and Track API key, or try the sandbox first.</source>
        <translation>Aucun espace de travail pour l&apos;instant. Ajoutez-en un avec son Site ID et sa clé Track API, ou essayez d&apos;abord le bac à sable.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ignorer l&apos;erreur</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Sandbox faults in force</source>
        <translation>Pannes du bac à sable en vigueur</translation>
    </message>
    <message>
        <source>Request log storage</source>
        <translation>Stockage du journal des requêtes</translation>
    </message>
    <message>
        <source>Select a workspace to send calls.</source>
        <translation>Sélectionnez un espace de travail pour envoyer des appels.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoints: sandbox on 127.0.0.1</source>
        <translation>Points de terminaison&#xa0;: bac à sable sur 127.0.0.1</translation>
    </message>
    <message>
        <source>Endpoints: CIO_CONSOLE_ENDPOINTS invalid</source>
        <translation>Points de terminaison&#xa0;: CIO_CONSOLE_ENDPOINTS non valide</translation>
    </message>
    <message>
        <source>Endpoints: Customer.io (US and EU)</source>
        <translation>Points de terminaison&#xa0;: Customer.io (US et EU)</translation>
    </message>
    <message>
        <source>Endpoints: CIO_CONSOLE_ENDPOINTS</source>
        <translation>Points de terminaison&#xa0;: CIO_CONSOLE_ENDPOINTS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox faults: %1</source>
        <translation>Pannes du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check &amp;all workspaces…</source>
        <translation>Vérifier &amp;tous les espaces de travail…</translation>
    </message>
    <message>
        <source>&amp;Residency report…</source>
        <translation>&amp;Rapport de résidence…</translation>
    </message>
</context>
<context>
    <name>PipelinesForm</name>
    <message>
        <source>%1 (JSON)*:</source>
        <translation>%1 (JSON)*&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (JSON):</source>
        <translation>%1 (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>%1*:</source>
        <translation>%1*&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Pipelines source</source>
        <translation>Source Pipelines</translation>
    </message>
    <message>
        <source>The source whose Pipelines API key sends the call</source>
        <translation>La source dont la clé d’API Pipelines envoie l’appel</translation>
    </message>
    <message>
        <source>This workspace has no Pipelines source: add one with Edit workspace.</source>
        <translation>Cet espace de travail n’a aucune source Pipelines&#xa0;: ajoutez-en une avec «&#xa0;Modifier l&apos;espace de travail&#xa0;».</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Pipelines call</source>
        <translation>Appel Pipelines</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Appel&#xa0;:</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Mode strict</translation>
    </message>
    <message>
        <source>On: Customer.io answers a call it refuses with 400 or 401. Off: Customer.io answers 200 even when it drops the call.</source>
        <translation>Activé&#xa0;: Customer.io répond 400 ou 401 à un appel qu’il refuse. Désactivé&#xa0;: Customer.io répond 200 même quand il abandonne l’appel.</translation>
    </message>
    <message>
        <source>off: Customer.io answers 200 even when it drops the call</source>
        <translation>désactivé&#xa0;: Customer.io répond 200 même quand il abandonne l’appel</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>PipelinesRegion</name>
    <message>
        <source>detected</source>
        <translation>détectée</translation>
    </message>
    <message>
        <source>from account %1 (workspace &quot;%2&quot;)</source>
        <translation>du compte %1 (espace de travail «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>chosen, not verified</source>
        <translation>choisie, non vérifiée</translation>
    </message>
    <message>
        <source>not known: choose US or EU</source>
        <translation>inconnue&#xa0;: choisissez US ou EU</translation>
    </message>
</context>
<context>
    <name>PipelinesSection</name>
    <message>
        <source>Pipelines API</source>
        <translation>API Pipelines</translation>
    </message>
    <message>
        <source>Pipelines diagnosis</source>
        <translation>Diagnostic Pipelines</translation>
    </message>
    <message>
        <source>Pipelines API host</source>
        <translation>Hôte de l’API Pipelines</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the Pipelines API host</source>
        <translation>Copier l’hôte de l’API Pipelines</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Pipelines host:</source>
        <translation>Hôte Pipelines&#xa0;:</translation>
    </message>
    <message>
        <source>Pipelines sources</source>
        <translation>Sources Pipelines</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>%1: region not known: choose US or EU for it (Edit workspace); nothing is sent until then</source>
        <translation>%1&#xa0;: région inconnue&#xa0;: choisissez US ou EU pour elle (Modifier l’espace de travail)&#xa0;; rien n’est envoyé d’ici là</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>source: region code (basis)</comment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>no Pipelines host in the endpoint table</source>
        <translation>pas d’hôte Pipelines dans la table des points d’accès</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems with the call</source>
        <translation>Problèmes de l&apos;appel</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>RegionDetector</name>
    <message>
        <source>the region answer is not a JSON object</source>
        <translation>la réponse sur la région n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the region answer names no known region (expected &quot;region&quot;: &quot;us&quot; or &quot;eu&quot;)</source>
        <translation>la réponse sur la région ne nomme aucune région connue (&quot;region&quot;: &quot;us&quot; ou &quot;eu&quot; attendu)</translation>
    </message>
    <message>
        <source>Site ID or Track API key rejected by Customer.io (401 from %1)</source>
        <translation>Site ID ou clé Track API refusé par Customer.io (401 de %1)</translation>
    </message>
    <message>
        <source>the region answer names &quot;%1&quot; twice</source>
        <translation>la réponse sur la région nomme «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Data and Privacy</source>
        <translation>Données et confidentialité</translation>
    </message>
    <message>
        <source>Region badge</source>
        <translation>Badge de région</translation>
    </message>
    <message>
        <source>Account region</source>
        <translation>Région du compte</translation>
    </message>
    <message>
        <source>Customer.io documentation on account regions</source>
        <translation>Documentation de Customer.io sur les régions de compte</translation>
    </message>
    <message>
        <source>About account regions</source>
        <translation>À propos des régions de compte</translation>
    </message>
    <message>
        <source>Region check state</source>
        <translation>État de la vérification de la région</translation>
    </message>
    <message>
        <source>The request that failed</source>
        <translation>La requête qui a échoué</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ID de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Track API host</source>
        <translation>Hôte Track API</translation>
    </message>
    <message>
        <source>App API host</source>
        <translation>Hôte App API</translation>
    </message>
    <message>
        <source>Transactional API host</source>
        <translation>Hôte de la Transactional API</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Route par défaut</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation>Centre de données&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation>ID de l&apos;espace&#xa0;:</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>Site ID&#xa0;:</translation>
    </message>
    <message>
        <source>Track API host:</source>
        <translation>Hôte Track API&#xa0;:</translation>
    </message>
    <message>
        <source>App API host:</source>
        <translation>Hôte App API&#xa0;:</translation>
    </message>
    <message>
        <source>Transactional:</source>
        <translation>Transactionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Transactional messages (POST /v1/send/email, push, sms…) go to the App API host of the account&apos;s region.</source>
        <translation>Les messages transactionnels (POST /v1/send/email, push, sms…) vont à l&apos;hôte App API de la région du compte.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Automatic (detected region)</source>
        <translation>Automatique (région détectée)</translation>
    </message>
    <message>
        <source>Always the US host</source>
        <translation>Toujours l&apos;hôte US</translation>
    </message>
    <message>
        <source>Always the EU host</source>
        <translation>Toujours l&apos;hôte EU</translation>
    </message>
    <message>
        <source>Where the workspace&apos;s calls go unless &quot;Send via&quot; in &quot;Send a test call&quot; picks another host for a test call.</source>
        <translation>Où vont les appels de l&apos;espace de travail, sauf si «&#xa0;Envoyer via&#xa0;» dans «&#xa0;Envoyer un appel de test&#xa0;» choisit un autre hôte pour un appel de test.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route&#xa0;:</translation>
    </message>
    <message>
        <source>Check App API key</source>
        <translation>Vérifier la clé App API</translation>
    </message>
    <message>
        <source>Check the App API key</source>
        <translation>Vérifier la clé App API</translation>
    </message>
    <message>
        <source>also on the other region&apos;s host</source>
        <translation>aussi sur l&apos;hôte de l&apos;autre région</translation>
    </message>
    <message>
        <source>Also check the App API key on the other region&apos;s host</source>
        <translation>Vérifier aussi la clé App API sur l&apos;hôte de l&apos;autre région</translation>
    </message>
    <message>
        <source>See what an integration configured with the other region&apos;s App API host gets: Customer.io does not redirect App API calls.</source>
        <translation>Voir ce qu&apos;obtient une intégration configurée avec l&apos;hôte App API de l&apos;autre région&#xa0;: Customer.io ne redirige pas les appels App API.</translation>
    </message>
    <message>
        <source>App API key check</source>
        <translation>Vérification de la clé App API</translation>
    </message>
    <message>
        <source>App API key:</source>
        <translation>Clé App API&#xa0;:</translation>
    </message>
    <message>
        <source>Select a workspace to check its region.</source>
        <translation>Sélectionnez un espace de travail pour vérifier sa région.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Verified %1 (%2) through %3</source>
        <translation>✔ Vérifiée le %1 (%2) via %3</translation>
    </message>
    <message>
        <source>Ask the App API host of the account&apos;s region (GET /v1/segments, read-only) whether the key works</source>
        <translation>Demander à l&apos;hôte App API de la région du compte (GET /v1/segments, en lecture seule) si la clé fonctionne</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No workspace selected</source>
        <translation>Aucun espace de travail sélectionné</translation>
    </message>
    <message>
        <source>Asking Customer.io which region this account is in (GET /api/v1/accounts/region)…</source>
        <translation>Customer.io est interrogé sur la région de ce compte (GET /api/v1/accounts/region)…</translation>
    </message>
    <message>
        <source>Available once the region is verified.</source>
        <translation>Disponible une fois la région vérifiée.</translation>
    </message>
    <message>
        <source>No App API key stored for this workspace (add one with Edit workspace).</source>
        <translation>Aucune clé App API enregistrée pour cet espace de travail (ajoutez-en une avec Modifier l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ Region not verified: %1</source>
        <translation>✖ Région non vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>an earlier check</source>
        <translation>une vérification antérieure</translation>
    </message>
    <message>
        <source>Last seen as %1 (%2); not confirmed now.</source>
        <translation>Vue précédemment comme %1 (%2)&#xa0;; non confirmée maintenant.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Forced: by default, calls go to the %1 host (%2)</source>
        <translation>Forcée&#xa0;: par défaut, les appels vont à l&apos;hôte %1 (%2)</translation>
    </message>
    <message>
        <source>Automatic: the region is not verified, so each test call needs a host chosen in &quot;Send via&quot; (US host or EU host)</source>
        <translation>Automatique&#xa0;: la région n&apos;est pas vérifiée, donc chaque appel de test a besoin d&apos;un hôte choisi dans «&#xa0;Envoyer via&#xa0;» (hôte US ou hôte EU)</translation>
    </message>
    <message>
        <source>Automatic: region not known yet, so by default calls go to the %1 host (%2), Customer.io&apos;s default</source>
        <translation>Automatique&#xa0;: région encore inconnue, donc par défaut les appels vont à l&apos;hôte %1 (%2), celui par défaut de Customer.io</translation>
    </message>
    <message>
        <source>Automatic: by default, calls go to the detected region&apos;s host, %1 (%2)</source>
        <translation>Automatique&#xa0;: par défaut, les appels vont à l&apos;hôte de la région détectée, %1 (%2)</translation>
    </message>
    <message>
        <source>No workspace yet: add one, or try the sandbox.</source>
        <translation>Aucun espace de travail pour l&apos;instant&#xa0;: ajoutez-en un ou essayez le bac à sable.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <source>No browser opened; the address: %1</source>
        <translation>Aucun navigateur ouvert&#xa0;; l&apos;adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Region badge: %1</source>
        <translation>Badge de région&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Track credentials</source>
        <translation>Pas d’identifiants Track</translation>
    </message>
    <message>
        <source>This workspace has Pipelines sources only: without a Site ID and Track API key there is no region check. Each source&apos;s region and what it rests on are under Pipelines API.</source>
        <translation>Cet espace de travail n’a que des sources Pipelines&#xa0;: sans Site ID ni Track API key, il n’y a pas de vérification de région. La région de chaque source et ce sur quoi elle repose figurent sous API Pipelines.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>An App API key needs the workspace&apos;s Track credentials.</source>
        <translation>Une App API key nécessite les identifiants Track de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>espace de travail %1</translation>
    </message>
    <message>
        <source>account %1 (all its workspaces)</source>
        <translation>compte %1 (tous ses espaces de travail)</translation>
    </message>
    <message>
        <source>every workspace</source>
        <translation>tous les espaces de travail</translation>
    </message>
    <message>
        <source>Residency evidence report</source>
        <translation>Rapport de preuve de résidence des données</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2 (end excluded)</source>
        <translation>du %1 au %2 (fin exclue)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Calls in scope</source>
        <translation>Appels dans le périmètre</translation>
    </message>
    <message>
        <source>Digest (SHA-256 chain head)</source>
        <translation>Empreinte (SHA-256, tête de la chaîne)</translation>
    </message>
    <message>
        <source>Chain anchor</source>
        <translation>Ancre de la chaîne</translation>
    </message>
    <message>
        <source>Log chained from</source>
        <translation>Journal chaîné depuis</translation>
    </message>
    <message>
        <source>%1 (calls stored before then were chained at that moment)</source>
        <translation>%1 (les appels enregistrés auparavant ont été chaînés à ce moment)</translation>
    </message>
    <message>
        <source>Identifier key</source>
        <translation>Clé des identifiants</translation>
    </message>
    <message>
        <source>HMAC-SHA-256, key %1</source>
        <translation>HMAC-SHA-256, clé %1</translation>
    </message>
    <message>
        <source>This report states what Region Console recorded about each call: which hosts handled it and in which region. It is not a legal assessment. People&apos;s identifiers appear only as keyed hashes (HMAC-SHA-256), request and response bodies only as SHA-256. Verify the JSON form with: cio-console report verify FILE</source>
        <translation>Ce rapport indique ce que Region Console a enregistré pour chaque appel&#xa0;: quels hôtes l’ont traité et dans quelle région. Ce n’est pas une appréciation juridique. Les identifiants des personnes n’apparaissent que sous forme de hachages à clé (HMAC-SHA-256), les corps des requêtes et des réponses uniquement sous forme de SHA-256. Vérifiez la version JSON avec&#xa0;: cio-console report verify FILE</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No calls were recorded for this scope in this range.</source>
        <translation>Aucun appel n’a été enregistré pour ce périmètre sur cette période.</translation>
    </message>
    <message>
        <source>Calls by the region of the host that handled them</source>
        <translation>Appels selon la région de l’hôte qui les a traités</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>US host</source>
        <translation>Hôte US</translation>
    </message>
    <message>
        <source>EU host</source>
        <translation>Hôte EU</translation>
    </message>
    <message>
        <source>No host answered</source>
        <translation>Aucun hôte n’a répondu</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Aucun appel.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) passed through a host outside the account&apos;s region.</source>
        <translation>
            <numerusform>%n appel est passé par un hôte hors de la région du compte.</numerusform>
            <numerusform>%n appels sont passés par un hôte hors de la région du compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were refused by the host of the other region.</source>
        <translation>
            <numerusform>%n appel a été refusé par l’hôte de l’autre région.</numerusform>
            <numerusform>%n appels ont été refusés par l’hôte de l’autre région.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces and their region</source>
        <translation>Espaces de travail et leur région</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>ID de l’espace de travail</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>No configured workspace in this scope.</source>
        <translation>Aucun espace de travail configuré dans ce périmètre.</translation>
    </message>
    <message>
        <source>Region verifications in the range</source>
        <translation>Vérifications de région sur la période</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Through host</source>
        <translation>Via l’hôte</translation>
    </message>
    <message>
        <source>Region answered</source>
        <translation>Région répondue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No region verification in this range.</source>
        <translation>Aucune vérification de région sur cette période.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>Premier hôte</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>Dernier hôte</translation>
    </message>
    <message>
        <source>Account region</source>
        <translation>Région du compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Calls through a host outside the account&apos;s region</source>
        <translation>Appels passés par un hôte hors de la région du compte</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Calls refused for the wrong region</source>
        <translation>Appels refusés pour mauvaise région</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>The route setting is the workspace&apos;s as configured when the report was made; the counts are where each call of the range was first sent.</source>
        <translation>La route est le réglage de l’espace de travail au moment du rapport&#xa0;; les nombres indiquent où chaque appel de la période a d’abord été envoyé.</translation>
    </message>
    <message>
        <source>Route setting</source>
        <translation>Route configurée</translation>
    </message>
    <message>
        <source>First sent to US</source>
        <translation>D’abord envoyé aux US</translation>
    </message>
    <message>
        <source>First sent to EU</source>
        <translation>D’abord envoyé à l’EU</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Host chain (status)</source>
        <translation>Chaîne d’hôtes (statut)</translation>
    </message>
    <message>
        <source>Handled in</source>
        <translation>Traité en</translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) in the saved report.</source>
        <translation>
            <numerusform>%n appel de plus dans le rapport enregistré.</numerusform>
            <numerusform>%n appels de plus dans le rapport enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) went to a host that is not Customer.io&apos;s (the built-in sandbox, or another endpoint table); they are counted above by the region the console&apos;s endpoint table gave that host.</source>
        <translation>
            <numerusform>%n appel est allé à un hôte qui n’est pas celui de Customer.io (le bac à sable intégré, ou une autre table de points de terminaison)&#xa0;; il est compté plus haut sous la région que la table de points de terminaison de la console donnait à cet hôte.</numerusform>
            <numerusform>%n appels sont allés à un hôte qui n’est pas celui de Customer.io (le bac à sable intégré, ou une autre table de points de terminaison)&#xa0;; ils sont comptés plus haut sous la région que la table de points de terminaison de la console donnait à cet hôte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in one object (again at line %2, column %3)</source>
        <translation>&quot;%1&quot; apparaît deux fois dans un même objet (de nouveau ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>&quot;report&quot;: not a residency report</source>
        <translation>&quot;report&quot;&#xa0;: pas un rapport de résidence</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot;: expected %1</source>
        <translation>&quot;schema_version&quot;&#xa0;: %1 attendu</translation>
    </message>
    <message>
        <source>&quot;chain.anchor&quot;: expected 64 hex digits</source>
        <translation>&quot;chain.anchor&quot;&#xa0;: 64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>&quot;chain.head&quot;: expected 64 hex digits</source>
        <translation>&quot;chain.head&quot;&#xa0;: 64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>&quot;rows&quot;: expected an array</source>
        <translation>&quot;rows&quot;&#xa0;: un tableau attendu</translation>
    </message>
    <message>
        <source>&quot;rows[%1]&quot;: expected an id and a 64-hex-digit digest</source>
        <translation>&quot;rows[%1]&quot;&#xa0;: un id et une empreinte de 64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>row %1 is out of order (after row %2)</source>
        <translation>la ligne %1 n’est pas à sa place (après la ligne %2)</translation>
    </message>
    <message>
        <source>row %1: its fields carry another id</source>
        <translation>ligne %1&#xa0;: ses champs portent un autre id</translation>
    </message>
    <message>
        <source>row %1 breaks the chain: it was changed, or a row before it was removed or moved</source>
        <translation>la ligne %1 rompt la chaîne&#xa0;: elle a été modifiée, ou une ligne avant elle a été supprimée ou déplacée</translation>
    </message>
    <message>
        <source>row %1 is the last row, but the report&apos;s digest (chain.head) is not its digest: rows were removed at the end</source>
        <translation>la ligne %1 est la dernière, mais l’empreinte du rapport (chain.head) n’est pas la sienne&#xa0;: des lignes ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>no request log at %1: only the report&apos;s own chain was checked</source>
        <translation>aucun journal des requêtes à %1&#xa0;: seule la chaîne du rapport a été vérifiée</translation>
    </message>
    <message>
        <source>the request log cannot be opened (%1): only the report&apos;s own chain was checked</source>
        <translation>le journal des requêtes ne peut pas être ouvert (%1)&#xa0;: seule la chaîne du rapport a été vérifiée</translation>
    </message>
    <message>
        <source>the request log here did not make this report: only the report&apos;s own chain was checked</source>
        <translation>ce rapport ne vient pas du journal des requêtes présent ici&#xa0;: seule la chaîne du rapport a été vérifiée</translation>
    </message>
    <message>
        <source>the request log cannot be read: %1</source>
        <translation>le journal des requêtes ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the report&apos;s first rows are no longer in the request log (retention)</source>
        <translation>
            <numerusform>%n des premières lignes du rapport n’est plus dans le journal des requêtes (conservation)</numerusform>
            <numerusform>%n des premières lignes du rapport ne sont plus dans le journal des requêtes (conservation)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of the log is missing from the report</source>
        <translation>la ligne %1 du journal manque dans le rapport</translation>
    </message>
    <message>
        <source>row %1 differs from the request log&apos;s chain</source>
        <translation>la ligne %1 diffère de la chaîne du journal des requêtes</translation>
    </message>
    <message>
        <source>row %1 is no longer in the request log</source>
        <translation>la ligne %1 n’est plus dans le journal des requêtes</translation>
    </message>
    <message>
        <source>the request log no longer matches the report: %1</source>
        <translation>le journal des requêtes ne correspond plus au rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>PDF needs fonts: run with a QGuiApplication</source>
        <translation>le PDF a besoin de polices&#xa0;: exécuter avec une QGuiApplication</translation>
    </message>
    <message>
        <source>Residency evidence report</source>
        <translation>Rapport de preuve de résidence des données</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>le générateur PDF n’a rien produit</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
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
        <translation>en attente de l&apos;hôte…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>credentials sent</source>
        <translation>identifiants envoyés</translation>
    </message>
    <message>
        <source>no credentials sent</source>
        <translation>aucun identifiant envoyé</translation>
    </message>
    <message>
        <source>connect %1 ms</source>
        <translation>connexion %1 ms</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>connexion réutilisée</translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation>premier octet %1 ms</translation>
    </message>
    <message>
        <source>last byte %1 ms</source>
        <translation>dernier octet %1 ms</translation>
    </message>
    <message>
        <source>   error: %1</source>
        <translation>   erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 octets de plus non affichés</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>erreur HTTP</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>redirection refusée</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>annulé par vous</translation>
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
        <translation>Espace de travail %1 (Site ID %2)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replay of call #%1</source>
        <translation>Renvoi de l&apos;appel #%1</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importé depuis %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Outcome: %1 · %2 · %3</source>
        <translation>Résultat&#xa0;: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Outcome: waiting for the answer…</source>
        <translation>Résultat&#xa0;: en attente de la réponse…</translation>
    </message>
    <message>
        <source>Handled by %1 · %2</source>
        <translation>Traité par %1 · %2</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 saut</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 sauts</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>Hop %1 · request headers</source>
        <translation>Saut %1 · en-têtes de la requête</translation>
    </message>
    <message>
        <source>Hop %1 · response headers (%2)</source>
        <translation>Saut %1 · en-têtes de la réponse (%2)</translation>
    </message>
    <message>
        <source>Hop %1 · response body (%2)</source>
        <translation>Saut %1 · corps de la réponse (%2)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Request body (%1)</source>
        <translation>Corps de la requête (%1)</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>Réponse %1 (%2)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Call %1 · %2 %3 %4</source>
        <translation>Appel %1 · %2 %3 %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RequestLogChain</name>
    <message>
        <source>call %1 is in the log but not in its chain: it was added outside the console</source>
        <translation>l’appel %1 est dans le journal mais pas dans sa chaîne&#xa0;: il a été ajouté hors de la console</translation>
    </message>
    <message>
        <source>call %1 was deleted from the log</source>
        <translation>l’appel %1 a été supprimé du journal</translation>
    </message>
    <message>
        <source>call %1 does not match its digest: it was changed, or calls were moved</source>
        <translation>l’appel %1 ne correspond pas à son empreinte&#xa0;: il a été modifié, ou des appels ont été déplacés</translation>
    </message>
</context>
<context>
    <name>RequestLogFilter</name>
    <message>
        <source>%1: a value may not be empty (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: une valeur ne peut pas être vide (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: must be one or more of %2, separated by commas, optionally after ! to negate (got &quot;%3&quot;)</source>
        <translation>%1&#xa0;: doit valoir une ou plusieurs valeurs parmi %2, séparées par des virgules, éventuellement après ! pour inverser (reçu&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: must be a date (2026-12-01) or a date and time (2026-12-01T14:30) (got &quot;%2&quot;)</source>
        <translation>%1&#xa0;: doit être une date (2026-12-01) ou une date et une heure (2026-12-01T14:30) (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>%1 redirect refused</source>
        <translation>redirection %1 refusée</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>waiting for host…</source>
        <translation>en attente de l&apos;hôte…</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>annulé par vous</translation>
    </message>
</context>
<context>
    <name>RequestLogStore</name>
    <message>
        <source>%1 was written by a newer Region Console (schema %2)</source>
        <translation>%1 a été écrit par une version plus récente de Region Console (schéma %2)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE, paquet libqt6sql6-sqlite) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a call still in flight is not stored</source>
        <translation>un appel encore en cours n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>the request log is not open</source>
        <translation>le journal des requêtes n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>ResidencyReport</name>
    <message>
        <source>the range is empty: it must end after it starts (%1)</source>
        <translation>la période est vide&#xa0;: elle doit finir après son début (%1)</translation>
    </message>
    <message>
        <source>no API chosen</source>
        <translation>aucune API choisie</translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot; (expected track or app)</source>
        <translation>API inconnue &quot;%1&quot; (attendu&#xa0;: track ou app)</translation>
    </message>
    <message>
        <source>no workspace named &quot;%1&quot;</source>
        <translation>aucun espace de travail nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no workspace belongs to an account named &quot;%1&quot;</source>
        <translation>aucun espace de travail n’appartient à un compte nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no hash chain yet: open it with this version of Region Console first</source>
        <translation>%1 n’a pas encore de chaîne de hachage&#xa0;: ouvrez-le d’abord avec cette version de Region Console</translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD or an ISO 8601 time)</source>
        <translation>pas une date (attendu&#xa0;: AAAA-MM-JJ ou une heure ISO 8601)</translation>
    </message>
</context>
<context>
    <name>ResidencyReportDialog</name>
    <message>
        <source>Residency report</source>
        <translation>Rapport de résidence</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation>Tous les espaces de travail</translation>
    </message>
    <message>
        <source>One workspace</source>
        <translation>Un espace de travail</translation>
    </message>
    <message>
        <source>One account</source>
        <translation>Un compte</translation>
    </message>
    <message>
        <source>Workspace or account</source>
        <translation>Espace de travail ou compte</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>To, included (UTC)</source>
        <translation>Au, inclus (UTC)</translation>
    </message>
    <message>
        <source>Track API</source>
        <translation>API Track</translation>
    </message>
    <message>
        <source>App API</source>
        <translation>API App</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation>API&#xa0;:</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request log is not available: %1</source>
        <translation>Le journal des requêtes n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the request log…</source>
        <translation>Lecture du journal des requêtes…</translation>
    </message>
    <message>
        <source>The report key could not be read from the keychain: %1</source>
        <translation>La clé du rapport n’a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n’a pas pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>No calls were recorded for this scope in this range; the report says so.</source>
        <translation>Aucun appel n’a été enregistré pour ce périmètre sur cette période&#xa0;; le rapport l’indique.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s); digest %1</source>
        <translation>
            <numerusform>%n appel&#xa0;; empreinte %1</numerusform>
            <numerusform>%n appels&#xa0;; empreinte %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save residency report</source>
        <translation>Enregistrer le rapport de résidence</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;JSON (*.json);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>RouteAdvice</name>
    <message>
        <source>Send via</source>
        <translation>Envoyer via</translation>
    </message>
    <message>
        <source>US host</source>
        <translation>Hôte US</translation>
    </message>
    <message>
        <source>EU host</source>
        <translation>Hôte EU</translation>
    </message>
    <message>
        <source>Host the next call goes to</source>
        <translation>Hôte auquel va le prochain appel</translation>
    </message>
    <message>
        <source>About the host the next call goes to</source>
        <translation>À propos de l&apos;hôte auquel va le prochain appel</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ Region not verified now (last seen %1): pick US host or EU host to send.</source>
        <translation>⚠ Région non vérifiée maintenant (vue précédemment&#xa0;: %1)&#xa0;: choisissez Hôte US ou Hôte EU pour envoyer.</translation>
    </message>
    <message>
        <source>This account is in the EU: a call via the US host is redirected through US servers.</source>
        <translation>Ce compte est dans l&apos;UE&#xa0;: un appel via l&apos;hôte US est redirigé par des serveurs américains.</translation>
    </message>
    <message>
        <source>Customer.io rejects a US account&apos;s calls on the EU host (401).</source>
        <translation>Customer.io refuse les appels d&apos;un compte US sur l&apos;hôte EU (401).</translation>
    </message>
    <message>
        <source>Region not verified yet: the call goes to the US host, Customer.io&apos;s default.</source>
        <translation>Région pas encore vérifiée&#xa0;: l&apos;appel va à l&apos;hôte US, celui par défaut de Customer.io.</translation>
    </message>
    <message>
        <source>Region not verified yet: the call goes to the %1 host.</source>
        <translation>Région pas encore vérifiée&#xa0;: l&apos;appel va à l&apos;hôte %1.</translation>
    </message>
    <message>
        <source>→ no host chosen</source>
        <translation>→ aucun hôte choisi</translation>
    </message>
    <message>
        <source>→ %1 host: %2</source>
        <translation>→ hôte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>→ %1 host</source>
        <translation>→ hôte %1</translation>
    </message>
    <message>
        <source>Workspace route</source>
        <translation>Route de l’espace de travail</translation>
    </message>
    <message>
        <source>⚠ Region not verified: &quot;Workspace route&quot; has no host. Pick US host or EU host to send.</source>
        <translation>⚠ Région non vérifiée&#xa0;: «&#xa0;Route de l’espace de travail&#xa0;» n’a pas d’hôte. Choisissez Hôte US ou Hôte EU pour envoyer.</translation>
    </message>
</context>
<context>
    <name>SandboxMenu</name>
    <message>
        <source>Track API, US host</source>
        <translation>Track API, hôte US</translation>
    </message>
    <message>
        <source>Track API, EU host</source>
        <translation>Track API, hôte EU</translation>
    </message>
    <message>
        <source>App API, US host</source>
        <translation>App API, hôte US</translation>
    </message>
    <message>
        <source>App API, EU host</source>
        <translation>App API, hôte EU</translation>
    </message>
    <message>
        <source>None: normal answers</source>
        <translation>Aucune&#xa0;: réponses normales</translation>
    </message>
    <message>
        <source>Delay every answer by 1 s</source>
        <translation>Retarder chaque réponse de 1 s</translation>
    </message>
    <message>
        <source>Hang: never answer</source>
        <translation>Blocage&#xa0;: ne jamais répondre</translation>
    </message>
    <message>
        <source>Reset the connection mid-answer</source>
        <translation>Réinitialiser la connexion en pleine réponse</translation>
    </message>
    <message>
        <source>Status 503 Service Unavailable</source>
        <translation>Statut 503 Service Unavailable</translation>
    </message>
    <message>
        <source>Status 429 rate limit</source>
        <translation>Statut 429 limite de débit</translation>
    </message>
    <message>
        <source>Malformed JSON body</source>
        <translation>Corps JSON mal formé</translation>
    </message>
    <message>
        <source>Oversized body (10 MiB)</source>
        <translation>Corps surdimensionné (10 Mio)</translation>
    </message>
    <message>
        <source>Redirect outside the allow-list</source>
        <translation>Redirection hors de la liste autorisée</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>Bac à &amp;sable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrong-region redirect status</source>
        <translation>Statut de redirection en cas de mauvaise région</translation>
    </message>
    <message>
        <source>The status Customer.io has been seen to send</source>
        <translation>Le statut que Customer.io envoie d&apos;après les observations</translation>
    </message>
    <message>
        <source>Clear all faults</source>
        <translation>Lever toutes les pannes</translation>
    </message>
    <message>
        <source>redirects %1</source>
        <translation>redirige %1</translation>
    </message>
    <message>
        <source>App API key of the other region</source>
        <translation>Clé App API de l&apos;autre région</translation>
    </message>
    <message>
        <source>Answer 401 (as documented)</source>
        <translation>Répondre 401 (comme documenté)</translation>
    </message>
    <message>
        <source>Redirect an EU key with 301 &quot;wrong datacenter&quot; (as observed)</source>
        <translation>Rediriger une clé EU avec 301 «&#xa0;wrong datacenter&#xa0;» (comme observé)</translation>
    </message>
    <message>
        <source>App API wrong region: 301</source>
        <translation>App API, mauvaise région&#xa0;: 301</translation>
    </message>
    <message>
        <source>Demo accounts and keys…</source>
        <translation>Comptes de démonstration et clés…</translation>
    </message>
    <message>
        <source>Sandbox accounts</source>
        <translation>Comptes du bac à sable</translation>
    </message>
    <message>
        <source>Use these in Add workspace to practise; they work on the sandbox only.</source>
        <translation>Utilisez-les dans «&#xa0;Ajouter un espace de travail&#xa0;» pour vous entraîner&#xa0;; ils ne fonctionnent que sur le bac à sable.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2): Site ID %3, Track API key %4%5</source>
        <translation>%1 (%2)&#xa0;: Site ID %3, clé Track API %4%5</translation>
    </message>
    <message>
        <source>, App API key %1</source>
        <translation>, clé App API %1</translation>
    </message>
    <message>
        <source>Pipelines API, US host</source>
        <translation>Pipelines API, hôte US</translation>
    </message>
    <message>
        <source>Pipelines API, EU host</source>
        <translation>Pipelines API, hôte EU</translation>
    </message>
    <message>
        <source>Pipelines key of the other region</source>
        <translation>Clé Pipelines de l’autre région</translation>
    </message>
    <message>
        <source>Refuse: 401 in strict mode, 200 and dropped otherwise (assumed)</source>
        <translation>Refuser&#xa0;: 401 en mode strict, sinon 200 et rejeté (supposé)</translation>
    </message>
    <message>
        <source>Accept the call as on its own region&apos;s host (assumed)</source>
        <translation>Accepter l’appel comme sur l’hôte de sa propre région (supposé)</translation>
    </message>
    <message>
        <source>Customer.io does not document this answer; the sandbox assumes it.</source>
        <translation>Customer.io ne documente pas cette réponse&#xa0;; le bac à sable la suppose.</translation>
    </message>
    <message>
        <source>    Pipelines source %1: API key %2</source>
        <translation>    Source Pipelines %1&#xa0;: clé API %2</translation>
    </message>
    <message>
        <source>Pipelines wrong region: accepted</source>
        <translation>Pipelines, mauvaise région&#xa0;: accepté</translation>
    </message>
</context>
<context>
    <name>SdkSnippetView</name>
    <message>
        <source>SDK snippets</source>
        <translation>Extraits de code SDK</translation>
    </message>
    <message>
        <source>Show or hide the SDK snippets</source>
        <translation>Afficher ou masquer les extraits de code SDK</translation>
    </message>
    <message>
        <source>How to point each official Customer.io library at the account&apos;s region</source>
        <translation>Comment diriger chaque bibliothèque officielle de Customer.io vers la région du compte</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Track API: %1</source>
        <translation>Track API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pipelines API: %1</source>
        <translation>Pipelines API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mobile SDK: %1</source>
        <translation>SDK mobile&#xa0;: %1</translation>
    </message>
    <message>
        <source>SDK snippet region</source>
        <translation>Région de l&apos;extrait SDK</translation>
    </message>
    <message>
        <source>SDK snippet</source>
        <translation>Extrait SDK</translation>
    </message>
    <message>
        <source>How to install the library</source>
        <translation>Comment installer la bibliothèque</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the SDK snippet</source>
        <translation>Copier l&apos;extrait SDK</translation>
    </message>
    <message>
        <source>Copy the snippet; the keys in it are placeholders to replace with your own</source>
        <translation>Copier l&apos;extrait&#xa0;; les clés qu&apos;il contient sont des espaces réservés à remplacer par les vôtres</translation>
    </message>
    <message>
        <source>Where the option names come from</source>
        <translation>D&apos;où viennent les noms des options</translation>
    </message>
    <message>
        <source>Select a workspace: the snippets follow its region.</source>
        <translation>Sélectionnez un espace de travail&#xa0;: les extraits suivent sa région.</translation>
    </message>
    <message>
        <source>Checking the account&apos;s region; the snippets follow once it is verified.</source>
        <translation>Vérification de la région du compte&#xa0;; les extraits suivront une fois qu&apos;elle sera vérifiée.</translation>
    </message>
    <message>
        <source>The account&apos;s region is not verified, so there is no snippet to copy: a snippet for the wrong region would send its data there.</source>
        <translation>La région du compte n&apos;est pas vérifiée, il n&apos;y a donc aucun extrait à copier&#xa0;: un extrait pour la mauvaise région y enverrait ses données.</translation>
    </message>
    <message>
        <source>No snippet: the region is unknown.</source>
        <translation>Aucun extrait&#xa0;: la région est inconnue.</translation>
    </message>
    <message>
        <source>The account&apos;s region is unknown.</source>
        <translation>La région du compte est inconnue.</translation>
    </message>
    <message>
        <source>For the %1 region, `%2` selects %3.</source>
        <translation>Pour la région %1, `%2` sélectionne %3.</translation>
    </message>
    <message>
        <source>Install: %1</source>
        <translation>Installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Option names as in the library&apos;s source: %1 (%2)</source>
        <translation>Noms des options tels que dans le code source de la bibliothèque&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the fields of a pane, F6 and Shift+F6 between panes; Alt with the underlined letter goes to a field or presses a button.</source>
        <translation>Tab et Maj+Tab passent d&apos;un champ à l&apos;autre dans un volet, F6 et Maj+F6 d&apos;un volet à l&apos;autre&#xa0;; Alt avec la lettre soulignée va à un champ ou active un bouton.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <source>Saved templates</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save this call as a template of the workspace</source>
        <translation>Enregistrer cet appel comme modèle de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Save the call as a template</source>
        <translation>Enregistrer l&apos;appel comme modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template name (saved with workspace &quot;%1&quot;; an existing name is replaced):</source>
        <translation>Nom du modèle (enregistré avec l&apos;espace de travail «&#xa0;%1&#xa0;»&#xa0;; un nom existant est remplacé)&#xa0;:</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>Remplacé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>TimestampEditor</name>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Send a timestamp</source>
        <translation>Envoyer un horodatage</translation>
    </message>
    <message>
        <source>Without a timestamp Customer.io uses the time it receives the call</source>
        <translation>Sans horodatage, Customer.io utilise l&apos;heure à laquelle il reçoit l&apos;appel</translation>
    </message>
    <message>
        <source>Timestamp, local time</source>
        <translation>Horodatage, heure locale</translation>
    </message>
    <message>
        <source>Timestamp in Unix seconds</source>
        <translation>Horodatage en secondes Unix</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Secondes Unix</translation>
    </message>
    <message>
        <source>Not sent: Customer.io uses the time it receives the call.</source>
        <translation>Non envoyé&#xa0;: Customer.io utilise l&apos;heure de réception.</translation>
    </message>
    <message>
        <source>Sent as %1 (%2 UTC)</source>
        <translation>Envoyé comme %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Not valid: nothing is sent.</source>
        <translation>Non valide&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>the certificate &quot;%1&quot; is signed with %2, which is no longer accepted</source>
        <translation>le certificat «&#xa0;%1&#xa0;» est signé avec %2, qui n&apos;est plus accepté</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; has no subjectAltName, so it names no host (a host name in the common name alone is not accepted)</source>
        <translation>le certificat «&#xa0;%1&#xa0;» n&apos;a pas de subjectAltName et ne nomme donc aucun hôte (un nom d&apos;hôte dans le seul nom commun n&apos;est pas accepté)</translation>
    </message>
</context>
<context>
    <name>TrackCall</name>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>opération</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>item %1 (no such item in the request)</source>
        <translation>élément %1 (aucun élément de ce type dans la requête)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>which operation failed: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrackClient</name>
    <message>
        <source>the answer from %1 is larger than %2 KiB; the console stopped reading it</source>
        <translation>la réponse de %1 dépasse %2 Kio&#xa0;; la console a cessé de la lire</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2</source>
        <translation>délai dépassé après %1 s d&apos;attente de %2</translation>
    </message>
    <message>
        <source>network error from %1: TLS handshake failed, certificate not trusted: %2; nothing was sent</source>
        <translation>erreur réseau de %1&#xa0;: échec de la négociation TLS, certificat non approuvé&#xa0;: %2&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>network error from %1: %2</source>
        <translation>erreur réseau de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a Location header</source>
        <translation>HTTP %1 de %2 sans en-tête Location</translation>
    </message>
    <message>
        <source>redirect refused: %1 answered %2 to %3, which is not a host in the endpoint table; credentials and data were not sent there</source>
        <translation>redirection refusée&#xa0;: %1 a répondu %2 vers %3, qui n&apos;est pas un hôte de la table des points de terminaison&#xa0;; ni identifiants ni données n&apos;y ont été envoyés</translation>
    </message>
    <message>
        <source>too many redirects: stopped after %1 requests</source>
        <translation>trop de redirections&#xa0;: arrêt après %1 requêtes</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of this call failed:</source>
        <translation>
            <numerusform>%n opération de cet appel a échoué&#xa0;:</numerusform>
            <numerusform>%n opérations de cet appel ont échoué&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>US transit: sent to the US host and redirected to the EU host, so the data passed through US servers. Send via the EU host.</source>
        <translation>Transit par les US&#xa0;: envoyé à l&apos;hôte US et redirigé vers l&apos;hôte EU, les données sont donc passées par des serveurs américains. Envoyez via l&apos;hôte EU.</translation>
    </message>
    <message>
        <source>Wrong region: this account is in the %1 region, but the call was answered by the %2 host, which rejects it with 401.</source>
        <translation>Mauvaise région&#xa0;: ce compte est dans la région %1, mais l&apos;appel a reçu la réponse de l&apos;hôte %2, qui le refuse avec 401.</translation>
    </message>
    <message>
        <source>Possibly the wrong region: the EU host answered 401. Customer.io rejects a US account&apos;s calls on the EU host instead of redirecting them; check the account&apos;s region.</source>
        <translation>Région peut-être erronée&#xa0;: l&apos;hôte EU a répondu 401. Customer.io refuse les appels d&apos;un compte US sur l&apos;hôte EU au lieu de les rediriger&#xa0;; vérifiez la région du compte.</translation>
    </message>
    <message>
        <source>timed out after %1 s: %2 answered HTTP %3 but did not send the whole answer</source>
        <translation>délai dépassé après %1 s&#xa0;: %2 a répondu HTTP %3 mais n&apos;a pas envoyé toute la réponse</translation>
    </message>
    <message>
        <source>network error from %1: broken answer, HTTP %2 compressed as &quot;%3&quot;, which the console did not ask for; the answer was not read</source>
        <translation>erreur réseau de %1&#xa0;: réponse défectueuse, HTTP %2 compressé en «&#xa0;%3&#xa0;», ce que la console n&apos;a pas demandé&#xa0;; la réponse n&apos;a pas été lue</translation>
    </message>
    <message numerus="yes">
        <source>network error from %1: broken answer, HTTP %2, then %3 after %n byte(s) of the body</source>
        <translation>
            <numerusform>erreur réseau de %1&#xa0;: réponse défectueuse, HTTP %2, puis %3 après %n octet du corps</numerusform>
            <numerusform>erreur réseau de %1&#xa0;: réponse défectueuse, HTTP %2, puis %3 après %n octets du corps</numerusform>
        </translation>
    </message>
    <message>
        <source>network error from %1: broken answer, the connection closed after %2 of %3 bytes of the answer (HTTP %4)</source>
        <translation>erreur réseau de %1&#xa0;: réponse défectueuse, la connexion s&apos;est fermée après %2 octets sur %3 de la réponse (HTTP %4)</translation>
    </message>
    <message>
        <source>network error from %1: broken answer, HTTP 207 (some operations failed) without a readable list of them</source>
        <translation>erreur réseau de %1&#xa0;: réponse défectueuse, HTTP 207 (certaines opérations ont échoué) sans liste lisible de celles-ci</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>annulé par vous</translation>
    </message>
    <message>
        <source>nothing was sent: the endpoint table has no Pipelines API hosts (the endpoint file has no &quot;pipelines&quot;)</source>
        <translation>rien n’a été envoyé&#xa0;: la table des points d’accès n’a pas d’hôtes de l’API Pipelines (le fichier des points d’accès n’a pas de «&#xa0;pipelines&#xa0;»)</translation>
    </message>
    <message>
        <source>not in strict mode: Customer.io answers 200 even when it drops the call</source>
        <translation>pas en mode strict&#xa0;: Customer.io répond 200 même quand il rejette l’appel</translation>
    </message>
    <message>
        <source>the answer is not the JSON object Customer.io sends (%1 bytes): a proxy or a captive portal may have answered, and the call may not have reached Customer.io</source>
        <translation>la réponse n’est pas l’objet JSON qu’envoie Customer.io (%1 octets)&#xa0;: un proxy ou un portail captif a peut-être répondu, et l’appel n’a peut-être pas atteint Customer.io</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Account: must not start or end with spaces</source>
        <translation>Compte&#xa0;: ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>Account: at most 100 characters (got %1)</source>
        <translation>Compte&#xa0;: au plus 100 caractères (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Account: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>Compte&#xa0;: contient un caractère non valide (un substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <source>Account: control and invisible formatting characters are not allowed</source>
        <translation>Compte&#xa0;: les caractères de contrôle et de mise en forme invisibles ne sont pas autorisés</translation>
    </message>
    <message>
        <source>Site ID: must not be empty</source>
        <translation>Site ID&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>Site ID: at most 200 characters (got %1)</source>
        <translation>Site ID&#xa0;: au plus 200 caractères (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Site ID: must not contain &apos;:&apos;, spaces, control or invisible characters</source>
        <translation>Site ID&#xa0;: ne doit contenir ni «&#xa0;:&#xa0;», ni espaces, ni caractères de contrôle ou invisibles</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: at most 1000 characters (got %2)</source>
        <translation>%1&#xa0;: au plus 1000 caractères (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: must not contain spaces or control characters</source>
        <translation>%1&#xa0;: ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>%1: at least %2 characters (got %3); this is not a Customer.io key</source>
        <translation>%1&#xa0;: au moins %2 caractères (reçu&#xa0;: %3)&#xa0;; ce n&apos;est pas une clé Customer.io</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1&#xa0;: n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>%1: must not contain invisible characters (U+%2)</source>
        <translation>%1&#xa0;: ne doit pas contenir de caractères invisibles (U+%2)</translation>
    </message>
    <message>
        <source>%1: must not start or end with spaces</source>
        <translation>%1&#xa0;: ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>%1: at most 100 characters (got %2)</source>
        <translation>%1&#xa0;: 100 caractères au plus (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>%1&#xa0;: contient un caractère invalide (un demi-codet UTF-16 isolé)</translation>
    </message>
    <message>
        <source>%1: control and invisible formatting characters are not allowed</source>
        <translation>%1&#xa0;: les caractères de contrôle et de mise en forme invisibles ne sont pas autorisés</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l’espace de travail</translation>
    </message>
    <message>
        <source>Pipelines source name</source>
        <translation>Nom de la source Pipelines</translation>
    </message>
    <message>
        <source>Pipelines source name: the workspace has two sources named &quot;%1&quot;</source>
        <translation>Nom de la source Pipelines&#xa0;: l’espace de travail a deux sources nommées «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Site ID: must not be empty when a Track API key is given</source>
        <translation>Site ID&#xa0;: ne doit pas être vide quand une Track API key est donnée</translation>
    </message>
    <message>
        <source>Track API key: must be given with the Site ID</source>
        <translation>Track API key&#xa0;: doit être donnée avec le Site ID</translation>
    </message>
    <message>
        <source>App API key: needs the workspace&apos;s Track credentials (Site ID and Track API key), with which its region is checked</source>
        <translation>App API key&#xa0;: nécessite les identifiants Track de l’espace de travail (Site ID et Track API key), avec lesquels sa région est vérifiée</translation>
    </message>
    <message>
        <source>Credentials: give a Site ID and Track API key, or at least one Pipelines source</source>
        <translation>Identifiants&#xa0;: donnez un Site ID et une Track API key, ou au moins une source Pipelines</translation>
    </message>
    <message>
        <source>%1: must not contain &quot;:&quot; (it is sent as the user name of HTTP Basic)</source>
        <translation>%1&#xa0;: ne doit pas contenir «&#xa0;:&#xa0;» (elle est envoyée comme nom d’utilisateur de HTTP Basic)</translation>
    </message>
</context>
<context>
    <name>WorkspaceAdder</name>
    <message>
        <source>could not store the Track API key</source>
        <translation>la clé Track API n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>could not store the App API key</source>
        <translation>la clé App API n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Nom de l&apos;espace de travail&#xa0;: un espace de travail nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>could not store the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>la clé d’API de la source Pipelines «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: no API key given</source>
        <translation>Source Pipelines «&#xa0;%1&#xa0;»&#xa0;: aucune clé d’API donnée</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Add workspace</source>
        <translation>Ajouter un espace de travail</translation>
    </message>
    <message>
        <source>Find the Site ID and Track API key in Customer.io under Account Settings › API Credentials: Track API Keys list a Site ID and key for each workspace; App API Keys are listed separately. The keys are stored in the system keychain only.</source>
        <translation>Le Site ID et la clé Track API se trouvent dans Customer.io sous Account Settings › API Credentials&#xa0;: la liste Track API Keys donne un Site ID et une clé pour chaque espace de travail&#xa0;; les clés App API sont listées à part (App API Keys). Les clés sont enregistrées uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>&amp;Nom de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>par ex. Production</translation>
    </message>
    <message>
        <source>Workspace name problem</source>
        <translation>Problème de nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Site ID:</source>
        <translation>&amp;Site ID&#xa0;:</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site ID</translation>
    </message>
    <message>
        <source>Site ID problem</source>
        <translation>Problème de Site ID</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account (optional)</source>
        <translation>Compte (facultatif)</translation>
    </message>
    <message>
        <source>optional, e.g. Acme Inc.</source>
        <translation>facultatif, par ex. Acme SA</translation>
    </message>
    <message>
        <source>Optional. The Customer.io account the workspace belongs to, as you call it. Workspaces of one account share its region.</source>
        <translation>Facultatif. Le compte Customer.io auquel appartient l&apos;espace de travail, tel que vous l&apos;appelez. Les espaces de travail d&apos;un même compte partagent sa région.</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problème de compte</translation>
    </message>
    <message>
        <source>&amp;Track API key:</source>
        <translation>Clé &amp;Track API&#xa0;:</translation>
    </message>
    <message>
        <source>Track API key</source>
        <translation>Clé Track API</translation>
    </message>
    <message>
        <source>Track API key problem</source>
        <translation>Problème de clé Track API</translation>
    </message>
    <message>
        <source>&amp;App API key:</source>
        <translation>Clé &amp;App API&#xa0;:</translation>
    </message>
    <message>
        <source>App API key (optional)</source>
        <translation>Clé App API (facultative)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>Optional. An App API key from Account Settings › API Credentials › App API Keys (separate from the Track API keys).</source>
        <translation>Facultative. Une clé App API tirée de Account Settings › API Credentials › App API Keys (distincte des clés Track API).</translation>
    </message>
    <message>
        <source>&amp;Remove the App API key</source>
        <translation>&amp;Retirer la clé App API</translation>
    </message>
    <message>
        <source>Remove the App API key</source>
        <translation>Retirer la clé App API</translation>
    </message>
    <message>
        <source>App API key problem</source>
        <translation>Problème de clé App API</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>&amp;Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keep the keys in this console&apos;s memory until it closes: nothing is written to the keychain or to disk, and the workspace is gone next time.</source>
        <translation>Garder les clés dans la mémoire de cette console jusqu&apos;à sa fermeture&#xa0;: rien n&apos;est écrit dans le trousseau ni sur le disque, et l&apos;espace de travail aura disparu la prochaine fois.</translation>
    </message>
    <message>
        <source>The keys stay in this console&apos;s memory until it closes; nothing is written to the keychain or to disk.</source>
        <translation>Les clés restent dans la mémoire de cette console jusqu&apos;à sa fermeture&#xa0;; rien n&apos;est écrit dans le trousseau ni sur le disque.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons du dialogue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit workspace</source>
        <translation>Modifier l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Change what you need and leave the rest. A key field left empty keeps the stored key; type a new key to replace it (Customer.io: Account Settings › API Credentials). A new Site ID or Track API key is checked with Customer.io before anything is saved, and the region learned from the old ones is learned again.</source>
        <translation>Modifiez ce qui est nécessaire et laissez le reste. Un champ de clé laissé vide conserve la clé enregistrée&#xa0;; saisissez une nouvelle clé pour la remplacer (Customer.io&#xa0;: Account Settings › API Credentials). Un nouveau Site ID ou une nouvelle clé Track API est vérifié auprès de Customer.io avant tout enregistrement, et la région est déterminée à nouveau.</translation>
    </message>
    <message>
        <source>unchanged (type a new key to replace it)</source>
        <translation>inchangée (saisir une nouvelle clé)</translation>
    </message>
    <message>
        <source>New Track API key (empty keeps the stored key)</source>
        <translation>Nouvelle clé Track API (vide&#xa0;: la clé enregistrée est conservée)</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>aucune (facultative)</translation>
    </message>
    <message>
        <source>New App API key (empty keeps the stored key)</source>
        <translation>Nouvelle clé App API (vide&#xa0;: la clé enregistrée est conservée)</translation>
    </message>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Nom de l&apos;espace de travail&#xa0;: un espace de travail nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>Clé App API</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace was not added:</source>
        <translation>L&apos;espace de travail n&apos;a pas été ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>%1. Check the Site ID and Track API key under Account Settings › API Credentials in Customer.io.</source>
        <translation>%1. Vérifiez le Site ID et la clé Track API sous Account Settings › API Credentials dans Customer.io.</translation>
    </message>
    <message>
        <source>%1. Nothing was written to disk.</source>
        <translation>%1. Rien n&apos;a été écrit sur le disque.</translation>
    </message>
    <message>
        <source>You can still use it for this session only.</source>
        <translation>Vous pouvez tout de même l&apos;utiliser pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Keys are checked with: %1.</source>
        <translation>Les clés sont vérifiées auprès de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pipelines sources:</source>
        <translation>Sources Pipelines&#xa0;:</translation>
    </message>
    <message>
        <source>Pipelines sources</source>
        <translation>Sources Pipelines</translation>
    </message>
    <message>
        <source>Pipelines source name</source>
        <translation>Nom de la source Pipelines</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>nom de la source</translation>
    </message>
    <message>
        <source>Pipelines source API key</source>
        <translation>Clé d’API de la source Pipelines</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <source>Region chosen for the Pipelines source</source>
        <translation>Région choisie pour la source Pipelines</translation>
    </message>
    <message>
        <source>Region: from the account</source>
        <translation>Région&#xa0;: du compte</translation>
    </message>
    <message>
        <source>US (chosen)</source>
        <translation>US (choisie)</translation>
    </message>
    <message>
        <source>EU (chosen)</source>
        <translation>EU (choisie)</translation>
    </message>
    <message>
        <source>Used only while no region is detected for the account (no Track credentials checked): shown as &quot;chosen, not verified&quot;.</source>
        <translation>Utilisée seulement tant qu’aucune région n’est détectée pour le compte (aucun identifiant Track vérifié)&#xa0;: affichée «&#xa0;choisie, non vérifiée&#xa0;».</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Add the Pipelines source</source>
        <translation>Ajouter la source Pipelines</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Remove the selected Pipelines source</source>
        <translation>Retirer la source Pipelines sélectionnée</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 choisie</translation>
    </message>
    <message>
        <source>region from the account</source>
        <translation>région du compte</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>nouvelle clé</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>clé enregistrée</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <comment>source (region; key)</comment>
        <translation>%1 (%2&#xa0;; %3)</translation>
    </message>
    <message>
        <source>Pipelines source name: a source named &quot;%1&quot; is listed already</source>
        <translation>Nom de la source Pipelines&#xa0;: une source nommée «&#xa0;%1&#xa0;» figure déjà dans la liste</translation>
    </message>
</context>
<context>
    <name>WorkspaceEdit</name>
    <message>
        <source>Workspace name: a workspace named &quot;%1&quot; already exists</source>
        <translation>Nom de l&apos;espace de travail&#xa0;: un espace de travail nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>Track API key</source>
        <translation>Clé Track API</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>Clé App API</translation>
    </message>
    <message>
        <source>App API key: give a new key or remove the key, not both</source>
        <translation>Clé App API&#xa0;: indiquez une nouvelle clé ou retirez la clé, pas les deux</translation>
    </message>
    <message>
        <source>App API key: the workspace &quot;%1&quot; has none to remove</source>
        <translation>Clé App API&#xa0;: l&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;en a aucune à retirer</translation>
    </message>
    <message>
        <source>Nothing to change: the workspace &quot;%1&quot; already has these values</source>
        <translation>Rien à modifier&#xa0;: l&apos;espace de travail «&#xa0;%1&#xa0;» a déjà ces valeurs</translation>
    </message>
    <message>
        <source>could not read the App API key</source>
        <translation>la clé App API n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>could not read the Track API key</source>
        <translation>la clé Track API n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>the credentials were not checked (no usable endpoint table); the region is unknown until a check succeeds</source>
        <translation>les identifiants n&apos;ont pas été vérifiés (aucune table de points de terminaison utilisable)&#xa0;; la région reste inconnue jusqu&apos;à ce qu&apos;une vérification réussisse</translation>
    </message>
    <message>
        <source>could not check the new Site ID: the Track API key</source>
        <translation>impossible de vérifier le nouveau Site ID&#xa0;: la clé Track API</translation>
    </message>
    <message>
        <source>the credentials could not be checked (%1); the region is unknown until a check succeeds</source>
        <translation>les identifiants n&apos;ont pas pu être vérifiés (%1)&#xa0;; la région reste inconnue jusqu&apos;à ce qu&apos;une vérification réussisse</translation>
    </message>
    <message>
        <source>could not save the App API key</source>
        <translation>la clé App API n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>could not save the Track API key</source>
        <translation>la clé Track API n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>; these keychain entries could not be put back and hold the new key: %1</source>
        <translation>; ces entrées du trousseau n&apos;ont pas pu être restaurées et contiennent la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: the workspace has no such source</source>
        <translation>Source Pipelines «&#xa0;%1&#xa0;»&#xa0;: l’espace de travail n’a pas cette source</translation>
    </message>
    <message>
        <source>API key of the Pipelines source &quot;%1&quot;</source>
        <translation>Clé d’API de la source Pipelines «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pipelines source &quot;%1&quot;: a new source needs its API key</source>
        <translation>Source Pipelines «&#xa0;%1&#xa0;»&#xa0;: une nouvelle source a besoin de sa clé d’API</translation>
    </message>
    <message>
        <source>could not read the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>la clé d’API de la source Pipelines «&#xa0;%1&#xa0;» n’a pas pu être lue</translation>
    </message>
    <message>
        <source>could not save the API key of the Pipelines source &quot;%1&quot;</source>
        <translation>la clé d’API de la source Pipelines «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>WorkspaceFlows</name>
    <message>
        <source>the credentials were not checked (no usable endpoint table); the region is unknown until a check succeeds</source>
        <translation>les identifiants n&apos;ont pas été vérifiés (aucune table de points de terminaison utilisable)&#xa0;; la région reste inconnue jusqu&apos;à ce qu&apos;une vérification réussisse</translation>
    </message>
    <message>
        <source>Checking the Site ID and Track API key with Customer.io…</source>
        <translation>Vérification du Site ID et de la clé Track API auprès de Customer.io…</translation>
    </message>
    <message>
        <source>the credentials could not be checked (%1); the region is unknown until a check succeeds</source>
        <translation>les identifiants n&apos;ont pas pu être vérifiés (%1)&#xa0;; la région reste inconnue jusqu&apos;à ce qu&apos;une vérification réussisse</translation>
    </message>
    <message>
        <source>Saving the key to the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;; its keys are in the system keychain.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» ajouté&#xa0;; ses clés sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;; its key is in the system keychain.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» ajouté&#xa0;; sa clé est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Avertissement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot; for this session only: its keys are in this console&apos;s memory and are forgotten when it closes.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» ajouté pour cette session uniquement&#xa0;: ses clés sont dans la mémoire de cette console et seront oubliées à sa fermeture.</translation>
    </message>
    <message>
        <source>Reading the current keys…</source>
        <translation>Lecture des clés actuelles…</translation>
    </message>
    <message>
        <source>Reading the current keys from the system keychain…</source>
        <translation>Lecture des clés actuelles dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Saving the keys for this session…</source>
        <translation>Enregistrement des clés pour cette session…</translation>
    </message>
    <message>
        <source>Saving the keys to the system keychain…</source>
        <translation>Enregistrement des clés dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Removing the keychain entries the workspace no longer uses…</source>
        <translation>Retrait des entrées du trousseau que l&apos;espace de travail n&apos;utilise plus…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Enregistrement des modifications…</translation>
    </message>
    <message>
        <source>Renamed workspace &quot;%1&quot; to &quot;%2&quot;; its keys moved with it.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;»&#xa0;; ses clés l&apos;ont suivi.</translation>
    </message>
    <message>
        <source>Saved the changes to workspace &quot;%1&quot;.</source>
        <translation>Modifications de l&apos;espace de travail «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; was saved, but the keychain (service %2) still holds entries it no longer uses: %3. Delete them with the system&apos;s password manager.</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» a été enregistré, mais le trousseau (service %2) contient encore des entrées qu&apos;il n&apos;utilise plus&#xa0;: %3. Supprimez-les avec le gestionnaire de mots de passe du système.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Retirer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>Retirer l&apos;espace de travail «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It is a sandbox workspace held for this session only.</source>
        <translation>C&apos;est un espace de travail du bac à sable, conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Its keys are deleted from the system keychain. Nothing changes in Customer.io.</source>
        <translation>Ses clés sont supprimées du trousseau du système. Rien ne change dans Customer.io.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; was kept because the keychain (service %2) still holds: %3. Try Remove again, or delete the entry with the system&apos;s password manager.</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» a été conservé, car le trousseau (service %2) contient encore&#xa0;: %3. Réessayez Retirer, ou supprimez l&apos;entrée avec le gestionnaire de mots de passe du système.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is still listed: %2.</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» est toujours listé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot; and its keychain entries.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» et ses entrées du trousseau retirés.</translation>
    </message>
    <message>
        <source>the sandbox on this machine; nothing is sent to Customer.io, and the workspace is added to the sandbox to practise (keys: Sandbox › Demo accounts and keys)</source>
        <translation>le bac à sable de cette machine&#xa0;; rien n&apos;est envoyé à Customer.io, et l&apos;espace de travail est ajouté au bac à sable pour s&apos;entraîner (clés&#xa0;: Bac à sable › Comptes de démonstration et clés)</translation>
    </message>
    <message>
        <source>nowhere: the endpoint file named by CIO_CONSOLE_ENDPOINTS is invalid</source>
        <translation>nulle part&#xa0;: le fichier de points de terminaison désigné par CIO_CONSOLE_ENDPOINTS n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Customer.io, US and EU</source>
        <translation>Customer.io, US et EU</translation>
    </message>
    <message>
        <source>the hosts of CIO_CONSOLE_ENDPOINTS</source>
        <translation>les hôtes de CIO_CONSOLE_ENDPOINTS</translation>
    </message>
    <message>
        <source>Checking the Site ID and keys with the sandbox…</source>
        <translation>Vérification du Site ID et des clés auprès du bac à sable…</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot; to the sandbox to practise; nothing was stored, and it goes when the sandbox closes.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» ajouté au bac à sable pour s&apos;entraîner&#xa0;; rien n&apos;a été enregistré, et il disparaîtra à la fermeture du bac à sable.</translation>
    </message>
    <message>
        <source>Adding was cancelled%1</source>
        <translation>L&apos;ajout a été annulé%1</translation>
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
        <translation>Site ID %1 · cette session uniquement</translation>
    </message>
</context>
<context>
    <name>WorkspaceList</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>not verified now (last seen %1)</source>
        <translation>non vérifiée maintenant (vue précédemment&#xa0;: %1)</translation>
    </message>
    <message>
        <source>region not verified</source>
        <translation>région non vérifiée</translation>
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
Région&#xa0;: %3</translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Échec de la dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2, this session only</source>
        <translation>%1, %2, cette session uniquement</translation>
    </message>
</context>
<context>
    <name>WorkspaceRemover</name>
    <message>
        <source>; the workspace &quot;%1&quot; was kept and its keychain entries were not touched</source>
        <translation>; l&apos;espace de travail «&#xa0;%1&#xa0;» a été conservé et ses entrées du trousseau n&apos;ont pas été touchées</translation>
    </message>
    <message>
        <source>could not remove the keychain entry &quot;%1&quot; (it remains; the workspace was kept): %2</source>
        <translation>impossible de retirer l&apos;entrée du trousseau «&#xa0;%1&#xa0;» (elle reste&#xa0;; l&apos;espace de travail a été conservé)&#xa0;: %2</translation>
    </message>
    <message>
        <source>; the keychain entries of the workspace &quot;%1&quot; were deleted, but it is still listed: remove it again once the file can be written</source>
        <translation>; les entrées du trousseau de l&apos;espace de travail «&#xa0;%1&#xa0;» ont été supprimées, mais il est toujours listé&#xa0;: retirez-le à nouveau dès que le fichier pourra être écrit</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>could not write the settings file %1 (%2)</source>
        <translation>impossible d&apos;écrire le fichier de paramètres %1 (%2)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it cannot be opened for writing: %1</source>
        <translation>il ne peut pas être ouvert en écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>the write failed; is the disk full?</source>
        <translation>l&apos;écriture a échoué&#xa0;; le disque est-il plein&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the directory %1 is read-only</source>
        <translation>le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>the workspace &quot;%1&quot; is no longer listed in the settings file %2</source>
        <translation>l&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;est plus listé dans le fichier de paramètres %2</translation>
    </message>
</context>
</TS>
