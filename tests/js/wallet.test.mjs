// What a browser keeps per person (assets/js/wallet.mjs), and the parts of
// a link's fragment (dom.mjs): two codes in one browser are two entries
// that never share a voucher or answers, and entries name no code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFragment } from "../../assets/js/dom.mjs";
import { keyMatches } from "../../assets/js/voucher.mjs";
import { codeHint, movedId, openWallet, personId, placeMovedVoucher, sentCodes, tabState } from "../../assets/js/wallet.mjs";

const SURVEY = "abcdefghjkmn";
const A = "EFMXXVVJPNN04VKP8XG71EC6";
const B = "GPTQ7KSH7XW59JE701270J34";

function memoryStorage() {
  const items = new Map();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k),
  };
}

test("two codes in one browser are two people, each with their own voucher and answers", () => {
  const storage = memoryStorage();
  const wallet = openWallet(storage, SURVEY);
  wallet.update(personId(A), { hint: codeHint(A), department: "Kundeservice", code: A, answers: { shares_work: "often" } });
  wallet.update(personId(B), { hint: codeHint(B), department: "Økonomi", code: B });
  wallet.purse(personId(A)).saveVoucher({ department: "Kundeservice", signature: "sig-a" });

  assert.equal(wallet.people().length, 2);
  assert.equal(wallet.purse(personId(B)).voucher(), null, "B never sees A's voucher");
  assert.deepEqual(wallet.get(personId(B)).answers, undefined);
  const a = wallet.get(personId(A));
  assert.equal(a.code, null, "the code is forgotten once the voucher is made");
  assert.deepEqual(a.answers, { shares_work: "often" });
  wallet.remove(personId(A));
  assert.deepEqual(wallet.people().map((p) => p.department), ["Økonomi"]);
  wallet.remove(personId(B));
  assert.equal(storage.items.size, 0, "nothing is left once everyone has sent");
});

test("entries are keyed by a hash and hold only the code's last four symbols once the voucher is made", () => {
  const storage = memoryStorage();
  const wallet = openWallet(storage, SURVEY);
  wallet.update(personId(A), { hint: codeHint(A), code: A });
  wallet.purse(personId(A)).saveVoucher({ signature: "s" });

  const stored = storage.items.get(`stemme:${SURVEY}`);
  assert.ok(!stored.includes(A) && !stored.includes(A.slice(0, 20)), stored);
  assert.equal(codeHint(A), "1EC6");
  assert.notEqual(personId(A), personId(B));
  assert.match(movedId({ signature: "abc" }), /^moved-[0-9a-f]{16}$/);
});

test("a purse keeps the blinding state until the voucher, and a refusal keeps the answers", () => {
  const wallet = openWallet(memoryStorage(), SURVEY);
  const id = personId(A);
  wallet.update(id, { code: A, answers: { willingness: "4" } });
  const purse = wallet.purse(id);
  purse.savePending({ code: A, blinded_msg: "x" });
  assert.equal(purse.pending().blinded_msg, "x");
  purse.clear();
  assert.equal(purse.pending(), null);
  assert.deepEqual(wallet.get(id).answers, { willingness: "4" });
});

test("a browser's voucher from before per-person entries is kept as one entry", () => {
  const storage = memoryStorage();
  storage.setItem(`stemme:${SURVEY}`, JSON.stringify({ voucher: { department: "Salg", signature: "s" } }));
  const wallet = openWallet(storage, SURVEY);
  const [only] = wallet.people();
  assert.equal(only.department, "Salg");
  assert.equal(wallet.purse(only.id).voucher().signature, "s");
});

test("the tab remembers one state at a time", () => {
  const tab = tabState(memoryStorage(), SURVEY);
  tab.update({ code: A, answers: { a: "1" } });
  tab.reset({ id: "x" });
  assert.deepEqual(tab.get(), { id: "x" });
});

test("a link's fragment gives its code, its short key and a moved voucher", () => {
  assert.deepEqual(parseFragment(`#code=${A}&key=0123456789abcdef`), { code: A, key: "0123456789abcdef" });
  assert.deepEqual(parseFragment("#code=EFMX-XVVJ"), { code: "EFMX-XVVJ" });
  assert.deepEqual(parseFragment("#move=AbC_-d"), { move: "AbC_-d" });
  assert.deepEqual(parseFragment("#code=X&key=zz"), { code: "X" }, "a key that is no fingerprint is ignored");
  assert.deepEqual(parseFragment("#main"), {});
  assert.deepEqual(parseFragment(""), {});
});

test("the key must begin with the link's short fingerprint, if the link had one", () => {
  const keyId = `0123456789abcdef${"0".repeat(48)}`;
  assert.ok(keyMatches(keyId, "0123456789abcdef"));
  assert.ok(keyMatches(keyId, "0123456789ABCDEF"));
  assert.ok(keyMatches(keyId, undefined), "a draft's link has no key to compare");
  assert.ok(!keyMatches(keyId, "0123456789abcdee"));
  assert.ok(!keyMatches(undefined, "0123456789abcdef"));
});

test("a moved voucher joins the code this tab came with if the department matches, else an entry of its own", () => {
  const wallet = openWallet(memoryStorage(), SURVEY);
  const voucher = { department: "Økonomi", signature: "moved" };

  const own = placeMovedVoucher(wallet, voucher, { tab: { code: A, department: "Kundeservice" }, answers: { a: "1" } });
  assert.equal(own, movedId(voucher), "another department's code is someone else's");
  assert.deepEqual(wallet.get(own).answers, { a: "1" });
  wallet.remove(own);

  const joined = placeMovedVoucher(wallet, voucher, { tab: { code: B, department: "Økonomi" } });
  assert.equal(joined, personId(B));
  assert.equal(wallet.get(joined).hint, codeHint(B));
  assert.equal(placeMovedVoucher(wallet, voucher, {}), joined, "the same voucher twice is one entry");
  assert.equal(wallet.people().length, 1);
});

test("a browser remembers which codes it sent by their hash only, and forgets at close", () => {
  const storage = memoryStorage();
  const sent = sentCodes(storage, SURVEY);
  sent.add(personId(A));
  sent.add(personId(A));

  assert.ok(sent.has(personId(A)));
  assert.ok(!sent.has(personId(B)));
  const kept = storage.items.get(`stemme:sent:${SURVEY}`);
  assert.deepEqual(JSON.parse(kept), { ids: [personId(A)] });
  assert.ok(!kept.includes(A) && !kept.includes(A.slice(-4)), "no code, not even its last symbols");
  sent.clear();
  assert.ok(!storage.items.has(`stemme:sent:${SURVEY}`));
});
