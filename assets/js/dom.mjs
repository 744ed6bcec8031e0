// Small helpers for the pages' scripts.

export const byId = (id) => document.getElementById(id);

/** The JSON data block the server rendered into the page. */
export function pageData(id) {
  return JSON.parse(byId(id).textContent);
}

/**
 * Takes an invite code out of the address (`#code=…`) and removes it from
 * the address bar and the history entry, so it is not left behind there.
 */
export function takeCodeFromAddress() {
  const match = /(?:^#|&)code=([^&]*)/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** A key fingerprint in groups of four hex digits. */
export function groupedFingerprint(hex) {
  return (hex.match(/.{1,4}/g) || []).join(" ");
}

/**
 * What someone has typed on a survey page, kept for this tab only
 * (sessionStorage), so a reload or a change of language loses nothing.
 * Forgotten when the tab closes or the answers are sent.
 */
export function draftStore(storage, surveyId) {
  const key = `stemme:draft:${surveyId}`;
  const read = () => {
    try {
      return JSON.parse(storage.getItem(key)) || {};
    } catch {
      return {};
    }
  };
  const update = (change) => {
    try {
      storage.setItem(key, JSON.stringify({ ...read(), ...change }));
    } catch {
      // Without storage a draft is simply not kept; nothing else depends on it.
    }
  };
  return {
    code: () => read().code || "",
    answers: () => read().answers || {},
    saveCode: (code) => update({ code }),
    saveAnswers: (answers) => update({ answers }),
    clear: () => storage.removeItem(key),
  };
}

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
