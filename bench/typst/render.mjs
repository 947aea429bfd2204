// Compiles one Typst file to PDF with typst.ts's Node compiler (Typst 0.14, tagged by default)
// and prints the milliseconds the compilation took inside the process.
// Usage: node render.mjs MAIN.typ OUT.pdf [FONT_DIR...]
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [main, out, ...fontPaths] = process.argv.slice(2);
const compiler = NodeCompiler.create({
  workspace: dirname(main),
  fontArgs: [{ fontPaths: fontPaths.length ? fontPaths : ['/usr/share/fonts'] }],
});
const start = performance.now();
const pdf = compiler.pdf({ mainFileContent: readFileSync(main, 'utf8') });
writeFileSync(out, pdf);
console.log((performance.now() - start).toFixed(1));
