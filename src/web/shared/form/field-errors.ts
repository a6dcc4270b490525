import { useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Keeps the API's field errors ("domains.0", "email") next to the right inputs, plus a general
 * message for anything that is not about one field.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  return {
    errors,
    general,
    /** The error for a field, or for any of its elements ("domains" shows "domains.1"). */
    of(field: string): string | undefined {
      if (errors[field]) return errors[field];
      const nested = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
      return nested ? errors[nested] : undefined;
    },
    clear() {
      setErrors({});
      setGeneral(null);
    },
    take(error: unknown) {
      if (error instanceof ApiError && error.fieldErrors.length) {
        setErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.message])));
        setGeneral(error.status === 400 ? null : error.message);
      } else {
        setErrors({});
        setGeneral(error instanceof Error ? error.message : 'Something went wrong');
      }
    },
  };
}
