import { AppError } from '../errors.js';

/** What is wrong with one row of an uploaded file, by its line in the file. */
export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

/** Row problems a refused upload reports in its error; the message says how many there were in all. */
export const REPORTED_ROW_PROBLEMS = 1_000;

/**
 * The error refusing a whole upload over its row problems (a 400 whose `errors` lists them, each field
 * prefixed with its line), so nothing of the file is written until it is fixed or the caller asks to
 * skip the invalid rows.
 */
export function refuseRowProblems(problems: readonly RowProblem[]): AppError {
  return new AppError(
    'validation_failed',
    `${problems.length} row problem(s) in the file; nothing was imported. Fix them, or import with skipInvalid to keep the valid rows.`,
    {
      errors: problems
        .slice(0, REPORTED_ROW_PROBLEMS)
        .map((p) => ({ field: `line ${p.line}: ${p.field}`, message: p.message })),
    },
  );
}
