// CONTRACT 5: "A resource URL from a response … is mapped onto the gateway by what it names, not by its
// host or prefix: its last path segments are a known ZGW resource, optionally a UUID, optionally `download` …
// It becomes `{gateway}/{api}/api/v1/{resource}[/{uuid}[/download]]` with the query kept. …
// A URL that names no known resource is never fetched nor linked."
import { expect } from '@open-wc/testing';
import { RESOURCE_API, gatewayUrl, mapToGateway, type ZgwResource } from '../../../src/gateway/url-mapping.js';

const G = 'https://gemeente.example/api/zgw';
const G_SLASH = 'https://gemeente.example/api/zgw/';
const GATEWAYS = [G, G_SLASH];

const OZ = 'https://openzaak.gemeente.example';
const U = 'd4c0f0a2-3b1e-4c6f-9a8d-2e7b5c1f0a93';
const U2 = '0b6e3f4c-8a1d-4e2f-b5c6-7d8e9f0a1b2c';
const ZAAKTYPE = `${OZ}/catalogi/api/v1/zaaktypen/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d`;

/** What a mapped URL may look like: on the gateway, one of the three APIs, a resource, optional uuid and download. */
const SAFE_PATH = /^\/api\/zgw\/(zaken|catalogi|documenten)\/api\/v1\/[a-z]+(\/[0-9a-fA-F-]{36}(\/download)?)?\/?$/;

function expectOnGatewayOrNull(result: string | null, gateway: string, context: string): void {
  if (result === null) return;
  const base = gateway.replace(/\/$/, '');
  expect(result.startsWith(`${base}/`), `${context}: ${result}`).to.equal(true);
  const parsed = new URL(result);
  expect(parsed.origin, `${context}: ${result}`).to.equal(new URL(gateway).origin);
  expect(parsed.pathname, `${context}: ${result}`).to.match(SAFE_PATH);
  expect(parsed.username + parsed.password, `${context}: ${result}`).to.equal('');
}

