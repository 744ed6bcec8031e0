// Small helpers for the pages' scripts.

export const byId = (id) => document.getElementById(id);

/** The JSON data block the server rendered into the page. */
export function pageData(id) {
  return JSON.parse(byId(id).textContent);
}

/**
 * What an address's fragment brings: an invite code (`#code=…`), the short
 * fingerprint of its department's key (`&key=…`, in links made once the
 * survey is open) and a moved voucher (`#move=…`, see move.mjs).
 */
export function parseFragment(hash) {
  const found = {};
  for (const part of String(hash).replace(/^#/, "").split("&")) {
    const [name, ...rest] = part.split("=");
    if (!["code", "key", "move"].includes(name) || !rest.length) continue;
    try {
      found[name] = decodeURIComponent(rest.join("="));
    } catch {
      found[name] = rest.join("=");
    }
  }
  if (found.key !== undefined && !/^[0-9a-fA-F]{16}$/.test(found.key)) delete found.key;
  return found;
}

/**
 * Takes what the fragment brings out of the address bar and the history
 * entry, so that no code or voucher is left behind there.
 */
export function takeFragment() {
  const found = parseFragment(window.location.hash);
  if (Object.keys(found).length) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  return found;
}

/** A key fingerprint in groups of four hex digits. */
export function groupedFingerprint(hex) {
  return (hex.match(/.{1,4}/g) || []).join(" ");
}

/** The short fingerprint HR's pages and the slips show: the first 16 digits. */
export const shortFingerprint = (hex) => groupedFingerprint(hex.slice(0, 16));

/**
 * `window.localStorage` or `sessionStorage`, or a stand-in kept in memory
 * where the browser refuses storage (e.g. all site data blocked): the survey
 * still works in this tab, it just cannot survive a reload.
 */
export function storageOrMemory(name) {
  try {
    const storage = window[name];
    storage.getItem("stemme:probe");
    return storage;
  } catch {
    const items = new Map();
    return {
      getItem: (key) => (items.has(key) ? items.get(key) : null),
      setItem: (key, value) => items.set(key, String(value)),
      removeItem: (key) => items.delete(key),
    };
  }
}
