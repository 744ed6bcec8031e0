# The employee's pages: the front page, a survey, and their messages.
# Keys are the same in da, nb and en. Messages the page's script shows are
# rendered into the page; `{ $count }` and `{ $character }` are filled in there.

## Front page
home-title = Answer a survey
home-lead = Stemme is where your workplace asks for your opinion – anonymously. You answer in your browser, and nobody – not HR, not IT, not whoever runs this server – can see what you in particular answered.
home-code-heading = Do you have an invite code?
home-code-intro = Type the code from your slip or email. If you got a link, you can simply open it instead.
home-code-submit = Continue
home-noscript = Stemme needs JavaScript: your browser uses it to make your answer anonymous before anything is sent. Please turn JavaScript on for this site, or use another browser.
home-anonymity-heading = How anonymity works here
home-anonymity-voucher = Your code only fetches a voucher. Your browser disguises the voucher before the server stamps it, so the server never sees which voucher belongs to which code.
home-anonymity-answers = Your answers are sent with the voucher, not with your code, and are stored without your name, address, device or the time you answered.
home-anonymity-groups = While the survey is open, HR sees only how many have answered. Afterwards, HR sees results only for groups large enough that nobody stands out.
home-anonymity-more = Read more about how your anonymity is protected

## The invite code, on the front page and on a survey
code-label = Invite code
code-hint = 24 letters and digits, for example 7KQ2-M9XD-4RTB-HC3W-P8NF-VJ0B. Upper or lower case does not matter.
code-empty = Please type your invite code.
code-wrong-length = An invite code has 24 letters and digits. You have typed { $count }.
code-invalid-character = “{ $character }” is not used in invite codes. They contain only digits and the letters A–Z (not U, Æ, Ø or Å).
code-mistyped = There is a typing error in this code. Compare it with your slip: probably one character is wrong, or two have swapped places.
code-unknown = This code was not recognised. Check that you have typed it exactly as on your slip, or ask the person who gave it to you.
code-used = This code has already been used. Each code works once. If you have already answered: thank you! If not, ask HR for a new code.
code-network = Stemme could not be reached. Check your connection and try again – what you have typed is kept.
code-checking = Checking your code …
retry = Try again

## A survey
survey-code-heading = Your invite code
survey-code-intro = Type the code from your slip or email. It is used only when you give your first answer: it then fetches an anonymous voucher, and your answers are sent with the voucher – never with the code.
survey-code-submit = Continue
voucher-working = Getting your anonymous voucher …
voucher-department = Department
voucher-fingerprint = Key fingerprint
voucher-fingerprint-hint = HR can show you the short key of each department; slips made after the survey opened have it printed on them. If yours is the same, your voucher was stamped with the same key as everyone else’s in your department.
start-ready = Invite for { $department }. Nothing is used until your first answer.
start-done = Your anonymous voucher for { $department } is ready. Your answers are kept in this browser until you send them, so you can close the page and come back later.
code-first = Type your invite code first: it fetches the anonymous voucher your answers are sent with.
voucher-summary = Your anonymous voucher, and continuing on another device
voucher-key-short = Key (short)
voucher-key-checked = ✓ This page has checked that the key is the one in your invite link.
key-mismatch = The survey’s key does not match the key in your invite link, so your code has not been used. Please tell HR: a key of your own would let the server tell your answers apart from your colleagues’.
move-heading = Continue on another device
move-intro = Scan this QR code with the other device’s camera, or send yourself the link and open it there. The voucher moves with it; the answers ticked so far stay here.
move-show = Show the QR code and the link
move-qr-label = QR code of the link that moves your voucher
move-warning = Whoever has this link can answer once in your place. Keep it to yourself, and use it only to move your own voucher.
move-link-label = Link that moves your voucher
move-copy = Copy the link
move-copied = The link has been copied.
move-invalid = This is not a voucher for this survey. Check that you copied the whole link.
whose-heading = Who is answering now?
whose-intro = This browser keeps unsent answers from another invite. Answers from different people must never be mixed, so choose whose turn it is. The other answers stay here for their owner.
whose-private = On a shared computer, each person should answer in a private window: then nothing stays behind.
whose-continue = Continue the answers for { $department } (code ending { $hint })
whose-continue-moved = Continue the answers for { $department } (moved from another device)
whose-new = Start with the new link: { $department } (code ending { $hint })
whose-other = Someone else: type a code
elsewhere-heading = You started on another device
elsewhere-body = This code has already fetched its voucher in another browser. Continue there – or move the voucher here: on the other device, open “Your anonymous voucher” and “Continue on another device”, then scan the QR code with this device or open the link here.
elsewhere-paste-label = Or paste the link from the other device
elsewhere-paste-submit = Move my voucher here
elsewhere-hr = If you have not started anywhere, someone else may have used your code: ask HR for a new one.
draft-code = Your code:
survey-keys = This survey’s keys and their fingerprints
key-unverified = This page could not verify the survey’s key, so your code has not been used. Please let HR know.
voucher-invalid = The voucher the server returned did not check out, so it will not be used. Please let HR know.
survey-not-open = This survey has not opened yet. Keep your code or link, and use it again once HR says the survey has started.
survey-closed = This survey is closed, so no more answers can be sent. Thank you to everyone who took part.
required = required
required-note = Questions with * must be answered.
survey-submit = Send my answers
send-working = Sending your answers …
send-network = Your answers could not be sent. Check your connection and try again – your answers are kept.
token-spent = This voucher has already been used, so your answers were most likely received already. Thank you!
token-rejected = This survey did not accept your stored voucher, so it has been removed. If you still have an unused code, type it again.
problems-heading = Please check these questions
problem-missing = Please answer this question.
problem-missing-rows = Please answer every row.
problem-missing-choice = Please choose at least one answer.
problem-exclusive = This answer cannot be combined with the others you chose.
problem-row-not-shown = Please answer the question this one depends on first.
problem-invalid = This answer was not accepted. Please choose again.
thanks-heading = Thank you!
thanks-body = Your answers have been received anonymously, and your voucher has been removed from this browser. You can close this page now.

