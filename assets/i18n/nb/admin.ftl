# HRs sider (/admin). Nøklene er de samme på da, nb og en.

## Navigasjon og felles ord
admin-nav-label = Administrasjon
admin-nav-surveys = Undersøkelser
admin-nav-audit = Handlingslogg
admin-signed-in-as = Logget inn som
admin-sign-out = Logg ut
admin-back-to-surveys = Tilbake til undersøkelsene
admin-back-to-survey = Tilbake til undersøkelsen
admin-form-has-problems = Rett opp følgende:
admin-save = Lagre
admin-cancel = Avbryt
admin-add = Legg til
admin-rename = Gi nytt navn
admin-remove = Fjern
admin-total = Totalt
admin-line = Linje { $line }:
admin-status = Status
admin-status-draft = Utkast
admin-status-open = Åpen
admin-status-closed = Lukket

## Oppsett og innlogging
admin-setup-title = Sett opp Stemme
admin-setup-intro = Velg navn og passord for den første administratoren. Siden virker bare én gang: deretter legges flere administratorer til med kommandoen stemme admin create.
admin-setup-code = Oppsettskode
admin-setup-code-hint = Fylles ut automatisk når du åpner lenken som stemme serve skrev ut. Ellers kan du kopiere delen etter «#token=» hit.
admin-setup-submit = Opprett administratoren og logg inn
admin-setup-already-done = Stemme er allerede satt opp: det finnes en administrator. Logg inn i stedet, eller be en administrator om å opprette en konto for deg.
admin-sign-in-title = Logg inn
admin-sign-in-intro = For ansatte i HR og kommunikasjon som styrer undersøkelsene. Ansatte som svarer på en undersøkelse, skal ikke logge inn.
admin-sign-in = Logg inn
admin-sign-in-required = Logg inn for å fortsette.
admin-username = Brukernavn
admin-password = Passord
admin-new-password = Nytt passord
admin-repeat-password = Samme passord igjen
admin-password-hint = Minst { $min } tegn. En setning av noen vanlige ord er lang og lett å huske.

## Listen over undersøkelser
admin-surveys-title = Undersøkelser
admin-new-survey = Ny undersøkelse
admin-no-surveys = Det finnes ingen undersøkelser ennå. Opprett den første for å komme i gang.
admin-title = Tittel
admin-departments = Avdelinger
admin-department = Avdeling
admin-invites-made = Invitasjoner
admin-tokens-issued = Har begynt å svare
admin-responses-received = Har svart

## Opprett en undersøkelse
admin-title-hint = De ansatte ser denne tittelen, for eksempel «Sosiale medier hos Nordlys».
admin-departments-hint = Én avdeling per linje. Resultatene vises per avdeling, så hver ansatt bør høre til nøyaktig én.
admin-k-label = Minste gruppestørrelse (k)
admin-k-hint = Ingen resultater beskriver færre enn k personer. Minst { $min }; 5 er et godt valg.
admin-questionnaire = Spørreskjema
admin-questionnaire-default = Det innebygde spørreskjemaet om sosiale medier og ansatte som ambassadører (anbefales)
admin-questionnaire-upload = Min egen spørreskjemafil
admin-questionnaire-file = Spørreskjemafil (TOML)
admin-questionnaire-file-hint = Trengs bare for et eget spørreskjema. Formatet er beskrevet i docs/questionnaire.md.
admin-questionnaire-problems = Spørreskjemafilen har disse feilene:
admin-create-draft = Opprett utkastet

