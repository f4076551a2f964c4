// wink-nlp baseline for benchmarks/throughput.sh: reads every .txt under a folder (one at a time, as
// raidlog does), runs readDoc + entities, and prints one line: "wink articles=N bytes=B seconds=S".
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.txt')) yield full;
  }
}

const folder = process.argv[2];
if (!folder) { console.error('usage: node bench.js FOLDER'); process.exit(2); }
const start = process.hrtime.bigint();
let articles = 0, bytes = 0, entities = 0;
for (const file of files(folder)) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  entities += nlp.readDoc(text).entities().out(its.detail).length;
  articles++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`wink articles=${articles} bytes=${bytes} seconds=${seconds.toFixed(3)} entities=${entities}`);
