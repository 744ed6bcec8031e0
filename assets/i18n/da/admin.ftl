# HR's sider (/admin). Nøglerne er de samme på da, nb og en.

## Navigation og fælles ord
admin-nav-label = Administration
admin-nav-surveys = Undersøgelser
admin-nav-audit = Handlingslog
admin-signed-in-as = Logget ind som
admin-sign-out = Log ud
admin-back-to-surveys = Tilbage til undersøgelserne
admin-back-to-survey = Tilbage til undersøgelsen
admin-form-has-problems = Ret venligst følgende:
admin-save = Gem
admin-cancel = Fortryd
admin-add = Tilføj
admin-rename = Omdøb
admin-remove = Fjern
admin-total = I alt
admin-line = Linje { $line }:
admin-status = Status
admin-status-draft = Kladde
admin-status-open = Åben
admin-status-closed = Lukket

## Opsætning og login
admin-setup-title = Sæt Stemme op
admin-setup-intro = Vælg navn og adgangskode til den første administrator. Siden virker kun én gang: derefter oprettes flere administratorer med kommandoen stemme admin create.
admin-setup-code = Opsætningskode
admin-setup-code-hint = Udfyldes automatisk, når du åbner linket, som stemme serve skrev ud. Ellers kan du kopiere delen efter "#token=" ind her.
admin-setup-submit = Opret administratoren og log ind
admin-setup-already-done = Stemme er allerede sat op: der findes en administrator. Log ind i stedet, eller bed en administrator om at oprette en konto til dig.
admin-sign-in-title = Log ind
admin-sign-in-intro = For medarbejdere i HR og kommunikation, som styrer undersøgelserne. Medarbejdere, der besvarer en undersøgelse, skal ikke logge ind.
admin-sign-in = Log ind
admin-sign-in-required = Log ind for at fortsætte.
admin-username = Brugernavn
admin-password = Adgangskode
admin-new-password = Ny adgangskode
admin-repeat-password = Samme adgangskode igen
admin-password-hint = Mindst { $min } tegn. En sætning af nogle almindelige ord er lang og nem at huske.

## Listen over undersøgelser
admin-surveys-title = Undersøgelser
admin-new-survey = Ny undersøgelse
admin-no-surveys = Der er ingen undersøgelser endnu. Opret den første for at komme i gang.
admin-title = Titel
admin-departments = Afdelinger
admin-department = Afdeling
admin-invites-made = Invitationer
admin-tokens-issued = Er begyndt at svare
admin-responses-received = Har svaret

## Opret en undersøgelse
admin-title-hint = Medarbejderne ser denne titel, for eksempel "Sociale medier hos Nordlys".
admin-departments-hint = Én afdeling pr. linje. Resultaterne vises pr. afdeling, så hver medarbejder bør høre til præcis én.
admin-k-label = Mindste gruppestørrelse (k)
admin-k-hint = Intet resultat beskriver færre end k personer. Mindst { $min }; 5 er et godt valg.
admin-questionnaire = Spørgeskema
admin-questionnaire-default = Det indbyggede spørgeskema om sociale medier og medarbejderambassadører (anbefales)
admin-questionnaire-upload = Min egen spørgeskemafil
admin-questionnaire-file = Spørgeskemafil (TOML)
admin-questionnaire-file-hint = Kun nødvendig til dit eget spørgeskema. Formatet er beskrevet i docs/questionnaire.md.
admin-questionnaire-problems = Spørgeskemafilen har disse fejl:
admin-create-draft = Opret kladden

