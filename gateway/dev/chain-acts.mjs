// Section 8 in the chain: the Klantinteracties stand-in (questions and answers on the residents'
// first zaken) and uploads for every open zaak's zaaktype, so the element's questions and uploads
// can be tried in a browser. Returns the gateway environment for them.
import { buildWorld } from '../../demo/gateway/fixtures.mjs';
import { startKlantinteracties } from './klantinteracties-standin.mjs';

/** @param {{ origin: string, roots: { catalogi: string } }} openzaak */
export async function actsEnv(openzaak) {
  const ki = await startKlantinteracties();
  const world = buildWorld('openzaak');
  const zaaktypen = [...new Set([...world.zaken.values()].filter((z) => !z.einddatum).map((z) => z.zaaktype.replace('https://openzaak.gemeente.example', openzaak.origin)))];
  const iot = [...world.informatieobjecttypen.values()][0]?.url?.replace('https://openzaak.gemeente.example', openzaak.origin);
  return {
    KLANTINTERACTIES_URL: ki.root,
    KLANTINTERACTIES_TOKEN: ki.token,
    ...(iot ? { UPLOAD_INFORMATIEOBJECTTYPE: iot, UPLOAD_BRONORGANISATIE: '002220647', UPLOAD_ZAAKTYPEN: zaaktypen.join(',') } : {}),
  };
}
