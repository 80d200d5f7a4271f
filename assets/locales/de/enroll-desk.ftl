# enroll-desk, Deutsch. Begriffe wie in Microsofts MIM-Dokumentation:
# Smartcard, Anforderung, Profilvorlage, Benutzer, vorgeschlagene PIN.

## Status und Typen der Anforderungen

status-none = Keiner
status-approved = Genehmigt
status-denied = Abgelehnt
status-completed = Abgeschlossen
status-failed = Fehlgeschlagen
status-pending = Ausstehend
status-canceled = Abgebrochen
status-executing = In Ausführung
status-unknown = Unbekannt ({ $code })
type-enroll = Registrierung
type-unblock = Entsperrung
type-unknown = Unbekannt ({ $code })

## Fehler beim Zuweisen und Abrufen der PIN

error-card-id-unknown = die Kennung der Karte ist nicht lesbar (sie hat keine PIV-Karten-ID); geben Sie die Smartcard-ID ein (--card-id) und versuchen Sie es erneut
error-card-id-differs = die angegebene Smartcard-ID ({ $typed }) ist nicht die der Karte ({ $read }); es wurde nichts zugewiesen. Prüfen Sie, welche Karte im Leser steckt, oder lassen Sie die Smartcard-ID weg
error-reading-card = die Karte konnte nicht gelesen werden: { $cause }
error-binding = die Zuweisung ist fehlgeschlagen: { $cause }
error-pin-not-fetched = die Karte ist zugewiesen (Smartcard { $smartcard }), aber die PIN wurde nicht abgerufen: { $cause }. Stecken Sie dieselbe Karte erneut ein und rufen Sie die PIN ab
error-different-card = das ist nicht die zugewiesene Karte: erwartet wurde die Smartcard-ID { $expected }, gefunden { $found }. Stecken Sie die zugewiesene Karte ein
error-different-card-none = das ist nicht die zugewiesene Karte: erwartet wurde die Smartcard-ID { $expected }, gefunden wurde keine. Stecken Sie die zugewiesene Karte ein
error-fetching-pin = die PIN konnte nicht abgerufen werden: { $cause }

## Kartenfehler

card-no-service = der Smartcard-Dienst (pcscd) läuft nicht: starten Sie ihn (zum Beispiel mit `systemctl start pcscd`) und versuchen Sie es erneut
card-no-reader = der Kartenleser „{ $reader }“ ist nicht angeschlossen: schließen Sie ihn an oder wählen Sie einen anderen Leser
card-no-card = im Leser „{ $reader }“ steckt keine Karte: stecken Sie die Karte ein und versuchen Sie es erneut
card-removed = die Karte wurde während des Vorgangs entfernt; stecken Sie sie wieder ein und versuchen Sie es erneut
card-timeout = die Karte hat nicht innerhalb von { $seconds } s geantwortet: entfernen Sie sie, stecken Sie sie erneut ein und wiederholen Sie den Vorgang
card-reader-busy = ein anderes Programm verwendet die Karte in „{ $reader }“: schließen Sie es und versuchen Sie es erneut
card-status = die Karte hat { $command } abgelehnt: { $words } (Status { $sw })
card-no-admin-key = diese Karte hat keine PIV-Anwendung und damit keinen Administratorschlüssel für die Herausforderung: stellen Sie in den Einstellungen „Herausforderung“ auf Automatisch oder GET CHALLENGE (--challenge), sofern der Server das annimmt
card-malformed = die Antwort der Karte ist unverständlich ({ $detail }); die Karte wird möglicherweise nicht unterstützt
card-transport = die Kommunikation mit der Karte ist fehlgeschlagen ({ $detail }): entfernen Sie die Karte, stecken Sie sie erneut ein und wiederholen Sie den Vorgang

card-no-piv = diese Karte hat keine PIV-Anwendung, daher kann dieser Arbeitsplatz sie nicht ausstellen: verwenden Sie eine PIV-Karte
card-wrong-secret = die Karte hat { $what } abgelehnt{ $tries ->
      [none] {""}
     *[other] { " " }(noch { $tries } Versuche)
  }
card-blocked = { $what } der Karte ist gesperrt
card-secret-length = eine PIN mit { $length } Zeichen passt nicht auf eine PIV-Karte: sie nimmt 6 bis 8
secret-pin = die PIN
secret-puk = die PUK
secret-admin-key = den Administratorschlüssel
## Fehler des CM-Servers

cm-invalid-url = „{ $url }“ ist keine verwendbare Serveradresse: { $reason }
cm-insecure-url = unverschlüsseltes http zu { $host } wird abgelehnt: der CM-Server muss über https erreicht werden (http ist nur zur Loopback-Adresse dieses Computers erlaubt)
cm-ca-file = die CA-Zertifikatsdatei { $path } ist nicht lesbar: { $detail }. Wählen Sie eine PEM-Datei mit dem CA-Zertifikat, das das Serverzertifikat ausgestellt hat
cm-api-not-enabled = die CM-REST-API ist auf { $server } nicht aktiviert (jede Adresse antwortet mit 404 Not Found). Bitten Sie den CM-Administrator, die REST-API auf dem CM-Server zu aktivieren, oder prüfen Sie die Serveradresse
cm-not-found = { $what } wurde auf dem Server nicht gefunden (404). Aktualisieren Sie die Liste; der Eintrag wurde vielleicht entfernt oder hat nie existiert
cm-unauthorized-none = der Server hat unsere Anmeldung nicht angenommen (401 Unauthorized). Er bietet keine Anmeldemethode an. Prüfen Sie die Serveradresse
cm-unauthorized-negotiate = der Server hat unsere Anmeldung nicht angenommen (401 Unauthorized). Er bietet an: { $offered }. Melden Sie sich mit Kerberos an: wählen Sie in den Einstellungen „Automatisch“ oder „Kerberos“ als Anmeldemethode (oder --auth negotiate)
cm-unauthorized-bearer = der Server hat unsere Anmeldung nicht angenommen (401 Unauthorized). Er bietet an: { $offered }. Prüfen Sie, ob Ihr Zugriffstoken gültig ist (--token oder ENROLL_DESK_TOKEN) und Ihr Konto die CM-REST-API verwenden darf
cm-unauthorized-other = der Server hat unsere Anmeldung nicht angenommen (401 Unauthorized). Er bietet nur { $offered } an, was dieser Arbeitsplatz nicht verwendet: er meldet sich mit Kerberos (Negotiate) oder einem ADFS-Bearer-Token an. Bitten Sie den CM-Administrator, für die CM-Site Windows-Authentifizierung mit Negotiate oder ADFS zu aktivieren
cm-forbidden = der Server erlaubt das nicht (403 Forbidden): { $message }. { $hint }
cm-forbidden-hint-general = Bitten Sie den CM-Administrator um die nötige Berechtigung
cm-forbidden-hint-bind = Die Anforderung hat vielleicht schon eine Karte oder ist noch nicht genehmigt; aktualisieren Sie die Liste und prüfen Sie ihren Status
cm-forbidden-hint-pin = Zum Lesen einer vorgeschlagenen PIN ist die Mitgliedschaft in der CM-Gruppe für vertrauliche Vorgänge nötig; wenden Sie sich an den CM-Administrator
cm-forbidden-hint-admin-key = Aufrufe zum Administratorschlüssel erfordern die Mitgliedschaft in der CM-Gruppe für vertrauliche Vorgänge; wenden Sie sich an den CM-Administrator
cm-bad-request = der Server hat die Anfrage als fehlerhaft abgelehnt (400): { $message }. Das ist ein Fehler in enroll-desk oder im Server; melden Sie ihn mit diesem Text
cm-server-error = der CM-Server ist fehlgeschlagen (HTTP { $status }): { $message }. Versuchen Sie es erneut; wenn der Fehler bleibt, nennen Sie dem CM-Administrator die Uhrzeit
cm-server-error-correlated = der CM-Server ist fehlgeschlagen (HTTP { $status }): { $message } (Korrelations-ID { $id }). Versuchen Sie es erneut; wenn der Fehler bleibt, nennen Sie dem CM-Administrator die Uhrzeit und die Korrelations-ID
cm-unreachable = der CM-Server unter { $server } ist nicht erreichbar: { $detail }. Prüfen Sie Serveradresse und Netzwerk und versuchen Sie es dann erneut
cm-timeout = der CM-Server unter { $server } hat nicht innerhalb von { $seconds } s geantwortet. Er ist vielleicht ausgelastet; versuchen Sie es erneut, und wenden Sie sich an den CM-Administrator, wenn es wieder vorkommt
cm-tls = die sichere Verbindung zu { $server } ist fehlgeschlagen: { $detail }. Das Serverzertifikat ist nicht vertrauenswürdig oder nicht für diesen Namen gültig; verwendet Ihr Standort eine eigene CA, wählen Sie deren Zertifikat in den Einstellungen (oder --ca-file)
cm-bind-unverified = der Server hat die Zuweisung beantwortet, ohne die erstellte Smartcard zu nennen, und seine Daten zeigen keine, die sich für Karte { $card } und Anforderung { $request } prüfen lässt; es wurde keine PIN abgerufen. Aktualisieren Sie die Liste und prüfen Sie die Anforderung auf dem CM-Server, bevor Sie erneut zuweisen
cm-no-pin-given = der Server hat keine PIN geliefert: er hat den PIN-Aufruf mit einer leeren PIN beantwortet. Die Karte ist zugewiesen; fragen Sie den CM-Administrator, ob diese Profilvorlage PINs vorschlägt, und rufen Sie die PIN dann erneut ab
cm-unusable-pin = der Server hat eine PIN vorgeschlagen, die keine Karte annimmt (sie wird nicht angezeigt): eine PIN hat { $min } bis { $max } druckbare Zeichen ohne Leerzeichen, bisher in jeder Vorlage Ziffern. Die Karte ist zugewiesen; bitten Sie den CM-Administrator, die PIN-Richtlinie dieser Profilvorlage zu prüfen, und rufen Sie die PIN dann erneut ab
cm-insecure-redirect = der CM-Server unter { $server } hat den Arbeitsplatz auf unverschlüsseltes http umgeleitet ({ $to }); dieser Umleitung folgt der Arbeitsplatz nicht: nach https, und zu jedem anderen Computer, muss die Verbindung https bleiben. Prüfen Sie die Serveradresse, oder bitten Sie den CM-Administrator, die Umleitung zu korrigieren
cm-unexpected = unerwartete Antwort des CM-Servers: erwartet { $expected }, erhalten { $got }. Versuchen Sie es erneut; bleibt es so, ist der Server vielleicht eine andere Version – melden Sie es bitte
cm-classroom-full = der Simulator des Schulungsraums unter { $server } ist voll: dieser Arbeitsplatz kann nicht beitreten. Bitten Sie den Trainer, Platz zu schaffen (ein größeres --max-desks), und versuchen Sie es dann erneut

