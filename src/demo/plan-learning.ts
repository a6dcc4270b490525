import { courseByKey, coursesAvailable } from './academy-catalog.js';
import type { CourseSpec } from './course-spec.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { engagedUntil, type LifecyclePartner } from './lifecycle-partners.js';
import type { Profile } from './partner-profiles.js';
import type { PersonPlan } from './plan-partner-people.js';

export interface StoryTime {
  day: number;
  minute: number;
}

/** A quiz attempt: which questions (by position) the learner gets wrong, and whether that passes. */
export interface AttemptPlan extends StoryTime {
  wrong: number[];
  pass: boolean;
}

/** One person's enrollment in one course: lessons done (all or some), quiz attempts, later renewals. */
export interface EnrollmentPlan extends StoryTime {
  personKey: string;
  partnerIndex: number;
  courseKey: string;
  lessons: StoryTime[];
  attempts: AttemptPlan[];
}

const END = DEMO_LAST_DAY;
/** Certification courses a person takes after the first one, by the partner's profile. */
const CERTIFICATIONS: Record<Profile, readonly [number, number]> = {
  star: [1, 2],
  steady: [1, 1],
  occasional: [0, 1],
};
/** Partner types whose checklist asks for a first certification during onboarding. */
const CERTIFY_EARLY = new Set(['reseller', 'si']);

type Quiz = NonNullable<CourseSpec['quiz']>;

/** How many questions may be wrong for a pass. */
export function wrongAllowed(quiz: Quiz): number {
  const questions = quiz.questions.length;
  return questions - Math.ceil(quiz.passMark * questions - 1e-9);
}

function attempt(quiz: Quiz, at: StoryTime, pass: boolean, random: DemoRandom): AttemptPlan {
  const questions = quiz.questions.length;
  const allowed = wrongAllowed(quiz);
  const count = pass
    ? random.chance(0.6)
      ? 0
      : random.int(0, allowed)
    : Math.min(questions, allowed + random.int(1, 2));
  return { ...at, wrong: random.sample([...Array(questions).keys()], count).sort(), pass };
}

/**
 * A person works through one course from `start`: a lesson every day or two, then the quiz, with a
 * retry after a fail. Stops where the story or the person's engagement ends, leaving it in progress.
 */
function takeCourse(
  person: PersonPlan,
  courseKey: string,
  start: number,
  until: number,
  random: DemoRandom,
  quits: boolean,
): EnrollmentPlan | null {
  if (start > until) return null;
  const { spec } = courseByKey(courseKey);
  let last: StoryTime = { day: start, minute: random.int(0, 480) };
  // Later steps of the same day come later in the day.
  const at = (day: number): StoryTime => {
    last = { day, minute: day > last.day ? random.int(0, 480) : last.minute + random.int(5, 40) };
    return last;
  };
  const plan: EnrollmentPlan = {
    ...last,
    personKey: person.key,
    partnerIndex: person.partnerIndex,
    courseKey,
    lessons: [],
    attempts: [],
  };
  const lessonsDone = quits ? random.int(1, spec.lessons.length - 1) : spec.lessons.length;
  let day = start;
  for (let i = 0; i < lessonsDone; i++) {
    day += i === 0 ? 0 : random.int(0, 2);
    if (day > until) return plan;
    plan.lessons.push(at(day));
  }
  if (quits || !spec.quiz) return plan;
  const limit = spec.quiz.attemptsLimit ?? 4;
  for (let n = 1; n <= limit; n++) {
    day += n === 1 ? random.int(0, 2) : random.int(2, 8);
    if (day > until) return plan;
    const pass = n === limit || !random.chance(n === 1 ? 0.22 : 0.15);
    plan.attempts.push(attempt(spec.quiz, at(day), pass, random));
    if (pass) break;
  }
  return plan;
}

/** The day a course passed (its last attempt, a pass), or null. */
function passedOn(enrollment: EnrollmentPlan): number | null {
  const last = enrollment.attempts.at(-1);
  return last?.pass ? last.day : null;
}

