import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as nodeCrypto from "node:crypto";
import {
  parseSpki, blind, finalize, verify,
  b64urlEncode, b64urlDecode, bytesToHex, hexToBytes, randomBytes,
  modPow, modInverse, bytesToInt, intToBytes,
} from "../../assets/js/blindrsa.mjs";

const vectors = JSON.parse(readFileSync(new URL("../data/rfc9474_vectors.json", import.meta.url), "utf8"));
const V = vectors.find((v) => v.name === "RSABSSA-SHA384-PSS-Randomized");
const big = (h) => BigInt(h.startsWith("0x") ? h : "0x" + h);
const flip = (bytes, i, bit = 1) => {
  const c = bytes.slice();
  c[i] ^= bit;
  return c;
};

function vectorKey() {
  const n = big(V.n);
  return { n, e: big(V.e), modulusBytes: Math.ceil(n.toString(2).length / 8) };
}

// --- DER helpers to build SPKIs for tests -----------------------------------
function derLen(len) {
  if (len < 0x80) return [len];
  const out = [];
  for (let l = len; l > 0; l = Math.floor(l / 256)) out.unshift(l & 0xff);
  return [0x80 | out.length, ...out];
}
const tlv = (tag, body) => new Uint8Array([tag, ...derLen(body.length), ...body]);
function derInt(x) {
  let b = hexToBytes(x.toString(16).padStart(Math.ceil(x.toString(16).length / 2) * 2, "0"));
  if (b[0] & 0x80) b = new Uint8Array([0, ...b]);
  return tlv(0x02, b);
}
const RSA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
function buildSpki(n, e, { oid = RSA_OID, params = [0x05, 0x00] } = {}) {
  const rsaPub = tlv(0x30, [...derInt(n), ...derInt(e)]);
  const alg = tlv(0x30, [...oid, ...params]);
  return tlv(0x30, [...alg, ...tlv(0x03, [0x00, ...rsaPub])]);
}

function genKey(modulusLength) {
  const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync("rsa", { modulusLength });
  const der = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
  const jwk = privateKey.export({ format: "jwk" });
  return { publicKey, privateKey, der, d: bytesToInt(b64urlDecode(jwk.d)) };
}

