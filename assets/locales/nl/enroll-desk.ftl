# enroll-desk, Nederlands. Termen zoals in de MIM-documentatie van Microsoft:
# smartcard, aanvraag, profielsjabloon, gebruiker, voorgestelde pincode.

## Status en soort van aanvragen

status-none = Geen
status-approved = Goedgekeurd
status-denied = Geweigerd
status-completed = Voltooid
status-failed = Mislukt
status-pending = In behandeling
status-canceled = Geannuleerd
status-executing = Wordt uitgevoerd
status-unknown = Onbekend ({ $code })
type-enroll = Inschrijven
type-unblock = Deblokkeren
type-unknown = Onbekend ({ $code })

## Fouten bij koppelen en pincode ophalen

error-card-id-unknown = de kaart-id is niet te lezen (de kaart heeft geen PIV-kaart-id); typ de kaart-id in (--card-id) en probeer het opnieuw
error-card-id-differs = de opgegeven kaart-id ({ $typed }) is niet die van de kaart ({ $read }); er is niets gekoppeld. Controleer welke kaart in de lezer zit, of laat de kaart-id weg
error-reading-card = de kaart lezen is mislukt: { $cause }
error-binding = koppelen is mislukt: { $cause }
error-pin-not-fetched = de kaart is gekoppeld (smartcard { $smartcard }), maar de pincode is niet opgehaald: { $cause }. Plaats dezelfde kaart opnieuw en haal de pincode op
error-different-card = dit is niet de gekoppelde kaart: verwacht kaart-id { $expected }, gevonden { $found }. Plaats de kaart die gekoppeld is
error-different-card-none = dit is niet de gekoppelde kaart: verwacht kaart-id { $expected }, geen gevonden. Plaats de kaart die gekoppeld is
error-fetching-pin = de pincode ophalen is mislukt: { $cause }

## Kaartfouten

card-no-service = de smartcardservice (pcscd) draait niet: start deze (bijvoorbeeld met `systemctl start pcscd`) en probeer het opnieuw
card-no-reader = de kaartlezer '{ $reader }' is niet aangesloten: sluit hem aan of kies een andere lezer
card-no-card = er zit geen kaart in lezer '{ $reader }': plaats de kaart en probeer het opnieuw
card-removed = de kaart is tijdens de bewerking verwijderd; plaats hem terug en probeer het opnieuw
card-timeout = de kaart antwoordde niet binnen { $seconds } s: haal hem eruit, plaats hem opnieuw en probeer het nog eens
card-reader-busy = een ander programma gebruikt de kaart in '{ $reader }': sluit het en probeer het opnieuw
card-status = de kaart weigerde { $command }: { $words } (status { $sw })
card-no-admin-key = deze kaart heeft geen PIV-toepassing en dus geen beheerderssleutel voor de uitdaging: zet Uitdaging in de instellingen op Automatisch of GET CHALLENGE (--challenge) als de server dat accepteert
card-malformed = het antwoord van de kaart is niet te begrijpen ({ $detail }); de kaart wordt mogelijk niet ondersteund
card-transport = communicatie met de kaart is mislukt ({ $detail }): haal de kaart eruit, plaats hem opnieuw en probeer het nog eens

card-no-piv = deze kaart heeft geen PIV-toepassing, dus deze balie kan hem niet uitgeven: gebruik een PIV-kaart
card-wrong-secret = de kaart weigerde de { $what }{ $tries ->
      [none] {""}
     *[other] { " " }(nog { $tries } pogingen)
  }
card-blocked = de { $what } van de kaart is geblokkeerd
card-secret-length = een pincode van { $length } tekens past niet op een PIV-kaart: die neemt er 6 tot 8
secret-pin = pincode
secret-puk = PUK
secret-admin-key = beheerderssleutel
## Fouten van de CM-server

cm-invalid-url = '{ $url }' is geen bruikbaar serveradres: { $reason }
cm-insecure-url = onversleuteld http naar { $host } geweigerd: de CM-server moet via https bereikt worden (http mag alleen naar het loopbackadres van deze computer)
cm-ca-file = het CA-certificaatbestand { $path } is niet te lezen: { $detail }. Kies een PEM-bestand met het CA-certificaat dat het servercertificaat heeft uitgegeven
cm-api-not-enabled = de CM REST API is niet ingeschakeld op { $server } (elk adres geeft 404 Not Found). Vraag de CM-beheerder de REST API op de CM-server in te schakelen, of controleer het serveradres
cm-not-found = { $what } is niet gevonden op de server (404). Vernieuw de lijst; het is misschien verwijderd of heeft nooit bestaan
cm-unauthorized-none = de server accepteerde onze aanmelding niet (401 Unauthorized). Hij biedt geen aanmeldmethode aan. Controleer het serveradres
cm-unauthorized-negotiate = de server accepteerde onze aanmelding niet (401 Unauthorized). Hij biedt aan: { $offered }. Meld u aan met Kerberos: kies "Automatisch" of "Kerberos" als aanmeldmethode in de instellingen (of --auth negotiate)
cm-unauthorized-bearer = de server accepteerde onze aanmelding niet (401 Unauthorized). Hij biedt aan: { $offered }. Controleer of uw toegangstoken geldig is (--token of ENROLL_DESK_TOKEN) en of uw account de CM REST API mag gebruiken
cm-unauthorized-other = de server accepteerde onze aanmelding niet (401 Unauthorized). Hij biedt alleen { $offered } aan, wat deze balie niet gebruikt: die meldt zich aan met Kerberos (Negotiate) of een ADFS-bearertoken. Vraag de CM-beheerder Windows-verificatie met Negotiate, of ADFS, in te schakelen voor de CM-site
cm-forbidden = de server staat dit niet toe (403 Forbidden): { $message }. { $hint }
cm-forbidden-hint-general = Vraag de CM-beheerder om de benodigde machtiging
cm-forbidden-hint-bind = De aanvraag heeft misschien al een kaart of is nog niet goedgekeurd; vernieuw de lijst en controleer de status
cm-forbidden-hint-pin = Voor het lezen van een voorgestelde pincode is lidmaatschap nodig van de CM-groep voor gevoelige bewerkingen; vraag het de CM-beheerder
cm-forbidden-hint-admin-key = Aanroepen voor de beheerderssleutel vereisen lidmaatschap van de CM-groep voor gevoelige bewerkingen; vraag het de CM-beheerder
cm-bad-request = de server weigerde de aanvraag als ongeldig (400): { $message }. Dit is een fout in enroll-desk of de server; meld hem met deze tekst
cm-server-error = de CM-server gaf een fout (HTTP { $status }): { $message }. Probeer het opnieuw; blijft het misgaan, geef de CM-beheerder dan het tijdstip
cm-server-error-correlated = de CM-server gaf een fout (HTTP { $status }): { $message } (correlatie-id { $id }). Probeer het opnieuw; blijft het misgaan, geef de CM-beheerder dan het tijdstip en de correlatie-id
cm-unreachable = de CM-server op { $server } is niet bereikbaar: { $detail }. Controleer het serveradres en het netwerk en probeer het opnieuw
cm-timeout = de CM-server op { $server } antwoordde niet binnen { $seconds } s. Hij is misschien druk; probeer het opnieuw en vraag het de CM-beheerder als het vaker gebeurt
cm-tls = de beveiligde verbinding met { $server } is mislukt: { $detail }. Het servercertificaat wordt niet vertrouwd of is niet geldig voor deze naam; gebruikt uw organisatie een eigen CA, kies dan het certificaat daarvan in de instellingen (of --ca-file)
cm-bind-unverified = de server beantwoordde het koppelen zonder te zeggen welke smartcard hij maakte, en zijn gegevens tonen er geen die de balie kan controleren voor kaart { $card } en aanvraag { $request }; er is geen pincode opgehaald. Vernieuw de lijst en controleer de aanvraag op de CM-server voordat u opnieuw koppelt
cm-no-pin-given = de server gaf geen pincode: hij beantwoordde de pincode-aanroep met een lege pincode. De kaart is gekoppeld; vraag de CM-beheerder of dit profielsjabloon pincodes voorstelt, en haal de pincode daarna opnieuw op
cm-unusable-pin = de server stelde een pincode voor die geen kaart aanneemt (hij wordt niet getoond): een pincode heeft { $min } tot { $max } afdrukbare tekens zonder spaties, tot nu toe in elk sjabloon cijfers. De kaart is gekoppeld; vraag de CM-beheerder het pincodebeleid van dit profielsjabloon te controleren, en haal de pincode daarna opnieuw op
cm-insecure-redirect = de CM-server op { $server } stuurde de balie door naar onversleuteld http ({ $to }), en die doorverwijzing volgt de balie niet: na https, en naar elke andere computer, moet de verbinding https blijven. Controleer het serveradres, of vraag de CM-beheerder de doorverwijzing te corrigeren
cm-unexpected = onverwacht antwoord van de CM-server: verwacht { $expected }, ontvangen { $got }. Probeer het opnieuw; blijft het zo, dan is de server misschien een andere versie: meld het dan
cm-classroom-full = de simulator van het klaslokaal op { $server } is vol: deze balie kan niet meedoen. Vraag de trainer om ruimte te maken (een grotere --max-desks) en probeer het dan opnieuw

