import { TextDecoder } from 'node:util';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Stands in for an invalid byte sequence in decoded text. A lone low surrogate can never come out of
 * decoding well-formed UTF-8 or UTF-16, so the parser can mark the record containing it as an error
 * instead of letting U+FFFD slip into the data.
 */
export const INVALID_TEXT = '\uDFFF';

export interface ChunkDecoder {
  readonly encoding: CsvEncoding;
  decode(bytes: Uint8Array): string;
  /** Flushes bytes held back at the end of the input; a truncated sequence becomes INVALID_TEXT. */
  end(): string;
}

const EMPTY: Uint8Array = new Uint8Array(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Needs the first 3 bytes of the input (or all of it when shorter). BOM-less input is taken as UTF-8. */
export function detectEncoding(head: Uint8Array): { encoding: CsvEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

export function createChunkDecoder(encoding: CsvEncoding): ChunkDecoder {
  return encoding === 'utf-8' ? utf8Decoder() : utf16Decoder(encoding);
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function utf8Decoder(): ChunkDecoder {
  // ignoreBOM: each call decodes a fresh slice, and a U+FEFF inside the data must not be eaten.
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry = EMPTY;

  const decodeComplete = (bytes: Uint8Array): string => {
    try {
      return strict.decode(bytes);
    } catch {
      return decodeMarkingInvalid(bytes, lenient);
    }
  };

  return {
    encoding: 'utf-8',
    decode(chunk) {
      const bytes = concatBytes(carry, chunk);
      const cut = completeUtf8Length(bytes);
      carry = bytes.slice(cut);
      return decodeComplete(bytes.subarray(0, cut));
    },
    end() {
      const rest = carry;
      carry = EMPTY;
      return rest.length === 0 ? '' : decodeComplete(rest);
    },
  };
}

/** Length of the prefix that does not end inside a multi-byte sequence; the rest waits for the next chunk. */
function completeUtf8Length(bytes: Uint8Array): number {
  let i = bytes.length;
  while (i > 0 && bytes.length - i < 3 && (bytes[i - 1]! & 0xc0) === 0x80) i--;
  if (i === 0) return bytes.length;
  const lead = bytes[i - 1]!;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return needed > bytes.length - (i - 1) ? i - 1 : bytes.length;
}

function decodeMarkingInvalid(bytes: Uint8Array, lenient: TextDecoder): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += lenient.decode(bytes.subarray(start, i)) + INVALID_TEXT;
    i += 1;
    start = i;
  }
  return out + lenient.decode(bytes.subarray(start));
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when it is not well formed. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let trailing: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    trailing = 2;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    trailing = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k <= trailing; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return trailing + 1;
}

// Decoded by hand rather than with TextDecoder so unpaired surrogates are reported instead of replaced.
function utf16Decoder(encoding: 'utf-16le' | 'utf-16be'): ChunkDecoder {
  const bigEndian = encoding === 'utf-16be';
  let carry = EMPTY;
  let pendingHigh = '';

  return {
    encoding,
    decode(chunk) {
      const bytes = concatBytes(carry, chunk);
      const even = bytes.length - (bytes.length % 2);
      carry = bytes.slice(even);
      const units = new Uint16Array(even / 2);
      for (let k = 0; k < even; k += 2) {
        units[k / 2] = bigEndian ? (bytes[k]! << 8) | bytes[k + 1]! : (bytes[k + 1]! << 8) | bytes[k]!;
      }
      let text = pendingHigh;
      for (let s = 0; s < units.length; s += 8192)
        text += String.fromCharCode(...units.subarray(s, s + 8192));
      const last = text.charCodeAt(text.length - 1);
      pendingHigh = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      if (pendingHigh) text = text.slice(0, -1);
      return text.replace(LONE_SURROGATE, INVALID_TEXT);
    },
    end() {
      const rest = (pendingHigh ? INVALID_TEXT : '') + (carry.length > 0 ? INVALID_TEXT : '');
      pendingHigh = '';
      carry = EMPTY;
      return rest;
    },
  };
}
