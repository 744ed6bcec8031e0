// A survey page (src/web/pages/survey.rs). The questions show at once. An
// invite code (from the link, or typed) is only looked up, which uses
// nothing; it is spent on the person's first answer (a click or key press,
// never a script's), or at the latest when they send. So opening a link on
// the phone and again on the laptop, or a mail scanner opening it, spends
// nothing. Issuance and submission stay two requests, minutes apart.
//
// Per person (wallet.mjs): each code that started here has its own entry
// with its voucher and answers, kept until the answers are accepted. A link
// with another code than the one this tab answers for asks whose turn it
// is. A code whose voucher is in another browser says so, and takes the
// voucher moved from there (move.mjs).

import { NetworkError } from "./api.mjs";
import { codeField, networkTrouble } from "./code-field.mjs";
import { byId, pageData, storageOrMemory, takeFragment } from "./dom.mjs";
import { QuestionnaireForm } from "./form.mjs";
import { checkCode, grouped } from "./invite-code.mjs";
import { codeMessage, fill, inviteErrorMessage } from "./messages.mjs";
import { decodeMove, moveTextIn } from "./move.mjs";
import { send } from "./survey-send.mjs";
import * as view from "./survey-view.mjs";
import { VoucherError, keyMatches, lookUpCode, obtainVoucher } from "./voucher.mjs";
import { codeHint, openWallet, personId, placeMovedVoucher, sentCodes, tabState } from "./wallet.mjs";

const data = pageData("survey-data");
const messages = data.messages;
const wallet = openWallet(storageOrMemory("localStorage"), data.survey);
const tab = tabState(storageOrMemory("sessionStorage"), data.survey);
const sent = sentCodes(storageOrMemory("localStorage"), data.survey);

/**
 * The page's state: the form; the entry this tab answers for once started
 * ({id}); a code looked up and not used yet ({code, key, department,
 * key_id}); the voucher request under way; and whether a person has pressed
 * a key or a pointer on this page. Events a script makes (a mail scanner's
 * `click()`, `requestSubmit()`) are not trusted and never count, so no
 * script alone can spend a code.
 */
const session = { form: null, current: null, fresh: null, fetching: null, personActed: false };

const say = (key, values = {}) => fill(messages[key], values);

function closed() {
  wallet.clear();
  sent.clear();
  tab.reset();
  view.finish(messages["survey-closed"]);
}

function saveAnswers(answers) {
  if (session.current && wallet.get(session.current.id)) wallet.update(session.current.id, { answers });
  else tab.update({ answers });
}

/** Continues the entry `id`: its answers, and its voucher or the fetching of it. */
function resume(id) {
  session.current = { id };
  session.fresh = null;
  tab.reset({ id });
  const entry = wallet.get(id);
  session.form.restore(entry.answers || {});
  if (entry.voucher) showVoucher(entry);
  else fetchVoucher(); // started here before: carry on (a retry spends nothing new)
}

function showVoucher(entry) {
  const keyChecked = Boolean(entry.key) && keyMatches(entry.voucher.key_id, entry.key);
  view.voucherReady(entry.voucher, say("start-done", { department: entry.voucher.department }), { keyChecked });
}

/** The deliberate act: the first answer, or sending. Resolves to the voucher or null. */
function start({ sending = false } = {}) {
  if (session.current) {
    const entry = wallet.get(session.current.id);
    return Promise.resolve(entry && entry.voucher ? entry.voucher : fetchVoucher());
  }
  if (!session.fresh) {
    view.askForCode({ error: messages["code-first"], focus: sending });
    return Promise.resolve(null);
  }
  if (!session.personActed) return Promise.resolve(null);
  const id = personId(session.fresh.code);
  const { code, key, department } = session.fresh;
  wallet.update(id, { code, key: key || null, department, hint: codeHint(code), answers: session.form.read() });
  session.current = { id };
  session.fresh = null;
  tab.reset({ id });
  return fetchVoucher();
}

function fetchVoucher() {
  if (!session.fetching) session.fetching = obtain().finally(() => (session.fetching = null));
  return session.fetching;
}

async function obtain() {
  const entry = wallet.get(session.current.id);
  if (!entry) {
    // Another tab of this browser has sent these answers since.
    view.finish(messages["token-spent"], { ok: true });
    return null;
  }
  const code = entry.code || (entry.pending && entry.pending.code);
  if (!code) {
    view.elsewhere(); // its voucher went elsewhere, or was refused: only a move brings it back
    return null;
  }
  view.startStatus("fetching", messages["voucher-working"]);
  try {
    const purse = wallet.purse(session.current.id);
    const args = { survey: data.survey, api: data.api, keys: data.keys, code, wallet: purse, expectKey: entry.key };
    await obtainVoucher(args);
    const ready = wallet.get(session.current.id);
    showVoucher(ready);
    return ready.voucher;
  } catch (error) {
    if (error instanceof NetworkError) {
      view.startStatus("error", "", { error: networkTrouble(error, messages, "code-network"), retry: true });
    } else if (error instanceof VoucherError && error.reason === "survey_not_open") {
      closed();
    } else if (error instanceof VoucherError && error.reason === "invite_used") {
      view.elsewhere({ focus: true });
    } else if (error instanceof VoucherError) {
      const text = messages[error.reason] || inviteErrorMessage(error.reason, messages);
      view.startStatus("error", "", { error: text });
    } else {
      throw error;
    }
    return null;
  }
}