## Anmeldefehler

auth-no-token = die Bearer-Anmeldung braucht ein Token: geben Sie es mit --token oder ENROLL_DESK_TOKEN an oder tragen Sie es in den Einstellungen ein
auth-kerberos-not-built = dieses enroll-desk wurde ohne Kerberos-Unterstützung gebaut (Cargo-Feature „negotiate“), der Server verlangt aber Kerberos (Negotiate). Verwenden Sie einen Build mit Kerberos oder ein Bearer-Token
auth-no-ticket = Sie haben kein Kerberos-Ticket ({ $detail }). Melden Sie sich an der Domäne an oder führen Sie `kinit` mit Ihrem Benutzernamen aus und versuchen Sie es dann erneut
auth-ticket-expired = Ihr Kerberos-Ticket ist abgelaufen. Erneuern Sie es (`kinit` erneut ausführen oder die Sitzung sperren und entsperren) und versuchen Sie es dann erneut
auth-unknown-service = die Domäne kennt den Dienst { $spn } nicht, daher gibt es kein Kerberos-Ticket für diesen Server. Verwenden Sie den Namen des CM-Servers, wie er in der Domäne registriert ist (keine IP-Adresse, kein Alias), oder bitten Sie den Administrator, { $spn } für die CM-Site zu registrieren
auth-clock-skew = die Uhr dieses Computers weicht zu stark von der des Domänencontrollers ab (Kerberos erlaubt etwa 5 Minuten). Korrigieren Sie Datum und Uhrzeit dieses Computers und versuchen Sie es dann erneut
auth-kdc-unreachable = kein Kerberos-Domänencontroller (KDC) Ihres Bereichs erreichbar ({ $detail }). Prüfen Sie Netzwerk oder VPN und versuchen Sie es dann erneut
auth-rejected = der Server hat unser Kerberos-Ticket für { $spn } nicht angenommen (erneut 401). Die Uhr dieses Computers geht vielleicht mehr als 5 Minuten falsch, der Dienstschlüssel des Servers passt nicht zur Domäne (veraltete Keytab) oder Ihr Konto darf die CM-Site nicht verwenden. Prüfen Sie die Uhr und wenden Sie sich dann an den CM-Administrator
auth-server-not-proven = der Server hat seine Identität nicht nachgewiesen ({ $detail }). Seiner Antwort wurde nicht vertraut; informieren Sie den CM-Administrator
auth-kerberos = Kerberos-Anmeldung fehlgeschlagen: { $detail }

## Einstellungen

settings-title = Einstellungen
settings-apply = Übernehmen
settings-cancel = Abbrechen
settings-language = Sprache
settings-server = CM-Server
settings-server-hint = https://cm.example.org – leer für den Demomodus
settings-sign-in = Anmelden mit
settings-sign-in-hint = Kerberos verwendet das Ticket der Domänenanmeldung (oder von kinit)
settings-token = Bearer-Token
settings-token-remember = Token auf diesem Computer speichern
settings-token-kept-in = Es wird in { $store } aufbewahrt.
settings-token-no-store = Nicht verfügbar: { $why }. Das Token wird nur bis zum Schließen des Programms aufbewahrt.
token-moved-to-store = Das Bearer-Token wurde aus der Einstellungsdatei nach { $store } verschoben; die Datei enthält es nicht mehr
token-removed-no-store = Das Bearer-Token wurde aus der Einstellungsdatei entfernt, in der es im Klartext stand. Es kann auf diesem Computer nicht gespeichert werden ({ $why }) und wird daher nur bis zum Schließen des Programms aufbewahrt
token-removed-from-file = Das Bearer-Token wurde aus der Einstellungsdatei entfernt; es wird nur bis zum Schließen des Programms aufbewahrt
token-unreadable = Das gespeicherte Bearer-Token kann nicht gelesen werden ({ $why }). Geben Sie es in den Einstellungen ein; es wird nur bis zum Schließen des Programms aufbewahrt
token-saved = Das Bearer-Token ist in { $store } gespeichert
token-save-failed = Das Bearer-Token konnte nicht in { $store } gespeichert werden ({ $error }); es wird bis zum Schließen des Programms aufbewahrt. Versuchen Sie es in den Einstellungen erneut
token-forgotten = Das Bearer-Token ist nicht mehr in { $store } gespeichert
token-forget-failed = Das Bearer-Token konnte nicht aus { $store } entfernt werden ({ $error }); entfernen Sie dort den Eintrag „{ $entry }“ von Hand
settings-ca-file = CA-Zertifikatsdatei
settings-ca-system-only = nur Systemzertifikate
settings-choose = Auswählen…
settings-clear = Entfernen
settings-ca-dialog-title = CA-Zertifikat (PEM)
settings-ca-dialog-filter = PEM-Zertifikate
settings-pin-timeout = PIN-Fenster schließt nach
settings-seconds-suffix = { " " }s
settings-theme = Design
settings-theme-system = System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-byte-order = Bytereihenfolge der Smartcard-ID
settings-byte-order-microsoft-hint = Wie Windows sie schreibt (Guid.ToByteArray); die übliche Wahl
settings-byte-order-rfc-hint = Die Bytes, wie sie auf der Karte stehen
settings-challenge = Herausforderung
settings-admin-key-algorithm = Algorithmus des Administratorschlüssels
settings-locked = Die Einstellungen lassen sich ändern, sobald die laufenden Karten fertig sind.
auth-method-auto = Automatisch (Token, falls angegeben, sonst Kerberos)
auth-method-negotiate = Kerberos (Windows-Anmeldung)
auth-method-bearer = Bearer-Token (ADFS)
auth-method-none = Keine Anmeldung
challenge-automatic = Automatisch
challenge-piv-admin-key = PIV-Administratorschlüssel
challenge-automatic-hint = Der Nachweis des PIV-Administratorschlüssels; GET CHALLENGE bei einer Karte ohne PIV
challenge-piv-admin-key-hint = Immer der Nachweis des PIV-Administratorschlüssels (9B), wie ihn der Windows-Minitreiber liefert
challenge-get-challenge-hint = Immer 8 Zufallsbytes (GET CHALLENGE), an keinen Schlüssel gebunden
admin-key-from-card = Von der Karte (sonst 3DES)

## Statusleiste

status-server = Server: { $server }
status-signed-in-bearer = Mit Bearer-Token angemeldet
status-signed-in-as-bearer = Angemeldet als { $user } (Bearer-Token)
status-signed-in-as-kerberos = Angemeldet als { $user } (Kerberos)
status-signed-in = Angemeldet ({ $method })
status-not-signed-in = Nicht angemeldet ({ $method })
status-sign-in-unchecked = Anmeldung noch nicht geprüft ({ $method })
status-requests-loaded = { $count ->
        [one] 1 Anforderung, geladen um { $time }
       *[other] { $count } Anforderungen, geladen um { $time }
    }
status-requests-not-loaded = Anforderungen noch nicht geladen
loading-requests = Anforderungen werden geladen…

## Das PIN-Fenster

pin-title = PIN für { $person }
pin-read-aloud = Lesen Sie sie dem Karteninhaber vor. Sie wird nur dieses eine Mal angezeigt.
pin-cardholder-chooses = Der Karteninhaber wählt die PIN bei der ersten Verwendung.
pin-closes-in = Schließt in { $seconds } s
pin-handed-over = PIN übergeben – schließen

## Demomodus

demo-remove-card = Karte entfernen
demo-insert-card = Karte einstecken
demo-insert-card-hint = Eine neue virtuelle Karte mit eigener Smartcard-ID
demo-insert-card-without-id = Karte ohne ID einstecken
demo-insert-card-without-id-hint = Eine Karte, deren ID nicht lesbar ist: der Mitarbeiter tippt sie ein
demo-put-card-back = Karte wieder einstecken
demo-put-card-back-hint = Die gerade entfernte Karte, wieder in diesem Leser
demo-faults-title = Demo: Serverfehler
demo-faults-intro = Für Schulungen: den simulierten Server Fehler machen lassen.
demo-fault-slow = Langsamer Server ({ $seconds } s pro Antwort)
demo-fault-forbidden = Jeden Aufruf verweigern (403)
demo-fault-internal-error = Interner Serverfehler (500)
demo-fault-malformed = Defekte Antworten (fehlerhaftes JSON)
demo-fault-api-disabled = REST-API nicht aktiviert (404)
demo-fault-server-down = Server aus (Verbindung abgelehnt)

