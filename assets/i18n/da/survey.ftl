# Medarbejderens sider: forsiden, en undersøgelse og deres beskeder.
# Nøglerne er de samme på da, nb og en. Beskeder, som sidens script viser,
# bliver skrevet ind i siden; `{ $count }` og `{ $character }` udfyldes der.

## Forside
home-title = Besvar en undersøgelse
home-lead = Stemme er stedet, hvor din arbejdsplads spørger om din mening – anonymt. Du svarer i din browser, og ingen – hverken HR, IT eller dem, der driver serveren – kan se, hvad netop du har svaret.
home-code-heading = Har du en invitationskode?
home-code-intro = Skriv koden fra din seddel eller mail. Har du fået et link, kan du bare åbne det i stedet.
home-code-submit = Fortsæt
home-noscript = Stemme kræver JavaScript: Din browser bruger det til at gøre dit svar anonymt, før noget bliver sendt. Slå JavaScript til for dette websted, eller brug en anden browser.
home-anonymity-heading = Sådan er du anonym her
home-anonymity-voucher = Din kode giver dig kun en billet. Din browser forklæder billetten, før serveren stempler den, så serveren aldrig ser, hvilken billet der hører til hvilken kode.
home-anonymity-answers = Dine svar bliver sendt med billetten, ikke med din kode, og gemt uden dit navn, din adresse, din enhed eller tidspunktet for dit svar.
home-anonymity-groups = Mens undersøgelsen er åben, ser HR kun, hvor mange der har svaret. Bagefter ser HR kun resultater for grupper, der er så store, at ingen skiller sig ud.
home-anonymity-more = Læs mere om, hvordan din anonymitet er beskyttet

## Invitationskoden, på forsiden og i en undersøgelse
code-label = Invitationskode
code-hint = 24 bogstaver og tal, fx 7KQ2-M9XD-4RTB-HC3W-P8NF-VJ0B. Det er lige meget, om du skriver med store eller små bogstaver.
code-empty = Skriv din invitationskode.
code-wrong-length = En invitationskode har 24 bogstaver og tal. Du har skrevet { $count }.
code-invalid-character = »{ $character }« bruges ikke i invitationskoder. De består kun af tal og bogstaverne A–Z (ikke U, Æ, Ø eller Å).
code-mistyped = Der er en tastefejl i koden. Sammenlign den med din seddel: Sandsynligvis er ét tegn forkert, eller to tegn har byttet plads.
code-unknown = Koden blev ikke genkendt. Tjek, at du har skrevet den præcis som på sedlen, eller spørg den, der gav dig den.
code-used = Koden er allerede brugt. Hver kode virker én gang. Har du allerede svaret, så tak! Hvis ikke, så bed HR om en ny kode.
code-network = Der er ikke forbindelse til Stemme. Tjek din forbindelse, og prøv igen – det, du har skrevet, er gemt.
code-checking = Tjekker din kode …
retry = Prøv igen

