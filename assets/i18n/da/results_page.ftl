# HR's resultatside (/admin/surveys/{id}/results).
results-page-title = Resultater: { $title }
results-page-k = Grupper under { $k } personer vises aldrig for sig.
results-page-back = Tilbage til undersøgelsen
results-page-json = Tallene som JSON
results-page-privacy = Alle tal her beskriver mindst { $k } personer. Afdelinger med færre svar er slået sammen under »{ results-other-departments }«; hvor en gruppe på under { $band } har svaret ens, står der »næsten alle« eller »næsten ingen«, så ingens svar kan udledes; tal for hele virksomheden er afrundet, hvor et præcist tal ville afsløre en lille gruppe; og frivillige sammenlignes kun med resten, hvor begge grupper er store nok.
results-page-download-svg = Hent diagrammet (SVG)
results-page-invited = Inviteret
results-page-rate = Svarprocent
results-page-option = Svar
results-page-index = Indeks
results-page-fit = Platformens egnethed
results-page-sharing = Deler allerede
results-page-course = Vil gerne på kursus
results-page-removable = Barrierer et første skridt fjerner
results-page-platform = Platform
results-page-followers = Deres følgere (op til)
results-page-multiple = Gange virksomhedens følgere
results-page-all-platforms = Alle platforme
results-page-because-barrier = Det tager fat på »{ $option }«, den barriere, som et første skridt kan fjerne, og som flest nævner her.
results-page-because-motivation = Det svarer på »{ $option }«, den motivation, som et første skridt kan svare på, og som flest nævner her.
results-page-because-course = Mange her vil gerne på kursus.
results-page-because-default = Intet skiller sig ud her; et kort kursus er den sædvanlige start.
results-page-where-to-start = Hvor I kan starte: { $goal }
results-page-index-of = parathed { $index } af 100
results-page-pilot-volunteers = Frivillige: { $volunteers } af { $respondents }, der svarede.
results-page-pilot-platform = Start på { $platform }, som { $weekly } her bruger ugentligt eller oftere.
results-page-pilot-step = Første skridt: { $step }.
results-page-pilots-explained = Start i det små med dem, der har lyst: et pilotforløb i disse afdelinger, på denne platform, med dette første skridt.
results-page-none-ready-advice = Begynd, hvor interessen er størst: del retningslinjer, tilbyd alle et kort kursus, og spørg igen om nogle måneder.
results-page-goal-label = Programmets mål
results-page-settings = Sådan læses resultaterne
results-page-settings-explained = Målet afgør, hvilke platforme der passer bedst. Med virksomhedens egne følgertal viser siden, hvor mange gange de frivilliges rækkevidde det svarer til.
results-page-error-followers = Følgertal skal være hele tal.
results-page-link = Se resultaterne
admin-action-results-settings-changed = Ændrede, hvordan resultaterne læses

# Revisionen: hvad der blev holdt tilbage, og hvorfor
results-page-range = { $low }–{ $high } %
results-page-audit-title = Hvad der blev holdt tilbage, og hvorfor
results-page-audit-summary = Før resultaterne blev offentliggjort, kontrollerede en revision med en angribers øjne { $protected } beskyttede tal op mod alt, hvad der vises her, på én gang.
results-page-audit-none = Intet skulle holdes tilbage ud over reglerne ovenfor.
results-page-audit-some = Den afrundede eller skjulte { $withheld } tal mere, så ingen lille gruppes svar kan regnes ud:
results-page-audit-line = { $figure }: { $now }, for at beskytte { $protects }.
results-page-audit-now-rounded = afrundet til ca. { $value } %
results-page-audit-now-count = afrundet til ca. { $value }
results-page-audit-now-band = vist som »{ $band }«
results-page-audit-now-hidden = skjult
results-page-audit-protects-department = svarene på »{ $question }« fra en afdeling med for få personer til at blive vist for sig (hvilken, siges ikke)
results-page-audit-protects-figure = { $figure } (vises kun omtrent eller er skjult)
results-page-audit-answered = hvor mange der svarede
results-page-audit-weekly = ugentligt eller oftere
results-page-audit-reach = de frivilliges rækkevidde på { $platform }
results-page-complementary = »Øvrige afdelinger« rummer også en afdeling med { $k } eller flere svar: de afdelinger, der var for små til at blive vist, var tilsammen færre end { $k }, så den mindste afdeling, der kunne vises, er lagt sammen med dem – ellers kunne de regnes ud fra totalen.

# Reading the results (issue 21): the chart's scrolling region, named apart from its table
results-page-chart-region = Diagram: { $title }