## Aanmeldfouten

auth-no-token = aanmelden met een bearertoken vraagt om een token: geef het op met --token of ENROLL_DESK_TOKEN, of vul het in bij de instellingen
auth-kerberos-not-built = deze enroll-desk is gebouwd zonder Kerberos (Cargo-feature "negotiate"), maar de server vraagt om Kerberos (Negotiate). Gebruik een build met Kerberos, of een bearertoken
auth-no-ticket = u hebt geen Kerberos-ticket ({ $detail }). Meld u aan bij het domein, of voer `kinit` uit met uw gebruikersnaam, en probeer het opnieuw
auth-ticket-expired = uw Kerberos-ticket is verlopen. Vernieuw het (voer `kinit` opnieuw uit, of vergrendel en ontgrendel uw sessie) en probeer het opnieuw
auth-unknown-service = het domein kent de service { $spn } niet, dus er is geen Kerberos-ticket voor deze server. Gebruik de naam van de CM-server zoals die in het domein geregistreerd is (geen IP-adres of alias), of vraag de beheerder { $spn } te registreren voor de CM-site
auth-clock-skew = de klok van deze computer wijkt te veel af van die van de domeincontroller (Kerberos staat ongeveer 5 minuten toe). Zet datum en tijd van deze computer goed en probeer het opnieuw
auth-kdc-unreachable = er is geen Kerberos-domeincontroller (KDC) voor uw realm bereikbaar ({ $detail }). Controleer het netwerk of de VPN en probeer het opnieuw
auth-rejected = de server accepteerde ons Kerberos-ticket voor { $spn } niet (opnieuw 401). De klok van deze computer loopt misschien meer dan 5 minuten verkeerd, de servicesleutel van de server past niet bij die van het domein (een verouderde keytab), of uw account mag de CM-site niet gebruiken. Controleer de klok en vraag het daarna de CM-beheerder
auth-server-not-proven = de server heeft zijn identiteit niet bewezen ({ $detail }). Zijn antwoord is niet vertrouwd; meld het de CM-beheerder
auth-kerberos = Kerberos-aanmelding mislukt: { $detail }

## Instellingen

settings-title = Instellingen
settings-apply = Toepassen
settings-cancel = Annuleren
settings-language = Taal
settings-server = CM-server
settings-server-hint = https://cm.example.org — leeg voor demomodus
settings-sign-in = Aanmelden met
settings-sign-in-hint = Kerberos gebruikt het ticket van de aanmelding bij het domein (of kinit)
settings-token = Bearertoken
settings-token-remember = Token onthouden op deze computer
settings-token-kept-in = Het wordt bewaard in { $store }.
settings-token-no-store = Niet beschikbaar: { $why }. Het token wordt alleen bewaard tot het programma wordt gesloten.
token-moved-to-store = Het bearertoken is van het instellingenbestand naar { $store } verplaatst; het bestand bevat het niet meer
token-removed-no-store = Het bearertoken is verwijderd uit het instellingenbestand, waar het als leesbare tekst stond. Het kan op deze computer niet worden onthouden ({ $why }) en wordt daarom alleen bewaard tot het programma wordt gesloten
token-removed-from-file = Het bearertoken is verwijderd uit het instellingenbestand; het wordt alleen bewaard tot het programma wordt gesloten
token-unreadable = Het onthouden bearertoken kan niet worden gelezen ({ $why }). Typ het in bij Instellingen; het wordt alleen bewaard tot het programma wordt gesloten
token-saved = Het bearertoken wordt onthouden in { $store }
token-save-failed = Het bearertoken kon niet worden opgeslagen in { $store } ({ $error }); het wordt bewaard tot het programma wordt gesloten. Probeer het opnieuw via Instellingen
token-forgotten = Het bearertoken wordt niet meer onthouden in { $store }
token-forget-failed = Het bearertoken kon niet worden verwijderd uit { $store } ({ $error }); verwijder daar zelf de vermelding "{ $entry }"
settings-ca-file = CA-certificaatbestand
settings-ca-system-only = alleen systeemcertificaten
settings-choose = Kiezen…
settings-clear = Wissen
settings-ca-dialog-title = CA-certificaat (PEM)
settings-ca-dialog-filter = PEM-certificaten
settings-pin-timeout = Pincodevenster sluit na
settings-seconds-suffix = { " " }s
settings-theme = Thema
settings-theme-system = Systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-byte-order = Bytevolgorde kaart-id
settings-byte-order-microsoft-hint = Zoals Windows die schrijft (Guid.ToByteArray); de gebruikelijke keuze
settings-byte-order-rfc-hint = De bytes zoals ze op de kaart staan
settings-challenge = Uitdaging
settings-admin-key-algorithm = Algoritme beheerderssleutel
settings-locked = De instellingen kunnen worden gewijzigd zodra de kaarten die in bewerking zijn klaar zijn.
auth-method-auto = Automatisch (token indien opgegeven, anders Kerberos)
auth-method-negotiate = Kerberos (Windows-aanmelding)
auth-method-bearer = Bearertoken (ADFS)
auth-method-none = Niet aanmelden
challenge-automatic = Automatisch
challenge-piv-admin-key = PIV-beheerderssleutel
challenge-automatic-hint = Het bewijs van de PIV-beheerderssleutel; GET CHALLENGE voor een kaart zonder PIV
challenge-piv-admin-key-hint = Altijd het bewijs van de PIV-beheerderssleutel (9B), zoals het minidriver van Windows dat geeft
challenge-get-challenge-hint = Altijd 8 willekeurige bytes (GET CHALLENGE), aan geen sleutel gebonden
admin-key-from-card = Van de kaart (anders 3DES)

## Statusbalk

status-server = Server: { $server }
status-signed-in-bearer = Aangemeld met een bearertoken
status-signed-in-as-bearer = Aangemeld als { $user } (bearertoken)
status-signed-in-as-kerberos = Aangemeld als { $user } (Kerberos)
status-signed-in = Aangemeld ({ $method })
status-not-signed-in = Niet aangemeld ({ $method })
status-sign-in-unchecked = Aanmelding nog niet gecontroleerd ({ $method })
status-requests-loaded = { $count ->
        [one] 1 aanvraag, geladen om { $time }
       *[other] { $count } aanvragen, geladen om { $time }
    }
status-requests-not-loaded = Aanvragen nog niet geladen
loading-requests = Aanvragen laden…

## Het pincodevenster

pin-title = Pincode voor { $person }
pin-read-aloud = Lees hem voor aan de kaarthouder. Hij wordt maar één keer getoond.
pin-cardholder-chooses = De kaarthouder kiest de pincode bij het eerste gebruik.
pin-closes-in = Sluit over { $seconds } s
pin-handed-over = Pincode overgedragen — sluiten

## Demomodus

demo-remove-card = Kaart verwijderen
demo-insert-card = Kaart plaatsen
demo-insert-card-hint = Een nieuwe virtuele kaart met een eigen kaart-id
demo-insert-card-without-id = Kaart zonder id plaatsen
demo-insert-card-without-id-hint = Een kaart waarvan de id niet te lezen is: de medewerker typt hem in
demo-put-card-back = Kaart terugplaatsen
demo-put-card-back-hint = De kaart die u net hebt verwijderd, weer in deze lezer
demo-faults-title = Demo: serverfouten
demo-faults-intro = Voor trainers: laat de gesimuleerde server fouten maken.
demo-fault-slow = Trage server ({ $seconds } s per antwoord)
demo-fault-forbidden = Elke aanroep weigeren (403)
demo-fault-internal-error = Interne serverfout (500)
demo-fault-malformed = Kapotte antwoorden (ongeldige JSON)
demo-fault-api-disabled = REST API niet ingeschakeld (404)
demo-fault-server-down = Server uit (verbinding geweigerd)

## Lezers