## Leser

readers-title = Leser
readers-service-unavailable = Smartcard-Dienst nicht verfügbar: { $detail }. Starten Sie ihn (pcscd) oder schließen Sie den Leser neu an.
readers-none = Kein Leser angeschlossen. Schließen Sie einen Smartcard-Leser an; er erscheint sofort hier.
reader-no-card = Keine Karte
reader-atr = ATR { $atr }
reader-reading-card = Karte wird gelesen…
reader-card-id = Smartcard-ID { $card }
reader-card-id-unknown = Smartcard-ID unbekannt (keine PIV-Karten-ID)
reader-connected = Leser angeschlossen: { $reader }
reader-disconnected = Leser getrennt: { $reader }
card-inserted = Karte eingesteckt in { $reader }
card-removed-from = Karte entfernt aus { $reader }
service-stopped = Der Smartcard-Dienst wurde beendet ({ $detail }); die Leser kommen zurück, sobald er wieder läuft
service-back = Der Smartcard-Dienst läuft wieder
card-read = Karte in { $reader }: Smartcard-ID { $card }
card-read-without-id = Die Karte in { $reader } hat keine lesbare Smartcard-ID; tippen Sie sie ein, um diese Karte auszustellen
card-read-failed = Die Karte in { $reader } konnte nicht gelesen werden: { $error }

## Die Anforderungstabelle

status-ready-to-bind = Genehmigt, noch ohne Karte
status-software-profile = Genehmigt, Softwareprofil
status-all = Alle Status
person-user-id = Benutzer { $id }
person-none = (kein Zielbenutzer)
column-target-user = Zielbenutzer
column-type = Typ
column-status = Status
column-priority = Priorität
column-submitted = Eingereicht
column-comment = Kommentar
search = Suchen
search-hint = alle Spalten (Strg+F)
status-filter = Status
requests-shown = { $count ->
        [one] { $shown } von 1 Anforderung
       *[other] { $shown } von { $count } Anforderungen
    }
sorted-ascending = Sortiert nach { $column }, aufsteigend; klicken zum Umkehren
sorted-descending = Sortiert nach { $column }, absteigend; klicken zum Umkehren
sort-by = Nach { $column } sortieren

## Die gewählte Anforderung und ihre Karte

detail-select-request = Wählen Sie eine Anforderung in der Tabelle, um sie hier zu sehen.
detail-request = Anforderung
detail-profile = Profil
detail-profile-software = Software (keine Smartcard)
detail-department = Abteilung
detail-profile-template = Profilvorlage
detail-bound-smartcard = Zugewiesene Smartcard
detail-card-choose-reader = Karte: wählen Sie einen Leser im Bereich „Leser“.
detail-card-none = Karte: keine Karte in { $reader }.
detail-card-reading = Karte in { $reader }: wird gelesen…
detail-card-failed = Karte in { $reader }: { $error }
detail-card-no-id = Karte in { $reader }: ihre Smartcard-ID ist nicht lesbar.
detail-card-id = Smartcard-ID
why-no-reader = Wählen Sie einen Leser mit einer Karte.
why-no-card = Stecken Sie eine Karte in { $reader } ein.
why-card-being-read = Warten Sie, bis die Karte gelesen ist.
why-card-unreadable = Entfernen Sie die Karte und stecken Sie sie erneut ein.
why-card-id-missing = Tippen Sie die Smartcard-ID ein, die auf der Karte oder ihrer Hülle steht.
why-card-id-malformed = Das ist keine Smartcard-ID: erwartet werden 32 Hexadezimalziffern in der Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
why-already-bound = Diese Anforderung ist schon einer anderen Karte zugewiesen: stecken Sie diese Karte ein, um fortzufahren, oder brechen Sie die Anforderung ab.
why-software-profile = Diese Anforderung gilt einem Softwareprofil (laut Server keine Smartcard-Anforderung): ihre Zertifikate kommen auf den Computer des Benutzers, nicht auf eine Karte; hier gibt es also keine Karte auszustellen.
why-not-approved = Nur genehmigte Anforderungen können ausgeführt werden; diese hat den Status { $status }.
try-again = Erneut versuchen
dismiss = Schließen

enroll-step-reading-card = Karte und Anforderung lesen
enroll-step-policy = Smartcard-Richtlinie der Profilvorlage
enroll-step-binding = Smartcard der Anforderung zuweisen
enroll-step-admin-key = Administratorschlüssel der Karte öffnen
enroll-step-card-key = Der Karte einen eigenen Administratorschlüssel geben
enroll-step-keys = Schlüssel auf der Karte erzeugen
enroll-step-certificates = Zertifikate abrufen und auf die Karte schreiben
enroll-step-puk = PUK setzen
enroll-step-card-puk = Die PUK der Karte aus ihrem Administratorschlüssel ableiten
enroll-step-pin = PIN setzen
enroll-step-completing = Anforderung als abgeschlossen markieren
enroll-progress = { $step }…
enroll-progress-key = Schlüssel { $number } von { $of } wird auf der Karte erzeugt (Slot { $slot })…
enroll-failed = { $step } ist fehlgeschlagen: { $problem }. { $next }
enroll-next-again = Es wurde nichts geändert; versuchen Sie es erneut.
enroll-next-again-same-card = Lassen Sie diese Karte im Leser und versuchen Sie es erneut: die Ausstellung wird auf derselben Karte fortgesetzt.
enroll-next-complete-again = Die Karte ist fertig und ihre PIN gesetzt; nur das Abschließen der Anforderung fehlt noch: versuchen Sie es erneut.
enroll-next-officer = Ein erneuter Versuch hilft nicht: beheben Sie die Ursache mit dem CM-Administrator oder brechen Sie die Anforderung ab.
enroll-next-cancelled = Die Karte kann später erneut ausgestellt werden; die erledigten Schritte bleiben erhalten.
enroll-problem-not-approved = die Anforderung ist { $status }, nicht genehmigt
enroll-problem-other-card = die Anforderung ist bereits einer anderen Karte zugewiesen (Smartcard-ID { $card }); stecken Sie diese Karte ein oder brechen Sie die Anforderung ab
enroll-problem-not-smartcard = die Anforderung ist nicht für eine Smartcard (die Profilvorlage hat keine Smartcard-Konfiguration)
enroll-problem-admin-key = die Karte hat die Antwort des Servers zum Administratorschlüssel nicht angenommen: ihr Schlüssel ist nicht der, den der Server für sie kennt (die Karte stammt evtl. aus einem anderen System; setzen Sie sie zurück oder verwenden Sie eine leere Karte)
enroll-problem-too-many-certificates = die Vorlage verlangt { $count } Zertifikate; eine PIV-Karte fasst drei (9A, 9C, 9D)
enroll-problem-ca-refused = die Zertifizierungsstelle hat die Anforderung abgelehnt: { $reason }
enroll-problem-server-key = der Server hat mit einem selbst erzeugten Schlüssel (PFX) geantwortet; dieser Arbeitsplatz schreibt nur Schlüssel auf die Karte, die die Karte selbst erzeugt hat, daher wurde nichts geschrieben. Bitten Sie den CM-Administrator, die Schlüsselarchivierung (servergenerierte Schlüssel) für diese Zertifikatvorlage abzuschalten
enroll-problem-missing-certificate = die Antwort des Servers enthält kein Zertifikat für den Schlüssel in Slot { $slot }
enroll-problem-pin-entry-cancelled = der Karteninhaber hat keine PIN gesetzt; die Karte behält ihre Werks-PIN
enroll-problem-cancelled = vom Sachbearbeiter angehalten
enroll-problem-unsupported-key = die Vorlage verlangt einen { $name }-Schlüssel { $size }, den eine PIV-Karte nicht erzeugen kann (nur RSA 2048, ECC P-256 und P-384); bitten Sie den CM-Administrator, die Zertifikatvorlage zu ändern
enroll-problem-unsupported-hash = die Vorlage verlangt den Hash { $name }, der weder SHA-1, SHA-256, SHA-384 noch SHA-512 ist; bitten Sie den CM-Administrator, die Zertifikatvorlage zu ändern
enroll-problem-bad-subject = der Zertifikatsinhaber „{ $subject }“ aus der Vorlage ist nicht lesbar; bitten Sie den CM-Administrator, die Vorlage zu prüfen
enroll-problem-bad-signature = die Signatur der Karte passt nicht zu dem erzeugten Schlüssel; die Karte ist möglicherweise defekt: versuchen Sie es erneut oder verwenden Sie eine andere Karte
enroll-problem-certificate-data = ein Zertifikat oder eine Anforderung konnte nicht gelesen werden ({ $detail })
unblock-problem-not-unblock = diese Anforderung ist keine Entsperranforderung; wählen Sie die Entsperranforderung des Karteninhabers
enroll-problem-unblock-request = das ist eine Entsperranforderung: sie gilt der vorhandenen Karte des Karteninhabers, nicht einer neuen; entsperren Sie stattdessen dessen eigene Karte
request-not-done-here = Anforderungen vom Typ { $kind } werden an diesem Arbeitsplatz nicht ausgeführt; führen Sie diese im CM-Portal aus
unblock-problem-no-card = die Entsperranforderung nennt keine Karte; bitten Sie den CM-Administrator, die Anforderung zu prüfen
unblock-problem-wrong-card = das ist nicht die Karte dieser Anforderung (das ist Smartcard-ID { $card }); es wurde nichts geändert. Stecken Sie die eigene Karte des Karteninhabers ein
unblock-problem-puk-mismatch = die PUK der Karte ist nicht die, die dieser Arbeitsplatz setzt, die Karte wurde also nicht so ausgestellt; es wurde nichts entsperrt. Entsperren Sie sie dort, wo sie ausgestellt wurde, oder lassen Sie eine neue Karte ausstellen
unblock-problem-puk-blocked = die PUK der Karte ist gesperrt, daher kann die Karte nicht entsperrt werden; sie muss zurückgesetzt und neu ausgestellt werden: beantragen Sie eine neue Kartenanforderung
enroll-cardholder-chose-pin = Der Karteninhaber hat seine eigene PIN gesetzt; es gibt keine zu übergeben.
new-pin-length = Die PIN muss 6 bis 8 Zeichen lang sein.
new-pin-characters = Die PIN darf Buchstaben, Ziffern und Satzzeichen enthalten, keine Leerzeichen oder Umlaute.
new-pin-mismatch = Die beiden Eingaben unterscheiden sich; geben Sie die PIN zweimal gleich ein.
## Rahmen: Titelleiste, Statusleiste, Aktivität

