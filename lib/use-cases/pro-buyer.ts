import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { invoices, orders, proAccounts } from "@/lib/db/schema";
import { net30Decision, type Net30Decision } from "@/lib/billing/net30";
import { vatAreaOf } from "@/lib/billing/pro-application";
import type { VatTreatment } from "@/lib/cart/pricing";
import { chequeInstalmentsDecision, type ChequeInstalmentsDecision } from "@/lib/billing/instalments";
import { env } from "@/lib/shared/env";

/*
 * How the shop sells to the signed-in account: prices with or without VAT, shown HT or TTC, and
 * whether it may buy at 30 days. Read from the database on every request, never from the
 * session or the form: the checkout page and place-order ask the same question, and place-order
 * asks it again under the account's row lock, so two net-30 orders placed at once cannot both
 * pass the credit limit.
 */

type ProAccountRow = typeof proAccounts.$inferSelect;

export type BuyerContext = {
  /** The approved professional account, if any (pending or refused accounts buy as customers). */
  account: ProAccountRow | null;
  /** A pending application: the checkout says net-30 comes once the account is approved. */
  pendingAccount: boolean;
  /** Prices shown excluding VAT (approved professionals), VAT line apart. */
  showNet: boolean;
  treatment: VatTreatment;
  vatExemption: "reverse_charge" | "export" | null;
  paidOrders: number;
  openInvoicesCents: number;
  net30(orderTotalCents: number): Net30Decision;
  /** Whether it may pay this order in 2 to 4 cheques (lib/billing/instalments.ts). */
  chequeInstalments(orderTotalCents: number): ChequeInstalmentsDecision;
};

const CONSUMER: BuyerContext = {
  account: null,
  pendingAccount: false,
  showNet: false,
  treatment: "included",
  vatExemption: null,
  paidOrders: 0,
  openInvoicesCents: 0,
  net30: (orderTotalCents) => net30Decision({ account: null, paidOrders: 0, openInvoicesCents: 0, orderTotalCents }),
  chequeInstalments: (orderTotalCents) => chequeInstalmentsDecision(null, orderTotalCents, env.cheque.instalmentsMinCents),
};

export function vatExemptionOf(account: Pick<ProAccountRow, "country" | "vatNumber">): "reverse_charge" | "export" | null {
  const area = vatAreaOf(account.country);
  if (area === "eu" && account.vatNumber) return "reverse_charge";
  if (area === "outside") return "export";
  return null;
}

export async function buyerContext(db: Executor, userId: string | null | undefined, options: { lock?: boolean } = {}): Promise<BuyerContext> {
  if (!userId) return CONSUMER;
  const query = db.select().from(proAccounts).where(eq(proAccounts.userId, userId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) return CONSUMER;
  if (row.status !== "approved") return { ...CONSUMER, pendingAccount: row.status === "pending" };
  const [[paid], [open]] = await Promise.all([
    db.select({ n: count() }).from(orders).where(and(eq(orders.userId, userId), eq(orders.status, "paid"), eq(orders.refundedCents, 0))),
    db
      .select({ cents: sql<number>`coalesce(sum(${invoices.totalCents} - ${invoices.paidCents}), 0)::int` })
      .from(invoices)
      .where(and(eq(invoices.proAccountId, row.id), eq(invoices.kind, "invoice"), isNull(invoices.settledAt))),
  ]);
  const paidOrders = Number(paid?.n ?? 0);
  const openInvoicesCents = Number(open?.cents ?? 0);
  const exemption = vatExemptionOf(row);
  return {
    account: row,
    pendingAccount: false,
    showNet: true,
    treatment: exemption ? "exempt" : "included",
    vatExemption: exemption,
    paidOrders,
    openInvoicesCents,
    net30: (orderTotalCents) => net30Decision({ account: row, paidOrders, openInvoicesCents, orderTotalCents }),
    chequeInstalments: (orderTotalCents) => chequeInstalmentsDecision(row, orderTotalCents, env.cheque.instalmentsMinCents),
  };
}

/** How prices read for this buyer: excluding VAT for a professional, with why there is no VAT if so. */
export type PriceDisplay = { showNet: boolean; vatNote: string | null };

export function priceDisplayOf(buyer: Pick<BuyerContext, "showNet" | "vatExemption">): PriceDisplay {
  return {
    showNet: buyer.showNet,
    vatNote: buyer.vatExemption === "reverse_charge" ? "autoliquidation" : buyer.vatExemption === "export" ? "exportation" : null,
  };
}
