// What a person may see, found out by asking the back ends only about that person: their zaken
// (the /zaken list filtered on their BSN or KvK number), then what hangs under those zaken. A
// resource the browser names is looked up here; the back end is asked for it only when it is found.
// The index is a per-instance cache (60 s); any instance can rebuild it, so nothing is shared.
import { CONFIDENTIALITY, type Config } from './config.js';
import type { Session } from './session.js';
import { UpstreamError, backendBusy, type Upstreams } from './upstream.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ZaakInfo {
  uuid: string;
  url: string;
  identificatie: string;
  status: string | undefined;
  resultaat: string | undefined;
  zios: string[];
}

interface DocMeta {
  visible: boolean;
  zaak: string;
}

export interface PersonIndex {
  zaken: Map<string, ZaakInfo>;
  loadedAt: number;
  /** status uuid → zaak uuid, loaded on first need */
  statussen?: Map<string, string>;
  /** zaakinformatieobject uuid → { zaak, document uuid }, loaded on first need */
  zios?: Map<string, { zaak: string; eio: string }>;
  /** document uuid → zaak uuid */
  docs?: Map<string, string>;
  /** task uuid → zaak uuid (Taken API), loaded on first need */
  taken?: Map<string, string>;
  /** document uuid → visibility (latest version), filled as documents are read */
  meta: Map<string, DocMeta>;
}

const INDEX_TTL_MS = 60_000;
/** A miss reloads the index, but not more often than this: a new zaak shows up, a scan cannot hammer Open Zaak. */
const REFRESH_ON_MISS_MS = 5_000;
const MAX_PAGES = 50;
const MAX_INDEXES = 20_000;
const PARALLEL = 6;

/** Last path segment(s) of a URL or path naming `{resource}/{uuid}`; undefined for anything else. */
export function uuidOf(value: string | null | undefined, resource: string): string | undefined {
  if (!value) return undefined;
  let path: string;
  try {
    path = new URL(value, 'http://relative.invalid').pathname;
  } catch {
    return undefined;
  }
  const m = new RegExp(`/${resource}/([0-9a-fA-F-]{36})$`).exec(path);
  const uuid = m?.[1]?.toLowerCase();
  return uuid && UUID.test(uuid) ? uuid : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The results of a ZGW list: a page `{results}` or a plain array. */
function resultsOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (isRecord(body) && Array.isArray(body.results)) return body.results;
  return undefined;
}

export function documentVisible(doc: unknown, max: Config['maxConfidentiality']): boolean {
  if (!isRecord(doc)) return false;
  if (doc.status !== 'definitief') return false;
  if (doc.tonenAanInitiator === false) return false;
  const level = CONFIDENTIALITY.indexOf(doc.vertrouwelijkheidaanduiding as (typeof CONFIDENTIALITY)[number]);
  return level >= 0 && level <= CONFIDENTIALITY.indexOf(max);
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(work));
}

export class Access {
  readonly #indexes = new Map<string, PersonIndex>();
  readonly #loading = new Map<string, Promise<PersonIndex>>();

  constructor(readonly config: Config, readonly upstreams: Upstreams) {}

  /** The filter that scopes /zaken to the person, whatever the browser asked. */
  scope(session: Session): [string, string][] {
    const who =
      session.kind === 'bsn'
        ? 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'
        : 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer';
    return [
      [who, session.id],
      ['rol__omschrijvingGeneriek', this.config.rolOmschrijvingGeneriek],
    ];
  }

  forget(sid: string): void {
    this.#indexes.delete(sid);
  }

  async index(session: Session, requestId: string, fresh = false): Promise<PersonIndex> {
    const cached = this.#indexes.get(session.sid);
    if (cached && !fresh && Date.now() - cached.loadedAt < INDEX_TTL_MS) return cached;
    if (cached && fresh && Date.now() - cached.loadedAt < REFRESH_ON_MISS_MS) return cached;
    const pending = this.#loading.get(session.sid);
    if (pending) return pending;
    const loading = this.#load(session, requestId).finally(() => this.#loading.delete(session.sid));
    this.#loading.set(session.sid, loading);
    return loading;
  }

