// CONTRACT 3.4 and 4.7: which documents are shown, and how.
import { expect } from '@open-wc/testing';
import {
  CONFIDENTIALITY_ORDER,
  fileTypeLabel,
  isDocumentVisible,
  toDocumentViews,
  type Confidentiality,
  type LinkedDocument,
} from '../../../src/model/documents.js';
import type { EnkelvoudigInformatieObject } from '../../../src/model/zgw.js';
import { makeDocument, makeLink, uuid } from './fixtures.js';

const GATEWAY = 'https://gemeente.example/api/zgw';
/** A stand-in for mapToGateway: recognisable, and null for anything that is not a download. */
const fakeMap = (url: string): string | null => {
  const match = /\/enkelvoudiginformatieobjecten\/([0-9a-f-]{36})\/download(\?.*)?$/.exec(url);
  return match ? `${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/${match[1]}/download${match[2] ?? ''}` : null;
};

const WORD_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('isDocumentVisible (CONTRACT 4.7)', () => {
  const doc = (overrides: Partial<EnkelvoudigInformatieObject>): EnkelvoudigInformatieObject => makeDocument(uuid(1), overrides);

  describe('by status', () => {
    it('shows definitief and gearchiveerd documents', () => {
      expect(isDocumentVisible(doc({ status: 'definitief' }), 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({ status: 'gearchiveerd' }), 'openbaar')).to.equal(true);
    });

    it('shows documents without a status (absent, null or empty)', () => {
      const withoutStatus = doc({});
      delete withoutStatus.status;
      expect(isDocumentVisible(withoutStatus, 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({ status: null }), 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({ status: '' }), 'openbaar')).to.equal(true);
    });

    it('hides in_bewerking and ter_vaststelling documents', () => {
      expect(isDocumentVisible(doc({ status: 'in_bewerking' }), 'zeer_geheim')).to.equal(false);
      expect(isDocumentVisible(doc({ status: 'ter_vaststelling' }), 'zeer_geheim')).to.equal(false);
    });

    it('hides a document with any other status', () => {
      expect(isDocumentVisible(doc({ status: 'concept' }), 'zeer_geheim')).to.equal(false);
    });
  });

  describe('by vertrouwelijkheidaanduiding', () => {
    it('has the contract order', () => {
      expect([...CONFIDENTIALITY_ORDER]).to.deep.equal([
        'openbaar',
        'beperkt_openbaar',
        'intern',
        'zaakvertrouwelijk',
        'vertrouwelijk',
        'confidentieel',
        'geheim',
        'zeer_geheim',
      ]);
    });

    it('shows a document exactly when its level is at most max-confidentiality (all 64 pairs)', () => {
      CONFIDENTIALITY_ORDER.forEach((level, levelIndex) => {
        CONFIDENTIALITY_ORDER.forEach((max, maxIndex) => {
          expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: level }), max), `${level} under ${max}`).to.equal(levelIndex <= maxIndex);
        });
      });
    });

    it('with the default max openbaar only openbaar documents are shown', () => {
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: 'openbaar' }), 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: 'beperkt_openbaar' }), 'openbaar')).to.equal(false);
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: 'zaakvertrouwelijk' }), 'openbaar')).to.equal(false);
    });

    it('treats an unknown or missing vertrouwelijkheidaanduiding as the most confidential: hidden below zeer_geheim', () => {
      const unknown = [doc({ vertrouwelijkheidaanduiding: 'topgeheim' }), doc({ vertrouwelijkheidaanduiding: null }), doc({ vertrouwelijkheidaanduiding: '' })];
      const missing = doc({});
      delete missing.vertrouwelijkheidaanduiding;
      for (const document of [...unknown, missing]) {
        for (const max of CONFIDENTIALITY_ORDER.slice(0, -1)) {
          expect(isDocumentVisible(document, max), `${String(document.vertrouwelijkheidaanduiding)} under ${max}`).to.equal(false);
        }
      }
    });

    it('treats an unknown or missing vertrouwelijkheidaanduiding as zeer_geheim: shown under max zeer_geheim', () => {
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: 'topgeheim' }), 'zeer_geheim')).to.equal(true);
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: null }), 'zeer_geheim')).to.equal(true);
    });

    it('does not treat a prototype property name as a level', () => {
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: 'constructor' }), 'geheim')).to.equal(false);
      expect(isDocumentVisible(doc({ vertrouwelijkheidaanduiding: '__proto__' }), 'geheim')).to.equal(false);
    });
  });

  describe('by tonenAanInitiator', () => {
    it('hides a document with tonenAanInitiator false, whatever else', () => {
      expect(isDocumentVisible(doc({ tonenAanInitiator: false }), 'zeer_geheim')).to.equal(false);
    });

    it('shows a document with tonenAanInitiator true, null or absent (Documenten 1.4)', () => {
      expect(isDocumentVisible(doc({ tonenAanInitiator: true }), 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({ tonenAanInitiator: null }), 'openbaar')).to.equal(true);
      expect(isDocumentVisible(doc({}), 'openbaar')).to.equal(true);
    });
  });

  it('needs all three rules to pass', () => {
    expect(isDocumentVisible(doc({ status: 'definitief', vertrouwelijkheidaanduiding: 'intern', tonenAanInitiator: true }), 'intern')).to.equal(true);
    expect(isDocumentVisible(doc({ status: 'in_bewerking', vertrouwelijkheidaanduiding: 'openbaar', tonenAanInitiator: true }), 'intern')).to.equal(false);
    expect(isDocumentVisible(doc({ status: 'definitief', vertrouwelijkheidaanduiding: 'geheim', tonenAanInitiator: true }), 'intern')).to.equal(false);
    expect(isDocumentVisible(doc({ status: 'definitief', vertrouwelijkheidaanduiding: 'openbaar', tonenAanInitiator: false }), 'intern')).to.equal(false);
  });
});

