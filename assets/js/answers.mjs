// The rules answers must follow, as the server checks them
// (src/questionnaire/answers.rs), so the page can point at a problem before
// anything is sent. The server stays the authority: whatever it refuses is
// shown beside its question too.
//
// `questions` is the form model the page carries (see
// src/web/pages/data.rs): [{id, kind, required, options: [{id, exclusive}],
// rows: [id], follows: {question, except: [id]} | null}].
// `answers` is keyed by question id, shaped as the API expects:
// single/scale "option", multiple ["option", ...], matrix {row: "option"}.

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
// Ids such as "constructor" are allowed, so never read inherited properties.
const own = (object, key) => (Object.hasOwn(object, key) ? object[key] : undefined);
const problem = (question, code) => ({ question: question.id, problem: code });

/**
 * The rows of a matrix someone is asked: all of them, or for a matrix that
 * follows another, those answered there with an option outside `except`.
 * `earlier` holds the answers accepted so far.
 */
export function shownRows(question, earlier) {
  const rows = question.rows || [];
  if (!question.follows) return rows.map(() => true);
  const grid = own(earlier, question.follows.question);
  return rows.map((row) => isObject(grid) && Object.hasOwn(grid, row) && !question.follows.except.includes(grid[row]));
}

function optionOf(question, value) {
  if (typeof value !== "string") return { error: "wrong_shape" };
  const index = question.options.findIndex((o) => o.id === value);
  return index < 0 ? { error: "unknown_option" } : { index };
}

function checkMany(question, value) {
  if (!Array.isArray(value)) return { error: "wrong_shape" };
  const chosen = new Set();
  for (const item of value) {
    const { error, index } = optionOf(question, item);
    if (error) return { error };
    if (chosen.has(index)) return { error: "duplicate_option" };
    chosen.add(index);
  }
  if (chosen.size === 0 && question.required) return { error: "missing" };
  const exclusive = [...chosen].some((i) => question.options[i].exclusive);
  if (exclusive && chosen.size > 1) return { error: "exclusive_combined" };
  return { answer: value };
}

function checkGrid(question, value, shown) {
  if (!isObject(value)) return { error: "wrong_shape" };
  const answered = new Set();
  for (const [row, option] of Object.entries(value)) {
    const index = question.rows.indexOf(row);
    if (index < 0) return { error: "unknown_row" };
    if (!shown[index]) return { error: "row_not_shown" };
    const { error } = optionOf(question, option);
    if (error) return { error };
    answered.add(index);
  }
  const unanswered = shown.some((s, i) => s && !answered.has(i));
  if (question.required && unanswered) return { error: "missing" };
  return answered.size > 0 ? { answer: value } : {};
}

function checkOne(question, value, shown) {
  if (value === undefined || value === null) {
    // A matrix whose rows all depend on earlier answers may ask nothing.
    const asked = question.kind !== "matrix" || shown.some((s) => s);
    return question.required && asked ? { error: "missing" } : {};
  }
  switch (question.kind) {
    case "multiple":
      return checkMany(question, value);
    case "matrix":
      return checkGrid(question, value, shown);
    default: {
      const { error } = optionOf(question, value);
      return error ? { error } : { answer: value };
    }
  }
}

/**
 * Every problem, as [{question, problem}], in the server's order: unknown
 * questions first, then the questionnaire's order. Empty when all is well.
 */
export function checkAnswers(questions, answers) {
  const known = new Set(questions.map((q) => q.id));
  const problems = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => ({ question: id, problem: "unknown_question" }));
  const accepted = {};
  for (const question of questions) {
    const shown = shownRows(question, accepted);
    const { error, answer } = checkOne(question, own(answers, question.id), shown);
    if (error) problems.push(problem(question, error));
    else if (answer !== undefined) accepted[question.id] = answer;
  }
  return problems;
}