settings-button = Einstellungen…
refresh-requests = Anforderungen aktualisieren
demo-badge = DEMO – simulierter Server und Karten
status-not-connected = nicht verbunden
status-demo-server = Demo-Simulator unter { $address }
status-demo-sign-in = Demo, keine Anmeldung
status-readers-simulated = Leser: simuliert
status-service-unavailable = Smartcard-Dienst: nicht verfügbar
status-service-running = { $count ->
        [one] Smartcard-Dienst: läuft, 1 Leser
       *[other] Smartcard-Dienst: läuft, { $count } Leser
    }
activity-title = Aktivität
export-csv = Als CSV exportieren…
export-audit = Prüfprotokoll exportieren…
export-audit-hint = Eine Kopie des Prüfprotokolls dieses Arbeitsplatzes (JSON Lines)
export-activity-title = Aktivität exportieren
export-audit-title = Prüfprotokoll exportieren
export-audit-filter = JSON Lines
export-saved = Gespeichert: { $path }
export-failed = Export fehlgeschlagen: { $error }
desk-not-connected = Keine Verbindung: { $error }
open-settings = Einstellungen öffnen
use-demo-mode = Demomodus verwenden
load-failed = Die Anforderungen konnten nicht geladen werden: { $error }
demo-started = Demomodus: ein simulierter CM-Server und simulierte Leser. Stecken Sie im Bereich „Leser“ eine Karte ein.
connected-to = Verbunden mit { $server }
cannot-start = Start nicht möglich: { $error }
settings-saved = Einstellungen gespeichert
requests-loaded = { $count ->
        [one] 1 Anforderung geladen
       *[other] { $count } Anforderungen geladen
    }
could-not-read = Nicht lesbar: { $what }
more-unreadable = { $count ->
        [one] … und 1 weitere Anforderung, die nicht lesbar war
       *[other] … und { $count } weitere Anforderungen, die nicht lesbar waren
    }
unreadable-headline = { $count ->
        [one] 1 Anforderung war nicht lesbar
       *[other] { $count } Anforderungen waren nicht lesbar
    }
unreadable-details = Details
unreadable-explained = Der Server hat diese in einer Form gesendet, die der Arbeitsplatz nicht versteht; der CM-Administrator kann sie prüfen.

## Zuweisen und die PIN

confirm-cardholder = Karteninhaber
confirm-card-id-typed = { $card } (eingetippt)
confirm-reader = Leser
the-cardholder = der Karteninhaber
pin-handed-over-line = PIN für Smartcard { $smartcard } übergeben
pin-timed-out-line = PIN-Fenster für Smartcard { $smartcard } abgelaufen; die PIN wird nicht mehr angezeigt
demo-insert-failed = Demo: die Karte konnte nicht eingesteckt werden: { $error }
demo-faults-changed = Demo: der Trainer hat die Serverfehler geändert
demo-server-down = Demo: der simulierte Server ist aus
demo-server-back = Demo: der simulierte Server läuft wieder
demo-restart-failed = Demo: der Simulator konnte nicht neu starten: { $error }

## The desk's runs: the board, the step list, card first, the PINs, resuming

board-title = Leser bei der Arbeit
card-changed-before-start = Die Karte in { $reader } hat sich vor dem Start geändert; es wurde nichts gesendet. Prüfen Sie die Karte und starten Sie erneut.
card-looking-up = Der Server wird nach dieser Karte gefragt…
card-lookup-failed = Der Server konnte nicht nach dieser Karte gefragt werden: { $error }
card-no-open-requests = Keine offene Anforderung für diese Karte.
card-open-request = { $kind } — { $status } — { $person }
card-open-requests = Offene Anforderungen für diese Karte (klicken Sie eine an, um sie auszuwählen):
card-owner = Karte von { $person }
card-owner-not-listed = Der Server kennt diese Karte, aber keine ihrer Anforderungen steht in der Liste.
card-smartcard-status = Smartcard { $smartcard }: { $status }
card-unknown-to-server = Der CM-Server kennt diese Karte nicht: es ist eine neue Karte.
confirm-enroll = Ausstellen
confirm-keep-card-enroll = Die Karte wird dieser Anforderung zugewiesen und ausgestellt: Schlüssel, Zertifikate, dann die PIN. Lassen Sie sie im Leser, bis der Arbeitsplatz meldet, dass sie fertig ist.
confirm-keep-card-unblock = Die PIN der Karte wird neu gesetzt. Lassen Sie die Karte im Leser, bis der Arbeitsplatz meldet, dass sie fertig ist.
confirm-title-enroll = Diese Karte für { $person } ausstellen?
confirm-title-unblock = Die Karte von { $person } entsperren?
confirm-unblock = Entsperren
detail-old-smartcard = Zu entsperrende Karte (Smartcard)
enroll-button = Karte ausstellen…
final-abandon = Anforderung aufgeben
final-cancel = Anforderung abbrechen
final-explained-abandon = Anforderung { $request } wird auf dem CM-Server als Aufgegeben markiert. Das lässt sich hier nicht rückgängig machen; der Karteninhaber braucht dann eine neue Anforderung.
final-explained-cancel = Anforderung { $request } wird auf dem CM-Server als Abgebrochen markiert. Das lässt sich hier nicht rückgängig machen; der Karteninhaber braucht dann eine neue Anforderung.
final-keep = Anforderung behalten
final-title-abandon = Die Anforderung von { $person } aufgeben?
final-title-cancel = Die Anforderung von { $person } abbrechen?
journal-unfinished = In einer früheren Sitzung nicht fertig geworden: die Anforderung { $request } von { $person } (Karte { $card }, steckte in { $reader }). Stecken Sie diese Karte ein, um fortzufahren.
journal-unreadable = Die Liste der nicht abgeschlossenen Ausstellungen konnte nicht gelesen werden: { $detail }
pin-at-reader = Karte in { $reader }
pin-entry-cancel = Abbrechen
pin-entry-cancelled-line = Der Karteninhaber hat für die Karte in { $reader } keine PIN gesetzt; die Karte behält ihre PIN.
pin-entry-explained = Wählen Sie die PIN für Ihre neue Karte ({ $reader }). Nur Sie kennen sie.
pin-entry-first = Neue PIN
pin-entry-ok = OK
pin-entry-rules = 6 bis 8 Zeichen: Ziffern, Buchstaben oder Satzzeichen, keine Leerzeichen.
pin-entry-second = Noch einmal
pin-entry-set-line = Der Karteninhaber hat eine neue PIN für die Karte in { $reader } eingegeben.
pin-entry-title = { $person }, bitte geben Sie Ihre neue PIN ein
request-status-failed = Anforderung { $request } konnte nicht als { $status ->
        [Abandoned] Aufgegeben
       *[other] Abgebrochen
    } markiert werden: { $error }
request-status-set = Anforderung { $request } ist auf dem CM-Server als { $status ->
        [Abandoned] Aufgegeben
       *[other] Abgebrochen
    } markiert.
resume-button = Ausstellung für { $person } fortsetzen
resume-explained = Eine frühere Sitzung hat diese Karte nicht fertiggestellt (angehalten bei „{ $step }“).
run-abandon-request = Aufgeben…
run-asks-for-pin = Der Karteninhaber gibt seine PIN ein…
run-cancel = Abbrechen
run-cancel-request = Anforderung abbrechen…
run-cancel-too-late = Die PIN wird gesetzt: der Vorgang beendet sich von selbst.
run-failed-at = Angehalten bei „{ $step }“
run-finished-enroll = Fertig: die Karte ist ausgestellt. Nehmen Sie sie aus dem Leser.
run-finished-line-chosen = Die Karte von { $person } in { $reader } ist ausgestellt (Smartcard { $smartcard }), mit der PIN, die der Karteninhaber gewählt hat
run-finished-line-pin = Die Karte von { $person } in { $reader } ist ausgestellt (Smartcard { $smartcard }); ihre PIN liegt zur Übergabe bereit
run-finished-unblock = Fertig: die Karte ist entsperrt. Nehmen Sie sie aus dem Leser.
run-started-enroll = Karte { $card } in { $reader } wird für die Anforderung { $request } von { $person } ausgestellt
run-started-unblock = Karte { $card } in { $reader } wird für die Anforderung { $request } von { $person } entsperrt
run-stopping = Die Karte in { $reader } wird beim nächsten Schritt angehalten…
run-title-enroll = Karte von { $person } ausstellen
run-title-unblock = Karte von { $person } entsperren
run-unblocked-line-chosen = Die Karte von { $person } in { $reader } ist entsperrt (Smartcard { $smartcard }), mit der PIN, die der Karteninhaber gewählt hat
run-unblocked-line-pin = Die Karte von { $person } in { $reader } ist entsperrt (Smartcard { $smartcard }); ihre neue PIN liegt zur Übergabe bereit
run-where = { $reader } · { $time }
search-card-found = { $count ->
        [one] Der Server kennt diese Karte: ihre Anforderungen werden angezeigt.
       *[other] Der Server kennt diese Karte ({ $count } Smartcards): ihre Anforderungen werden angezeigt.
    }
