'use strict';
/**
 * The OCR thread: tesseract (compiled to WebAssembly, tesseract.js-core) with one engine
 * for the page and one engine per line language, all in one WebAssembly instance so each
 * costs only its model. The page engine reads a card's languages together; the line
 * engines each read the same short line (a card's name) on their own, because an engine
 * with several languages reads each word in the first language that reads it acceptably
 * ("Núñez" comes back "Nunez" from a French-first engine). Language data comes only from
 * the shipped packages (ocr-language-file.cjs); nothing here touches the network.
 *
 * Messages: { id, type: 'start', page, lines, pageParameters, lineParameters } → { id, charsets: { [code]: [chars] } };
 * { id, type: 'page', png } → { id, lines: [{ text, confidence, box, words: [{ text, confidence, box }] }] };
 * { id, type: 'line', png } → { id, readings: [{ language, words }] }; a failure → { id, error }.
 */
const fs = require('node:fs');
const zlib = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const getCore = require('tesseract.js/src/worker-script/node/getCore');
const { languageFile } = require('./ocr-language-file.cjs');
const { charsetOf, withoutDictionaries } = require('./traineddata.cjs');

const LSTM_ONLY = 1;

let core = null;
let page = null;
const lineEngines = new Map();

function engine(languages, parameters, load) {
  const files = languages.map((code) => {
    const file = `/${code}.traineddata`;
    core.FS.writeFile(file, load(code));
    return file;
  });
  const api = new core.TessBaseAPI();
  const status = api.Init(null, languages.join('+'), LSTM_ONLY);
  // The models are in the engine now; the files would only hold a second copy in memory.
  for (const file of files) core.FS.unlink(file);
  if (status !== 0) throw new Error(`The ${languages.join('+')} language data could not be loaded`);
  for (const [key, value] of Object.entries(parameters)) api.SetVariable(key, value);
  return api;
}

async function start({ page: pageLanguages, lines, pageParameters, lineParameters }) {
  const Core = await getCore(LSTM_ONLY, undefined, { progress() {} });
  // Leptonica's notes on each image ("box outside rectangle") are no message for anyone.
  core ??= await Core({ TesseractProgress() {}, print() {}, printErr() {} });
  // French and German are in both the page engine and the line engines: each file is read and unpacked once.
  const files = new Map();
  const unpacked = (code) => {
    if (!files.has(code)) files.set(code, zlib.gunzipSync(fs.readFileSync(languageFile(code))));
    return files.get(code);
  };
  page ??= engine(pageLanguages, pageParameters, unpacked);
  for (const code of files.keys()) if (!lines.includes(code)) files.delete(code);
  const charsets = {};
  for (const code of lines) {
    const data = unpacked(code);
    files.delete(code);
    charsets[code] = charsetOf(data);
    // A name is no dictionary word, and the dictionaries are half of what a model costs in memory.
    if (!lineEngines.has(code))
      lineEngines.set(
        code,
        engine([code], lineParameters, () => withoutDictionaries(data)),
      );
  }
  return { charsets };
}

/** tesseract's TSV rows: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
function rowsOf(tsv) {
  return tsv
    .split('\n')
    .map((row) => row.split('\t'))
    .filter((c) => c[0] === '5' && c.length >= 12 && c.slice(11).join('\t').trim() !== '')
    .map((c) => {
      const [left, top, width, height, conf] = c.slice(6, 11).map(Number);
      const word = { text: c.slice(11).join('\t').trim(), confidence: conf, box: { x0: left, y0: top, x1: left + width, y1: top + height } };
      return { line: c.slice(2, 5).join('.'), word };
    });
}

function recognise(api, png) {
  // tesseract.js-core's SetImageFile reads the image from this one path.
  core.FS.writeFile('/input', png);
  try {
    if (api.SetImageFile(1, 0) === 1) throw new Error('The image could not be read');
    api.Recognize(null);
    return rowsOf(api.GetTSVText(0));
  } finally {
    api.Clear();
    core.FS.unlink('/input');
  }
}

/** The page's lines, each with its words, as the engine grouped them. */
function readPage(png) {
  const lines = new Map();
  for (const { line, word } of recognise(page, png)) {
    const l = lines.get(line) ?? { words: [] };
    l.words.push(word);
    lines.set(line, l);
  }
  return {
    lines: [...lines.values()].map(({ words }) => ({
      text: words.map((w) => w.text).join(' '),
      confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
      box: {
        x0: Math.min(...words.map((w) => w.box.x0)),
        y0: Math.min(...words.map((w) => w.box.y0)),
        x1: Math.max(...words.map((w) => w.box.x1)),
        y1: Math.max(...words.map((w) => w.box.y1)),
      },
      words,
    })),
  };
}

function readLine(png) {
  return { readings: [...lineEngines].map(([language, api]) => ({ language, words: recognise(api, png).map((r) => r.word) })) };
}

parentPort.on('message', async (message) => {
  try {
    const handler = { start: () => start(message), page: () => readPage(message.png), line: () => readLine(message.png) }[message.type];
    if (!handler) throw new Error(`The OCR thread has no request called ${String(message.type)}`);
    parentPort.postMessage({ id: message.id, ...(await handler()) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    // After WebAssembly aborts, its engines are broken: end the thread, and the next card starts a new one.
    if (error instanceof WebAssembly.RuntimeError || /abort/i.test(String(error))) process.exit(1);
  }
});