readers-title = Lezers
readers-service-unavailable = Smartcardservice niet beschikbaar: { $detail }. Start hem (pcscd) of sluit de lezer opnieuw aan.
readers-none = Geen lezer aangesloten. Sluit een smartcardlezer aan; hij verschijnt hier meteen.
reader-no-card = Geen kaart
reader-atr = ATR { $atr }
reader-reading-card = Kaart lezen…
reader-card-id = Kaart-id { $card }
reader-card-id-unknown = Kaart-id onbekend (geen PIV-kaart-id)
reader-connected = Lezer aangesloten: { $reader }
reader-disconnected = Lezer losgekoppeld: { $reader }
card-inserted = Kaart geplaatst in { $reader }
card-removed-from = Kaart verwijderd uit { $reader }
service-stopped = De smartcardservice is gestopt ({ $detail }); de lezers komen terug zodra hij weer draait
service-back = De smartcardservice draait weer
card-read = Kaart in { $reader }: kaart-id { $card }
card-read-without-id = De kaart in { $reader } heeft geen leesbare kaart-id; typ hem in om deze kaart uit te geven
card-read-failed = De kaart in { $reader } kon niet gelezen worden: { $error }

## De aanvragentabel

status-ready-to-bind = Goedgekeurd, nog geen kaart
status-software-profile = Goedgekeurd, softwareprofiel
status-all = Alle statussen
person-user-id = gebruiker { $id }
person-none = (geen doelgebruiker)
column-target-user = Doelgebruiker
column-type = Soort
column-status = Status
column-priority = Prioriteit
column-submitted = Ingediend
column-comment = Opmerking
search = Zoeken
search-hint = alle kolommen (Ctrl+F)
status-filter = Status
requests-shown = { $count ->
        [one] { $shown } van 1 aanvraag
       *[other] { $shown } van { $count } aanvragen
    }
sorted-ascending = Gesorteerd op { $column }, oplopend; klik om om te keren
sorted-descending = Gesorteerd op { $column }, aflopend; klik om om te keren
sort-by = Sorteren op { $column }

## De gekozen aanvraag en de kaart

detail-select-request = Selecteer een aanvraag in de tabel om hem hier te zien.
detail-request = Aanvraag
detail-profile = Profiel
detail-profile-software = Software (geen smartcard)
detail-department = Afdeling
detail-profile-template = Profielsjabloon
detail-bound-smartcard = Gekoppelde smartcard
detail-card-choose-reader = Kaart: kies een lezer in het deelvenster Lezers.
detail-card-none = Kaart: geen kaart in { $reader }.
detail-card-reading = Kaart in { $reader }: wordt gelezen…
detail-card-failed = Kaart in { $reader }: { $error }
detail-card-no-id = Kaart in { $reader }: de kaart-id is niet te lezen.
detail-card-id = Kaart-id
why-no-reader = Kies een lezer met een kaart.
why-no-card = Plaats een kaart in { $reader }.
why-card-being-read = Wacht tot de kaart gelezen is.
why-card-unreadable = Haal de kaart eruit en plaats hem opnieuw.
why-card-id-missing = Typ de kaart-id die op de kaart of de hoes staat.
why-card-id-malformed = Dat is geen kaart-id: verwacht 32 hexadecimale cijfers in de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
why-already-bound = Deze aanvraag is al aan een andere kaart gekoppeld: plaats die kaart om verder te gaan, of annuleer de aanvraag.
why-software-profile = Deze aanvraag is voor een softwareprofiel (volgens de server geen smartcardaanvraag): de certificaten gaan naar de computer van de gebruiker, niet op een kaart, dus hier is geen kaart uit te geven.
why-not-approved = Alleen goedgekeurde aanvragen kunnen worden uitgevoerd; deze heeft de status { $status }.
try-again = Opnieuw proberen
dismiss = Sluiten

enroll-step-reading-card = Kaart en aanvraag lezen
enroll-step-policy = Smartcardbeleid van het profielsjabloon
enroll-step-binding = Smartcard aan de aanvraag koppelen
enroll-step-admin-key = Beheerderssleutel van de kaart openen
enroll-step-card-key = De kaart een eigen beheerderssleutel geven
enroll-step-keys = Sleutels op de kaart genereren
enroll-step-certificates = Certificaten ophalen en op de kaart schrijven
enroll-step-puk = PUK instellen
enroll-step-card-puk = De PUK van de kaart afleiden uit haar beheerderssleutel
enroll-step-pin = Pincode instellen
enroll-step-completing = Aanvraag als voltooid markeren
enroll-progress = { $step }…
enroll-progress-key = Sleutel { $number } van { $of } wordt op de kaart gegenereerd (slot { $slot })…
enroll-failed = { $step } is mislukt: { $problem }. { $next }
enroll-next-again = Er is niets gewijzigd; probeer het opnieuw.
enroll-next-again-same-card = Laat deze kaart in de lezer en probeer het opnieuw: de uitgifte gaat verder op dezelfde kaart.
enroll-next-complete-again = De kaart is klaar en de pincode is ingesteld; alleen het voltooien van de aanvraag rest nog: probeer het opnieuw.
enroll-next-officer = Opnieuw proberen helpt niet: los de oorzaak op met de CM-beheerder, of annuleer de aanvraag.
enroll-next-cancelled = De kaart kan later opnieuw worden uitgegeven; de stappen die klaar zijn blijven bewaard.
enroll-problem-not-approved = de aanvraag is { $status }, niet goedgekeurd
enroll-problem-other-card = de aanvraag is al aan een andere kaart gekoppeld (kaart-id { $card }); plaats die kaart, of annuleer de aanvraag
enroll-problem-not-smartcard = de aanvraag is niet voor een smartcard (het profielsjabloon heeft geen smartcardconfiguratie)
enroll-problem-admin-key = de kaart accepteerde het antwoord van de server voor de beheerderssleutel niet: haar sleutel is niet de sleutel die de server voor haar bewaart (de kaart komt misschien uit een ander systeem; zet haar terug of gebruik een lege kaart)
enroll-problem-too-many-certificates = het sjabloon vraagt om { $count } certificaten; een PIV-kaart bevat er drie (9A, 9C, 9D)
enroll-problem-ca-refused = de certificeringsinstantie weigerde de aanvraag: { $reason }
enroll-problem-server-key = de server antwoordde met een sleutel die hij zelf maakte (een PFX); deze balie zet alleen sleutels op de kaart die de kaart zelf maakte, dus er is niets geschreven. Vraag de CM-beheerder sleutelarchivering (door de server gemaakte sleutels) voor dit certificaatsjabloon uit te zetten
enroll-problem-missing-certificate = het antwoord van de server bevat geen certificaat voor de sleutel in slot { $slot }
enroll-problem-pin-entry-cancelled = de kaarthouder heeft geen pincode ingesteld; de kaart houdt haar fabriekspincode
enroll-problem-cancelled = gestopt door de medewerker
enroll-problem-unsupported-key = het sjabloon vraagt om een { $name }-sleutel { $size }, die een PIV-kaart niet kan genereren (alleen RSA 2048, ECC P-256 en P-384); vraag de CM-beheerder het certificaatsjabloon aan te passen
enroll-problem-unsupported-hash = het sjabloon vraagt om de hash { $name }, die geen SHA-1, SHA-256, SHA-384 of SHA-512 is; vraag de CM-beheerder het certificaatsjabloon aan te passen
enroll-problem-bad-subject = het certificaatonderwerp '{ $subject }' uit het sjabloon is niet te lezen; vraag de CM-beheerder het sjabloon te controleren
enroll-problem-bad-signature = de handtekening van de kaart past niet bij de sleutel die ze genereerde; de kaart is mogelijk defect: probeer het opnieuw, of gebruik een andere kaart
enroll-problem-certificate-data = een certificaat of aanvraag kon niet gelezen worden ({ $detail })
unblock-problem-not-unblock = deze aanvraag is geen deblokkeringsaanvraag; kies de deblokkeringsaanvraag van de kaarthouder
enroll-problem-unblock-request = dit is een deblokkeringsaanvraag: die is voor de bestaande kaart van de kaarthouder, niet voor een nieuwe; deblokkeer in plaats daarvan hun eigen kaart
request-not-done-here = aanvragen van het type { $kind } worden niet aan deze balie uitgevoerd; voer deze uit in de CM-portal
unblock-problem-no-card = de deblokkeringsaanvraag noemt geen kaart; vraag de CM-beheerder de aanvraag te controleren
unblock-problem-wrong-card = dit is niet de kaart van deze aanvraag (dat is kaart-id { $card }); er is niets gewijzigd. Plaats de eigen kaart van de kaarthouder
unblock-problem-puk-mismatch = de PUK van de kaart is niet de PUK die deze balie instelt, dus de kaart is niet zo uitgegeven; er is niets gedeblokkeerd. Deblokkeer haar waar ze is uitgegeven, of laat een nieuwe kaart uitgeven
unblock-problem-puk-blocked = de PUK van de kaart is geblokkeerd, dus de kaart kan niet gedeblokkeerd worden; de kaart moet teruggezet en opnieuw uitgegeven worden: vraag een nieuwe kaartaanvraag aan
enroll-cardholder-chose-pin = De kaarthouder heeft zelf een pincode ingesteld; er is er geen om te overhandigen.
new-pin-length = De pincode moet 6 tot 8 tekens lang zijn.
new-pin-characters = De pincode mag letters, cijfers en leestekens bevatten, geen spaties of letters met accenten.
new-pin-mismatch = De twee invoeren verschillen; typ de pincode twee keer hetzelfde.
## Het kader: titelbalk, statusbalk, activiteit

