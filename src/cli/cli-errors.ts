import { AppError } from '../platform/errors.js';

/** A mistake the user can fix: reported as one clear line, without a stack trace. */
export function userError(message: string): AppError {
  return new AppError('validation_failed', message);
}

/** Prints an error for a person to read and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  const debug = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(set LOG_LEVEL=debug to see the stack trace)\n');
  return 1;
}
