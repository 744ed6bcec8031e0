import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { sha256 } from "../../assets/js/sha256.mjs";

const hex = (b) => Buffer.from(b).toString("hex");
const utf8 = (s) => new TextEncoder().encode(s);

// FIPS 180-4 examples (NIST CSRC, SHA-256 with intermediate values).
test("FIPS 180-4 example: 'abc' (one block)", () => {
  assert.equal(hex(sha256(utf8("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("FIPS 180-4 example: 448-bit two-block message", () => {
  const m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  assert.equal(hex(sha256(utf8(m))), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
});

test("empty string", () => {
  assert.equal(hex(sha256(new Uint8Array(0))), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
});

test("agrees with node:crypto at every length around the block and padding edges", () => {
  for (let len = 0; len <= 300; len++) {
    const data = new Uint8Array(randomBytes(len));
    assert.equal(hex(sha256(data)), createHash("sha256").update(data).digest("hex"), `length ${len}`);
  }
});

test("agrees with node:crypto on a 2048-bit key's SPKI-sized input", () => {
  const data = new Uint8Array(randomBytes(294));
  assert.equal(hex(sha256(data)), createHash("sha256").update(data).digest("hex"));
});

test("refuses anything but bytes", () => {
  assert.throws(() => sha256("abc"), TypeError);
});
