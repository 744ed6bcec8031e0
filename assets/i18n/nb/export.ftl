# Regnearkuttrekk (src/export) og knappene deres på resultatsiden.
export-sheet-summary = Oversikt
export-sheet-charts = Diagrammer
export-sheet-departments = Per avdeling
export-sheet-long = Lang tabell
export-sheet-codebook = Kodebok
export-file-results = resultater
export-file-departments = per avdeling
export-file-long = lang tabell
export-aggregates-only = Filen inneholder bare samlede tall, aldri én rad per besvarelse, og hvert tall beskriver minst k personer.
export-survey = Undersøkelse
export-survey-id = Undersøkelsens id
export-questionnaire = Spørreskjema
export-questionnaire-version = { $title } (versjon { $version })
export-opened = Åpnet (UTC)
export-closed = Lukket (UTC)
export-k = Minste gruppe som vises (k)
export-participation = Deltakelse
export-readiness = Parathetsindeks per avdeling (0–100)
export-recommendation = Anbefaling per mål
export-privacy = Slik beskytter tallene små grupper
export-see-sheets = Arkene «{ $departments }» og «{ $long }» har alle publiserte tall; «{ $codebook }» forklarer alle id-er.
export-chart-left-out = Ikke med i diagrammet, fordi tallene deres vises som intervaller: { $groups }.
export-col-index = Parathetsindeks: { $goal }
export-col-weekly = Ukentlig eller oftere: { $platform }
export-col-willingness = Lyst { $option }
export-col-mean = Lyst, gjennomsnitt (1–5)
export-col-volunteers-share = Frivillige, andel
export-col-barriers = Største hindringer
export-col-reach = Mulig rekkevidde (høyst)
export-col-subgroup = Undergruppe
export-col-question = Spørsmål
export-col-row = Rad
export-col-option = Svar
export-col-answered = Svarte på spørsmålet
export-col-count = Antall
export-col-share = Andel
export-col-shown-as = Vist som
export-col-text = Tekst
export-col-kind = Type
export-col-value = Verdi
export-subgroup-all = Alle som svarte
export-shown-exact = nøyaktig tall
export-downloads-title = Last ned resultatene
export-downloads-hint = På norsk, med de samme tallene som denne siden. Regnearket har en oversikt, diagrammer, en tabell per avdeling, en lang tabell for pivottabeller og en kodebok; CSV-filene har én tabell hver.
export-download-xlsx = Regneark (XLSX)
export-download-departments = CSV per avdeling
export-download-long = CSV lang tabell
export-raw-data-title = Ser du etter rådata?
export-raw-data = Stemme henter aldri ut én rad per besvarelse. En slik rad, med en persons plattformer, antall følgere og lyst side om side, kan peke ut én person i en liten avdeling. Den lange tabellen har i stedet alle publiserte tall, én linje per svar per avdeling, klar for en pivottabell.
export-refused-title = Resultatene kan ikke lastes ned ennå
export-refused = Undersøkelsens status er «{ $status }». Svarene kan først lastes ned når den er lukket: mens en undersøkelse pågår, vises bare deltakelsen, så ingen ser svar mens folk fortsatt svarer.
export-refused-back = Tilbake til undersøkelsen
admin-action-results-exported = Lastet ned resultatene

# Utskrift og diagrammer i regnearket (issue 21)
export-page-of = Side { $page } av { $pages }
export-chart-pilots-starred = ★ = foreslått som pilot for det valgte målet.

# Audited publication: how a rounded share and a rounded count read in the exports
export-shown-rounded = avrundet til nærmeste { $step } prosentpoeng
export-about-count = ≈ { $value }
