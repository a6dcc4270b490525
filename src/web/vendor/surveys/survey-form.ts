import type { FieldError } from '../../shared/api/client';
import type { Survey, SurveyBody } from './surveys-api';

export interface SurveyFormState {
  name: string;
  questions: { key: string; text: string }[];
  recommendQuestion: string;
  commentQuestion: string;
  trigger: Survey['trigger'];
  intervalDays: number | '';
  roles: Survey['roles'];
  responseDays: number | '';
}

export const emptySurveyForm: SurveyFormState = {
  name: '',
  questions: [
    { key: 'value', text: 'How valuable is the partnership to your business?' },
    { key: 'support', text: 'How satisfied are you with the support you get from us?' },
  ],
  recommendQuestion: 'How likely are you to recommend partnering with us to a peer?',
  commentQuestion: 'What is the one thing we should improve?',
  trigger: 'schedule',
  intervalDays: 90,
  roles: ['partner_admin', 'partner_rep'],
  responseDays: 21,
};

export function surveyFormFrom(survey: Survey): SurveyFormState {
  return {
    name: survey.name,
    questions: survey.questions.map((q) => ({ ...q })),
    recommendQuestion: survey.recommendQuestion,
    commentQuestion: survey.commentQuestion,
    trigger: survey.trigger,
    intervalDays: survey.intervalDays ?? '',
    roles: [...survey.roles],
    responseDays: survey.responseDays,
  };
}

/** A question key from its text, for new questions: "How fast is support?" → "how-fast-is-support". */
export function keyFromText(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(slug) ? slug : `q-${slug}`.slice(0, 40);
}

export function surveyBody(form: SurveyFormState): SurveyBody {
  return {
    name: form.name,
    questions: form.questions,
    recommendQuestion: form.recommendQuestion,
    commentQuestion: form.commentQuestion,
    trigger: form.trigger,
    intervalDays: form.trigger === 'schedule' ? Number(form.intervalDays) : null,
    roles: form.roles,
    responseDays: Number(form.responseDays),
  };
}

/** What the browser can tell before sending; the API checks everything again. */
export function missingSurveyFields(form: SurveyFormState): FieldError[] {
  const errors: FieldError[] = [];
  if (form.name.trim().length < 3) errors.push({ field: 'name', message: 'Give the survey a name' });
  if (!form.questions.length) errors.push({ field: 'questions', message: 'Add at least one question' });
  if (form.trigger === 'schedule' && form.intervalDays === '')
    errors.push({ field: 'intervalDays', message: 'Say how often partner users are asked' });
  if (!form.roles.length) errors.push({ field: 'roles', message: 'Choose who is asked' });
  if (form.responseDays === '') errors.push({ field: 'responseDays', message: 'Say how long it stays open' });
  return errors;
}
