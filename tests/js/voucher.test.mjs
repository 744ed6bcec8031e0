// The voucher flow against a stand-in for the server that signs blinded
// messages with a real RSA key, the way src/service/issuance.rs does:
// a used invite answers again only for the same blinded message.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as nodeCrypto from "node:crypto";
import { b64urlDecode, b64urlEncode, bytesToHex, bytesToInt, intToBytes, modPow, verify, parseSpki } from "../../assets/js/blindrsa.mjs";
import { NetworkError } from "../../assets/js/api.mjs";
import { VoucherError, departmentKey, keyMatches, lookUpCode, obtainVoucher, submitAnswers } from "../../assets/js/voucher.mjs";
import { openWallet } from "../../assets/js/wallet.mjs";

const SURVEY = "abcdefghjkmn";
const API = "/api/v1/surveys/abcdefghjkmn";
const CODE = "EFMXXVVJPNN04VKP8XG71EC6";

function makeKey() {
  const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const der = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
  const d = bytesToInt(b64urlDecode(privateKey.export({ format: "jwk" }).d));
  const keyId = nodeCrypto.createHash("sha256").update(der).digest("hex");
  return { der, d, keyId, pk: parseSpki(der), entry: { department: "Salg", key_id: keyId, spki: b64urlEncode(der) } };
}
const KEY = makeKey();

/** A fake API: routes by URL, remembers invites, can drop answers on purpose. */
function fakeServer({ key = KEY, used = false } = {}) {
  const server = { invites: new Map([[CODE, { used, blinded: null }]]), calls: [], dropNextTokenAnswer: false, corrupt: false };
  server.fetch = async (url, init) => {
    const body = JSON.parse(init.body);
    server.calls.push({ url, body, storedAtCall: server.storage && server.storage.getItem(`stemme:${SURVEY}`) });
    const reply = (status, json) => ({ status, json: async () => json });
    const invite = server.invites.get(body.invite_code);
    if (url.endsWith("/invite")) {
      if (!invite) return reply(403, { error: "invite_invalid", message: "…" });
      return reply(200, { department: "Salg", key_id: key.keyId, used: invite.used });
    }
    if (url.endsWith("/tokens")) {
      if (!invite) return reply(403, { error: "invite_invalid", message: "…" });
      if (invite.used && invite.blinded !== body.blinded_msg) return reply(409, { error: "invite_used", message: "…" });
      Object.assign(invite, { used: true, blinded: body.blinded_msg });
      const z = bytesToInt(b64urlDecode(body.blinded_msg));
      let sig = intToBytes(modPow(z, key.d, key.pk.n), key.pk.modulusBytes);
      if (server.corrupt) sig = sig.map((b, i) => (i === 5 ? b ^ 1 : b));
      if (server.dropNextTokenAnswer) {
        server.dropNextTokenAnswer = false;
        throw new TypeError("Failed to fetch"); // processed, but the answer was lost
      }
      return reply(200, { department: "Salg", key_id: key.keyId, blind_sig: b64urlEncode(sig) });
    }
    return reply(201, { status: "recorded" });
  };
  return server;
}

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)), removeItem: (k) => items.delete(k) };
}

function setup(options) {
  const server = fakeServer(options);
  server.storage = memoryStorage();
  const w = openWallet(server.storage, SURVEY).purse("p");
  const args = { survey: SURVEY, api: API, keys: [KEY.entry], code: CODE, wallet: w, fetch: server.fetch };
  return { server, w, args };
}

test("a voucher is a valid signature on a fresh message for this survey, which the server never saw", async () => {
  const { server, args } = setup();
  const voucher = await obtainVoucher(args);

  const msg = b64urlDecode(voucher.msg);
  assert.equal(new TextDecoder().decode(msg.slice(0, 23)), `stemme-v1:${SURVEY}:`);
  assert.equal(msg.length, 23 + 32);
  assert.ok(verify(KEY.pk, msg, b64urlDecode(voucher.msg_prefix), b64urlDecode(voucher.signature)));
  const sent = JSON.stringify(server.calls.map((c) => c.body));
  assert.ok(!sent.includes(voucher.msg) && !sent.includes(voucher.signature), "msg and signature stay in the browser");
  assert.equal(voucher.key_id, KEY.keyId);
});

test("the blinding state is stored before the token request is sent", async () => {
  const { server, args } = setup();
  await obtainVoucher(args);

  const tokenCall = server.calls.find((c) => c.url.endsWith("/tokens"));
  const stored = JSON.parse(tokenCall.storedAtCall);
  const { pending } = stored.people.p;
  assert.equal(pending.blinded_msg, tokenCall.body.blinded_msg);
  assert.equal(pending.code, CODE);
  assert.ok(pending.inv && pending.msg && pending.msg_prefix);
});