/** A code arrived (link or typed): look it up, then offer it or ask whose turn. */
async function arrive(code, key, { typed = false } = {}) {
  const id = personId(code);
  if (sent.has(id) && !wallet.get(id)) {
    // This browser sent this code's answers: no alarm about another device.
    session.current = null;
    tab.reset();
    view.finish(messages["answered-here"], { ok: true });
    return;
  }
  if (wallet.get(id)) {
    if (key) wallet.update(id, { key });
    resume(id);
    return;
  }
  session.current = null;
  tab.reset({ code, key, answers: tab.get().answers });
  view.startStatus("checking", messages["code-checking"]);
  let found;
  try {
    found = await lookUpCode({ api: data.api, code });
  } catch (error) {
    if (error instanceof VoucherError && error.reason === "survey_not_open") return closed();
    if (!(error instanceof VoucherError || error instanceof NetworkError)) throw error;
    byId("code").value = grouped(code);
    const text = error instanceof NetworkError ? networkTrouble(error, messages, "code-network") : inviteErrorMessage(error.reason, messages);
    view.askForCode({ error: text });
    byId("code-retry").hidden = !(error instanceof NetworkError);
    return;
  }
  tab.update({ department: found.department });
  const newcomer = { code, key, ...found };
  if (wallet.people().length) askWhose(newcomer);
  else offer(newcomer, { typed });
}

/** A looked-up code: ready to start, used elsewhere, or for a key not the link's. */
function offer(newcomer, { typed = false, focus = false } = {}) {
  session.current = null;
  session.fresh = null;
  tab.reset({ code: newcomer.code, key: newcomer.key, department: newcomer.department, answers: tab.get().answers });
  session.form.restore(tab.get().answers || {});
  if (!keyMatches(newcomer.key_id, newcomer.key)) {
    view.finish(messages["key-mismatch"]);
    return;
  }
  if (newcomer.used) {
    view.elsewhere({ focus });
    return;
  }
  session.fresh = newcomer;
  // Rule P10: the size of one's crowd is one's own to see, before answering.
  // One sentence names the department and the crowd, so the line stays
  // short enough for the first question to fit a phone's first screen.
  const { department, invited } = newcomer;
  const ready = invited ? say("start-crowd", { department, invited }) : say("start-ready", { department });
  view.startStatus("ready", ready);
  // Pressing "Continue" after answering is as deliberate as the first answer.
  if (typed && Object.keys(session.form.read()).length) start();
}

function askWhose(newcomer, { focus = false } = {}) {
  const choices = wallet.people().map((entry) => ({
    label: say(entry.hint ? "whose-continue" : "whose-continue-moved", { department: entry.department, hint: entry.hint }),
    act: () => resume(entry.id),
  }));
  if (newcomer) {
    choices.push({
      label: say("whose-new", { department: newcomer.department, hint: codeHint(newcomer.code) }),
      act: () => offer(newcomer, { focus: true }),
      primary: true,
    });
  } else {
    choices.push({ label: messages["whose-other"], act: () => view.askForCode({ focus: true }) });
  }
  view.askWhose(choices, { focus });
}

/** A voucher moved from another device: returns an error text, or "" once taken. */
function moveIn(text) {
  let voucher;
  try {
    voucher = decodeMove(moveTextIn(text), data.survey, data.keys);
  } catch {
    return messages["move-invalid"];
  }
  const answers = session.form ? session.form.read() : {};
  const id = placeMovedVoucher(wallet, voucher, { currentId: session.current && session.current.id, tab: tab.get(), answers });
  view.notice("");
  resume(id);
  return "";
}

function wire() {
  const acted = (event) => {
    if (event.isTrusted) session.personActed = true;
  };
  document.addEventListener("pointerdown", acted, true);
  document.addEventListener("keydown", acted, true);
  session.form = new QuestionnaireForm(byId("answers"), data.questions);
  session.form.onChange((answers, event) => {
    saveAnswers(answers);
    if (event.isTrusted) start();
  });
  const sending = { data, messages, wallet, tab, sent, session, start, closed };
  byId("answers").addEventListener("submit", (event) => {
    event.preventDefault();
    send(sending);
  });
  byId("send-retry").addEventListener("click", () => send(sending));
  byId("start-retry").addEventListener("click", () => start());
  codeField({
    messages,
    onCode: (check, field) => arrive(check.code, null, { typed: true }).finally(() => field.status("")),
  });
  view.wireMoveOut({ survey: data.survey, messages });
  view.wireMoveIn(moveIn);
  // A link pasted into this tab changes only the fragment: start over with it.
  window.addEventListener("hashchange", () => {
    if (/[#&](code|move)=/.test(window.location.hash)) window.location.reload();
  });
  byId("send").disabled = false;
}

function route(brought) {
  if (brought.move) {
    const problem = moveIn(brought.move);
    if (!problem) return;
    view.notice(problem);
  }
  if (brought.code) {
    const check = checkCode(brought.code);
    if (check.ok) return arrive(check.code, brought.key);
    byId("code").value = brought.code;
    return view.askForCode({ error: codeMessage(check, messages) });
  }
  const state = tab.get();
  if (state.id && wallet.get(state.id)) return resume(state.id);
  if (state.code) return arrive(state.code, state.key);
  const people = wallet.people();
  if (people.length === 1) return resume(people[0].id);
  session.form.restore(state.answers || {});
  if (people.length > 1) return askWhose(null);
  return view.askForCode();
}

function init() {
  const brought = takeFragment();
  if (data.status === "closed") {
    wallet.clear();
    tab.reset();
    view.setState("closed");
    return;
  }
  if (data.status !== "open") {
    const check = checkCode(brought.code || "");
    if (check.ok) view.showDraftCode(check.grouped);
    view.setState("draft");
    return;
  }
  wire();
  route(brought);
}

init();
