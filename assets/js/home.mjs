// The front page: a code typed from a paper slip leads to its survey. The
// code goes to the survey page in the fragment (#code=…), which browsers
// never send to a server; the survey page then removes it from the address.

import { NetworkError, postJson } from "./api.mjs";
import { codeField, networkTrouble } from "./code-field.mjs";
import { pageData } from "./dom.mjs";
import { inviteErrorMessage } from "./messages.mjs";

const data = pageData("home-data");
const messages = data.messages;

async function findSurvey(check, field) {
  field.status(messages["code-checking"]);
  try {
    const { status, body } = await postJson(data.lookup, { invite_code: check.code });
    if (status === 200 && /^[0-9a-z]{12}$/.test(body.survey_id)) {
      window.location.assign(`${data.surveys}${body.survey_id}#code=${check.grouped}`);
      return;
    }
    field.error(inviteErrorMessage(body.error, messages));
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    field.error(networkTrouble(error, messages, "code-network"), { retry: true });
  } finally {
    field.status("");
  }
}

codeField({ messages, onCode: findSurvey });
