# HR's pages (/admin). Keys are the same in da, nb and en.

## Navigation and common words
admin-nav-label = Administration
admin-nav-surveys = Surveys
admin-nav-audit = Audit trail
admin-signed-in-as = Signed in as
admin-sign-out = Sign out
admin-back-to-surveys = Back to the surveys
admin-back-to-survey = Back to the survey
admin-form-has-problems = Please correct the following:
admin-save = Save
admin-cancel = Cancel
admin-add = Add
admin-rename = Rename
admin-remove = Remove
admin-total = Total
admin-line = Line { $line }:
admin-status = Status
admin-status-draft = Draft
admin-status-open = Open
admin-status-closed = Closed

## Setting up and signing in
admin-setup-title = Set up Stemme
admin-setup-intro = Choose the name and password of the first administrator. This page works once: after that, more administrators are added with the command stemme admin create.
admin-setup-code = Setup code
admin-setup-code-hint = Filled in for you when you open the link that stemme serve printed. Otherwise, copy the part after "#token=" here.
admin-setup-submit = Create the administrator and sign in
admin-setup-already-done = Stemme is already set up: an administrator exists. Sign in instead, or ask an administrator to create an account for you.
admin-sign-in-title = Sign in
admin-sign-in-intro = For HR and communications staff who run surveys. Employees answering a survey do not sign in.
admin-sign-in = Sign in
admin-sign-in-required = Please sign in to continue.
admin-username = User name
admin-password = Password
admin-new-password = New password
admin-repeat-password = The same password again
admin-password-hint = At least { $min } characters. A sentence of a few ordinary words is long and easy to remember.

## The list of surveys
admin-surveys-title = Surveys
admin-new-survey = New survey
admin-no-surveys = There are no surveys yet. Create the first one to get started.
admin-title = Title
admin-departments = Departments
admin-department = Department
admin-invites-made = Invites made
admin-tokens-issued = Started answering
admin-responses-received = Answered

## Creating a survey
admin-title-hint = Employees see this title, for example "Social media at Nordlys".
admin-departments-hint = One department per line. Results are shown per department, so every employee should belong to exactly one.
admin-k-label = Minimum group size (k)
admin-k-hint = No result will describe fewer than k people. At least { $min }; 5 is a good choice.
admin-questionnaire = Questionnaire
admin-questionnaire-default = The built-in questionnaire on social media and employee advocacy (recommended)
admin-questionnaire-upload = My own questionnaire file
admin-questionnaire-file = Questionnaire file (TOML)
admin-questionnaire-file-hint = Only needed for your own questionnaire. The format is described in docs/questionnaire.md.
admin-questionnaire-problems = The questionnaire file has these problems:
admin-create-draft = Create the draft

## One survey
admin-survey-id = Survey id:
admin-employee-link = Employees answer at
admin-participation = Participation
admin-participation-caption = Participation per department
admin-participation-draft = Nobody can answer before the survey is opened.
admin-participation-open = While the survey is open you see only how many have taken part, never what anyone answered.
admin-participation-closed = The survey is closed: no more answers can be given.
admin-bar-label = Share of invites
admin-in-results = In the results
admin-placement-shown = Shown on its own
admin-placement-pooled = Pooled into “{ results-other-departments }”
admin-placement-suppressed = Hidden: too few responses
admin-placement-empty = No responses yet
admin-k-heading = Minimum group size
admin-k-explained = k = { $k }: no result describes fewer than { $k } people. A department with fewer responses is pooled with others into “{ results-other-departments }”, and if even that pool is too small, it is hidden, so nobody's answers can be singled out.
admin-departments-draft-only = Departments can be changed only while the survey is a draft.
admin-remove-warning = { $count ->
        [one] Also delete its one invite: a code already handed out will stop working.
       *[other] Also delete its { $count } invites: codes already handed out will stop working.
    }