settings-button = Instellingen…
refresh-requests = Aanvragen vernieuwen
demo-badge = DEMO — gesimuleerde server en kaarten
status-not-connected = niet verbonden
status-demo-server = Demosimulator op { $address }
status-demo-sign-in = demo, geen aanmelding
status-readers-simulated = Lezers: gesimuleerd
status-service-unavailable = Smartcardservice: niet beschikbaar
status-service-running = { $count ->
        [one] Smartcardservice: actief, 1 lezer
       *[other] Smartcardservice: actief, { $count } lezers
    }
activity-title = Activiteit
export-csv = Exporteren als CSV…
export-audit = Auditlogboek exporteren…
export-audit-hint = Een kopie van het auditlogboek van deze balie (JSON Lines)
export-activity-title = Activiteit exporteren
export-audit-title = Auditlogboek exporteren
export-audit-filter = JSON Lines
export-saved = Opgeslagen: { $path }
export-failed = Exporteren mislukt: { $error }
desk-not-connected = Niet verbonden: { $error }
open-settings = Instellingen openen
use-demo-mode = Demomodus gebruiken
load-failed = De aanvragen konden niet geladen worden: { $error }
demo-started = Demomodus: een gesimuleerde CM-server en gesimuleerde lezers. Plaats een kaart in het deelvenster Lezers.
connected-to = Verbonden met { $server }
cannot-start = Kan niet starten: { $error }
settings-saved = Instellingen opgeslagen
requests-loaded = { $count ->
        [one] 1 aanvraag geladen
       *[other] { $count } aanvragen geladen
    }
could-not-read = Niet te lezen: { $what }
more-unreadable = { $count ->
        [one] … en nog 1 aanvraag die niet te lezen was
       *[other] … en nog { $count } aanvragen die niet te lezen waren
    }
unreadable-headline = { $count ->
        [one] 1 aanvraag was niet te lezen
       *[other] { $count } aanvragen waren niet te lezen
    }
unreadable-details = Details
unreadable-explained = De server stuurde deze in een vorm die de balie niet begrijpt; de CM-beheerder kan ze controleren.

## Koppelen en de pincode

confirm-cardholder = Kaarthouder
confirm-card-id-typed = { $card } (ingetypt)
confirm-reader = Lezer
the-cardholder = de kaarthouder
pin-handed-over-line = Pincode overgedragen voor smartcard { $smartcard }
pin-timed-out-line = Pincodevenster voor smartcard { $smartcard } verlopen; de pincode wordt niet meer getoond
demo-insert-failed = Demo: de kaart kon niet geplaatst worden: { $error }
demo-faults-changed = Demo: de trainer heeft de serverfouten gewijzigd
demo-server-down = Demo: de gesimuleerde server is uit
demo-server-back = Demo: de gesimuleerde server is terug
demo-restart-failed = Demo: de simulator kon niet herstarten: { $error }

## The desk's runs: the board, the step list, card first, the PINs, resuming

board-title = Lezers aan het werk
card-changed-before-start = De kaart in { $reader } is vóór de start veranderd; er is niets verzonden. Controleer de kaart en start opnieuw.
card-looking-up = De server wordt naar deze kaart gevraagd…
card-lookup-failed = De server kon niet naar deze kaart worden gevraagd: { $error }
card-no-open-requests = Geen openstaande aanvraag voor deze kaart.
card-open-request = { $kind } — { $status } — { $person }
card-open-requests = Openstaande aanvragen voor deze kaart (klik er een aan om hem te selecteren):
card-owner = Kaart van { $person }
card-owner-not-listed = De server kent deze kaart, maar geen van de aanvragen ervan staat in de lijst.
card-smartcard-status = Smartcard { $smartcard }: { $status }
card-unknown-to-server = De CM-server kent deze kaart niet: het is een nieuwe kaart.
confirm-enroll = Uitgeven
confirm-keep-card-enroll = De kaart wordt aan deze aanvraag gekoppeld en uitgegeven: sleutels, certificaten, dan de pincode. Laat hem in de lezer tot de balie meldt dat hij klaar is.
confirm-keep-card-unblock = De pincode van de kaart wordt opnieuw ingesteld. Laat de kaart in de lezer tot de balie meldt dat hij klaar is.
confirm-title-enroll = Deze kaart uitgeven voor { $person }?
confirm-title-unblock = De kaart van { $person } deblokkeren?
confirm-unblock = Deblokkeren
detail-old-smartcard = Te deblokkeren kaart (smartcard)
enroll-button = Kaart uitgeven…
final-abandon = Aanvraag opgeven
final-cancel = Aanvraag annuleren
final-explained-abandon = Aanvraag { $request } wordt op de CM-server als Opgegeven gemarkeerd. Dat kan hier niet ongedaan worden gemaakt; de kaarthouder heeft dan een nieuwe aanvraag nodig.
final-explained-cancel = Aanvraag { $request } wordt op de CM-server als Geannuleerd gemarkeerd. Dat kan hier niet ongedaan worden gemaakt; de kaarthouder heeft dan een nieuwe aanvraag nodig.
final-keep = Aanvraag houden
final-title-abandon = De aanvraag van { $person } opgeven?
final-title-cancel = De aanvraag van { $person } annuleren?
journal-unfinished = Niet afgemaakt in een eerdere sessie: de aanvraag { $request } van { $person } (kaart { $card }, zat in { $reader }). Plaats die kaart om verder te gaan.
journal-unreadable = De lijst met onafgemaakte uitgiften kon niet worden gelezen: { $detail }
pin-at-reader = Kaart in { $reader }
pin-entry-cancel = Annuleren
pin-entry-cancelled-line = De kaarthouder heeft geen pincode ingesteld voor de kaart in { $reader }; de kaart houdt zijn pincode.
pin-entry-explained = Kies de pincode voor uw nieuwe kaart ({ $reader }). Alleen u kent hem.
pin-entry-first = Nieuwe pincode
pin-entry-ok = OK
pin-entry-rules = 6 tot 8 tekens: cijfers, letters of leestekens, geen spaties.
pin-entry-second = Nog een keer
pin-entry-set-line = De kaarthouder heeft een nieuwe pincode getypt voor de kaart in { $reader }.
pin-entry-title = { $person }, typ uw nieuwe pincode
request-status-failed = Aanvraag { $request } kon niet als { $status ->
        [Abandoned] Opgegeven
       *[other] Geannuleerd
    } worden gemarkeerd: { $error }
request-status-set = Aanvraag { $request } is op de CM-server als { $status ->
        [Abandoned] Opgegeven
       *[other] Geannuleerd
    } gemarkeerd.
resume-button = Uitgifte voor { $person } hervatten
resume-explained = Een eerdere sessie heeft deze kaart niet afgemaakt (gestopt bij “{ $step }”).
run-abandon-request = Opgeven…
run-asks-for-pin = De kaarthouder typt de pincode…
run-cancel = Annuleren
run-cancel-request = Aanvraag annuleren…
run-cancel-too-late = De pincode wordt ingesteld: de uitgifte maakt zichzelf af.
run-failed-at = Gestopt bij “{ $step }”
run-finished-enroll = Klaar: de kaart is uitgegeven. Haal hem uit de lezer.
run-finished-line-chosen = De kaart van { $person } in { $reader } is uitgegeven (smartcard { $smartcard }), met de pincode die de kaarthouder koos
run-finished-line-pin = De kaart van { $person } in { $reader } is uitgegeven (smartcard { $smartcard }); de pincode staat klaar om over te dragen
run-finished-unblock = Klaar: de kaart is gedeblokkeerd. Haal hem uit de lezer.
run-started-enroll = Kaart { $card } in { $reader } wordt uitgegeven voor aanvraag { $request } van { $person }
run-started-unblock = Kaart { $card } in { $reader } wordt gedeblokkeerd voor aanvraag { $request } van { $person }
run-stopping = De kaart in { $reader } wordt bij de volgende stap gestopt…
run-title-enroll = Kaart van { $person } uitgeven
run-title-unblock = Kaart van { $person } deblokkeren
run-unblocked-line-chosen = De kaart van { $person } in { $reader } is gedeblokkeerd (smartcard { $smartcard }), met de pincode die de kaarthouder koos
run-unblocked-line-pin = De kaart van { $person } in { $reader } is gedeblokkeerd (smartcard { $smartcard }); de nieuwe pincode staat klaar om over te dragen
run-where = { $reader } · { $time }
search-card-found = { $count ->
        [one] De server kent deze kaart: de aanvragen ervan worden getoond.
       *[other] De server kent deze kaart ({ $count } smartcards): de aanvragen ervan worden getoond.
    }