search-card-unknown = Der CM-Server kennt keine Karte mit dieser ID.
smartcard-status-active = Aktiv
smartcard-status-assigned = Zugewiesen
smartcard-status-disabled = Deaktiviert
smartcard-status-new = Neu
smartcard-status-none = Keiner
smartcard-status-retired = Außer Betrieb
smartcard-status-suspended = Gesperrt
smartcard-status-unknown = Unbekannt ({ $code })
start-shortcut-hint = Eingabetaste
step-mark-done = erledigt
step-mark-running = läuft
step-mark-stopped = hier angehalten
step-mark-to-do = offen
unblock-button = Diese Karte entsperren…
unfinished-drop = Übernehmen und die Karte vergessen
unfinished-drop-explained = Karte { $card } ist der Anforderung { $request } von { $person } zugewiesen (Smartcard { $smartcard }), aber ihre Ausstellung ist nicht fertig. Mit diesen Einstellungen verbindet sich der Arbeitsplatz neu und vergisst die Karte hier (beim nächsten Start wird sie wieder angeboten). Behalten Sie die Karte, um es zuerst erneut zu versuchen; oder übernehmen Sie sie und prüfen Sie die Anforderung auf dem CM-Server.
unfinished-drop-title = Die nicht fertige Karte aufgeben?
unfinished-dropped-line = Der Arbeitsplatz hat die Smartcard { $smartcard } (Anforderung { $request }) vergessen, bevor ihre Ausstellung fertig war. Die Karte bleibt auf { $server } zugewiesen: prüfen Sie die Anforderung dort.
unfinished-keep = Karte behalten
why-card-being-looked-up = Warten Sie, bis der Server nach dieser Karte gefragt wurde.
why-card-not-looked-up = Der Server konnte nicht nach dieser Karte gefragt werden; nehmen Sie die Karte heraus und stecken Sie sie wieder ein.
why-reader-busy = In { $reader } wird an einer Karte gearbeitet; warten Sie, bis sie fertig ist.
why-unblock-needs-card-id = Die ID dieser Karte lässt sich nicht lesen, also kann sie nicht mit der Anforderung verglichen werden; stecken Sie die eigene Karte des Karteninhabers ein.
why-wrong-card = Das ist nicht die Karte, für die die Anforderung gilt (sie nennt die Smartcard { $smartcard }): stecken Sie die eigene Karte des Karteninhabers ein.

## Die Befehlszeile (ihre --json-Ausgabe ändert sich nie mit der Sprache)

cli-error = Fehler: { $message }
cli-no-server = kein CM-Server angegeben: fügen Sie --server URL hinzu (oder setzen Sie ENROLL_DESK_SERVER)
cli-no-readers = Kein Smartcard-Leser gefunden: schließen Sie einen an.
cli-reader-no-card = { $reader }: keine Karte
cli-reader-card = { $reader }: Karte vorhanden, ATR { $atr }, Smartcard-ID { $card }
cli-reader-card-without-id = { $reader }: Karte vorhanden, ATR { $atr }, Smartcard-ID unbekannt
cli-card-id-not-read = Warnung: { $reader }: Smartcard-ID nicht gelesen: { $error }
cli-request-left-out = enroll-desk: { $what } nicht lesbar; ausgelassen
cli-no-requests = Keine Anforderungen.
cli-column-request = ANFORDERUNG
cli-column-status = STATUS
cli-column-type = TYP
cli-column-priority = PRI
cli-column-submitted = EINGEREICHT (UTC)
cli-column-comment = KOMMENTAR
cli-request-count = { $count ->
        [one] 1 Anforderung
       *[other] { $count } Anforderungen
    }
cli-bound = Karte { $card } der Anforderung { $request } als Smartcard { $smartcard } zugewiesen.
cli-pin-label = PIN (nur einmal angezeigt; dem Karteninhaber übergeben):

cli-enrolled = Karte { $card } für Anforderung { $request } ausgestellt: { $status }
cli-enrolled-certificate = {"  "}Slot { $slot }: { $subject } (Seriennummer { $serial })
cli-new-pin = Karteninhaber, geben Sie Ihre neue PIN ein (6 bis 8 Zeichen):{" "}
cli-new-pin-again = Geben Sie sie erneut ein:{" "}
cli-new-pin-needed = enroll-desk: die Vorlage lässt den Karteninhaber die PIN wählen, aber es gibt kein Terminal zum Fragen; übergeben Sie --new-pin-stdin und die PIN zweimal über stdin
## Statuswörter der Karte (ISO 7816-4)

sw-success = Erfolg
sw-data-corrupted = ein Teil der Daten ist möglicherweise beschädigt oder fehlt
sw-memory-failure = der Speicher der Karte ist ausgefallen
sw-wrong-length = falsche Länge
sw-secure-messaging = Secure Messaging wird nicht unterstützt
sw-security-status = Sicherheitsstatus nicht erfüllt (die Karte verlangt zuerst eine PIN oder Authentifizierung)
sw-blocked = die Karte ist gesperrt
sw-data-unusable = die referenzierten Daten sind nicht verwendbar
sw-conditions = Nutzungsbedingungen nicht erfüllt
sw-not-allowed = Befehl nicht erlaubt
sw-incorrect-data = fehlerhafte Daten im Befehl
sw-function-unsupported = Funktion nicht unterstützt
sw-not-found = Anwendung oder Datenobjekt nicht gefunden
sw-memory-full = nicht genug Speicher auf der Karte
sw-incorrect-p1-p2 = falsches P1 oder P2
sw-referenced-data-missing = referenzierte Daten nicht gefunden
sw-wrong-parameters = falsche Parameter
sw-instruction-unsupported = Anweisung nicht unterstützt
sw-class-unsupported = Klasse nicht unterstützt
sw-internal-error = die Karte meldet einen internen Fehler
sw-verification-failed = Überprüfung fehlgeschlagen
sw-execution-error = der Zustand der Karte hat sich nicht geändert (Ausführungsfehler)
sw-unexpected = unerwarteter Status

## Anmeldeart (Statusleiste)

sign-in-token-or-kerberos = Bearer-Token, auf Anfrage Kerberos
sign-in-kerberos-if-asked = Kerberos auf Anfrage
sign-in-kerberos = Kerberos
sign-in-bearer = Bearer-Token
sign-in-none = ohne Anmeldedaten

## Starting the desk

session-demo-failed = der Demo-Simulator konnte nicht starten: { $error }
session-worker-failed = der Hintergrunddienst des Arbeitsplatzes konnte nicht starten: { $error }

## Saving files

export-dialog-failed = der Dateidialog konnte nicht geöffnet werden: { $error }
export-write-failed = { $path } konnte nicht geschrieben werden: { $error }

## Schulung: die Lektionen des Demomodus und des Schulungsraums

training-button = Schulung
training-button-hint = Lektionen, die die Arbeit an diesem Demo-Arbeitsplatz Schritt für Schritt vermitteln (F1)
training-title = Schulung
training-intro = Jede Lektion richtet die Demo ein und leitet Sie an. Ein Schritt wird abgehakt, wenn Sie ihn wirklich am Arbeitsplatz ausgeführt haben; ein falscher Schritt wird notiert, nicht verhindert.
training-start = Starten
training-starting = Lektion wird eingerichtet…
training-start-failed = Die Lektion konnte nicht eingerichtet werden: { $error }
training-call-failed = Der Simulator hat den Aufruf der Lektion nicht angenommen: { $error }
training-busy = Schließen Sie zuerst ab, was der Arbeitsplatz gerade tut, oder brechen Sie es ab.
training-stop = Lektion beenden
training-steps-progress = Schritt { $done } von { $total }
training-step-done = Erledigt: { $step }
training-step-now = Jetzt: { $step }
training-your-request = Ihr Karteninhaber heute: { $person }
training-card-label = Auf dem aufgedruckten Etikett der Karte steht: { $id }
training-mistakes-title = Notiert
training-answer-right = Richtig.
training-answer-wrong = Nicht ganz.
training-done-title = Lektion abgeschlossen: { $lesson }
training-done-time = Zeit: { $minutes } min { $seconds } s
training-done-steps = Erledigte Schritte: { $done } von { $total }
training-done-mistakes = { $count ->
    [0] Keine Fehler notiert.
    [one] Ein Fehler notiert:
   *[other] { $count } Fehler notiert:
}
training-done-logged = Im Schulungsprotokoll gespeichert.
training-done-log-failed = Das Schulungsprotokoll konnte nicht geschrieben werden: { $error }
training-back = Zurück zu den Lektionen
training-again = Noch einmal versuchen
training-line-started = Schulung: Lektion „{ $lesson }“ gestartet
training-line-finished = Schulung: Lektion „{ $lesson }“ abgeschlossen, { $done } von { $total } Schritten, { $mistakes } Fehler notiert
training-server-back = Schulung: die Lektion hat die REST-API des Servers wieder aktiviert. Aktualisieren Sie die Liste.
training-classroom-badge = SCHULUNGSRAUM
training-queue = Danach in der Reihe: { $people }
training-counter = Karten, die der Karteninhaber Ihnen gegeben hat:
training-counter-card = Karte { $number } einstecken
training-counter-card-hint = Kommt in den gewählten Leser oder in den ersten freien. Nehmen Sie sie aus dem Leser, liegt sie wieder hier.
training-no-empty-reader = Schulung: In jedem Leser steckt eine Karte. Entfernen Sie zuerst eine.

