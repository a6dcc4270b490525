import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../platform/errors.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts a secret the server must read back later (AES-256-GCM with the server's data key). The
 * owning row's id is bound in as associated data, so a ciphertext copied to another row does not open.
 */
export function sealSecret(dataKey: Buffer, ownerId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(Buffer.from(ownerId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
}

export function openSecret(dataKey: Buffer, ownerId: string, boxed: string): string {
  const [version, data] = boxed.split(':');
  const bytes = Buffer.from(data ?? '', 'base64');
  if (version !== VERSION || bytes.length <= IV_BYTES + TAG_BYTES) {
    throw new AppError('internal', 'The stored webhook secret is not in a form this server reads');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(ownerId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch (error) {
    throw new AppError(
      'internal',
      'The webhook secret cannot be decrypted: the data key (TRELLIS_DATA_KEY) changed; rotate the secret',
      undefined,
      { cause: error },
    );
  }
}