admin-new-department = New department
admin-invites = Invites
admin-codes-once = Codes are shown only once. Stemme keeps only a fingerprint of each code and can never show it again: save the file or print the sheet right away.
admin-invite-count = How many invites
admin-invite-format = Format
admin-format-slips = A sheet of slips to print and hand out (A4, 8 slips per page, each with a QR code)
admin-format-csv = A CSV file for a mail merge (department, code, link)
admin-make-invites = Make invites
admin-life-cycle = Open and close
admin-open-explained = Opening creates a key for each department. Employees can then answer, and departments can no longer be changed.
admin-open = Open the survey
admin-close-explained = Close the survey when enough people have answered. Closing is final.
admin-close-ellipsis = Close the survey…
admin-closed-explained = This survey is closed and its private keys are destroyed. The results are based on the answers received.
admin-done-created = The survey has been created as a draft. Check the departments, then make invites.
admin-done-opened = The survey is open: invites can now be used.
admin-done-closed = The survey is closed, and its private keys are destroyed.
admin-done-departments = The departments have been changed.
admin-done-settings = The minimum group size has been saved.

## Closing
admin-close-title = Close "{ $title }"?
admin-close-final = Closing is final and cannot be undone.
admin-close-keys = The survey's private keys are destroyed: no token can ever be issued again.
admin-close-invites = Nobody can answer any more; unused invites stop working.
admin-close-results = The aggregated results become available.
admin-close-confirm = I understand that closing cannot be undone.
admin-close-submit = Close the survey for good

## Slips
admin-slips-title = Invite slips: { $department }
admin-slips-intro = { $count ->
        [one] One slip
       *[other] { $count } slips
    } on { $pages ->
        [one] one A4 page
       *[other] { $pages } A4 pages
    }. Print this page now (Ctrl+P or ⌘P): the codes are shown only once and cannot be shown again. Cut along the dashed lines and hand the slips out at random.
admin-slip-qr = QR code with the invite link
admin-slip-help = Scan the code, or go to this address and type the code:

## Audit trail
admin-audit-title = Audit trail
admin-audit-intro = What administrators have done, and when. It records HR's actions only, never anything about employees or their answers.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-survey = Survey
admin-audit-detail = Detail
admin-actor-command-line = (command line)
admin-action-account-created = Created an account
admin-action-signed-in = Signed in
admin-action-signed-out = Signed out
admin-action-survey-created = Created a survey
admin-action-departments-changed = Changed departments
admin-action-settings-changed = Changed a setting
admin-action-invites-created = Made invites
admin-action-survey-opened = Opened a survey
admin-action-survey-closed = Closed a survey

## Errors
admin-error-cross-site = This request was refused because it did not come from Stemme's own pages. Go back, reload the page and try again.
admin-error-bad-form = The form could not be read. Reload the page and try again.
admin-error-survey-not-found = There is no such survey.
admin-error-department-not-found = The survey has no department called "{ $name }".
admin-error-wrong-status = This cannot be done while the survey's status is "{ $status }".
admin-error-questionnaire = The questionnaire file is not valid; see the problems below.
admin-error-title-empty = Give the survey a title.
admin-error-title-too-long = The title can have at most { $max } characters.
admin-error-department-empty = A department needs a name.
admin-error-department-too-long = A department name can have at most { $max } characters.
admin-error-control-character = Names cannot contain control characters such as tabs.
admin-error-departments-none = Give at least one department.
admin-error-departments-too-many = A survey can have at most { $max } departments.
admin-error-department-twice = The department "{ $name }" is listed twice.
admin-error-k-too-small = The minimum group size must be at least 3.
admin-error-k-too-large = The minimum group size can be at most 100.
admin-error-k-number = Give the minimum group size as a whole number, at least { $min }.
admin-error-invite-count = Give a number of invites from 1 to { $max }.
admin-error-no-file = Choose a questionnaire file, or use the built-in questionnaire.
admin-error-not-utf8 = The questionnaire file must be a text file in UTF-8.
admin-error-upload = The form could not be read. Is the file larger than { $kib } KiB?
admin-error-confirm-remove = Tick the box to confirm that the department's invites will be deleted.
admin-error-confirm-close = Tick the box to confirm that you want to close the survey for good.
admin-error-wrong-credentials = The user name or the password is wrong.
admin-error-throttled = Too many failed attempts. Wait { $minutes } minutes and try again.
admin-error-busy = There are many sign-in attempts right now. Wait a moment and try again.
admin-error-username-length = A user name has { $min } to { $max } characters.
admin-error-username-character = A user name cannot contain spaces.
admin-error-password-short = The password needs at least { $min } characters.
admin-error-password-long = The password can have at most { $max } characters.
admin-error-passwords-differ = The two passwords differ. Type the same password twice.
admin-error-name-taken = There is already an account called "{ $name }".
admin-error-setup-refused = This setup link cannot be used: it has been used already, or the server printed a newer one. If an administrator exists, sign in instead.
admin-error-invites-resubmitted = This invite form was already used, or it has expired, so no new invites were made. The codes of that batch were shown only once, in the answer you got then. To make more invites, fill in the form below.

