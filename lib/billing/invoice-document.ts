import type { Cents } from "@/lib/shared/money";

/*
 * An issued invoice or credit note as every rendering reads it: the PDF a person reads, the
 * Factur-X XML an accounting program reads, the portal and the back-office. Built once from the
 * database rows (lib/use-cases/invoices.ts, credit-notes.ts) and frozen into the document's row, so a
 * rendering made years later shows exactly what was issued, whatever the configuration then.
 *
 * Amounts are integer cents; VAT rates basis points (2000 = 20 %); days "YYYY-MM-DD".
 */

export type DocumentAddress = {
  /** Street lines, without the name, postal code, city or country. */
  lines: string[];
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

export type DocumentParty = {
  /** Legal name (« Maison Lavande SAS ») or, for a person, first and last name. */
  name: string;
  /** 9 digits; French companies only. */
  siren: string | null;
  /** 14 digits; French companies only. */
  siret: string | null;
  /** Intra-community VAT number, compact (« FR12123456789 »). */
  vatNumber: string | null;
  /** A non-French company's registration number, when it has no VAT number. */
  registrationNumber: string | null;
  address: DocumentAddress;
  email: string | null;
  /** Contact person and phone. */
  contact: string | null;
  phone: string | null;
};

export type SellerParty = DocumentParty & {
  /** « SAS », « SARL »… and « au capital de 10 000 € »: mandatory on a French company's invoices. */
  legalForm: string;
  shareCapital: string;
  /** « RCS Lyon 123 456 789 ». */
  registration: string | null;
  /** Where a transfer goes, printed as payment means. */
  iban: string | null;
  bic: string | null;
};

/**
 * VAT category (UNTDID 5305, as EN 16931 uses it): S standard rate, AE reverse charge (an EU
 * company with a VAT number), G export outside the EU, Z zero rate.
 */
export type VatCategory = "S" | "AE" | "G" | "Z";

export type DocumentLine = {
  /** From 1. */
  position: number;
  name: string;
  quantity: number;
  /** Net (HT) amount of the line; the lines of one rate add up to that rate's net. */
  netCents: Cents;
  vatRateBp: number;
  vatCategory: VatCategory;
};

export type DocumentVatTotal = {
  vatRateBp: number;
  vatCategory: VatCategory;
  netCents: Cents;
  vatCents: Cents;
};

export type InvoiceDocument = {
  kind: "invoice" | "credit_note";
  /** « F-2026-000001 », « A-2026-000001 ». */
  number: string;
  issueDate: string;
  /** The shipping day once recorded, else the order's day. */
  deliveryDate: string;
  /** Invoices on account: issue date + terms. Null on a paid invoice and on a credit note. */
  dueDate: string | null;
  currency: "EUR";
  /** The order it bills, as written on transfers (« CA-7K4M2QX9 »). */
  orderReference: string;
  seller: SellerParty;
  buyer: DocumentParty;
  /** Set only when it differs from the buyer's address (a mention of the e-invoicing reform). */
  deliveryAddress: (DocumentAddress & { name: string }) | null;
  /** « Livraison de biens ». */
  operationCategory: string;
  lines: DocumentLine[];
  vat: DocumentVatTotal[];
  totals: {
    netCents: Cents;
    vatCents: Cents;
    /** TTC. */
    grossCents: Cents;
    /** Already paid when the document was issued (an « Acquittée » invoice: all of it). */
    paidCents: Cents;
    /** grossCents − paidCents. */
    dueCents: Cents;
  };
  /** « Exonération de TVA, article 262 ter I du CGI » (AE), « Exportation… » (G); null otherwise. */
  vatExemptionReason: string | null;
  /** « 30 jours à compter de la date de facture » (on account), « Payée à la commande » (paid). */
  paymentTermsText: string;
  /** UNTDID 4461 code of the expected (or used) means: 30 transfer, 48 card, 20 cheque, 68 online (PayPal). */
  paymentMeansCode: "30" | "48" | "20" | "68";
  /** The legal B2B mentions, each one sentence (late-payment penalties, 40 € indemnity, discount). */
  legalMentions: string[];
  /**
   * Paid in several cheques (issue 9): the day the shop deposits each and its amount, printed as
   * one line of mentions. Absent on documents issued before instalments existed.
   */
  instalments?: { dueOn: string; amountCents: Cents }[] | null;
  /** An « Acquittée » invoice: when and how it was paid. */
  settled: { on: string; methodLabel: string } | null;
  /** A credit note: the invoice it corrects (BT-25/BT-26). */
  precedingInvoice: { number: string; issueDate: string } | null;
  /** A credit note's reason, in words. */
  reason: string | null;
};
