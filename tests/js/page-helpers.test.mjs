// The small pure parts of the pages' scripts: texts and the API client.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NetworkError, postJson } from "../../assets/js/api.mjs";
import { checkCode } from "../../assets/js/invite-code.mjs";
import { codeMessage, fill, inviteErrorMessage, problemMessage } from "../../assets/js/messages.mjs";

const messages = {
  "code-empty": "empty",
  "code-wrong-length": "has {count}",
  "code-invalid-character": "»{character}« not allowed",
  "code-mistyped": "typo",
  "code-used": "used",
  "code-unknown": "unknown",
  "error-server": "server",
  "problem-missing": "answer",
  "problem-missing-rows": "every row",
  "problem-missing-choice": "at least one",
  "problem-exclusive": "alone",
  "problem-row-not-shown": "earlier first",
  "problem-invalid": "again",
};

test("placeholders are filled and unknown ones left alone", () => {
  assert.equal(fill("{count} of {total}", { count: 3 }), "3 of {total}");
  assert.equal(fill("{constructor}", {}), "{constructor}");
});

test("each code problem has its own text", () => {
  assert.equal(codeMessage(checkCode(""), messages), "empty");
  assert.equal(codeMessage(checkCode("ABCD"), messages), "has 4");
  assert.equal(codeMessage(checkCode("æøå"), messages), "»æ« not allowed");
  assert.equal(codeMessage(checkCode("EFMX-XVVJ-PNN0-4VKP-8XG7-1EC7"), messages), "typo");
});

test("API errors about codes and answers map to texts, anything else to a general one", () => {
  assert.equal(inviteErrorMessage("invite_used", messages), "used");
  assert.equal(inviteErrorMessage("invite_invalid", messages), "unknown");
  assert.equal(inviteErrorMessage("something_new", messages), "server");
  assert.equal(problemMessage("missing", "matrix", messages), "every row");
  assert.equal(problemMessage("missing", "multiple", messages), "at least one");
  assert.equal(problemMessage("missing", "scale", messages), "answer");
  assert.equal(problemMessage("exclusive_combined", "multiple", messages), "alone");
  assert.equal(problemMessage("row_not_shown", "matrix", messages), "earlier first");
  assert.equal(problemMessage("wrong_shape", "single", messages), "again");
});

const answering = (status, body) => async () => ({ status, json: async () => (body === undefined ? JSON.parse("<html>") : body) });

test("the API client returns the API's answers and errors, and posts JSON only", async () => {
  let seen;
  const fetch = async (url, init) => {
    seen = { url, init };
    return { status: 409, json: async () => ({ error: "invite_used", message: "…" }) };
  };
  const result = await postJson("/api/v1/invites", { invite_code: "X" }, fetch);
  assert.deepEqual(result, { status: 409, body: { error: "invite_used", message: "…" } });
  assert.equal(seen.init.method, "POST");
  assert.equal(seen.init.headers["Content-Type"], "application/json");
  assert.equal(seen.init.referrerPolicy, "no-referrer");
  assert.equal(seen.url, "/api/v1/invites");
});

test("no connection, a server failure or a non-JSON page are network trouble, worth a retry", async () => {
  const offline = async () => {
    throw new TypeError("Failed to fetch");
  };
  await assert.rejects(postJson("/x", {}, offline), (e) => e instanceof NetworkError && !e.serverFault);
  await assert.rejects(postJson("/x", {}, answering(503, {})), (e) => e instanceof NetworkError && e.serverFault);
  await assert.rejects(postJson("/x", {}, answering(404)), (e) => e instanceof NetworkError);
});