describe('fileTypeLabel', () => {
  it('application/pdf → PDF', () => {
    expect(fileTypeLabel('application/pdf', null)).to.equal('PDF');
  });

  it('Word MIME types → Word', () => {
    expect(fileTypeLabel(WORD_DOCX, null)).to.equal('Word');
    expect(fileTypeLabel('application/msword', null)).to.equal('Word');
  });

  it('image/jpeg → JPEG', () => {
    expect(fileTypeLabel('image/jpeg', null)).to.equal('JPEG');
  });

  it('the MIME type wins over the file name', () => {
    expect(fileTypeLabel('application/pdf', 'besluit.docx')).to.equal('PDF');
  });

  it('ignores MIME parameters and case', () => {
    expect(fileTypeLabel('application/pdf; charset=binary', null)).to.equal('PDF');
    expect(fileTypeLabel('Application/PDF', null)).to.equal('PDF');
  });

  it('falls back on the file name extension when the MIME type is unknown or missing: .pdf → PDF', () => {
    expect(fileTypeLabel('application/octet-stream', 'besluit.pdf')).to.equal('PDF');
    expect(fileTypeLabel(null, 'besluit.pdf')).to.equal('PDF');
  });

  it('gives a Word file the same label by extension as by MIME type: .docx/.doc → Word', () => {
    expect(fileTypeLabel('', 'brief.docx')).to.equal(fileTypeLabel(WORD_DOCX, null));
    expect(fileTypeLabel('', 'brief.docx')).to.equal('Word');
    expect(fileTypeLabel(null, 'brief.doc')).to.equal('Word');
  });

  it('gives a JPEG file the same label by extension as by MIME type: .jpg/.jpeg → JPEG', () => {
    expect(fileTypeLabel(undefined, 'foto.jpeg')).to.equal('JPEG');
    expect(fileTypeLabel(undefined, 'foto.jpg')).to.equal(fileTypeLabel('image/jpeg', null));
    expect(fileTypeLabel(undefined, 'foto.jpg')).to.equal('JPEG');
  });

  it('reads the extension case-insensitively and after the last dot', () => {
    expect(fileTypeLabel(null, 'SCAN.PDF')).to.equal('PDF');
    expect(fileTypeLabel(null, 'besluit.v2.final.pdf')).to.equal('PDF');
  });

  it('reads formaat as safeFileName does: the label names the extension the download is saved with', () => {
    expect(fileTypeLabel('image/webp', 'kaart.png')).to.equal('WEBP');
    expect(fileTypeLabel('text/plain', null)).to.equal('TXT');
    expect(fileTypeLabel('application/vnd.ms-excel', null)).to.equal('Excel');
    expect(fileTypeLabel('image/tiff', null)).to.equal('TIFF');
    expect(fileTypeLabel('application/constructor', 'a.pdf')).to.equal('PDF');
  });

  it('null when nothing is known', () => {
    expect(fileTypeLabel(null, null)).to.equal(null);
    expect(fileTypeLabel(undefined, undefined)).to.equal(null);
    expect(fileTypeLabel('', '')).to.equal(null);
    expect(fileTypeLabel(null, 'zonder-extensie')).to.equal(null);
  });
});

