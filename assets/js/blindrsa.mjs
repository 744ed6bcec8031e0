// Client side of RSA blind signatures, RFC 9474, variant
// RSABSSA-SHA384-PSS-Randomized (RFC 9474 §5):
//   Hash = SHA-384, MGF = MGF1 with SHA-384, sLen = 48 bytes,
//   randomized: input_msg = msg_prefix || msg with a fresh 32-byte msg_prefix.
//
// Flow (RFC 9474 §4): the client calls blind(), sends blindedMsg to the
// server, receives blindSig, and calls finalize(), which unblinds AND
// verifies. The result is an ordinary RSASSA-PSS signature (RFC 8017 §8.1)
// over msgPrefix || msg that the server cannot link to the blinding session.
//
// Design notes for auditors:
// - No dependencies and no crypto.subtle (unavailable over plain HTTP);
//   SHA-384 comes from ./sha384.mjs. All randomness comes from
//   crypto.getRandomValues.
// - Big-number arithmetic uses BigInt. BigInt operations are not constant
//   time. The only secret the client holds is the blinding factor r (and
//   msg/msg_prefix); the timing of a one-off computation inside the user's
//   browser is not observable by the server in any useful way, and the
//   verification uses only public data.
// - Integers are converted big-endian as in RFC 8017 §4 (I2OSP / OS2IP).

import { sha384 } from "./sha384.mjs";

const HASH_LEN = 48; // hLen: SHA-384 output size
const SALT_LEN = 48; // sLen for RSABSSA-SHA384-PSS-* (RFC 9474 §5)
const PREFIX_LEN = 32; // msg_prefix length for *-Randomized (RFC 9474 §4.1)
const MIN_MODULUS_BITS = 2048;
const MAX_MODULUS_BITS = 4096;

// ---------------------------------------------------------------------------
// Byte helpers
// ---------------------------------------------------------------------------

function assertBytes(x, what) {
  if (!(x instanceof Uint8Array)) throw new TypeError(`${what} must be a Uint8Array`);
}

