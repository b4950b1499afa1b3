import { describe, expect, it } from "vitest";
import { encodeLatin9, FEC_COLUMNS, fecAmount, fecDate, fecFileName, fecHeader, fecLines, fecText } from "./accounting-fec";
import { entryNumberer, journalEntry, JOURNALS, refundTreasury, saleReversalCents, vatRateLabel, type AccountingAccounts, type AccountingRow, type JournalEntry, type SoldLine } from "./accounting-journal";
import { splitProportionally } from "./vat";
import { monthPeriod, parseAccountingPeriod, recentMonths } from "./accounting-period";
import { paypalFeeCentsOf } from "@/lib/providers/paypal/adapter";
import { ConfigError, parseEnv } from "@/lib/shared/env";

const ACCOUNTS: AccountingAccounts = {
  customers: "411",
  goodsSales: "707",
  shippingSales: "7085",
  vatCollected: "44571",
  bank: "512",
  chequesToDeposit: "5112",
  payplug: "4671",
  paypal: "4672",
  bankFees: "627",
};

const base = { date: "2026-11-14", pieceRef: "CA-7K4M2QX9", pieceDate: "2026-11-14", label: "Vente CA-7K4M2QX9 Zoé L'Hôte", customer: null };

// 2 books at 5,5 % (2 × 15,00), a lamp at 20 % (49,90), shipping 5,90 at 20 %.
const LINES: SoldLine[] = [
  { totalCents: 3000, vatRateBp: 550, shipping: false },
  { totalCents: 4990, vatRateBp: 2000, shipping: false },
  { totalCents: 590, vatRateBp: 2000, shipping: true },
];

function entryOf(row: AccountingRow): JournalEntry {
  const entry = journalEntry(row, ACCOUNTS);
  if (!entry) throw new Error("no entry");
  return entry;
}

const sums = (e: JournalEntry) => ({ debit: e.lines.reduce((s, l) => s + l.debitCents, 0), credit: e.lines.reduce((s, l) => s + l.creditCents, 0) });
const compact = (e: JournalEntry) => e.lines.map((l) => [l.account, l.accountLabel, l.debitCents, l.creditCents]);

