// What a browser keeps for a survey, per person: one entry per invite code
// that has started here (localStorage `stemme:{survey}`), so that on a
// shared computer two people's vouchers and answers are never mixed, and a
// closed browser loses nothing. An entry holds:
//   hint        the code's last four symbols, to tell entries apart on screen
//   department  from the code's look-up, or from the voucher
//   key         the short key fingerprint the invite link carried, if any
//   code        the code itself, only until its voucher is made
//   pending     the blinding state while the voucher is being fetched
//   voucher     the finished voucher, until the answers are accepted
//   answers     the answers so far
// An entry is keyed by a hash of its code (or of a moved voucher), so the
// list of entries names no code. It is deleted once its answers are accepted.
//
// The tab's own state (sessionStorage `stemme:tab:{survey}`) says which
// entry this tab is answering for, or holds a code not used yet and the
// answers ticked before any code was known.

import { bytesToHex } from "./blindrsa.mjs";
import { sha256 } from "./sha256.mjs";

const hashHex = (text) => bytesToHex(sha256(new TextEncoder().encode(text)));

/** The entry id of an invite code (canonical form). */
export const personId = (code) => hashHex(`stemme-code:${code}`).slice(0, 32);

/** The entry id of a voucher that was moved here without its code. */
export const movedId = (voucher) => `moved-${hashHex(voucher.signature).slice(0, 16)}`;

/** What tells people apart on screen: the code's last group. */
export const codeHint = (code) => code.slice(-4);

function jsonStore(storage, key) {
  const read = () => {
    try {
      const value = JSON.parse(storage.getItem(key));
      return value && typeof value === "object" ? value : {};
    } catch {
      return {};
    }
  };
  const write = (value) => {
    try {
      if (Object.keys(value).length) storage.setItem(key, JSON.stringify(value));
      else storage.removeItem(key);
    } catch {
      // Storage full or refused: this tab goes on, it just cannot keep it.
    }
  };
  return { read, write };
}

/** Before per-person entries, a browser kept one {pending} or {voucher}. */
function migrate(stored) {
  if (!stored.pending && !stored.voucher) return stored.people || {};
  const voucher = stored.voucher || null;
  const department = voucher ? voucher.department : stored.pending.department;
  const entry = { hint: "", department, voucher, pending: stored.pending || null };
  if (stored.pending) entry.code = stored.pending.code;
  return { legacy: entry };
}

/** The people answering `survey` in this browser. */
export function openWallet(storage, survey) {
  const store = jsonStore(storage, `stemme:${survey}`);
  const all = () => migrate(store.read());
  const save = (people) => store.write(Object.keys(people).length ? { people } : {});
  const wallet = {
    /** Every entry, as [{id, ...entry}], oldest first. */
    people: () => Object.entries(all()).map(([id, entry]) => ({ id, ...entry })),
    get: (id) => all()[id] || null,
    /** Merges `change` into the entry `id` (made if missing); returns it. */
    update(id, change) {
      const people = all();
      people[id] = { ...(people[id] || {}), ...change };
      save(people);
      return people[id];
    },
    remove(id) {
      const people = all();
      delete people[id];
      save(people);
    },
    clear: () => store.write({}),
    /**
     * One entry's voucher state in the shape voucher.mjs uses. Once the
     * voucher is made, the code and the blinding state are forgotten.
     */
    purse: (id) => ({
      pending: () => (wallet.get(id) || {}).pending || null,
      voucher: () => (wallet.get(id) || {}).voucher || null,
      savePending: (pending) => wallet.update(id, { pending }),
      saveVoucher: (voucher) => wallet.update(id, { voucher, pending: null, code: null }),
      clear: () => wallet.update(id, { voucher: null, pending: null }),
    }),
  };
  return wallet;
}

/**
 * Files a voucher moved from another device (move.mjs) and returns its
 * entry's id: the entry already holding it; else the entry this tab answers
 * for, or the code this tab came with, if of the same department (their
 * voucher went to the other device and comes back); else an entry of its
 * own. The entry keeps its answers, or takes `answers` (ticked here so far).
 */
export function placeMovedVoucher(wallet, voucher, { currentId = null, tab = {}, answers = {} } = {}) {
  const same = wallet.people().find((entry) => entry.voucher && entry.voucher.signature === voucher.signature);
  let id = same ? same.id : movedId(voucher);
  let hint = "";
  if (!same && currentId && (wallet.get(currentId) || {}).department === voucher.department) {
    id = currentId;
  } else if (!same && tab.code && tab.department === voucher.department) {
    id = personId(tab.code);
    hint = codeHint(tab.code);
  }
  const entry = wallet.get(id) || {};
  wallet.update(id, {
    hint: entry.hint || hint,
    department: voucher.department,
    voucher,
    pending: null,
    code: null,
    answers: entry.answers || answers,
  });
  return id;
}

/** This tab's state: {id} of the entry it answers for, or {code, key, answers}. */
export function tabState(storage, survey) {
  const store = jsonStore(storage, `stemme:tab:${survey}`);
  return {
    get: () => store.read(),
    update: (change) => store.write({ ...store.read(), ...change }),
    /** Leaves only `change`: a new code or a new entry starts afresh. */
    reset: (change = {}) => store.write(change),
  };
}

/**
 * The codes whose answers this browser sent (localStorage
 * `stemme:sent:{survey}`), by their entry ids (hashes: no code, no voucher,
 * no answer), so that opening one's own link again says "you have
 * answered" rather than warn of someone else using the code.
 */
export function sentCodes(storage, survey) {
  const store = jsonStore(storage, `stemme:sent:${survey}`);
  const ids = () => (Array.isArray(store.read().ids) ? store.read().ids : []);
  return {
    has: (id) => ids().includes(id),
    add: (id) => {
      if (!ids().includes(id)) store.write({ ids: [...ids(), id] });
    },
    clear: () => store.write({}),
  };
}
