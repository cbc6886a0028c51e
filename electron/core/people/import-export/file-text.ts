/**
 * The text of a contacts file. A byte-order mark says UTF-8, UTF-16LE (Outlook's "Unicode"
 * CSV) or UTF-16BE. Without one, a vCard is read byte for byte ("binary" text, one code
 * unit per byte) so each value can be decoded in the CHARSET its card names; anything
 * else is UTF-8, falling back to Windows-1252 for old exports that are not.
 */
export interface FileText {
  text: string;
  /** Each code unit of `text` is one byte of the file, still to be decoded. */
  binary: boolean;
}

export function decodeText(bytes: Uint8Array): string {
  const bom = bomDecoded(bytes);
  return bom ?? decodeBytes(bytes, '');
}

export function vcardFileText(bytes: Uint8Array): FileText {
  const bom = bomDecoded(bytes);
  if (bom !== null) return { text: bom, binary: false };
  // Node's latin1 maps each byte to the code unit of the same number, and back.
  return { text: Buffer.from(bytes).toString('latin1'), binary: true };
}

function bomDecoded(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return null;
}

/** The bytes a piece of file text stands for. */
export function textBytes(text: string, file: FileText): Uint8Array {
  return file.binary ? new Uint8Array(Buffer.from(text, 'latin1')) : new TextEncoder().encode(text);
}

/**
 * Bytes in the charset a card names (CHARSET=ISO-8859-1, SHIFT_JIS…); an unknown or absent
 * one means UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  if (charset && !/^utf-?8$/iu.test(charset)) {
    try {
      return new TextDecoder(charset.trim()).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