describe("journalEntry", () => {
  it("books a sale with two VAT rates: customer debit TTC, sales HT per account and rate, VAT per rate", () => {
    const e = entryOf({ ...base, kind: "sale", lines: LINES });
    expect(e.journal).toEqual(JOURNALS.sales);
    // 5,5 %: VAT = round(3000 × 550 / 10550) = 156. 20 %: VAT on 4990 + 590 = 5580 → 930, lines share HT 4650 as 4158 / 492.
    expect(compact(e)).toEqual([
      ["411", "Clients", 8580, 0],
      ["707", "Ventes de marchandises 5,5 %", 0, 2844],
      ["707", "Ventes de marchandises 20 %", 0, 4158],
      ["7085", "Ports et frais accessoires facturés 20 %", 0, 492],
      ["44571", "TVA collectée 5,5 %", 0, 156],
      ["44571", "TVA collectée 20 %", 0, 930],
    ]);
    expect(sums(e)).toEqual({ debit: 8580, credit: 8580 });
  });

  it("keeps the order's own VAT when it differs by a cent, moving it between HT and VAT of the largest group", () => {
    const e = entryOf({ ...base, kind: "sale", lines: LINES, vatCents: 1087 });
    expect(e.lines.filter((l) => l.account === "44571").reduce((s, l) => s + l.creditCents, 0)).toBe(1087);
    expect(sums(e)).toEqual({ debit: 8580, credit: 8580 });
  });

  it("puts a professional's sale on its auxiliary account", () => {
    const e = entryOf({ ...base, kind: "sale", lines: LINES, customer: { number: "C123456789", label: "Atelier Bois" } });
    expect(e.lines[0]).toMatchObject({ account: "411", auxNumber: "C123456789", auxLabel: "Atelier Bois", debitCents: 8580 });
    expect(e.lines.slice(1).every((l) => l.auxNumber === "")).toBe(true);
  });

  it("books money received on the method's account against the customer, and a PayPal fee as bank fees", () => {
    const card = entryOf({ ...base, kind: "payment", treasury: "payplug", amountCents: 8580 });
    expect(card.journal).toEqual(JOURNALS.payplug);
    expect(compact(card)).toEqual([
      ["4671", "PayPlug", 8580, 0],
      ["411", "Clients", 0, 8580],
    ]);
    expect(compact(entryOf({ ...base, kind: "payment", treasury: "cheque", amountCents: 100 }))[0]).toEqual(["5112", "Chèques à encaisser", 100, 0]);
    expect(compact(entryOf({ ...base, kind: "payment", treasury: "transfer", amountCents: 100 }))[0]).toEqual(["512", "Banque", 100, 0]);
    const fee = entryOf({ ...base, kind: "fee", treasury: "paypal", amountCents: 319 });
    expect(fee.journal).toEqual(JOURNALS.paypal);
    expect(compact(fee)).toEqual([
      ["627", "Services bancaires et assimilés", 319, 0],
      ["4672", "PayPal", 0, 319],
    ]);
  });

  it("reverses part of a sale across its rates, adding up to the refund to the cent, and gives the money back", () => {
    const e = entryOf({ ...base, kind: "sale_reversal", amountCents: 1001, lines: LINES });
    expect(e.lines[0]).toMatchObject({ account: "411", debitCents: 0, creditCents: 1001 });
    expect(e.lines.slice(1).every((l) => l.creditCents === 0)).toBe(true);
    expect(sums(e)).toEqual({ debit: 1001, credit: 1001 });
    // 1001 shared 3000 : 4990 : 590 → 350 / 582 / 69.
    expect(compact(e).slice(1)).toEqual([
      ["707", "Ventes de marchandises 5,5 %", 332, 0],
      ["707", "Ventes de marchandises 20 %", 485, 0],
      ["7085", "Ports et frais accessoires facturés 20 %", 57, 0],
      ["44571", "TVA collectée 5,5 %", 18, 0],
      ["44571", "TVA collectée 20 %", 109, 0],
    ]);
    const refund = entryOf({ ...base, kind: "refund", treasury: "paypal", amountCents: 1001 });
    expect(compact(refund)).toEqual([
      ["4672", "PayPal", 0, 1001],
      ["411", "Clients", 1001, 0],
    ]);
  });

  it.each([
    ["a transfer back to the customer", { madeByShop: true, paidThrough: "transfer" }, "transfer"],
    ["a cheque the shop wrote, for a cheque it had cashed", { madeByShop: true, paidThrough: "cheque" }, "transfer"],
    ["the shop's own refund, whatever the payment came by", { madeByShop: true, paidThrough: "paypal" }, "transfer"],
    ["a provider's refund, through the provider", { madeByShop: false, paidThrough: "paypal" }, "paypal"],
    ["a provider's refund, through PayPlug", { madeByShop: false, paidThrough: "payplug" }, "payplug"],
    ["nothing moved (account credit)", { madeByShop: false, paidThrough: null }, null],
  ] as const)("refundTreasury: %s", (_name, refund, expected) => {
    expect(refundTreasury(refund)).toBe(expected);
  });

  it("books a refund the shop made by cheque out of the bank (512), never out of « chèques à encaisser », balanced with the sale taken back", () => {
    const treasury = refundTreasury({ madeByShop: true, paidThrough: "cheque" })!;
    const refund = entryOf({ ...base, kind: "refund", treasury, amountCents: 1001 });
    expect(refund.journal).toEqual(JOURNALS.bank);
    expect(compact(refund)).toEqual([
      ["512", "Banque", 0, 1001],
      ["411", "Clients", 1001, 0],
    ]);
    const reversal = entryOf({ ...base, kind: "sale_reversal", amountCents: 1001, lines: LINES });
    // The customer's account ends where it started: the sale taken back (credit) and the money given back (debit).
    const customer = (e: JournalEntry) => e.lines.filter((l) => l.account === "411").reduce((s, l) => s + l.debitCents - l.creditCents, 0);
    expect(customer(reversal) + customer(refund)).toBe(0);
    expect(sums(refund)).toEqual({ debit: 1001, credit: 1001 });
    expect(sums(reversal)).toEqual({ debit: 1001, credit: 1001 });
  });

  it("books a credit note with its own VAT per rate", () => {
    const e = entryOf({ ...base, kind: "credit_note", vat: [{ vatRateBp: 2000, netCents: 1000, vatCents: 200 }] });
    expect(compact(e)).toEqual([
      ["411", "Clients", 0, 1200],
      ["707", "Ventes de marchandises 20 %", 1000, 0],
      ["44571", "TVA collectée 20 %", 200, 0],
    ]);
  });

  it("balances every sale and every partial refund to the cent (amounts and rates swept)", () => {
    const rates = [0, 210, 550, 1000, 2000];
    for (let a = 1; a < 4000; a += 37) {
      const lines: SoldLine[] = [
        { totalCents: a, vatRateBp: rates[a % 5]!, shipping: false },
        { totalCents: 3 * a + 7, vatRateBp: rates[(a + 2) % 5]!, shipping: false },
        { totalCents: 590, vatRateBp: 2000, shipping: true },
      ];
      const total = lines.reduce((s, l) => s + l.totalCents, 0);
      const sale = entryOf({ ...base, kind: "sale", lines });
      expect(sums(sale)).toEqual({ debit: total, credit: total });
      for (const part of [1, Math.floor(total / 3), total]) {
        const reversal = entryOf({ ...base, kind: "sale_reversal", amountCents: part, lines });
        expect(sums(reversal)).toEqual({ debit: part, credit: part });
      }
    }
  });

  it("leaves out zero lines, and gives no entry for a free order", () => {
    expect(journalEntry({ ...base, kind: "sale", lines: [{ totalCents: 0, vatRateBp: 2000, shipping: false }] }, ACCOUNTS)).toBeNull();
    const exempt = entryOf({ ...base, kind: "sale", lines: [{ totalCents: 1000, vatRateBp: 0, shipping: false }] });
    expect(compact(exempt)).toEqual([
      ["411", "Clients", 1000, 0],
      ["707", "Ventes de marchandises 0 %", 0, 1000],
    ]);
  });
});

