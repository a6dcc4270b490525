import { AppError } from '../../../platform/errors.js';

/** Keys under which CRM JSON exports hold their records: Salesforce REST/Bulk and HubSpot. */
const RECORD_KEYS = new Set(['records', 'results']);

export type JsonRecord = { index: number; value: unknown } | { index: number; error: string };

interface ScanState {
  depth: number;
  inString: boolean;
  escaped: boolean;
  /** The text of the string token being read at depth 1 (a key of the top-level object). */
  token: string;
  lastKey: string | null;
  /** Depth of the records array's elements once it is found; 0 before. */
  elementDepth: number;
  done: boolean;
  element: string[];
  capturing: boolean;
  index: number;
}

/**
 * Reads the records of a CRM JSON export one at a time without holding the file in memory: a top-level
 * array, or the array under "records" (Salesforce) or "results" (HubSpot) of a top-level object. Only the
 * record being read is kept; each is parsed on its own, so a broken record is reported, not fatal.
 */
export async function* readJsonRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<JsonRecord, void, undefined> {
  const decoder = new TextDecoder('utf-8');
  const state: ScanState = {
    depth: 0,
    inString: false,
    escaped: false,
    token: '',
    lastKey: null,
    elementDepth: 0,
    done: false,
    element: [],
    capturing: false,
    index: 0,
  };
  let first = true;
  for await (const chunk of source) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    yield* scan(text, state);
    if (state.done) return;
  }
  yield* scan(decoder.decode(), state);
  if (state.elementDepth === 0) {
    throw new AppError(
      'validation_failed',
      'The JSON file holds no record list: expected an array, or an object with "records" (Salesforce) or "results" (HubSpot)',
    );
  }
}

function* scan(text: string, s: ScanState): Generator<JsonRecord> {
  let start = s.capturing ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (s.inString) {
      if (s.escaped) s.escaped = false;
      else if (ch === '\\') s.escaped = true;
      else if (ch === '"') s.inString = false;
      if (s.depth === 1 && s.elementDepth === 0) s.token += ch;
      continue;
    }
    if (ch === '"') {
      s.inString = true;
      if (s.depth === 1 && s.elementDepth === 0) s.token = '';
      if (s.depth === s.elementDepth && !s.capturing) {
        s.capturing = true;
        start = i;
      }
      continue;
    }
    if (ch === ':' && s.depth === 1 && s.elementDepth === 0) {
      s.lastKey = s.token.slice(0, -1);
      continue;
    }
    if (ch === '{' || ch === '[') {
      if (s.depth === 0 && ch === '[') s.elementDepth = 1;
      else if (s.depth === 1 && ch === '[' && s.elementDepth === 0 && RECORD_KEYS.has(s.lastKey ?? '')) {
        s.elementDepth = 2;
        s.depth++;
        continue;
      }
      if (s.depth === s.elementDepth && s.elementDepth > 0 && !s.capturing) {
        s.capturing = true;
        start = i;
      }
      s.depth++;
      continue;
    }
    if (ch === '}' || ch === ']') {
      s.depth--;
      if (s.elementDepth > 0 && s.depth === s.elementDepth - 1) {
        if (s.capturing) {
          s.element.push(text.slice(start, i));
          yield finish(s);
        }
        s.done = true;
        return;
      }
      if (s.capturing && s.depth === s.elementDepth) {
        s.element.push(text.slice(start, i + 1));
        yield finish(s);
        start = -1;
      }
      continue;
    }
    if (ch === ',' && s.capturing && s.depth === s.elementDepth) {
      s.element.push(text.slice(start, i));
      yield finish(s);
      start = -1;
      continue;
    }
    if (s.depth === s.elementDepth && s.elementDepth > 0 && !s.capturing && !/\s|,/.test(ch)) {
      s.capturing = true;
      start = i;
    }
  }
  if (s.capturing && start >= 0) s.element.push(text.slice(start));
}

function finish(s: ScanState): JsonRecord {
  const text = s.element.join('');
  s.element = [];
  s.capturing = false;
  s.index++;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { index: s.index, error: 'is not a JSON object' };
    }
    return { index: s.index, value };
  } catch {
    return { index: s.index, error: 'is not valid JSON' };
  }
}