search-card-unknown = De CM-server kent geen kaart met deze id.
smartcard-status-active = Actief
smartcard-status-assigned = Toegewezen
smartcard-status-disabled = Uitgeschakeld
smartcard-status-new = Nieuw
smartcard-status-none = Geen
smartcard-status-retired = Buiten gebruik
smartcard-status-suspended = Opgeschort
smartcard-status-unknown = Onbekend ({ $code })
start-shortcut-hint = Enter
step-mark-done = klaar
step-mark-running = bezig
step-mark-stopped = hier gestopt
step-mark-to-do = nog te doen
unblock-button = Deze kaart deblokkeren…
unfinished-drop = Toepassen en de kaart vergeten
unfinished-drop-explained = Kaart { $card } is gekoppeld aan aanvraag { $request } van { $person } (smartcard { $smartcard }), maar de uitgifte is niet klaar. Met deze instellingen maakt de balie opnieuw verbinding en vergeet hij de kaart hier (bij de volgende start wordt hij weer aangeboden). Houd de kaart om het eerst opnieuw te proberen; of pas ze toe en controleer de aanvraag op de CM-server.
unfinished-drop-title = De onafgemaakte kaart opgeven?
unfinished-dropped-line = De balie is smartcard { $smartcard } (aanvraag { $request }) vergeten voordat de uitgifte klaar was. De kaart blijft gekoppeld op { $server }: controleer de aanvraag daar.
unfinished-keep = Kaart houden
why-card-being-looked-up = Wacht tot de server naar deze kaart is gevraagd.
why-card-not-looked-up = De server kon niet naar deze kaart worden gevraagd; haal de kaart eruit en plaats hem opnieuw.
why-reader-busy = Er wordt in { $reader } aan een kaart gewerkt; wacht tot die klaar is.
why-unblock-needs-card-id = De id van deze kaart kan niet worden gelezen, dus hij kan niet met de aanvraag worden vergeleken; plaats de eigen kaart van de kaarthouder.
why-wrong-card = Dit is niet de kaart waarvoor de aanvraag is (die noemt smartcard { $smartcard }): plaats de eigen kaart van de kaarthouder.

## De opdrachtregel (de --json-uitvoer verandert nooit met de taal)

cli-error = fout: { $message }
cli-no-server = geen CM-server opgegeven: voeg --server URL toe (of stel ENROLL_DESK_SERVER in)
cli-no-readers = Geen smartcardlezer gevonden: sluit er een aan.
cli-reader-no-card = { $reader }: geen kaart
cli-reader-card = { $reader }: kaart aanwezig, ATR { $atr }, kaart-id { $card }
cli-reader-card-without-id = { $reader }: kaart aanwezig, ATR { $atr }, kaart-id onbekend
cli-card-id-not-read = waarschuwing: { $reader }: kaart-id niet gelezen: { $error }
cli-request-left-out = enroll-desk: { $what } niet te lezen; weggelaten
cli-no-requests = Geen aanvragen.
cli-column-request = AANVRAAG
cli-column-status = STATUS
cli-column-type = SOORT
cli-column-priority = PRI
cli-column-submitted = INGEDIEND (UTC)
cli-column-comment = OPMERKING
cli-request-count = { $count ->
        [one] 1 aanvraag
       *[other] { $count } aanvragen
    }
cli-bound = Kaart { $card } gekoppeld aan aanvraag { $request } als smartcard { $smartcard }.
cli-pin-label = Pincode (eenmalig getoond; geef hem aan de kaarthouder):

cli-enrolled = Kaart { $card } uitgegeven voor aanvraag { $request }: { $status }
cli-enrolled-certificate = {"  "}slot { $slot }: { $subject } (serienummer { $serial })
cli-new-pin = Kaarthouder, typ uw nieuwe pincode (6 tot 8 tekens):{" "}
cli-new-pin-again = Typ hem nogmaals:{" "}
cli-new-pin-needed = enroll-desk: het sjabloon laat de kaarthouder de pincode kiezen, maar er is geen terminal om erom te vragen; geef --new-pin-stdin mee en de pincode twee keer via stdin
## Statuswoorden van de kaart (ISO 7816-4)

sw-success = gelukt
sw-data-corrupted = een deel van de gegevens is mogelijk beschadigd of ontbreekt
sw-memory-failure = het geheugen van de kaart is defect
sw-wrong-length = verkeerde lengte
sw-secure-messaging = secure messaging wordt niet ondersteund
sw-security-status = niet aan de beveiligingsstatus voldaan (de kaart wil eerst een pincode of verificatie)
sw-blocked = de kaart is geblokkeerd
sw-data-unusable = de gevraagde gegevens zijn niet bruikbaar
sw-conditions = niet aan de gebruiksvoorwaarden voldaan
sw-not-allowed = opdracht niet toegestaan
sw-incorrect-data = onjuiste gegevens in de opdracht
sw-function-unsupported = functie niet ondersteund
sw-not-found = toepassing of gegevensobject niet gevonden
sw-memory-full = niet genoeg geheugen op de kaart
sw-incorrect-p1-p2 = onjuiste P1 of P2
sw-referenced-data-missing = gevraagde gegevens niet gevonden
sw-wrong-parameters = verkeerde parameters
sw-instruction-unsupported = instructie niet ondersteund
sw-class-unsupported = klasse niet ondersteund
sw-internal-error = de kaart meldt een interne fout
sw-verification-failed = verificatie mislukt
sw-execution-error = de toestand van de kaart is niet veranderd (uitvoeringsfout)
sw-unexpected = onverwachte status

## Aanmeldwijze (statusbalk)

sign-in-token-or-kerberos = bearertoken, of Kerberos als daarom gevraagd wordt
sign-in-kerberos-if-asked = Kerberos als daarom gevraagd wordt
sign-in-kerberos = Kerberos
sign-in-bearer = bearertoken
sign-in-none = zonder aanmeldgegevens

## Starting the desk

session-demo-failed = de demosimulator kon niet starten: { $error }
session-worker-failed = de achtergrondtaak van de balie kon niet starten: { $error }

## Saving files

export-dialog-failed = het bestandsvenster kon niet geopend worden: { $error }
export-write-failed = { $path } kon niet geschreven worden: { $error }

## Training: de lessen van de demomodus en het klaslokaal

training-button = Training
training-button-hint = Lessen die het werk stap voor stap leren op deze demobalie (F1)
training-title = Training
training-intro = Elke les zet de demo klaar en begeleidt u. Een stap wordt afgevinkt zodra u hem echt op de balie hebt uitgevoerd; een verkeerde handeling wordt genoteerd, niet tegengehouden.
training-start = Starten
training-starting = De les wordt klaargezet…
training-start-failed = De les kon niet worden klaargezet: { $error }
training-call-failed = De simulator heeft de oproep van de les niet aangenomen: { $error }
training-busy = Rond eerst af of annuleer wat de balie nu doet.
training-stop = Les stoppen
training-steps-progress = Stap { $done } van { $total }
training-step-done = Gedaan: { $step }
training-step-now = Nu: { $step }
training-your-request = Uw kaarthouder vandaag: { $person }
training-card-label = Op het gedrukte etiket van de kaart staat: { $id }
training-mistakes-title = Genoteerd
training-answer-right = Juist.
training-answer-wrong = Niet helemaal.
training-done-title = Les afgerond: { $lesson }
training-done-time = Tijd: { $minutes } min { $seconds } s
training-done-steps = Stappen gedaan: { $done } van { $total }
training-done-mistakes = { $count ->
    [0] Geen fouten genoteerd.
    [one] Eén fout genoteerd:
   *[other] { $count } fouten genoteerd:
}
training-done-logged = Opgeslagen in het trainingslogboek.
training-done-log-failed = Het trainingslogboek kon niet worden geschreven: { $error }
training-back = Terug naar de lessen
training-again = Nog eens proberen
training-line-started = Training: les "{ $lesson }" gestart
training-line-finished = Training: les "{ $lesson }" afgerond, { $done } van { $total } stappen, fouten genoteerd: { $mistakes }
training-server-back = Training: de les heeft de REST API van de server weer ingeschakeld. Vernieuw de lijst.
training-classroom-badge = KLASLOKAAL
training-queue = Daarna in de rij: { $people }
training-counter = Kaarten die de kaarthouder u gaf:
training-counter-card = Kaart { $number } plaatsen
training-counter-card-hint = Gaat in de lezer die u koos, of in de eerste lege. Haalt u hem uit de lezer, dan ligt hij weer hier.
training-no-empty-reader = Training: in elke lezer zit een kaart. Haal er eerst een uit.

