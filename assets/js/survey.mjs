// A survey page (src/web/pages/survey.rs). Steps: invite code → anonymous
// voucher (voucher.mjs) → questions → thank-you. The voucher is kept in
// localStorage until the answers are accepted, so closing the tab or losing
// the network does not lose the vote; what is typed is kept for the tab
// (sessionStorage), so a reload or a change of language loses nothing.

import { NetworkError } from "./api.mjs";
import { checkAnswers } from "./answers.mjs";
import { codeField, networkTrouble } from "./code-field.mjs";
import { byId, draftStore, groupedFingerprint, pageData, storageOrMemory, takeCodeFromAddress } from "./dom.mjs";
import { QuestionnaireForm } from "./form.mjs";
import { grouped } from "./invite-code.mjs";
import { inviteErrorMessage, problemMessage } from "./messages.mjs";
import { VoucherError, obtainVoucher, submitAnswers, wallet as openWallet } from "./voucher.mjs";

const data = pageData("survey-data");
const messages = data.messages;
const codeInAddress = takeCodeFromAddress();
const wallet = openWallet(storageOrMemory("localStorage"), data.survey);
const draft = draftStore(storageOrMemory("sessionStorage"), data.survey);

/** Ends the page in a final state: only the notice is left to read. */
function finish(text, { ok = false } = {}) {
  for (const id of ["access", "voucher", "answers"]) byId(id).hidden = true;
  const notice = byId("notice");
  notice.textContent = text;
  notice.classList.toggle("error", !ok);
  notice.classList.toggle("ok", ok);
  notice.hidden = false;
}

function thank() {
  for (const id of ["access", "voucher", "answers"]) byId(id).hidden = true;
  byId("thanks").hidden = false;
  byId("thanks-heading").focus();
}

function forgetEverything() {
  wallet.clear();
  draft.clear();
}

function showQuestions(voucher, { focus = false } = {}) {
  byId("access").hidden = true;
  byId("voucher-department").textContent = voucher.department;
  byId("voucher-fingerprint").textContent = groupedFingerprint(voucher.key_id);
  byId("voucher").hidden = false;
  const form = byId("answers");
  form.removeAttribute("data-await-token");
  byId("send").disabled = false;
  if (focus) byId("voucher-heading").focus();
}

async function getVoucher(check, field, { automatic }) {
  field.status(messages["voucher-working"]);
  try {
    const args = { survey: data.survey, api: data.api, keys: data.keys, code: check.code, wallet };
    const voucher = await obtainVoucher(args);
    draft.saveCode("");
    showQuestions(voucher, { focus: !automatic });
  } catch (error) {
    if (error instanceof NetworkError) {
      field.error(networkTrouble(error, messages, "code-network"), { retry: true });
    } else if (error instanceof VoucherError && error.reason === "survey_not_open") {
      forgetEverything();
      finish(messages["survey-closed"]);
    } else if (error instanceof VoucherError && messages[error.reason]) {
      field.error(messages[error.reason]);
    } else if (error instanceof VoucherError) {
      field.error(inviteErrorMessage(error.reason, messages));
    } else {
      throw error;
    }
  } finally {
    field.status("");
  }
}

/** What the server said when it did not take the answers. */
function refused(body, form) {
  const error = body.error;
  if (error === "invalid_answers") {
    form.showProblems(body.problems || [], messageFor);
  } else if (error === "token_spent") {
    forgetEverything();
    finish(messages["token-spent"], { ok: true });
  } else if (error === "survey_closed" || error === "survey_not_open") {
    forgetEverything();
    finish(messages["survey-closed"]);
  } else {
    // The voucher itself was refused (bad_signature, unknown_key, …).
    wallet.clear();
    byId("voucher").hidden = true;
    byId("answers").setAttribute("data-await-token", "");
    byId("access").hidden = false;
    byId("code-error").textContent = messages["token-rejected"];
  }
}

function messageFor(problem, question) {
  return problemMessage(problem.problem, question && question.kind, messages);
}

async function send(form) {
  const answers = form.read();
  const problems = checkAnswers(data.questions, answers);
  if (problems.length) {
    form.showProblems(problems, messageFor);
    return;
  }
  form.clearProblems();
  const voucher = wallet.voucher();
  if (!voucher) {
    // Another tab of this browser has sent its answers with it since.
    refused({ error: "token_spent" }, form);
    return;
  }
  const error = byId("send-error");
  const retry = byId("send-retry");
  error.textContent = "";
  retry.hidden = true;
  byId("send").disabled = true;
  byId("send-status").textContent = messages["send-working"];
  try {
    const { status, body } = await submitAnswers({ api: data.api, voucher, answers });
    if (status === 201) {
      forgetEverything();
      thank();
    } else {
      refused(body, form);
    }
  } catch (failure) {
    if (!(failure instanceof NetworkError)) throw failure;
    error.textContent = networkTrouble(failure, messages, "send-network");
    retry.hidden = false;
  } finally {
    byId("send").disabled = false;
    byId("send-status").textContent = "";
  }
}

function start() {
  if (data.status === "closed") forgetEverything();
  if (data.status !== "open") return;

  const form = new QuestionnaireForm(byId("answers"), data.questions);
  form.restore(draft.answers());
  form.onChange((answers) => draft.saveAnswers(answers));
  byId("answers").addEventListener("submit", (event) => {
    event.preventDefault();
    send(form);
  });
  byId("send-retry").addEventListener("click", () => send(form));

  const field = codeField({ messages, onCode: getVoucher });
  field.input.addEventListener("input", () => draft.saveCode(field.input.value));

  const stored = wallet.voucher();
  if (stored) {
    showQuestions(stored);
    return;
  }
  const pending = wallet.pending();
  const code = codeInAddress || draft.code() || (pending ? grouped(pending.code) : "");
  field.input.value = code;
  draft.saveCode(code);
  if (codeInAddress || pending) {
    // Came with a link, or back after a lost answer: carry on by itself.
    field.run({ automatic: true });
  }
}

start();
