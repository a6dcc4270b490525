import {
  type ChunkDecoder,
  type CsvEncoding,
  concatBytes,
  createChunkDecoder,
  detectEncoding,
  INVALID_TEXT,
} from './decode-csv-bytes.js';

export type { CsvEncoding } from './decode-csv-bytes.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** When omitted the delimiter is sniffed, see `sniffDelimiter`. */
  delimiter?: CsvDelimiter;
  /** Longest field accepted, in UTF-8 bytes. */
  maxFieldBytes?: number;
  maxRowFields?: number;
}

/** `line` is the 1-based physical line on which the record starts. */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

export interface CsvSummary {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  records: number;
  errors: number;
  /** Empty lines outside quoted fields. They yield no record but are counted here. */
  blankLines: number;
}

export const DEFAULT_MAX_FIELD_BYTES = 1_048_576;
export const DEFAULT_MAX_ROW_FIELDS = 10_000;

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const SNIFF_RECORDS = 10;
const SNIFF_MAX_LINE_BREAKS = 50;
const SNIFF_MAX_CHARS = 65_536;

interface CsvLimits {
  maxFieldBytes: number;
  maxRowFields: number;
}

export interface CsvParser {
  push(text: string): CsvRecord[];
  /** Call once at end of input: emits the last record and reports an unterminated quote. */
  end(): CsvRecord[];
  readonly blankLines: number;
}

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * RFC 4180 parser over decoded text, fed in arbitrary pieces. Deliberate leniency and strictness:
 * - a quote inside an unquoted field (`5" disk`) is kept literally, as spreadsheets do;
 * - a character after a closing quote (`"a"b`) makes the record an error, since it usually means an
 *   unescaped quote inside a quoted field; the rest of that line is then read as unquoted to resync;
 * - CRLF, LF and lone CR end records; inside quotes they are kept verbatim;
 * - an empty line yields nothing (counted in `blankLines`); a trailing line break adds no record.
 */
