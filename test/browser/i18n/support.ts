/** Helpers for the language tests: what the gateway says (data), and what the element says (text). */
import { mapToGateway } from '../../../src/gateway/url-mapping.js';
import { catalogues, type Messages } from '../../../src/i18n/messages.js';

/**
 * Every string value the gateway can give about one resident's zaken: the zaken list, their statussen,
 * statustypen, zaaktypen, resultaten, resultaattypen and documents, following every resource URL.
 * Text that equals (part of) these is data, not the element's own words.
 */
export async function gatewayStrings(gateway: string): Promise<Set<string>> {
  const base = new URL(gateway, location.href).href;
  const strings = new Set<string>();
  const seen = new Set<string>();
  // Resultaten come through `_expand`: other residents' resultaat URLs would only answer 404.
  const queue: string[] = [`${base}/zaken/api/v1/zaken?expand=zaaktype,status,status.statustype,resultaat,resultaat.resultaattype`];
  const enqueue = (url: string | null) => {
    if (url && !seen.has(url) && !url.includes('/download') && !url.includes('/resultaten/')) {
      seen.add(url);
      queue.push(url);
    }
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      strings.add(value.trim());
      if (/^https?:/.test(value)) enqueue(mapToGateway(value, base));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.url === 'string' && /\/zaken\/[0-9a-f-]{36}$/.test(record.url)) {
        enqueue(`${base}/zaken/api/v1/statussen?zaak=${encodeURIComponent(record.url)}`);
        enqueue(`${base}/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(record.url)}`);
      }
      if (typeof record.url === 'string' && /\/zaaktypen\/[0-9a-f-]{36}$/.test(record.url)) {
        enqueue(`${base}/catalogi/api/v1/statustypen?zaaktype=${encodeURIComponent(record.url)}`);
      }
      Object.values(record).forEach(walk);
    }
  };
  while (queue.length > 0) {
    const batch = queue.splice(0, 20);
    const bodies = await Promise.all(
      batch.map(async (url) => {
        const response = await fetch(url);
        return response.ok ? ((await response.json()) as unknown) : null;
      }),
    );
    bodies.forEach(walk);
  }
  strings.delete('');
  return strings;
}

/** Every text node and every text-bearing attribute in a shadow root, hidden ones included. */
export function shownTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    else for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push((node as Element).getAttribute(name) ?? '');
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every text of a catalogue, functions called with sample arguments. */
export function catalogueTexts(messages: Messages): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      for (const args of [[1, 2], [2, 5], ['x']]) texts.push(String((value as (...a: unknown[]) => unknown)(...args)));
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(messages);
  return texts;
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Words of the Dutch catalogue that the English one never uses ("Status", "Details" are both). */
export function dutchOnlyWords(): Set<string> {
  const english = new Set(catalogueTexts(catalogues.en).flatMap(wordsOf));
  return new Set(catalogueTexts(catalogues.nl).flatMap(wordsOf).filter((word) => !english.has(word) && word !== 'x'));
}

/**
 * The Dutch catalogue words left in a render once data strings are taken out. Data (titles, statustekst,
 * toelichting, document titles, zaaknummers) is removed longest first, then digits.
 */
export function leftoverDutch(root: ShadowRoot, data: ReadonlySet<string>): string[] {
  const dutch = dutchOnlyWords();
  const dataStrings = [...data].filter((value) => value.length > 1).sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (const text of shownTexts(root)) {
    let rest = text;
    for (const value of dataStrings) if (rest.includes(value)) rest = rest.split(value).join(' ');
    for (const word of wordsOf(rest.replace(/\d+/g, ' '))) if (dutch.has(word)) found.push(`${word} (in "${text}")`);
  }
  return found;
}