describe('mapToGateway (CONTRACT 5)', () => {
  for (const gateway of GATEWAYS) {
    describe(`with gateway ${gateway}`, () => {
      it('maps Open Zaak layout (one host, /zaken/api/v1/…)', () => {
        expect(mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}`, gateway)).to.equal(`${G}/zaken/api/v1/zaken/${U}`);
        expect(mapToGateway(`${OZ}/catalogi/api/v1/zaaktypen/${U}`, gateway)).to.equal(`${G}/catalogi/api/v1/zaaktypen/${U}`);
        expect(mapToGateway(`${OZ}/zaken/api/v1/statussen/${U}`, gateway)).to.equal(`${G}/zaken/api/v1/statussen/${U}`);
      });

      it('maps the one-host-per-API layout (https://zaken.…/api/v1/…)', () => {
        expect(mapToGateway(`https://zaken.example.com/api/v1/zaken/${U}`, gateway)).to.equal(`${G}/zaken/api/v1/zaken/${U}`);
        expect(mapToGateway(`https://catalogi.example.com/api/v1/statustypen/${U}`, gateway)).to.equal(`${G}/catalogi/api/v1/statustypen/${U}`);
        expect(mapToGateway(`https://documenten.example.com/api/v1/enkelvoudiginformatieobjecten/${U}`, gateway)).to.equal(
          `${G}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}`,
        );
      });

      it('puts each resource in its own API, whatever the host or prefix says', () => {
        for (const [resource, api] of Object.entries(RESOURCE_API)) {
          // The host and prefix both claim "zaken": the resource decides.
          expect(mapToGateway(`https://zaken.example.com/zaken/api/v1/${resource}/${U}`, gateway), resource).to.equal(
            `${G}/${api}/api/v1/${resource}/${U}`,
          );
        }
        expect(mapToGateway(`https://zaken.example.com/api/v1/statustypen/${U}`, gateway)).to.equal(`${G}/catalogi/api/v1/statustypen/${U}`);
        expect(mapToGateway(`${OZ}/zaken/api/v1/resultaattypen/${U}`, gateway)).to.equal(`${G}/catalogi/api/v1/resultaattypen/${U}`);
        expect(mapToGateway(`${OZ}/catalogi/api/v1/zaakinformatieobjecten/${U}`, gateway)).to.equal(`${G}/zaken/api/v1/zaakinformatieobjecten/${U}`);
      });

      it('maps the resource table of the contract exactly', () => {
        expect(RESOURCE_API).to.deep.equal({
          zaken: 'zaken',
          statussen: 'zaken',
          resultaten: 'zaken',
          zaakinformatieobjecten: 'zaken',
          zaaktypen: 'catalogi',
          statustypen: 'catalogi',
          resultaattypen: 'catalogi',
          enkelvoudiginformatieobjecten: 'documenten',
        });
      });

      it('maps a list URL and keeps its query exactly (next page of statustypen)', () => {
        const encoded = `?zaaktype=${encodeURIComponent(ZAAKTYPE)}&page=2`;
        expect(mapToGateway(`${OZ}/catalogi/api/v1/statustypen${encoded}`, gateway)).to.equal(`${G}/catalogi/api/v1/statustypen${encoded}`);
        const raw = `?zaaktype=${ZAAKTYPE}&page=2`;
        expect(mapToGateway(`${OZ}/catalogi/api/v1/statustypen${raw}`, gateway)).to.equal(`${G}/catalogi/api/v1/statustypen${raw}`);
      });

      it('keeps odd but valid query text exactly (+, %20, repeated keys)', () => {
        const query = '?identificatie=ZAAK%202026+1&ordering=-startdatum&expand=zaaktype,status&page=3&page=4';
        expect(mapToGateway(`${OZ}/zaken/api/v1/zaken${query}`, gateway)).to.equal(`${G}/zaken/api/v1/zaken${query}`);
      });

      it('maps a document download with its query', () => {
        expect(mapToGateway(`${OZ}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download?versie=1`, gateway)).to.equal(
          `${G}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download?versie=1`,
        );
        expect(mapToGateway(`https://documenten.example.com/api/v1/enkelvoudiginformatieobjecten/${U}/download`, gateway)).to.equal(
          `${G}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download`,
        );
      });

      it('accepts an uppercase UUID', () => {
        const upper = U.toUpperCase();
        const result = mapToGateway(`${OZ}/zaken/api/v1/zaken/${upper}`, gateway);
        expect(result?.toLowerCase()).to.equal(`${G}/zaken/api/v1/zaken/${U}`.toLowerCase());
      });

      it('tolerates a trailing slash', () => {
        const item = mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}/`, gateway);
        expect(item?.replace(/\/$/, '')).to.equal(`${G}/zaken/api/v1/zaken/${U}`);
        const list = mapToGateway(`${OZ}/zaken/api/v1/zaken/?page=2`, gateway);
        expect(list?.replace(/\/(?=\?)/, '')).to.equal(`${G}/zaken/api/v1/zaken?page=2`);
      });

      it('is idempotent: a URL already on the gateway maps to itself', () => {
        const once = mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}`, gateway);
        expect(once).to.equal(`${G}/zaken/api/v1/zaken/${U}`);
        expect(mapToGateway(once ?? '', gateway)).to.equal(once);
      });

      it('answers null for a resource it does not know', () => {
        for (const url of [
          `${OZ}/zaken/api/v1/rollen/${U}`,
          `${OZ}/zaken/api/v1/zaakobjecten/${U}`,
          `${OZ}/catalogi/api/v1/informatieobjecttypen/${U}`,
          `${OZ}/contactmomenten/api/v1/klantcontacten`,
          `https://klanten.example.com/api/v1/klantcontacten?page=2`,
          `${OZ}/zaken/api/v1/`,
          `${OZ}/`,
          `${OZ}`,
        ]) {
          expect(mapToGateway(url, gateway), url).to.equal(null);
        }
      });

      it('answers null when a UUID is expected but something else is there', () => {
        for (const url of [
          `${OZ}/zaken/api/v1/zaken/ZAAK-2026-0000123`,
          `${OZ}/zaken/api/v1/zaken/123`,
          `${OZ}/zaken/api/v1/zaken/${U}x`,
          `${OZ}/zaken/api/v1/zaken/${U.replace(/-/g, '')}`,
          `${OZ}/zaken/api/v1/zaken/${U}/${U2}`,
          `${OZ}/zaken/api/v1/zaken/..`,
          `${OZ}/documenten/api/v1/enkelvoudiginformatieobjecten/download`,
          `${OZ}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/downloads`,
        ]) {
          expect(mapToGateway(url, gateway), url).to.equal(null);
        }
      });

      it('reads the LAST path segments: a resource earlier in the path does not count', () => {
        expect(mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}/rollen`, gateway)).to.equal(null);
        expect(mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}/zaakeigenschappen/${U2}`, gateway)).to.equal(null);
        expect(mapToGateway(`https://statustypen.example.com/statustypen/api/v1/zaken/${U}`, gateway)).to.equal(`${G}/zaken/api/v1/zaken/${U}`);
        expect(mapToGateway(`${OZ}/zaken/api/v1/rollen/${U}/zaken/${U2}`, gateway)).to.equal(`${G}/zaken/api/v1/zaken/${U2}`);
      });

      it('answers null for javascript:, data:, empty and relative garbage', () => {
        for (const url of [
          'javascript:alert(1)',
          'data:text/html,<script>alert(1)</script>',
          'data:text/plain;base64,emFrZW4=',
          '',
          '   ',
          'niet een url',
          '../../etc/passwd',
          'mailto:info@gemeente.example',
        ]) {
          expect(mapToGateway(url, gateway), JSON.stringify(url)).to.equal(null);
        }
      });

      it('never leaves the gateway, whatever tricks the URL plays', () => {
        const tricks = [
          'javascript:alert(document.cookie)//zaken',
          'zaken',
          `javascript://openzaak/zaken/api/v1/zaken/${U}`,
          `data:text/html,/zaken/api/v1/zaken/${U}`,
          `//evil.example/zaken/api/v1/zaken/${U}`,
          `/zaken/api/v1/zaken/${U}`,
          `zaken/api/v1/zaken/${U}`,
          `${OZ}/zaken/api/v1/zaken/../../evil`,
          `${OZ}/zaken/api/v1/zaken/${U}/../../../../admin`,
          `${OZ}/zaken/api/v1/zaken/${U}/download/../../../../admin`,
          `${OZ}/zaken/api/v1/zaken/%2e%2e%2f%2e%2e%2fevil`,
          `${OZ}/zaken/api/v1/zaken/${U}%2F..%2F..%2Fevil`,
          `${OZ}/zaken/api/v1/zaken/%2E%2E`,
          `${OZ}/zaken/api/v1/%2e%2e/%2e%2e/zaken/${U}`,
          `${OZ}/zaken/api/v1/zaken\\..\\..\\admin`,
          `${OZ}/zaken/api/v1/zaken/${U}?next=//evil.example/&x=../../admin`,
          `${OZ}/zaken/api/v1/zaken/${U}#@evil.example`,
          `https://user:pass@evil.example/zaken/api/v1/zaken/${U}`,
          `https://evil.example/zaken/api/v1/zak\ten/${U}`,
          `https://evil.example/zaken/api/v1/zaken/${U}\n/evil`,
          `${OZ}/zaken/api/v1/zaken?x=%0d%0aSet-Cookie:a=b`,
          `file:///etc/zaken/${U}`,
        ];
        for (const url of tricks) {
          let result: string | null = null;
          expect(() => {
            result = mapToGateway(url, gateway);
          }, url).to.not.throw();
          expectOnGatewayOrNull(result, gateway, url);
        }
      });

      it('the ordinary cases also pass the safety check', () => {
        for (const url of [`${OZ}/zaken/api/v1/zaken/${U}`, `${OZ}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download?versie=1`]) {
          const result = mapToGateway(url, gateway);
          expect(result).to.not.equal(null);
          expectOnGatewayOrNull(result, gateway, url);
        }
      });
    });
  }

  it('works with a gateway at the root of its origin and with a port', () => {
    expect(mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}`, 'https://zgw.gemeente.example')).to.equal(`https://zgw.gemeente.example/zaken/api/v1/zaken/${U}`);
    expect(mapToGateway(`${OZ}/zaken/api/v1/zaken/${U}`, 'http://localhost:8000/api/zgw')).to.equal(`http://localhost:8000/api/zgw/zaken/api/v1/zaken/${U}`);
  });
});

