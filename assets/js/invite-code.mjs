// Invite codes as people type them, checked the way the server checks them
// (src/invites.rs): 24 symbols of Crockford's base 32, the last one a Luhn
// mod 32 check symbol. Any case, spaces and dashes anywhere, O for 0 and
// I or L for 1. The check symbol lets the page say "there is a typing error"
// before anything is sent.

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 24;
const GROUP = 4;
const LOOK_ALIKES = { O: "0", I: "1", L: "1" };
const PASS = /^sso\.[A-Za-z0-9_-]{66,}$/;

/** Upper-cases a-z only, like Rust's to_ascii_uppercase: "æ" stays "æ". */
function asciiUpper(c) {
  return c >= "a" && c <= "z" ? c.toUpperCase() : c;
}

function canonicalSymbol(c) {
  const upper = asciiUpper(c);
  const mapped = LOOK_ALIKES[upper] || upper;
  return mapped.length === 1 && ALPHABET.includes(mapped) ? mapped : null;
}

// Luhn mod N over symbol values, from the right.
function luhnSum(symbols, doubleFirstFromRight) {
  let double = doubleFirstFromRight;
  let sum = 0;
  for (let i = symbols.length - 1; i >= 0; i--) {
    let addend = ALPHABET.indexOf(symbols[i]) * (double ? 2 : 1);
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
    double = !double;
  }
  return sum;
}

/** The check symbol for 23 payload symbols (used by tests to make codes). */
export function checkSymbol(payload) {
  return ALPHABET[(32 - (luhnSum(payload, true) % 32)) % 32];
}

/** The printed form: six groups of four joined by dashes. */
export function grouped(code) {
  const groups = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join("-");
}

/**
 * Checks what someone typed.
 * @returns {{ok: true, code: string, grouped: string}
 *   | {ok: false, problem: "length", count: number}
 *   | {ok: false, problem: "character", character: string}
 *   | {ok: false, problem: "mistyped"}}
 */
export function checkCode(input) {
  // A sign-in pass (src/pass.rs) stands in for a code: the survey page gets
  // it in the fragment after signing in, and uses it exactly as a code.
  const text = String(input).trim();
  if (PASS.test(text)) return { ok: true, code: text, grouped: text, pass: true };
  let code = "";
  for (const c of String(input)) {
    if (c === "-" || /\s/u.test(c)) continue;
    const symbol = canonicalSymbol(c);
    if (symbol === null) return { ok: false, problem: "character", character: c };
    code += symbol;
    if (code.length > CODE_LENGTH) break;
  }
  if (code.length !== CODE_LENGTH) {
    const count = [...String(input)].filter((c) => /[\p{Alphabetic}\p{N}]/u.test(c)).length;
    return { ok: false, problem: "length", count };
  }
  if (luhnSum(code, false) % 32 !== 0) return { ok: false, problem: "mistyped" };
  return { ok: true, code, grouped: grouped(code) };
}
