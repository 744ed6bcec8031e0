// A small OpenID provider that signs in at once, without a login page, and
// gets its ID tokens wrong on purpose, one way per issuer path: the tests
// check that Stemme refuses each with a clear page. Node's crypto only.
// It listens on a free port of 127.0.0.1, prints its base address as one
// line of JSON, and stops when standard input closes.
//
// Issuer `{base}/{mode}`, where mode is one of:
//   good            a correct token (department "Salg", sub "good-1")
//   many            correct tokens, each sign-in another person ("person-0", "person-1", …)
//   unmapped        a correct token whose department is "Lager"
//   wrong-audience  aud is another client
//   expired         exp an hour ago
//   not-yet-valid   iat an hour ahead
//   bad-signature   a signature byte flipped
//   unknown-key     signed with a key the key set never holds
//   rotated         signed with a new key the key set holds only from its
//                   second fetch on (the provider rotated its keys)
//   wrong-nonce     another nonce than the one asked for

import crypto from "node:crypto";
import http from "node:http";

const key = (kid) => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, jwk: { ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" } };
};
const keys = { old: key("key-1"), fresh: key("key-2"), never: key("key-x") };
const jwksFetches = {};
const codes = new Map();
let people = 0;

const b64 = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

function sign(claims, signer) {
  const head = b64({ alg: "RS256", typ: "JWT", kid: signer.kid });
  const body = b64(claims);
  const signature = crypto.sign("sha256", Buffer.from(`${head}.${body}`), signer.privateKey);
  return `${head}.${body}.${signature.toString("base64url")}`;
}

function idToken(mode, issuer, clientId, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: issuer,
    sub: mode === "many" ? `person-${people++}` : `${mode}-1`,
    aud: mode === "wrong-audience" ? "another-app" : clientId,
    iat: mode === "not-yet-valid" ? now + 3600 : mode === "expired" ? now - 7200 : now,
    exp: mode === "expired" ? now - 3600 : mode === "not-yet-valid" ? now + 7200 : now + 300,
    nonce: mode === "wrong-nonce" ? "another-nonce" : nonce,
    department: mode === "unmapped" ? "Lager" : "Salg",
    email: `${mode}@example.com`,
    email_verified: true,
  };
  const signer = { "unknown-key": keys.never, rotated: keys.fresh }[mode] || keys.old;
  const token = sign(claims, signer);
  if (mode !== "bad-signature") return token;
  const [h, b, s] = token.split(".");
  const bytes = Buffer.from(s, "base64url");
  bytes[10] ^= 0xff;
  return `${h}.${b}.${bytes.toString("base64url")}`;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const url = new URL(req.url, base);
  const [, mode, ...rest] = url.pathname.split("/");
  const path = rest.join("/");
  const issuer = `${base}/${mode}`;
  if (path === ".well-known/openid-configuration") {
    return send(res, 200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
  }
  if (path === "jwks") {
    jwksFetches[mode] = (jwksFetches[mode] || 0) + 1;
    const published = mode === "rotated" && jwksFetches[mode] > 1 ? [keys.old, keys.fresh] : [keys.old];
    return send(res, 200, { keys: published.map((k) => k.jwk) });
  }
  if (path === "authorize") {
    const p = url.searchParams;
    const code = crypto.randomBytes(16).toString("hex");
    codes.set(code, { nonce: p.get("nonce"), clientId: p.get("client_id"), challenge: p.get("code_challenge") });
    const back = new URL(p.get("redirect_uri"));
    back.searchParams.set("code", code);
    back.searchParams.set("state", p.get("state"));
    res.writeHead(302, { location: back.toString() });
    return res.end();
  }
  if (path === "token" && req.method === "POST") {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const grant = codes.get(form.get("code"));
      codes.delete(form.get("code"));
      const verifier = form.get("code_verifier") || "";
      const challenge = crypto.createHash("sha256").update(verifier).digest("base64url");
      if (!grant || challenge !== grant.challenge) return send(res, 400, { error: "invalid_grant" });
      send(res, 200, {
        access_token: crypto.randomBytes(16).toString("hex"),
        token_type: "Bearer",
        expires_in: 300,
        id_token: idToken(mode, issuer, grant.clientId, grant.nonce),
      });
    });
    return undefined;
  }
  return send(res, 404, { error: "not_found" });
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ base: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
