// A file's real type from its first bytes (magic numbers), never from its name or the declared
// `formaat`. Only types with an unambiguous signature are known here: a ZIP-based type (docx, odt)
// cannot be told from any other ZIP (or a renamed archive) by its first bytes, so it is not offered.

export const SNIFFABLE = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/tiff', 'image/webp'] as const;
export type Sniffable = (typeof SNIFFABLE)[number];

/** Bytes needed to decide. */
export const SNIFF_BYTES = 16;

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export function sniff(head: Uint8Array): Sniffable | undefined {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}