## En undersøgelse
survey-code-heading = Din invitationskode
survey-code-intro = Skriv koden fra din seddel eller mail. Den bliver først brugt, når du giver dit første svar: Så henter den en anonym billet, og dine svar bliver sendt med billetten – aldrig med koden.
survey-code-submit = Fortsæt
voucher-working = Henter din anonyme billet …
voucher-department = Afdeling
voucher-fingerprint = Nøglens fingeraftryk
voucher-fingerprint-hint = HR kan vise dig den korte nøgle for hver afdeling; sedler, der er lavet, efter undersøgelsen blev åbnet, har den trykt på. Er din den samme, er din billet stemplet med den samme nøgle som alle andres i din afdeling.
start-ready = Invitation til { $department }. Intet bliver brugt før dit første svar.
start-done = Din anonyme billet til { $department } er klar. Dine svar bliver gemt i denne browser, indtil du sender dem, så du kan godt lukke siden og komme tilbage senere.
code-first = Skriv først din invitationskode: Den henter den anonyme billet, som dine svar bliver sendt med.
voucher-summary = Din anonyme billet – og fortsæt på en anden enhed
voucher-key-short = Nøgle (kort)
voucher-key-checked = ✓ Siden har tjekket, at nøglen er den samme som i dit invitationslink.
key-mismatch = Undersøgelsens nøgle passer ikke med nøglen i dit invitationslink, så din kode er ikke brugt. Giv venligst HR besked: Med en nøgle helt for dig selv ville serveren kunne skelne dine svar fra dine kollegers.
move-heading = Fortsæt på en anden enhed
move-intro = Scan QR-koden med den anden enheds kamera, eller send dig selv linket, og åbn det der. Billetten flytter med; de svar, du har sat kryds ved indtil nu, bliver her.
move-show = Vis QR-koden og linket
move-qr-label = QR-kode med linket, der flytter din billet
move-warning = Den, der har linket, kan svare én gang i dit sted. Behold det for dig selv, og brug det kun til at flytte din egen billet.
move-link-label = Link, der flytter din billet
move-copy = Kopiér linket
move-copied = Linket er kopieret.
move-invalid = Det her er ikke en billet til denne undersøgelse. Tjek, at du har kopieret hele linket.
whose-heading = Hvem svarer nu?
whose-intro = Denne browser gemmer usendte svar fra en anden invitation. Forskellige personers svar må aldrig blandes, så vælg, hvis tur det er. De andre svar bliver her til deres ejer.
whose-private = På en delt computer bør hver person svare i et privat vindue: Så bliver intet liggende.
whose-continue = Fortsæt svarene for { $department } (koden slutter på { $hint })
whose-continue-moved = Fortsæt svarene for { $department } (flyttet fra en anden enhed)
whose-new = Begynd med det nye link: { $department } (koden slutter på { $hint })
whose-other = En anden: skriv en kode
elsewhere-heading = Du er begyndt på en anden enhed
elsewhere-body = Denne kode har allerede hentet sin billet i en anden browser. Fortsæt der – eller flyt billetten hertil: Åbn »Din anonyme billet« og »Fortsæt på en anden enhed« på den anden enhed, og scan så QR-koden med denne enhed, eller åbn linket her.
elsewhere-paste-label = Eller indsæt linket fra den anden enhed
elsewhere-paste-submit = Flyt min billet hertil
elsewhere-hr = Er du ikke begyndt nogen steder, kan en anden have brugt din kode: Bed HR om en ny.
draft-code = Din kode:
survey-keys = Undersøgelsens nøgler og deres fingeraftryk
key-unverified = Siden kunne ikke bekræfte undersøgelsens nøgle, så din kode er ikke brugt. Giv venligst HR besked.
voucher-invalid = Den billet, serveren sendte, kunne ikke godkendes, så den bliver ikke brugt. Giv venligst HR besked.
survey-not-open = Undersøgelsen er ikke åbnet endnu. Gem din kode eller dit link, og brug det igen, når HR siger, at undersøgelsen er gået i gang.
survey-closed = Undersøgelsen er lukket, så der kan ikke længere sendes svar. Tak til alle, der var med.
required = skal besvares
required-note = Spørgsmål med * skal besvares.
survey-submit = Send mine svar
send-working = Sender dine svar …
send-network = Dine svar kunne ikke sendes. Tjek din forbindelse, og prøv igen – dine svar er gemt.
token-spent = Billetten er allerede brugt, så dine svar er sandsynligvis allerede modtaget. Tak!
token-rejected = Undersøgelsen godtog ikke din gemte billet, så den er fjernet. Har du stadig en ubrugt kode, så skriv den igen.
problems-heading = Tjek venligst disse spørgsmål
problem-missing = Besvar venligst spørgsmålet.
problem-missing-rows = Svar venligst på hver linje.
problem-missing-choice = Vælg mindst ét svar.
problem-exclusive = Dette svar kan ikke kombineres med de andre, du har valgt.
problem-row-not-shown = Besvar først det spørgsmål, som dette afhænger af.
problem-invalid = Svaret blev ikke godtaget. Vælg venligst igen.
thanks-heading = Tak!
thanks-body = Dine svar er modtaget anonymt, og din billet er fjernet fra denne browser. Du kan lukke siden nu.

## Sider, der ikke findes
not-found-title = Siden blev ikke fundet
not-found-survey = Der er ingen undersøgelse på denne adresse. Tjek linket, eller skriv din kode på forsiden.
go-home = Gå til forsiden

## Hvor mange man er i mængden, før man svarer (regel P10, issue 19)
start-crowd = Du er én af { $invited } inviterede i { $department }. Intet bliver brugt før dit første svar.

