import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { sha384 } from "../../assets/js/sha384.mjs";

const hex = (b) => Buffer.from(b).toString("hex");
const utf8 = (s) => new TextEncoder().encode(s);

// FIPS 180-4 examples (NIST CSRC "Cryptographic Standards and Guidelines:
// Examples with Intermediate Values", SHA-384).
test("FIPS 180-4 example: 'abc' (one block)", () => {
  assert.equal(
    hex(sha384(utf8("abc"))),
    "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
  );
});

test("empty string", () => {
  assert.equal(
    hex(sha384(new Uint8Array(0))),
    "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
  );
});

test("FIPS 180-4 example: 896-bit two-block message", () => {
  const m =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno" +
    "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  assert.equal(m.length, 112);
  assert.equal(
    hex(sha384(utf8(m))),
    "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039",
  );
});

test("one million 'a' (and 1 MB in well under a second)", () => {
  const m = new Uint8Array(1_000_000).fill(0x61);
  const t0 = performance.now();
  const d = sha384(m);
  const ms = performance.now() - t0;
  assert.equal(
    hex(d),
    "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985",
  );
  assert.ok(ms < 1000, `took ${ms} ms`);
});

test("matches node:crypto for random inputs of every length 0..300", () => {
  for (let len = 0; len <= 300; len++) {
    const m = new Uint8Array(randomBytes(len));
    assert.equal(hex(sha384(m)), createHash("sha384").update(m).digest("hex"), `length ${len}`);
  }
});

test("matches node:crypto for larger and unaligned inputs", () => {
  for (const len of [1023, 1024, 1025, 65535, 65536, 100_003]) {
    const buf = new Uint8Array(randomBytes(len + 3));
    const m = buf.subarray(3); // non-zero byteOffset view
    assert.equal(hex(sha384(m)), createHash("sha384").update(m).digest("hex"), `length ${len}`);
  }
});

test("all-0xff input (sign-bit handling) matches node:crypto", () => {
  for (const len of [111, 112, 128, 255, 256]) {
    const m = new Uint8Array(len).fill(0xff);
    assert.equal(hex(sha384(m)), createHash("sha384").update(m).digest("hex"));
  }
});

test("does not modify its input and rejects non-Uint8Array", () => {
  const m = new Uint8Array(randomBytes(200));
  const copy = m.slice();
  sha384(m);
  assert.deepEqual(m, copy);
  assert.throws(() => sha384("abc"), TypeError);
  assert.throws(() => sha384([1, 2, 3]), TypeError);
});