## Én undersøkelse
admin-survey-id = Undersøkelsens id:
admin-employee-link = De ansatte svarer på
admin-participation = Deltakelse
admin-participation-caption = Deltakelse per avdeling
admin-participation-draft = Ingen kan svare før undersøkelsen er åpnet.
admin-participation-open = Mens undersøkelsen er åpen, ser du bare hvor mange som har deltatt, aldri hva noen har svart.
admin-participation-closed = Undersøkelsen er lukket: det kan ikke lenger svares.
admin-bar-label = Andel av invitasjonene
admin-in-results = I resultatene
admin-placement-shown = Vises for seg
admin-placement-pooled = Slås sammen i «{ results-other-departments }»
admin-placement-suppressed = Skjult: for få svar
admin-placement-empty = Ingen svar ennå
admin-k-heading = Minste gruppestørrelse
admin-k-explained = k = { $k }: ingen resultater beskriver færre enn { $k } personer. En avdeling med færre svar slås sammen med andre i «{ results-other-departments }», og er også den gruppen for liten, skjules den, slik at ingens svar kan pekes ut.
admin-departments-draft-only = Avdelingene kan bare endres mens undersøkelsen er et utkast.
admin-remove-warning = { $count ->
        [one] Slett også avdelingens ene invitasjon: en kode som allerede er delt ut, slutter å virke.
       *[other] Slett også avdelingens { $count } invitasjoner: koder som allerede er delt ut, slutter å virke.
    }
admin-new-department = Ny avdeling
admin-invites = Invitasjoner
admin-codes-once = Kodene vises bare én gang. Stemme lagrer bare et fingeravtrykk av hver kode og kan aldri vise den igjen: lagre filen eller skriv ut arket med en gang.
admin-invite-count = Antall invitasjoner
admin-invite-format = Format
admin-format-slips = Et ark med lapper som skrives ut og deles ut (A4, 8 lapper per side, hver med en QR-kode)
admin-format-csv = En CSV-fil til e-postfletting (avdeling, kode, lenke)
admin-make-invites = Lag invitasjoner
admin-life-cycle = Åpne og lukke
admin-open-explained = Når undersøkelsen åpnes, lages det en nøkkel for hver avdeling. Deretter kan de ansatte svare, og avdelingene kan ikke lenger endres.
admin-open = Åpne undersøkelsen
admin-close-explained = Lukk undersøkelsen når nok har svart. Lukkingen er endelig.
admin-close-ellipsis = Lukk undersøkelsen …
admin-closed-explained = Undersøkelsen er lukket, og de private nøklene er slettet. Resultatene bygger på svarene som er mottatt.
admin-done-created = Undersøkelsen er opprettet som utkast. Sjekk avdelingene, og lag så invitasjoner.
admin-done-opened = Undersøkelsen er åpen: invitasjonene kan nå brukes.
admin-done-closed = Undersøkelsen er lukket, og de private nøklene er slettet.
admin-done-departments = Avdelingene er endret.
admin-done-settings = Minste gruppestørrelse er lagret.

## Lukking
admin-close-title = Lukke «{ $title }»?
admin-close-final = Lukkingen er endelig og kan ikke angres.
admin-close-keys = Undersøkelsens private nøkler slettes: Det kan aldri mer utstedes billetter.
admin-close-invites = Ingen kan svare lenger; ubrukte invitasjoner slutter å virke.
admin-close-results = De samlede resultatene blir tilgjengelige.
admin-close-confirm = Jeg forstår at lukkingen ikke kan angres.
admin-close-submit = Lukk undersøkelsen for godt

## Lapper
admin-slips-title = Invitasjonslapper: { $department }
admin-slips-intro = { $count ->
        [one] Én lapp
       *[other] { $count } lapper
    } på { $pages ->
        [one] én A4-side
       *[other] { $pages } A4-sider
    }. Skriv ut siden nå (Ctrl+P eller ⌘P): Kodene vises bare én gang og kan ikke vises igjen. Klipp langs de stiplede linjene, og del ut lappene tilfeldig.
admin-slip-qr = QR-kode med invitasjonslenken
admin-slip-help = Skann koden, eller gå til denne adressen og skriv inn koden:

## Handlingslogg
admin-audit-title = Handlingslogg
admin-audit-intro = Hva administratorene har gjort, og når. Loggen viser bare HRs handlinger, aldri noe om de ansatte eller svarene deres.
admin-audit-when = Når
admin-audit-who = Hvem
admin-audit-what = Hva
admin-audit-survey = Undersøkelse
admin-audit-detail = Detaljer
admin-actor-command-line = (kommandolinjen)
admin-action-account-created = Opprettet en konto
admin-action-signed-in = Logget inn
admin-action-signed-out = Logget ut
admin-action-survey-created = Opprettet en undersøkelse
admin-action-departments-changed = Endret avdelinger
admin-action-settings-changed = Endret en innstilling
admin-action-invites-created = Laget invitasjoner
admin-action-survey-opened = Åpnet en undersøkelse
admin-action-survey-closed = Lukket en undersøkelse