## Én undersøgelse
admin-survey-id = Undersøgelsens id:
admin-employee-link = Medarbejderne svarer på
admin-participation = Deltagelse
admin-participation-caption = Deltagelse pr. afdeling
admin-participation-draft = Ingen kan svare, før undersøgelsen er åbnet.
admin-participation-open = Mens undersøgelsen er åben, ser du kun, hvor mange der har deltaget, aldrig hvad nogen har svaret.
admin-participation-closed = Undersøgelsen er lukket: der kan ikke længere svares.
admin-bar-label = Andel af invitationerne
admin-in-results = I resultaterne
admin-placement-shown = Vises for sig
admin-placement-pooled = Slås sammen i »{ results-other-departments }«
admin-placement-suppressed = Skjult: for få svar
admin-placement-empty = Ingen svar endnu
admin-k-heading = Mindste gruppestørrelse
admin-k-explained = k = { $k }: intet resultat beskriver færre end { $k } personer. En afdeling med færre svar slås sammen med andre i »{ results-other-departments }«, og er også den gruppe for lille, skjules den, så ingens svar kan udpeges.
admin-departments-draft-only = Afdelingerne kan kun ændres, mens undersøgelsen er en kladde.
admin-remove-warning = { $count ->
        [one] Slet også afdelingens ene invitation: en kode, der allerede er delt ud, holder op med at virke.
       *[other] Slet også afdelingens { $count } invitationer: koder, der allerede er delt ud, holder op med at virke.
    }
admin-new-department = Ny afdeling
admin-invites = Invitationer
admin-codes-once = Koderne vises kun én gang. Stemme gemmer kun et fingeraftryk af hver kode og kan aldrig vise den igen: gem filen eller udskriv arket med det samme.
admin-invite-count = Antal invitationer
admin-invite-format = Format
admin-format-slips = Et ark med sedler til at udskrive og dele ud (A4, 8 sedler pr. side, hver med en QR-kode)
admin-format-csv = En CSV-fil til brevfletning (afdeling, kode, link)
admin-make-invites = Lav invitationer
admin-life-cycle = Åbn og luk
admin-open-explained = Når undersøgelsen åbnes, laves der en nøgle til hver afdeling. Derefter kan medarbejderne svare, og afdelingerne kan ikke længere ændres.
admin-open = Åbn undersøgelsen
admin-close-explained = Luk undersøgelsen, når nok har svaret. Lukningen er endelig.
admin-close-ellipsis = Luk undersøgelsen …
admin-closed-explained = Undersøgelsen er lukket, og dens private nøgler er slettet. Resultaterne bygger på de svar, der er modtaget.
admin-done-created = Undersøgelsen er oprettet som kladde. Tjek afdelingerne, og lav så invitationer.
admin-done-opened = Undersøgelsen er åben: invitationerne kan nu bruges.
admin-done-closed = Undersøgelsen er lukket, og dens private nøgler er slettet.
admin-done-departments = Afdelingerne er ændret.
admin-done-settings = Den mindste gruppestørrelse er gemt.

## Lukning
admin-close-title = Luk "{ $title }"?
admin-close-final = Lukningen er endelig og kan ikke fortrydes.
admin-close-keys = Undersøgelsens private nøgler bliver slettet: Der kan aldrig udstedes billetter igen.
admin-close-invites = Ingen kan svare længere; ubrugte invitationer holder op med at virke.
admin-close-results = De samlede resultater bliver tilgængelige.
admin-close-confirm = Jeg forstår, at lukningen ikke kan fortrydes.
admin-close-submit = Luk undersøgelsen endeligt

## Sedler
admin-slips-title = Invitationssedler: { $department }
admin-slips-intro = { $count ->
        [one] Én seddel
       *[other] { $count } sedler
    } på { $pages ->
        [one] én A4-side
       *[other] { $pages } A4-sider
    }. Udskriv siden nu (Ctrl+P eller ⌘P): Koderne vises kun én gang og kan ikke vises igen. Klip langs de stiplede linjer, og del sedlerne ud tilfældigt.
admin-slip-qr = QR-kode med invitationslinket
admin-slip-help = Scan koden, eller gå ind på denne adresse, og skriv koden:

## Handlingslog
admin-audit-title = Handlingslog
admin-audit-intro = Hvad administratorerne har gjort og hvornår. Loggen viser kun HR's handlinger, aldrig noget om medarbejderne eller deres svar.
admin-audit-when = Hvornår
admin-audit-who = Hvem
admin-audit-what = Hvad
admin-audit-survey = Undersøgelse
admin-audit-detail = Detaljer
admin-actor-command-line = (kommandolinjen)
admin-action-account-created = Oprettede en konto
admin-action-signed-in = Loggede ind
admin-action-signed-out = Loggede ud
admin-action-survey-created = Oprettede en undersøgelse
admin-action-departments-changed = Ændrede afdelinger
admin-action-settings-changed = Ændrede en indstilling
admin-action-invites-created = Lavede invitationer
admin-action-survey-opened = Åbnede en undersøgelse
admin-action-survey-closed = Lukkede en undersøgelse

