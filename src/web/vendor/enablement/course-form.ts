import { blankToNull, numberOrNull } from '../../shared/form/values';
import type { CourseDetail } from './enablement-api';

type NumberField = number | string;

/** A course's settings as the form holds them. */
export interface CourseFormState {
  title: string;
  summary: string;
  estimatedMinutes: NumberField;
  openToAll: boolean;
  certifies: boolean;
  certificationName: string;
  validDays: NumberField;
}

export const DEFAULT_VALID_DAYS = 365;

export const emptyCourseForm: CourseFormState = {
  title: '',
  summary: '',
  estimatedMinutes: 30,
  openToAll: false,
  certifies: false,
  certificationName: '',
  validDays: DEFAULT_VALID_DAYS,
};

export function courseFormFrom(course: CourseDetail): CourseFormState {
  return {
    title: course.title,
    summary: course.summary ?? '',
    estimatedMinutes: course.estimatedMinutes,
    openToAll: course.openToAll,
    certifies: course.certification !== null,
    certificationName: course.certification?.name ?? '',
    validDays: course.certification?.validDays ?? DEFAULT_VALID_DAYS,
  };
}

/** The settings as the API takes them; empty numbers go as null so the API names the field. */
export function courseBody(form: CourseFormState) {
  return {
    title: form.title.trim(),
    summary: blankToNull(form.summary),
    estimatedMinutes: numberOrNull(form.estimatedMinutes) as number,
    openToAll: form.openToAll,
    certification: form.certifies
      ? { name: form.certificationName.trim(), validDays: numberOrNull(form.validDays) as number }
      : null,
  };
}