## Pages that do not exist
not-found-title = Page not found
not-found-survey = There is no survey at this address. Check the link, or type your code on the front page.
go-home = Go to the front page

## The size of one's crowd, before answering (rule P10, issue 19)
start-crowd = You are one of { $invited } invited to { $department }. Nothing is used until your first answer.

## Signing in with the company's account (issue 25): the survey page and every page a sign-in can end on
survey-sso-heading = Sign in to answer
survey-sso-privacy = Signing in tells the company's sign-in service only that you opened Stemme, and tells Stemme only your department: Stemme keeps no name or e-mail address, just a scrambled mark that you have taken part, and nobody can see what you answer.
survey-sso-button = Sign in with { $provider }
survey-sso-button-generic = Sign in with your work account
survey-sso-or-code = Or use an invite code
sso-first = Sign in first: your answers count once you have signed in.
sso-pass-invalid = Your sign-in is no longer valid for this survey. Sign in again.
sso-no-seat-short = Every place for your department is taken. Ask HR to add places.
sso-failed-title = Signing in did not work
sso-provider-down = The company's sign-in service cannot be reached right now. Try again in a few minutes; if it keeps happening, tell IT.
sso-provider-broken = The company's sign-in service answered in a way Stemme cannot use. Tell IT that Stemme's sign-in is set up wrongly.
sso-state-unknown = This sign-in has already been used, or it took more than ten minutes. Start again from the survey's link or the sign-in page.
sso-other-browser = This sign-in was started in another browser. Start again in this one.
sso-refused = The sign-in service did not let you in (it said “{ $reason }”). Start again, or ask IT.
sso-wrong-audience = The sign-in service's answer was meant for another application, so Stemme cannot trust it and nobody is signed in. Tell IT that Stemme's client id is set up wrongly.
sso-wrong-issuer = The answer came from another sign-in service than the one Stemme is set up with, so nobody is signed in. Tell IT.
sso-expired = The sign-in service's answer has expired, so nobody is signed in. Start again; if it keeps happening, the clock of the sign-in service or of Stemme's server is wrong: tell IT.
sso-not-yet-valid = The sign-in service's answer is not valid yet, so nobody is signed in: the clock of the sign-in service or of Stemme's server is wrong. Tell IT.
sso-bad-signature = The sign-in service's answer does not carry a valid signature, so Stemme cannot trust it and nobody is signed in. Tell IT.
sso-unknown-key = The sign-in service's answer is signed with a key the service does not publish, so Stemme cannot trust it and nobody is signed in. Tell IT.
sso-wrong-nonce = The sign-in service's answer belongs to another sign-in, so Stemme cannot trust it and nobody is signed in. Start again.
sso-invalid = The sign-in service's answer could not be accepted, so nobody is signed in. Start again, or tell IT.
sso-not-configured = Signing in with the company's account is not set up on this Stemme.
sso-survey-not-open = This survey is not taking answers: it has not opened yet, or it has closed.
sso-sign-in-off = This survey does not use signing in. Use the invite code you were given.
sso-unmapped = Your account does not say which of this survey's departments you belong to, so Stemme cannot give you a voucher. Your account says: { $values }. Ask HR to add that to the survey's departments.
sso-unmapped-none = Your account does not say which department you belong to, so Stemme cannot give you a voucher. Ask HR or IT.
sso-ambiguous = Your account matches more than one of this survey's departments ({ $departments }), so Stemme cannot tell which one your answers count for. Ask HR.
sso-no-seat = Every place for { $department } is taken: more people have signed in than HR expected. Ask HR to add places.
sso-not-admin = You signed in as { $name }, but that account is not one of Stemme's administrators. Ask IT to add you to the administrators' group.
sso-name-taken = Stemme already has an account called { $name } that signs in with a password. Ask IT to rename that account, or sign in with its password.

# Opening one's own link again after sending (issue 21)
answered-here = You have already answered this survey from this browser. Thank you for your answers!