## Fejl
admin-error-cross-site = Forespørgslen blev afvist, fordi den ikke kom fra Stemmes egne sider. Gå tilbage, genindlæs siden, og prøv igen.
admin-error-bad-form = Formularen kunne ikke læses. Genindlæs siden, og prøv igen.
admin-error-survey-not-found = Den undersøgelse findes ikke.
admin-error-department-not-found = Undersøgelsen har ingen afdeling, der hedder "{ $name }".
admin-error-wrong-status = Det kan ikke lade sig gøre, mens undersøgelsens status er "{ $status }".
admin-error-questionnaire = Spørgeskemafilen er ikke gyldig; se fejlene nedenfor.
admin-error-title-empty = Giv undersøgelsen en titel.
admin-error-title-too-long = Titlen må højst have { $max } tegn.
admin-error-department-empty = En afdeling skal have et navn.
admin-error-department-too-long = Et afdelingsnavn må højst have { $max } tegn.
admin-error-control-character = Navne må ikke indeholde styretegn som tabulatorer.
admin-error-departments-none = Angiv mindst én afdeling.
admin-error-departments-too-many = En undersøgelse kan højst have { $max } afdelinger.
admin-error-department-twice = »{ $name }« står der to gange.
admin-error-k-too-small = Den mindste gruppestørrelse skal være mindst 3.
admin-error-k-too-large = Den mindste gruppestørrelse må højst være 100.
admin-error-k-number = Angiv den mindste gruppestørrelse som et helt tal, mindst { $min }.
admin-error-invite-count = Angiv et antal invitationer fra 1 til { $max }.
admin-error-no-file = Vælg en spørgeskemafil, eller brug det indbyggede spørgeskema.
admin-error-not-utf8 = Spørgeskemafilen skal være en tekstfil i UTF-8.
admin-error-upload = Formularen kunne ikke læses. Er filen større end { $kib } KiB?
admin-error-confirm-remove = Sæt kryds for at bekræfte, at afdelingens invitationer bliver slettet.
admin-error-confirm-close = Sæt kryds for at bekræfte, at du vil lukke undersøgelsen endeligt.
admin-error-wrong-credentials = Brugernavnet eller adgangskoden er forkert.
admin-error-throttled = For mange mislykkede forsøg. Vent { $minutes } minutter, og prøv igen.
admin-error-busy = Der er mange login-forsøg lige nu. Vent et øjeblik, og prøv igen.
admin-error-username-length = Et brugernavn har { $min } til { $max } tegn.
admin-error-username-character = Et brugernavn må ikke indeholde mellemrum.
admin-error-password-short = Adgangskoden skal have mindst { $min } tegn.
admin-error-password-long = Adgangskoden må højst have { $max } tegn.
admin-error-passwords-differ = De to adgangskoder er forskellige. Skriv den samme adgangskode to gange.
admin-error-name-taken = Der findes allerede en konto, der hedder "{ $name }".
admin-error-setup-refused = Dette opsætningslink kan ikke bruges: det er allerede brugt, eller serveren har skrevet et nyere ud. Findes der en administrator, så log ind i stedet.
admin-error-invites-resubmitted = Denne invitationsformular er allerede brugt eller er udløbet, så der blev ikke lavet nye invitationer. Koderne fra den omgang blev kun vist én gang, i det svar du fik dengang. Udfyld formularen nedenfor for at lave flere invitationer.

# HR meets it: invites in a row, slips, preview, opening, batches.
admin-placement-pooled-all = Vises sammen med de andre (hver har færre end k svar)
admin-open-ellipsis = Åbn undersøgelsen …
admin-open-title = Åbn »{ $title }«?
admin-open-what = Når undersøgelsen åbnes, går den i gang for alvor:
admin-open-keys = { $count ->
        [one] Der laves en nøgle til afdelingen; hvert svar tæller i den afdeling, hvis nøgle det bærer.
       *[other] Der laves en nøgle til hver af de { $count } afdelinger; hvert svar tæller i den afdeling, hvis nøgle det bærer.
    }
