// The anonymous voucher: a token message signed blindly by the survey's
// department key (RFC 9474, see blindrsa.mjs), and sent with the answers.
//
// Getting one (issue):
//   1. POST …/invite {invite_code}: which department key to blind for.
//   2. Check the key: its SHA-256 must be the key_id (the fingerprint shown).
//   3. msg = "stemme-v1:" + survey id + ":" + 32 random bytes; blind it.
//   4. Store code, msg, msg_prefix, inv and blinded_msg in localStorage
//      BEFORE sending, so that after a lost answer a reload can retry.
//   5. POST …/tokens {invite_code, blinded_msg, key_id}. The server marks the
//      invite used and signs; the same code with the same blinded_msg gets
//      the same answer again, without a second invite being spent.
//   6. Unblind and verify (finalize); store the voucher, forget the rest.
// The server only ever sees blinded_msg, which is independent of msg.

import { b64urlDecode, b64urlEncode, blind, bytesToHex, finalize, parseSpki, randomBytes } from "./blindrsa.mjs";
import { sha256 } from "./sha256.mjs";
import { postJson } from "./api.mjs";

const NONCE_LENGTH = 32;

/** Why no voucher came of it: an API error code, or "key-unverified" / "voucher-invalid". */
export class VoucherError extends Error {
  constructor(reason) {
    super(`no voucher: ${reason}`);
    this.reason = reason;
  }
}

/** One survey's voucher state in `storage`: {pending} while issuing, then {voucher}. */
export function wallet(storage, surveyId) {
  const key = `stemme:${surveyId}`;
  const read = () => {
    try {
      return JSON.parse(storage.getItem(key)) || {};
    } catch {
      return {};
    }
  };
  return {
    pending: () => read().pending || null,
    voucher: () => read().voucher || null,
    savePending: (pending) => storage.setItem(key, JSON.stringify({ pending })),
    saveVoucher: (voucher) => storage.setItem(key, JSON.stringify({ voucher })),
    clear: () => storage.removeItem(key),
  };
}

/** The department key with this key_id, once its SHA-256 is checked to be that id. */
export function departmentKey(keys, keyId) {
  const key = keys.find((k) => k.key_id === keyId);
  if (!key) throw new VoucherError("key-unverified");
  const der = b64urlDecode(key.spki);
  if (bytesToHex(sha256(der)) !== keyId) throw new VoucherError("key-unverified");
  return { department: key.department, keyId, publicKey: parseSpki(der) };
}

function tokenMessage(surveyId) {
  const prefix = new TextEncoder().encode(`stemme-v1:${surveyId}:`);
  const msg = new Uint8Array(prefix.length + NONCE_LENGTH);
  msg.set(prefix);
  msg.set(randomBytes(NONCE_LENGTH), prefix.length);
  return msg;
}

async function prepare({ survey, api, keys, code, fetch }) {
  const { status, body } = await postJson(`${api}/invite`, { invite_code: code }, fetch);
  if (status !== 200) throw new VoucherError(body.error);
  if (body.used) throw new VoucherError("invite_used");
  const key = departmentKey(keys, body.key_id);
  const msg = tokenMessage(survey);
  const { blindedMsg, inv, msgPrefix } = blind(key.publicKey, msg);
  return {
    code,
    key_id: key.keyId,
    department: key.department,
    msg: b64urlEncode(msg),
    msg_prefix: b64urlEncode(msgPrefix),
    inv: b64urlEncode(inv),
    blinded_msg: b64urlEncode(blindedMsg),
  };
}

/**
 * A voucher for `code` (canonical form), from the wallet if it has one.
 * Throws VoucherError, or NetworkError (api.mjs) with the retry state kept.
 */
export async function obtainVoucher({ survey, api, keys, code, wallet, fetch }) {
  const stored = wallet.voucher();
  if (stored) return stored;
  let pending = wallet.pending();
  if (!pending || pending.code !== code) {
    pending = await prepare({ survey, api, keys, code, fetch });
    wallet.savePending(pending);
  }
  const key = departmentKey(keys, pending.key_id);
  const request = { invite_code: code, blinded_msg: pending.blinded_msg, key_id: pending.key_id };
  const { status, body } = await postJson(`${api}/tokens`, request, fetch);
  if (status !== 200) {
    wallet.clear(); // the server said no: retrying the same request cannot help
    throw new VoucherError(body.error);
  }
  const d = b64urlDecode;
  let signature;
  try {
    signature = finalize(key.publicKey, d(pending.msg), d(pending.msg_prefix), d(body.blind_sig), d(pending.inv));
  } catch {
    wallet.clear(); // a wrong signature would come back the same on a retry
    throw new VoucherError("voucher-invalid");
  }
  const voucher = {
    key_id: pending.key_id,
    department: pending.department,
    msg: pending.msg,
    msg_prefix: pending.msg_prefix,
    signature: b64urlEncode(signature),
  };
  wallet.saveVoucher(voucher);
  return voucher;
}

/** Sends the answers with the voucher. Resolves to the API's {status, body}. */
export function submitAnswers({ api, voucher, answers, fetch }) {
  const ballot = {
    key_id: voucher.key_id,
    msg: voucher.msg,
    msg_prefix: voucher.msg_prefix,
    signature: voucher.signature,
    answers,
  };
  return postJson(`${api}/responses`, ballot, fetch);
}