export function createCsvParser(
  delimiter: CsvDelimiter,
  limits: CsvLimits,
  invalidTextMessage = 'invalid UTF-8',
): CsvParser {
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let state = State.FieldStart;
  let fields: string[] = [];
  let field = '';
  let fieldBytes = 0;
  let error: string | undefined;
  let previousWasCR = false;
  let blankLines = 0;
  let out: CsvRecord[] = [];
  const delimiterCode = delimiter.charCodeAt(0);

  const fail = (message: string): void => {
    error ??= message;
  };
  const append = (char: string): void => {
    if (error !== undefined) return; // content of a failed record is never returned, so stop buffering it
    fieldBytes += utf8Length(char);
    if (fieldBytes > limits.maxFieldBytes) {
      fail(`field ${fields.length + 1} is longer than ${limits.maxFieldBytes} bytes`);
      field = '';
    } else field += char;
  };
  /** text[start, end) holds no delimiter, quote, line break or invalid text; `runBytes` is its UTF-8 length. */
  const appendRun = (text: string, start: number, end: number): void => {
    if (error !== undefined) return;
    fieldBytes += runBytes;
    if (fieldBytes > limits.maxFieldBytes) {
      fail(`field ${fields.length + 1} is longer than ${limits.maxFieldBytes} bytes`);
      field = '';
    } else field = field === '' ? text.slice(start, end) : field + text.slice(start, end);
  };
  const endField = (): void => {
    if (error === undefined && fields.length >= limits.maxRowFields) {
      fail(`record has more than ${limits.maxRowFields} fields`);
    }
    if (error === undefined) fields.push(field);
    field = '';
    fieldBytes = 0;
    state = State.FieldStart;
  };
  const endRecord = (): void => {
    if (state === State.FieldStart && fields.length === 0 && error === undefined) {
      blankLines++;
      return;
    }
    endField();
    out.push(error === undefined ? { line: recordLine, fields } : { line: recordLine, error });
    fields = [];
    error = undefined;
  };

  const consume = (char: string): void => {
    if (char === INVALID_TEXT) {
      fail(invalidTextMessage);
      if (state !== State.Quoted) state = State.Unquoted;
      return;
    }
    const isBreak = char === '\n' || char === '\r';
    switch (state) {
      case State.FieldStart:
      case State.Unquoted:
        if (char === delimiter) endField();
        else if (isBreak) endRecord();
        else if (char === '"' && state === State.FieldStart) {
          state = State.Quoted;
          quoteLine = line;
        } else {
          state = State.Unquoted;
          append(char);
        }
        return;
      case State.Quoted:
        if (char === '"') state = State.QuoteInQuoted;
        else append(char);
        return;
      case State.QuoteInQuoted:
        if (char === '"') {
          state = State.Quoted;
          append(char);
        } else if (char === delimiter) endField();
        else if (isBreak) endRecord();
        else {
          fail(`unexpected character after closing quote in field ${fields.length + 1}`);
          state = State.Unquoted;
        }
    }
  };

  return {
    get blankLines() {
      return blankLines;
    },
    push(text) {
      out = [];
      const length = text.length;
      let i = 0;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === LF && previousWasCR) {
          previousWasCR = false; // second half of CRLF: same line break, and only content inside quotes
          if (state === State.Quoted) append('\n');
          i++;
          continue;
        }
        if (state === State.FieldStart && fields.length === 0 && error === undefined) recordLine = line;
        // Ordinary characters of a field are taken as one slice rather than one at a time.
        if (state !== State.QuoteInQuoted && !(state === State.FieldStart && code === QUOTE)) {
          const end = ordinaryRunEnd(text, i, state === State.Quoted ? QUOTE : delimiterCode);
          if (end > i) {
            if (state === State.FieldStart) state = State.Unquoted;
            appendRun(text, i, end);
            previousWasCR = false;
            i = end;
            continue;
          }
        }
        if (code === delimiterCode && state !== State.Quoted) {
          endField();
          previousWasCR = false;
          i++;
          continue;
        }
        const pair = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1));
        const char = pair ? text.slice(i, i + 2) : text[i]!;
        consume(char);
        previousWasCR = char === '\r';
        if (previousWasCR || char === '\n') line++;
        i += char.length;
      }
      return out;
    },
    end() {
      out = [];
      if (state === State.Quoted) {
        error = `unterminated quote: field ${fields.length + 1} opened on line ${quoteLine} is never closed`;
        state = State.Unquoted;
      }
      if (state !== State.FieldStart || fields.length > 0 || error !== undefined) endRecord();
      return out;
    },
  };
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const INVALID_CODE = INVALID_TEXT.charCodeAt(0);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** UTF-8 length of the last run ordinaryRunEnd measured (module state keeps the hot loop allocation-free). */
let runBytes = 0;

/**
 * End of the run of characters from `start` that a field takes as they are: it stops at `stop` (the
 * delimiter, or the quote inside a quoted field), a line break, or INVALID_TEXT standing alone (as the
 * second half of a surrogate pair it is an ordinary character).
 */
function ordinaryRunEnd(text: string, start: number, stop: number): number {
  let bytes = 0;
  let j = start;
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code < 0x80) {
      if (code === stop || code === LF || code === CR) break;
      bytes += 1;
    } else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) {
      if (code === INVALID_CODE && !(j > 0 && isHighSurrogate(text.charCodeAt(j - 1)))) break;
      bytes += 2; // each half of a pair: 4 bytes for the code point
    } else bytes += 3;
  }
  runBytes = bytes;
  return j;
}