admin-open-locked = Afdelinger kan ikke længere tilføjes, omdøbes eller fjernes.
admin-open-answering = Medarbejdere med en invitation kan svare fra nu af.
admin-open-departments = Afdelinger og de invitationer, der er lavet indtil nu
admin-open-confirm = Jeg har tjekket afdelingerne.
admin-error-confirm-open = Sæt kryds for at bekræfte, at afdelingerne er rigtige.
admin-close-still-answering = { $count ->
    [one] Én person er begyndt og har ikke sendt sine svar endnu. Lukker du nu, kan vedkommende ikke længere sende dem.
   *[other] { $count } personer er begyndt og har ikke sendt deres svar endnu. Lukker du nu, kan de ikke længere sende dem.
}
admin-error-confirm-void = Sæt kryds for at bekræfte, at invitationerne holder op med at virke.
admin-error-batch-not-found = Undersøgelsen har ingen sådan omgang invitationer.
admin-done-voided = Omgangens ubrugte invitationer virker ikke længere.
admin-preview = Se spørgeskemaet
admin-preview-banner = Forhåndsvisning: sådan ser medarbejderne spørgsmålene. Intet her sendes, og ingen invitation bruges.
admin-preview-no-send = Send (ikke i forhåndsvisningen)
admin-invites-all-departments = Alle afdelinger (så mange til hver)
admin-invites-all-hint = »Alle afdelinger« laver én CSV-fil med en omgang til hver afdeling.
admin-slip-language = Sprog på sedlerne
admin-csv-style = Regneark
admin-csv-nordic = Excel på dansk eller norsk (semikolon)
admin-csv-plain = Excel på engelsk eller andre programmer (komma)
admin-invites-file = invitationer
admin-invites-file-all = alle-afdelinger
admin-batches = Omgange af invitationer
admin-batches-explained = Invitationer laves i omgange. Er en omgang gået tabt (sedler, der aldrig blev printet, en slettet fil), så gør dens ubrugte invitationer ugyldige: koderne holder op med at virke med det samme. Brugte invitationer berøres ikke.
admin-batch-number = Omgang
admin-batch-format = Format
admin-batch-format-csv = CSV-fil
admin-batch-format-slips = Sedler
admin-batch-made-by = Lavet af
admin-batch-made = Invitationer
admin-batch-used = Brugt
admin-batch-void = Gør ubrugte ugyldige
admin-batch-void-confirm = { $count ->
        [one] Gør den ene ubrugte invitation ugyldig
       *[other] Gør de { $count } ubrugte invitationer ugyldige
    }
admin-batch-voided = { $count ->
        [one] 1 gjort ugyldig
       *[other] { $count } gjort ugyldige
    }
admin-action-invites-voided = Gjorde invitationer ugyldige

## Afdelingernes nøgler, som medarbejderne kan sammenligne (undersøgelsens side, sedler)
admin-keys = Afdelingernes nøgler
admin-keys-hint = Hver afdelings billetter bliver stemplet med afdelingens egen nøgle. Medarbejderne ser den korte nøgle for deres afdeling på undersøgelsens side og kan sammenligne den med denne liste. Sedler og links, der er lavet, efter undersøgelsen blev åbnet, har nøglen med, så man kan sammenligne med sedlen, og siden sammenligner selv med linket. Ser nogen en anden nøgle for deres afdeling, er anonymiteten af deres svar i fare: Find ud af hvorfor.
admin-slip-key = Nøgle:

## Afdelinger, der ligner hinanden, og små afdelinger (regel P10, issue 19)
admin-error-department-invisible = Et afdelingsnavn må ikke indeholde usynlige tegn eller formateringstegn (fx et mellemrum uden bredde): Man ville se ét navn, hvor der er to.
admin-error-department-look-alike = "{ $name }" ligner "{ $other }" til forveksling. Medarbejderne ville ikke kunne se forskel på de to afdelinger, og et svar i den forkerte ville stå helt alene. Vælg et navn, der ser anderledes ud.
admin-error-too-few-invites = Nogle afdelinger har færre invitationer end den mindste gruppestørrelse ({ $k }), så deres svar ville stå for sig selv: { $departments } Læg dem sammen med en anden afdeling herunder, eller lav flere invitationer, før du åbner undersøgelsen.
admin-small-departments = For få invitationer til at åbne
admin-small-department = { $invites ->
        [one] { $department } har 1 invitation, færre end { $k }.
       *[other] { $department } har { $invites } invitationer, færre end { $k }.
    }
