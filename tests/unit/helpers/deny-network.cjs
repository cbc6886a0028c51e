'use strict';
/**
 * Preloaded (node --require) into a process and, through execArgv, into its worker
 * threads: every way Node reaches the network throws, and is written to NET_LOG first,
 * so a test can tell that nothing tried. A local socket file (a Unix socket or Windows
 * pipe, as the tsx loader uses to talk to its own process) is no network and stays open.
 */
const fs = require('node:fs');
const log = process.env.NET_LOG;

function deny(what) {
  return function denied() {
    if (log) fs.appendFileSync(log, `${what}\n`);
    throw new Error(`network access denied: ${what}`);
  };
}

const net = require('node:net');
const isLocalSocket = (a) => (typeof a === 'string' && Number.isNaN(Number(a))) || (a !== null && typeof a === 'object' && typeof a.path === 'string');
for (const [owner, key, what] of [
  [net.Socket.prototype, 'connect', 'net.Socket.connect'],
  [net, 'connect', 'net.connect'],
  [net, 'createConnection', 'net.createConnection'],
]) {
  const original = owner[key];
  const denied = deny(what);
  owner[key] = function connect(...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    return isLocalSocket(first) ? original.apply(this, args) : denied();
  };
}
require('node:tls').connect = deny('tls.connect');
const dns = require('node:dns');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
dns.promises.lookup = deny('dns.promises.lookup');
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  m.request = deny(`${mod}.request`);
  m.get = deny(`${mod}.get`);
}
globalThis.fetch = async (url) => deny(`fetch ${url}`)();
