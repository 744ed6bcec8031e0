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
home-anonymity-voucher = Din kode giver dig kun en kupon. Din browser forklæder kuponen, før serveren stempler den, så serveren aldrig ser, hvilken kupon der hører til hvilken kode.
home-anonymity-answers = Dine svar bliver sendt med kuponen, ikke med din kode, og gemt uden dit navn, din adresse, din enhed eller tidspunktet for dit svar.
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
survey-code-intro = Skriv koden fra din seddel eller mail. Den giver dig en anonym kupon, og dine svar bliver senere sendt med kuponen – aldrig med koden.
survey-code-submit = Hent min kupon
voucher-working = Henter din anonyme kupon …
voucher-heading = Din anonyme kupon er klar
voucher-ready = Den bliver kun gemt i denne browser, indtil du sender dine svar, så du kan godt lukke siden og komme tilbage senere.
voucher-department = Afdeling
voucher-fingerprint = Nøglens fingeraftryk
voucher-fingerprint-hint = HR offentliggør fingeraftrykket for hver afdelings nøgle. Hvis dit passer, er din kupon stemplet med den samme nøgle som alle andres i din afdeling.
survey-keys = Undersøgelsens nøgler og deres fingeraftryk
key-unverified = Siden kunne ikke bekræfte undersøgelsens nøgle, så din kode er ikke brugt. Giv venligst HR besked.
voucher-invalid = Den kupon, serveren sendte, kunne ikke godkendes, så den bliver ikke brugt. Giv venligst HR besked.
survey-not-open = Undersøgelsen er ikke åbnet endnu. Gem din kode eller dit link, og brug det igen, når HR siger, at undersøgelsen er gået i gang.
survey-closed = Undersøgelsen er lukket, så der kan ikke længere sendes svar. Tak til alle, der var med.
required = skal besvares
required-note = Spørgsmål med * skal besvares.
survey-submit = Send mine svar
send-working = Sender dine svar …
send-network = Dine svar kunne ikke sendes. Tjek din forbindelse, og prøv igen – dine svar er gemt.
token-spent = Kuponen er allerede brugt, så dine svar er sandsynligvis allerede modtaget. Tak!
token-rejected = Undersøgelsen godtog ikke din gemte kupon, så den er fjernet. Har du stadig en ubrugt kode, så skriv den igen.
problems-heading = Tjek venligst disse spørgsmål
problem-missing = Besvar venligst spørgsmålet.
problem-missing-rows = Svar venligst på hver linje.
problem-missing-choice = Vælg mindst ét svar.
problem-exclusive = Dette svar kan ikke kombineres med de andre, du har valgt.
problem-row-not-shown = Besvar først det spørgsmål, som dette afhænger af.
problem-invalid = Svaret blev ikke godtaget. Vælg venligst igen.
thanks-heading = Tak!
thanks-body = Dine svar er modtaget anonymt, og din kupon er fjernet fra denne browser. Du kan lukke siden nu.

## Sider, der ikke findes
not-found-title = Siden blev ikke fundet
not-found-survey = Der er ingen undersøgelse på denne adresse. Tjek linket, eller skriv din kode på forsiden.
go-home = Gå til forsiden
