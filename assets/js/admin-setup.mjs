// The setup link carries its one-time secret in the fragment (#token=…),
// which browsers never send to the server. Copy it into the form, then drop
// it from the address bar and history.
const field = document.getElementById("setup-token");
const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
if (field && match) {
  field.value = match[1];
  field.closest(".field").hidden = true;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  // A change of language loads the page anew: take the secret along, in the
  // fragment again, so the link keeps working in the other language.
  for (const link of document.querySelectorAll(".language-switch a")) {
    link.hash = `token=${match[1]}`;
  }
  document.getElementById("username").focus();
}
