import { warmUpFormatters } from '../i18n/format.js';
import type { LinkedDocument } from '../model/documents.js';
import { isRecord, objectOrNull, resourceKey, text } from '../model/text.js';
import { findCurrentStatus } from '../model/timeline.js';
import type {
  EnkelvoudigInformatieObject,
  Resultaat,
  ResultaatType,
  Status,
  StatusType,
  Zaak,
  ZaakInformatieObject,
  ZaakType,
} from '../model/zgw.js';
import type { MissingPart } from '../model/view-model.js';
import type { GatewayClient } from './client.js';
import { GatewayError } from './errors.js';
import { isUuid } from './url-mapping.js';

export const ZAAK_EXPAND = 'zaaktype,status,status.statustype,resultaat,resultaat.resultaattype';

export type { MissingPart };

/** What the timeline and the details need besides the zaak itself. */
export interface ZaakTimelineData {
  zaak: Zaak;
  zaaktype: ZaakType | null;
  statustypen: StatusType[];
  statussen: Status[];
  /** The current status's statustype when it is not among `statustypen` (an older zaaktype version). */
  currentStatustype: StatusType | null;
  resultaat: Resultaat | null;
  resultaattype: ResultaatType | null;
  missing: MissingPart[];
}

export interface ZaakDocumentsData {
  zaak: Zaak;
  items: LinkedDocument[];
}

/**
 * Round trip 1: the zaak, by UUID or by `identificatie`, with `expand` where the gateway allows it.
 * A `400` on `expand`, or an answer without `_expand`, makes the element ask plainly from then on.
 */
export async function loadZaak(client: GatewayClient, reference: string, signal: AbortSignal): Promise<Zaak> {
  warmUpFormatters(); // deferred: runs while the first request is in flight
  const zaak = await client.withExpand(
    (expand) => fetchZaak(client, reference, expand, signal),
    (answer) => isRecord(answer._expand),
  );
  rememberExpandedCatalogue(client, zaak);
  return zaak;
}

async function fetchZaak(client: GatewayClient, reference: string, expand: boolean, signal: AbortSignal): Promise<Zaak> {
  const query: Record<string, string> = expand ? { expand: ZAAK_EXPAND } : {};
  if (isUuid(reference)) {
    const zaak = asZaak(await client.getJson(client.url('zaken', reference, query), signal));
    // Another zaak than the one asked for is worse than none (CONTRACT 5).
    const carried = text(zaak.uuid) ?? text(zaak.url)?.replace(/\/+$/, '').split('/').at(-1);
    if (carried?.toLowerCase() !== reference.toLowerCase()) throw new GatewayError('not-found');
    return zaak;
  }
  const body = await client.getJson(client.url('zaken', null, { identificatie: reference, ...query }), signal);
  if (!Array.isArray(body.results)) throw new GatewayError('invalid-response');
  // The gateway filters; the element checks, because the wrong zaak is worse than none.
  const match = body.results.find((zaak: unknown) => isRecord(zaak) && zaak.identificatie === reference);
  if (match === undefined) throw new GatewayError('not-found', { status: 404 });
  return asZaak(match);
}

function asZaak(value: unknown): Zaak {
  if (!isRecord(value) || text(value.url) === null) throw new GatewayError('invalid-response');
  return value as Zaak;
}

function rememberExpandedCatalogue(client: GatewayClient, zaak: Zaak): void {
  const expanded = objectOrNull(zaak._expand);
  if (expanded === null) return;
  const zaaktype = objectOrNull(expanded.zaaktype);
  if (zaaktype) client.remember(zaak.zaaktype, zaaktype as Record<string, unknown>);
  const status = objectOrNull(expanded.status);
  const statustype = objectOrNull(objectOrNull(status?._expand)?.statustype);
  if (statustype) client.remember(status?.statustype, statustype as Record<string, unknown>);
  const resultaat = objectOrNull(expanded.resultaat);
  const resultaattype = objectOrNull(objectOrNull(resultaat?._expand)?.resultaattype);
  if (resultaattype) client.remember(resultaat?.resultaattype, resultaattype as Record<string, unknown>);
}