## Feil
admin-error-cross-site = Forespørselen ble avvist fordi den ikke kom fra Stemmes egne sider. Gå tilbake, last inn siden på nytt og prøv igjen.
admin-error-bad-form = Skjemaet kunne ikke leses. Last inn siden på nytt og prøv igjen.
admin-error-survey-not-found = Den undersøkelsen finnes ikke.
admin-error-department-not-found = Undersøkelsen har ingen avdeling som heter «{ $name }».
admin-error-wrong-status = Det går ikke mens undersøkelsens status er «{ $status }».
admin-error-questionnaire = Spørreskjemafilen er ikke gyldig; se feilene nedenfor.
admin-error-title-empty = Gi undersøkelsen en tittel.
admin-error-title-too-long = Tittelen kan ha høyst { $max } tegn.
admin-error-department-empty = En avdeling må ha et navn.
admin-error-department-too-long = Et avdelingsnavn kan ha høyst { $max } tegn.
admin-error-control-character = Navn kan ikke inneholde kontrolltegn som tabulatorer.
admin-error-departments-none = Oppgi minst én avdeling.
admin-error-departments-too-many = En undersøkelse kan ha høyst { $max } avdelinger.
admin-error-department-twice = «{ $name }» står der to ganger.
admin-error-k-too-small = Minste gruppestørrelse må være minst 3.
admin-error-k-too-large = Minste gruppestørrelse kan være høyst 100.
admin-error-k-number = Oppgi minste gruppestørrelse som et helt tall, minst { $min }.
admin-error-invite-count = Oppgi et antall invitasjoner fra 1 til { $max }.
admin-error-no-file = Velg en spørreskjemafil, eller bruk det innebygde spørreskjemaet.
admin-error-not-utf8 = Spørreskjemafilen må være en tekstfil i UTF-8.
admin-error-upload = Skjemaet kunne ikke leses. Er filen større enn { $kib } KiB?
admin-error-confirm-remove = Kryss av for å bekrefte at avdelingens invitasjoner blir slettet.
admin-error-confirm-close = Kryss av for å bekrefte at du vil lukke undersøkelsen for godt.
admin-error-wrong-credentials = Brukernavnet eller passordet er feil.
admin-error-throttled = For mange mislykkede forsøk. Vent { $minutes } minutter og prøv igjen.
admin-error-busy = Det er mange innloggingsforsøk akkurat nå. Vent et øyeblikk og prøv igjen.
admin-error-username-length = Et brukernavn har { $min } til { $max } tegn.
admin-error-username-character = Et brukernavn kan ikke inneholde mellomrom.
admin-error-password-short = Passordet må ha minst { $min } tegn.
admin-error-password-long = Passordet kan ha høyst { $max } tegn.
admin-error-passwords-differ = De to passordene er forskjellige. Skriv det samme passordet to ganger.
admin-error-name-taken = Det finnes allerede en konto som heter «{ $name }».
admin-error-setup-refused = Denne oppsettslenken kan ikke brukes: den er allerede brukt, eller serveren har skrevet ut en nyere. Finnes det en administrator, logg inn i stedet.
admin-error-invites-resubmitted = Dette invitasjonsskjemaet er allerede brukt eller har gått ut, så det ble ikke laget nye invitasjoner. Kodene fra den runden ble bare vist én gang, i svaret du fikk da. Fyll ut skjemaet nedenfor for å lage flere invitasjoner.

# HR meets it: invites in a row, slips, preview, opening, batches.
admin-placement-pooled-all = Vises sammen med de andre (hver har færre enn k svar)
admin-open-ellipsis = Åpne undersøkelsen …
admin-open-title = Åpne «{ $title }»?
admin-open-what = Når undersøkelsen åpnes, starter den for alvor:
admin-open-keys = { $count ->
        [one] Det lages en nøkkel til avdelingen; hvert svar teller i avdelingen hvis nøkkel det bærer.
       *[other] Det lages en nøkkel til hver av de { $count } avdelingene; hvert svar teller i avdelingen hvis nøkkel det bærer.
    }
