# Regnearksudtræk (src/export) og deres knapper på resultatsiden.
export-sheet-summary = Oversigt
export-sheet-charts = Diagrammer
export-sheet-departments = Pr. afdeling
export-sheet-long = Lang tabel
export-sheet-codebook = Kodebog
export-file-results = resultater
export-file-departments = pr. afdeling
export-file-long = lang tabel
export-aggregates-only = Filen indeholder kun samlede tal, aldrig én række pr. besvarelse, og hvert tal beskriver mindst k personer.
export-survey = Undersøgelse
export-survey-id = Undersøgelsens id
export-questionnaire = Spørgeskema
export-questionnaire-version = { $title } (version { $version })
export-opened = Åbnet (UTC)
export-closed = Lukket (UTC)
export-k = Mindste gruppe, der vises (k)
export-participation = Deltagelse
export-readiness = Parathedsindeks pr. afdeling (0–100)
export-recommendation = Anbefaling pr. mål
export-privacy = Sådan beskytter tallene små grupper
export-see-sheets = Arkene »{ $departments }« og »{ $long }« har alle offentliggjorte tal; »{ $codebook }« forklarer alle id'er.
export-chart-left-out = Ikke med i diagrammet, fordi deres tal vises som intervaller: { $groups }.
export-col-index = Parathedsindeks: { $goal }
export-col-weekly = Ugentligt eller oftere: { $platform }
export-col-willingness = Lyst { $option }
export-col-mean = Lyst, gennemsnit (1–5)
export-col-volunteers-share = Frivillige, andel
export-col-barriers = Største barrierer
export-col-reach = Mulig rækkevidde (højst)
export-col-subgroup = Undergruppe
export-col-question = Spørgsmål
export-col-row = Række
export-col-option = Svar
export-col-answered = Besvarede spørgsmålet
export-col-count = Antal
export-col-share = Andel
export-col-shown-as = Vist som
export-col-text = Tekst
export-col-kind = Type
export-col-value = Værdi
export-subgroup-all = Alle, der svarede
export-shown-exact = præcist tal
export-downloads-title = Hent resultaterne
export-downloads-hint = På dansk, med de samme tal som denne side. Regnearket har en oversigt, diagrammer, en tabel pr. afdeling, en lang tabel til pivottabeller og en kodebog; CSV-filerne har én tabel hver.
export-download-xlsx = Regneark (XLSX)
export-download-departments = CSV pr. afdeling
export-download-long = CSV lang tabel
export-raw-data-title = Leder du efter rådata?
export-raw-data = Stemme udtrækker aldrig én række pr. besvarelse. En sådan række, med en persons platforme, antal følgere og lyst side om side, kan pege på én person i en lille afdeling. Den lange tabel har i stedet alle offentliggjorte tal, én linje pr. svar pr. afdeling, klar til en pivottabel.
export-refused-title = Resultaterne kan ikke hentes endnu
export-refused = Undersøgelsens status er »{ $status }«. Svarene kan først hentes, når den er lukket: mens en undersøgelse kører, vises kun deltagelsen, så ingen ser svar, mens folk stadig svarer.
export-refused-back = Tilbage til undersøgelsen
admin-action-results-exported = Hentede resultaterne

# Udskrift og diagrammer i regnearket (issue 21)
export-page-of = Side { $page } af { $pages }
export-chart-pilots-starred = ★ = foreslået til pilot for det valgte mål.

# Audited publication: how a rounded share and a rounded count read in the exports
export-shown-rounded = afrundet til nærmeste { $step } procentpoint
export-about-count = ≈ { $value }