# HR meets it: invites in a row, slips, preview, opening, batches.
admin-placement-pooled-all = Shown together with the others (each has fewer than k answers)
admin-open-ellipsis = Open the survey…
admin-open-title = Open "{ $title }"?
admin-open-what = Opening starts the survey for real:
admin-open-keys = { $count ->
        [one] A key is made for the department; every answer counts in the department whose key it carries.
       *[other] A key is made for each of the { $count } departments; every answer counts in the department whose key it carries.
    }
admin-open-locked = Departments can no longer be added, renamed or removed.
admin-open-answering = Employees with an invite can answer from now on.
admin-open-departments = Departments and the invites made so far
admin-open-confirm = I have checked the departments.
admin-error-confirm-open = Tick the box to confirm that the departments are right.
admin-close-still-answering = { $count ->
    [one] One person has started and not sent their answers yet. If you close now, they can no longer send them.
   *[other] { $count } people have started and not sent their answers yet. If you close now, they can no longer send them.
}
admin-error-confirm-void = Tick the box to confirm that these invites will stop working.
admin-error-batch-not-found = This survey has no such batch of invites.
admin-done-voided = The unused invites of the batch no longer work.
admin-preview = Preview the questionnaire
admin-preview-banner = Preview: this is how employees see the questions. Nothing here is sent, and no invite is used.
admin-preview-no-send = Send (not in the preview)
admin-invites-all-departments = All departments (this many each)
admin-invites-all-hint = “All departments” makes one CSV file with a batch for each department.
admin-slip-language = Language of the slips
admin-csv-style = Spreadsheet
admin-csv-nordic = Excel in Danish or Norwegian (semicolons)
admin-csv-plain = Excel in English, or other programs (commas)
admin-invites-file = invites
admin-invites-file-all = all-departments
admin-batches = Batches of invites
admin-batches-explained = Invites are made in batches. If a batch was lost (slips never printed, a file deleted), void its unused invites: their codes stop working at once. Used invites are not affected.
admin-batch-number = Batch
admin-batch-format = Format
admin-batch-format-csv = CSV file
admin-batch-format-slips = Slips
admin-batch-made-by = Made by
admin-batch-made = Invites
admin-batch-used = Used
admin-batch-void = Void unused
admin-batch-void-confirm = { $count ->
        [one] Make its one unused invite stop working
       *[other] Make its { $count } unused invites stop working
    }
admin-batch-voided = { $count } voided
admin-action-invites-voided = Voided invites

