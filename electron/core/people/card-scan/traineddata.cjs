'use strict';
/**
 * What a tesseract traineddata file holds, read from its table of components: a count,
 * then each component's offset (int64, -1 when absent), then the components.
 */
/** tessdata's component indexes (tessdatamanager.h): the LSTM model's dictionaries, and its character set. */
const LSTM_DAWGS = [18, 19, 20];
const LSTM_UNICHARSET = 21;

/**
 * The letters a model can write, from its traineddata: a count of components, then each
 * component's offset (int64, -1 when absent); the unicharset is text, one character a line
 * after a count, the character first.
 */
function charsetOf(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getInt32(0, true);
  const offset = (i) => Number(view.getBigInt64(4 + 8 * i, true));
  // An older file's shorter table has no LSTM character set.
  if (count <= LSTM_UNICHARSET) return [];
  const start = offset(LSTM_UNICHARSET);
  if (start < 0) return [];
  let end = data.byteLength;
  for (let i = LSTM_UNICHARSET + 1; i < count; i++) if (offset(i) > start) end = Math.min(end, offset(i));
  const lines = Buffer.from(data.buffer, data.byteOffset + start, end - start)
    .toString('utf8')
    .split('\n')
    .slice(1);
  return lines.map((l) => l.split(' ')[0]).filter((c) => c && c !== 'NULL' && c !== 'Joined' && !c.startsWith('|Broken|'));
}

/**
 * The model without its dictionaries: a name is no dictionary word, and the dictionaries
 * are most of what a model costs in memory (~7 of ~13 MB a language). The dictionaries
 * cannot be turned off by a parameter (the LSTM recogniser's own dictionary ignores them),
 * so their components are marked absent in the file the engine loads.
 */
function withoutDictionaries(data) {
  const copy = new Uint8Array(data);
  const view = new DataView(copy.buffer);
  for (const i of LSTM_DAWGS) if (i < view.getInt32(0, true)) view.setBigInt64(4 + 8 * i, -1n, true);
  return copy;
}

module.exports = { charsetOf, withoutDictionaries };
