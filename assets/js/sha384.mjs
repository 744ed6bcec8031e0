// SHA-384 (FIPS 180-4, sections 5.1.2, 5.3.4, 6.4 and 6.5) in plain JavaScript.
//
// WHY this exists: browsers only expose `crypto.subtle` in secure contexts
// (HTTPS or localhost). Stemme may be served over plain HTTP on an intranet,
// so the blind-signature client needs its own hash. No dependencies.
//
// SHA-384 is SHA-512 with a different initial hash value and the output
// truncated to the first 384 bits (FIPS 180-4 §6.5).
//
// Representation: JavaScript bitwise operators work on 32-bit integers, so
// every 64-bit word is kept as a pair (hi, lo) of 32-bit halves. Addition
// is done on the halves with an explicit carry out of the low half.

// FIPS 180-4 §4.2.3: first 64 bits of the fractional parts of the cube roots
// of the first 80 primes, as (hi, lo) pairs.
const K = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd,
  0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019,
  0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe,
  0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1,
  0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3,
  0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483,
  0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210,
  0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725,
  0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926,
  0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8,
  0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001,
  0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910,
  0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53,
  0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb,
  0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60,
  0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9,
  0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207,
  0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6,
  0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493,
  0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a,
  0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

// FIPS 180-4 §5.3.4: SHA-384 initial hash value H(0) (square roots of the
// 9th through 16th primes), as (hi, lo) pairs.
const IV = new Int32Array([
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507,
  0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511,
  0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
]);

// 64-bit rotate right / shift right of (h, l), returning one half each.
// Only 0 < n < 64, n != 32 is needed (and supported): JS shifts take the
// count mod 32, so `x << 32` would be `x`, not 0.
function rotrHi(h, l, n) {
  return n < 32 ? (h >>> n) | (l << (32 - n)) : (l >>> (n - 32)) | (h << (64 - n));
}
function rotrLo(h, l, n) {
  return n < 32 ? (l >>> n) | (h << (32 - n)) : (h >>> (n - 32)) | (l << (64 - n));
}
// 0 < n < 32 only.
function shrHi(h, _l, n) {
  return h >>> n;
}
function shrLo(h, l, n) {
  return (l >>> n) | (h << (32 - n));
}

const TWO32 = 0x100000000;

