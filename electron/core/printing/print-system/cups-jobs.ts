import http from 'node:http';
import { decodeResponse, encodeRequest, IPP_GROUP, IPP_OPERATION, IPP_VALUE, ippSucceeded, type IppGroup } from './ipp-message';
import type { CupsAddress } from './cups-server';
import type { JobState, JobStatus } from './print-system';

/** IPP job-state values (RFC 8011 §5.3.7). */
const STATES: Record<number, JobState> = { 3: 'pending', 4: 'held', 5: 'processing', 6: 'stopped', 7: 'canceled', 8: 'aborted', 9: 'completed' };

/** The scheduler could not be reached at all (no socket, connection refused). */
export class CupsUnreachableError extends Error {}

function post(address: CupsAddress, body: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const where = 'socketPath' in address ? { socketPath: address.socketPath } : { host: address.host, port: address.port };
    const host = 'socketPath' in address ? 'localhost' : `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
    const request = http.request(
      { ...where, method: 'POST', path: '/', headers: { 'Content-Type': 'application/ipp', 'Content-Length': body.length, Host: host }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`The print service answered HTTP ${response.statusCode ?? '?'}.`));
          else resolve(Buffer.concat(chunks));
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('The print service did not answer in time.')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' || error.code === 'EPIPE')
        reject(new CupsUnreachableError(error.message));
      else reject(error);
    });
    request.end(body);
  });
}

function firstText(group: IppGroup, name: string): string | null {
  const v = group.attributes.get(name)?.[0];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The numeric job id in lp's request id ("PDF-12" → 12). */
export function jobNumber(requestId: string): number | null {
  const n = /-(\d+)$/.exec(requestId)?.[1];
  return n ? Number(n) : null;
}

/**
 * Every job the scheduler still knows about, finished or not, in one Get-Jobs request.
 * CUPS keeps finished jobs in its history (500 by default), so a job it does not list is one
 * it lost or purged long ago.
 */
export async function cupsJobStates(address: CupsAddress, user: string, requestIds: string[], timeoutMs = 5_000): Promise<Map<string, JobStatus>> {
  const body = encodeRequest({
    operation: IPP_OPERATION.getJobs,
    requestId: 1,
    attributes: [
      { tag: IPP_VALUE.uri, name: 'printer-uri', values: ['ipp://localhost/'] },
      { tag: IPP_VALUE.name, name: 'requesting-user-name', values: [user] },
      { tag: IPP_VALUE.keyword, name: 'which-jobs', values: ['all'] },
      { tag: IPP_VALUE.keyword, name: 'requested-attributes', values: ['job-id', 'job-state', 'job-state-reasons', 'job-printer-state-message'] },
    ],
  });
  const response = decodeResponse(await post(address, body, timeoutMs));
  if (!ippSucceeded(response.status)) throw new Error(`The print service refused to list its jobs (IPP status 0x${response.status.toString(16)}).`);
  const known = new Map<number, JobStatus>();
  for (const group of response.groups) {
    if (group.tag !== IPP_GROUP.job) continue;
    const id = group.attributes.get('job-id')?.[0];
    const state = group.attributes.get('job-state')?.[0];
    if (typeof id !== 'number' || typeof state !== 'number') continue;
    known.set(id, { state: STATES[state] ?? 'pending', detail: firstText(group, 'job-printer-state-message') });
  }
  return new Map(requestIds.map((r) => [r, known.get(jobNumber(r) ?? -1) ?? { state: 'gone', detail: null }]));
}
