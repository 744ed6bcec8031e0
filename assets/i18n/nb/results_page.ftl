# HRs resultatside (/admin/surveys/{id}/results).
results-page-title = Resultater: { $title }
results-page-k = Grupper under { $k } personer vises aldri for seg.
results-page-back = Tilbake til undersøkelsen
results-page-json = Tallene som JSON
results-page-privacy = Alle tall her beskriver minst { $k } personer. Avdelinger med færre svar er slått sammen under «{ results-other-departments }»; der en gruppe på under { $band } har svart likt, står det «nesten alle» eller «nesten ingen», så ingens svar kan utledes; tall for hele bedriften er rundet av der et nøyaktig tall ville avslørt en liten gruppe; og frivillige sammenlignes bare med resten der begge gruppene er store nok.
results-page-download-svg = Last ned diagrammet (SVG)
results-page-invited = Invitert
results-page-rate = Svarprosent
results-page-option = Svar
results-page-index = Indeks
results-page-fit = Plattformens egnethet
results-page-sharing = Deler allerede
results-page-course = Vil gjerne på kurs
results-page-removable = Barrierer et første steg fjerner
results-page-platform = Plattform
results-page-followers = Deres følgere (opptil)
results-page-multiple = Ganger bedriftens følgere
results-page-all-platforms = Alle plattformer
results-page-because-barrier = Det tar tak i «{ $option }», den barrieren et første steg kan fjerne som flest nevner her.
results-page-because-motivation = Det svarer på «{ $option }», den motivasjonen et første steg kan svare på som flest nevner her.
results-page-because-course = Mange her vil gjerne på kurs.
results-page-because-default = Ingenting skiller seg ut her; et kort kurs er den vanlige starten.
results-page-where-to-start = Hvor dere kan starte: { $goal }
results-page-index-of = parathet { $index } av 100
results-page-pilot-volunteers = Frivillige: { $volunteers } av { $respondents } som svarte.
results-page-pilot-platform = Start på { $platform }, som { $weekly } her bruker ukentlig eller oftere.
results-page-pilot-step = Første steg: { $step }.
results-page-pilots-explained = Start i det små med dem som har lyst: et pilotprosjekt i disse avdelingene, på denne plattformen, med dette første steget.
results-page-none-ready-advice = Begynn der interessen er størst: del retningslinjer, tilby alle et kort kurs, og spør igjen om noen måneder.
results-page-goal-label = Programmets mål
results-page-settings = Slik leses resultatene
results-page-settings-explained = Målet avgjør hvilke plattformer som passer best. Med bedriftens egne følgertall viser siden hvor mange ganger de frivilliges rekkevidde det tilsvarer.
results-page-error-followers = Følgertall må være hele tall.
results-page-link = Se resultatene
admin-action-results-settings-changed = Endret hvordan resultatene leses

# Revisjonen: hva som ble holdt tilbake, og hvorfor
results-page-range = { $low }–{ $high } %
results-page-audit-title = Hva som ble holdt tilbake, og hvorfor
results-page-audit-summary = Før resultatene ble publisert, kontrollerte en revisjon med en angripers øyne { $protected } beskyttede tall mot alt som vises her, samtidig.
results-page-audit-none = Ingenting måtte holdes tilbake utover reglene over.
results-page-audit-some = Den rundet av eller skjulte { $withheld } tall til, så ingen liten gruppes svar kan regnes ut:
results-page-audit-line = { $figure }: { $now }, for å beskytte { $protects }.
results-page-audit-now-rounded = rundet av til om lag { $value } %
results-page-audit-now-count = rundet av til om lag { $value }
results-page-audit-now-band = vist som «{ $band }»
results-page-audit-now-hidden = skjult
results-page-audit-protects-department = svarene på «{ $question }» fra en avdeling med for få personer til å vises for seg (hvilken, sies ikke)
results-page-audit-protects-figure = { $figure } (vises bare omtrent eller er skjult)
results-page-audit-answered = hvor mange som svarte
results-page-audit-weekly = ukentlig eller oftere
results-page-audit-reach = de frivilliges rekkevidde på { $platform }
results-page-complementary = «Øvrige avdelinger» rommer også en avdeling med { $k } eller flere svar: avdelingene som var for små til å vises, var til sammen færre enn { $k }, så den minste avdelingen som kunne vises, er slått sammen med dem – ellers kunne de regnes ut fra totalen.

# Reading the results (issue 21): the chart's scrolling region, named apart from its table
results-page-chart-region = Diagram: { $title }
