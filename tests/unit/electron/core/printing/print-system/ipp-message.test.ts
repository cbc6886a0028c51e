import { describe, expect, it } from 'vitest';
import {
  decodeResponse,
  encodeRequest,
  IPP_GROUP,
  IPP_OPERATION,
  IPP_VALUE,
  IppFormatError,
} from '../../../../../../electron/core/printing/print-system/ipp-message';

/** One attribute as RFC 8010 §3.1.4 lays it out. */
function attr(tag: number, name: string, value: Buffer): Buffer {
  const n = Buffer.from(name);
  const head = Buffer.alloc(5);
  head[0] = tag;
  head.writeUInt16BE(n.length, 1);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(value.length);
  return Buffer.concat([head.subarray(0, 3), n, len, value]);
}
const int = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

describe('IPP messages', () => {
  it('encodes Get-Jobs with the charset and language first, and extra values with an empty name', () => {
    const bytes = encodeRequest({
      operation: IPP_OPERATION.getJobs,
      requestId: 7,
      attributes: [{ tag: IPP_VALUE.keyword, name: 'requested-attributes', values: ['job-id', 'job-state'] }],
    });
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x01, 0x01, 0x00, 0x0a, 0, 0, 0, 7]));
    expect(bytes[8]).toBe(IPP_GROUP.operation);
    const rest = bytes.subarray(9);
    expect(rest).toEqual(
      Buffer.concat([
        attr(IPP_VALUE.charset, 'attributes-charset', Buffer.from('utf-8')),
        attr(IPP_VALUE.naturalLanguage, 'attributes-natural-language', Buffer.from('en')),
        attr(IPP_VALUE.keyword, 'requested-attributes', Buffer.from('job-id')),
        attr(IPP_VALUE.keyword, '', Buffer.from('job-state')),
        Buffer.from([IPP_GROUP.end]),
      ]),
    );
  });

  it('reads a response with one group per job, several values, and text with a language', () => {
    const textWithLang = Buffer.concat([Buffer.from([0, 2]), Buffer.from('fr'), Buffer.from([0, 5]), Buffer.from('prêt', 'utf8').subarray(0, 5)]);
    const data = Buffer.concat([
      Buffer.from([0x02, 0x00, 0x00, 0x00, 0, 0, 0, 1, IPP_GROUP.operation]),
      attr(IPP_VALUE.charset, 'attributes-charset', Buffer.from('utf-8')),
      Buffer.from([IPP_GROUP.job]),
      attr(IPP_VALUE.integer, 'job-id', int(12)),
      attr(IPP_VALUE.enum, 'job-state', int(9)),
      attr(IPP_VALUE.keyword, 'job-state-reasons', Buffer.from('job-completed-successfully')),
      attr(IPP_VALUE.keyword, '', Buffer.from('processing-to-stop-point')),
      Buffer.from([IPP_GROUP.job]),
      attr(IPP_VALUE.integer, 'job-id', int(13)),
      attr(IPP_VALUE.textWithLanguage, 'job-printer-state-message', textWithLang),
      Buffer.from([IPP_GROUP.end]),
    ]);
    const r = decodeResponse(data);
    expect(r.status).toBe(0);
    expect(r.groups.map((g) => g.tag)).toEqual([IPP_GROUP.operation, IPP_GROUP.job, IPP_GROUP.job]);
    expect(Object.fromEntries(r.groups[1]!.attributes)).toEqual({
      'job-id': [12],
      'job-state': [9],
      'job-state-reasons': ['job-completed-successfully', 'processing-to-stop-point'],
    });
    expect(r.groups[2]!.attributes.get('job-printer-state-message')).toEqual(['prêt']);
  });

  it('refuses a message cut short instead of reading past its end', () => {
    const whole = Buffer.concat([
      Buffer.from([0x02, 0x00, 0x00, 0x00, 0, 0, 0, 1, IPP_GROUP.job]),
      attr(IPP_VALUE.integer, 'job-id', int(12)),
      Buffer.from([IPP_GROUP.end]),
    ]);
    for (const cut of [4, 10, 14, whole.length - 1]) expect(() => decodeResponse(whole.subarray(0, cut))).toThrow(IppFormatError);
    expect(() => decodeResponse(Buffer.concat([Buffer.from([0x02, 0, 0, 0, 0, 0, 0, 1]), attr(IPP_VALUE.integer, 'job-id', int(1))]))).toThrow(
      /outside any attribute group/,
    );
  });
});
