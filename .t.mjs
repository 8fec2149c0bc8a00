import YAML from 'yaml';
import { readFileSync } from 'node:fs';
const [f, ...names] = process.argv.slice(2);
const s = YAML.parse(readFileSync(f,'utf8'));
const strip = (n) => { if (Array.isArray(n)) return n.map(strip); if (!n || typeof n !== 'object') return n; const o={}; for (const [k,v] of Object.entries(n)) { if (k==='description'||k==='title') continue; o[k]=strip(v);} return o; };
for (const n of names) {
  if (n.startsWith('/')) { const [p, m] = n.split(' '); const op = s.paths[p][m]; console.log(n, JSON.stringify(strip({params: op.parameters?.map(x=>x.name), req: op.requestBody, resp: op.responses}), null, 1).slice(0, 3000)); }
  else console.log(n, JSON.stringify(strip(s.components.schemas[n]), null, 1));
}