/**
 * Round trip 2 (3 for a result type without `expand`, or a current statustype of an older zaaktype
 * version): statussen, the zaaktype's statustypen, the zaaktype and the result. Statustypen are
 * looked up by the zaak's own zaaktype URL, never by identificatie: versions differ. An optional
 * part (zaaktype, statustypen, result) that fails is left out and named in `missing`.
 */
export async function loadTimelineData(client: GatewayClient, zaak: Zaak, signal: AbortSignal): Promise<ZaakTimelineData> {
  const zaakUrl = text(zaak.url);
  if (zaakUrl === null) throw new GatewayError('invalid-response');
  const zaaktypeUrl = text(zaak.zaaktype);
  const expanded = objectOrNull(zaak._expand);
  const missing = new Set<MissingPart>();
  const part = async <T>(name: MissingPart, request: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      if (signal.aborted) throw error;
      missing.add(name);
      return fallback;
    }
  };
  const needZaaktype = () => (zaaktypeUrl === null ? Promise.reject(new GatewayError('invalid-response')) : Promise.resolve(zaaktypeUrl));

  const [statussen, statustypen, zaaktype, result] = await Promise.all([
    // The statussen are the zaak's own data, not an optional part: their failure is the page's.
    client.getList<Status>(client.url('statussen', null, { zaak: zaakUrl }), signal),
    part('steps', async () => client.getCatalogueList<StatusType>(client.url('statustypen', null, { zaaktype: await needZaaktype() }), signal), []),
    part(
      'zaaktype',
      async () => (objectOrNull(expanded?.zaaktype) ?? (await client.getCatalogueResource(await needZaaktype(), signal))) as ZaakType,
      null,
    ),
    part('result', () => loadResult(client, zaak, signal), { resultaat: null, resultaattype: null }),
  ]);

  // A current status of an older zaaktype version names a statustype outside the list: fetch that one too.
  const currentTypeUrl = findCurrentStatus(zaak, statussen)?.statustype;
  const currentKey = resourceKey(currentTypeUrl);
  const listed = currentKey === null || statustypen.some((statustype) => resourceKey(statustype.url) === currentKey);
  const currentStatustype = listed
    ? null
    : await part('steps', async () => (await client.getCatalogueResource(currentTypeUrl, signal)) as StatusType, null);
  return { zaak, zaaktype, statustypen, statussen, currentStatustype, ...result, missing: [...missing] };
}

/** The result is a detail: when it cannot be read, the rest still shows. */
async function loadResult(
  client: GatewayClient,
  zaak: Zaak,
  signal: AbortSignal,
): Promise<{ resultaat: Resultaat | null; resultaattype: ResultaatType | null }> {
  const resultaatUrl = text(zaak.resultaat);
  if (resultaatUrl === null) return { resultaat: null, resultaattype: null };
  const expanded = objectOrNull(objectOrNull(zaak._expand)?.resultaat);
  const resultaat: Resultaat = expanded ?? ((await client.getResource(resultaatUrl, signal)) as Resultaat);
  const expandedType = objectOrNull(objectOrNull(expanded?._expand)?.resultaattype);
  const resultaattype: ResultaatType =
    expandedType ?? ((await client.getCatalogueResource(resultaat.resultaattype, signal)) as ResultaatType);
  return { resultaat, resultaattype };
}

/**
 * Round trips 2 and 3: the zaak's document links, then every document. A document the gateway
 * refuses or no longer has (403, 404) is left out; any other failure fails the documents.
 */
export async function loadDocuments(client: GatewayClient, zaak: Zaak, signal: AbortSignal): Promise<ZaakDocumentsData> {
  const zaakUrl = text(zaak.url);
  if (zaakUrl === null) throw new GatewayError('invalid-response');
  const links = await client.getList<ZaakInformatieObject>(client.url('zaakinformatieobjecten', null, { zaak: zaakUrl }), signal);
  const items = await Promise.all(
    links.map(async (link): Promise<LinkedDocument | null> => {
      // A link to a system outside the ZGW APIs is never fetched.
      if (client.map(link.informatieobject) === null) return null;
      try {
        const document = (await client.getResource(link.informatieobject, signal)) as EnkelvoudigInformatieObject;
        return { link, document };
      } catch (error) {
        if (error instanceof GatewayError && (error.kind === 'forbidden' || error.kind === 'not-found')) return null;
        throw error;
      }
    }),
  );
  return { zaak, items: items.filter((item): item is LinkedDocument => item !== null) };
}
