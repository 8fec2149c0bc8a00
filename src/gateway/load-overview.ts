import { warmUpFormatters } from '../i18n/format.js';
import { isRecord, objectOrNull, text } from '../model/text.js';
import type { OverviewInput } from '../model/overview.js';
import type { Status, StatusType, Zaak, ZaakType } from '../model/zgw.js';
import type { GatewayClient } from './client.js';
import { GatewayError } from './errors.js';

export const OVERVIEW_EXPAND = 'zaaktype,status,status.statustype';

export type OverviewData = Omit<OverviewInput, 'labels'>;

/**
 * The logged-in resident's zaken: every page of `/zaken` (the gateway scopes it to the person: the
 * element never sends a BSN or any other personal filter), then what `_expand` did not bring:
 * each distinct zaaktype and status in one round trip, each distinct statustype in the next.
 * Catalogue resources come from the page-wide cache.
 */
export async function loadOverview(client: GatewayClient, signal: AbortSignal): Promise<OverviewData> {
  warmUpFormatters(); // deferred: runs while the first request is in flight
  const zaken = await listZaken(client, signal);
  const zaaktypen = new Map<string, ZaakType>();
  const statussen = new Map<string, Status>();
  const statustypen = new Map<string, StatusType>();

  for (const zaak of zaken) {
    const expanded = objectOrNull(zaak._expand);
    const zaaktype = objectOrNull(expanded?.zaaktype);
    const zaaktypeUrl = text(zaak.zaaktype);
    if (zaaktype && zaaktypeUrl) {
      zaaktypen.set(zaaktypeUrl, zaaktype);
      client.remember(zaaktypeUrl, zaaktype as Record<string, unknown>);
    }
    const status = objectOrNull(expanded?.status);
    const statusUrl = text(zaak.status);
    if (status && statusUrl) statussen.set(statusUrl, status);
    const statustype = objectOrNull(objectOrNull(status?._expand)?.statustype);
    const statustypeUrl = text(status?.statustype);
    if (statustype && statustypeUrl) {
      statustypen.set(statustypeUrl, statustype);
      client.remember(statustypeUrl, statustype as Record<string, unknown>);
    }
  }

  const missing = (urls: Array<string | null>, known: ReadonlyMap<string, unknown>) =>
    [...new Set(urls.filter((url): url is string => url !== null && !known.has(url)))];

  await Promise.all([
    ...missing(zaken.map((zaak) => text(zaak.zaaktype)), zaaktypen).map((url) =>
      optional(client.getCatalogueResource(url, signal), (value) => zaaktypen.set(url, value as ZaakType)),
    ),
    ...missing(zaken.map((zaak) => text(zaak.status)), statussen).map((url) =>
      optional(client.getResource(url, signal), (value) => statussen.set(url, value as Status)),
    ),
  ]);
  await Promise.all(
    missing([...statussen.values()].map((status) => text(status.statustype)), statustypen).map((url) =>
      optional(client.getCatalogueResource(url, signal), (value) => statustypen.set(url, value as StatusType)),
    ),
  );
  return { zaken, zaaktypen, statussen, statustypen };
}

function listZaken(client: GatewayClient, signal: AbortSignal): Promise<Zaak[]> {
  return client.withExpand(
    (expand) => client.getList<Zaak>(client.url('zaken', null, expand ? { expand: OVERVIEW_EXPAND } : {}), signal),
    // An empty list says nothing about `expand`.
    (zaken) => zaken.length === 0 || zaken.some((zaak) => isRecord(zaak._expand)),
  );
}

/**
 * A status or type the gateway will not give (403, 404) or cannot map only costs that zaak its
 * status line; anything else (401, 5xx, a timeout) fails the overview.
 */
async function optional<T>(request: Promise<T>, use: (value: T) => void): Promise<void> {
  try {
    use(await request);
  } catch (error) {
    if (error instanceof GatewayError && ['forbidden', 'not-found'].includes(error.kind)) return;
    if (error instanceof GatewayError && error.kind === 'invalid-response' && error.status === undefined) return;
    throw error;
  }
}