// A key with an exact modulus size from our own primes (OpenSSL does not
// always hit odd sizes exactly). Used for 2049 bits, where
// emLen = (modBits - 1) / 8 is one byte shorter than the modulus.
function genKeyExactBits(bits) {
  const e = 65537n;
  for (;;) {
    const a = Math.ceil(bits / 2);
    const p = nodeCrypto.generatePrimeSync(a, { bigint: true });
    const q = nodeCrypto.generatePrimeSync(bits - a, { bigint: true });
    const n = p * q;
    if (p === q || n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    let d;
    try { d = modInverse(e, phi); } catch { continue; }
    const enc = (x) => b64urlEncode(hexToBytes(x.toString(16).padStart(Math.ceil(x.toString(16).length / 2) * 2, "0")));
    const jwk = {
      kty: "RSA", n: enc(n), e: enc(e), d: enc(d), p: enc(p), q: enc(q),
      dp: enc(d % (p - 1n)), dq: enc(d % (q - 1n)), qi: enc(modInverse(q, p)),
    };
    const privateKey = nodeCrypto.createPrivateKey({ key: jwk, format: "jwk" });
    const publicKey = nodeCrypto.createPublicKey(privateKey);
    const der = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
    return { publicKey, privateKey, der, d };
  }
}

// The test plays the server: RFC 9474 §4.3 BlindSign (s = m^d mod n).
function serverBlindSign(pk, d, blindedMsg) {
  return intToBytes(modPow(bytesToInt(blindedMsg), d, pk.n), pk.modulusBytes);
}

function nodeVerifies(publicKey, msgPrefix, msg, sig) {
  return nodeCrypto.verify(
    "sha384",
    Buffer.concat([msgPrefix, msg]),
    { key: publicKey, padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
    sig,
  );
}

// --- RFC 9474 Appendix A test vector ------------------------------------------
test("RFC 9474 vector RSABSSA-SHA384-PSS-Randomized: blind reproduces blinded_msg", () => {
  assert.ok(V, "vector present");
  assert.equal(big(V.sLen), 48n);
  assert.equal(big(V.is_randomized), 1n);
  const pk = vectorKey();
  assert.equal(pk.modulusBytes, 512);
  const msg = hexToBytes(V.msg);
  const msgPrefix = hexToBytes(V.msg_prefix);
  assert.equal(bytesToHex(new Uint8Array([...msgPrefix, ...msg])), V.input_msg.replace(/^0x/, ""));
  const { blindedMsg, inv, msgPrefix: mp } = blind(pk, msg, {
    msgPrefix, salt: hexToBytes(V.salt), inv: big(V.inv),
  });
  assert.equal(bytesToHex(blindedMsg), V.blinded_msg.replace(/^0x/, ""));
  assert.equal(bytesToInt(inv), big(V.inv));
  assert.equal(inv.length, 512);
  assert.deepEqual(mp, msgPrefix);
});

test("RFC 9474 vector: the same result when r is given instead of inv", () => {
  const pk = vectorKey();
  const r = modInverse(big(V.inv), pk.n);
  const { blindedMsg } = blind(pk, hexToBytes(V.msg), {
    msgPrefix: hexToBytes(V.msg_prefix), salt: hexToBytes(V.salt), r,
  });
  assert.equal(bytesToHex(blindedMsg), V.blinded_msg.replace(/^0x/, ""));
});

test("RFC 9474 vector: private key in vector signs blinded_msg to blind_sig", () => {
  const pk = vectorKey();
  const bs = serverBlindSign(pk, big(V.d), hexToBytes(V.blinded_msg));
  assert.equal(bytesToHex(bs), V.blind_sig.replace(/^0x/, ""));
});

test("RFC 9474 vector: finalize gives sig and verify accepts it", () => {
  const pk = vectorKey();
  const msg = hexToBytes(V.msg);
  const msgPrefix = hexToBytes(V.msg_prefix);
  const inv = intToBytes(big(V.inv), pk.modulusBytes);
  const sig = finalize(pk, msg, msgPrefix, hexToBytes(V.blind_sig), inv);
  assert.equal(bytesToHex(sig), V.sig.replace(/^0x/, ""));
  assert.equal(verify(pk, msg, msgPrefix, sig), true);
});

test("RFC 9474 vector: verify rejects flipped bits in sig, msg and msgPrefix", () => {
  const pk = vectorKey();
  const msg = hexToBytes(V.msg);
  const msgPrefix = hexToBytes(V.msg_prefix);
  const sig = hexToBytes(V.sig);
  assert.equal(verify(pk, msg, msgPrefix, sig), true);
  for (const i of [0, 100, sig.length - 1]) {
    for (const bit of [1, 0x80]) assert.equal(verify(pk, msg, msgPrefix, flip(sig, i, bit)), false, `sig byte ${i}`);
  }
  for (const i of [0, msg.length - 1]) assert.equal(verify(pk, flip(msg, i), msgPrefix, sig), false, `msg byte ${i}`);
  for (const i of [0, 31]) assert.equal(verify(pk, msg, flip(msgPrefix, i), sig), false, `prefix byte ${i}`);
  // Wrong lengths / out-of-range signatures are "invalid", not exceptions.
  assert.equal(verify(pk, msg, msgPrefix, sig.subarray(1)), false);
  assert.equal(verify(pk, msg, msgPrefix, new Uint8Array([0, ...sig])), false);
  assert.equal(verify(pk, msg, msgPrefix, intToBytes(pk.n, pk.modulusBytes)), false);
  assert.equal(verify(pk, msg, msgPrefix, new Uint8Array(pk.modulusBytes).fill(0xff)), false);
  assert.equal(verify(pk, msg, msgPrefix, new Uint8Array(pk.modulusBytes)), false);
  // A dropped message byte is not accepted either.
  assert.equal(verify(pk, msg.subarray(1), msgPrefix, sig), false);
  // API misuse throws.
  assert.throws(() => verify(pk, msg, msgPrefix.subarray(1), sig), /msgPrefix/);
  assert.throws(() => verify(pk, "msg", msgPrefix, sig), TypeError);
});

test("RFC 9474 vector: finalize throws on a wrong blind signature", () => {
  const pk = vectorKey();
  const msg = hexToBytes(V.msg);
  const msgPrefix = hexToBytes(V.msg_prefix);
  const inv = intToBytes(big(V.inv), pk.modulusBytes);
  const bs = hexToBytes(V.blind_sig);
  assert.throws(() => finalize(pk, msg, msgPrefix, flip(bs, 10), inv), /invalid signature/);
  assert.throws(() => finalize(pk, flip(msg, 0), msgPrefix, bs, inv), /invalid signature/);
  assert.throws(() => finalize(pk, msg, flip(msgPrefix, 0), bs, inv), /invalid signature/);
  assert.throws(() => finalize(pk, msg, msgPrefix, bs, flip(inv, 500)), /invalid signature/);
  assert.throws(() => finalize(pk, msg, msgPrefix, bs.subarray(1), inv), /unexpected input size/);
  assert.throws(() => finalize(pk, msg, msgPrefix, intToBytes(pk.n, 512), inv), /out of range/);
});

// --- Round trips with fresh keys -------------------------------------------
for (const bits of [2048, 2049, 3072]) {
  test(`round trip with a fresh ${bits}-bit key, cross-checked by node:crypto`, () => {
    const key = bits % 8 === 1 ? genKeyExactBits(bits) : genKey(bits);
    const pk = parseSpki(key.der);
    assert.equal(pk.n.toString(2).length, bits);
    assert.equal(pk.e, 65537n);
    assert.equal(pk.modulusBytes, Math.ceil(bits / 8));

    const msg = randomBytes(32);
    const { blindedMsg, inv, msgPrefix } = blind(pk, msg);
    assert.equal(blindedMsg.length, pk.modulusBytes);
    assert.equal(inv.length, pk.modulusBytes);
    assert.equal(msgPrefix.length, 32);

    const blindSig = serverBlindSign(pk, key.d, blindedMsg);
    const sig = finalize(pk, msg, msgPrefix, blindSig, inv);
    assert.equal(sig.length, pk.modulusBytes);
    assert.equal(verify(pk, msg, msgPrefix, sig), true);
    assert.equal(nodeVerifies(key.publicKey, msgPrefix, msg, sig), true);
    assert.equal(nodeVerifies(key.publicKey, msgPrefix, flip(msg, 3), sig), false);

    // Two blindings of the same message look unrelated (fresh prefix, salt and r).
    const again = blind(pk, msg);
    assert.notDeepEqual(again.blindedMsg, blindedMsg);
    assert.notDeepEqual(again.msgPrefix, msgPrefix);
    assert.notDeepEqual(again.inv, inv);

    // A signature made by node with PSS/SHA-384/salt 48 verifies with ours.
    const nodeSig = nodeCrypto.sign("sha384", Buffer.concat([msgPrefix, msg]), {
      key: key.privateKey, padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 48,
    });
    assert.equal(verify(pk, msg, msgPrefix, new Uint8Array(nodeSig)), true);
    // ... but not one with a different salt length.
    const nodeSig32 = nodeCrypto.sign("sha384", Buffer.concat([msgPrefix, msg]), {
      key: key.privateKey, padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32,
    });
    assert.equal(verify(pk, msg, msgPrefix, new Uint8Array(nodeSig32)), false);
  });
}

test("round trip with an empty and a long message (2048-bit)", () => {
  const key = genKey(2048);
  const pk = parseSpki(key.der);
  for (const msg of [new Uint8Array(0), randomBytes(5000)]) {
    const { blindedMsg, inv, msgPrefix } = blind(pk, msg);
    const sig = finalize(pk, msg, msgPrefix, serverBlindSign(pk, key.d, blindedMsg), inv);
    assert.equal(nodeVerifies(key.publicKey, msgPrefix, msg, sig), true);
  }
});

test("100 random round trips with one 2048-bit key (leading-zero edge cases)", () => {
  const key = genKey(2048);
  const pk = parseSpki(key.der);
  for (let i = 0; i < 100; i++) {
    const msg = randomBytes(i);
    const { blindedMsg, inv, msgPrefix } = blind(pk, msg);
    const sig = finalize(pk, msg, msgPrefix, serverBlindSign(pk, key.d, blindedMsg), inv);
    assert.equal(nodeVerifies(key.publicKey, msgPrefix, msg, sig), true, `iteration ${i}`);
  }
});

test("finalize rejects a blind signature from a different key", () => {
  const k1 = genKey(2048);
  const k2 = genKey(2048);
  const pk1 = parseSpki(k1.der);
  const pk2 = parseSpki(k2.der);
  const msg = randomBytes(32);
  const { blindedMsg, inv, msgPrefix } = blind(pk1, msg);
  // Server signs with the wrong key (reduce blindedMsg mod n2 so the math is defined).
  const wrong = intToBytes(modPow(bytesToInt(blindedMsg) % pk2.n, k2.d, pk2.n), 256);
  assert.throws(() => finalize(pk1, msg, msgPrefix, wrong, inv), /invalid signature|out of range/);
});

// --- parseSpki ----------------------------------------------------------------
test("parseSpki accepts our own DER encoding and node's", () => {
  const key = genKey(2048);
  const pk = parseSpki(key.der);
  assert.deepEqual(parseSpki(buildSpki(pk.n, pk.e)), pk);
  const jwk = key.publicKey.export({ format: "jwk" });
  assert.equal(pk.n, bytesToInt(b64urlDecode(jwk.n)));
  assert.equal(pk.e, bytesToInt(b64urlDecode(jwk.e)));
  // The vector's 4096-bit key.
  const vk = vectorKey();
  assert.deepEqual(parseSpki(buildSpki(vk.n, vk.e)), vk);
});

test("parseSpki rejects malformed or unsupported keys", () => {
  const key = genKey(2048);
  const der = key.der;
  const { n, e } = parseSpki(der);

  // Truncations at every position.
  for (let len = 0; len < der.length; len++) {
    assert.throws(() => parseSpki(der.subarray(0, len)), Error, `truncated to ${len}`);
  }
  // Trailing garbage.
  assert.throws(() => parseSpki(new Uint8Array([...der, 0])), /trailing/);
  // Wrong OIDs: RSASSA-PSS (1.2.840.113549.1.1.10) and id-ecPublicKey.
  const pssOid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a];
  assert.throws(() => parseSpki(buildSpki(n, e, { oid: pssOid })), /rsaEncryption/);
  const ecOid = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
  assert.throws(() => parseSpki(buildSpki(n, e, { oid: ecOid })), /rsaEncryption/);
  // A real EC key from node.
  const ec = nodeCrypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  assert.throws(() => parseSpki(new Uint8Array(ec.publicKey.export({ type: "spki", format: "der" }))), /rsaEncryption/);
  // Missing or wrong parameters.
  assert.throws(() => parseSpki(buildSpki(n, e, { params: [] })), /NULL|truncated/);
  assert.throws(() => parseSpki(buildSpki(n, e, { params: [0x05, 0x01, 0x00] })), /NULL/);
  // Non-DER: long-form length where short form is required.
  const spkiBad = new Uint8Array([0x30, 0x81, 0x05, 0x30, 0x03, 0x02, 0x01, 0x01]);
  assert.throws(() => parseSpki(spkiBad), /non-minimal|truncated/);
  // Indefinite length.
  assert.throws(() => parseSpki(new Uint8Array([0x30, 0x80, 0x00, 0x00])), /length/);
  // Modulus size limits.
  const small = genKey(1024);
  assert.throws(() => parseSpki(small.der), /1024 bits/);
  assert.throws(() => parseSpki(buildSpki((1n << 4096n) + 1n, 65537n)), /4097 bits/);
  // Bad exponents and even modulus.
  assert.throws(() => parseSpki(buildSpki(n, 1n)), /exponent/);
  assert.throws(() => parseSpki(buildSpki(n, 65536n)), /exponent/);
  assert.throws(() => parseSpki(buildSpki(n - 1n, e)), /even/);
  // Negative / non-minimal INTEGER for the modulus.
  const nBytes = intToBytes(n, 256);
  const mk = (intBody) =>
    tlv(0x30, [...tlv(0x30, [...RSA_OID, 0x05, 0x00]), ...tlv(0x03, [0x00, ...tlv(0x30, [...tlv(0x02, intBody), ...derInt(e)])])]);
  assert.throws(() => parseSpki(mk(nBytes)), /negative/);
  assert.throws(() => parseSpki(mk([0x00, 0x00, ...nBytes])), /non-minimal/);
  assert.ok(parseSpki(mk([0x00, ...nBytes])));
  // BIT STRING with unused bits.
  const rsaPub = tlv(0x30, [...derInt(n), ...derInt(e)]);
  const withUnused = tlv(0x30, [...tlv(0x30, [...RSA_OID, 0x05, 0x00]), ...tlv(0x03, [0x01, ...rsaPub])]);
  assert.throws(() => parseSpki(withUnused), /unused bits/);
  // Not bytes at all.
  assert.throws(() => parseSpki("MIIB..."), TypeError);
});

// --- blind() input checks -------------------------------------------------------
test("blind validates its inputs", () => {
  const pk = vectorKey();
  const msg = randomBytes(10);
  assert.throws(() => blind(pk, "hello"), TypeError);
  assert.throws(() => blind({ n: 5n, e: 3n }, msg), TypeError);
  assert.throws(() => blind(pk, msg, { msgPrefix: randomBytes(31) }), /msgPrefix/);
  assert.throws(() => blind(pk, msg, { salt: randomBytes(32) }), /salt/);
  assert.throws(() => blind(pk, msg, { r: 0n }), /r out of range/);
  assert.throws(() => blind(pk, msg, { r: pk.n }), /r out of range/);
});

// --- modular arithmetic -----------------------------------------------------------
test("modPow and modInverse", () => {
  assert.equal(modPow(4n, 13n, 497n), 445n);
  assert.equal(modPow(2n, 0n, 7n), 1n);
  assert.equal(modPow(5n, 3n, 1n), 0n);
  assert.equal(modPow(-2n, 3n, 7n), 6n);
  assert.equal(modInverse(3n, 11n), 4n);
  assert.throws(() => modInverse(6n, 9n), /not invertible/);
  const pk = vectorKey();
  const x = bytesToInt(randomBytes(300));
  assert.equal((modInverse(x, pk.n) * x) % pk.n, 1n);
  // RSA consistency with the vector's private key.
  assert.equal(modPow(modPow(x, pk.e, pk.n), big(V.d), pk.n), x % pk.n);
});

// --- encodings ----------------------------------------------------------------------
test("b64url round trips and matches Buffer's base64url", () => {
  for (let len = 0; len < 70; len++) {
    const b = randomBytes(len);
    const s = b64urlEncode(b);
    assert.equal(s, Buffer.from(b).toString("base64url"));
    assert.ok(!s.includes("="));
    assert.deepEqual(b64urlDecode(s), b);
    const padded = s + "=".repeat((4 - (s.length % 4)) % 4);
    assert.deepEqual(b64urlDecode(padded), b);
  }
  assert.deepEqual(b64urlDecode("_-8"), new Uint8Array([0xff, 0xef]));
  assert.equal(b64urlEncode(new Uint8Array([0xfb, 0xff])), "-_8");
});

test("b64urlDecode rejects invalid input", () => {
  for (const bad of ["a+bc", "ab/c", "ab c", "ab\nc", "abc!", "a", "abcde", "ab=", "a===", "ab==c", "=abc", "ab*=", "YQ=x"]) {
    assert.throws(() => b64urlDecode(bad), Error, JSON.stringify(bad));
  }
  // Non-canonical trailing bits ("YR" would also decode to "a").
  assert.throws(() => b64urlDecode("YR"), /trailing bits/);
  assert.throws(() => b64urlDecode("YWJ"), /trailing bits/);
  assert.throws(() => b64urlDecode(123), TypeError);
  assert.deepEqual(b64urlDecode(""), new Uint8Array(0));
});

test("hex helpers", () => {
  const b = randomBytes(40);
  assert.deepEqual(hexToBytes(bytesToHex(b)), b);
  assert.deepEqual(hexToBytes("0x00ff"), new Uint8Array([0, 255]));
  assert.deepEqual(hexToBytes("ABcd"), new Uint8Array([0xab, 0xcd]));
  assert.throws(() => hexToBytes("abc"), /invalid hex/);
  assert.throws(() => hexToBytes("zz"), /invalid hex/);
  assert.throws(() => hexToBytes("+1"), /invalid hex/);
  assert.equal(bytesToHex(new Uint8Array([0, 1, 0xab])), "0001ab");
  assert.throws(() => intToBytes(256n, 1), /too large/);
  assert.deepEqual(intToBytes(1n, 3), new Uint8Array([0, 0, 1]));
});

test("randomBytes", () => {
  assert.equal(randomBytes(0).length, 0);
  const big = randomBytes(100_000); // more than one getRandomValues call
  assert.equal(big.length, 100_000);
  assert.ok(big.subarray(70_000).some((x) => x !== 0));
  assert.notDeepEqual(randomBytes(32), randomBytes(32));
  assert.throws(() => randomBytes(-1), TypeError);
});

test("timing: blind and finalize (2048-bit and 4096-bit)", (t) => {
  for (const [label, pk, d] of [
    ["2048", ...(() => { const k = genKey(2048); return [parseSpki(k.der), k.d]; })()],
    ["4096 (RFC vector key)", vectorKey(), big(V.d)],
  ]) {
    const msg = randomBytes(32);
    const N = 10;
    let tBlind = 0, tFin = 0;
    for (let i = 0; i < N; i++) {
      let t0 = performance.now();
      const { blindedMsg, inv, msgPrefix } = blind(pk, msg);
      tBlind += performance.now() - t0;
      const bs = serverBlindSign(pk, d, blindedMsg);
      t0 = performance.now();
      finalize(pk, msg, msgPrefix, bs, inv);
      tFin += performance.now() - t0;
    }
    t.diagnostic(`${label}: blind ${(tBlind / N).toFixed(2)} ms, finalize ${(tFin / N).toFixed(2)} ms (mean of ${N})`);
    assert.ok(tBlind / N < 500 && tFin / N < 500);
  }
});
