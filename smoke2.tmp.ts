import { attributeBytes, readManifest, signInFirstLoadFiles } from './bench/size';
const m = readManifest('test-results/smoke');
const totals = new Map<string, number>();
for (const f of signInFirstLoadFiles(m).filter(f => !f.includes('rolldown-runtime'))) for (const [k, v] of attributeBytes('test-results/smoke/' + f)) totals.set(k, (totals.get(k) ?? 0) + v);
const src = [...totals].filter(([k]) => !k.includes('/cjs/') && !k.startsWith('react-router') ).sort((a, b) => b[1] - a[1]);
console.log(src.map(([k, v]) => `${v}\t${k}`).join('\n'));
