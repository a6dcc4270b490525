import { blankToNull } from '../../shared/form/values';
import type { PartnerType } from '../options';
import type { CourseStatus, LearningPath, PortalRole } from './enablement-api';

export interface PathCourse {
  id: string;
  title: string;
  status: CourseStatus;
}

/** A learning path as the form holds it: the audience and the courses in order. */
export interface PathFormState {
  name: string;
  description: string;
  partnerTypes: PartnerType[];
  roles: PortalRole[];
  courses: PathCourse[];
}

export const emptyPathForm: PathFormState = {
  name: '',
  description: '',
  partnerTypes: [],
  roles: [],
  courses: [],
};

export function pathFormFrom(path: LearningPath): PathFormState {
  return {
    name: path.name,
    description: path.description ?? '',
    partnerTypes: [...path.partnerTypes],
    roles: [...path.roles],
    courses: [...path.courses]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ id: c.id, title: c.title, status: c.status })),
  };
}

export function pathBody(form: PathFormState) {
  return {
    name: form.name.trim(),
    description: blankToNull(form.description),
    partnerTypes: form.partnerTypes,
    roles: form.roles,
    courseIds: form.courses.map((c) => c.id),
  };
}

/** Adds a course at the end unless the path already holds it. */
export function withCourse(courses: readonly PathCourse[], course: PathCourse): PathCourse[] {
  return courses.some((c) => c.id === course.id) ? [...courses] : [...courses, course];
}