## Log ind med virksomhedens konto (issue 25): undersøgelsens side og alle de sider, et log ind kan ende på
survey-sso-heading = Log ind for at svare
survey-sso-privacy = Når du logger ind, får virksomhedens login-tjeneste kun at vide, at du har åbnet Stemme, og Stemme får kun din afdeling at vide: Stemme gemmer hverken navn eller mailadresse, kun et sløret mærke for, at du har deltaget, og ingen kan se, hvad du svarer.
survey-sso-button = Log ind med { $provider }
survey-sso-button-generic = Log ind med din arbejdskonto
survey-sso-or-code = Eller brug en invitationskode
sso-first = Log ind først: dine svar tæller, når du er logget ind.
sso-pass-invalid = Dit login gælder ikke længere for denne undersøgelse. Log ind igen.
sso-no-seat-short = Alle pladser i din afdeling er taget. Bed HR om at tilføje flere.
sso-failed-title = Det lykkedes ikke at logge ind
sso-provider-down = Virksomhedens login-tjeneste kan ikke nås lige nu. Prøv igen om et par minutter, og sig det til IT, hvis det bliver ved.
sso-provider-broken = Virksomhedens login-tjeneste svarede på en måde, Stemme ikke kan bruge. Sig til IT, at Stemmes login er sat forkert op.
sso-state-unknown = Dette login er allerede brugt, eller det tog mere end ti minutter. Start forfra fra undersøgelsens link eller login-siden.
sso-other-browser = Dette login blev startet i en anden browser. Start forfra i denne.
sso-refused = Login-tjenesten lukkede dig ikke ind (den svarede “{ $reason }”). Start forfra, eller spørg IT.
sso-wrong-audience = Login-tjenestens svar var beregnet til et andet program, så Stemme kan ikke stole på det, og ingen er logget ind. Sig til IT, at Stemmes klient-id er sat forkert op.
sso-wrong-issuer = Svaret kom fra en anden login-tjeneste end den, Stemme er sat op til, så ingen er logget ind. Sig det til IT.
sso-expired = Login-tjenestens svar er udløbet, så ingen er logget ind. Start forfra; sker det igen, går uret forkert på login-tjenesten eller på Stemmes server: sig det til IT.
sso-not-yet-valid = Login-tjenestens svar gælder ikke endnu, så ingen er logget ind: uret går forkert på login-tjenesten eller på Stemmes server. Sig det til IT.
sso-bad-signature = Login-tjenestens svar har ikke en gyldig signatur, så Stemme kan ikke stole på det, og ingen er logget ind. Sig det til IT.
sso-unknown-key = Login-tjenestens svar er signeret med en nøgle, tjenesten ikke offentliggør, så Stemme kan ikke stole på det, og ingen er logget ind. Sig det til IT.
sso-wrong-nonce = Login-tjenestens svar hører til et andet login, så Stemme kan ikke stole på det, og ingen er logget ind. Start forfra.
sso-invalid = Login-tjenestens svar kunne ikke godtages, så ingen er logget ind. Start forfra, eller sig det til IT.
sso-not-configured = Log ind med virksomhedens konto er ikke sat op på denne Stemme.
sso-survey-not-open = Denne undersøgelse tager ikke imod svar: den er ikke åbnet endnu, eller den er lukket.
sso-sign-in-off = Denne undersøgelse bruger ikke log ind. Brug den invitationskode, du har fået.
sso-unmapped = Din konto siger ikke, hvilken af undersøgelsens afdelinger du hører til, så Stemme kan ikke give dig en billet. Din konto siger: { $values }. Bed HR om at føje det til undersøgelsens afdelinger.
sso-unmapped-none = Din konto siger ikke, hvilken afdeling du hører til, så Stemme kan ikke give dig en billet. Spørg HR eller IT.
sso-ambiguous = Din konto passer på mere end én af undersøgelsens afdelinger ({ $departments }), så Stemme kan ikke vide, hvilken dine svar skal tælle for. Spørg HR.
sso-no-seat = Alle pladser i { $department } er taget: flere har logget ind, end HR regnede med. Bed HR om at tilføje pladser.
sso-not-admin = Du loggede ind som { $name }, men den konto er ikke administrator i Stemme. Bed IT om at føje dig til administratorgruppen.
sso-name-taken = Stemme har allerede en konto, der hedder { $name } og logger ind med adgangskode. Bed IT om at omdøbe den konto, eller log ind med dens adgangskode.

# Når man åbner sit eget link igen efter at have sendt (issue 21)
answered-here = Du har allerede svaret på undersøgelsen fra denne browser. Tak for dine svar!