describe('gatewayUrl (CONTRACT 5)', () => {
  for (const gateway of GATEWAYS) {
    describe(`with gateway ${gateway}`, () => {
      it('builds a list URL', () => {
        expect(gatewayUrl(gateway, 'zaken')).to.equal(`${G}/zaken/api/v1/zaken`);
        expect(gatewayUrl(gateway, 'statustypen', null)).to.equal(`${G}/catalogi/api/v1/statustypen`);
      });

      it('builds an item URL in the right API for every resource', () => {
        for (const [resource, api] of Object.entries(RESOURCE_API)) {
          expect(gatewayUrl(gateway, resource as ZgwResource, U), resource).to.equal(`${G}/${api}/api/v1/${resource}/${U}`);
        }
      });

      it('encodes query values, so a URL filter value arrives exactly as received', () => {
        const result = gatewayUrl(gateway, 'statustypen', null, { zaaktype: ZAAKTYPE });
        expect(result).to.equal(`${G}/catalogi/api/v1/statustypen?zaaktype=${encodeURIComponent(ZAAKTYPE)}`);
        expect(new URL(result).searchParams.get('zaaktype')).to.equal(ZAAKTYPE);
      });

      it('keeps several query parameters in order', () => {
        const zaak = `${OZ}/zaken/api/v1/zaken/${U}`;
        const result = gatewayUrl(gateway, 'statussen', undefined, { zaak, page: '2' });
        expect(result).to.equal(`${G}/zaken/api/v1/statussen?zaak=${encodeURIComponent(zaak)}&page=2`);
      });

      it('encodes reserved characters in values, so nothing can inject a parameter', () => {
        const value = 'ZAAK-2026 &page=9#x?y=/z+1%';
        const result = gatewayUrl(gateway, 'zaken', undefined, { identificatie: value, expand: 'zaaktype,status,status.statustype' });
        expect(result.startsWith(`${G}/zaken/api/v1/zaken?`)).to.equal(true);
        const parsed = new URL(result);
        expect(parsed.hash).to.equal('');
        expect([...parsed.searchParams.keys()]).to.deep.equal(['identificatie', 'expand']);
        expect(parsed.searchParams.get('identificatie')).to.equal(value);
        expect(parsed.searchParams.get('expand')).to.equal('zaaktype,status,status.statustype');
      });

      it('adds no "?" for an empty query', () => {
        expect(gatewayUrl(gateway, 'zaken', null, {})).to.equal(`${G}/zaken/api/v1/zaken`);
      });

      it('agrees with mapToGateway', () => {
        expect(gatewayUrl(gateway, 'enkelvoudiginformatieobjecten', U)).to.equal(
          mapToGateway(`https://documenten.example.com/api/v1/enkelvoudiginformatieobjecten/${U}`, gateway),
        );
        const built = gatewayUrl(gateway, 'statustypen', null, { zaaktype: ZAAKTYPE });
        expect(mapToGateway(built, gateway)).to.equal(built);
      });
    });
  }
});
