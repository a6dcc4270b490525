import { AppError } from '../../platform/errors.js';
import type { Refusal } from './ledger/ledger-kernel.js';

/** A ledger operation the kernel refused: the state does not allow it, and nothing was written. */
export function refusalError(refusal: Refusal, prefix = ''): AppError {
  const field = prefix ? `${prefix}.${refusal.field}` : refusal.field;
  return new AppError('conflict', `${field} ${refusal.message}`, {
    errors: [{ field, message: refusal.message }],
  });
}
