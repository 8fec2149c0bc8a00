export declare const SHAPES: {
  vertrouwelijkheidaanduiding: readonly ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];
  documentStatus: readonly string[];
  fields: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
};
