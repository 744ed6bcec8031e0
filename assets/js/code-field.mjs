// The invite-code field (src/web/pages/code_form.rs), on the front page and
// on a survey: checks what was typed the way the server will, says what is
// wrong beside the field, and hands a well-formed code on.

import { byId } from "./dom.mjs";
import { checkCode } from "./invite-code.mjs";
import { codeMessage } from "./messages.mjs";

/**
 * Wires the field. `onCode(check, field, {automatic})` is called with a
 * well-formed code ({code, grouped}) and may call field.error(text, {retry})
 * or field.status(text). Returns the field, whose run() does what pressing
 * the button does; run({automatic: true}) is for a code that came with a link.
 */
export function codeField({ messages, onCode }) {
  const form = byId("code-form");
  const input = byId("code");
  const button = byId("code-submit");
  const retry = byId("code-retry");
  const errorText = byId("code-error");
  const statusText = byId("code-status");

  const field = {
    input,
    error(text, { retry: offerRetry = false } = {}) {
      errorText.textContent = text || "";
      input.setAttribute("aria-invalid", text ? "true" : "false");
      retry.hidden = !offerRetry;
    },
    status(text) {
      statusText.textContent = text || "";
    },
    async run({ automatic = false } = {}) {
      const check = checkCode(input.value);
      if (!check.ok) {
        field.error(codeMessage(check, messages));
        if (!automatic) input.focus();
        return;
      }
      field.error("");
      button.disabled = true;
      retry.disabled = true;
      try {
        await onCode(check, field, { automatic });
      } finally {
        button.disabled = false;
        retry.disabled = false;
      }
    },
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    field.run();
  });
  retry.addEventListener("click", () => field.run());
  button.disabled = false;
  return field;
}

/** The text and retry offer for a failed request, from api.mjs's NetworkError. */
export function networkTrouble(error, messages, offlineKey) {
  return error.serverFault ? messages["error-server"] : messages[offlineKey];
}