describe("saleReversalCents", () => {
  it.each([
    ["a partial refund of a paid order", { refundCents: 1000, refundedBeforeCents: 0, paidCents: 5000, soldCents: 5000 }, 1000],
    ["the rest of it later", { refundCents: 4000, refundedBeforeCents: 1000, paidCents: 5000, soldCents: 5000 }, 4000],
    ["a duplicate payment given back: no sale taken back", { refundCents: 5000, refundedBeforeCents: 0, paidCents: 10000, soldCents: 5000 }, 0],
    ["after the duplicate, a real refund", { refundCents: 2000, refundedBeforeCents: 5000, paidCents: 10000, soldCents: 5000 }, 2000],
    ["a refund straddling the excess", { refundCents: 3000, refundedBeforeCents: 0, paidCents: 6000, soldCents: 5000 }, 2000],
    ["money on an order never sold", { refundCents: 5000, refundedBeforeCents: 0, paidCents: 5000, soldCents: 0 }, 0],
    ["never more than the sale", { refundCents: 9000, refundedBeforeCents: 0, paidCents: 5000, soldCents: 5000 }, 5000],
  ])("%s", (_what, input, expected) => {
    expect(saleReversalCents(input)).toBe(expected);
  });
});

describe("splitProportionally", () => {
  it("adds up exactly, remainders to the largest fractions", () => {
    expect(splitProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitProportionally(1001, [3000, 4990, 590])).toEqual([350, 582, 69]);
    expect(splitProportionally(7, [0, 0])).toEqual([7, 0]);
  });
});

describe("FEC format", () => {
  const sale = entryOf({ ...base, kind: "sale", lines: LINES, customer: { number: "C123456789", label: "Atelier\tBois | Fer" } });

  it("has the 18 columns in the order of article A47 A-1, tab-separated", () => {
    expect(fecHeader()).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n",
    );
    expect(FEC_COLUMNS).toHaveLength(18);
  });

  it("writes each line with 18 fields, AAAAMMJJ dates and comma amounts, separators removed from texts", () => {
    const lines = fecLines(sale, "VE20261101-000001").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(sale.lines.length);
    for (const l of lines) expect(l.split("\t")).toHaveLength(18);
    expect(lines[0]!.split("\t")).toEqual([
      "VE",
      "Journal des ventes",
      "VE20261101-000001",
      "20261114",
      "411",
      "Clients",
      "C123456789",
      "Atelier Bois Fer",
      "CA-7K4M2QX9",
      "20261114",
      "Vente CA-7K4M2QX9 Zoé L'Hôte",
      "85,80",
      "0,00",
      "",
      "",
      "20261114",
      "",
      "",
    ]);
  });

  it("formats amounts, dates, texts and the file name", () => {
    expect(fecAmount(0)).toBe("0,00");
    expect(fecAmount(5)).toBe("0,05");
    expect(fecAmount(123456789)).toBe("1234567,89");
    expect(() => fecAmount(-1)).toThrow();
    expect(fecDate("2026-12-03")).toBe("20261203");
    expect(() => fecDate("03/12/2026")).toThrow();
    expect(fecText(" a\r\nb|c\t ")).toBe("a b c");
    expect(fecFileName("123 456 789 00012", "2026-11-30")).toBe("123456789FEC20261130.txt");
    expect(fecFileName("123456789", "2026-11-30")).toBe("123456789FEC20261130.txt");
    expect(fecFileName("", "2026-11-30")).toBeNull();
    expect(vatRateLabel(550)).toBe("5,5 %");
  });

  it("numbers entries consecutively per journal", () => {
    const next = entryNumberer("2026-11-01");
    expect([next(JOURNALS.sales), next(JOURNALS.paypal), next(JOURNALS.sales)]).toEqual(["VE20261101-000001", "PP20261101-000001", "VE20261101-000002"]);
  });

  it("encodes ISO 8859-15: accents, €, œ kept; typographic quotes folded; the rest « ? »", () => {
    expect([...encodeLatin9("é€œ’")]).toEqual([0xe9, 0xa4, 0xbd, 0x27]);
    expect([...encodeLatin9("¤😀")]).toEqual([0x3f, 0x3f]);
    expect(Buffer.from(encodeLatin9("Société")).toString("latin1")).toBe("Société");
  });
});

