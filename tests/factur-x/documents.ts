import type { DocumentParty, InvoiceDocument, SellerParty, VatCategory } from "@/lib/billing/invoice-document";
import { vatBreakdown } from "@/lib/billing/vat";

/*
 * Every kind of document the shop issues, built the way the issuing use case builds them: prices
 * VAT included, VAT per rate and line nets from lib/billing/vat.ts. Shared by the XML and PDF tests.
 */

export const SELLER: SellerParty = {
  name: "Maison Lavande SAS",
  siren: "812345676",
  siret: "81234567600017",
  vatNumber: "FR19812345676",
  registrationNumber: null,
  address: { lines: ["12 rue des Tisserands", "Bâtiment B"], postalCode: "69002", city: "Lyon", country: "FR" },
  email: "compta@maison-lavande.example",
  contact: "Service comptabilité",
  phone: "+33 4 72 00 00 00",
  legalForm: "SAS",
  shareCapital: "10 000 €",
  registration: "RCS Lyon 812 345 676",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPPXXX",
};

export const FRENCH_BUYER: DocumentParty = {
  name: "Épicerie Fine « Les Trois Sœurs » & Fils SARL",
  siren: "443061841",
  siret: "44306184100013",
  vatNumber: "FR64443061841",
  registrationNumber: null,
  address: { lines: ["3 place du Marché"], postalCode: "13001", city: "Marseille", country: "FR" },
  email: "achats@troissoeurs.example",
  contact: "Claire Martin",
  phone: "04 91 00 00 00",
};

export const GERMAN_BUYER: DocumentParty = {
  name: "Feinkost Weber GmbH",
  siren: null,
  siret: null,
  vatNumber: "DE123456789",
  registrationNumber: null,
  address: { lines: ["Hauptstraße 5"], postalCode: "10115", city: "Berlin", country: "DE" },
  email: null,
  contact: null,
  phone: null,
};

export const SWISS_BUYER: DocumentParty = {
  name: "Delikatessen Keller AG",
  siren: null,
  siret: null,
  vatNumber: null,
  registrationNumber: "CHE-123.456.789",
  address: { lines: ["Bahnhofstrasse 1"], postalCode: "8001", city: "Zürich", country: "CH" },
  email: "einkauf@keller.example",
  contact: null,
  phone: null,
};

type LineInput = { name: string; quantity: number; unitGrossCents: number; vatRateBp: number };

export const LEGAL_MENTIONS = [
  "En cas de retard de paiement, pénalités au taux de 12,15 % l'an (taux BCE + 10 points), exigibles dès le lendemain de l'échéance.",
  "Indemnité forfaitaire pour frais de recouvrement : 40 € (Code de commerce, art. L441-10 et D441-5).",
  "Pas d'escompte pour paiement anticipé.",
];

const EXEMPTIONS: Partial<Record<VatCategory, string>> = {
  AE: "Exonération de TVA, article 262 ter I du CGI – autoliquidation par le preneur",
  G: "Exonération de TVA, article 262 I du CGI – exportation hors de l'Union européenne",
};

