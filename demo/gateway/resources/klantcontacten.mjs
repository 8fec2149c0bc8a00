// @ts-check
// Klantinteracties 0.9.0: server fields of a new klantcontact, and `maak-klantcontact`, which
// creates a klantcontact with its betrokkene and onderwerpobject in one request.
import { isObject } from './openapi.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./table.mjs').Hooks} Hooks */

let counter = 5000;

/** @type {Hooks} */
export const klantcontactHooks = {
  created(record) {
    // Open Klant numbers klantcontacten itself when none is given.
    if (!record.nummer) record.nummer = String(++counter).padStart(10, '0');
    if (record.plaatsgevondenOp === undefined) record.plaatsgevondenOp = new Date().toISOString();
    for (const list of ['hadBetrokkenActoren', 'omvatteBijlagen', 'leiddeTotInterneTaken']) record[list] = [];
  },
};

/** @type {Hooks} */
export const maakKlantcontactHooks = {
  create(body, ctx) {
    const full = { status: 429, problem: { detail: 'De mock-gateway bewaart niet meer objecten voor deze sessie.' } };
    const klantcontact = isObject(body.klantcontact) ? ctx.create('klantcontacten', body.klantcontact) : undefined;
    if (!klantcontact || typeof klantcontact.uuid !== 'string') return full;
    const ref = { uuid: klantcontact.uuid };
    /** @type {JsonObject} */
    const out = { klantcontact, betrokkene: null, onderwerpobject: null };
    if (isObject(body.betrokkene)) out.betrokkene = ctx.create('betrokkenen', { ...body.betrokkene, hadKlantcontact: ref }) ?? null;
    if (isObject(body.onderwerpobject)) out.onderwerpobject = ctx.create('onderwerpobjecten', { ...body.onderwerpobject, klantcontact: ref }) ?? null;
    // Shown again: its derived lists now hold what was made with it.
    out.klantcontact = ctx.show('klantcontacten', klantcontact.uuid) ?? klantcontact;
    return { status: 201, headers: { Location: String(klantcontact.url) }, body: out };
  },
};