describe("accounting period", () => {
  it("reads a month or two days, and refuses the rest in French", () => {
    expect(monthPeriod("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(monthPeriod("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(parseAccountingPeriod({ mois: "2026-11" })).toEqual({ period: { from: "2026-11-01", to: "2026-11-30" } });
    expect(parseAccountingPeriod({ du: "2026-11-03", au: "2026-11-03" })).toEqual({ period: { from: "2026-11-03", to: "2026-11-03" } });
    expect(parseAccountingPeriod({ du: "2026-02-30", au: "2026-03-01" })).toMatchObject({ field: "du" });
    expect(parseAccountingPeriod({ du: "2026-11-05", au: "2026-11-01" })).toMatchObject({ field: "au", error: "Le dernier jour doit suivre le premier." });
    expect(parseAccountingPeriod({ du: "2025-01-01", au: "2026-01-01" })).toMatchObject({ period: { from: "2025-01-01" } });
    expect(parseAccountingPeriod({ du: "2025-01-01", au: "2026-01-02" })).toMatchObject({ field: "au" });
    expect(parseAccountingPeriod({ mois: "2026-13" })).toMatchObject({ field: "mois" });
  });

  it("offers the current month and the eleven before", () => {
    const months = recentMonths("2026-01-15");
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ value: "2026-01", label: "janvier 2026" });
    expect(months[1]).toEqual({ value: "2025-12", label: "décembre 2025" });
  });
});

describe("paypalFeeCentsOf", () => {
  const order = (breakdown: unknown) => ({ id: "5O190127TN364715T", status: "COMPLETED", purchase_units: [{ payments: { captures: [{ id: "3C679366HH908993F", status: "COMPLETED", seller_receivable_breakdown: breakdown }] } }] });
  it("reads the capture's PayPal fee, and 0 when there is none", () => {
    expect(paypalFeeCentsOf(order({ gross_amount: { currency_code: "EUR", value: "85.80" }, paypal_fee: { currency_code: "EUR", value: "3.19" }, net_amount: { currency_code: "EUR", value: "82.61" } }))).toBe(319);
    expect(paypalFeeCentsOf(order(null))).toBe(0);
    expect(paypalFeeCentsOf(order({ paypal_fee: { currency_code: "USD", value: "3.19" } }))).toBe(0);
    expect(paypalFeeCentsOf({ unrelated: true })).toBe(0);
    expect(paypalFeeCentsOf(null)).toBe(0);
  });
});

describe("account settings", () => {
  it("defaults to the Plan Comptable Général, takes sub-accounts, and refuses what a FEC would not", () => {
    const defaults = parseEnv({ NODE_ENV: "development" }).accounting;
    expect(defaults).toEqual({ accounts: ACCOUNTS, proAuxiliary: true });
    const custom = parseEnv({ NODE_ENV: "development", ACCOUNTING_PAYPAL_ACCOUNT: "467PAYPAL", ACCOUNTING_BANK_ACCOUNT: "51210000", ACCOUNTING_PRO_AUXILIARY: "false" }).accounting;
    expect(custom.accounts).toMatchObject({ paypal: "467PAYPAL", bank: "51210000" });
    expect(custom.proAuxiliary).toBe(false);
    for (const bad of ["PAYPAL", "41", "411 00", "9411"]) expect(() => parseEnv({ NODE_ENV: "development", ACCOUNTING_CUSTOMERS_ACCOUNT: bad })).toThrow(ConfigError);
  });
});
