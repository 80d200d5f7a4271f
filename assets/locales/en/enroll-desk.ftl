# enroll-desk, English: the reference every other language follows.
# Variables ($name) must be the same in every language; ids likewise.

## Request statuses and types

status-none = None
status-approved = Approved
status-denied = Denied
status-completed = Completed
status-failed = Failed
status-pending = Pending
status-canceled = Canceled
status-executing = Executing
status-unknown = Unknown({ $code })
type-enroll = Enroll
type-unblock = Unblock
type-unknown = Unknown({ $code })

## The bind-and-PIN flow's errors

error-card-id-unknown = the card's id cannot be read (it has no PIV card id); type the card id in (--card-id) and try again
error-card-id-differs = the card id given ({ $typed }) is not the one the card holds ({ $read }); nothing was bound. Check which card is in the reader, or leave the card id out
error-reading-card = reading the card failed: { $cause }
error-binding = binding failed: { $cause }
error-pin-not-fetched = the card is bound (smartcard { $smartcard }), but the PIN was not fetched: { $cause }. Insert the same card again and fetch the PIN
error-different-card = this is not the card that was bound: expected card id { $expected }, found { $found }. Insert the card that was bound
error-different-card-none = this is not the card that was bound: expected card id { $expected }, found none. Insert the card that was bound
error-fetching-pin = fetching the PIN failed: { $cause }

## Card errors

card-no-service = the smart-card service (pcscd) is not running: start it (for example `systemctl start pcscd`) and try again
card-no-reader = the card reader '{ $reader }' is not connected: plug it in or choose another reader
card-no-card = there is no card in reader '{ $reader }': insert the card and try again
card-removed = the card was removed during the operation; put it back and try again
card-timeout = the card did not answer within { $seconds } s: remove it, insert it again and retry
card-reader-busy = another program is using the card in '{ $reader }': close it and try again
card-status = the card refused { $command }: { $words } (status { $sw })
card-no-admin-key = this card has no PIV application, so it has no admin key to make the challenge with: set Challenge to Automatic or GET CHALLENGE in the settings (--challenge) if the server accepts that
card-malformed = the card's answer could not be understood ({ $detail }); the card may not be supported
card-transport = communication with the card failed ({ $detail }): remove the card, insert it again and retry

card-no-piv = this card has no PIV application, so this desk cannot enroll it: use a PIV card
card-wrong-secret = the card refused the { $what }{ $tries ->
      [none] {""}
     *[other] { " " }({ $tries } tries left)
  }
card-blocked = the card's { $what } is blocked
card-secret-length = a PIN of { $length } characters does not fit a PIV card: it takes 6 to 8
secret-pin = PIN
secret-puk = PUK
secret-admin-key = admin key
## CM server errors