describe('toDocumentViews', () => {
  const options = { maxConfidentiality: 'openbaar' as Confidentiality, mapUrl: fakeMap };
  const linked = (key: number, overrides: Partial<EnkelvoudigInformatieObject> = {}, linkOverrides = {}): LinkedDocument => {
    const document = makeDocument(uuid(key), overrides);
    return { link: makeLink(document, linkOverrides), document };
  };

  it('maps a visible document onto a DocumentView', () => {
    const item = linked(1, {
      titel: 'Besluit omgevingsvergunning',
      formaat: 'application/pdf',
      bestandsnaam: 'besluit-omgevingsvergunning.pdf',
      bestandsomvang: 245760,
      creatiedatum: '2026-02-03',
    });
    const [view, ...rest] = toDocumentViews([item], options);
    expect(rest).to.deep.equal([]);
    expect(view?.title).to.equal('Besluit omgevingsvergunning');
    expect(view?.fileType).to.equal('PDF');
    expect(view?.size).to.equal(245760);
    expect(view?.date).to.equal('2026-02-03');
    expect(view?.fileName).to.equal('besluit-omgevingsvergunning.pdf');
    expect(view?.href).to.equal(`${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid(1)}/download?versie=1`);
    expect(view?.key).to.be.a('string').and.not.equal('');
  });

  it('takes href from mapUrl applied to inhoud', () => {
    const seen: string[] = [];
    const mapUrl = (url: string): string | null => {
      seen.push(url);
      return `${GATEWAY}/mapped?${seen.length}`;
    };
    const item = linked(2);
    const [view] = toDocumentViews([item], { maxConfidentiality: 'openbaar', mapUrl });
    expect(seen).to.include(item.document.inhoud);
    expect(view?.href).to.match(new RegExp(`^${GATEWAY.replace(/[.]/g, '\\.')}/mapped\\?\\d+$`));
  });

  it('href is null when mapUrl answers null', () => {
    const [view] = toDocumentViews([linked(3)], { maxConfidentiality: 'openbaar', mapUrl: () => null });
    expect(view?.href).to.equal(null);
  });

  it('never exposes the back-end inhoud or url', () => {
    const views = toDocumentViews([linked(4)], { maxConfidentiality: 'openbaar', mapUrl: () => null });
    expect(JSON.stringify(views)).to.not.contain('openzaak.gemeente.example');
  });

  it('leaves out documents that are not visible', () => {
    const views = toDocumentViews(
      [
        linked(10, { titel: 'Zichtbaar' }),
        linked(11, { titel: 'Concept', status: 'in_bewerking' }),
        linked(12, { titel: 'Intern', vertrouwelijkheidaanduiding: 'intern' }),
        linked(13, { titel: 'Niet voor initiator', tonenAanInitiator: false }),
      ],
      options,
    );
    expect(views.map((view) => view.title)).to.deep.equal(['Zichtbaar']);
  });

  it('respects maxConfidentiality', () => {
    const items = [linked(14, { titel: 'Intern', vertrouwelijkheidaanduiding: 'intern' }), linked(15, { titel: 'Geheim', vertrouwelijkheidaanduiding: 'geheim' })];
    expect(toDocumentViews(items, { maxConfidentiality: 'intern', mapUrl: fakeMap }).map((view) => view.title)).to.deep.equal(['Intern']);
  });

  it('sorts newest first, by creatiedatum, else the link registratiedatum', () => {
    const views = toDocumentViews(
      [
        linked(20, { titel: 'Oud', creatiedatum: '2026-01-10' }),
        linked(21, { titel: 'Nieuwst', creatiedatum: '2026-03-01' }),
        linked(22, { titel: 'Zonder creatiedatum', creatiedatum: null }, { registratiedatum: '2026-02-15T10:00:00Z' }),
        linked(23, { titel: 'Midden', creatiedatum: '2026-02-01' }),
      ],
      options,
    );
    expect(views.map((view) => view.title)).to.deep.equal(['Nieuwst', 'Zonder creatiedatum', 'Midden', 'Oud']);
    // As received, or its calendar date.
    expect(views[1]?.date).to.be.oneOf(['2026-02-15T10:00:00Z', '2026-02-15']);
  });

  it('a registratiedatum late in the evening keeps its Dutch calendar day', () => {
    // 2026-02-15T23:30:00Z is 16 February 00:30 in Europe/Amsterdam: showing 15 February would be wrong.
    const [view] = toDocumentViews([linked(24, { creatiedatum: null }, { registratiedatum: '2026-02-15T23:30:00Z' })], options);
    expect(view?.date).to.be.oneOf(['2026-02-15T23:30:00Z', '2026-02-16']);
  });

  it('falls back to bestandsnaam for the title', () => {
    const [view] = toDocumentViews([linked(30, { titel: null, bestandsnaam: 'aanvraagformulier.pdf' }, { titel: '' })], options);
    expect(view?.title).to.equal('aanvraagformulier.pdf');
    const [empty] = toDocumentViews([linked(31, { titel: '', bestandsnaam: 'bijlage.pdf' }, { titel: '' })], options);
    expect(empty?.title).to.equal('bijlage.pdf');
  });

  it('title is a string even with no titel or bestandsnaam', () => {
    const [view] = toDocumentViews([linked(32, { titel: null, bestandsnaam: null }, { titel: null })], options);
    expect(view?.title).to.be.a('string');
  });

  it('fileType follows fileTypeLabel (MIME type, else extension, else null)', () => {
    const views = toDocumentViews(
      [
        linked(40, { titel: 'a', creatiedatum: '2026-02-05', formaat: WORD_DOCX, bestandsnaam: 'a.docx' }),
        linked(41, { titel: 'b', creatiedatum: '2026-02-04', formaat: 'image/jpeg', bestandsnaam: 'b.jpg' }),
        linked(42, { titel: 'c', creatiedatum: '2026-02-03', formaat: '', bestandsnaam: 'c.pdf' }),
        linked(43, { titel: 'd', creatiedatum: '2026-02-02', formaat: null, bestandsnaam: null }),
      ],
      options,
    );
    expect(views.map((view) => view.fileType)).to.deep.equal(['Word', 'JPEG', 'PDF', null]);
  });

  it('size and fileName are null when unknown (issue 9: the name now comes from titel and formaat when it can)', () => {
    const [view] = toDocumentViews([linked(50, { bestandsomvang: null, bestandsnaam: null, titel: null })], options);
    expect(view?.size).to.equal(null);
    expect(view?.fileName).to.equal(null);
  });

  it('gives every document a unique key', () => {
    const views = toDocumentViews([linked(60), linked(61), linked(62)], options);
    expect(new Set(views.map((view) => view.key)).size).to.equal(3);
  });

  it('an empty list gives an empty list', () => {
    expect(toDocumentViews([], options)).to.deep.equal([]);
  });

  it('does not change its input', () => {
    const items = [linked(70, { creatiedatum: '2026-01-01' }), linked(71, { creatiedatum: '2026-03-01' })];
    const before = JSON.stringify(items);
    toDocumentViews(items, options);
    expect(JSON.stringify(items)).to.equal(before);
  });
});
