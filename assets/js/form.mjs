// The questionnaire form (src/web/pages/questionnaire.rs): reads the
// answers in the API's shape, shows only the matrix rows that apply, keeps
// exclusive options alone, and marks problems beside their questions.

import { shownRows } from "./answers.mjs";

export class QuestionnaireForm {
  /** `questions` is the form model from the page's data (see answers.mjs). */
  constructor(form, questions) {
    this.form = form;
    this.questions = questions;
    this.problemsBox = form.querySelector("#problems");
    this.applyFollows();
  }

  fieldset(id) {
    return this.form.querySelector(`fieldset[data-question="${id}"]`);
  }

  readOne(question) {
    const box = this.fieldset(question.id);
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
  read() {
    const answers = {};
    for (const question of this.questions) {
      const answer = this.readOne(question);
      if (answer !== undefined) answers[question.id] = answer;
    }
    return answers;
  }

  /** Shows the rows of a following matrix that apply, and the matrix only if any do. */
  applyFollows() {
    for (const question of this.questions.filter((q) => q.follows)) {
      const shown = shownRows(question, this.read());
      const box = this.fieldset(question.id);
      box.querySelectorAll("fieldset.matrix-row").forEach((row, i) => (row.hidden = !shown[i]));
      box.hidden = !shown.some(Boolean);
    }
  }

  /** Ticks what a saved draft says was ticked. */
  restore(answers) {
    for (const input of this.form.querySelectorAll("input[name]")) {
      const [question, row] = input.name.split(".");
      const answer = Object.hasOwn(answers, question) ? answers[question] : undefined;
      if (row !== undefined) input.checked = answer != null && answer[row] === input.value;
      else if (Array.isArray(answer)) input.checked = answer.includes(input.value);
      else input.checked = answer === input.value;
    }
    this.applyFollows();
  }

  /**
   * Calls back with the answers after every change to an answer, and the
   * event, whose isTrusted says a person made it (not a script).
   */
  onChange(callback) {
    this.form.addEventListener("change", (event) => {
      const box = event.target.closest("fieldset.question");
      if (!box) return;
      keepExclusiveAlone(event.target);
      this.applyFollows();
      clearProblem(box);
      callback(this.read(), event);
    });
  }

  clearProblems() {
    this.form.querySelectorAll("fieldset.question").forEach(clearProblem);
    this.problemsBox.hidden = true;
  }

  /** Marks each problem beside its question and lists them at the top. */
  showProblems(problems, messageFor) {
    this.clearProblems();
    const list = this.problemsBox.querySelector("ul");
    list.replaceChildren();
    for (const problem of problems) {
      const box = this.fieldset(problem.question);
      if (!box) continue;
      const question = this.questions.find((q) => q.id === problem.question);
      const text = messageFor(problem, question);
      markProblem(box, text);
      list.append(summaryItem(box, text));
    }
    this.problemsBox.hidden = list.children.length === 0;
    if (!this.problemsBox.hidden) this.problemsBox.focus();
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

function markProblem(box, text) {
  box.setAttribute("aria-invalid", "true");
  const error = box.querySelector(".field-error");
  error.textContent = text;
  const described = (box.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  if (!described.includes(error.id)) box.setAttribute("aria-describedby", [...described, error.id].join(" "));
}

function clearProblem(box) {
  box.removeAttribute("aria-invalid");
  box.querySelector(".field-error").textContent = "";
}

/** A link to the question, then what is wrong with it. */
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