training-lesson-first-enrollment = Uw eerste inschrijving
training-lesson-first-enrollment-intro = Een kaarthouder staat met een nieuwe kaart aan uw balie. Geef de kaart uit voor de aanvraag van de kaarthouder en draag de pincode over die de server voorstelt.
training-lesson-card-without-id = Een kaart zonder id
training-lesson-card-without-id-intro = Sommige kaarten hebben geen leesbare kaart-id. U typt hem over van het etiket dat op de kaart gedrukt is.
training-lesson-server-says-no = De server zegt nee
training-lesson-server-says-no-intro = De CM-server weigert de uitgifte (403 Forbidden). Leer wat u de kaarthouder vertelt en wie u belt.
training-lesson-pulled-after-bind = De kaart wordt na het koppelen uit de lezer gehaald
training-lesson-pulled-after-bind-intro = De kaarthouder haalt de kaart eruit terwijl de balie nog bezig is. De kaart is gekoppeld, de uitgifte stopt: plaats dezelfde kaart terug en probeer het opnieuw.
training-lesson-cardholder-chooses = De kaarthouder kiest de pincode
training-lesson-cardholder-chooses-intro = Bij sommige profielsjablonen stelt de server geen pincode voor: de kaarthouder typt zelf een pincode, aan uw balie.
training-lesson-server-down = De server is uit of de REST API staat uit
training-lesson-server-down-intro = De balie kan de aanvragen niet laden. Leer hoe de balie dat meldt en wat u moet controleren.
training-lesson-forgot-pin = Een kaarthouder is de pincode vergeten
training-lesson-forgot-pin-intro = Een kaarthouder komt terug: de pincode is te vaak verkeerd ingevoerd en de kaart is geblokkeerd. Er staat een deblokkeringsaanvraag voor die kaart klaar. Controleer of het echt de eigen kaart is, deblokkeer hem en draag de nieuwe pincode over.
training-lesson-enrollment-day = Uitgiftedag
training-lesson-enrollment-day-intro = Drie kaarthouders staan in de rij bij uw balie, en elke kaart doet er even over om zijn sleutels te maken. Start de volgende kaart terwijl de vorige nog bezig is, en draag elke pincode één voor één over aan de juiste persoon.

training-step-choose-request = Zoek de aanvraag van de kaarthouder in de tabel en selecteer hem.
training-step-choose-request-why = Zoek op naam (Ctrl+F). Controleer de volledige naam en de afdeling: iemand anders kan dezelfde voornaam hebben.
training-step-insert-card = Plaats de kaart: klik op "Kaart plaatsen" onder een demolezer.
training-step-insert-card-why = De balie leest de kaart-id zodra de kaart erin zit; het detailvenster toont hem.
training-step-insert-card-without-id = Plaats de kaart zonder id: klik op "Kaart zonder id plaatsen" onder een demolezer.
training-step-insert-card-without-id-why = De balie kan van deze kaart geen id lezen en vraagt u daarom er een in te typen.
training-step-type-card-id = Typ de kaart-id van het etiket van de kaart in het veld "Kaart-id" in het detailvenster.
training-step-type-card-id-why = De id die u typt, wordt aan de aanvraag gekoppeld. Een verkeerde id koppelt een kaart die niet bestaat; controleer elke groep tekens.
training-step-check-confirmation = Klik op "Kaart uitgeven…" (of druk op Enter) en lees de bevestiging.
training-step-check-confirmation-why = De bevestiging noemt de persoon, de lezer en de kaart. Vergelijk ze met de persoon voor u voordat u bevestigt.
training-step-enroll = Bevestig met "Uitgeven".
training-step-enroll-why = De server legt de kaart vast voor deze aanvraag en de balie zet er de sleutels en certificaten op; vanaf nu hoort hij bij deze kaarthouder.
training-step-read-pin = Wacht op het pincodevenster en lees de pincode dan hardop voor aan de kaarthouder.
training-step-read-pin-why = De pincode wordt één keer getoond. Lees hem per groep voor; schrijf hem niet op en kopieer hem niet.
training-step-hand-over = Bevestig de overdracht met "Pincode overgedragen — sluiten" zodra de kaarthouder de pincode heeft genoteerd.
training-step-hand-over-why = Bevestigen sluit het venster en de pincode is voorgoed weg. Geef de kaarthouder eerst de tijd.
training-step-refused = Geef de kaart uit en lees wat de balie meldt.
training-step-refused-why = Een 403 betekent dat de server deze uitgifte niet toestaat. Er is niets gekoppeld; de kaart is nog leeg.
training-step-quiz-forbidden = Beantwoord de vraag: wat vertelt u de kaarthouder?
training-step-quiz-forbidden-why = Uw antwoord is wat de kaarthouder te horen krijgt; kies wat u echt zou zeggen.
training-step-pull-during-enrollment = Geef de kaart uit en verwijder hem terwijl de balie "Smartcard aan de aanvraag koppelen…" toont.
training-step-pull-during-enrollment-why = De server van deze les antwoordt traag, zodat u het kunt proberen. Aan een echte balie laat u de kaart erin tot de balie meldt dat hij klaar is.
training-step-stopped-bound = Lees wat de balie meldt: de uitgifte is gestopt terwijl de kaart al gekoppeld is.
training-step-stopped-bound-why = Het koppelen is op de server gebeurd. De uitgifte gaat verder met dezelfde kaart; een andere kaart zou worden geweigerd.
training-step-put-card-back = Plaats dezelfde kaart terug ("Kaart terugplaatsen" onder de lezer) en klik dan op "Opnieuw proberen".
training-step-put-card-back-why = De balie ziet dat de aanvraag al aan deze kaart gekoppeld is en gaat verder waar hij stopte, tot en met de pincode.
training-step-cardholder-chooses = Geef de kaart uit; wanneer de balie om de pincode van de kaarthouder vraagt, draai het scherm naar de kaarthouder.
training-step-cardholder-chooses-why = De server stelt geen pincode voor: het profielsjabloon laat de kaarthouder hem kiezen, hier aan de balie.
training-step-cardholder-sets-pin = Laat de kaarthouder de nieuwe pincode twee keer typen en op OK klikken.
training-step-cardholder-sets-pin-why = Alleen de kaarthouder kent deze pincode: kijk weg en typ hem nooit voor de kaarthouder.
training-step-quiz-cardholder-chooses = Beantwoord de vraag: wat vertelt u de kaarthouder?
training-step-quiz-cardholder-chooses-why = De kaarthouder gaat weg met een pincode die alleen hij kent en moet weten hoe hij die bewaart.
training-step-refresh-list = Vernieuw de lijst (F5 of "Aanvragen vernieuwen").
training-step-refresh-list-why = Let op wat de balie meldt als de server niet antwoordt zoals het hoort.
training-step-quiz-api-off = Beantwoord de vraag: wat controleert u of waar vraagt u om?
training-step-quiz-api-off-why = De melding noemt de oorzaak; de juiste persoon lost het op.
training-step-open-settings = Open de instellingen ("Instellingen…") en controleer het serveradres.
training-step-open-settings-why = Een verkeerd getypt adres ziet er precies zo uit als een server die uit staat. De les zet de REST API nu weer aan.
training-step-refresh-again = Vernieuw de lijst nog een keer.
training-step-refresh-again-why = Nu de REST API weer aan staat, worden de aanvragen geladen.
training-step-forgot-read-owner = Plaats de kaart die de kaarthouder u geeft ("Kaart 1 plaatsen" in de les) en lees in het detailvenster van wie hij is.
training-step-forgot-read-owner-why = De balie vraagt de CM-server naar elke kaart die hij leest: van wie de kaart is, de status en de openstaande aanvragen.
training-step-quiz-not-their-card = Beantwoord: van wie is deze kaart, en wat doet u?
training-step-quiz-not-their-card-why = Vergelijk de volledige naam van de eigenaar met die van uw kaarthouder. De balie biedt voor deze kaart geen deblokkering aan: er staat geen aanvraag voor open.
training-step-forgot-own-card = Haal die kaart eruit en plaats de eigen kaart van de kaarthouder ("Kaart 2 plaatsen"); lees van wie hij is.
training-step-forgot-own-card-why = De eigen kaart toont de naam van de kaarthouder, de status en de openstaande deblokkeringsaanvraag.
training-step-forgot-pick-request = Klik op de deblokkeringsaanvraag onder "Openstaande aanvragen voor deze kaart".
training-step-forgot-pick-request-why = Gekozen bij de kaart zelf, is het de aanvraag die voor precies deze kaart is gedaan.
training-step-forgot-unblock = Klik op "Deze kaart deblokkeren…" en bevestig met "Deblokkeren".
training-step-forgot-unblock-why = De balie berekent de PUK van de kaart uit de beheerderssleutel, stelt de nieuwe pincode in en controleert die. De certificaten op de kaart blijven zoals ze zijn.
training-step-forgot-read-pin = Wacht op het pincodevenster en lees de nieuwe pincode één keer hardop voor aan de kaarthouder.
training-step-forgot-read-pin-why = De nieuwe pincode wordt één keer getoond. Lees hem in groepjes voor; schrijf hem niet op en kopieer hem niet.
training-step-forgot-completed = Controleer de aanvraag: die is voltooid.
training-step-forgot-completed-why = De balie heeft de deblokkeringsaanvraag op Voltooid gezet voordat de pincode verscheen. De kaart werkt weer met de nieuwe pincode.
training-step-day-first-card = Geef de kaart van de eerste kaarthouder uit met het toetsenbord: Ctrl+F en de naam, Enter selecteert de aanvraag, plaats een kaart, Enter en bevestig.
training-step-day-first-card-why = Met het toetsenbord gaat het sneller op een drukke dag. De kaart maakt nu zijn sleutels; het overzicht "Lezers aan het werk" boven de lijst toont hoe ver hij is.
training-step-day-next-card = Start de kaart van de volgende kaarthouder in een andere lezer terwijl de eerste kaart nog sleutels maakt.
training-step-day-next-card-why = Elke lezer voert zijn eigen uitgifte uit. U hoeft niet te wachten: een trage kaart houdt geen andere op.
training-step-day-every-card = Start de kaart van iedere kaarthouder in de rij.
training-step-day-every-card-why = Het overzicht toont per lezer de kaarthouder, de stap en de tijd. Een mislukte kaart zegt waarom en biedt "Opnieuw proberen" aan.
training-step-day-pins-one-by-one = Draag elke pincode over: lees hem voor aan de persoon die het venster noemt, wacht tot die hem heeft genoteerd en bevestig dan.
training-step-day-pins-one-by-one-why = Er staat steeds maar één pincodevenster op het scherm; het volgende komt na "Pincode overgedragen — sluiten". Controleer de naam en de lezer in het venster, zodat de juiste persoon de juiste pincode hoort.
training-step-day-all-completed = Controleer de aanvragen: ze zijn allemaal voltooid.
training-step-day-all-completed-why = De aanvraag van elke kaart is op Voltooid gezet voordat de pincode verscheen. Een klare kaart blijft dat op het overzicht melden tot u hem eruit haalt.

