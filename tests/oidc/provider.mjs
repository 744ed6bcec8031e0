// The OpenID provider Stemme's tests sign in against: oidc-provider (an
// OpenID Certified implementation) with a test configuration. It listens on
// a free port of 127.0.0.1 and prints its issuer as one line of JSON on
// standard output; it stops when standard input closes (the test ends).
//
// Anyone can sign in with any password: the login names below have claims,
// any other name has none (no department, no group).

import http from "node:http";
import Provider from "oidc-provider";

const people = {
  "anne.hr": { email: "anne.hr@example.com", email_verified: true, name: "Anne Hansen", groups: ["stemme-admins", "hr"], department: "HR" },
  "carl.hr": { email: "carl.hr@example.com", email_verified: true, name: "Carl Berg", groups: ["hr"], department: "HR" },
  "dorte.salg": { email: "dorte.salg@example.com", email_verified: true, name: "Dorte Sørensen", groups: ["staff"], department: "Salg" },
  "erik.lager": { email: "erik.lager@example.com", email_verified: true, name: "Erik Lund", groups: ["staff"], department: "Lager" },
};

const server = http.createServer();
server.listen(0, "127.0.0.1", () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "stemme",
        client_secret: "stemme-test-secret",
        // A native client's loopback redirect URI may use any port (RFC
        // 8252): Stemme's test server takes a free one.
        application_type: "native",
        redirect_uris: ["http://127.0.0.1/oidc/callback"],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      groups: ["groups"],
      department: ["department"],
    },
    // The claims of the scopes asked for go into the ID token, as Entra ID,
    // Google and Keycloak put them there.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(people[id] || {}) }),
    }),
    cookies: { keys: ["stemme-tests-only"] },
    features: { devInteractions: { enabled: true } },
  });
  provider.proxy = false;
  server.on("request", provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