/** `char` is one code point; lone surrogates never get here (they arrive as INVALID_TEXT). */
function utf8Length(char: string): number {
  if (char.length === 2) return 4;
  const code = char.charCodeAt(0);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

/**
 * Picks the delimiter among comma, semicolon and tab by parsing the first records of `sample` with each.
 * Preferred: a delimiter giving the same field count (> 1) on every sampled record, the highest count
 * winning; otherwise the one giving the most fields (> 1) on the first record; ties go to the earlier of
 * comma, semicolon, tab; comma when nothing splits. `complete` says the sample is the whole input, so its
 * last record is not cut short.
 */
export function sniffDelimiter(sample: string, complete: boolean): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; consistent: boolean; count: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const parser = createCsvParser(delimiter, {
      maxFieldBytes: SNIFF_MAX_CHARS * 4,
      maxRowFields: SNIFF_MAX_CHARS,
    });
    const records = [...parser.push(sample), ...(complete ? parser.end() : [])].slice(0, SNIFF_RECORDS);
    const counts = records.flatMap((r) => ('fields' in r ? [r.fields.length] : []));
    const count = counts[0] ?? 0;
    if (count < 2) continue;
    const consistent = counts.every((c) => c === count);
    if (!best || (consistent && !best.consistent) || (consistent === best.consistent && count > best.count)) {
      best = { delimiter, consistent, count };
    }
  }
  return best?.delimiter ?? ',';
}

/**
 * Streams CSV records from raw bytes (a Node stream, a file handle's chunks, an array of buffers).
 * Encoding comes from the BOM: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM only).
 * Malformed records come out as `{ line, error }` and reading carries on with the next one; memory stays
 * bounded by the chunk size, `maxFieldBytes` and `maxRowFields`. The generator's return value (seen when
 * driving it with `next()`, or through `summarizeCsv`) is a `CsvSummary`.
 */
export async function* readCsv(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord, CsvSummary, undefined> {
  const limits = {
    maxFieldBytes: options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES,
    maxRowFields: options.maxRowFields ?? DEFAULT_MAX_ROW_FIELDS,
  };
  let head: Uint8Array = new Uint8Array(0);
  let decoder: ChunkDecoder | undefined;
  let parser: CsvParser | undefined;
  let delimiter: CsvDelimiter = options.delimiter ?? ',';
  let sample = '';
  let sampleBreaks = 0;
  let records = 0;
  let errors = 0;

  const tally = (record: CsvRecord): CsvRecord => {
    if ('error' in record) errors++;
    else records++;
    return record;
  };
  const startDecoding = (bytes: Uint8Array): { decoder: ChunkDecoder; rest: Uint8Array } => {
    const { encoding, bomLength } = detectEncoding(bytes);
    return { decoder: createChunkDecoder(encoding), rest: bytes.subarray(bomLength) };
  };
  const parse = (text: string, eof: boolean): CsvRecord[] => {
    // Text is held back until the sample is big enough to sniff; after that it goes straight through.
    if (!parser) {
      sample += text;
      sampleBreaks += text.match(/\r\n?|\n/g)?.length ?? 0;
      const ready = sampleBreaks > SNIFF_MAX_LINE_BREAKS || sample.length >= SNIFF_MAX_CHARS;
      if (!eof && !ready && options.delimiter === undefined) return [];
      delimiter = options.delimiter ?? sniffDelimiter(sample, eof);
      parser = createCsvParser(delimiter, limits, `invalid ${decoder?.encoding.toUpperCase() ?? 'UTF-8'}`);
      text = sample;
      sample = '';
    }
    const out = parser.push(text);
    return eof ? [...out, ...parser.end()] : out;
  };

  for await (const chunk of source) {
    let bytes = chunk;
    if (!decoder) {
      head = concatBytes(head, chunk);
      if (head.length < 3) continue;
      ({ decoder, rest: bytes } = startDecoding(head));
    }
    // A plain loop: yield* over a sync iterable would add promise round trips for every record.
    for (const record of parse(decoder.decode(bytes), false)) yield tally(record);
  }
  let tail = '';
  if (!decoder) {
    const started = startDecoding(head);
    decoder = started.decoder;
    tail = decoder.decode(started.rest);
  }
  for (const record of parse(tail + decoder.end(), true)) yield tally(record);
  return { encoding: decoder.encoding, delimiter, records, errors, blankLines: parser?.blankLines ?? 0 };
}

/** Reads the whole source and returns only the counts, e.g. for a dry-run import preview. */
export async function summarizeCsv(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CsvOptions = {},
): Promise<CsvSummary> {
  const reader = readCsv(source, options);
  for (;;) {
    const next = await reader.next();
    if (next.done) return next.value;
  }
}
