// The questionnaire form (src/web/pages/questionnaire.rs): reads the
// answers in the API's shape, shows only the matrix rows that apply, keeps
// exclusive options alone, and marks problems beside their questions.

import { shownRows } from "./answers.mjs";

export function questionnaireForm(form, questions) {
  const fieldset = (id) => form.querySelector(`fieldset[data-question="${id}"]`);
  const problemsBox = form.querySelector("#problems");

  function readOne(question) {
    const box = fieldset(question.id);
    if (question.kind === "matrix") {
      const grid = {};
      for (const row of box.querySelectorAll("fieldset.matrix-row:not([hidden])")) {
        const checked = row.querySelector("input:checked");
        if (checked) grid[row.dataset.row] = checked.value;
      }
      return Object.keys(grid).length ? grid : undefined;
    }
    const checked = [...box.querySelectorAll("input:checked")].map((input) => input.value);
    if (question.kind === "multiple") return checked.length ? checked : undefined;
    return checked[0];
  }

  /** The answers as the API takes them; unanswered questions left out. */
  function read() {
    const answers = {};
    for (const question of questions) {
      const answer = readOne(question);
      if (answer !== undefined) answers[question.id] = answer;
    }
    return answers;
  }

  /** Shows the rows of a following matrix that apply, and the matrix only if any do. */
  function applyFollows() {
    for (const question of questions.filter((q) => q.follows)) {
      const shown = shownRows(question, read());
      const box = fieldset(question.id);
      box.querySelectorAll("fieldset.matrix-row").forEach((row, i) => (row.hidden = !shown[i]));
      box.hidden = !shown.some(Boolean);
    }
  }

  /** An exclusive option ("None of these") and the others cannot both be ticked. */
  function keepExclusiveAlone(changed) {
    if (changed.type !== "checkbox" || !changed.checked) return;
    const box = changed.closest("fieldset.question");
    for (const other of box.querySelectorAll("input[type=checkbox]:checked")) {
      if (other !== changed && (changed.hasAttribute("data-exclusive") || other.hasAttribute("data-exclusive"))) {
        other.checked = false;
      }
    }
  }

  function clearProblem(box) {
    box.removeAttribute("aria-invalid");
    box.querySelector(".field-error").textContent = "";
  }

  function clearProblems() {
    form.querySelectorAll("fieldset.question").forEach(clearProblem);
    problemsBox.hidden = true;
  }

  /** Marks each problem beside its question and lists them at the top. */
  function showProblems(problems, messageFor) {
    clearProblems();
    const list = problemsBox.querySelector("ul");
    list.replaceChildren();
    for (const problem of problems) {
      const box = fieldset(problem.question);
      if (!box) continue;
      const question = questions.find((q) => q.id === problem.question);
      const text = messageFor(problem, question);
      box.setAttribute("aria-invalid", "true");
      const error = box.querySelector(".field-error");
      error.textContent = text;
      const described = (box.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(error.id)) box.setAttribute("aria-describedby", [...described, error.id].join(" "));
      list.append(summaryItem(box, text));
    }
    problemsBox.hidden = list.children.length === 0;
    if (!problemsBox.hidden) problemsBox.focus();
  }

  function summaryItem(box, text) {
    const link = document.createElement("a");
    link.href = `#${box.id}`;
    link.textContent = box.querySelector(".question-text").textContent;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      box.scrollIntoView({ block: "start" });
      box.querySelector("input").focus({ preventScroll: true });
    });
    const item = document.createElement("li");
    item.append(link, `: ${text}`);
    return item;
  }

  /** Ticks what a saved draft says was ticked. */
  function restore(answers) {
    for (const input of form.querySelectorAll("input[name]")) {
      const [question, row] = input.name.split(".");
      const answer = Object.hasOwn(answers, question) ? answers[question] : undefined;
      if (row !== undefined) input.checked = answer != null && answer[row] === input.value;
      else if (Array.isArray(answer)) input.checked = answer.includes(input.value);
      else input.checked = answer === input.value;
    }
    applyFollows();
  }

  function onChange(callback) {
    form.addEventListener("change", (event) => {
      keepExclusiveAlone(event.target);
      applyFollows();
      const box = event.target.closest("fieldset.question");
      if (box) clearProblem(box);
      callback(read());
    });
  }

  applyFollows();
  return { read, restore, onChange, showProblems, clearProblems };
}
