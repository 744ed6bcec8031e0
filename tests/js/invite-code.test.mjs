import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ALPHABET, checkCode, checkSymbol, grouped } from "../../assets/js/invite-code.mjs";

// The same file the Rust parser is tested against (src/invites.rs).
const fixture = JSON.parse(readFileSync(new URL("../data/invite_codes.json", import.meta.url), "utf8"));

test("codes made by the server are accepted in every way people type them", () => {
  for (const { input, code } of fixture.valid) {
    assert.deepEqual(checkCode(input), { ok: true, code, grouped: grouped(code) }, input);
  }
});

test("a wrong or swapped symbol is reported as a typing error", () => {
  for (const input of fixture.mistyped) {
    assert.deepEqual(checkCode(input), { ok: false, problem: "mistyped" }, input);
  }
});

test("too few or too many symbols are counted as the server counts them", () => {
  for (const { input, count } of fixture.wrong_length) {
    assert.deepEqual(checkCode(input), { ok: false, problem: "length", count }, input);
  }
});

test("æ, ø, å and other foreign characters are named as typed", () => {
  for (const { input, character } of fixture.invalid_character) {
    assert.deepEqual(checkCode(input), { ok: false, problem: "character", character }, input);
  }
});

test("every single-symbol typo in a valid code is caught", () => {
  const code = fixture.valid[0].code;
  for (let i = 0; i < code.length; i++) {
    for (const s of ALPHABET) {
      if (s === code[i]) continue;
      const typo = code.slice(0, i) + s + code.slice(i + 1);
      assert.equal(checkCode(typo).problem, "mistyped", typo);
    }
  }
});

test("the check symbol completes a payload into a valid code", () => {
  const payload = fixture.valid[1].code.slice(0, 23);
  assert.equal(checkSymbol(payload), fixture.valid[1].code[23]);
});

test("characters outside the Basic Multilingual Plane are reported whole", () => {
  assert.deepEqual(checkCode("AB😀"), { ok: false, problem: "character", character: "😀" });
});

test("a sign-in pass (src/pass.rs) is taken as it is, in place of a code", () => {
  const pass = `sso.${"A".repeat(64)}U2FsZw`;
  assert.deepEqual(checkCode(` ${pass} `), { ok: true, code: pass, grouped: pass, pass: true });
  // Too short to hold a keyed hash and its tag, or with other characters: not a pass.
  assert.equal(checkCode("sso.AAAA").ok, false);
  assert.equal(checkCode(`sso.${"A".repeat(64)}+/`).ok, false);
});
