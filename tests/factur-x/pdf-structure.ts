import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString } from "pdf-lib";

/*
 * Reads back the PDF/A parts of a PDF with pdf-lib, for the tests: no PDF/A validator installs on
 * this machine (veraPDF is neither on npm nor in Debian), so each part PDF/A-3 and Factur-X ask for
 * is checked by structure instead.
 */

export function streamBytes(stream: PDFStream): Uint8Array {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
}

const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : undefined);

export async function readPdf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;
  const lookupDict = (d: PDFDict, key: string) => d.lookupMaybe(PDFName.of(key), PDFDict);

  const af = catalog.lookupMaybe(PDFName.of("AF"), PDFArray);
  const attachments = (af?.asArray() ?? []).map((ref) => {
    const spec = pdf.context.lookup(ref, PDFDict);
    const ef = lookupDict(spec, "EF")!;
    const file = ef.lookup(PDFName.of("F"), PDFStream);
    const params = file.dict.lookupMaybe(PDFName.of("Params"), PDFDict);
    return {
      fileName: text(spec.get(PDFName.of("F"))),
      unicodeName: text(spec.get(PDFName.of("UF"))),
      relationship: text(spec.get(PDFName.of("AFRelationship"))),
      mimeType: text(file.dict.get(PDFName.of("Subtype"))),
      modDate: text(params?.get(PDFName.of("ModDate"))),
      bytes: streamBytes(file),
    };
  });
  const embeddedNames = lookupDict(lookupDict(catalog, "Names") ?? catalog, "EmbeddedFiles")?.lookupMaybe(PDFName.of("Names"), PDFArray);

  const outputIntents = (catalog.lookupMaybe(PDFName.of("OutputIntents"), PDFArray)?.asArray() ?? []).map((ref) => {
    const intent = pdf.context.lookup(ref, PDFDict);
    const profile = intent.lookup(PDFName.of("DestOutputProfile"), PDFStream);
    return {
      subtype: text(intent.get(PDFName.of("S"))),
      identifier: text(intent.get(PDFName.of("OutputConditionIdentifier"))),
      components: profile.dict.get(PDFName.of("N"))?.toString(),
      profile: streamBytes(profile),
    };
  });

  const metadata = catalog.lookupMaybe(PDFName.of("Metadata"), PDFStream);
  const xmp = metadata ? new TextDecoder().decode(streamBytes(metadata)) : "";

  // Every font object, and whether its glyphs travel inside the file.
  const fonts = pdf.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("Type")) === PDFName.of("Font"))
    .map((font) => {
      const subtype = text(font.get(PDFName.of("Subtype")));
      const descendant = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookup(0, PDFDict);
      const descriptor = (descendant ?? font).lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
      return {
        name: text(font.get(PDFName.of("BaseFont"))),
        subtype,
        embedded: Boolean(descriptor?.get(PDFName.of("FontFile2")) ?? descriptor?.get(PDFName.of("FontFile")) ?? descriptor?.get(PDFName.of("FontFile3"))),
      };
    })
    .filter((f) => f.subtype !== "CIDFontType2");

  const id = pdf.context.trailerInfo.ID;
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  return {
    pdf,
    attachments,
    embeddedNames: (embeddedNames?.asArray() ?? []).map((o) => (o instanceof PDFRef ? "ref" : text(o))),
    outputIntents,
    xmp,
    fonts,
    trailerId: id instanceof PDFArray ? id.asArray().map((o) => o.toString()) : [],
    info: {
      title: text(info.get(PDFName.of("Title"))),
      author: text(info.get(PDFName.of("Author"))),
      subject: text(info.get(PDFName.of("Subject"))),
      keywords: text(info.get(PDFName.of("Keywords"))),
      producer: text(info.get(PDFName.of("Producer"))),
      creator: text(info.get(PDFName.of("Creator"))),
      creationDate: text(info.get(PDFName.of("CreationDate"))),
    },
  };
}