training-lesson-first-enrollment = Ihre erste Registrierung
training-lesson-first-enrollment-intro = Ein Karteninhaber steht mit einer neuen Karte an Ihrem Arbeitsplatz. Stellen Sie die Karte für seine Anforderung aus und übergeben Sie die PIN, die der Server vorschlägt.
training-lesson-card-without-id = Eine Karte ohne ID
training-lesson-card-without-id-intro = Manche Karten haben keine lesbare Smartcard-ID. Sie tippen sie vom Etikett ab, das auf die Karte gedruckt ist.
training-lesson-server-says-no = Der Server sagt Nein
training-lesson-server-says-no-intro = Der CM-Server verweigert die Ausstellung (403 Forbidden). Lernen Sie, was Sie dem Karteninhaber sagen und wen Sie anrufen.
training-lesson-pulled-after-bind = Die Karte wird nach dem Zuweisen gezogen
training-lesson-pulled-after-bind-intro = Der Karteninhaber zieht die Karte heraus, während der Arbeitsplatz noch arbeitet. Die Karte ist zugewiesen, die Ausstellung hält an: stecken Sie dieselbe Karte wieder ein und versuchen Sie es erneut.
training-lesson-cardholder-chooses = Der Karteninhaber wählt die PIN
training-lesson-cardholder-chooses-intro = Bei manchen Profilvorlagen schlägt der Server keine PIN vor: der Karteninhaber gibt an Ihrem Arbeitsplatz selbst eine ein.
training-lesson-server-down = Der Server ist aus oder seine REST-API ist deaktiviert
training-lesson-server-down-intro = Der Arbeitsplatz kann die Anforderungen nicht laden. Lernen Sie, wie er das meldet und was Sie prüfen müssen.
training-lesson-forgot-pin = Ein Karteninhaber hat die PIN vergessen
training-lesson-forgot-pin-intro = Ein Karteninhaber kommt zurück: Die PIN wurde zu oft falsch eingegeben, die Karte ist gesperrt. Für seine Karte liegt eine Entsperranforderung bereit. Prüfen Sie, ob es wirklich seine Karte ist, entsperren Sie sie und übergeben Sie die neue PIN.
training-lesson-enrollment-day = Ausgabetag
training-lesson-enrollment-day-intro = Drei Karteninhaber stehen an Ihrem Arbeitsplatz an, und jede Karte braucht eine Weile für ihre Schlüssel. Starten Sie die nächste Karte, während die vorige noch arbeitet, und übergeben Sie jede PIN einzeln der richtigen Person.

training-step-choose-request = Suchen Sie die Anforderung des Karteninhabers in der Tabelle und wählen Sie sie aus.
training-step-choose-request-why = Suchen Sie nach dem Namen (Strg+F). Prüfen Sie den vollständigen Namen und die Abteilung: eine andere Person kann denselben Vornamen haben.
training-step-insert-card = Stecken Sie die Karte ein: klicken Sie unter einem Demo-Leser auf „Karte einstecken“.
training-step-insert-card-why = Der Arbeitsplatz liest die Smartcard-ID, sobald die Karte steckt; der Detailbereich zeigt sie an.
training-step-insert-card-without-id = Stecken Sie die Karte ohne ID ein: klicken Sie unter einem Demo-Leser auf „Karte ohne ID einstecken“.
training-step-insert-card-without-id-why = Der Arbeitsplatz kann von dieser Karte keine ID lesen und bittet Sie daher, sie einzutippen.
training-step-type-card-id = Tippen Sie die Smartcard-ID vom Etikett der Karte in das Feld „Smartcard-ID“ im Detailbereich ein.
training-step-type-card-id-why = Die eingetippte ID wird der Anforderung zugewiesen. Eine falsche ID weist eine Karte zu, die es nicht gibt; prüfen Sie jede Zeichengruppe.
training-step-check-confirmation = Klicken Sie auf „Karte ausstellen…“ (oder drücken Sie die Eingabetaste) und lesen Sie die Bestätigung.
training-step-check-confirmation-why = Die Bestätigung nennt die Person, den Leser und die Karte. Vergleichen Sie sie mit der Person vor Ihnen, bevor Sie bestätigen.
training-step-enroll = Bestätigen Sie mit „Ausstellen“.
training-step-enroll-why = Der Server erfasst die Karte für diese Anforderung, und der Arbeitsplatz bringt Schlüssel und Zertifikate auf sie; ab jetzt gehört sie diesem Karteninhaber.
training-step-read-pin = Warten Sie auf das PIN-Fenster und lesen Sie die PIN dann dem Karteninhaber laut vor.
training-step-read-pin-why = Die PIN wird nur einmal angezeigt. Lesen Sie sie in ihren Gruppen vor; schreiben Sie sie nicht auf und kopieren Sie sie nicht.
training-step-hand-over = Wenn der Karteninhaber die PIN notiert hat, bestätigen Sie die Übergabe mit „PIN übergeben – schließen“.
training-step-hand-over-why = Die Bestätigung schließt das Fenster, und die PIN ist endgültig weg. Geben Sie dem Karteninhaber vorher Zeit.
training-step-refused = Stellen Sie die Karte aus und lesen Sie, was der Arbeitsplatz meldet.
training-step-refused-why = Ein 403 bedeutet, dass der Server diese Ausstellung nicht erlaubt. Es wurde nichts zugewiesen; die Karte ist noch leer.
training-step-quiz-forbidden = Antworten Sie: was sagen Sie dem Karteninhaber?
training-step-quiz-forbidden-why = Ihre Antwort ist das, was der Karteninhaber hört; wählen Sie, was Sie wirklich sagen würden.
training-step-pull-during-enrollment = Stellen Sie die Karte aus und entfernen Sie sie, während der Arbeitsplatz „Smartcard der Anforderung zuweisen…“ anzeigt.
training-step-pull-during-enrollment-why = Der Server dieser Lektion antwortet langsam, damit Sie es ausprobieren können. An einem echten Arbeitsplatz lassen Sie die Karte stecken, bis der Arbeitsplatz meldet, dass sie fertig ist.
training-step-stopped-bound = Lesen Sie, was der Arbeitsplatz meldet: die Ausstellung hat angehalten, die Karte ist schon zugewiesen.
training-step-stopped-bound-why = Die Zuweisung ist auf dem Server erfolgt. Die Ausstellung geht mit derselben Karte weiter; eine andere Karte würde abgelehnt.
training-step-put-card-back = Stecken Sie dieselbe Karte wieder ein („Karte wieder einstecken“ unter dem Leser) und klicken Sie dann auf „Erneut versuchen“.
training-step-put-card-back-why = Der Arbeitsplatz erkennt, dass die Anforderung dieser Karte schon zugewiesen ist, und macht dort weiter, wo er angehalten hat, bis zur PIN.
training-step-cardholder-chooses = Stellen Sie die Karte aus; wenn der Arbeitsplatz nach der PIN des Karteninhabers fragt, drehen Sie ihm den Bildschirm zu.
training-step-cardholder-chooses-why = Der Server schlägt keine PIN vor: die Profilvorlage lässt den Karteninhaber sie wählen, hier am Arbeitsplatz.
training-step-cardholder-sets-pin = Lassen Sie den Karteninhaber seine neue PIN zweimal eingeben und auf OK klicken.
training-step-cardholder-sets-pin-why = Nur der Karteninhaber kennt diese PIN: schauen Sie weg und geben Sie sie nie für ihn ein.
training-step-quiz-cardholder-chooses = Antworten Sie: was sagen Sie dem Karteninhaber?
training-step-quiz-cardholder-chooses-why = Der Karteninhaber geht mit einer PIN, die nur er kennt; er muss wissen, wie er sie hütet.
training-step-refresh-list = Aktualisieren Sie die Liste (F5 oder „Anforderungen aktualisieren“).
training-step-refresh-list-why = Achten Sie darauf, was der Arbeitsplatz meldet, wenn der Server nicht wie erwartet antwortet.
training-step-quiz-api-off = Antworten Sie: was prüfen Sie, oder worum bitten Sie?
training-step-quiz-api-off-why = Die Meldung nennt die Ursache; die richtige Person behebt sie.
training-step-open-settings = Öffnen Sie die Einstellungen („Einstellungen…“) und prüfen Sie die Serveradresse.
training-step-open-settings-why = Eine vertippte Adresse sieht genauso aus wie ein ausgeschalteter Server. Die Lektion aktiviert die REST-API jetzt wieder.
training-step-refresh-again = Aktualisieren Sie die Liste erneut.
training-step-refresh-again-why = Mit wieder aktivierter REST-API werden die Anforderungen geladen.
training-step-forgot-read-owner = Stecken Sie die Karte ein, die der Karteninhaber Ihnen gibt („Karte 1 einstecken“ in der Lektion), und lesen Sie im Detailbereich, wem sie gehört.
training-step-forgot-read-owner-why = Der Arbeitsplatz fragt den CM-Server nach jeder Karte, die er liest: wem sie gehört, ihren Status und ihre offenen Anforderungen.
training-step-quiz-not-their-card = Beantworten Sie: Wem gehört diese Karte, und was tun Sie?
training-step-quiz-not-their-card-why = Vergleichen Sie den vollständigen Namen des Inhabers mit Ihrem Karteninhaber. Der Arbeitsplatz bietet für diese Karte keine Entsperrung an: Für sie ist keine Anforderung offen.
training-step-forgot-own-card = Entfernen Sie diese Karte und stecken Sie die eigene Karte des Karteninhabers ein („Karte 2 einstecken“); lesen Sie, wem sie gehört.
training-step-forgot-own-card-why = Seine eigene Karte zeigt seinen Namen, ihren Status und die offene Entsperranforderung.
training-step-forgot-pick-request = Klicken Sie unter „Offene Anforderungen für diese Karte“ auf die Entsperranforderung.
training-step-forgot-pick-request-why = Bei der Karte selbst gewählt, ist es die Anforderung, die für genau diese Karte gestellt wurde.
training-step-forgot-unblock = Klicken Sie auf „Diese Karte entsperren…“ und bestätigen Sie mit „Entsperren“.
training-step-forgot-unblock-why = Der Arbeitsplatz berechnet die PUK der Karte aus ihrem Administratorschlüssel, setzt die neue PIN und prüft sie. Die Zertifikate auf der Karte bleiben, wie sie sind.
training-step-forgot-read-pin = Warten Sie auf das PIN-Fenster und lesen Sie dem Karteninhaber die neue PIN einmal laut vor.
training-step-forgot-read-pin-why = Die neue PIN wird nur einmal angezeigt. Lesen Sie sie in Gruppen vor; schreiben Sie sie nicht auf und kopieren Sie sie nicht.
training-step-forgot-completed = Prüfen Sie die Anforderung: Sie ist abgeschlossen.
training-step-forgot-completed-why = Der Arbeitsplatz hat die Entsperranforderung auf Abgeschlossen gesetzt, bevor er die PIN zeigte. Die Karte funktioniert wieder mit der neuen PIN.
training-step-day-first-card = Stellen Sie die Karte des ersten Karteninhabers per Tastatur aus: Strg+F und der Name, Enter wählt die Anforderung, Karte einstecken, Enter, dann bestätigen.
training-step-day-first-card-why = Die Tastatur spart an einem vollen Tag Zeit. Die Karte erzeugt jetzt ihre Schlüssel; die Übersicht „Leser bei der Arbeit“ über der Liste zeigt, wie weit sie ist.
training-step-day-next-card = Starten Sie die Karte des nächsten Karteninhabers in einem anderen Leser, während die erste Karte noch ihre Schlüssel erzeugt.
training-step-day-next-card-why = Jeder Leser führt seine eigene Ausstellung aus. Sie müssen nicht warten: Eine langsame Karte hält keine andere auf.
training-step-day-every-card = Starten Sie die Karte jedes Karteninhabers in der Reihe.
training-step-day-every-card-why = Die Übersicht zeigt für jeden Leser den Karteninhaber, den Schritt und die Zeit. Eine fehlgeschlagene Karte sagt, warum, und bietet „Erneut versuchen“ an.
training-step-day-pins-one-by-one = Übergeben Sie jede PIN: Lesen Sie sie der Person vor, die das Fenster nennt, warten Sie, bis sie sie notiert hat, und bestätigen Sie dann.
training-step-day-pins-one-by-one-why = Es ist immer nur ein PIN-Fenster zu sehen; das nächste kommt nach „PIN übergeben – schließen“. Prüfen Sie Namen und Leser im Fenster, damit die richtige Person die richtige PIN hört.
training-step-day-all-completed = Prüfen Sie die Anforderungen: Alle sind abgeschlossen.
training-step-day-all-completed-why = Die Anforderung jeder Karte wurde auf Abgeschlossen gesetzt, bevor ihre PIN erschien. Eine fertige Karte meldet das in der Übersicht, bis Sie sie entfernen.

