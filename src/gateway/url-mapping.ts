import { isUuid } from '../model/text.js';

export type ZgwApi = 'zaken' | 'catalogi' | 'documenten';

/** Each ZGW resource the element reads, and the API that serves it (CONTRACT 5). */
export const RESOURCE_API = {
  zaken: 'zaken',
  statussen: 'zaken',
  resultaten: 'zaken',
  zaakinformatieobjecten: 'zaken',
  zaaktypen: 'catalogi',
  statustypen: 'catalogi',
  resultaattypen: 'catalogi',
  enkelvoudiginformatieobjecten: 'documenten',
} as const satisfies Record<string, ZgwApi>;

export type ZgwResource = keyof typeof RESOURCE_API;

export { isUuid };

function isZgwResource(name: string | undefined): name is ZgwResource {
  return name !== undefined && Object.hasOwn(RESOURCE_API, name);
}

/** The end of a resource path: `/{resource}[/{uuid}[/download]]`, one trailing slash allowed. */
const RESOURCE_PATH = /\/([a-z]+)(?:\/([\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})(\/download)?)?\/?$/i;

/**
 * Maps a resource URL from a response onto the gateway by what it names (CONTRACT 5):
 * `…/{resource}[/{uuid}[/download]][?query]` → `{gateway}/{api}/api/v1/{resource}[/{uuid}[/download]][?query]`.
 * `gateway` must be absolute; a relative URL resolves against it. Null when the URL names no known resource.
 */
export function mapToGateway(resourceUrl: string, gateway: string): string | null {
  if (typeof resourceUrl !== 'string' || resourceUrl.trim() === '') return null;
  let url: URL;
  try {
    // A rewriting gateway may leave out scheme and host (`/catalogi/api/v1/…`): it names its own resources.
    url = new URL(resourceUrl, `${gateway}/`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The URL parser has already resolved `..`; an encoded slash or dot never names a resource.
  const [, resource, uuid, download] = RESOURCE_PATH.exec(url.pathname) ?? [];
  if (!isZgwResource(resource) || (download && resource !== 'enkelvoudiginformatieobjecten')) return null;
  return gatewayUrl(gateway, resource, uuid, undefined, download !== undefined) + url.search;
}

/** Builds `{gateway}/{api}/api/v1/{resource}[/{uuid}[/download]]` with the given query. `gateway` must be absolute. */
export function gatewayUrl(
  gateway: string,
  resource: ZgwResource,
  uuid?: string | null,
  query?: Readonly<Record<string, string>>,
  download = false,
): string {
  const base = gateway.replace(/\/+$/, '');
  let path = `${base}/${RESOURCE_API[resource]}/api/v1/${resource}`;
  if (uuid) {
    if (!isUuid(uuid)) throw new TypeError(`Not a UUID: ${uuid}`);
    path += `/${uuid}${download ? '/download' : ''}`;
  }
  const search = query ? new URLSearchParams(query).toString() : '';
  return search ? `${path}?${search}` : path;
}

/** True when `url` lies under the gateway base (same origin, same path prefix). */
export function isOnGateway(url: string, gateway: string): boolean {
  try {
    const target = new URL(url);
    const base = new URL(gateway.replace(/\/*$/, '/'));
    return target.origin === base.origin && target.pathname.startsWith(base.pathname);
  } catch {
    return false;
  }
}
