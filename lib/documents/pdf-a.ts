import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { AFRelationship, PDFDocument, PDFHexString, PDFName, PDFString, type PDFFont } from "pdf-lib";

/*
 * What PDF/A-3 asks of a file that pdf-lib does not do by itself, shared by the invoice and the
 * statement PDFs:
 * - embedded fonts: pdf-lib's standard fonts are references to fonts the reader must have, which
 *   PDF/A forbids; DejaVu Sans (lib/documents/assets) is embedded as a subset, through fontkit;
 * - an OutputIntent carrying the sRGB ICC profile, the colour space every drawn colour refers to;
 * - XMP metadata stating PDF/A-3B, with the Factur-X extension schema declared (PDF/A rejects a
 *   property whose schema it is not told), agreeing with the document information dictionary;
 * - a trailer /ID; the Factur-X XML as an associated file (/AF) whose relationship is
 *   "Alternative", as Factur-X asks for the EN 16931 profile.
 * Nothing here validates the result: no PDF/A validator installs on this machine (veraPDF is
 * neither on npm nor in Debian), so the tests check this structure part by part.
 */

const ASSETS = path.join(process.cwd(), "lib/documents/assets");
const assetCache = new Map<string, Uint8Array>();

function asset(name: string): Uint8Array {
  let bytes = assetCache.get(name);
  if (!bytes) {
    bytes = readFileSync(path.join(ASSETS, name));
    assetCache.set(name, bytes);
  }
  return bytes;
}

export type PdfFonts = { regular: PDFFont; bold: PDFFont };

export async function embedDejaVu(pdf: PDFDocument): Promise<PdfFonts> {
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    pdf.embedFont(asset("DejaVuSans.ttf"), { subset: true }),
    pdf.embedFont(asset("DejaVuSans-Bold.ttf"), { subset: true }),
  ]);
  return { regular, bold };
}

export const FACTUR_X_XMP_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
const PRODUCER = "Caisse (pdf-lib)";

export type PdfAMetadata = {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Both the creation and modification date: a document issued once, rendered the same forever. */
  date: Date;
  /** The Factur-X XML to embed, when the PDF is an invoice or credit note. */
  facturX?: { xml: string; fileName: string; description: string };
};

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** "2026-11-26T00:00:00Z": the XMP form of the date the info dictionary writes D:20261126000000Z. */
function xmpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function xmpPacket(meta: PdfAMetadata): string {
  const fx = meta.facturX
    ? `
    <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>${FACTUR_X_XMP_NAMESPACE}</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>fx</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>
${["DocumentFileName:The name of the embedded XML document", "DocumentType:The type of the hybrid document in capital letters, e.g. INVOICE or ORDER", "Version:The actual version of the standard applying to the embedded XML document", "ConformanceLevel:The conformance level of the embedded XML document"]
  .map((p) => {
    const [name, description] = p.split(/:(.*)/s);
    return `                <rdf:li rdf:parseType="Resource">
                  <pdfaProperty:name>${name}</pdfaProperty:name>
                  <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                  <pdfaProperty:category>external</pdfaProperty:category>
                  <pdfaProperty:description>${description}</pdfaProperty:description>
                </rdf:li>`;
  })
  .join("\n")}
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:fx="${FACTUR_X_XMP_NAMESPACE}">
      <fx:DocumentType>INVOICE</fx:DocumentType>
      <fx:DocumentFileName>${xmlText(meta.facturX.fileName)}</fx:DocumentFileName>
      <fx:Version>1.0</fx:Version>
      <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
    </rdf:Description>`
    : "";
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>3</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(meta.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${xmlText(meta.author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(meta.subject)}</rdf:li></rdf:Alt></dc:description>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <pdf:Producer>${PRODUCER}</pdf:Producer>
      <pdf:Keywords>${xmlText(meta.keywords.join(" "))}</pdf:Keywords>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>
      <xmp:CreateDate>${xmpDate(meta.date)}</xmp:CreateDate>
      <xmp:ModifyDate>${xmpDate(meta.date)}</xmp:ModifyDate>
      <xmp:MetadataDate>${xmpDate(meta.date)}</xmp:MetadataDate>
    </rdf:Description>${fx}
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** A new document whose information dictionary is ours alone (pdf-lib's defaults would not match the XMP). */
export function createPdf(): Promise<PDFDocument> {
  return PDFDocument.create({ updateMetadata: false });
}

/** Makes `pdf` a PDF/A-3B (with its Factur-X XML when given); call once the pages are drawn. */
export async function finishPdfA(pdf: PDFDocument, meta: PdfAMetadata): Promise<Uint8Array> {
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  pdf.setLanguage("fr-FR");

  const context = pdf.context;
  const metadata = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), context.register(metadata));

  const icc = context.flateStream(asset("sRGB.icc"), { N: 3 });
  const outputIntent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: context.register(icc),
  });
  pdf.catalog.set(PDFName.of("OutputIntents"), context.obj([context.register(outputIntent)]));

  if (meta.facturX) {
    await pdf.attach(new TextEncoder().encode(meta.facturX.xml), meta.facturX.fileName, {
      mimeType: "text/xml",
      description: meta.facturX.description,
      creationDate: meta.date,
      modificationDate: meta.date,
      afRelationship: AFRelationship.Alternative,
    });
  }

  // The same content gives the same /ID: a reissued rendering is byte-identical to the first.
  const id = createHash("md5").update(meta.title).update(meta.facturX?.xml ?? "").update(meta.date.toISOString()).digest("hex");
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return pdf.save({ useObjectStreams: false });
}
