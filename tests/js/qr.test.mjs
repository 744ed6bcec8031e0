// The QR encoder (assets/js/qr.mjs). tests/api/js.rs compares its modules
// with the `qrcode` crate's; these tests check what a reader relies on:
// the finder patterns, the format information (level and mask, readable in
// both copies), the version information, and the capacity limits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { penalty, qrCode, qrPath } from "../../assets/js/qr.mjs";

/** Reads the 15 format bits back from both copies, as a reader does. */
function formatBits(code) {
  const { dark, size } = code;
  const at = (x, y) => (dark[y][x] ? 1 : 0);
  const first = [];
  for (let i = 0; i <= 5; i++) first[i] = at(8, i);
  first[6] = at(8, 7);
  first[7] = at(8, 8);
  first[8] = at(7, 8);
  for (let i = 9; i < 15; i++) first[i] = at(14 - i, 8);
  const second = [];
  for (let i = 0; i < 8; i++) second[i] = at(size - 1 - i, 8);
  for (let i = 8; i < 15; i++) second[i] = at(8, size - 15 + i);
  const value = (bits) => bits.reduce((sum, b, i) => sum | (b << i), 0) ^ 0x5412;
  return [value(first), value(second)];
}

function finderAt(dark, x0, y0) {
  for (let dy = 0; dy < 7; dy++) {
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (dark[y0 + dy][x0 + dx] !== (ring !== 2)) return false;
    }
  }
  return true;
}

test("a short text makes a version 1 code with three finder patterns and a dark module", () => {
  const code = qrCode("HELLO WORLD", { level: "M" });
  assert.equal(code.version, 1);
  assert.equal(code.size, 21);
  assert.ok(finderAt(code.dark, 0, 0) && finderAt(code.dark, 14, 0) && finderAt(code.dark, 0, 14));
  assert.equal(code.dark[code.size - 8][8], true, "the dark module");
  for (let i = 8; i < 13; i++) assert.equal(code.dark[6][i], i % 2 === 0, "timing pattern");
});

test("the format information names the level and the mask, the same in both copies", () => {
  for (const level of ["L", "M"]) {
    for (let mask = 0; mask < 8; mask++) {
      const code = qrCode("https://stemme.example.com/s/abcdefghjkmn", { level, mask });
      const [first, second] = formatBits(code);
      assert.equal(first, second);
      assert.equal(first >> 10, ({ L: 1, M: 0 }[level] << 3) | mask);
    }
  }
});

test("from version 7 the version information is drawn in both corners", () => {
  const code = qrCode("x".repeat(200), { level: "L" });
  assert.ok(code.version >= 7, `${code.version}`);
  const { dark, size } = code;
  for (let i = 0; i < 18; i++) {
    const a = size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    assert.equal(dark[b][a], dark[a][b]);
  }
  let bits = 0;
  for (let i = 0; i < 18; i++) bits |= (dark[Math.floor(i / 3)][size - 11 + (i % 3)] ? 1 : 0) << i;
  assert.equal(bits >> 12, code.version);
});

test("a move link (about 480 characters) fits a version 15 code at level L; too much is refused", () => {
  const link = `https://stemme.example.com/s/abcdefghjkmn#move=${"A".repeat(428)}`;
  const code = qrCode(link);
  assert.equal(code.version, 15);
  assert.equal(code.size, 77);
  assert.throws(() => qrCode("x".repeat(3000)), RangeError);
  assert.throws(() => qrCode("x", { level: "Q" }), RangeError);
});

test("the chosen mask is the one with the lowest penalty", () => {
  const text = "https://stemme.example.com/s/abcdefghjkmn#move=AbCd";
  const chosen = qrCode(text);
  const scores = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => penalty(qrCode(text, { mask }).dark));
  assert.equal(scores[chosen.mask], Math.min(...scores));
});

test("the SVG path draws exactly the dark modules, inside a quiet zone", () => {
  const code = qrCode("HELLO WORLD", { level: "M" });
  const path = qrPath(code, 4);
  const drawn = new Set();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i - 4},${Number(y) - 4}`);
  }
  const dark = new Set();
  code.dark.forEach((row, y) => row.forEach((d, x) => d && dark.add(`${x},${y}`)));
  assert.deepEqual([...drawn].sort(), [...dark].sort());
});
