'use strict';
/**
 * The line readers' thread: one tesseract engine per language, each reading the same short
 * line (a card's name) on its own. tesseract.js's worker holds one engine, and with several
 * languages in one engine a word is read in the first language that reads it acceptably, so
 * "Núñez" comes back as "Nunez" from a French-first engine. Separate engines share one
 * WebAssembly instance here, which costs each language only its model. Language data comes
 * from the shipped packages (ocr-language-file.cjs); nothing here touches the network.
 *
 * Messages: { id, type: 'start', languages, parameters } → { id, charsets: { [code]: [chars] } };
 * { id, type: 'read', png } → { id, readings: [{ language, words: [{ text, confidence, box }] }] };
 * a failure → { id, error }.
 */
const fs = require('node:fs');
const zlib = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const getCore = require('tesseract.js/src/worker-script/node/getCore');
const { languageFile } = require('./ocr-language-file.cjs');
const { charsetOf, withoutDictionaries } = require('./traineddata.cjs');

const LSTM_ONLY = 1;

let core = null;
const engines = new Map();

async function start(languages, parameters) {
  const Core = await getCore(LSTM_ONLY, undefined, { progress() {} });
  core ??= await Core({ TesseractProgress() {} });
  const charsets = {};
  for (const code of languages) {
    const data = zlib.gunzipSync(fs.readFileSync(languageFile(code)));
    charsets[code] = charsetOf(data);
    if (engines.has(code)) continue;
    const file = `/${code}.traineddata`;
    core.FS.writeFile(file, withoutDictionaries(data));
    const api = new core.TessBaseAPI();
    const status = api.Init(null, code, LSTM_ONLY);
    // The model is in the engine now; the file would only hold a second copy in memory.
    core.FS.unlink(file);
    if (status !== 0) throw new Error(`The ${code} language data could not be loaded`);
    for (const [key, value] of Object.entries(parameters)) api.SetVariable(key, value);
    engines.set(code, api);
  }
  return { charsets };
}

/** tesseract's TSV: level 5 rows are words (left, top, width, height, conf, text in columns 6–11). */
function wordsOf(tsv) {
  return tsv
    .split('\n')
    .map((row) => row.split('\t'))
    .filter((c) => c[0] === '5' && c.length >= 12 && c.slice(11).join('\t').trim() !== '')
    .map((c) => {
      const [left, top, width, height, conf] = c.slice(6, 11).map(Number);
      return { text: c.slice(11).join('\t').trim(), confidence: conf, box: { x0: left, y0: top, x1: left + width, y1: top + height } };
    });
}

function read(png) {
  const readings = [];
  for (const [language, api] of engines) {
    // tesseract.js-core's SetImageFile reads the image from this one path.
    core.FS.writeFile('/input', png);
    if (api.SetImageFile(1, 0) === 1) throw new Error('The line image could not be read');
    api.Recognize(null);
    readings.push({ language, words: wordsOf(api.GetTSVText(0)) });
    api.Clear();
  }
  core.FS.unlink('/input');
  return { readings };
}

parentPort.on('message', async (message) => {
  try {
    const result = message.type === 'start' ? await start(message.languages, message.parameters) : read(message.png);
    parentPort.postMessage({ id: message.id, ...result });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
