/**
 * The few Internet Printing Protocol messages (RFC 8010) Afterword exchanges with CUPS to
 * learn what became of a job. `lp` and `lpstat` cannot tell a finished job from a
 * cancelled one (both are "completed" to lpstat, with the same reasons), and IPP's
 * job-state can. No maintained npm package covers this small part of IPP with types, so
 * the encoding lives here, tested against the real scheduler.
 */

export const IPP_OPERATION = { getJobAttributes: 0x0009, getJobs: 0x000a } as const;

export const IPP_GROUP = { operation: 0x01, job: 0x02, end: 0x03, printer: 0x04, unsupported: 0x05 } as const;

export const IPP_VALUE = {
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  textWithLanguage: 0x35,
  nameWithLanguage: 0x36,
  text: 0x41,
  name: 0x42,
  keyword: 0x44,
  uri: 0x45,
  charset: 0x47,
  naturalLanguage: 0x48,
} as const;

export type IppValue = string | number | boolean;

export interface IppAttribute {
  tag: number;
  name: string;
  values: IppValue[];
}

export interface IppRequest {
  operation: number;
  requestId: number;
  /** Operation attributes after attributes-charset and attributes-natural-language, which are always sent first. */
  attributes: IppAttribute[];
}

export interface IppGroup {
  tag: number;
  attributes: Map<string, IppValue[]>;
}

export interface IppResponse {
  status: number;
  requestId: number;
  groups: IppGroup[];
}

export class IppFormatError extends Error {}

const INTEGER_TAGS = new Set<number>([IPP_VALUE.integer, IPP_VALUE.enum]);

function encodeValue(tag: number, value: IppValue): Buffer {
  if (INTEGER_TAGS.has(tag)) {
    const b = Buffer.alloc(4);
    b.writeInt32BE(Number(value));
    return b;
  }
  if (tag === IPP_VALUE.boolean) return Buffer.from([value ? 1 : 0]);
  return Buffer.from(String(value), 'utf8');
}

function short(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

/** An IPP/1.1 request with one group of operation attributes and no document. */
export function encodeRequest(request: IppRequest): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x0101, 0);
  head.writeUInt16BE(request.operation, 2);
  head.writeUInt32BE(request.requestId, 4);
  const parts: Buffer[] = [head, Buffer.from([IPP_GROUP.operation])];
  const all: IppAttribute[] = [
    { tag: IPP_VALUE.charset, name: 'attributes-charset', values: ['utf-8'] },
    { tag: IPP_VALUE.naturalLanguage, name: 'attributes-natural-language', values: ['en'] },
    ...request.attributes,
  ];
  for (const attribute of all) {
    attribute.values.forEach((value, i) => {
      const name = Buffer.from(i === 0 ? attribute.name : '', 'utf8');
      const encoded = encodeValue(attribute.tag, value);
      parts.push(Buffer.from([attribute.tag]), short(name.length), name, short(encoded.length), encoded);
    });
  }
  parts.push(Buffer.from([IPP_GROUP.end]));
  return Buffer.concat(parts);
}

function decodeValue(tag: number, bytes: Buffer): IppValue {
  if (INTEGER_TAGS.has(tag) && bytes.length === 4) return bytes.readInt32BE(0);
  if (tag === IPP_VALUE.boolean && bytes.length === 1) return bytes[0] !== 0;
  if (tag === IPP_VALUE.textWithLanguage || tag === IPP_VALUE.nameWithLanguage) {
    // language length, language, text length, text
    if (bytes.length < 4) throw new IppFormatError('A text value with a language is cut short.');
    const langLength = bytes.readUInt16BE(0);
    const textLength = bytes.readUInt16BE(2 + langLength);
    return bytes.subarray(4 + langLength, 4 + langLength + textLength).toString('utf8');
  }
  if (tag >= 0x40 && tag <= 0x5f) return bytes.toString('utf8');
  // Dates, resolutions, ranges, collections: nothing Afterword reads; kept as hex.
  return bytes.toString('hex');
}

/** Reads a response; a value with an empty name is one more value of the attribute before it. */
export function decodeResponse(data: Buffer): IppResponse {
  if (data.length < 9) throw new IppFormatError('The print service answered with a message too short to be IPP.');
  const status = data.readUInt16BE(2);
  const requestId = data.readUInt32BE(4);
  const groups: IppGroup[] = [];
  let group: IppGroup | null = null;
  let last: IppValue[] | null = null;
  let at = 8;
  const need = (n: number) => {
    if (at + n > data.length) throw new IppFormatError('The print service answered with a message cut short.');
  };
  for (;;) {
    need(1);
    const tag = data[at]!;
    at += 1;
    if (tag === IPP_GROUP.end) break;
    if (tag <= 0x0f) {
      group = { tag, attributes: new Map() };
      groups.push(group);
      last = null;
      continue;
    }
    if (!group) throw new IppFormatError('The print service sent a value outside any attribute group.');
    need(2);
    const nameLength = data.readUInt16BE(at);
    at += 2;
    need(nameLength + 2);
    const name = data.subarray(at, at + nameLength).toString('utf8');
    at += nameLength;
    const valueLength = data.readUInt16BE(at);
    at += 2;
    need(valueLength);
    const value = decodeValue(tag, data.subarray(at, at + valueLength));
    at += valueLength;
    if (nameLength === 0) {
      last?.push(value);
    } else {
      last = [value];
      group.attributes.set(name, last);
    }
  }
  return { status, requestId, groups };
}

/** IPP status codes below 0x0100 are successes. */
export const ippSucceeded = (status: number): boolean => status < 0x0100;
export const IPP_NOT_FOUND = 0x0406;