function concatBytes(...parts) {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** Compare two byte arrays without an early exit (habit; data here is public). */
function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** Lowercase hex encoding. */
export function bytesToHex(bytes) {
  assertBytes(bytes, "bytesToHex input");
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/** Hex decoding; an optional "0x" prefix is accepted, otherwise strict. */
export function hexToBytes(hex) {
  if (typeof hex !== "string") throw new TypeError("hexToBytes input must be a string");
  if (hex.startsWith("0x") || hex.startsWith("0X")) hex = hex.slice(2);
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new Error("hexToBytes: invalid hex string");
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** n cryptographically random bytes from crypto.getRandomValues. */
export function randomBytes(n) {
  if (!Number.isInteger(n) || n < 0) throw new TypeError("randomBytes: n must be a non-negative integer");
  const c = globalThis.crypto;
  if (!c || typeof c.getRandomValues !== "function") {
    throw new Error("randomBytes: crypto.getRandomValues is not available");
  }
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes per call.
  for (let off = 0; off < n; off += 65536) {
    c.getRandomValues(out.subarray(off, Math.min(n, off + 65536)));
  }
  return out;
}

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64URL_INDEX = new Map([...B64URL].map((ch, i) => [ch, i]));

/** base64url (RFC 4648 §5) without padding. */
export function b64urlEncode(bytes) {
  assertBytes(bytes, "b64urlEncode input");
  let s = "";
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    s += B64URL[v >> 18] + B64URL[(v >> 12) & 63] + B64URL[(v >> 6) & 63] + B64URL[v & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    s += B64URL[v >> 18] + B64URL[(v >> 12) & 63];
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    s += B64URL[v >> 18] + B64URL[(v >> 12) & 63] + B64URL[(v >> 6) & 63];
  }
  return s;
}

/**
 * base64url decoding. Padding is optional but, if present, must be correct.
 * Rejects characters outside the URL-safe alphabet (including "+", "/" and
 * whitespace), impossible lengths, and non-zero unused trailing bits (so
 * every byte string has exactly one accepted encoding).
 */
export function b64urlDecode(str) {
  if (typeof str !== "string") throw new TypeError("b64urlDecode input must be a string");
  let s = str;
  if (s.endsWith("=")) {
    if (s.length % 4 !== 0) throw new Error("b64urlDecode: bad padding");
    s = s.endsWith("==") ? s.slice(0, -2) : s.slice(0, -1);
  }
  if (s.length % 4 === 1) throw new Error("b64urlDecode: invalid length");
  const vals = new Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const v = B64URL_INDEX.get(s[i]);
    if (v === undefined) throw new Error(`b64urlDecode: invalid character at position ${i}`);
    vals[i] = v;
  }
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= s.length; i += 4) {
    const v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3];
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = s.length - i;
  if (rest === 2) {
    if (vals[i + 1] & 15) throw new Error("b64urlDecode: non-zero trailing bits");
    out[o++] = (vals[i] << 2) | (vals[i + 1] >> 4);
  } else if (rest === 3) {
    if (vals[i + 2] & 3) throw new Error("b64urlDecode: non-zero trailing bits");
    const v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6);
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Integer helpers (RFC 8017 §4, RFC 9474 §2)
// ---------------------------------------------------------------------------

/** OS2IP: big-endian bytes -> non-negative BigInt. */
export function bytesToInt(bytes) {
  assertBytes(bytes, "bytesToInt input");
  return bytes.length === 0 ? 0n : BigInt("0x" + bytesToHex(bytes));
}

/** I2OSP: non-negative BigInt -> big-endian bytes of exactly `len` bytes. */
export function intToBytes(x, len) {
  if (typeof x !== "bigint" || x < 0n) throw new TypeError("intToBytes: x must be a non-negative bigint");
  const hex = x.toString(16);
  if (hex.length > 2 * len) throw new Error("intToBytes: integer too large"); // RFC 8017 §4.1
  return hexToBytes(hex.padStart(2 * len, "0"));
}

function bitLength(x) {
  return x === 0n ? 0 : x.toString(2).length;
}

/** x mod m, always in [0, m). */
function mod(x, m) {
  const r = x % m;
  return r < 0n ? r + m : r;
}

/** base^exp mod m by left-to-right square-and-multiply. */
export function modPow(base, exp, m) {
  if (m <= 0n) throw new RangeError("modPow: modulus must be positive");
  if (exp < 0n) throw new RangeError("modPow: negative exponent");
  if (m === 1n) return 0n;
  base = mod(base, m);
  let result = 1n;
  for (const bit of exp.toString(2)) {
    result = (result * result) % m;
    if (bit === "1") result = (result * base) % m;
  }
  return result;
}

function gcd(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** a^-1 mod m via the extended Euclidean algorithm; throws if gcd(a, m) != 1. */
export function modInverse(a, m) {
  if (m <= 0n) throw new RangeError("modInverse: modulus must be positive");
  // Invariant: oldR = oldS * a (mod m), r = s * a (mod m).
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error("modInverse: not invertible");
  return mod(oldS, m);
}

// ---------------------------------------------------------------------------
// Public key parsing: X.509 SubjectPublicKeyInfo (RFC 5280 §4.1) with
// rsaEncryption (RFC 8017 Appendix A.1, A.2.1), strict DER.
// ---------------------------------------------------------------------------

// DER of OID 1.2.840.113549.1.1.1 (rsaEncryption), tag and length included.
const RSA_ENCRYPTION_OID = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);

/**
 * Read one DER TLV with the expected tag at `pos` (not beyond `end`).
 * Returns { start, end } of the contents. Only definite, minimally encoded
 * lengths are accepted (X.690 §10.1), because anything else is not DER.
 */
function readTlv(der, pos, end, tag, what) {
  if (pos + 2 > end) throw new Error(`parseSpki: truncated (${what})`);
  if (der[pos] !== tag) throw new Error(`parseSpki: expected ${what} (tag 0x${tag.toString(16)})`);
  let len = der[pos + 1];
  let p = pos + 2;
  if (len & 0x80) {
    const numBytes = len & 0x7f;
    // 0x80 = indefinite length (BER only); more than 3 length bytes is far
    // beyond any 4096-bit key.
    if (numBytes === 0 || numBytes > 3) throw new Error(`parseSpki: bad length encoding (${what})`);
    if (p + numBytes > end) throw new Error(`parseSpki: truncated (${what})`);
    if (der[p] === 0) throw new Error(`parseSpki: non-minimal length (${what})`);
    len = 0;
    for (let i = 0; i < numBytes; i++) len = len * 256 + der[p + i];
    if (len < 0x80) throw new Error(`parseSpki: non-minimal length (${what})`);
    p += numBytes;
  }
  if (p + len > end) throw new Error(`parseSpki: truncated (${what})`);
  return { start: p, end: p + len };
}

/** Strict DER INTEGER that must be positive; returns the BigInt. */
function readPositiveInteger(der, pos, end, what) {
  const t = readTlv(der, pos, end, 0x02, what);
  const body = der.subarray(t.start, t.end);
  if (body.length === 0) throw new Error(`parseSpki: empty INTEGER (${what})`);
  if (body[0] & 0x80) throw new Error(`parseSpki: negative INTEGER (${what})`);
  if (body.length > 1 && body[0] === 0 && !(body[1] & 0x80)) {
    throw new Error(`parseSpki: non-minimal INTEGER (${what})`);
  }
  return { value: bytesToInt(body), next: t.end };
}

/**
 * Parse a DER-encoded SubjectPublicKeyInfo holding an rsaEncryption key.
 * @param {Uint8Array} der
 * @returns {{ n: bigint, e: bigint, modulusBytes: number }}
 */
export function parseSpki(der) {
  assertBytes(der, "parseSpki input");
  // SubjectPublicKeyInfo ::= SEQUENCE { algorithm, subjectPublicKey }
  const spki = readTlv(der, 0, der.length, 0x30, "SubjectPublicKeyInfo SEQUENCE");
  if (spki.end !== der.length) throw new Error("parseSpki: trailing data after SubjectPublicKeyInfo");

  // AlgorithmIdentifier ::= SEQUENCE { OID rsaEncryption, NULL }
  const alg = readTlv(der, spki.start, spki.end, 0x30, "AlgorithmIdentifier SEQUENCE");
  const oid = der.subarray(alg.start, Math.min(alg.end, alg.start + RSA_ENCRYPTION_OID.length));
  if (!bytesEqual(oid, RSA_ENCRYPTION_OID)) {
    throw new Error("parseSpki: algorithm is not rsaEncryption (1.2.840.113549.1.1.1)");
  }
  const nul = readTlv(der, alg.start + RSA_ENCRYPTION_OID.length, alg.end, 0x05, "NULL parameters");
  if (nul.start !== nul.end || nul.end !== alg.end) {
    throw new Error("parseSpki: rsaEncryption parameters must be exactly NULL");
  }

  // subjectPublicKey BIT STRING, no unused bits, containing RSAPublicKey.
  const bits = readTlv(der, alg.end, spki.end, 0x03, "subjectPublicKey BIT STRING");
  if (bits.end !== spki.end) throw new Error("parseSpki: trailing data in SubjectPublicKeyInfo");
  if (bits.start === bits.end || der[bits.start] !== 0) {
    throw new Error("parseSpki: BIT STRING must have 0 unused bits");
  }

  // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
  const rsa = readTlv(der, bits.start + 1, bits.end, 0x30, "RSAPublicKey SEQUENCE");
  if (rsa.end !== bits.end) throw new Error("parseSpki: trailing data in BIT STRING");
  const nInt = readPositiveInteger(der, rsa.start, rsa.end, "modulus");
  const eInt = readPositiveInteger(der, nInt.next, rsa.end, "publicExponent");
  if (eInt.next !== rsa.end) throw new Error("parseSpki: trailing data in RSAPublicKey");

  const n = nInt.value;
  const e = eInt.value;
  const modBits = bitLength(n);
  if (modBits < MIN_MODULUS_BITS || modBits > MAX_MODULUS_BITS) {
    throw new Error(`parseSpki: modulus is ${modBits} bits, need ${MIN_MODULUS_BITS}..${MAX_MODULUS_BITS}`);
  }
  // A real RSA modulus is odd, and e must be odd, > 1 and < n (RFC 8017 §3.1).
  if ((n & 1n) === 0n) throw new Error("parseSpki: modulus is even");
  if (e < 3n || (e & 1n) === 0n || e >= n) throw new Error("parseSpki: invalid public exponent");
  return { n, e, modulusBytes: Math.ceil(modBits / 8) };
}

function checkPublicKey(pk) {
  if (!pk || typeof pk.n !== "bigint" || typeof pk.e !== "bigint" || !Number.isInteger(pk.modulusBytes)) {
    throw new TypeError("public key must be { n: bigint, e: bigint, modulusBytes: number } (see parseSpki)");
  }
  if (pk.modulusBytes !== Math.ceil(bitLength(pk.n) / 8)) {
    throw new Error("public key: modulusBytes does not match n");
  }
}

// ---------------------------------------------------------------------------
// EMSA-PSS with SHA-384 / MGF1-SHA-384 / sLen = 48 (RFC 8017 §9.1)
// ---------------------------------------------------------------------------

/** MGF1 (RFC 8017 Appendix B.2.1) with SHA-384. */
function mgf1(seed, maskLen) {
  const out = new Uint8Array(maskLen);
  const input = new Uint8Array(seed.length + 4);
  input.set(seed);
  for (let counter = 0, off = 0; off < maskLen; counter++, off += HASH_LEN) {
    // C = I2OSP(counter, 4)
    input[seed.length] = counter >>> 24;
    input[seed.length + 1] = counter >>> 16;
    input[seed.length + 2] = counter >>> 8;
    input[seed.length + 3] = counter;
    const block = sha384(input);
    out.set(block.subarray(0, Math.min(HASH_LEN, maskLen - off)), off);
  }
  return out;
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with the given 48-byte salt. */
function emsaPssEncode(msg, emBits, salt) {
  const emLen = Math.ceil(emBits / 8);
  const mHash = sha384(msg); // step 2
  if (emLen < HASH_LEN + SALT_LEN + 2) throw new Error("encoding error"); // step 3
  // Steps 5-6: H = Hash(0x00 * 8 || mHash || salt)
  const H = sha384(concatBytes(new Uint8Array(8), mHash, salt));
  // Steps 7-8: DB = PS || 0x01 || salt, PS all zero.
  const dbLen = emLen - HASH_LEN - 1;
  const db = new Uint8Array(dbLen);
  db[dbLen - SALT_LEN - 1] = 0x01;
  db.set(salt, dbLen - SALT_LEN);
  // Steps 9-10: maskedDB = DB xor MGF(H, dbLen)
  const dbMask = mgf1(H, dbLen);
  for (let i = 0; i < dbLen; i++) db[i] ^= dbMask[i];
  // Step 11: clear the leftmost 8*emLen - emBits bits so that EM < 2^emBits.
  db[0] &= 0xff >>> (8 * emLen - emBits);
  // Step 12: EM = maskedDB || H || 0xbc
  return concatBytes(db, H, new Uint8Array([0xbc]));
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2); returns true for "consistent". */
function emsaPssVerify(msg, em, emBits) {
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen) return false;
  const mHash = sha384(msg); // step 2
  if (emLen < HASH_LEN + SALT_LEN + 2) return false; // step 3
  if (em[emLen - 1] !== 0xbc) return false; // step 4
  const dbLen = emLen - HASH_LEN - 1;
  const maskedDb = em.subarray(0, dbLen); // step 5
  const H = em.subarray(dbLen, dbLen + HASH_LEN);
  const topMask = 0xff >>> (8 * emLen - emBits);
  if (maskedDb[0] & ~topMask) return false; // step 6
  const dbMask = mgf1(H, dbLen); // step 7
  const db = new Uint8Array(dbLen); // step 8
  for (let i = 0; i < dbLen; i++) db[i] = maskedDb[i] ^ dbMask[i];
  db[0] &= topMask; // step 9
  // Step 10: DB must be zeros, then 0x01, then exactly sLen salt bytes.
  const psLen = emLen - HASH_LEN - SALT_LEN - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 0x01) return false;
  const salt = db.subarray(dbLen - SALT_LEN); // step 11
  const H2 = sha384(concatBytes(new Uint8Array(8), mHash, salt)); // steps 12-13
  return bytesEqual(H, H2); // step 14
}

// ---------------------------------------------------------------------------
// RFC 9474 client operations
// ---------------------------------------------------------------------------

/** Uniform random integer in [1, n) coprime to n, by rejection sampling. */
function randomBlindingFactor(n) {
  const bits = bitLength(n);
  const len = Math.ceil(bits / 8);
  const topMask = 0xff >>> (8 * len - bits); // keep the candidate below 2^bits
  for (let attempt = 0; attempt < 1000; attempt++) {
    const buf = randomBytes(len);
    buf[0] &= topMask;
    const r = bytesToInt(buf);
    // Rejecting r outside [1, n) keeps r uniform; since n >= 2^(bits-1) each
    // try succeeds with probability > 1/2. gcd(r, n) != 1 would reveal a
    // factor of n and never happens for an honest key.
    if (r >= 1n && r < n && gcd(r, n) === 1n) return r;
  }
  throw new Error("blind: could not sample a blinding factor");
}

/**
 * RFC 9474 §4.1 Prepare (randomized) + §4.2 Blind.
 *
 * @param {{n: bigint, e: bigint, modulusBytes: number}} pk  from parseSpki
 * @param {Uint8Array} msg
 * @param {{msgPrefix?: Uint8Array, salt?: Uint8Array, r?: bigint, inv?: bigint}} [randomness]
 *   FOR TESTS ONLY (reproducing RFC 9474 Appendix A vectors). Never pass
 *   this in production: all three values must be fresh and secret.
 * @returns {{blindedMsg: Uint8Array, inv: Uint8Array, msgPrefix: Uint8Array}}
 *   blindedMsg goes to the server; keep inv and msgPrefix for finalize().
 */
export function blind(pk, msg, randomness = undefined) {
  checkPublicKey(pk);
  assertBytes(msg, "msg");
  const { n, e, modulusBytes } = pk;
  const rnd = randomness || {};
  const modBits = bitLength(n);

  // §4.1 Prepare: input_msg = msg_prefix || msg, msg_prefix = random(32).
  const msgPrefix = rnd.msgPrefix !== undefined ? rnd.msgPrefix : randomBytes(PREFIX_LEN);
  assertBytes(msgPrefix, "msgPrefix");
  if (msgPrefix.length !== PREFIX_LEN) throw new Error(`msgPrefix must be ${PREFIX_LEN} bytes`);
  const inputMsg = concatBytes(msgPrefix, msg);

  // §4.2 step 1: encoded_msg = EMSA-PSS-ENCODE(msg, bit_len(n) - 1), as
  // RSASSA-PSS-SIGN does (RFC 8017 §8.1.1 step 1), with a random salt.
  const salt = rnd.salt !== undefined ? rnd.salt : randomBytes(SALT_LEN);
  assertBytes(salt, "salt");
  if (salt.length !== SALT_LEN) throw new Error(`salt must be ${SALT_LEN} bytes`);
  const encodedMsg = emsaPssEncode(inputMsg, modBits - 1, salt);

  // Steps 3-5: m = bytes_to_int(encoded_msg); m must be coprime to n. (It
  // is < 2^(modBits-1) < n by construction; m sharing a factor with n would
  // make the blinded message reveal information about m.)
  const m = bytesToInt(encodedMsg);
  if (m >= n || gcd(m, n) !== 1n) throw new Error("blind: invalid input (message not coprime to n)");

  // Steps 6-8: r uniform in [1, n), inv = r^-1 mod n.
  let r;
  if (rnd.r !== undefined) {
    r = rnd.r;
  } else if (rnd.inv !== undefined) {
    r = modInverse(rnd.inv, n); // test vectors give inv instead of r
  } else {
    r = randomBlindingFactor(n);
  }
  if (typeof r !== "bigint" || r < 1n || r >= n) throw new Error("blind: r out of range");
  const inv = modInverse(r, n); // throws ("blinding error") if not invertible

  // Steps 9-11: z = m * r^e mod n (RSAVP1(pk, r) = r^e mod n, RFC 8017 §5.2.2).
  const z = (m * modPow(r, e, n)) % n;
  return {
    blindedMsg: intToBytes(z, modulusBytes),
    inv: intToBytes(inv, modulusBytes),
    msgPrefix,
  };
}

/**
 * RSASSA-PSS-VERIFY (RFC 8017 §8.1.2) of `sig` over msgPrefix || msg
 * (RFC 9474 §4.5 with the randomized input_msg).
 * Returns false for any invalid signature; throws only on API misuse.
 */
export function verify(pk, msg, msgPrefix, sig) {
  checkPublicKey(pk);
  assertBytes(msg, "msg");
  assertBytes(msgPrefix, "msgPrefix");
  assertBytes(sig, "sig");
  if (msgPrefix.length !== PREFIX_LEN) throw new Error(`msgPrefix must be ${PREFIX_LEN} bytes`);
  const { n, e, modulusBytes } = pk;
  if (sig.length !== modulusBytes) return false; // step 1
  const s = bytesToInt(sig);
  if (s >= n) return false; // RSAVP1 step 1 (RFC 8017 §5.2.2)
  const m = modPow(s, e, n); // step 2b
  const emBits = bitLength(n) - 1;
  const emLen = Math.ceil(emBits / 8);
  if (bitLength(m) > 8 * emLen) return false; // step 2c: I2OSP "integer too large"
  const em = intToBytes(m, emLen);
  return emsaPssVerify(concatBytes(msgPrefix, msg), em, emBits); // step 3
}

/**
 * RFC 9474 §4.4 Finalize: unblind the server's blind signature and verify it.
 * @param {Uint8Array} msgPrefix  from blind()
 * @param {Uint8Array} blindSig   the server's response, modulusBytes long
 * @param {Uint8Array} inv        from blind()
 * @returns {Uint8Array} signature over msgPrefix || msg, modulusBytes long
 * @throws if the signature does not verify (server misbehaved or key mismatch)
 */
export function finalize(pk, msg, msgPrefix, blindSig, inv) {
  checkPublicKey(pk);
  assertBytes(msg, "msg");
  assertBytes(msgPrefix, "msgPrefix");
  assertBytes(blindSig, "blindSig");
  assertBytes(inv, "inv");
  const { n, modulusBytes } = pk;
  // Step 1: length check.
  if (blindSig.length !== modulusBytes) throw new Error("finalize: unexpected input size");
  if (inv.length !== modulusBytes) throw new Error("finalize: inv has the wrong size");
  // Steps 2-4: s = z * inv mod n.
  const z = bytesToInt(blindSig);
  const invInt = bytesToInt(inv);
  if (z >= n || invInt >= n) throw new Error("finalize: value out of range");
  const sig = intToBytes((z * invInt) % n, modulusBytes);
  // Steps 5-6: never hand out an unverified signature.
  if (!verify(pk, msg, msgPrefix, sig)) throw new Error("finalize: invalid signature");
  return sig;
}