training-mistake-wrong-request = Sie haben die Anforderung einer anderen Person ausgestellt. Deren Anforderung hat jetzt eine Karte, die ihr nicht gehört: informieren Sie sofort den CM-Administrator, damit die Karte widerrufen werden kann.
training-mistake-wrong-card-id = Die eingegebene Smartcard-ID ist nicht die auf dem Etikett. Der Server erwartet jetzt eine Karte, die es nicht gibt; der CM-Administrator muss die Anforderung zurücksetzen.
training-mistake-card-pulled-early = Die Karte wurde entfernt, während der Arbeitsplatz noch mit ihr arbeitete. Lassen Sie die Karte stecken, bis der Arbeitsplatz meldet, dass sie fertig ist.
training-mistake-not-pulled-in-time = Die PIN kam, bevor die Karte entfernt wurde: In dieser Lektion entfernen Sie die Karte, während der Arbeitsplatz „Smartcard der Anforderung zuweisen…“ anzeigt. Klicken Sie auf „Lektion beenden“ und versuchen Sie es erneut.
training-mistake-handed-over-too-soon = Die Übergabe wurde innerhalb weniger Sekunden bestätigt. Der Karteninhaber hat die PIN vielleicht nicht notiert, und sie kann nicht erneut angezeigt werden.
training-mistake-pin-timed-out = Das PIN-Fenster ist vor der Übergabe abgelaufen. Die PIN ist weg; die Karte muss zurückgesetzt und neu registriert werden.
training-mistake-wrong-answer = Eine Frage wurde zuerst falsch beantwortet. Lesen Sie unter jeder Antwort, warum.
training-mistake-wrong-card = Für die Anforderung des Karteninhabers wurde eine Karte verwendet, die ihm nicht gehört. Informieren Sie sofort den CM-Administrator.

training-quiz-forbidden = Der Server hat die Ausstellung verweigert (403). Was sagen Sie dem Karteninhaber?
training-quiz-forbidden-0 = „Ihre Karte ist defekt; hier ist eine neue.“
training-quiz-forbidden-0-why = Die Karte ist in Ordnung: der Server hat abgelehnt, die Karte wurde gar nicht angesprochen. Eine neue Karte würde ebenso abgelehnt.
training-quiz-forbidden-1 = „Der Server hat diese Registrierung noch nicht erlaubt. Mit Ihnen und Ihrer Karte ist alles in Ordnung; ich frage beim CM-Administrator nach und rufe Sie an.“
training-quiz-forbidden-1-why = Richtig: ein 403 betrifft eine Berechtigung auf dem Server (Ihre Rechte als Mitarbeiter oder den Status der Anforderung). Der CM-Administrator kann das prüfen.
training-quiz-forbidden-2 = „Ich versuche es noch ein paar Mal.“
training-quiz-forbidden-2-why = Der Server lehnt jedes Mal ab, bis sich eine Berechtigung ändert; neue Versuche füllen nur das Prüfprotokoll.
training-quiz-cardholder-chooses = Der Server schlägt für diese Karte keine PIN vor. Was sagen Sie dem Karteninhaber?
training-quiz-cardholder-chooses-0 = „Ihre PIN ist 0000, bis Sie sie ändern.“
training-quiz-cardholder-chooses-0-why = Vom Server kommt keine PIN, und denken Sie sich nie eine aus: eine erratbare PIN schützt nicht.
training-quiz-cardholder-chooses-1 = „Kommen Sie morgen wieder, dann bekommen Sie Ihre PIN.“
training-quiz-cardholder-chooses-1-why = Für diese Karte kommt keine PIN vom Server; die Profilvorlage überlässt sie dem Karteninhaber.
training-quiz-cardholder-chooses-2 = „Geben Sie auf diesem Bildschirm zweimal eine eigene PIN ein. Wählen Sie eine, die nur Sie kennen, und schreiben Sie sie nie auf die Karte.“
training-quiz-cardholder-chooses-2-why = Richtig: bei dieser Profilvorlage wählt der Karteninhaber die PIN, hier am Arbeitsplatz.
training-quiz-api-off = Jede Adresse antwortet mit 404. Was prüfen Sie, oder worum bitten Sie?
training-quiz-api-off-0 = Prüfen Sie die Serveradresse in den Einstellungen und bitten Sie dann den CM-Administrator, die CM-REST-API zu aktivieren.
training-quiz-api-off-0-why = Richtig: ein CM-Server antwortet überall mit 404, solange seine REST-API deaktiviert ist; eine falsche Adresse sieht genauso aus.
training-quiz-api-off-1 = Installieren Sie enroll-desk neu.
training-quiz-api-off-1-why = Der Arbeitsplatz ist in Ordnung: er hat einen Webserver erreicht und Ihnen gesagt, was dieser geantwortet hat.
training-quiz-api-off-2 = Bitten Sie den Karteninhaber um eine andere Karte.
training-quiz-api-off-2-why = Die Karte spielt noch keine Rolle: der Arbeitsplatz kann nicht einmal die Anforderungen laden.
training-quiz-not-their-card = Der Arbeitsplatz sagt, dass dies die Karte einer anderen Person ist, ohne offene Anforderung. Was tun Sie?
training-quiz-not-their-card-0 = „Ich entsperre sie trotzdem: Der Karteninhaber steht ja hier.“
training-quiz-not-their-card-0-why = Es ist nicht seine Karte, und der Arbeitsplatz bietet für sie keine Entsperrung an: Die Entsperranforderung gilt der eigenen Karte des Karteninhabers.
training-quiz-not-their-card-1 = „Diese Karte gehört nicht Ihnen. Haben Sie Ihre eigene Karte dabei?“ – und die Karte zurückgeben.
training-quiz-not-their-card-1-why = Richtig: Eine Entsperrung gilt nur der Karte, die die Anforderung nennt. Karten von Kollegen werden leicht vertauscht; der Name des Inhabers im Detailbereich verrät es.
training-quiz-not-their-card-2 = Stattdessen eine neue Karte für den Karteninhaber ausstellen.
training-quiz-not-their-card-2-why = Eine neue Karte braucht eine eigene genehmigte Anforderung, und die gesperrte Karte bliebe gesperrt. Die Entsperranforderung wartet auf seine eigene Karte.