  async #load(session: Session, requestId: string): Promise<PersonIndex> {
    const zaken = new Map<string, ZaakInfo>();
    const root = this.config.zgw.zaken;
    const q = new URLSearchParams([...this.scope(session)]);
    let next: string | undefined = `${root}/zaken?${q}`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await this.upstreams.getJson('zaken', next, requestId);
      if (answer.status !== 200) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
      const results = resultsOf(answer.body);
      if (!results) throw new UpstreamError('invalid', answer.status);
      for (const z of results) {
        if (!isRecord(z) || typeof z.url !== 'string') continue;
        const uuid = uuidOf(z.url, 'zaken');
        if (!uuid) continue;
        zaken.set(uuid, {
          uuid,
          url: z.url,
          identificatie: typeof z.identificatie === 'string' ? z.identificatie : '',
          status: uuidOf(typeof z.status === 'string' ? z.status : undefined, 'statussen'),
          resultaat: uuidOf(typeof z.resultaat === 'string' ? z.resultaat : undefined, 'resultaten'),
          zios: Array.isArray(z.zaakinformatieobjecten)
            ? z.zaakinformatieobjecten.map((u) => uuidOf(typeof u === 'string' ? u : undefined, 'zaakinformatieobjecten')).filter((u): u is string => !!u)
            : [],
        });
      }
      const n: unknown = isRecord(answer.body) ? answer.body.next : undefined;
      // Only follow a `next` that stays on the configured Zaken API: a back end cannot send us elsewhere.
      next = typeof n === 'string' && n.startsWith(`${root}/zaken?`) ? n : undefined;
    }
    const index: PersonIndex = { zaken, loadedAt: Date.now(), meta: new Map() };
    if (this.#indexes.size >= MAX_INDEXES) {
      const oldest = this.#indexes.keys().next().value;
      if (oldest !== undefined) this.#indexes.delete(oldest);
    }
    this.#indexes.set(session.sid, index);
    return index;
  }

  /** The person's zaak with this uuid; a miss reloads the index once (a zaak created a moment ago). */
  async zaak(session: Session, uuid: string, requestId: string): Promise<ZaakInfo | undefined> {
    const index = await this.index(session, requestId);
    return index.zaken.get(uuid) ?? (await this.index(session, requestId, true)).zaken.get(uuid);
  }

  async #withIndex<T>(session: Session, requestId: string, find: (index: PersonIndex) => Promise<T | undefined>): Promise<T | undefined> {
    const found = await find(await this.index(session, requestId));
    if (found !== undefined) return found;
    return find(await this.index(session, requestId, true));
  }

  /** The zaak uuid a status belongs to, when it is one of the person's. */
  async statusZaak(session: Session, uuid: string, requestId: string): Promise<string | undefined> {
    return this.#withIndex(session, requestId, async (index) => {
      for (const z of index.zaken.values()) if (z.status === uuid) return z.uuid;
      if (!index.statussen) {
        const map = new Map<string, string>();
        await inBatches([...index.zaken.values()], async (z) => {
          for (const item of await this.#list('zaken', `${this.config.zgw.zaken}/statussen?${new URLSearchParams({ zaak: z.url })}`, requestId)) {
            const s = isRecord(item) && typeof item.url === 'string' ? uuidOf(item.url, 'statussen') : undefined;
            if (s) map.set(s, z.uuid);
          }
        });
        index.statussen = map;
      }
      return index.statussen.get(uuid);
    });
  }

  async resultaatZaak(session: Session, uuid: string, requestId: string): Promise<string | undefined> {
    return this.#withIndex(session, requestId, async (index) => {
      for (const z of index.zaken.values()) if (z.resultaat === uuid) return z.uuid;
      return undefined;
    });
  }

  async #zioMap(index: PersonIndex, requestId: string): Promise<Map<string, { zaak: string; eio: string }>> {
    if (!index.zios) {
      const zios = new Map<string, { zaak: string; eio: string }>();
      const docs = new Map<string, string>();
      await inBatches([...index.zaken.values()], async (z) => {
        for (const item of await this.#list('zaken', `${this.config.zgw.zaken}/zaakinformatieobjecten?${new URLSearchParams({ zaak: z.url })}`, requestId)) {
          if (!isRecord(item) || typeof item.url !== 'string' || typeof item.informatieobject !== 'string' || item.zaak !== z.url) continue;
          const zio = uuidOf(item.url, 'zaakinformatieobjecten');
          const eio = uuidOf(item.informatieobject, 'enkelvoudiginformatieobjecten');
          if (!zio || !eio) continue;
          zios.set(zio, { zaak: z.uuid, eio });
          docs.set(eio, z.uuid);
        }
      });
      index.zios = zios;
      index.docs = docs;
    }
    return index.zios;
  }

  /** A zaakinformatieobject of the person's, with its document uuid. */
  async zio(session: Session, uuid: string, requestId: string): Promise<{ zaak: string; eio: string } | undefined> {
    return this.#withIndex(session, requestId, async (index) => (await this.#zioMap(index, requestId)).get(uuid));
  }

  /** The zaak a document is linked to through a zaakinformatieobject, when that zaak is the person's. */
  async documentZaak(session: Session, uuid: string, requestId: string): Promise<string | undefined> {
    return this.#withIndex(session, requestId, async (index) => {
      await this.#zioMap(index, requestId);
      return index.docs?.get(uuid);
    });
  }

  /** Whether one of the person's documents may be shown (latest version), read once per index lifetime. */
  async documentShown(session: Session, eio: string, requestId: string): Promise<boolean> {
    const index = await this.index(session, requestId);
    const known = index.meta.get(eio);
    if (known) return known.visible;
    const zaak = await this.documentZaak(session, eio, requestId);
    if (!zaak) return false;
    const answer = await this.upstreams.getJson('documenten', `${this.config.zgw.documenten}/enkelvoudiginformatieobjecten/${eio}`, requestId);
    // A busy back end is not a hidden document: the resident is told to retry, not "not found".
    if (backendBusy(answer.status)) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
    if (answer.status !== 200) return false;
    const visible = documentVisible(answer.body, this.config.maxConfidentiality);
    index.meta.set(eio, { visible, zaak });
    return visible;
  }

  /** The URN a task names a zaak by (TAKEN_ZAAK_URN). */
  zaakUrn(z: ZaakInfo): string | undefined {
    const template = this.config.taken?.zaakUrn;
    if (!template) return undefined;
    if (template.includes('{identificatie}') && !/^[A-Za-z0-9._-]+$/.test(z.identificatie)) return undefined;
    return template.replace('{identificatie}', z.identificatie).replace('{uuid}', z.uuid);
  }

  /** The URN of the person a task is assigned to (Taken API isToegewezenAan). */
  personUrn(session: Session): string {
    return session.kind === 'bsn' ? `urn:nld:brp:bsn:${session.id}` : `urn:nld:hr:kvknummer:${session.id}`;
  }

  /** The person's zaak a URN names. */
  async zaakByUrn(session: Session, urn: string, requestId: string): Promise<ZaakInfo | undefined> {
    return this.#withIndex(session, requestId, async (index) => {
      for (const z of index.zaken.values()) if (this.zaakUrn(z) === urn) return z;
      return undefined;
    });
  }

  /** Whether a task is the person's: listed for one of their zaken and assigned to them. */
  async taakZaak(session: Session, uuid: string, requestId: string): Promise<string | undefined> {
    const root = this.config.taken?.url;
    if (!root) return undefined;
    return this.#withIndex(session, requestId, async (index) => {
      if (!index.taken) {
        const map = new Map<string, string>();
        await inBatches([...index.zaken.values()], async (z) => {
          const urn = this.zaakUrn(z);
          if (!urn) return;
          const q = new URLSearchParams({ isGerelateerdAan: urn, isToegewezenAan: this.personUrn(session) });
          for (const item of await this.#list('taken', `${root}/externetaken?${q}`, requestId)) {
            const t = isRecord(item) && typeof item.url === 'string' ? uuidOf(item.url, 'externetaken') : undefined;
            if (t) map.set(t, z.uuid);
          }
        });
        index.taken = map;
      }
      return index.taken.get(uuid);
    });
  }

  /** All items of a list the gateway reads for itself (follows `next` on the same API root). */
  async #list(api: 'zaken' | 'taken', url: string, requestId: string): Promise<unknown[]> {
    const root = api === 'zaken' ? this.config.zgw.zaken : (this.config.taken?.url ?? '');
    const out: unknown[] = [];
    let next: string | undefined = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await this.upstreams.getJson(api, next, requestId);
      if (answer.status !== 200) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
      const results = resultsOf(answer.body);
      if (!results) throw new UpstreamError('invalid', answer.status);
      out.push(...results);
      const n: unknown = isRecord(answer.body) ? answer.body.next : undefined;
      next = typeof n === 'string' && n.startsWith(`${root}/`) ? n : undefined;
    }
    return out;
  }
}
