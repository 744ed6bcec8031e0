# Sidene for den ansatte: forsiden, en undersøkelse og meldingene deres.
# Nøklene er de samme på da, nb og en. Meldinger som sidens skript viser,
# skrives inn i siden; `{ $count }` og `{ $character }` fylles ut der.

## Forside
home-title = Svar på en undersøkelse
home-lead = Stemme er der arbeidsplassen din spør hva du mener – anonymt. Du svarer i nettleseren, og ingen – verken HR, IT eller de som drifter serveren – kan se hva akkurat du har svart.
home-code-heading = Har du en invitasjonskode?
home-code-intro = Skriv inn koden fra lappen eller e-posten din. Har du fått en lenke, kan du bare åpne den i stedet.
home-code-submit = Fortsett
home-noscript = Stemme krever JavaScript: Nettleseren din bruker det til å gjøre svaret ditt anonymt før noe sendes. Slå på JavaScript for dette nettstedet, eller bruk en annen nettleser.
home-anonymity-heading = Slik er du anonym her
home-anonymity-voucher = Koden din gir deg bare en billett. Nettleseren din forkler billetten før serveren stempler den, slik at serveren aldri ser hvilken billett som hører til hvilken kode.
home-anonymity-answers = Svarene dine sendes med billetten, ikke med koden din, og lagres uten navnet ditt, adressen din, enheten din eller tidspunktet du svarte.
home-anonymity-groups = Mens undersøkelsen er åpen, ser HR bare hvor mange som har svart. Etterpå ser HR bare resultater for grupper som er så store at ingen skiller seg ut.
home-anonymity-more = Les mer om hvordan anonymiteten din er beskyttet

## Invitasjonskoden, på forsiden og i en undersøkelse
code-label = Invitasjonskode
code-hint = 24 bokstaver og tall, for eksempel 7KQ2-M9XD-4RTB-HC3W-P8NF-VJ0B. Det spiller ingen rolle om du bruker store eller små bokstaver.
code-empty = Skriv inn invitasjonskoden din.
code-wrong-length = En invitasjonskode har 24 bokstaver og tall. Du har skrevet { $count }.
code-invalid-character = «{ $character }» brukes ikke i invitasjonskoder. De består bare av tall og bokstavene A–Z (ikke U, Æ, Ø eller Å).
code-mistyped = Det er en skrivefeil i koden. Sammenlign den med lappen din: Sannsynligvis er ett tegn feil, eller to tegn har byttet plass.
code-unknown = Koden ble ikke gjenkjent. Sjekk at du har skrevet den nøyaktig som på lappen, eller spør den som ga deg den.
code-used = Koden er allerede brukt. Hver kode virker én gang. Har du allerede svart: takk! Hvis ikke, be HR om en ny kode.
code-network = Får ikke kontakt med Stemme. Sjekk tilkoblingen din og prøv igjen – det du har skrevet, er tatt vare på.
code-checking = Sjekker koden din …
retry = Prøv igjen