## Die Trainerkonsole von `enroll-desk sim --classroom`

classroom-trainer-key = Trainerschlüssel für den Bericht des Schulungsraums (behalten Sie ihn für sich): { $key }
classroom-desk-joined = Arbeitsplatz „{ $desk }“ ist dem Schulungsraum beigetreten ({ $count } von { $max } Plätzen belegt).
classroom-desk-left-idle = Arbeitsplatz „{ $desk }“ hat seinen Platz nach { $hours } Stunden ohne Aufruf freigegeben.
classroom-full = Der Schulungsraum ist voll ({ $max } Arbeitsplätze): ein Arbeitsplatz, der beitreten wollte, wurde abgewiesen. Starten Sie den Simulator mit einem größeren --max-desks, um mehr aufzunehmen.

## Standorteinstellungen: die computerweite Datei, die die IT ablegt (site.toml)

site-broken-at-line = die Datei mit den Standorteinstellungen { $path } enthält in Zeile { $line } ({ $text }) einen Fehler: { $problem }. Bis Ihre IT-Abteilung ihn behebt, verbindet sich der Desk mit keinem Server.
site-broken = die Datei mit den Standorteinstellungen { $path } ist nicht verwendbar: { $problem }. Bis Ihre IT-Abteilung das behebt, verbindet sich der Desk mit keinem Server.
site-problem-unreadable = sie kann nicht gelesen werden ({ $detail })
site-problem-syntax = { $detail }
site-problem-not-one-of = { $key } = "{ $value }" ist keiner dieser Werte: { $allowed }
site-problem-bad-server = server = "{ $value }" ist keine Adresse, die der Desk verwenden kann: { $reason }
site-problem-relative-path = { $key } = "{ $value }" muss ein vollständiger Pfad sein
site-problem-no-machine-folder = Windows kann nicht angeben, wo sein Ordner ProgramData liegt ({ $detail })
site-setting-server = der CM-Server
site-setting-sign-in = die Anmeldemethode
site-setting-ca-file = die CA-Zertifikatsdatei
site-setting-challenge = die Herausforderung
site-locked-flag-or-env = { $setting } ist von Ihrer IT-Abteilung festgelegt ({ $value }, in { $path }); { $flag } kann das nicht ändern. Lassen Sie { $flag } und die Umgebungsvariable { $env } weg.
site-locked-flag = { $setting } ist von Ihrer IT-Abteilung festgelegt ({ $value }, in { $path }); { $flag } kann das nicht ändern. Lassen Sie { $flag } weg.
site-demo-off = Demomodus und Schulung sind auf diesem Computer von Ihrer IT-Abteilung abgeschaltet ({ $path }). Arbeiten Sie mit dem CM-Server; ist keiner eingestellt, fragen Sie Ihre IT-Abteilung nach seiner Adresse.
settings-locked-by-site = Von Ihrer IT-Abteilung festgelegt
settings-locked-by-site-hint = In { $path }; nur ein Administrator kann das ändern.

## Diesen Arbeitsplatz prüfen (enroll-desk doctor und das Fenster aus der Statusleiste)

doctor-button = Arbeitsplatz prüfen…
doctor-button-hint = Prüft Smartcard-Dienst, Leser, Server, Zertifikat, Anmeldung, Uhr, Einstellungen und Prüfprotokoll
doctor-title = Diesen Arbeitsplatz prüfen
doctor-running = Wird geprüft…
doctor-run-again = Erneut prüfen
doctor-close = Schließen
doctor-outcome-pass = OK
doctor-outcome-fail = Fehler
doctor-outcome-skipped = Nicht geprüft
doctor-line = { $mark } { $title }: { $detail }
doctor-line-fix = { $mark } { $title }: { $detail } → { $fix }
doctor-all-passed = Alle { $count } Prüfungen bestanden.
doctor-some-failed = { $failed } von { $count } Prüfungen fehlgeschlagen.
doctor-site-title = Standorteinstellungen
doctor-site-absent = keine ({ $path } gibt es nicht): alle Einstellungen sind Ihre eigenen
doctor-site-read = { $path } wurde gelesen; die Datei legt fest: { $settings }
doctor-site-fix = Bitten Sie Ihre IT-Abteilung, die Datei zu korrigieren.
doctor-site-writable = { $path } kann von Ihnen geändert werden und legt daher nichts fest: nur Administratoren dürfen die Datei schreiben
doctor-site-writable-fix = Bitten Sie Ihre IT-Abteilung, die Datei nur für Administratoren beschreibbar zu machen.
doctor-settings-title = Ihre Einstellungen
doctor-settings-no-desk = nicht geprüft: dieses enroll-desk wurde ohne das Desk-Fenster gebaut
doctor-settings-none-yet = noch keine ({ $path }): der Desk startet mit den Standardwerten
doctor-settings-read = { $path } wurde gelesen
doctor-settings-unreadable = { $path } kann nicht gelesen werden ({ $detail }); der Desk startet stattdessen mit den Standardwerten
doctor-settings-fix = Öffnen Sie die Einstellungen und übernehmen Sie sie, um die Datei neu zu schreiben, oder legen Sie die Datei beiseite.
doctor-audit-title = Prüfprotokoll
doctor-audit-nowhere = dieser Computer hat keinen Ordner für das Prüfprotokoll (kein Benutzerordner), daher führt der Desk keines
doctor-audit-writable = es kann in { $dir } geschrieben werden
doctor-audit-not-writable = es kann nicht in { $dir } geschrieben werden ({ $detail })
doctor-audit-fix = Bitten Sie Ihre IT-Abteilung, Mitarbeitenden das Schreiben in diesen Ordner zu erlauben oder audit_dir in den Standorteinstellungen festzulegen.
doctor-pcsc-title = Smartcard-Dienst
doctor-pcsc-running = läuft
doctor-readers-title = Leser und Karten
doctor-skipped-no-service = nicht geprüft: der Smartcard-Dienst läuft nicht
doctor-no-reader = kein Smartcard-Leser angeschlossen
doctor-no-reader-fix = Schließen Sie einen Leser an; ist schon einer angeschlossen, ziehen Sie ihn ab und stecken Sie ihn wieder ein.
doctor-no-card = { $count ->
    [one] im Leser steckt keine Karte
   *[other] in keinem der { $count } Leser steckt eine Karte
}
doctor-no-card-fix = Stecken Sie eine Karte ein, um zu prüfen, ob der Leser sie erkennt.
doctor-card-in-reader = eine Karte in { $reader } (ATR { $atr })
doctor-readers-found = { $count ->
    [one] 1 Leser
   *[other] { $count } Leser
}; { $cards }
doctor-address-title = Serveradresse
doctor-server-demo = nicht geprüft: der Desk ist im Demomodus, mit seinem eigenen simulierten Server
doctor-server-blocked = nicht geprüft: zuerst muss die Datei mit den Standorteinstellungen korrigiert werden
doctor-server-not-set = kein CM-Server eingestellt
doctor-server-not-set-fix = Tragen Sie den Server in den Einstellungen ein, oder fragen Sie Ihre IT-Abteilung danach.
doctor-skipped-no-server = nicht geprüft: der Server ist nicht zu finden
doctor-address-found = { $host } ist { $address }
doctor-address-unknown = { $host } ist nicht zu finden ({ $detail })
doctor-address-fix = Prüfen Sie den Namen des Servers in den Einstellungen und die Netzwerkverbindung (und VPN) dieses Computers.
doctor-answers-title = Server antwortet
doctor-answers-status = er antwortet (HTTP { $status })
doctor-answers-handshake = er antwortet, aber die sichere Verbindung ist fehlgeschlagen (siehe unten)
doctor-skipped-no-answer = nicht geprüft: der Server antwortet nicht
doctor-tls-title = Sichere Verbindung
doctor-tls-trusted = das Zertifikat des Servers ist gültig und vertrauenswürdig
doctor-tls-loopback = einfaches http zu diesem Computer: kein Zertifikat nötig
doctor-tls-failed = { $detail }
doctor-tls-fix = Hat Ihre Organisation eine eigene CA, wählen Sie deren Zertifikat in den Einstellungen (CA-Zertifikatsdatei) oder lassen Sie es von Ihrer IT-Abteilung festlegen; andernfalls melden Sie es dem CM-Administrator.
doctor-skipped-no-trust = nicht geprüft: der Verbindung zum Server wird nicht vertraut
doctor-sign-in-title = Anmeldung
doctor-sign-in-failed = die Anmeldung mit { $method } ist fehlgeschlagen: { $error }
doctor-signed-in-kerberos = angemeldet als { $account } mit Kerberos
doctor-signed-in-ntlm = angemeldet als { $account } mit NTLM
doctor-signed-in-bearer-as = angemeldet als { $account } mit einem Bearer-Token
doctor-signed-in-bearer = angemeldet mit einem Bearer-Token
doctor-signed-in-anonymous = der Server ließ den Desk ein, ohne zu fragen, wer er ist ({ $method })
doctor-clock-title = Uhr
doctor-clock-unknown = nicht geprüft: der Server nannte seine Uhrzeit nicht
doctor-clock-ok = { $seconds } s Abweichung von der Uhr des Servers
doctor-clock-ahead = die Uhr dieses Computers geht { $minutes } Minuten vor gegenüber der des Servers; Kerberos erlaubt 5
doctor-clock-behind = die Uhr dieses Computers geht { $minutes } Minuten nach gegenüber der des Servers; Kerberos erlaubt 5
doctor-clock-fix = Korrigieren Sie Datum, Uhrzeit und Zeitzone dieses Computers (oder lassen Sie sie automatisch einstellen) und versuchen Sie es erneut.
