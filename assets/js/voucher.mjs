// The anonymous voucher: a token message signed blindly by the survey's
// department key (RFC 9474, see blindrsa.mjs), and sent with the answers.
//
// Getting one (issue), only once the person starts answering (survey.mjs):
//   1. POST …/invite {invite_code}: which department key to blind for.
//   2. Check the key: its SHA-256 must be the key_id (the fingerprint shown),
//      and must start with the short fingerprint the invite link carried.
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

/** Why no voucher came of it: an API error code, or "key-unverified" / "key-mismatch" / "voucher-invalid". */
export class VoucherError extends Error {
  constructor(reason) {
    super(`no voucher: ${reason}`);
    this.reason = reason;
  }
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

/**
 * What the server says of a code without using it: {department, key_id,
 * used}. Throws VoucherError with the API's reason, or NetworkError.
 */
export async function lookUpCode({ api, code, fetch }) {
  const { status, body } = await postJson(`${api}/invite`, { invite_code: code }, fetch);
  if (status !== 200) throw new VoucherError(body.error);
  const invited = Number.isInteger(body.invited) ? body.invited : null;
  return { department: body.department, key_id: body.key_id, used: body.used === true, invited };
}

async function prepare({ survey, api, keys, code, fetch }) {
  const found = await lookUpCode({ api, code, fetch });
  if (found.used) throw new VoucherError("invite_used");
  const key = departmentKey(keys, found.key_id);
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
 * `expectKey`, the short fingerprint from the invite link (if it had one),
 * must begin the key_id: a server that gave this person a key of their own
 * could tell their answers apart, so the code is not used for such a key.
 * Throws VoucherError, or NetworkError (api.mjs) with the retry state kept.
 */
export async function obtainVoucher({ survey, api, keys, code, wallet, fetch, expectKey }) {
  const stored = wallet.voucher();
  if (stored) return stored;
  let pending = wallet.pending();
  const fresh = !pending || pending.code !== code;
  if (fresh) pending = await prepare({ survey, api, keys, code, fetch });
  if (!keyMatches(pending.key_id, expectKey)) throw new VoucherError("key-mismatch");
  if (fresh) wallet.savePending(pending);
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

/** Whether `keyId` begins with the link's short fingerprint (none: nothing to compare). */
export function keyMatches(keyId, expectKey) {
  return !expectKey || (typeof keyId === "string" && keyId.startsWith(expectKey.toLowerCase()));
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
