import { type FieldError, invalidFields } from '../../platform/errors.js';
import type { SurveyInput } from './surveys.schemas.js';

/** The rules zod cannot express field by field: schedule needs an interval, keys and roles are unique. */
export function checkSurveyInput(input: SurveyInput): void {
  const errors: FieldError[] = [];
  if (input.trigger === 'schedule' && input.intervalDays === null) {
    errors.push({ field: 'intervalDays', message: 'is required for a scheduled survey' });
  }
  if (input.trigger !== 'schedule' && input.intervalDays !== null) {
    errors.push({ field: 'intervalDays', message: 'must be null for a survey sent after an event' });
  }
  const seen = new Set<string>();
  input.questions.forEach((question, index) => {
    if (seen.has(question.key)) {
      errors.push({ field: `questions.${index}.key`, message: `repeats the key ${question.key}` });
    }
    seen.add(question.key);
  });
  if (new Set(input.roles).size !== input.roles.length) {
    errors.push({ field: 'roles', message: 'names a role twice' });
  }
  if (errors.length) throw invalidFields(errors);
}
