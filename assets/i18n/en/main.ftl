# Interface strings shared by every page. Keys are the same in da, nb and en.
site-name = Stemme
site-tagline = Anonymous surveys at work
skip-to-content = Skip to content
language-switch-label = Language
lang-da = Dansk
lang-nb = Norsk (bokmål)
lang-en = English
footer-anonymity = How anonymity works here
noscript-survey = This survey needs JavaScript. Your browser uses it to make your answer anonymous before anything is sent: it disguises ("blinds") a random voucher so the server can approve it without ever seeing it. Please turn JavaScript on for this page, or use another browser.
error-title = Something went wrong
error-not-found = There is nothing at this address.
error-server = Something went wrong on the server. Please try again later.
error-too-slow = The request took too long to arrive. Please try again.
error-method = This address cannot be used that way.

# Request bodies (issue 19): a compressed body, or one without a length, is refused before it is read.
error-compressed-body = The request was sent compressed, which Stemme does not accept. Reload the page and try again.
error-length-required = The request was sent without its length, which Stemme needs. Reload the page and try again.

# Code health (issue 24): a request the service refuses on an employee page.
error-request = What you asked for cannot be done here. Go back and try again.
