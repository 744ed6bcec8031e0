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
home-anonymity-voucher = Koden din gir deg bare en kupong. Nettleseren din forkler kupongen før serveren stempler den, slik at serveren aldri ser hvilken kupong som hører til hvilken kode.
home-anonymity-answers = Svarene dine sendes med kupongen, ikke med koden din, og lagres uten navnet ditt, adressen din, enheten din eller tidspunktet du svarte.
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
survey-code-intro = Skriv inn koden fra lappen eller e-posten din. Den gir deg en anonym kupong, og svarene dine sendes senere med kupongen – aldri med koden.
survey-code-submit = Hent kupongen min
voucher-working = Henter den anonyme kupongen din …
voucher-heading = Den anonyme kupongen din er klar
voucher-ready = Den lagres bare i denne nettleseren til du sender svarene dine, så du kan lukke siden og komme tilbake senere.
voucher-department = Avdeling
voucher-fingerprint = Nøkkelens fingeravtrykk
voucher-fingerprint-hint = HR publiserer fingeravtrykket til hver avdelings nøkkel. Hvis ditt stemmer, er kupongen din stemplet med den samme nøkkelen som alle andres i avdelingen din.
survey-keys = Undersøkelsens nøkler og fingeravtrykkene deres
key-unverified = Siden kunne ikke bekrefte undersøkelsens nøkkel, så koden din er ikke brukt. Si fra til HR.
voucher-invalid = Kupongen serveren sendte, kunne ikke godkjennes, så den blir ikke brukt. Si fra til HR.
survey-not-open = Undersøkelsen har ikke åpnet ennå. Ta vare på koden eller lenken din, og bruk den igjen når HR sier at undersøkelsen har startet.
survey-closed = Undersøkelsen er stengt, så det kan ikke sendes flere svar. Takk til alle som var med.
required = må besvares
required-note = Spørsmål merket med * må besvares.
survey-submit = Send svarene mine
send-working = Sender svarene dine …
send-network = Svarene dine kunne ikke sendes. Sjekk tilkoblingen din og prøv igjen – svarene dine er tatt vare på.
token-spent = Kupongen er allerede brukt, så svarene dine er sannsynligvis allerede mottatt. Takk!
token-rejected = Undersøkelsen godtok ikke den lagrede kupongen din, så den er fjernet. Har du fortsatt en ubrukt kode, kan du skrive den inn igjen.
problems-heading = Sjekk disse spørsmålene
problem-missing = Svar på dette spørsmålet.
problem-missing-rows = Svar på hver linje.
problem-missing-choice = Velg minst ett svar.
problem-exclusive = Dette svaret kan ikke kombineres med de andre du har valgt.
problem-row-not-shown = Svar først på spørsmålet som dette avhenger av.
problem-invalid = Svaret ble ikke godtatt. Velg på nytt.
thanks-heading = Takk!
thanks-body = Svarene dine er mottatt anonymt, og kupongen din er fjernet fra denne nettleseren. Du kan lukke siden nå.

## Sider som ikke finnes
not-found-title = Fant ikke siden
not-found-survey = Det finnes ingen undersøkelse på denne adressen. Sjekk lenken, eller skriv inn koden din på forsiden.
go-home = Gå til forsiden
