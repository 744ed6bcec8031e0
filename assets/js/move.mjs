// Moving a voucher to another device without the server: the voucher itself
// travels in a link's fragment (`/s/{survey}#move=…`), which browsers never
// send to a server, shown as a QR code for a phone's camera and as text to
// copy. The server is no relay and learns nothing: it sees neither the move
// nor the voucher until the answers arrive with it, as they would have from
// the first device.
//
// The text is base64url of: 1 (format) || the message's 32 random bytes ||
// msg_prefix (32) || signature. The message's fixed start,
// "stemme-v1:{survey}:", is known to both pages and not sent. The department
// is not sent either: the receiving page finds the one key of this survey
// under which the signature verifies, so a moved voucher is checked exactly
// as strictly as one fetched here, and a text for another survey or a
// damaged one is refused.

import { b64urlDecode, b64urlEncode, verify } from "./blindrsa.mjs";
import { departmentKey } from "./voucher.mjs";

const FORMAT = 1;
const NONCE_LENGTH = 32;
const PREFIX_LENGTH = 32;

/** The text is not a voucher of this survey. */
export class MoveError extends Error {
  constructor() {
    super("not a voucher of this survey");
    this.reason = "move-invalid";
  }
}

const messageStart = (survey) => new TextEncoder().encode(`stemme-v1:${survey}:`);

/** The move text of a voucher (as voucher.mjs keeps it) of `survey`. */
export function encodeMove(voucher, survey) {
  const start = messageStart(survey);
  const msg = b64urlDecode(voucher.msg);
  const prefix = b64urlDecode(voucher.msg_prefix);
  const signature = b64urlDecode(voucher.signature);
  const ours = msg.length === start.length + NONCE_LENGTH && start.every((b, i) => msg[i] === b);
  if (!ours || prefix.length !== PREFIX_LENGTH) throw new MoveError();
  const bytes = new Uint8Array(1 + NONCE_LENGTH + PREFIX_LENGTH + signature.length);
  bytes[0] = FORMAT;
  bytes.set(msg.subarray(start.length), 1);
  bytes.set(prefix, 1 + NONCE_LENGTH);
  bytes.set(signature, 1 + NONCE_LENGTH + PREFIX_LENGTH);
  return b64urlEncode(bytes);
}

/**
 * The voucher in a move text, once its signature verifies under one of the
 * survey's department keys (the page's `keys`, each checked against its
 * key_id). Throws MoveError otherwise.
 */
export function decodeMove(text, survey, keys) {
  let bytes;
  try {
    bytes = b64urlDecode(String(text).trim());
  } catch {
    throw new MoveError();
  }
  const head = 1 + NONCE_LENGTH + PREFIX_LENGTH;
  if (bytes.length <= head || bytes[0] !== FORMAT) throw new MoveError();
  const start = messageStart(survey);
  const msg = new Uint8Array(start.length + NONCE_LENGTH);
  msg.set(start);
  msg.set(bytes.subarray(1, 1 + NONCE_LENGTH), start.length);
  const prefix = bytes.slice(1 + NONCE_LENGTH, head);
  const signature = bytes.slice(head);
  for (const entry of keys) {
    let key;
    try {
      key = departmentKey(keys, entry.key_id);
    } catch {
      continue; // a key that fails its own fingerprint verifies nothing
    }
    if (key.publicKey.modulusBytes === signature.length && verify(key.publicKey, msg, prefix, signature)) {
      return {
        key_id: key.keyId,
        department: key.department,
        msg: b64urlEncode(msg),
        msg_prefix: b64urlEncode(prefix),
        signature: b64urlEncode(signature),
      };
    }
  }
  throw new MoveError();
}

/** The move text in what someone pasted: a whole move link, or the text alone. */
export function moveTextIn(input) {
  const text = String(input).trim();
  const match = /[#&]move=([A-Za-z0-9_-]+)/.exec(text);
  return match ? match[1] : text;
}
