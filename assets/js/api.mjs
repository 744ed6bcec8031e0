// Talking to Stemme's JSON API (docs/api.md). Codes and vouchers travel
// only in POST bodies, never in an address (rule P3).

/** No usable answer: no connection, or the server failed (5xx). Worth a retry. */
export class NetworkError extends Error {
  constructor(message, { serverFault = false } = {}) {
    super(message);
    this.serverFault = serverFault;
  }
}

/**
 * POSTs `body` as JSON. Resolves to {status, body} for every answer in the
 * API's own format (2xx and 4xx, errors as {error, message, …}); throws
 * NetworkError otherwise, e.g. offline, a 5xx, or a proxy's HTML page.
 */
export async function postJson(url, body, fetchImpl = globalThis.fetch) {
  let response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch (error) {
    throw new NetworkError(`no connection: ${error}`);
  }
  if (response.status >= 500) {
    throw new NetworkError(`the server answered ${response.status}`, { serverFault: true });
  }
  try {
    return { status: response.status, body: await response.json() };
  } catch {
    throw new NetworkError(`the answer (${response.status}) is not JSON`, { serverFault: true });
  }
}
