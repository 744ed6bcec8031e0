// Moving a voucher to another device (assets/js/move.mjs): the text holds
// the voucher itself, the receiving page verifies it under the survey's
// keys, and nothing else (no code, no department name) is in it.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as nodeCrypto from "node:crypto";
import { b64urlDecode, b64urlEncode } from "../../assets/js/blindrsa.mjs";
import { MoveError, decodeMove, encodeMove, moveTextIn } from "../../assets/js/move.mjs";

const SURVEY = "abcdefghjkmn";

function makeKey(department) {
  const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const der = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
  const keyId = nodeCrypto.createHash("sha256").update(der).digest("hex");
  return { privateKey, entry: { department, key_id: keyId, spki: b64urlEncode(der) } };
}
const SALG = makeKey("Salg");
const OKONOMI = makeKey("Økonomi");
const KEYS = [SALG.entry, OKONOMI.entry];

/** A voucher as the browser holds it: an RSASSA-PSS signature on prefix || msg. */
function voucherOf(key, survey = SURVEY) {
  const msg = Buffer.concat([Buffer.from(`stemme-v1:${survey}:`), nodeCrypto.randomBytes(32)]);
  const prefix = nodeCrypto.randomBytes(32);
  const signature = nodeCrypto.sign("sha384", Buffer.concat([prefix, msg]), {
    key: key.privateKey,
    padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 48,
  });
  const e = (b) => b64urlEncode(new Uint8Array(b));
  return { key_id: key.entry.key_id, department: key.entry.department, msg: e(msg), msg_prefix: e(prefix), signature: e(signature) };
}

test("a moved voucher arrives whole, with its department found by its signature", () => {
  const voucher = voucherOf(OKONOMI);
  const text = encodeMove(voucher, SURVEY);

  assert.deepEqual(decodeMove(text, SURVEY, KEYS), voucher);
  assert.equal(b64urlDecode(text).length, 1 + 32 + 32 + 256);
  assert.ok(text.length <= 430, "short enough for a QR code a phone reads off a screen");
  assert.ok(!text.includes(b64urlEncode(new TextEncoder().encode("Økonomi"))));
});

test("a damaged text, another survey's voucher or a key that is not this survey's is refused", () => {
  const voucher = voucherOf(SALG);
  const text = encodeMove(voucher, SURVEY);
  const bytes = b64urlDecode(text);
  bytes[100] ^= 1;

  assert.throws(() => decodeMove(b64urlEncode(bytes), SURVEY, KEYS), MoveError);
  assert.throws(() => decodeMove(text, "zzzzzzzzzzzz", KEYS), MoveError);
  assert.throws(() => decodeMove(text, SURVEY, [OKONOMI.entry]), MoveError);
  assert.throws(() => decodeMove("not a voucher!", SURVEY, KEYS), MoveError);
  assert.throws(() => decodeMove(text.slice(0, 40), SURVEY, KEYS), MoveError);
  assert.throws(() => encodeMove(voucherOf(SALG, "zzzzzzzzzzzz"), SURVEY), MoveError);
});

test("a key entry whose fingerprint is not its key_id verifies nothing", () => {
  const voucher = voucherOf(SALG);
  const forged = { ...OKONOMI.entry, spki: SALG.entry.spki };
  assert.throws(() => decodeMove(encodeMove(voucher, SURVEY), SURVEY, [forged]), MoveError);
});

test("a pasted move link or the bare text both give the text", () => {
  const text = encodeMove(voucherOf(SALG), SURVEY);
  assert.equal(moveTextIn(`  https://stemme.example.com/s/${SURVEY}#move=${text}\n`), text);
  assert.equal(moveTextIn(text), text);
});