training-mistake-wrong-request = U hebt de aanvraag van iemand anders uitgegeven. Die aanvraag heeft nu een kaart die niet van die persoon is: meld het meteen aan de CM-beheerder, zodat de kaart kan worden ingetrokken.
training-mistake-wrong-card-id = De kaart-id die u hebt ingevoerd, is niet die op het etiket. De server verwacht nu een kaart die niet bestaat; de CM-beheerder moet de aanvraag resetten.
training-mistake-card-pulled-early = De kaart is verwijderd terwijl de balie er nog mee bezig was. Laat de kaart erin tot de balie meldt dat hij klaar is.
training-mistake-not-pulled-in-time = De pincode kwam voordat de kaart eruit was gehaald: in deze les verwijdert u de kaart terwijl de balie "Smartcard aan de aanvraag koppelen…" toont. Klik op "Les stoppen" en probeer het opnieuw.
training-mistake-handed-over-too-soon = De overdracht is binnen enkele seconden bevestigd. De kaarthouder heeft de pincode misschien niet genoteerd, en hij kan niet opnieuw worden getoond.
training-mistake-pin-timed-out = Het pincodevenster is verlopen vóór de overdracht. De pincode is weg; de kaart moet worden gereset en opnieuw ingeschreven.
training-mistake-wrong-answer = Een vraag is eerst verkeerd beantwoord. Lees onder elke keuze waarom.
training-mistake-wrong-card = Voor de aanvraag van de kaarthouder is een kaart gebruikt die niet van die persoon is. Meld het meteen aan de CM-beheerder.

training-quiz-forbidden = De server weigerde de uitgifte (403). Wat vertelt u de kaarthouder?
training-quiz-forbidden-0 = "Uw kaart is kapot; hier is een nieuwe."
training-quiz-forbidden-0-why = De kaart is in orde: de server weigerde, de kaart is niet eens aangeraakt. Een nieuwe kaart zou ook geweigerd worden.
training-quiz-forbidden-1 = "De server staat deze inschrijving nog niet toe. Er is niets mis met u of uw kaart; ik vraag het na bij de CM-beheerder en bel u."
training-quiz-forbidden-1-why = Juist: een 403 gaat over een machtiging op de server (uw rechten als medewerker, of de status van de aanvraag). De CM-beheerder kan dat controleren.
training-quiz-forbidden-2 = "Ik probeer het nog een paar keer."
training-quiz-forbidden-2-why = De server weigert het elke keer tot er een machtiging verandert; opnieuw proberen vult alleen het auditlogboek.
training-quiz-cardholder-chooses = De server stelt voor deze kaart geen pincode voor. Wat vertelt u de kaarthouder?
training-quiz-cardholder-chooses-0 = "Uw pincode is 0000 tot u hem wijzigt."
training-quiz-cardholder-chooses-0-why = Er komt geen pincode van de server, en verzin er nooit zelf een: een geraden pincode beschermt niets.
training-quiz-cardholder-chooses-1 = "Kom morgen terug voor uw pincode."
training-quiz-cardholder-chooses-1-why = Voor deze kaart komt er geen pincode van de server; het profielsjabloon laat dat aan de kaarthouder over.
training-quiz-cardholder-chooses-2 = "Typ op dit scherm twee keer een eigen pincode. Kies er een die alleen u kent, en schrijf hem nooit op de kaart."
training-quiz-cardholder-chooses-2-why = Juist: bij dit profielsjabloon kiest de kaarthouder de pincode, hier aan de balie.
training-quiz-api-off = Elk adres geeft 404. Wat controleert u of waar vraagt u om?
training-quiz-api-off-0 = Controleer het serveradres in de instellingen en vraag de CM-beheerder daarna de CM REST API in te schakelen.
training-quiz-api-off-0-why = Juist: een CM-server geeft overal 404 zolang zijn REST API uit staat; een verkeerd adres ziet er hetzelfde uit.
training-quiz-api-off-1 = Installeer enroll-desk opnieuw.
training-quiz-api-off-1-why = De balie is in orde: hij bereikte een webserver en vertelde u wat die antwoordde.
training-quiz-api-off-2 = Vraag de kaarthouder om een andere kaart.
training-quiz-api-off-2-why = De kaart speelt nog geen rol: de balie kan de aanvragen niet eens laden.
training-quiz-not-their-card = De balie zegt dat dit de kaart van iemand anders is, zonder openstaande aanvraag. Wat doet u?
training-quiz-not-their-card-0 = "Ik deblokkeer hem toch: de kaarthouder staat hier."
training-quiz-not-their-card-0-why = Het is niet de eigen kaart, en de balie biedt er geen deblokkering voor aan: de deblokkeringsaanvraag is voor de eigen kaart van de kaarthouder.
training-quiz-not-their-card-1 = "Deze kaart is niet van u. Hebt u uw eigen kaart bij u?" — en geef de kaart terug.
training-quiz-not-their-card-1-why = Juist: een deblokkering is alleen voor de kaart die de aanvraag noemt. Kaarten van collega's raken verwisseld; de naam van de eigenaar in het venster vertelt het u.
training-quiz-not-their-card-2 = In plaats daarvan een nieuwe kaart voor de kaarthouder uitgeven.
training-quiz-not-their-card-2-why = Een nieuwe kaart heeft een eigen goedgekeurde aanvraag nodig, en de geblokkeerde kaart zou geblokkeerd blijven. De deblokkeringsaanvraag wacht op de eigen kaart.

