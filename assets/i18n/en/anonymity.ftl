# The page /anonymity: how anonymity works, for people who are not
# cryptographers. Keep it consistent with docs/privacy.md.
anonymity-title = How your anonymity is protected
anonymity-lead = Stemme is built so that nobody – not HR, not IT, not whoever runs the server – can tell what you in particular answered. This page explains how, without the mathematics, and also what Stemme cannot protect you against.
anonymity-picture-heading = An everyday picture: the stamped envelope
anonymity-picture-1 = Imagine writing a random number on a slip of paper and sealing it in an envelope lined with carbon paper. You show your invitation, and HR stamps the outside of the envelope. The stamp goes through the carbon paper onto your slip.
anonymity-picture-2 = At home you open the envelope: your slip now carries a genuine stamp, but HR never saw the slip or its number. Later you put the slip and your answers into a ballot box. The stamp proves that someone who was invited answered – but nobody can tell which envelope it came from.
anonymity-picture-3 = Your browser does exactly this, with mathematics instead of paper (RSA blind signatures, the method Privacy Pass also uses). The invite code is your invitation, and the “voucher” is the slip.
anonymity-once-heading = Why you can answer only once
anonymity-once = Each code gets one voucher, and each voucher can be used for one set of answers. To recognise a used voucher, the server keeps a one-way scrambled copy of it (a so-called hash) – not the voucher itself, and nothing that leads back to your code.
anonymity-stored-heading = What is stored
anonymity-stored-yes = Your answers and your department; for each code, only whether it has been used (and, while the survey is open, a scrambled copy of the disguised voucher, so that a lost connection does not cost you your answer); and one-way scrambled copies of used vouchers.
anonymity-stored-no = Not stored: your name, your email address, your IP address, your browser, the time you answered, or the order in which answers arrived. Stemme’s log notes only that a request happened – never who made it or what it contained.
anonymity-hr-heading = What HR sees
anonymity-hr-open = While the survey is open: only how many people in each department have answered – no answers at all.
anonymity-hr-closed = When the survey is closed: results per department, but never for a group smaller than a minimum size (usually five people). Small departments are put together under “{ results-other-departments }”. When the survey closes, the keys that stamp vouchers are destroyed, so no new vouchers can ever be made.
anonymity-free-text = There are no text boxes in the survey, only options to tick: the way someone writes can give them away, even in an anonymous survey.
anonymity-limits-heading = What Stemme cannot protect you against
anonymity-limit-codes = If codes are handed out by name, HR knows who got which code and can see whether it has been used – but not what was answered with it. Slips handed out at random avoid even that.
anonymity-limit-timing = Someone watching the server live could guess that a voucher fetched a few seconds before an answer arrived belongs to that answer, especially when only a few people are answering. That is why your browser fetches the voucher when you give your first answer, not when you send: the two are minutes apart. You can also answer a little now and finish later: everything is kept in your browser.
anonymity-limit-small = In a very small department, even combined results say a lot. That is why small groups are not shown on their own.
anonymity-limit-device = Stemme cannot see your screen, but others might: a colleague looking over your shoulder, or monitoring software on a work computer. Use your own phone if you prefer.
anonymity-limit-code = The page runs a program that the server sends to your browser. A server that stamped one person’s voucher with a key of its own could tell that person’s answers apart. So HR’s survey page shows each department’s short key (and so do slips made after the survey opened), your page shows the key it used, and when your invite link carries the key, the page compares them by itself and uses nothing if they differ.
anonymity-tips-heading = Good habits
anonymity-tip-later = If you like, answer a little now and finish at another time.
anonymity-tip-own = Answer on your own device – in a private browser window if you share the device with others.
anonymity-tip-fingerprint = Compare the key fingerprint with the one HR publishes.