test("after a lost answer, a retry sends the same blinded message and gets the voucher", async () => {
  const { server, w, args } = setup();
  server.dropNextTokenAnswer = true;

  await assert.rejects(obtainVoucher(args), NetworkError);
  assert.ok(w.pending(), "the retry state survives the failure");
  const voucher = await obtainVoucher(args);

  const blinded = server.calls.filter((c) => c.url.endsWith("/tokens")).map((c) => c.body.blinded_msg);
  assert.equal(blinded.length, 2);
  assert.equal(blinded[0], blinded[1]);
  assert.ok(voucher.signature);
  assert.equal(w.pending(), null, "the blinding factor is forgotten once the voucher is made");
  assert.deepEqual(w.voucher(), voucher);
});

test("a stored voucher is reused without asking the server", async () => {
  const { server, args } = setup();
  const first = await obtainVoucher(args);
  const calls = server.calls.length;

  assert.deepEqual(await obtainVoucher(args), first);
  assert.equal(server.calls.length, calls);
});

test("a used code is refused before anything is blinded or stored", async () => {
  const { server, w, args } = setup({ used: true });

  await assert.rejects(obtainVoucher(args), (e) => e instanceof VoucherError && e.reason === "invite_used");
  assert.equal(server.calls.length, 1);
  assert.equal(w.pending(), null);
});

test("an unknown code gets the server's reason", async () => {
  const { args } = setup();
  await assert.rejects(obtainVoucher({ ...args, code: "GPTQ7KSH7XW59JE701270J34" }), (e) => e.reason === "invite_invalid");
});

test("a signature that does not verify is never stored", async () => {
  const { server, w, args } = setup();
  server.corrupt = true;

  await assert.rejects(obtainVoucher(args), (e) => e.reason === "voucher-invalid");
  assert.equal(w.voucher(), null);
  assert.equal(w.pending(), null);
});

test("a key whose fingerprint is not its key_id is refused before the code is used", async () => {
  const other = makeKey();
  const { server, args } = setup();
  const forged = { ...KEY.entry, spki: other.entry.spki };

  await assert.rejects(obtainVoucher({ ...args, keys: [forged] }), (e) => e.reason === "key-unverified");
  assert.ok(!server.calls.some((c) => c.url.endsWith("/tokens")));
  assert.throws(() => departmentKey([KEY.entry], "00".repeat(32)), VoucherError);
  assert.equal(departmentKey([KEY.entry], KEY.keyId).department, "Salg");
  assert.equal(bytesToHex(nodeCrypto.createHash("sha256").update(KEY.der).digest()), KEY.keyId);
});

test("answers are sent with the voucher and nothing that names the code", async () => {
  const { server, args } = setup();
  const voucher = await obtainVoucher(args);

  const result = await submitAnswers({ api: API, voucher, answers: { shares_work: "often" }, fetch: server.fetch });

  assert.equal(result.status, 201);
  const sent = server.calls.at(-1);
  assert.equal(sent.url, `${API}/responses`);
  assert.deepEqual(Object.keys(sent.body).sort(), ["answers", "key_id", "msg", "msg_prefix", "signature"]);
  assert.ok(!JSON.stringify(sent.body).includes(CODE));
});

test("looking a code up spends nothing and says whether it is used", async () => {
  const { server } = setup();
  assert.deepEqual(await lookUpCode({ api: API, code: CODE, fetch: server.fetch }), { department: "Salg", key_id: KEY.keyId, used: false, invited: null });
  assert.ok(!server.calls.some((c) => c.url.endsWith("/tokens")));
  assert.equal(server.invites.get(CODE).used, false);
});

test("a key other than the one the link names is refused before the code is used", async () => {
  const { server, w, args } = setup();
  const other = KEY.keyId.startsWith("0") ? "1".repeat(16) : "0".repeat(16);

  await assert.rejects(obtainVoucher({ ...args, expectKey: other }), (e) => e.reason === "key-mismatch");
  assert.ok(!server.calls.some((c) => c.url.endsWith("/tokens")));
  assert.equal(w.pending(), null, "nothing blinded is kept");
  assert.ok(keyMatches(KEY.keyId, KEY.keyId.slice(0, 16)));
  assert.ok((await obtainVoucher({ ...args, expectKey: KEY.keyId.slice(0, 16) })).signature);
});
