# Tekster på alle sider. Nøglerne er de samme på da, nb og en.
site-name = Stemme
site-tagline = Anonyme undersøgelser på arbejdspladsen
skip-to-content = Spring til indholdet
language-switch-label = Sprog
lang-da = Dansk
lang-nb = Norsk (bokmål)
lang-en = English
footer-anonymity = Sådan er du anonym her
noscript-survey = Denne undersøgelse kræver JavaScript. Din browser bruger det til at gøre dit svar anonymt, før noget sendes: den forklæder (»blinder«) en tilfældig billet, så serveren kan godkende den uden nogensinde at se den. Slå JavaScript til for denne side, eller brug en anden browser.
error-title = Noget gik galt
error-not-found = Der er intet på denne adresse.
error-server = Der gik noget galt på serveren. Prøv igen om lidt.
error-too-slow = Forespørgslen var for længe undervejs. Prøv igen.
error-method = Denne adresse kan ikke bruges på den måde.

# Request bodies (issue 19): a compressed body, or one without a length, is refused before it is read.
error-compressed-body = Forespørgslen blev sendt komprimeret, og det tager Stemme ikke imod. Genindlæs siden, og prøv igen.
error-length-required = Forespørgslen blev sendt uden at angive sin længde, og den skal Stemme kende. Genindlæs siden, og prøv igen.

# Code health (issue 24): a request the service refuses on an employee page.
error-request = Det, du bad om, kan ikke lade sig gøre her. Gå tilbage, og prøv igen.