admin-open-locked = Avdelinger kan ikke lenger legges til, gis nytt navn eller fjernes.
admin-open-answering = Ansatte med en invitasjon kan svare fra nå av.
admin-open-departments = Avdelinger og invitasjonene som er laget så langt
admin-open-confirm = Jeg har sjekket avdelingene.
admin-error-confirm-open = Kryss av for å bekrefte at avdelingene er riktige.
admin-close-still-answering = { $count ->
    [one] Én person har begynt og har ikke sendt svarene sine ennå. Lukker du nå, kan vedkommende ikke lenger sende dem.
   *[other] { $count } personer har begynt og har ikke sendt svarene sine ennå. Lukker du nå, kan de ikke lenger sende dem.
}
admin-error-confirm-void = Kryss av for å bekrefte at invitasjonene slutter å virke.
admin-error-batch-not-found = Undersøkelsen har ingen slik runde med invitasjoner.
admin-done-voided = Rundens ubrukte invitasjoner virker ikke lenger.
admin-preview = Se spørreskjemaet
admin-preview-banner = Forhåndsvisning: slik ser de ansatte spørsmålene. Ingenting her sendes, og ingen invitasjon brukes.
admin-preview-no-send = Send (ikke i forhåndsvisningen)
admin-invites-all-departments = Alle avdelinger (så mange til hver)
admin-invites-all-hint = «Alle avdelinger» lager én CSV-fil med en runde til hver avdeling.
admin-slip-language = Språk på lappene
admin-csv-style = Regneark
admin-csv-nordic = Excel på norsk eller dansk (semikolon)
admin-csv-plain = Excel på engelsk eller andre programmer (komma)
admin-invites-file = invitasjoner
admin-invites-file-all = alle-avdelinger
admin-batches = Runder med invitasjoner
admin-batches-explained = Invitasjoner lages i runder. Er en runde gått tapt (lapper som aldri ble skrevet ut, en slettet fil), gjør de ubrukte invitasjonene ugyldige: kodene slutter å virke med en gang. Brukte invitasjoner berøres ikke.
admin-batch-number = Runde
admin-batch-format = Format
admin-batch-format-csv = CSV-fil
admin-batch-format-slips = Lapper
admin-batch-made-by = Laget av
admin-batch-made = Invitasjoner
admin-batch-used = Brukt
admin-batch-void = Gjør ubrukte ugyldige
admin-batch-void-confirm = { $count ->
        [one] Gjør den ene ubrukte invitasjonen ugyldig
       *[other] Gjør de { $count } ubrukte invitasjonene ugyldige
    }
admin-batch-voided = { $count ->
        [one] 1 gjort ugyldig
       *[other] { $count } gjort ugyldige
    }
admin-action-invites-voided = Gjorde invitasjoner ugyldige

## Avdelingenes nøkler, som de ansatte kan sammenligne (undersøkelsens side, lapper)
admin-keys = Avdelingenes nøkler
admin-keys-hint = Hver avdelings billetter stemples med avdelingens egen nøkkel. De ansatte ser den korte nøkkelen til avdelingen sin på undersøkelsens side og kan sammenligne den med denne listen. Lapper og lenker som er laget etter at undersøkelsen ble åpnet, har nøkkelen med, så man kan sammenligne med lappen, og siden sammenligner selv med lenken. Ser noen en annen nøkkel for avdelingen sin, er anonymiteten til svaret deres i fare: Finn ut hvorfor.
admin-slip-key = Nøkkel:

## Avdelinger som ligner hverandre, og små avdelinger (regel P10, issue 19)
admin-error-department-invisible = Et avdelingsnavn kan ikke inneholde usynlige tegn eller formateringstegn (for eksempel et mellomrom uten bredde): Man ville sett ett navn der det er to.
admin-error-department-look-alike = «{ $name }» er til forveksling lik «{ $other }». De ansatte ville ikke kunne se forskjell på de to avdelingene, og et svar i feil avdeling ville stått helt alene. Velg et navn som ser annerledes ut.
admin-error-too-few-invites = Noen avdelinger har færre invitasjoner enn minste gruppestørrelse ({ $k }), så svarene deres ville stått for seg selv: { $departments } Slå dem sammen med en annen avdeling nedenfor, eller lag flere invitasjoner, før du åpner undersøkelsen.
admin-small-departments = For få invitasjoner til å åpne
admin-small-department = { $invites ->
        [one] { $department } har 1 invitasjon, færre enn { $k }.
       *[other] { $department } har { $invites } invitasjoner, færre enn { $k }.
    }
