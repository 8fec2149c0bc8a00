// UPLOAD_* (CONTRACT 8 and 10): what the gateway fills in for a resident's upload and what it
// accepts. Uploads are on when UPLOAD_INFORMATIEOBJECTTYPE is set; any other UPLOAD_* without it,
// an unknown UPLOAD_* name or a malformed value stops start-up.
import type { EnvReader } from './env.js';
import { SNIFFABLE, type Sniffable } from './magic.js';

export interface UploadConfig {
  informatieobjecttype: string;
  bronorganisatie: string;
  vertrouwelijkheidaanduiding: string;
  auteur: string;
  maxBytes: number;
  accept: Sniffable[];
  /** zaaktype URLs as Open Zaak writes them */
  zaaktypen: string[];
}

const KNOWN = ['UPLOAD_INFORMATIEOBJECTTYPE', 'UPLOAD_BRONORGANISATIE', 'UPLOAD_VERTROUWELIJKHEIDAANDUIDING', 'UPLOAD_AUTEUR', 'UPLOAD_MAX_BYTES', 'UPLOAD_ACCEPT', 'UPLOAD_ZAAKTYPEN'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/** RSIN: nine digits passing the 11-proef (as a BSN). */
function validRsin(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(v[i]) * (9 - i);
  return (sum - Number(v[8])) % 11 === 0;
}

export function loadUploadConfig(
  env: NodeJS.ProcessEnv,
  { get }: EnvReader,
  problems: string[],
  { catalogi, levels, max }: { catalogi: string; levels: readonly string[]; max: string },
): UploadConfig | undefined {
  const set = Object.keys(env).filter((n) => n.startsWith('UPLOAD_') && get(n) !== undefined);
  for (const n of set) if (!KNOWN.includes(n)) problems.push(`${n} is not a known setting (known: ${KNOWN.join(', ')})`);
  const iot = get('UPLOAD_INFORMATIEOBJECTTYPE');
  if (iot === undefined) {
    if (set.length) problems.push(`${set.join(', ')} set without UPLOAD_INFORMATIEOBJECTTYPE (uploads are off without it)`);
    return undefined;
  }
  const before = problems.length;
  const underCatalogi = (name: string, v: string, resource: string): boolean => {
    const ok = catalogi !== '' && new RegExp(`^${catalogi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${resource}/${UUID}$`).test(v);
    if (!ok) problems.push(`${name} must be a ${resource} URL under ZGW_CATALOGI_URL (${catalogi}/${resource}/{uuid}), got "${v}"`);
    return ok;
  };
  underCatalogi('UPLOAD_INFORMATIEOBJECTTYPE', iot, 'informatieobjecttypen');
  const bron = get('UPLOAD_BRONORGANISATIE') ?? '';
  if (!validRsin(bron)) problems.push(`UPLOAD_BRONORGANISATIE must be the municipality's RSIN (9 digits, 11-proef), got "${bron}"`);
  const vertrouwelijkheid = get('UPLOAD_VERTROUWELIJKHEIDAANDUIDING') ?? max;
  if (!levels.includes(vertrouwelijkheid)) problems.push(`UPLOAD_VERTROUWELIJKHEIDAANDUIDING must be one of ${levels.join(', ')}, got "${vertrouwelijkheid}"`);
  else if (levels.indexOf(vertrouwelijkheid) > levels.indexOf(max)) {
    problems.push(`UPLOAD_VERTROUWELIJKHEIDAANDUIDING (${vertrouwelijkheid}) must not be above MAX_CONFIDENTIALITY (${max}): the resident would not see their own upload`);
  }
  const auteur = get('UPLOAD_AUTEUR') ?? 'Inwoner';
  if (auteur.length > 200 || /[\u0000-\u001f\u007f]/.test(auteur)) problems.push('UPLOAD_AUTEUR must be at most 200 printable characters');
  const maxRaw = get('UPLOAD_MAX_BYTES') ?? String(20 * 1024 * 1024);
  const maxBytes = /^\d{1,10}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (!(maxBytes >= 1 && maxBytes <= MAX_UPLOAD_BYTES)) problems.push(`UPLOAD_MAX_BYTES must be a whole number of bytes from 1 to ${MAX_UPLOAD_BYTES}, got "${maxRaw}"`);
  const accept: Sniffable[] = [];
  for (const t of (get('UPLOAD_ACCEPT') ?? 'application/pdf,image/jpeg,image/png').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if ((SNIFFABLE as readonly string[]).includes(t)) accept.push(t as Sniffable);
    else problems.push(`UPLOAD_ACCEPT: "${t}" cannot be recognised by its content; use some of ${SNIFFABLE.join(', ')}`);
  }
  if (!accept.length) problems.push('UPLOAD_ACCEPT must name at least one type');
  const zaaktypen = (get('UPLOAD_ZAAKTYPEN') ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (!zaaktypen.length) problems.push('UPLOAD_ZAAKTYPEN is missing: the zaaktype URLs whose zaken accept documents from residents');
  for (const z of zaaktypen) underCatalogi('UPLOAD_ZAAKTYPEN', z, 'zaaktypen');
  if (problems.length > before) return undefined;
  return { informatieobjecttype: iot, bronorganisatie: bron, vertrouwelijkheidaanduiding: vertrouwelijkheid, auteur, maxBytes, accept: [...new Set(accept)], zaaktypen };
}