/** A document as the use case would freeze it; `category` other than S zero-rates every line. */
export function buildDocument(
  options: {
    kind?: InvoiceDocument["kind"];
    number?: string;
    buyer?: DocumentParty;
    category?: VatCategory;
    lines: LineInput[];
    paid?: boolean;
    deliveryAddress?: InvoiceDocument["deliveryAddress"];
    paymentMeansCode?: InvoiceDocument["paymentMeansCode"];
  },
): InvoiceDocument {
  const category = options.category ?? "S";
  const rated = options.lines.map((l) => ({ ...l, vatRateBp: category === "S" ? l.vatRateBp : 0 }));
  const vat = vatBreakdown(rated.map((l) => ({ totalCents: l.unitGrossCents * l.quantity, vatRateBp: l.vatRateBp })));
  const kind = options.kind ?? "invoice";
  const paid = options.paid ?? false;
  return {
    kind,
    number: options.number ?? (kind === "invoice" ? "F-2026-000042" : "A-2026-000007"),
    issueDate: "2026-11-26",
    deliveryDate: "2026-11-24",
    dueDate: paid || kind === "credit_note" ? null : "2026-12-26",
    currency: "EUR",
    orderReference: "CA-7K4M2QX9",
    seller: SELLER,
    buyer: options.buyer ?? FRENCH_BUYER,
    deliveryAddress: options.deliveryAddress ?? null,
    operationCategory: "Livraison de biens",
    lines: rated.map((l, i) => ({
      position: i + 1,
      name: l.name,
      quantity: l.quantity,
      netCents: vat.lines[i]!.netCents,
      vatRateBp: l.vatRateBp,
      vatCategory: category,
    })),
    vat: vat.rates.map((r) => ({ vatRateBp: r.vatRateBp, vatCategory: category, netCents: r.netCents, vatCents: r.vatCents })),
    totals: {
      netCents: vat.netCents,
      vatCents: vat.vatCents,
      grossCents: vat.totalCents,
      paidCents: paid ? vat.totalCents : 0,
      dueCents: paid ? 0 : vat.totalCents,
    },
    vatExemptionReason: EXEMPTIONS[category] ?? null,
    paymentTermsText: paid ? "Payée à la commande" : kind === "credit_note" ? "Avoir imputable sur les prochaines factures ou remboursé sur demande" : "30 jours à compter de la date de facture",
    paymentMeansCode: options.paymentMeansCode ?? (paid ? "48" : "30"),
    legalMentions: LEGAL_MENTIONS,
    settled: paid ? { on: "2026-11-26", methodLabel: "carte bancaire" } : null,
    precedingInvoice: kind === "credit_note" ? { number: "F-2026-000042", issueDate: "2026-11-26" } : null,
    reason: kind === "credit_note" ? "Retour de 2 pots de miel abîmés à la livraison" : null,
  };
}

const GROCERIES: LineInput[] = [
  { name: "Miel de lavande 250 g", quantity: 4, unitGrossCents: 890, vatRateBp: 550 },
  { name: "Savon de Marseille <artisanal> 100 g", quantity: 10, unitGrossCents: 450, vatRateBp: 2000 },
  { name: "Coffret dégustation « Provence »", quantity: 1, unitGrossCents: 3990, vatRateBp: 2000 },
];

/** Each kind of document the XML and the PDF must get right, by name. */
export const DOCUMENTS: Record<string, InvoiceDocument> = {
  "French company, 5.5 % and 20 %, on account by transfer": buildDocument({ lines: GROCERIES }),
  "odd cents: 3 × 0,99 €": buildDocument({ lines: [{ name: "Carte postale", quantity: 3, unitGrossCents: 99, vatRateBp: 2000 }] }),
  // VAT 2,50 € (round(14,97 × 20 / 120)) on a net of 12,47 €, whose 20 % is 2,494 → 2,49: BR-CO-17's case.
  "VAT one cent from net × rate: 14,97 € at 20 %": buildDocument({ lines: [{ name: "Bougie parfumée", quantity: 1, unitGrossCents: 1497, vatRateBp: 2000 }] }),
  "EU company, reverse charge (AE)": buildDocument({ buyer: GERMAN_BUYER, category: "AE", lines: GROCERIES }),
  "export outside the EU (G)": buildDocument({ buyer: SWISS_BUYER, category: "G", lines: GROCERIES, paymentMeansCode: "68", paid: true }),
  "credit note (381) citing its invoice": buildDocument({
    kind: "credit_note",
    lines: [{ name: "Miel de lavande 250 g", quantity: 2, unitGrossCents: 890, vatRateBp: 550 }],
  }),
  "paid invoice (« Acquittée »)": buildDocument({ lines: GROCERIES, paid: true }),
  "different delivery address": buildDocument({
    lines: GROCERIES,
    deliveryAddress: { name: "Entrepôt Les Trois Sœurs", lines: ["ZI des Paluds", "Allée 4", "Quai 2", "Porte C"], postalCode: "13400", city: "Aubagne", country: "FR" },
  }),
};