/** Shares of certificates renewed before they expire, and (cumulated) soon after. */
const RENEWALS = { star: [0.85, 0.95], engaged: [0.6, 0.75], leaving: [0.15, 0.25] } as const;

/**
 * Passing again before (or soon after) the certificate expires renews it. People at the busiest
 * partners nearly always renew, at partners drifting away certificates mostly lapse.
 */
function renewals(
  enrollment: EnrollmentPlan,
  until: number,
  habit: keyof typeof RENEWALS,
  random: DemoRandom,
): void {
  const { spec } = courseByKey(enrollment.courseKey);
  const [before, after] = RENEWALS[habit];
  let certified = passedOn(enrollment);
  while (spec.certification && spec.quiz && certified !== null) {
    const expires = certified + spec.certification.validDays;
    const roll = random.next();
    const day =
      roll < before ? expires - random.int(3, 28) : roll < after ? expires + random.int(5, 40) : null;
    if (day === null || day > until) return;
    const pass = !random.chance(0.15);
    enrollment.attempts.push(attempt(spec.quiz, { day, minute: random.int(0, 540) }, pass, random));
    if (!pass) {
      const retry = day + random.int(2, 6);
      if (retry > until) return;
      enrollment.attempts.push(attempt(spec.quiz, { day: retry, minute: random.int(0, 540) }, true, random));
    }
    certified = enrollment.attempts.at(-1)!.day;
  }
}

/**
 * The academy's enrollments: each partner admin takes the foundations course soon after accepting the
 * invitation (the onboarding checklist waits for it), and people certify along their learning path, more
 * of them at busier partners; certificates are renewed or lapse. Nobody learns at a stalled partner.
 */
export function planLearning(
  partners: readonly LifecyclePartner[],
  people: readonly PersonPlan[],
  profiles: ReadonlyMap<number, Profile>,
  stalled: ReadonlySet<number>,
  random: DemoRandom,
): EnrollmentPlan[] {
  const enrollments: EnrollmentPlan[] = [];
  for (const person of people) {
    const partner = partners[person.partnerIndex]!;
    const profile = profiles.get(partner.index);
    if (person.acceptedDay === null || !profile || stalled.has(partner.index)) continue;
    const until = Math.min(END - 1, engagedUntil(partner, END));
    const isAdmin = person.role === 'partner_admin';
    // The admin certifies when the checklist asks for it; colleagues certify along their path.
    const certifications = isAdmin
      ? CERTIFY_EARLY.has(partner.type) || random.chance(0.3)
        ? 1
        : 0
      : random.int(...CERTIFICATIONS[profile]);
    // The checklist waits for a first completed course: admins mostly start with the foundations course,
    // though where they certify early some go straight to it; colleagues often skip the foundations.
    const foundations = isAdmin ? !CERTIFY_EARLY.has(partner.type) || random.chance(0.5) : random.chance(0.4);
    let day = person.acceptedDay + random.int(1, 5);
    let taken = 0;
    const done = new Set<string>();
    for (let step = foundations ? 0 : 1; step < 1 + certifications && day <= until; step++) {
      const available = coursesAvailable(partner.type, person.role, day).filter((key) => !done.has(key));
      const next =
        step === 0 && available.includes('foundations')
          ? 'foundations'
          : available.find((key) => courseByKey(key).spec.certification !== null);
      if (!next) break;
      done.add(next);
      const quits = !isAdmin && taken > 0 && random.chance(0.12);
      const enrollment = takeCourse(person, next, day, until, random, quits);
      if (!enrollment) break;
      const finished = enrollment.attempts.at(-1)?.day ?? enrollment.lessons.at(-1)?.day ?? day;
      renewals(
        enrollment,
        until,
        until < END - 1 ? 'leaving' : profile === 'star' ? 'star' : 'engaged',
        random,
      );
      enrollments.push(enrollment);
      taken += 1;
      day =
        finished + (step === 0 && CERTIFY_EARLY.has(partner.type) ? random.int(2, 10) : random.int(8, 60));
    }
  }
  return enrollments;
}