## En undersøkelse
survey-code-heading = Invitasjonskoden din
survey-code-intro = Skriv inn koden fra lappen eller e-posten din. Den brukes først når du gir ditt første svar: Da henter den en anonym billett, og svarene dine sendes med billetten – aldri med koden.
survey-code-submit = Fortsett
voucher-working = Henter den anonyme billetten din …
voucher-department = Avdeling
voucher-fingerprint = Nøkkelens fingeravtrykk
voucher-fingerprint-hint = HR kan vise deg den korte nøkkelen til hver avdeling; lapper som er laget etter at undersøkelsen ble åpnet, har den trykt på. Er din den samme, er billetten din stemplet med den samme nøkkelen som alle andres i avdelingen din.
start-ready = Invitasjon til { $department }. Ingenting blir brukt før ditt første svar.
start-done = Den anonyme billetten din for { $department } er klar. Svarene dine lagres i denne nettleseren til du sender dem, så du kan lukke siden og komme tilbake senere.
code-first = Skriv inn invitasjonskoden din først: Den henter den anonyme billetten som svarene dine sendes med.
voucher-summary = Den anonyme billetten din – og fortsett på en annen enhet
voucher-key-short = Nøkkel (kort)
voucher-key-checked = ✓ Siden har sjekket at nøkkelen er den samme som i invitasjonslenken din.
key-mismatch = Undersøkelsens nøkkel stemmer ikke med nøkkelen i invitasjonslenken din, så koden din er ikke brukt. Si fra til HR: Med en egen nøkkel bare for deg kunne serveren skille svarene dine fra kollegenes.
move-heading = Fortsett på en annen enhet
move-intro = Skann QR-koden med kameraet på den andre enheten, eller send deg selv lenken og åpne den der. Billetten flytter med; svarene du har krysset av så langt, blir her.
move-show = Vis QR-koden og lenken
move-qr-label = QR-kode med lenken som flytter billetten din
move-warning = Den som har lenken, kan svare én gang i ditt sted. Behold den for deg selv, og bruk den bare til å flytte din egen billett.
move-link-label = Lenke som flytter billetten din
move-copy = Kopier lenken
move-copied = Lenken er kopiert.
move-invalid = Dette er ikke en billett for denne undersøkelsen. Sjekk at du har kopiert hele lenken.
whose-heading = Hvem svarer nå?
whose-intro = Denne nettleseren har usendte svar fra en annen invitasjon. Svar fra forskjellige personer må aldri blandes, så velg hvem som står for tur. De andre svarene blir liggende her til eieren deres.
whose-private = På en delt datamaskin bør hver person svare i et privat vindu: Da blir ingenting liggende igjen.
whose-continue = Fortsett svarene for { $department } (koden slutter på { $hint })
whose-continue-moved = Fortsett svarene for { $department } (flyttet fra en annen enhet)
whose-new = Begynn med den nye lenken: { $department } (koden slutter på { $hint })
whose-other = En annen: skriv inn en kode
elsewhere-heading = Du har begynt på en annen enhet
elsewhere-body = Denne koden har allerede hentet billetten sin i en annen nettleser. Fortsett der – eller flytt billetten hit: Åpne «Den anonyme billetten din» og «Fortsett på en annen enhet» på den andre enheten, og skann QR-koden med denne enheten eller åpne lenken her.
elsewhere-paste-label = Eller lim inn lenken fra den andre enheten
elsewhere-paste-submit = Flytt billetten min hit
elsewhere-hr = Har du ikke begynt noe sted, kan noen andre ha brukt koden din: Be HR om en ny.
draft-code = Koden din:
survey-keys = Undersøkelsens nøkler og fingeravtrykkene deres
key-unverified = Siden kunne ikke bekrefte undersøkelsens nøkkel, så koden din er ikke brukt. Si fra til HR.
voucher-invalid = Billetten serveren sendte, kunne ikke godkjennes, så den blir ikke brukt. Si fra til HR.
survey-not-open = Undersøkelsen har ikke åpnet ennå. Ta vare på koden eller lenken din, og bruk den igjen når HR sier at undersøkelsen har startet.
survey-closed = Undersøkelsen er stengt, så det kan ikke sendes flere svar. Takk til alle som var med.
required = må besvares
required-note = Spørsmål merket med * må besvares.
survey-submit = Send svarene mine
send-working = Sender svarene dine …
send-network = Svarene dine kunne ikke sendes. Sjekk tilkoblingen din og prøv igjen – svarene dine er tatt vare på.
token-spent = Billetten er allerede brukt, så svarene dine er sannsynligvis allerede mottatt. Takk!
token-rejected = Undersøkelsen godtok ikke den lagrede billetten din, så den er fjernet. Har du fortsatt en ubrukt kode, kan du skrive den inn igjen.
problems-heading = Sjekk disse spørsmålene
problem-missing = Svar på dette spørsmålet.
problem-missing-rows = Svar på hver linje.
problem-missing-choice = Velg minst ett svar.
problem-exclusive = Dette svaret kan ikke kombineres med de andre du har valgt.
problem-row-not-shown = Svar først på spørsmålet som dette avhenger av.
problem-invalid = Svaret ble ikke godtatt. Velg på nytt.
thanks-heading = Takk!
thanks-body = Svarene dine er mottatt anonymt, og billetten din er fjernet fra denne nettleseren. Du kan lukke siden nå.

## Sider som ikke finnes
not-found-title = Fant ikke siden
not-found-survey = Det finnes ingen undersøkelse på denne adressen. Sjekk lenken, eller skriv inn koden din på forsiden.
go-home = Gå til forsiden

## Hvor mange man er i mengden, før man svarer (regel P10, issue 19)
start-crowd = Du er én av { $invited } inviterte i { $department }. Ingenting blir brukt før ditt første svar.

