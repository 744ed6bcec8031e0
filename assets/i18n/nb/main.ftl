# Tekster på alle sider. Nøklene er de samme på da, nb og en.
site-name = Stemme
site-tagline = Anonyme undersøkelser på jobben
skip-to-content = Hopp til innholdet
language-switch-label = Språk
lang-da = Dansk
lang-nb = Norsk (bokmål)
lang-en = English
footer-anonymity = Slik er du anonym her
noscript-survey = Denne undersøkelsen krever JavaScript. Nettleseren din bruker det til å gjøre svaret ditt anonymt før noe sendes: den forkler («blinder») en tilfeldig billett, slik at serveren kan godkjenne den uten noen gang å se den. Slå på JavaScript for denne siden, eller bruk en annen nettleser.
error-title = Noe gikk galt
error-not-found = Det finnes ingenting på denne adressen.
error-server = Noe gikk galt på serveren. Prøv igjen om litt.
error-too-slow = Forespørselen brukte for lang tid på å komme fram. Prøv igjen.
error-method = Denne adressen kan ikke brukes på den måten.

# Request bodies (issue 19): a compressed body, or one without a length, is refused before it is read.
error-compressed-body = Forespørselen ble sendt komprimert, og det tar ikke Stemme imot. Last inn siden på nytt og prøv igjen.
error-length-required = Forespørselen ble sendt uten å oppgi lengden sin, og den må Stemme vite. Last inn siden på nytt og prøv igjen.

# Code health (issue 24): a request the service refuses on an employee page.
error-request = Det du ba om, lar seg ikke gjøre her. Gå tilbake og prøv igjen.