## Department keys, for employees to compare (survey page, slips)
admin-keys = Department keys
admin-keys-hint = Each department’s vouchers are stamped with its own key. Employees see the short key of theirs on the survey page and can compare it with this list. Slips and links made after the survey opened carry it, so employees can compare it with their slip, and the page compares it with the link by itself. If anyone ever sees another key for their department, the anonymity of their answer is at risk: find out why.
admin-slip-key = Key:

## Look-alike and small departments (rule P10, issue 19)
admin-error-department-invisible = A department name cannot contain invisible or formatting characters (such as a zero-width space): people would see one name where there are two.
admin-error-department-look-alike = "{ $name }" looks just like "{ $other }". Employees could not tell the two departments apart, and an answer in the wrong one would stand alone. Choose a name that differs visibly.
admin-error-too-few-invites = Some departments have fewer invites than the minimum group size ({ $k }), so their answers would stand apart: { $departments } Merge them with another department below, or make more invites, before you open the survey.
admin-small-departments = Too few invites to open
admin-small-department = { $invites ->
        [one] { $department } has 1 invite, fewer than { $k }.
       *[other] { $department } has { $invites } invites, fewer than { $k }.
    }
admin-merge-into = Merge { $department } into
admin-merge = Merge
admin-error-too-few-invites-open = { $department } would have { $invites } invites, fewer than the minimum group size ({ $k }), and its answers would stand apart. In an open survey a department has no invites or at least { $k }: make at least { $k } in its first batch, and void a batch only if { $k } or more are left.

## Restoring a backup, and codes used from one address (issue 19)
admin-action-backup-restored = Restored from a backup
admin-action-codes-from-one-address = Warning: many codes from one address

## Signing in with the company's account (issue 25): HR's sign-in, and each survey's way to vouchers
admin-sso-button = Sign in with { $provider }
admin-sso-button-generic = Sign in with your work account
admin-sso-passwords-off = Signing in with a password is switched off on this Stemme. Use the button above to sign in with your work account.
admin-sso-signed-in-title = Signed in
admin-sso-signed-in = Signed in as { $name }.
admin-sso-continue = Continue
admin-done-sign-in = How employees get their voucher has been saved.
admin-sso-heading = Signing in with the company's account
admin-sso-explained = Employees can get their anonymous voucher by signing in with their work account instead of typing a code. Stemme learns only their department and keeps a scrambled mark of each person who took part, so nobody gets two vouchers; their answers stay as anonymous as with codes. Like codes mailed by name, it tells who took part, never what they answered.
admin-sso-mode = Employees get their voucher with
admin-sso-mode-codes = Invite codes only
admin-sso-mode-sso = Signing in only
admin-sso-mode-both = Signing in or an invite code
admin-sso-claim-hint = The company's sign-in service says which department someone belongs to in the “{ $claim }” claim. Write, for each department, the values that mean it (separated by commas), and how many people in it may sign in: as many empty ballots are made, and that number counts as invited.
admin-sso-seats-open = While the survey is open, the number of people can be raised, not lowered.
admin-sso-claim-values = Values of “{ $claim }”
admin-sso-claim-values-of = Values of the claim for { $department }
admin-sso-seats = People who may sign in
admin-sso-seats-of = People in { $department } who may sign in
admin-sso-used = Signed in
admin-sso-error-mode = Choose how employees get their voucher.
admin-sso-error-seats = The number of people in { $department } must be a whole number from 0 to { $max }.
admin-sso-error-shrink = { $department } cannot have fewer people who may sign in while the survey is open (or fewer than have signed in).

# As HR reads it (issue 21)
admin-placement-none = No responses
admin-slip-department = Department:
admin-slips-no-key = These slips have no key printed on them: the survey is not open yet, and the departments’ keys are made only when it opens. Employees can still compare the key on their page with the list of keys on the survey’s page once it is open – pin it up for them. To have the key on the slips, make them after the survey has opened.
admin-invites-draft-no-key = Slips and links made now carry no key, as the keys are made only when the survey opens. Made after opening, they carry their department’s key.
