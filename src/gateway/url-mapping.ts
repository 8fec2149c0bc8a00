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

/**
 * Maps a resource URL from a response onto the gateway by what it names (CONTRACT 5):
 * `…/{resource}[/{uuid}[/download]][?query]` → `{gateway}/{api}/api/v1/{resource}[/{uuid}[/download]][?query]`.
 * `gateway` must be absolute. Null when the URL names no known resource.
 */
export function mapToGateway(resourceUrl: string, gateway: string): string | null {
  throw new Error('not implemented');
}

/** Builds `{gateway}/{api}/api/v1/{resource}[/{uuid}]` with the given query. `gateway` must be absolute. */
export function gatewayUrl(
  gateway: string,
  resource: ZgwResource,
  uuid?: string | null,
  query?: Readonly<Record<string, string>>,
): string {
  throw new Error('not implemented');
}
