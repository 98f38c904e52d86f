// Copies the sample articles below into www/samples/ (git-ignored) and writes
// www/samples/index.json, the list the page's "try a sample" offers:
// [{"file": "belgium-alibaba.txt", "title": <the article's first line>, "length": <UTF-16 units>}]
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

// Real articles whose terms allow shipping them; add a path here to offer another.
const SAMPLES = ['tests/golden/belgium-alibaba.txt'];

const to = 'www/samples';
await mkdir(to, { recursive: true });
const index = [];
for (const path of SAMPLES) {
  const file = basename(path);
  const text = await readFile(path, 'utf8');
  await copyFile(path, join(to, file));
  const title = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? file;
  index.push({ file, title, length: text.length });
}
await writeFile(join(to, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`samples: ${index.length} article(s) in ${to}/: ${index.map((s) => s.file).join(', ')}`);