## Logg inn med bedriftens konto (issue 25): undersøkelsens side og alle sidene en innlogging kan ende på
survey-sso-heading = Logg inn for å svare
survey-sso-privacy = Når du logger inn, får bedriftens innloggingstjeneste bare vite at du har åpnet Stemme, og Stemme får bare vite avdelingen din: Stemme lagrer verken navn eller e-postadresse, bare et tilslørt merke for at du har deltatt, og ingen kan se hva du svarer.
survey-sso-button = Logg inn med { $provider }
survey-sso-button-generic = Logg inn med jobbkontoen din
survey-sso-or-code = Eller bruk en invitasjonskode
sso-first = Logg inn først: svarene dine teller når du er logget inn.
sso-pass-invalid = Innloggingen din gjelder ikke lenger for denne undersøkelsen. Logg inn på nytt.
sso-no-seat-short = Alle plassene i avdelingen din er tatt. Be HR om å legge til flere.
sso-failed-title = Innloggingen gikk ikke
sso-provider-down = Bedriftens innloggingstjeneste kan ikke nås akkurat nå. Prøv igjen om noen minutter, og si fra til IT hvis det fortsetter.
sso-provider-broken = Bedriftens innloggingstjeneste svarte på en måte Stemme ikke kan bruke. Si fra til IT at innloggingen til Stemme er satt opp feil.
sso-state-unknown = Denne innloggingen er allerede brukt, eller den tok mer enn ti minutter. Begynn på nytt fra lenken til undersøkelsen eller innloggingssiden.
sso-other-browser = Denne innloggingen ble startet i en annen nettleser. Begynn på nytt i denne.
sso-refused = Innloggingstjenesten slapp deg ikke inn (den svarte «{ $reason }»). Begynn på nytt, eller spør IT.
sso-wrong-audience = Svaret fra innloggingstjenesten var ment for et annet program, så Stemme kan ikke stole på det, og ingen er logget inn. Si fra til IT at klient-ID-en til Stemme er satt opp feil.
sso-wrong-issuer = Svaret kom fra en annen innloggingstjeneste enn den Stemme er satt opp med, så ingen er logget inn. Si fra til IT.
sso-expired = Svaret fra innloggingstjenesten har utløpt, så ingen er logget inn. Begynn på nytt; skjer det igjen, går klokka feil på innloggingstjenesten eller på Stemmes server: si fra til IT.
sso-not-yet-valid = Svaret fra innloggingstjenesten gjelder ikke ennå, så ingen er logget inn: klokka går feil på innloggingstjenesten eller på Stemmes server. Si fra til IT.
sso-bad-signature = Svaret fra innloggingstjenesten har ingen gyldig signatur, så Stemme kan ikke stole på det, og ingen er logget inn. Si fra til IT.
sso-unknown-key = Svaret fra innloggingstjenesten er signert med en nøkkel tjenesten ikke publiserer, så Stemme kan ikke stole på det, og ingen er logget inn. Si fra til IT.
sso-wrong-nonce = Svaret fra innloggingstjenesten hører til en annen innlogging, så Stemme kan ikke stole på det, og ingen er logget inn. Begynn på nytt.
sso-invalid = Svaret fra innloggingstjenesten kunne ikke godtas, så ingen er logget inn. Begynn på nytt, eller si fra til IT.
sso-not-configured = Innlogging med bedriftens konto er ikke satt opp på denne Stemme.
sso-survey-not-open = Denne undersøkelsen tar ikke imot svar: den er ikke åpnet ennå, eller den er lukket.
sso-sign-in-off = Denne undersøkelsen bruker ikke innlogging. Bruk invitasjonskoden du har fått.
sso-unmapped = Kontoen din sier ikke hvilken av undersøkelsens avdelinger du hører til, så Stemme kan ikke gi deg en billett. Kontoen din sier: { $values }. Be HR om å legge det til undersøkelsens avdelinger.
sso-unmapped-none = Kontoen din sier ikke hvilken avdeling du hører til, så Stemme kan ikke gi deg en billett. Spør HR eller IT.
sso-ambiguous = Kontoen din passer med mer enn én av undersøkelsens avdelinger ({ $departments }), så Stemme kan ikke vite hvilken svarene dine skal telle for. Spør HR.
sso-no-seat = Alle plassene i { $department } er tatt: flere har logget inn enn HR regnet med. Be HR om å legge til plasser.
sso-not-admin = Du logget inn som { $name }, men den kontoen er ikke administrator i Stemme. Be IT om å legge deg til i administratorgruppen.
sso-name-taken = Stemme har allerede en konto som heter { $name } og logger inn med passord. Be IT om å gi den kontoen et annet navn, eller logg inn med passordet.

# Når man åpner sin egen lenke igjen etter å ha sendt (issue 21)
answered-here = Du har allerede svart på undersøkelsen fra denne nettleseren. Takk for svarene dine!