admin-merge-into = Læg { $department } sammen med
admin-merge = Læg sammen
admin-error-too-few-invites-open = { $department } ville have { $invites } invitationer, færre end den mindste gruppestørrelse ({ $k }), og afdelingens svar ville stå for sig selv. I en åben undersøgelse har en afdeling enten ingen invitationer eller mindst { $k }: Lav mindst { $k } i den første omgang, og gør kun en omgang ugyldig, hvis der er mindst { $k } tilbage.

## Gendannelse fra en sikkerhedskopi, og koder brugt fra én adresse (issue 19)
admin-action-backup-restored = Gendannede fra en sikkerhedskopi
admin-action-codes-from-one-address = Advarsel: mange koder fra én adresse

## Log ind med virksomhedens konto (issue 25): HR's login og hver undersøgelses vej til billetter
admin-sso-button = Log ind med { $provider }
admin-sso-button-generic = Log ind med din arbejdskonto
admin-sso-passwords-off = Log ind med adgangskode er slået fra på denne Stemme. Brug knappen ovenfor til at logge ind med din arbejdskonto.
admin-sso-signed-in-title = Logget ind
admin-sso-signed-in = Logget ind som { $name }.
admin-sso-continue = Fortsæt
admin-done-sign-in = Måden, medarbejderne får deres billet på, er gemt.
admin-sso-heading = Log ind med virksomhedens konto
admin-sso-explained = Medarbejderne kan få deres anonyme billet ved at logge ind med deres arbejdskonto i stedet for at taste en kode. Stemme får kun deres afdeling at vide og gemmer et sløret mærke for hver person, der har deltaget, så ingen får to billetter; svarene er lige så anonyme som med koder. Ligesom koder sendt ud med navn viser det, hvem der har deltaget, men aldrig hvad de svarede.
admin-sso-mode = Medarbejderne får deres billet med
admin-sso-mode-codes = Kun invitationskoder
admin-sso-mode-sso = Kun log ind
admin-sso-mode-both = Log ind eller en invitationskode
admin-sso-claim-hint = Virksomhedens login-tjeneste oplyser i feltet “{ $claim }”, hvilken afdeling en person hører til. Skriv for hver afdeling de værdier, der betyder den (adskilt med komma), og hvor mange i afdelingen der må logge ind: der laves lige så mange tomme stemmesedler, og tallet tæller som inviterede.
admin-sso-seats-open = Mens undersøgelsen er åben, kan antallet hæves, men ikke sænkes.
admin-sso-claim-values = Værdier af “{ $claim }”
admin-sso-claim-values-of = Feltets værdier for { $department }
admin-sso-seats = Må logge ind
admin-sso-seats-of = Antal i { $department }, der må logge ind
admin-sso-used = Har logget ind
admin-sso-error-mode = Vælg, hvordan medarbejderne får deres billet.
admin-sso-error-seats = Antallet i { $department } skal være et helt tal fra 0 til { $max }.
admin-sso-error-shrink = { $department } kan ikke få færre, der må logge ind, mens undersøgelsen er åben (eller færre, end der allerede har logget ind).

# Sådan læser HR det (issue 21)
admin-placement-none = Ingen svar
admin-slip-department = Afdeling:
admin-slips-no-key = Disse sedler har ingen nøgle trykt på: Undersøgelsen er ikke åbnet endnu, og afdelingernes nøgler bliver først lavet, når den åbner. Medarbejderne kan stadig sammenligne nøglen på deres side med listen over nøgler, som står på undersøgelsens side, når den er åbnet – hæng den gerne op. Vil du have nøglen med på sedlerne, så lav dem, efter at undersøgelsen er åbnet.
admin-invites-draft-no-key = Sedler og links, du laver nu, får ingen nøgle med, for nøglerne bliver først lavet, når undersøgelsen åbner. Laver du dem efter åbningen, har de afdelingens nøgle med.