admin-merge-into = Slå { $department } sammen med
admin-merge = Slå sammen
admin-error-too-few-invites-open = { $department } ville hatt { $invites } invitasjoner, færre enn minste gruppestørrelse ({ $k }), og svarene fra avdelingen ville stått for seg selv. I en åpen undersøkelse har en avdeling enten ingen invitasjoner eller minst { $k }: Lag minst { $k } i den første runden, og gjør en runde ugyldig bare hvis det er minst { $k } igjen.

## Gjenoppretting fra en sikkerhetskopi, og koder brukt fra én adresse (issue 19)
admin-action-backup-restored = Gjenopprettet fra en sikkerhetskopi
admin-action-codes-from-one-address = Advarsel: mange koder fra én adresse

## Logg inn med bedriftens konto (issue 25): HRs innlogging, og hver undersøkelses vei til billetter
admin-sso-button = Logg inn med { $provider }
admin-sso-button-generic = Logg inn med jobbkontoen din
admin-sso-passwords-off = Innlogging med passord er slått av på denne Stemme. Bruk knappen over for å logge inn med jobbkontoen din.
admin-sso-signed-in-title = Logget inn
admin-sso-signed-in = Logget inn som { $name }.
admin-sso-continue = Fortsett
admin-done-sign-in = Måten de ansatte får billetten sin på, er lagret.
admin-sso-heading = Logg inn med bedriftens konto
admin-sso-explained = De ansatte kan få den anonyme billetten sin ved å logge inn med jobbkontoen i stedet for å skrive inn en kode. Stemme får bare vite avdelingen deres og lagrer et tilslørt merke for hver person som har deltatt, så ingen får to billetter; svarene er like anonyme som med koder. I likhet med koder sendt ut med navn viser det hvem som har deltatt, men aldri hva de svarte.
admin-sso-mode = De ansatte får billetten sin med
admin-sso-mode-codes = Bare invitasjonskoder
admin-sso-mode-sso = Bare innlogging
admin-sso-mode-both = Innlogging eller en invitasjonskode
admin-sso-claim-hint = Bedriftens innloggingstjeneste oppgir i feltet «{ $claim }» hvilken avdeling en person hører til. Skriv for hver avdeling verdiene som betyr den (skilt med komma), og hvor mange i avdelingen som kan logge inn: like mange tomme stemmesedler lages, og tallet teller som inviterte.
admin-sso-seats-open = Mens undersøkelsen er åpen, kan antallet økes, men ikke senkes.
admin-sso-claim-values = Verdier av «{ $claim }»
admin-sso-claim-values-of = Feltets verdier for { $department }
admin-sso-seats = Kan logge inn
admin-sso-seats-of = Antall i { $department } som kan logge inn
admin-sso-used = Har logget inn
admin-sso-error-mode = Velg hvordan de ansatte får billetten sin.
admin-sso-error-seats = Antallet i { $department } må være et helt tall fra 0 til { $max }.
admin-sso-error-shrink = { $department } kan ikke få færre som kan logge inn mens undersøkelsen er åpen (eller færre enn det som allerede har logget inn).

# Slik leser HR det (issue 21)
admin-placement-none = Ingen svar
admin-slip-department = Avdeling:
admin-slips-no-key = Disse lappene har ingen nøkkel trykt på: Undersøkelsen er ikke åpnet ennå, og nøklene til avdelingene lages først når den åpnes. De ansatte kan likevel sammenligne nøkkelen på siden sin med listen over nøkler som står på undersøkelsens side når den er åpnet – heng den gjerne opp. Vil du ha nøkkelen med på lappene, lager du dem etter at undersøkelsen er åpnet.
admin-invites-draft-no-key = Lapper og lenker du lager nå, får ingen nøkkel, for nøklene lages først når undersøkelsen åpnes. Lager du dem etter åpningen, har de avdelingens nøkkel med.
