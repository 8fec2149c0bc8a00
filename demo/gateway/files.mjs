// @ts-check
// Small but real files for the demo documents, generated with Node built-ins only:
// a one-page PDF, a stored (uncompressed) DOCX, a PNG, a baseline JPEG and UTF-8 text.
// Everything is deterministic, so `bestandsomvang` and `integriteit` in the fixtures are exact.
import { crc32, deflateSync } from 'node:zlib';

/** Characters outside Latin-1 that Dutch texts use, mapped for the PDF's WinAnsi fonts. */
const PDF_REPLACEMENTS = { '–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '€': 'EUR ', '…': '...' };

/** @param {string} text */
function pdfString(text) {
  const latin1 = text.replace(/[–—‘’“”€…]/g, (c) => PDF_REPLACEMENTS[/** @type {keyof typeof PDF_REPLACEMENTS} */ (c)]);
  return `(${latin1.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A valid single-page A4 PDF 1.4 with a heading and lines of text.
 * @param {{ title: string, heading: string, lines: string[] }} doc
 * @returns {Buffer}
 */
export function makePdf({ title, heading, lines }) {
  const content = [
    'BT /F1 11 Tf 56 790 Td', `${pdfString(heading)} Tj`, 'ET',
    'BT /F1 18 Tf 56 750 Td', `${pdfString(title)} Tj`, 'ET',
    'BT /F2 11 Tf 56 716 Td 16 TL',
    ...lines.map((line) => `${pdfString(line)} '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (mijn-zaken demo gateway) /CreationDate (D:20260101000000Z) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  /** @type {number[]} */
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** @param {string} text */
function xmlEscape(text) {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

/**
 * A ZIP archive with stored (uncompressed) entries.
 * @param {Array<[string, string]>} entries [name, UTF-8 content]
 */
function makeZip(entries) {
  const dosTime = 10 << 11; // 10:00:00
  const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 2; // 2026-11-02
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/**
 * A minimal valid Word document (Office Open XML).
 * @param {{ title: string, paragraphs: string[] }} doc
 */
export function makeDocx({ title, paragraphs }) {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const para = (/** @type {string} */ text, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  return makeZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${w}"><w:body>${para(title, true)}${paragraphs.map((p) => para(p)).join('')}</w:body></w:document>`,
    ],
  ]);
}

/** @param {string} type @param {Buffer} data */
function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit RGB PNG.
 * @param {number} width @param {number} height
 * @param {(x: number, y: number) => [number, number, number]} pixel
 */
export function makePng(width, height, pixel) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A baseline greyscale JPEG that codes only the DC coefficient of each 8×8 block (every block is
 * flat), with the standard luminance DC Huffman table. Small, valid, decodable by any browser.
 * @param {number} width multiple of 8 @param {number} height multiple of 8
 * @param {(x: number, y: number) => number} luminance 0–255 at the block's centre
 */
export function makeJpeg(width, height, luminance) {
  const u16 = (/** @type {number} */ n) => [(n >> 8) & 255, n & 255];
  const head = [
    0xff, 0xd8,
    0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, ...u16(1), ...u16(1), 0, 0,
    0xff, 0xdb, ...u16(67), 0, ...new Array(64).fill(8),
    0xff, 0xc0, ...u16(11), 8, ...u16(height), ...u16(width), 1, 1, 0x11, 0,
  ];
  const dcBits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
  const dcValues = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  head.push(0xff, 0xc4, ...u16(2 + 1 + 16 + 12), 0x00, ...dcBits, ...dcValues);
  // AC table with a single symbol, EOB (0x00), coded as the one-bit code `0`.
  head.push(0xff, 0xc4, ...u16(2 + 1 + 16 + 1), 0x10, 1, ...new Array(15).fill(0), 0x00);
  head.push(0xff, 0xda, ...u16(8), 1, 1, 0x00, 0, 63, 0);

  /** @type {Array<[number, number]>} canonical codes [code, length] by DC category */
  const dcCodes = [];
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let i = 0; i < (dcBits[len - 1] ?? 0); i++) dcCodes[dcValues[k++] ?? 0] = [code++, len];
    code <<= 1;
  }
  /** @type {number[]} */
  const out = [];
  let acc = 0;
  let nbits = 0;
  /** @param {number} value @param {number} length */
  const write = (value, length) => {
    for (let i = length - 1; i >= 0; i--) {
      acc = (acc << 1) | ((value >> i) & 1);
      if (++nbits === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        nbits = 0;
      }
    }
  };
  let previous = 0;
  for (let by = 0; by < height / 8; by++) {
    for (let bx = 0; bx < width / 8; bx++) {
      const dc = Math.max(-128, Math.min(127, Math.round(luminance(bx * 8 + 4, by * 8 + 4) - 128)));
      const diff = dc - previous;
      previous = dc;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const [c, l] = dcCodes[category] ?? [0, 2];
      write(c, l);
      if (category > 0) write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      write(0, 1); // EOB: all AC coefficients are zero
    }
  }
  if (nbits > 0) write(0xff, 8 - nbits);
  return Buffer.from([...head, ...out, 0xff, 0xd9]);
}

/** @param {string} text */
export function makeText(text) {
  return Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}