// Process one 128-byte block starting at `off` (FIPS 180-4 §6.4.2).
// `H` holds the 8 state words as 16 int32 halves; `W` is scratch space for
// the 80-word message schedule (160 halves).
function compress(H, W, bytes, off) {
  // Step 1: message schedule.
  for (let t = 0; t < 16; t++) {
    const p = off + t * 8;
    W[2 * t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    W[2 * t + 1] = (bytes[p + 4] << 24) | (bytes[p + 5] << 16) | (bytes[p + 6] << 8) | bytes[p + 7];
  }
  for (let t = 16; t < 80; t++) {
    // sigma0(x) = ROTR^1(x) ^ ROTR^8(x) ^ SHR^7(x)       (§4.1.3, 4.12)
    const xh = W[2 * (t - 15)], xl = W[2 * (t - 15) + 1];
    const s0h = rotrHi(xh, xl, 1) ^ rotrHi(xh, xl, 8) ^ shrHi(xh, xl, 7);
    const s0l = rotrLo(xh, xl, 1) ^ rotrLo(xh, xl, 8) ^ shrLo(xh, xl, 7);
    // sigma1(x) = ROTR^19(x) ^ ROTR^61(x) ^ SHR^6(x)     (§4.1.3, 4.13)
    const yh = W[2 * (t - 2)], yl = W[2 * (t - 2) + 1];
    const s1h = rotrHi(yh, yl, 19) ^ rotrHi(yh, yl, 61) ^ shrHi(yh, yl, 6);
    const s1l = rotrLo(yh, yl, 19) ^ rotrLo(yh, yl, 61) ^ shrLo(yh, yl, 6);
    // W_t = sigma1(W_{t-2}) + W_{t-7} + sigma0(W_{t-15}) + W_{t-16}  (mod 2^64)
    const lo = (s1l >>> 0) + (W[2 * (t - 7) + 1] >>> 0) + (s0l >>> 0) + (W[2 * (t - 16) + 1] >>> 0);
    const hi = s1h + W[2 * (t - 7)] + s0h + W[2 * (t - 16)] + Math.floor(lo / TWO32);
    W[2 * t] = hi | 0;
    W[2 * t + 1] = lo | 0;
  }

  // Step 2: initialise the working variables.
  let ah = H[0], al = H[1], bh = H[2], bl = H[3], ch = H[4], cl = H[5], dh = H[6], dl = H[7];
  let eh = H[8], el = H[9], fh = H[10], fl = H[11], gh = H[12], gl = H[13], hh = H[14], hl = H[15];

  // Step 3: 80 rounds.
  for (let t = 0; t < 80; t++) {
    // Sigma1(e) = ROTR^14(e) ^ ROTR^18(e) ^ ROTR^41(e)   (§4.1.3, 4.11)
    const S1h = rotrHi(eh, el, 14) ^ rotrHi(eh, el, 18) ^ rotrHi(eh, el, 41);
    const S1l = rotrLo(eh, el, 14) ^ rotrLo(eh, el, 18) ^ rotrLo(eh, el, 41);
    // Ch(e, f, g) = (e & f) ^ (~e & g)                   (§4.1.3, 4.8)
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    // T1 = h + Sigma1(e) + Ch(e, f, g) + K_t + W_t
    const t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[2 * t + 1] >>> 0) + (W[2 * t + 1] >>> 0);
    const t1h = hh + S1h + chh + K[2 * t] + W[2 * t] + Math.floor(t1l / TWO32);
    // Sigma0(a) = ROTR^28(a) ^ ROTR^34(a) ^ ROTR^39(a)   (§4.1.3, 4.10)
    const S0h = rotrHi(ah, al, 28) ^ rotrHi(ah, al, 34) ^ rotrHi(ah, al, 39);
    const S0l = rotrLo(ah, al, 28) ^ rotrLo(ah, al, 34) ^ rotrLo(ah, al, 39);
    // Maj(a, b, c) = (a & b) ^ (a & c) ^ (b & c)         (§4.1.3, 4.9)
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
    // T2 = Sigma0(a) + Maj(a, b, c)  (added directly into `a` below)

    hh = gh; hl = gl;
    gh = fh; gl = fl;
    fh = eh; fl = el;
    // e = d + T1
    const el2 = (dl >>> 0) + (t1l >>> 0);
    eh = (dh + t1h + Math.floor(el2 / TWO32)) | 0;
    el = el2 | 0;
    dh = ch; dl = cl;
    ch = bh; cl = bl;
    bh = ah; bl = al;
    // a = T1 + T2
    const al2 = (t1l >>> 0) + (S0l >>> 0) + (majl >>> 0);
    ah = (t1h + S0h + majh + Math.floor(al2 / TWO32)) | 0;
    al = al2 | 0;
  }

  // Step 4: H(i) = H(i-1) + working variables.
  const v = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
  for (let i = 0; i < 16; i += 2) {
    const lo = (H[i + 1] >>> 0) + (v[i + 1] >>> 0);
    H[i] = (H[i] + v[i] + Math.floor(lo / TWO32)) | 0;
    H[i + 1] = lo | 0;
  }
}

/**
 * SHA-384 digest of `bytes`.
 * @param {Uint8Array} bytes
 * @returns {Uint8Array} 48-byte digest
 */
export function sha384(bytes) {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError("sha384: input must be a Uint8Array");
  }
  const H = new Int32Array(IV);
  const W = new Int32Array(160);
  const len = bytes.length;

  // Full blocks straight from the input (no copy).
  const fullBlocks = Math.floor(len / 128);
  for (let i = 0; i < fullBlocks; i++) compress(H, W, bytes, i * 128);

  // Padding (FIPS 180-4 §5.1.2): the remaining bytes, then 0x80, then zeros,
  // then the message length in bits as a 128-bit big-endian integer. This
  // needs one block if at most 111 bytes remain, otherwise two.
  const rest = len - fullBlocks * 128;
  const tail = new Uint8Array(rest < 112 ? 128 : 256);
  tail.set(bytes.subarray(fullBlocks * 128));
  tail[rest] = 0x80;
  // Bit length = len * 8. `len` is below 2^53 / 8, so the top 64 of the
  // 128 length bits are always zero and the low 64 bits are exact.
  const bitLenHi = Math.floor(len / 0x20000000); // (len * 8) / 2^32
  const bitLenLo = (len * 8) >>> 0; //               (len * 8) mod 2^32
  const end = tail.length;
  tail[end - 8] = bitLenHi >>> 24;
  tail[end - 7] = bitLenHi >>> 16;
  tail[end - 6] = bitLenHi >>> 8;
  tail[end - 5] = bitLenHi;
  tail[end - 4] = bitLenLo >>> 24;
  tail[end - 3] = bitLenLo >>> 16;
  tail[end - 2] = bitLenLo >>> 8;
  tail[end - 1] = bitLenLo;
  for (let off = 0; off < end; off += 128) compress(H, W, tail, off);

  // Output: the first 6 of the 8 state words, big-endian (§6.5).
  const out = new Uint8Array(48);
  for (let i = 0; i < 12; i++) {
    out[4 * i] = H[i] >>> 24;
    out[4 * i + 1] = H[i] >>> 16;
    out[4 * i + 2] = H[i] >>> 8;
    out[4 * i + 3] = H[i];
  }
  return out;
}
