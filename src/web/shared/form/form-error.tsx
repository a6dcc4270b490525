import { Alert } from '@mantine/core';

/** The message of a refused submit that is not about one field (those show at the field). */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}
