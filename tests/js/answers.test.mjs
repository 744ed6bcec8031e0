// The page's answer check against the same cases the server is tested with
// (tests/api/answer_rules.rs), using the rules the page really receives
// (pinned in tests/data/default_form_model.json by the Rust tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkAnswers, shownRows } from "../../assets/js/answers.mjs";

const read = (name) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
const questions = read("default_form_model.json");
const fixture = read("answer_cases.json");

function caseAnswers(c) {
  if (c.answers) return structuredClone(c.answers);
  const answers = { ...structuredClone(fixture.base), ...structuredClone(c.set || {}) };
  for (const id of c.remove || []) delete answers[id];
  return answers;
}

for (const c of fixture.cases) {
  test(`same problems as the server: ${c.name}`, () => {
    const problems = checkAnswers(questions, caseAnswers(c)).map((p) => [p.question, p.problem]);
    assert.deepEqual(problems, c.problems);
  });
}

test("only the platforms used are asked about again", () => {
  const purpose = questions.find((q) => q.id === "platform_purpose");
  const shown = shownRows(purpose, { platform_use: { linkedin: "daily", facebook: "never" } });
  assert.deepEqual(
    purpose.rows.filter((_, i) => shown[i]),
    ["linkedin"],
  );
  assert.deepEqual(shownRows(purpose, {}), purpose.rows.map(() => false));
});
