// The parts of a survey page (src/web/pages/survey.rs, survey_move.rs) and
// what each shows. survey.mjs decides which; this module only draws.

import { byId, groupedFingerprint, shortFingerprint } from "./dom.mjs";
import { encodeMove } from "./move.mjs";
import { qrCode, qrPath } from "./qr.mjs";

/**
 * Where the page stands, as `<html data-survey="…">`: code, checking, ready,
 * fetching, voucher, error, whose, elsewhere, final, thanks (and draft,
 * closed). Read by the
 * browser tests, which wait for a state rather than for a time.
 */
export function setState(name) {
  document.documentElement.dataset.survey = name;
}

/** The parts above the questions; at most one of the first three is shown. */
const PANELS = ["access", "whose", "elsewhere", "start"];

/**
 * Shows the panels `ids` and hides the others. While a person chooses whose
 * turn it is, or learns their voucher is elsewhere, there is nothing to
 * answer here yet, so the questions wait out of the way.
 */
export function showPanels(...ids) {
  for (const id of PANELS) byId(id).hidden = !ids.includes(id);
  byId("answers").hidden = ids.includes("whose") || ids.includes("elsewhere");
}

export function notice(text) {
  const box = byId("notice");
  box.textContent = text || "";
  box.hidden = !text;
}

/** Ends the page in a final state: only the notice is left to read. */
export function finish(text, { ok = false } = {}) {
  setState("final");
  showPanels();
  byId("answers").hidden = true;
  const box = byId("notice");
  box.textContent = text;
  box.classList.toggle("error", !ok);
  box.classList.toggle("ok", ok);
  box.hidden = false;
}

export function thank() {
  setState("thanks");
  showPanels();
  byId("answers").hidden = true;
  byId("thanks").hidden = false;
  byId("thanks-heading").focus();
}

/**
 * The state line above the questions: `text` for the state `name`, or an
 * error with a retry.
 */
export function startStatus(name, text, { error = "", retry = false } = {}) {
  setState(error ? "error" : name);
  showPanels("start");
  byId("start-status").textContent = text;
  byId("start-error").textContent = error;
  byId("start-retry").hidden = !retry;
  if (!error) byId("voucher").hidden = true;
}

/** Asks for a code: none came with the link, or a typed one is wanted. */
export function askForCode({ error = "", focus = false } = {}) {
  setState("code");
  showPanels("access");
  byId("code-error").textContent = error;
  if (focus) byId("code").focus();
}

/** Headings of panels shown after a person's action take the focus. */
function focusHeading(id, focus) {
  if (focus) byId(id).focus();
}

/** Which of the people this browser holds answers for is answering now. */
export function askWhose(choices, { focus = false } = {}) {
  const list = byId("whose-choices");
  list.replaceChildren(
    ...choices.map(({ label, act, primary }) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      if (!primary) button.className = "secondary";
      button.addEventListener("click", act);
      return button;
    }),
  );
  setState("whose");
  showPanels("whose");
  focusHeading("whose-heading", focus);
}

/** This code fetched its voucher in another browser. */
export function elsewhere({ focus = false } = {}) {
  setState("elsewhere");
  showPanels("elsewhere");
  focusHeading("elsewhere-heading", focus);
}

let shownVoucher = null;

/**
 * The voucher is ready: the state line says so, its details (department,
 * fingerprints, whether the key matched the link) wait behind a disclosure.
 */
export function voucherReady(voucher, text, { keyChecked = false } = {}) {
  startStatus("voucher", text);
  byId("voucher").hidden = false;
  byId("voucher-department").textContent = voucher.department;
  byId("voucher-key").textContent = shortFingerprint(voucher.key_id);
  byId("voucher-fingerprint").textContent = groupedFingerprint(voucher.key_id);
  byId("voucher-key-checked").hidden = !keyChecked;
  if (shownVoucher !== voucher) byId("move-out").hidden = true;
  shownVoucher = voucher;
}

const SVG = "http://www.w3.org/2000/svg";

function qrSvg(text) {
  const code = qrCode(text, { level: "L" });
  const side = code.size + 8;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${side} ${side}`);
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", side);
  background.setAttribute("height", side);
  background.setAttribute("fill", "#ffffff");
  const modules = document.createElementNS(SVG, "path");
  modules.setAttribute("d", qrPath(code));
  modules.setAttribute("fill", "#000000");
  svg.append(background, modules);
  return svg;
}

/** Wires "Continue on another device": the link and its QR code, on request. */
export function wireMoveOut({ survey, messages }) {
  const link = byId("move-link");
  byId("move-show").addEventListener("click", () => {
    if (!shownVoucher) return;
    const base = `${window.location.origin}${window.location.pathname}`;
    link.value = `${base}#move=${encodeMove(shownVoucher, survey)}`;
    byId("move-qr").replaceChildren(qrSvg(link.value));
    byId("move-status").textContent = "";
    byId("move-out").hidden = false;
  });
  byId("move-copy").addEventListener("click", async () => {
    link.select();
    try {
      // Only in secure contexts; over plain http the selection is copied.
      await navigator.clipboard.writeText(link.value);
    } catch {
      document.execCommand("copy");
    }
    byId("move-status").textContent = messages["move-copied"];
  });
}

/** Wires the field for a pasted move link; `onText(text)` returns an error text or "". */
export function wireMoveIn(onText) {
  const field = byId("move-text");
  const error = byId("move-error");
  byId("move-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const problem = onText(field.value);
    error.textContent = problem;
    field.setAttribute("aria-invalid", problem ? "true" : "false");
    if (problem) field.focus();
  });
  byId("move-submit").disabled = false;
}

/** A draft survey: the code that came with the link, to keep. */
export function showDraftCode(grouped) {
  byId("draft-code-value").textContent = grouped;
  byId("draft-code").hidden = false;
}
