/**
 * CSV as reconciliation files use it (RFC 4180): comma-separated, `"` quotes a field (`""` is a
 * quote inside one), records end with LF or CRLF; a quoted field may span lines. Files are
 * read in byte chunks: `splitRecords` finds where whole records end (a newline outside
 * quotes; `\n` never occurs inside a UTF-8 multi-byte character), so a chunk is cut only there.
 */

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const decoder = new TextDecoder();

export interface Split {
  /** The whole records, decoded (without their line ends). */
  records: string[];
  /** Bytes of `bytes` those records took, line ends included. */
  consumed: number;
}

/**
 * At most `max` whole records from the start of `bytes` (which begins at a record boundary).
 * When `final` (the chunk reaches the end of the file) a last record without a line end counts.
 */
export function splitRecords(bytes: Uint8Array, final: boolean, max: number): Split {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < bytes.length && records.length < max; i += 1) {
    const b = bytes[i]!;
    if (b === QUOTE) quoted = !quoted;
    else if (b === NEWLINE && !quoted) {
      records.push(decoder.decode(bytes.subarray(start, i)).replace(/\r$/, ""));
      start = i + 1;
    }
  }
  if (final && records.length < max && start < bytes.length) {
    records.push(decoder.decode(bytes.subarray(start)).replace(/\r$/, ""));
    start = bytes.length;
  }
  return { records, consumed: start };
}

/** The fields of one record, or `null` when its quotes are malformed. */
export function parseRecord(record: string): string[] | null {
  const fields: string[] = [];
  let field = "";
  let i = 0;
  let quotedField = false;
  while (i <= record.length) {
    const ch = record[i];
    if (ch === undefined || ch === ",") {
      fields.push(quotedField ? field : field.trim());
      field = "";
      quotedField = false;
      i += 1;
      if (ch === undefined) break;
      continue;
    }
    if (ch === '"' && field.trim() === "" && !quotedField) {
      // A quoted field: up to the closing quote, `""` standing for one quote.
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= record.length) return null;
        if (record[j] === '"') {
          if (record[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += record[j];
        j += 1;
      }
      field = value;
      quotedField = true;
      i = j + 1;
      while (record[i] === " ") i += 1;
      if (i < record.length && record[i] !== ",") return null;
      continue;
    }
    if (quotedField) return null;
    field += ch;
    i += 1;
  }
  return fields;
}

/** A record that is empty or only commas (skipped). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f === "");
}