cm-invalid-url = '{ $url }' is not a usable server address: { $reason }
cm-insecure-url = refusing plain http to { $host }: the CM server must be reached over https (plain http is only allowed to this computer's loopback address)
cm-ca-file = cannot read the CA certificate file { $path }: { $detail }. Choose a PEM file holding the CA certificate that issued the server's certificate
cm-api-not-enabled = the CM REST API is not enabled on { $server } (every address answers 404 Not Found). Ask the CM administrator to enable the REST API on the CM server, or check the server address
cm-not-found = { $what } was not found on the server (404). Refresh the list; it may have been removed or never existed
cm-unauthorized-none = the server did not accept our sign-in (401 Unauthorized). It offered no sign-in method. Check the server address
cm-unauthorized-negotiate = the server did not accept our sign-in (401 Unauthorized). It offers: { $offered }. Sign in with Kerberos: choose "Automatic" or "Kerberos" as the sign-in method in the settings (or --auth negotiate)
cm-unauthorized-bearer = the server did not accept our sign-in (401 Unauthorized). It offers: { $offered }. Check that your access token is current (--token or ENROLL_DESK_TOKEN) and that your account may use the CM REST API
cm-unauthorized-other = the server did not accept our sign-in (401 Unauthorized). It offers only { $offered }, which this desk does not use: it signs in with Kerberos (Negotiate) or an ADFS bearer token. Ask the CM administrator to enable Windows Authentication with Negotiate, or ADFS, for the CM site
cm-forbidden = the server does not allow this (403 Forbidden): { $message }. { $hint }
cm-forbidden-hint-general = Ask the CM administrator for the permission this needs
cm-forbidden-hint-bind = The request may already have a card, or may not be approved yet; refresh the list and check its status
cm-forbidden-hint-pin = Reading a proposed PIN needs membership in the CM group allowed sensitive operations; ask the CM administrator
cm-forbidden-hint-admin-key = Admin-key calls need membership in the CM group allowed sensitive operations; ask the CM administrator
cm-bad-request = the server rejected the request as malformed (400): { $message }. This is a fault in enroll-desk or the server; report it with this text
cm-server-error = the CM server failed (HTTP { $status }): { $message }. Try again; if it keeps failing, give the CM administrator the time
cm-server-error-correlated = the CM server failed (HTTP { $status }): { $message } (correlation id { $id }). Try again; if it keeps failing, give the CM administrator the time and the correlation id
cm-unreachable = cannot reach the CM server at { $server }: { $detail }. Check the server address and the network, then try again
cm-timeout = the CM server at { $server } did not answer within { $seconds } s. It may be busy; try again, and if it keeps happening ask the CM administrator
cm-tls = the secure connection to { $server } failed: { $detail }. The server's certificate is not trusted or not valid for this name; if your site uses its own CA, choose its certificate in the settings (or --ca-file)
cm-bind-unverified = the server answered the bind without saying which smartcard it made, and its records show none the desk can verify for card { $card } and request { $request }; no PIN was fetched. Refresh the list and check the request on the CM server before binding again
cm-no-pin-given = the server gave no PIN: it answered the PIN call with an empty PIN. The card is bound; ask the CM administrator whether this profile template proposes PINs, then fetch the PIN again
cm-unusable-pin = the server proposed a PIN no card takes (it is not shown): a PIN is { $min } to { $max } printable characters without spaces, digits in every template so far. The card is bound; ask the CM administrator to check the PIN policy of this profile template, then fetch the PIN again
cm-insecure-redirect = the CM server at { $server } redirected the desk to plain http ({ $to }), which the desk does not follow: after https, and to any other computer, the connection must stay https. Check the server address, or ask the CM administrator to correct the redirect
cm-unexpected = unexpected answer from the CM server: expected { $expected }, got { $got }. Try again; if it persists the server may be a different version, so report it
cm-classroom-full = the classroom's simulator at { $server } is full: this desk cannot join. Ask the trainer to make room (a larger --max-desks), then try again

## Sign-in errors

auth-no-token = bearer sign-in needs a token: give it with --token or ENROLL_DESK_TOKEN, or type it in the settings
auth-kerberos-not-built = this enroll-desk was built without Kerberos support (cargo feature "negotiate"), but the server asks for Kerberos (Negotiate). Use a build with Kerberos, or a bearer token
auth-no-ticket = you have no Kerberos ticket ({ $detail }). Sign in to the domain, or run `kinit` with your user name, then try again
auth-ticket-expired = your Kerberos ticket has expired. Renew it (run `kinit` again, or lock and unlock your session), then try again
auth-unknown-service = the domain does not know the service { $spn }, so there is no Kerberos ticket for this server. Use the CM server's name as registered in the domain (not an IP address or an alias), or ask the administrator to register { $spn } for the CM site
auth-clock-skew = this computer's clock differs too much from the domain controller's (Kerberos allows about 5 minutes). Correct the date and time on this computer, then try again
auth-kdc-unreachable = cannot reach a Kerberos domain controller (KDC) for your realm ({ $detail }). Check the network or VPN, then try again
auth-rejected = the server did not accept our Kerberos ticket for { $spn } (401 again). This computer's clock may be more than 5 minutes off, the server's service key may not match the domain's (an out-of-date keytab), or your account may not use the CM site. Check the clock, then ask the CM administrator
auth-server-not-proven = the server did not prove its identity ({ $detail }). Its answer was not trusted; tell the CM administrator
auth-kerberos = Kerberos sign-in failed: { $detail }

## Settings

settings-title = Settings
settings-apply = Apply
settings-cancel = Cancel
settings-language = Language
settings-server = CM server
settings-server-hint = https://cm.example.org — empty for demo mode
settings-sign-in = Sign in with
settings-sign-in-hint = Kerberos uses the ticket from signing in to the domain (or kinit)
settings-token = Bearer token
settings-token-remember = Remember the token on this computer
settings-token-kept-in = It is kept in { $store }.
settings-token-no-store = Not available: { $why }. The token is kept only until the desk closes.
token-moved-to-store = The bearer token was moved from the settings file into { $store }; the file no longer holds it
token-removed-no-store = The bearer token was removed from the settings file, where it was in plain text. It cannot be remembered on this computer ({ $why }), so it is kept only until the desk closes
token-removed-from-file = The bearer token was removed from the settings file; it is kept only until the desk closes
token-unreadable = The remembered bearer token cannot be read ({ $why }). Type it in Settings; it is kept only until the desk closes
token-saved = The bearer token is remembered in { $store }
token-save-failed = The bearer token could not be stored in { $store } ({ $error }); it is kept until the desk closes. Try again in Settings
token-forgotten = The bearer token is no longer remembered in { $store }
token-forget-failed = The bearer token could not be removed from { $store } ({ $error }); remove the entry "{ $entry }" there by hand
settings-ca-file = CA certificate file
settings-ca-system-only = system certificates only
settings-choose = Choose…
settings-clear = Clear
settings-ca-dialog-title = CA certificate (PEM)
settings-ca-dialog-filter = PEM certificates
settings-pin-timeout = PIN window closes after
settings-seconds-suffix = { " " }s
settings-theme = Theme
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-byte-order = Card id byte order
settings-byte-order-microsoft-hint = As Windows writes it (Guid.ToByteArray); the usual choice
settings-byte-order-rfc-hint = The bytes as stored on the card
settings-challenge = Challenge
settings-admin-key-algorithm = Admin key algorithm
settings-locked = Settings can be changed once the cards under way have finished.
auth-method-auto = Automatic (token if given, else Kerberos)
auth-method-negotiate = Kerberos (Windows sign-in)
auth-method-bearer = Bearer token (ADFS)
auth-method-none = No sign-in
challenge-automatic = Automatic
challenge-piv-admin-key = PIV admin key
challenge-automatic-hint = The PIV admin key's witness; GET CHALLENGE for a card without PIV
challenge-piv-admin-key-hint = Always the PIV admin key (9B) witness, as Windows' minidriver gives it
challenge-get-challenge-hint = Always 8 random bytes (GET CHALLENGE), tied to no key
admin-key-from-card = From the card (else 3DES)

## Status bar

status-server = Server: { $server }
status-signed-in-bearer = Signed in with a bearer token
status-signed-in-as-bearer = Signed in as { $user } (bearer token)
status-signed-in-as-kerberos = Signed in as { $user } (Kerberos)
status-signed-in = Signed in ({ $method })
status-not-signed-in = Not signed in ({ $method })
status-sign-in-unchecked = Sign-in not yet checked ({ $method })
status-requests-loaded = { $count ->
        [one] 1 request, loaded { $time }
       *[other] { $count } requests, loaded { $time }
    }
status-requests-not-loaded = Requests not loaded yet
loading-requests = Loading requests…

## The PIN window

pin-title = PIN for { $person }
pin-read-aloud = Read it to the cardholder. It is shown only this once.
pin-cardholder-chooses = The cardholder chooses the PIN at first use.
pin-closes-in = Closes in { $seconds } s
pin-handed-over = PIN handed over — close

## Demo mode

demo-remove-card = Remove card
demo-insert-card = Insert card
demo-insert-card-hint = A new virtual card with its own card id
demo-insert-card-without-id = Insert card without id
demo-insert-card-without-id-hint = A card whose id cannot be read: the officer types it in
demo-put-card-back = Put the card back
demo-put-card-back-hint = The card you just removed, back in this reader
demo-faults-title = Demo: server faults
demo-faults-intro = For trainers: make the simulated server misbehave.
demo-fault-slow = Slow server ({ $seconds } s per answer)
demo-fault-forbidden = Refuse every call (403)
demo-fault-internal-error = Internal server error (500)
demo-fault-malformed = Broken answers (malformed JSON)
demo-fault-api-disabled = REST API not enabled (404)
demo-fault-server-down = Server down (connection refused)

## Readers

readers-title = Readers
readers-service-unavailable = Smart-card service unavailable: { $detail }. Start it (pcscd) or reconnect the reader.
readers-none = No reader connected. Plug in a smart-card reader; it appears here at once.
reader-no-card = No card
reader-atr = ATR { $atr }
reader-reading-card = Reading card…
reader-card-id = Card id { $card }
reader-card-id-unknown = Card id unknown (no PIV card id)
reader-connected = Reader connected: { $reader }
reader-disconnected = Reader disconnected: { $reader }
card-inserted = Card inserted in { $reader }
card-removed-from = Card removed from { $reader }
service-stopped = The smart-card service stopped ({ $detail }); readers come back when it restarts
service-back = The smart-card service is back
card-read = Card in { $reader }: card id { $card }
card-read-without-id = Card in { $reader } has no readable card id; type it in to enroll this card
card-read-failed = Could not read the card in { $reader }: { $error }

## The requests table

status-ready-to-bind = Approved, no card yet
status-software-profile = Approved, software profile
status-all = All statuses
person-user-id = user { $id }
person-none = (no target user)
column-target-user = Target user
column-type = Type
column-status = Status
column-priority = Priority
column-submitted = Submitted
column-comment = Comment
search = Search
search-hint = every column (Ctrl+F)
status-filter = Status
requests-shown = { $count ->
        [one] { $shown } of 1 request
       *[other] { $shown } of { $count } requests
    }
sorted-ascending = Sorted by { $column }, ascending; click to reverse
sorted-descending = Sorted by { $column }, descending; click to reverse
sort-by = Sort by { $column }

## The selected request and its card

detail-select-request = Select a request in the table to see it here.
detail-request = Request
detail-profile = Profile
detail-profile-software = Software (no smart card)
detail-department = Department
detail-profile-template = Profile template
detail-bound-smartcard = Bound smartcard
detail-card-choose-reader = Card: choose a reader in the Readers panel.
detail-card-none = Card: no card in { $reader }.
detail-card-reading = Card in { $reader }: reading…
detail-card-failed = Card in { $reader }: { $error }
detail-card-no-id = Card in { $reader }: its card id cannot be read.
detail-card-id = Card id
why-no-reader = Choose a reader with a card.
why-no-card = Insert a card into { $reader }.
why-card-being-read = Wait until the card has been read.
why-card-unreadable = Remove the card and insert it again.
why-card-id-missing = Type the card id printed on the card or its sleeve.
why-card-id-malformed = That is not a card id: expected 32 hex digits in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
why-already-bound = This request is already bound to another card: insert that card to resume, or cancel the request.
why-software-profile = This request is for a software profile (the server says it is not a smart-card request): its certificates go to the user's computer, not onto a card, so there is no card to enroll here.
why-not-approved = Only approved requests can be carried out; this one is { $status }.
try-again = Try again
dismiss = Dismiss

enroll-step-reading-card = Read the card and the request
enroll-step-policy = The template's smart card policy
enroll-step-binding = Bind the card to the request
enroll-step-admin-key = Open the card's admin key
enroll-step-card-key = Give the card its own admin key
enroll-step-keys = Generate keys on the card
enroll-step-certificates = Get the certificates and write them to the card
enroll-step-puk = Set the PUK
enroll-step-card-puk = Work out the card's PUK from its admin key
enroll-step-pin = Set the PIN
enroll-step-completing = Mark the request Completed
enroll-progress = { $step }…
enroll-progress-key = Generating key { $number } of { $of } on the card (slot { $slot })…
enroll-failed = { $step } failed: { $problem }. { $next }
enroll-next-again = Nothing was changed; try again.
enroll-next-again-same-card = Keep this card in the reader and try again: the enrollment continues on the same card.
enroll-next-complete-again = The card is finished and its PIN is set; only marking the request Completed is left: try again.
enroll-next-officer = Trying again will not help: fix the cause with the CM administrator, or cancel the request.
enroll-next-cancelled = The card can be enrolled again later; the steps done so far are kept.
enroll-problem-not-approved = the request is { $status }, not approved
enroll-problem-other-card = the request is already bound to another card (card id { $card }); insert that card, or cancel the request
enroll-problem-not-smartcard = the request is not for a smart card (its profile template has no smart card configuration)
enroll-problem-admin-key = the card did not accept the server's admin key answer: its admin key is not the one the server keeps for it (the card may come from another system; reset it or use a blank card)
enroll-problem-too-many-certificates = the template asks for { $count } certificates; a PIV card holds three (9A, 9C, 9D)
enroll-problem-ca-refused = the certificate authority refused the request: { $reason }
enroll-problem-server-key = the server answered with a key it made itself (a PFX); this desk only puts keys on the card that the card generated, so nothing was written. Ask the CM administrator to turn off key archival (server-generated keys) for this certificate template
enroll-problem-missing-certificate = the server's answer holds no certificate for the key in slot { $slot }
enroll-problem-pin-entry-cancelled = the cardholder did not set a PIN; the card keeps its factory PIN
enroll-problem-cancelled = stopped by the officer
enroll-problem-unsupported-key = the template asks for a { $name } key { $size }, which a PIV card cannot generate (RSA 2048, ECC P-256 and P-384 only); ask the CM administrator to change the certificate template
enroll-problem-unsupported-hash = the template asks for the hash { $name }, which is not SHA-1, SHA-256, SHA-384 or SHA-512; ask the CM administrator to change the certificate template
enroll-problem-bad-subject = the certificate subject '{ $subject }' the template gives cannot be read; ask the CM administrator to check the template
enroll-problem-bad-signature = the card's signature does not match the key it generated; the card may be faulty: try again, or use another card
enroll-problem-certificate-data = a certificate or request could not be read ({ $detail })
unblock-problem-not-unblock = this request is not an Unblock request; choose the cardholder's Unblock request
enroll-problem-unblock-request = this is an Unblock request: it is for the cardholder's existing card, not a new one; unblock their own card instead
request-not-done-here = { $kind } requests are not carried out at this desk; do this one in the CM portal
unblock-problem-no-card = the Unblock request names no card; ask the CM administrator to check the request
unblock-problem-wrong-card = this is not the card the request is for (that is card id { $card }); nothing was changed. Insert the cardholder's own card
unblock-problem-puk-mismatch = the card's PUK is not the one this desk sets, so the card was not enrolled this way; nothing was unblocked. Unblock it where it was enrolled, or have a new card issued
unblock-problem-puk-blocked = the card's PUK is blocked, so the card cannot be unblocked; the card must be reset and enrolled again: ask for a new card request (Duplicate or Enroll)
enroll-cardholder-chose-pin = The cardholder set their own PIN; there is none to hand over.
new-pin-length = The PIN must be 6 to 8 characters.
new-pin-characters = The PIN may hold letters, digits and punctuation, no spaces or accented letters.
new-pin-mismatch = The two entries differ; type the PIN twice the same.
## The desk's frame: title bar, status bar, activity

settings-button = Settings…
refresh-requests = Refresh requests
demo-badge = DEMO — simulated server and cards
status-not-connected = not connected
status-demo-server = Demo simulator at { $address }
status-demo-sign-in = demo, no sign-in
status-readers-simulated = Readers: simulated
status-service-unavailable = Smart-card service: unavailable
status-service-running = { $count ->
        [one] Smart-card service: running, 1 reader
       *[other] Smart-card service: running, { $count } readers
    }
activity-title = Activity
export-csv = Export as CSV…
export-audit = Export audit trail…
export-audit-hint = A copy of this desk's audit trail (JSON lines)
export-activity-title = Export activity
export-audit-title = Export audit trail
export-audit-filter = JSON lines
export-saved = Saved { $path }
export-failed = Export failed: { $error }
desk-not-connected = The desk is not connected: { $error }
open-settings = Open settings
use-demo-mode = Use demo mode
load-failed = Could not load the requests: { $error }
demo-started = Demo mode: a simulated CM server and simulated readers. Insert a card in the Readers panel.
connected-to = Connected to { $server }
cannot-start = Cannot start: { $error }
settings-saved = Settings saved
requests-loaded = { $count ->
        [one] Loaded 1 request
       *[other] Loaded { $count } requests
    }
could-not-read = Could not read { $what }
more-unreadable = { $count ->
        [one] … and 1 more request that could not be read
       *[other] … and { $count } more requests that could not be read
    }
unreadable-headline = { $count ->
        [one] 1 request could not be read
       *[other] { $count } requests could not be read
    }
unreadable-details = Details
unreadable-explained = The server sent these in a form the desk does not understand; the CM administrator can check them.

## Binding and the PIN

confirm-cardholder = Cardholder
confirm-card-id-typed = { $card } (typed in)
confirm-reader = Reader
the-cardholder = the cardholder
pin-handed-over-line = PIN handed over for smartcard { $smartcard }
pin-timed-out-line = PIN window for smartcard { $smartcard } timed out; the PIN is no longer shown
demo-insert-failed = Demo: could not insert the card: { $error }
demo-faults-changed = Demo: the trainer changed the server's faults
demo-server-down = Demo: the simulated server is down
demo-server-back = Demo: the simulated server is back
demo-restart-failed = Demo: the simulator could not restart: { $error }

## The desk's runs: the board, the step list, card first, the PINs, resuming

board-title = Readers at work
card-changed-before-start = The card in { $reader } changed before the start; nothing was sent. Check the card and start again.
card-looking-up = Asking the server about this card…
card-lookup-failed = The server could not be asked about this card: { $error }
card-no-open-requests = No open request for this card.
card-open-request = { $kind } — { $status } — { $person }
card-open-requests = Open requests for this card (click one to select it):
card-owner = Card of { $person }
card-owner-not-listed = The server knows this card, but none of its requests is in the list.
card-smartcard-status = Smartcard { $smartcard }: { $status }
card-unknown-to-server = The CM server does not know this card: it is a new card.
confirm-enroll = Enroll
confirm-keep-card-enroll = The card is bound to this request and enrolled: keys, certificates, then the PIN. Keep it in the reader until the desk says it is finished.
confirm-keep-card-unblock = The card's PIN is reset. Keep the card in the reader until the desk says it is finished.
confirm-title-enroll = Enroll this card for { $person }?
confirm-title-unblock = Unblock { $person }'s card?
confirm-unblock = Unblock
detail-old-smartcard = Card to unblock (smartcard)
enroll-button = Enroll card…
final-abandon = Abandon the request
final-cancel = Cancel the request
final-explained-abandon = Request { $request } is marked Abandoned on the CM server. This cannot be undone here; the cardholder then needs a new request.
final-explained-cancel = Request { $request } is marked Canceled on the CM server. This cannot be undone here; the cardholder then needs a new request.
final-keep = Keep the request
final-title-abandon = Abandon { $person }'s request?
final-title-cancel = Cancel { $person }'s request?
journal-unfinished = Unfinished from an earlier session: { $person }'s request { $request } (card { $card }, was in { $reader }). Insert that card to resume it.
journal-unreadable = The list of unfinished enrollments could not be read: { $detail }
pin-at-reader = Card in { $reader }
pin-entry-cancel = Cancel
pin-entry-cancelled-line = The cardholder did not set a PIN for the card in { $reader }; the card keeps its PIN.
pin-entry-explained = Choose the PIN for your new card ({ $reader }). Only you will know it.
pin-entry-first = New PIN
pin-entry-ok = OK
pin-entry-rules = 6 to 8 characters: digits, letters or punctuation, no spaces.
pin-entry-second = Once more
pin-entry-set-line = The cardholder typed a new PIN for the card in { $reader }.
pin-entry-title = { $person }, please type your new PIN
request-status-failed = Could not mark request { $request } { $status ->
        [Abandoned] Abandoned
       *[other] Canceled
    }: { $error }
request-status-set = Request { $request } is marked { $status ->
        [Abandoned] Abandoned
       *[other] Canceled
    } on the CM server.
resume-button = Resume enrollment of { $person }
resume-explained = An earlier session did not finish this card (it stopped at “{ $step }”).
run-abandon-request = Abandon…
run-asks-for-pin = The cardholder is typing their PIN…
run-cancel = Cancel
run-cancel-request = Cancel request…
run-cancel-too-late = The PIN is being set: the run finishes on its own.
run-failed-at = Stopped at “{ $step }”
run-finished-enroll = Finished: the card is enrolled. Take it out of the reader.
run-finished-line-chosen = { $person }'s card in { $reader } is enrolled (smartcard { $smartcard }), with the PIN the cardholder chose
run-finished-line-pin = { $person }'s card in { $reader } is enrolled (smartcard { $smartcard }); its PIN is ready to hand over
run-finished-unblock = Finished: the card is unblocked. Take it out of the reader.
run-started-enroll = Enrolling card { $card } in { $reader } for { $person }'s request { $request }
run-started-unblock = Unblocking card { $card } in { $reader } for { $person }'s request { $request }
run-stopping = Stopping the card in { $reader } at its next step…
run-title-enroll = Enrolling { $person }'s card
run-title-unblock = Unblocking { $person }'s card
run-unblocked-line-chosen = { $person }'s card in { $reader } is unblocked (smartcard { $smartcard }), with the PIN the cardholder chose
run-unblocked-line-pin = { $person }'s card in { $reader } is unblocked (smartcard { $smartcard }); its new PIN is ready to hand over
run-where = { $reader } · { $time }
search-card-found = { $count ->
        [one] The server knows this card: its requests are shown.
       *[other] The server knows this card ({ $count } smartcards): their requests are shown.
    }
search-card-unknown = The CM server does not know a card with this id.
smartcard-status-active = Active
smartcard-status-assigned = Assigned
smartcard-status-disabled = Disabled
smartcard-status-new = New
smartcard-status-none = None
smartcard-status-retired = Retired
smartcard-status-suspended = Suspended
smartcard-status-unknown = Unknown ({ $code })
start-shortcut-hint = Enter
step-mark-done = done
step-mark-running = running
step-mark-stopped = stopped here
step-mark-to-do = to do
unblock-button = Unblock this card…
unfinished-drop = Apply and forget the card
unfinished-drop-explained = Card { $card } is bound to { $person }'s request { $request } (smartcard { $smartcard }), but its enrollment is not finished. These settings connect the desk anew, and the desk then forgets the card here (its next start offers it again). Keep it to try again first; or apply them, and check the request on the CM server.
unfinished-drop-title = Give up the unfinished card?
unfinished-dropped-line = The desk forgot smartcard { $smartcard } (request { $request }) before its enrollment finished. The card stays bound on { $server }: check the request there.
unfinished-keep = Keep the card
why-card-being-looked-up = Wait until the server has been asked about this card.
why-card-not-looked-up = The server could not be asked about this card; remove the card and insert it again.
why-reader-busy = A card is being worked on in { $reader }; wait until it has finished.
why-unblock-needs-card-id = This card's id cannot be read, so it cannot be checked against the request; insert the cardholder's own card.
why-wrong-card = This is not the card the request is for (it names smartcard { $smartcard }): insert the cardholder's own card.

## The command line (its --json output never changes with the language)

cli-error = error: { $message }
cli-no-server = no CM server given: add --server URL (or set ENROLL_DESK_SERVER)
cli-no-readers = No smart-card reader found: plug one in.
cli-reader-no-card = { $reader }: no card
cli-reader-card = { $reader }: card present, ATR { $atr }, card id { $card }
cli-reader-card-without-id = { $reader }: card present, ATR { $atr }, card id unknown
cli-card-id-not-read = warning: { $reader }: card id not read: { $error }
cli-request-left-out = enroll-desk: could not read { $what }; left out
cli-no-requests = No requests.
cli-column-request = REQUEST
cli-column-status = STATUS
cli-column-type = TYPE
cli-column-priority = PRI
cli-column-submitted = SUBMITTED (UTC)
cli-column-comment = COMMENT
cli-request-count = { $count } request(s)
cli-bound = Bound card { $card } to request { $request } as smartcard { $smartcard }.
cli-pin-label = PIN (shown once; hand it to the cardholder):

cli-enrolled = Enrolled card { $card } for request { $request }: { $status }
cli-enrolled-certificate = {"  "}slot { $slot }: { $subject } (serial { $serial })
cli-new-pin = Cardholder, type your new PIN (6 to 8 characters):{" "}
cli-new-pin-again = Type it again:{" "}
cli-new-pin-needed = enroll-desk: the template lets the cardholder choose the PIN, but there is no terminal to ask at; pass --new-pin-stdin and give the PIN twice on stdin
## The card's status words (ISO 7816-4)

sw-success = success
sw-data-corrupted = part of the data may be corrupted or missing
sw-memory-failure = the card's memory failed
sw-wrong-length = wrong length
sw-secure-messaging = secure messaging is not supported
sw-security-status = security status not satisfied (the card wants a PIN or authentication first)
sw-blocked = the card is blocked
sw-data-unusable = the referenced data is not usable
sw-conditions = conditions of use not satisfied
sw-not-allowed = command not allowed
sw-incorrect-data = incorrect data in the command
sw-function-unsupported = function not supported
sw-not-found = application or data object not found
sw-memory-full = not enough memory on the card
sw-incorrect-p1-p2 = incorrect P1 or P2
sw-referenced-data-missing = referenced data not found
sw-wrong-parameters = wrong parameters
sw-instruction-unsupported = instruction not supported
sw-class-unsupported = class not supported
sw-internal-error = the card reported an internal error
sw-verification-failed = verification failed
sw-execution-error = the card's state did not change (execution error)
sw-unexpected = unexpected status

## How the desk signs in (status bar)

sign-in-token-or-kerberos = bearer token, or Kerberos if asked
sign-in-kerberos-if-asked = Kerberos if asked
sign-in-kerberos = Kerberos
sign-in-bearer = bearer token
sign-in-none = no credentials

## Starting the desk

session-demo-failed = the demo simulator could not start: { $error }
session-worker-failed = the desk's worker could not start: { $error }

## Saving files

export-dialog-failed = could not open the file dialog: { $error }
export-write-failed = could not write { $path }: { $error }

## Training: the lessons of demo mode and the classroom

training-button = Training
training-button-hint = Lessons that teach the job on this demo desk, step by step (F1)
training-title = Training
training-intro = Each lesson sets up the demo and guides you. A step ticks when you have really done it on the desk; a wrong move is noted, not blocked.
training-start = Start
training-starting = Setting up the lesson…
training-start-failed = The lesson could not be set up: { $error }
training-call-failed = The simulator did not take the lesson's call: { $error }
training-busy = Finish or cancel what the desk is doing first.
training-stop = Stop lesson
training-steps-progress = Step { $done } of { $total }
training-step-done = Done: { $step }
training-step-now = Now: { $step }
training-your-request = Your cardholder today: { $person }
training-card-label = The card's printed label reads: { $id }
training-mistakes-title = Noted
training-answer-right = Right.
training-answer-wrong = Not quite.
training-done-title = Lesson finished: { $lesson }
training-done-time = Time: { $minutes } min { $seconds } s
training-done-steps = Steps done: { $done } of { $total }
training-done-mistakes = { $count ->
    [0] No mistakes noted.
    [one] One mistake noted:
   *[other] { $count } mistakes noted:
}
training-done-logged = Saved to the training log.
training-done-log-failed = The training log could not be written: { $error }
training-back = Back to the lessons
training-again = Try it again
training-line-started = Training: lesson "{ $lesson }" started
training-line-finished = Training: lesson "{ $lesson }" finished, { $done } of { $total } steps, { $mistakes } noted
training-server-back = Training: the lesson turned the server's REST API back on. Refresh the list.
training-classroom-badge = CLASSROOM
training-queue = Then in line: { $people }
training-counter = Cards the cardholder handed you:
training-counter-card = Insert card { $number }
training-counter-card-hint = Goes into the reader you chose, or the first empty one. Remove it from the reader and it comes back here.
training-no-empty-reader = Training: every reader holds a card. Remove one first.

training-lesson-first-enrollment = Your first enrollment
training-lesson-first-enrollment-intro = A cardholder stands at your desk with a new card. Enroll the card for their request and hand over the PIN the server proposes.
training-lesson-card-without-id = A card without an id
training-lesson-card-without-id-intro = Some cards have no readable card id. You type it from the label printed on the card.
training-lesson-server-says-no = The server says no
training-lesson-server-says-no-intro = The CM server refuses the enrollment (403 Forbidden). Learn what to tell the cardholder and who to call.
training-lesson-pulled-after-bind = The card is pulled after binding
training-lesson-pulled-after-bind-intro = The cardholder takes the card out while the desk is still working. The card is bound, the enrollment stops: put the same card back and try again.
training-lesson-cardholder-chooses = The cardholder chooses the PIN
training-lesson-cardholder-chooses-intro = For some profile templates the server proposes no PIN: the cardholder types their own, at your desk.
training-lesson-server-down = The server is down or its REST API is off
training-lesson-server-down-intro = The desk cannot list the requests. Learn how it says so and what to check.
training-lesson-forgot-pin = A cardholder forgot the PIN
training-lesson-forgot-pin-intro = A cardholder is back: they entered a wrong PIN too often and their card is blocked. An Unblock request waits for their card. Make sure it really is their card, unblock it and hand over the new PIN.
training-lesson-enrollment-day = Enrollment day
training-lesson-enrollment-day-intro = Three cardholders queue at your desk, and each card takes a while to make its keys. Start the next card while the last one is still working, and hand each PIN to the right person, one at a time.

training-step-choose-request = Find the cardholder's request in the table and select it.
training-step-choose-request-why = Search by name (Ctrl+F). Check the whole name and department: another person may share the first name.
training-step-insert-card = Insert the card: click "Insert card" under a demo reader.
training-step-insert-card-why = The desk reads the card's id as soon as the card is in; the detail panel shows it.
training-step-insert-card-without-id = Insert the card without an id: click "Insert card without id" under a demo reader.
training-step-insert-card-without-id-why = The desk cannot read an id from this card, so it asks you to type one.
training-step-type-card-id = Type the card id from the card's label into the detail panel.
training-step-type-card-id-why = The id you type is bound to the request. A wrong id binds a card that does not exist; check every group of characters.
training-step-check-confirmation = Click "Enroll card" (or press Enter) and read the confirmation.
training-step-check-confirmation-why = The confirmation names the person, the reader and the card. Check them against the person in front of you before you confirm.
training-step-enroll = Confirm with "Enroll".
training-step-enroll-why = The server records the card for this request and the desk puts its keys and certificates on it; from now on it belongs to this cardholder.
training-step-read-pin = Wait for the PIN window, then read the PIN aloud to the cardholder.
training-step-read-pin-why = The PIN is shown once. Read it in its groups; do not write it down or copy it.
training-step-hand-over = When the cardholder has noted the PIN, confirm the hand-over.
training-step-hand-over-why = Confirming closes the window and the PIN is gone for good. Give the cardholder time first.
training-step-refused = Enroll the card and read what the desk says.
training-step-refused-why = A 403 means the server does not allow this enrollment. Nothing was bound; the card is still blank.
training-step-quiz-forbidden = Answer: what do you tell the cardholder?
training-step-quiz-forbidden-why = Your answer is what the cardholder hears; choose what you would really say.
training-step-pull-during-enrollment = Enroll the card, and while the desk says "Bind the card to the request…", remove the card.
training-step-pull-during-enrollment-why = This lesson's server answers slowly so you can try it. At a real desk, keep the card in until the desk says it is finished.
training-step-stopped-bound = Read what the desk says: the enrollment stopped with the card bound.
training-step-stopped-bound-why = The bind is done on the server. The enrollment goes on with the same card; another card would be refused.
training-step-put-card-back = Put the same card back ("Put the card back" under the reader), then click "Try again".
training-step-put-card-back-why = The desk finds the request already bound to this card and goes on where it stopped, up to the PIN.
training-step-cardholder-chooses = Enroll the card; when the desk asks for the cardholder's PIN, turn the screen to them.
training-step-cardholder-chooses-why = The server proposes no PIN: the profile template lets the cardholder choose it, here at the desk.
training-step-cardholder-sets-pin = Let the cardholder type their new PIN twice and click OK.
training-step-cardholder-sets-pin-why = Only the cardholder knows this PIN: look away, and never type it for them.
training-step-quiz-cardholder-chooses = Answer: what do you tell the cardholder?
training-step-quiz-cardholder-chooses-why = The cardholder leaves with a PIN only they know; they need to know how to keep it.
training-step-refresh-list = Refresh the list (F5 or "Refresh requests").
training-step-refresh-list-why = Watch what the desk says when the server does not answer as it should.
training-step-quiz-api-off = Answer: what do you check or ask for?
training-step-quiz-api-off-why = The message names the cause; the right person fixes it.
training-step-open-settings = Open the settings and check the server address.
training-step-open-settings-why = A mistyped address looks just like a server that is off. The lesson turns the REST API back on now.
training-step-refresh-again = Refresh the list again.
training-step-refresh-again-why = With the REST API back on, the requests load.
training-step-forgot-read-owner = Insert the card the cardholder hands you ("Insert card 1" in the lesson) and read whose it is in the detail panel.
training-step-forgot-read-owner-why = The desk asks the CM server about every card it reads: whose card it is, its status and its open requests.
training-step-quiz-not-their-card = Answer: whose card is this, and what do you do?
training-step-quiz-not-their-card-why = Compare the owner's whole name with your cardholder's. The desk offers no Unblock for this card: no request is open for it.
training-step-forgot-own-card = Remove that card and insert the cardholder's own ("Insert card 2"); read whose it is.
training-step-forgot-own-card-why = Their own card shows their name, its status and the open Unblock request.
training-step-forgot-pick-request = Click the Unblock request under "Open requests for this card".
training-step-forgot-pick-request-why = Picked from the card's own requests, it is the request made for this very card.
training-step-forgot-unblock = Click "Unblock this card…" and confirm with "Unblock".
training-step-forgot-unblock-why = The desk works out the card's PUK from its admin key, sets the new PIN and checks it. The certificates on the card stay as they are.
training-step-forgot-read-pin = Wait for the PIN window, then read the new PIN aloud to the cardholder, once.
training-step-forgot-read-pin-why = The new PIN is shown once. Read it in its groups; do not write it down or copy it.
training-step-forgot-completed = Check the request: it is Completed.
training-step-forgot-completed-why = The desk marked the Unblock request Completed before it showed the PIN. The card works again with the new PIN.
training-step-day-first-card = Enroll the first cardholder's card from the keyboard: Ctrl+F and their name, Enter selects the request, insert a card, Enter, then confirm.
training-step-day-first-card-why = The keyboard saves time on a busy day. The card now makes its keys; the board "Readers at work" above the list shows how far it is.
training-step-day-next-card = While the first card still makes its keys, start the next cardholder's card in another reader.
training-step-day-next-card-why = Each reader runs its own enrollment. You need not wait: a slow card holds up no other.
training-step-day-every-card = Start the card of every cardholder in line.
training-step-day-every-card-why = The board shows each reader's cardholder, step and time. A failed card says why and offers "Try again".
training-step-day-pins-one-by-one = Hand over each PIN: read it to the person the window names, wait until they have noted it, then confirm.
training-step-day-pins-one-by-one-why = Only one PIN window is on screen at a time; the next comes after "PIN handed over — close". Check the name and the reader in the window, so the right person hears the right PIN.
training-step-day-all-completed = Check the requests: every one is Completed.
training-step-day-all-completed-why = Each card's request was marked Completed before its PIN was shown. A finished card says so on the board until you remove it.

training-mistake-wrong-request = You enrolled another person's request. That person's request now has a card that is not theirs: tell the CM administrator at once so it can be revoked.
training-mistake-wrong-card-id = The card id you entered is not the one on the label. The server now expects a card that does not exist; the request must be reset by the CM administrator.
training-mistake-card-pulled-early = The card was removed while the desk was still working with it. Keep the card in until the desk says it is finished.
training-mistake-not-pulled-in-time = The PIN came before the card was pulled: this lesson needs the card removed while the desk says "Bind the card to the request…". Click "Stop lesson" and try again.
training-mistake-handed-over-too-soon = The hand-over was confirmed within seconds. The cardholder may not have noted the PIN, and it cannot be shown again.
training-mistake-pin-timed-out = The PIN window ran out before the hand-over. The PIN is gone; the card must be reset and enrolled again.
training-mistake-wrong-answer = A question was answered wrong first. Read why below each choice.
training-mistake-wrong-card = A card that is not the cardholder's was used for their request. Tell the CM administrator at once.

training-quiz-forbidden = The server refused the enrollment (403). What do you tell the cardholder?
training-quiz-forbidden-0 = "Your card is broken; here is a new one."
training-quiz-forbidden-0-why = The card is fine: the server refused, the card was never touched. A new card would be refused too.
training-quiz-forbidden-1 = "The server did not allow this enrollment yet. Nothing is wrong with you or your card; I will ask the CM administrator and call you."
training-quiz-forbidden-1-why = Right: a 403 is a permission on the server (your rights as officer, or the request's state). The CM administrator can check it.
training-quiz-forbidden-2 = "Let me try a few more times."
training-quiz-forbidden-2-why = The server will refuse every time until a permission changes; retrying only fills the audit trail.
training-quiz-cardholder-chooses = The server proposes no PIN for this card. What do you tell the cardholder?
training-quiz-cardholder-chooses-0 = "Your PIN is 0000 until you change it."
training-quiz-cardholder-chooses-0-why = There is no PIN from the server, and never make one up: a guessed PIN is no protection.
training-quiz-cardholder-chooses-1 = "Come back tomorrow for your PIN."
training-quiz-cardholder-chooses-1-why = No PIN will come from the server for this card; the template leaves it to the cardholder.
training-quiz-cardholder-chooses-2 = "Type a PIN of your own on this screen, twice. Choose one only you know, and never write it on the card."
training-quiz-cardholder-chooses-2-why = Right: with this profile template the cardholder chooses the PIN, here at the desk.
training-quiz-api-off = Every address answers 404. What do you check or ask for?
training-quiz-api-off-0 = Check the server address in the settings, then ask the CM administrator to enable the CM REST API.
training-quiz-api-off-0-why = Right: a CM server answers 404 everywhere while its REST API is off; a wrong address looks the same.
training-quiz-api-off-1 = Reinstall enroll-desk.
training-quiz-api-off-1-why = The desk is fine: it reached a web server and told you what it answered.
training-quiz-api-off-2 = Ask the cardholder for another card.
training-quiz-api-off-2-why = The card plays no part yet: the desk cannot even list the requests.
training-quiz-not-their-card = The desk says this is someone else's card, with no request open for it. What do you do?
training-quiz-not-their-card-0 = "I will unblock it anyway: the cardholder is standing right here."
training-quiz-not-their-card-0-why = It is not their card, and the desk offers no Unblock for it: the Unblock request is for the cardholder's own card.
training-quiz-not-their-card-1 = "This card is not yours. Do you have your own card with you?" — and hand it back.
training-quiz-not-their-card-1-why = Right: an Unblock is only for the card the request names. Colleagues' cards get mixed up; the owner's name in the panel tells you.
training-quiz-not-their-card-2 = Enroll a new card for the cardholder instead.
training-quiz-not-their-card-2-why = A new card needs its own approved request, and their blocked card would stay blocked. The Unblock request waits for their own card.

## The trainer's console of `enroll-desk sim --classroom`

classroom-trainer-key = Trainer key, for the classroom's report (keep it to yourself): { $key }
classroom-desk-joined = Desk "{ $desk }" joined the classroom ({ $count } of { $max } places taken).
classroom-desk-left-idle = Desk "{ $desk }" gave up its place after { $hours } hours without a call.
classroom-full = The classroom is full ({ $max } desks): a desk that tried to join was refused. Start the simulator with a larger --max-desks to take more.

## Site settings: the machine-wide file IT lays down (site.toml)

site-broken-at-line = the site settings file { $path } has a mistake on line { $line } ({ $text }): { $problem }. Until your IT department corrects it, the desk contacts no server.
site-broken = the site settings file { $path } cannot be used: { $problem }. Until your IT department corrects it, the desk contacts no server.
site-problem-unreadable = it cannot be read ({ $detail })
site-problem-syntax = { $detail }
site-problem-not-one-of = { $key } = "{ $value }" is not one of: { $allowed }
site-problem-bad-server = server = "{ $value }" is not an address the desk can use: { $reason }
site-problem-relative-path = { $key } = "{ $value }" must be a full path
site-problem-no-machine-folder = Windows cannot say where its ProgramData folder is ({ $detail })
site-setting-server = the CM server
site-setting-sign-in = the sign-in method
site-setting-ca-file = the CA certificate file
site-setting-challenge = the challenge
site-locked-flag-or-env = { $setting } is set by your IT department ({ $value }, in { $path }), so { $flag } cannot change it. Leave out { $flag } and the environment variable { $env }.
site-locked-flag = { $setting } is set by your IT department ({ $value }, in { $path }), so { $flag } cannot change it. Leave out { $flag }.
site-demo-off = demo mode and training are turned off on this computer by your IT department ({ $path }). Work against the CM server; if none is set, ask your IT department for its address.
settings-locked-by-site = Set by your IT department
settings-locked-by-site-hint = In { $path }; only an administrator can change it.

## Checking this desk (enroll-desk doctor, and the status bar's window)

doctor-button = Check this desk…
doctor-button-hint = Checks the smart-card service, readers, server, certificate, sign-in, clock, settings and audit trail
doctor-title = Check this desk
doctor-running = Checking…
doctor-run-again = Check again
doctor-close = Close
doctor-outcome-pass = OK
doctor-outcome-fail = Failed
doctor-outcome-skipped = Not checked
doctor-line = { $mark } { $title }: { $detail }
doctor-line-fix = { $mark } { $title }: { $detail } → { $fix }
doctor-all-passed = All { $count } checks passed.
doctor-some-failed = { $failed } of { $count } checks failed.
doctor-site-title = Site settings
doctor-site-absent = none ({ $path } does not exist): every setting is your own
doctor-site-read = { $path } is read; it sets: { $settings }
doctor-site-fix = Ask your IT department to correct the file.
doctor-site-writable = { $path } can be changed by you, so it fixes nothing: only administrators may write it
doctor-site-writable-fix = Ask your IT department to make the file writable by administrators only.
doctor-settings-title = Your settings
doctor-settings-no-desk = not checked: this enroll-desk was built without the desk window
doctor-settings-none-yet = none yet ({ $path }): the desk starts with its defaults
doctor-settings-read = { $path } is read
doctor-settings-unreadable = { $path } cannot be read ({ $detail }); the desk starts with its defaults instead
doctor-settings-fix = Open Settings and apply them to write the file anew, or move the file aside.
doctor-audit-title = Audit trail
doctor-audit-nowhere = this computer has no folder for the audit trail (no home folder), so the desk keeps none
doctor-audit-writable = it can be written in { $dir }
doctor-audit-not-writable = it cannot be written in { $dir } ({ $detail })
doctor-audit-fix = Ask your IT department to let officers write to this folder, or to set audit_dir in the site settings.
doctor-pcsc-title = Smart-card service
doctor-pcsc-running = running
doctor-readers-title = Readers and cards
doctor-skipped-no-service = not checked: the smart-card service is not running
doctor-no-reader = no smart-card reader is connected
doctor-no-reader-fix = Plug in a reader; if one is plugged in, unplug it and plug it in again.
doctor-no-card = { $count ->
    [one] the reader has no card in it
   *[other] none of the { $count } readers has a card in it
}
doctor-no-card-fix = Insert a card to check that the reader sees it.
doctor-card-in-reader = a card in { $reader } (ATR { $atr })
doctor-readers-found = { $count ->
    [one] 1 reader
   *[other] { $count } readers
}; { $cards }
doctor-address-title = Server address
doctor-server-demo = not checked: the desk is in demo mode, with its own simulated server
doctor-server-blocked = not checked: the site settings file must be corrected first
doctor-server-not-set = no CM server is set
doctor-server-not-set-fix = Enter the server in Settings, or ask your IT department for it.
doctor-skipped-no-server = not checked: the server cannot be found
doctor-address-found = { $host } is { $address }
doctor-address-unknown = { $host } cannot be found ({ $detail })
doctor-address-fix = Check the server's name in Settings, and this computer's network connection (and VPN).
doctor-answers-title = Server answers
doctor-answers-status = it answers (HTTP { $status })
doctor-answers-handshake = it answers, but the secure connection failed (below)
doctor-skipped-no-answer = not checked: the server does not answer
doctor-tls-title = Secure connection
doctor-tls-trusted = the server's certificate is valid and trusted
doctor-tls-loopback = plain http to this computer: no certificate needed
doctor-tls-failed = { $detail }
doctor-tls-fix = If your site uses its own CA, choose its certificate in Settings (CA certificate file) or ask your IT department to set it; otherwise tell the CM administrator.
doctor-skipped-no-trust = not checked: the connection to the server is not trusted
doctor-sign-in-title = Sign-in
doctor-sign-in-failed = signing in with { $method } failed: { $error }
doctor-signed-in-kerberos = signed in as { $account } with Kerberos
doctor-signed-in-ntlm = signed in as { $account } with NTLM
doctor-signed-in-bearer-as = signed in as { $account } with a bearer token
doctor-signed-in-bearer = signed in with a bearer token
doctor-signed-in-anonymous = the server let the desk in without asking who it is ({ $method })
doctor-clock-title = Clock
doctor-clock-unknown = not checked: the server did not say its time
doctor-clock-ok = { $seconds } s from the server's clock
doctor-clock-ahead = this computer's clock is { $minutes } minutes ahead of the server's; Kerberos allows 5
doctor-clock-behind = this computer's clock is { $minutes } minutes behind the server's; Kerberos allows 5
doctor-clock-fix = Correct this computer's date, time and time zone (or let it set them automatically), then try again.
