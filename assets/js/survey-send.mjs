// Sending the answers of a survey page (survey.mjs): checked in the page,
// then sent with the voucher, and what the server's answer means.

import { NetworkError } from "./api.mjs";
import { checkAnswers } from "./answers.mjs";
import { networkTrouble } from "./code-field.mjs";
import { byId } from "./dom.mjs";
import { problemMessage } from "./messages.mjs";
import * as view from "./survey-view.mjs";
import { submitAnswers } from "./voucher.mjs";

/**
 * Sends the answers: checked here first, then with the voucher, fetched now
 * if the first answer could not fetch it. `page` is survey.mjs's state and
 * helpers: {data, messages, wallet, tab, sent, session, start, closed}.
 */
export async function send(page) {
  const { data, messages, wallet, tab, sent, session, start } = page;
  const messageFor = problemText(messages);
  const answers = session.form.read();
  const problems = checkAnswers(data.questions, answers);
  if (problems.length) {
    session.form.showProblems(problems, messageFor);
    return;
  }
  session.form.clearProblems();
  if (session.current && !wallet.get(session.current.id)) {
    // Another tab of this browser has sent these answers since.
    view.finish(messages["token-spent"], { ok: true });
    return;
  }
  const error = byId("send-error");
  const retry = byId("send-retry");
  error.textContent = "";
  retry.hidden = true;
  byId("send").disabled = true;
  try {
    const voucher = await start({ sending: true });
    if (!voucher) return;
    byId("send-status").textContent = messages["send-working"];
    const { status, body } = await submitAnswers({ api: data.api, voucher, answers });
    if (status === 201) {
      sent.add(session.current.id);
      wallet.remove(session.current.id);
      tab.reset();
      view.thank();
    } else {
      refused(page, body);
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

/** What the server said when it did not take the answers. */
function refused(page, body) {
  const { messages, wallet, tab, sent, session, closed } = page;
  const messageFor = problemText(messages);
  const error = body.error;
  if (error === "invalid_answers") {
    session.form.showProblems(body.problems || [], messageFor);
  } else if (error === "token_spent") {
    sent.add(session.current.id);
    wallet.remove(session.current.id);
    tab.reset();
    view.finish(messages["token-spent"], { ok: true });
  } else if (error === "survey_closed" || error === "survey_not_open") {
    closed();
  } else {
    // The voucher itself was refused (bad_signature, unknown_key, …): its
    // answers wait for another code.
    const answers = session.form.read();
    wallet.remove(session.current.id);
    session.current = null;
    tab.reset({ answers });
    view.askForCode({ error: messages["token-rejected"] });
  }
}

/** The text for a problem with an answer, in the page's language. */
const problemText = (messages) => (problem, question) =>
  problemMessage(problem.problem, question && question.kind, messages);

