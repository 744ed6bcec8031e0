// Which of the page's texts to show for a given problem. The texts
// themselves are rendered into the page by the server, in its language.

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The text for a failed invite-code check (see invite-code.mjs). */
export function codeMessage(check, messages) {
  switch (check.problem) {
    case "length":
      return check.count === 0 ? messages["code-empty"] : fill(messages["code-wrong-length"], { count: check.count });
    case "character":
      return fill(messages["code-invalid-character"], { character: check.character });
    default:
      return messages["code-mistyped"];
  }
}

/** The text for an API error about an invite code. */
export function inviteErrorMessage(error, messages) {
  const key = {
    invite_used: "code-used",
    invite_invalid: "code-unknown",
    invite_malformed: "code-mistyped",
  }[error];
  return messages[key || "error-server"];
}

/** The text for a problem with one answer (see answers.mjs), by question kind. */
export function problemMessage(problem, kind, messages) {
  if (problem === "missing") {
    const key = { matrix: "problem-missing-rows", multiple: "problem-missing-choice" }[kind];
    return messages[key || "problem-missing"];
  }
  const key = {
    exclusive_combined: "problem-exclusive",
    row_not_shown: "problem-row-not-shown",
  }[problem];
  return messages[key || "problem-invalid"];
}