## De trainersconsole van `enroll-desk sim --classroom`

classroom-trainer-key = Trainerssleutel, voor het verslag van het klaslokaal (houd hem voor uzelf): { $key }
classroom-desk-joined = Balie "{ $desk }" doet mee in het klaslokaal ({ $count } van { $max } plaatsen bezet).
classroom-desk-left-idle = Balie "{ $desk }" heeft zijn plaats afgestaan na { $hours } uur zonder oproep.
classroom-full = Het klaslokaal is vol ({ $max } balies): een balie die wilde meedoen, is geweigerd. Start de simulator met een grotere --max-desks om er meer toe te laten.

## Site-instellingen: het computerbrede bestand dat IT plaatst (site.toml)

site-broken-at-line = het bestand met site-instellingen { $path } bevat een fout op regel { $line } ({ $text }): { $problem }. Zolang uw IT-afdeling dit niet herstelt, maakt de desk met geen enkele server verbinding.
site-broken = het bestand met site-instellingen { $path } is onbruikbaar: { $problem }. Zolang uw IT-afdeling dit niet herstelt, maakt de desk met geen enkele server verbinding.
site-problem-unreadable = het kan niet worden gelezen ({ $detail })
site-problem-syntax = { $detail }
site-problem-not-one-of = { $key } = "{ $value }" is niet een van: { $allowed }
site-problem-bad-server = server = "{ $value }" is geen adres dat de desk kan gebruiken: { $reason }
site-problem-relative-path = { $key } = "{ $value }" moet een volledig pad zijn
site-problem-no-machine-folder = Windows kan niet zeggen waar de map ProgramData staat ({ $detail })
site-setting-server = de CM-server
site-setting-sign-in = de aanmeldmethode
site-setting-ca-file = het CA-certificaatbestand
site-setting-challenge = de uitdaging
site-locked-flag-or-env = { $setting } is ingesteld door uw IT-afdeling ({ $value }, in { $path }); { $flag } kan dat niet wijzigen. Laat { $flag } en de omgevingsvariabele { $env } weg.
site-locked-flag = { $setting } is ingesteld door uw IT-afdeling ({ $value }, in { $path }); { $flag } kan dat niet wijzigen. Laat { $flag } weg.
site-demo-off = de demomodus en de training zijn op deze computer uitgeschakeld door uw IT-afdeling ({ $path }). Werk met de CM-server; is er geen ingesteld, vraag dan uw IT-afdeling om het adres.
settings-locked-by-site = Ingesteld door uw IT-afdeling
settings-locked-by-site-hint = In { $path }; alleen een beheerder kan dit wijzigen.

## Deze werkplek controleren (enroll-desk doctor, en het venster vanuit de statusbalk)

doctor-button = Werkplek controleren…
doctor-button-hint = Controleert de smartcardservice, lezers, server, het certificaat, aanmelden, de klok, de instellingen en het auditlogboek
doctor-title = Deze werkplek controleren
doctor-running = Bezig met controleren…
doctor-run-again = Opnieuw controleren
doctor-close = Sluiten
doctor-outcome-pass = OK
doctor-outcome-fail = Mislukt
doctor-outcome-skipped = Niet gecontroleerd
doctor-line = { $mark } { $title }: { $detail }
doctor-line-fix = { $mark } { $title }: { $detail } → { $fix }
doctor-all-passed = Alle { $count } controles geslaagd.
doctor-some-failed = { $failed } van de { $count } controles mislukt.
doctor-site-title = Site-instellingen
doctor-site-absent = geen ({ $path } bestaat niet): alle instellingen zijn van uzelf
doctor-site-read = { $path } is gelezen; het stelt in: { $settings }
doctor-site-fix = Vraag uw IT-afdeling het bestand te herstellen.
doctor-site-writable = { $path } kan door u worden gewijzigd en legt dus niets vast: alleen beheerders mogen erin schrijven
doctor-site-writable-fix = Vraag uw IT-afdeling het bestand alleen voor beheerders schrijfbaar te maken.
doctor-settings-title = Uw instellingen
doctor-settings-no-desk = niet gecontroleerd: deze enroll-desk is gebouwd zonder het deskvenster
doctor-settings-none-yet = nog geen ({ $path }): de desk start met de standaardinstellingen
doctor-settings-read = { $path } is gelezen
doctor-settings-unreadable = { $path } kan niet worden gelezen ({ $detail }); de desk start in plaats daarvan met de standaardinstellingen
doctor-settings-fix = Open Instellingen en pas ze toe om het bestand opnieuw te schrijven, of zet het bestand opzij.
doctor-audit-title = Auditlogboek
doctor-audit-nowhere = deze computer heeft geen map voor het auditlogboek (geen persoonlijke map), dus de desk houdt er geen bij
doctor-audit-writable = het kan worden geschreven in { $dir }
doctor-audit-not-writable = het kan niet worden geschreven in { $dir } ({ $detail })
doctor-audit-fix = Vraag uw IT-afdeling om medewerkers in deze map te laten schrijven, of om audit_dir in te stellen in de site-instellingen.
doctor-pcsc-title = Smartcardservice
doctor-pcsc-running = actief
doctor-readers-title = Lezers en kaarten
doctor-skipped-no-service = niet gecontroleerd: de smartcardservice draait niet
doctor-no-reader = er is geen smartcardlezer aangesloten
doctor-no-reader-fix = Sluit een lezer aan; is er al een aangesloten, koppel hem dan los en sluit hem opnieuw aan.
doctor-no-card = { $count ->
    [one] er zit geen kaart in de lezer
   *[other] in geen van de { $count } lezers zit een kaart
}
doctor-no-card-fix = Plaats een kaart om te controleren of de lezer hem ziet.
doctor-card-in-reader = een kaart in { $reader } (ATR { $atr })
doctor-readers-found = { $count ->
    [one] 1 lezer
   *[other] { $count } lezers
}; { $cards }
doctor-address-title = Serveradres
doctor-server-demo = niet gecontroleerd: de desk staat in demomodus, met een eigen gesimuleerde server
doctor-server-blocked = niet gecontroleerd: eerst moet het bestand met site-instellingen worden hersteld
doctor-server-not-set = er is geen CM-server ingesteld
doctor-server-not-set-fix = Vul de server in bij Instellingen, of vraag uw IT-afdeling erom.
doctor-skipped-no-server = niet gecontroleerd: de server is niet te vinden
doctor-address-found = { $host } is { $address }
doctor-address-unknown = { $host } is niet te vinden ({ $detail })
doctor-address-fix = Controleer de naam van de server bij Instellingen, en de netwerkverbinding (en VPN) van deze computer.
doctor-answers-title = Server antwoordt
doctor-answers-status = hij antwoordt (HTTP { $status })
doctor-answers-handshake = hij antwoordt, maar de beveiligde verbinding is mislukt (zie hieronder)
doctor-skipped-no-answer = niet gecontroleerd: de server antwoordt niet
doctor-tls-title = Beveiligde verbinding
doctor-tls-trusted = het certificaat van de server is geldig en vertrouwd
doctor-tls-loopback = gewoon http naar deze computer: geen certificaat nodig
doctor-tls-failed = { $detail }
doctor-tls-fix = Heeft uw organisatie een eigen CA, kies dan het certificaat daarvan bij Instellingen (CA-certificaatbestand) of laat uw IT-afdeling het instellen; meld het anders aan de CM-beheerder.
doctor-skipped-no-trust = niet gecontroleerd: de verbinding met de server wordt niet vertrouwd
doctor-sign-in-title = Aanmelden
doctor-sign-in-failed = aanmelden met { $method } is mislukt: { $error }
doctor-signed-in-kerberos = aangemeld als { $account } met Kerberos
doctor-signed-in-ntlm = aangemeld als { $account } met NTLM
doctor-signed-in-bearer-as = aangemeld als { $account } met een bearertoken
doctor-signed-in-bearer = aangemeld met een bearertoken
doctor-signed-in-anonymous = de server liet de desk toe zonder te vragen wie het is ({ $method })
doctor-clock-title = Klok
doctor-clock-unknown = niet gecontroleerd: de server gaf zijn tijd niet door
doctor-clock-ok = { $seconds } s verschil met de klok van de server
doctor-clock-ahead = de klok van deze computer loopt { $minutes } minuten voor op die van de server; Kerberos staat 5 minuten toe
doctor-clock-behind = de klok van deze computer loopt { $minutes } minuten achter op die van de server; Kerberos staat 5 minuten toe
doctor-clock-fix = Corrigeer de datum, tijd en tijdzone van deze computer (of laat de computer ze automatisch instellen) en probeer het opnieuw.
