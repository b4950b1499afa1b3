import type { Metadata } from "next";
import { MerchantPageView } from "@/components/shop/merchant-page-view";
import { loadMerchantPage, MERCHANT_PAGES } from "@/lib/content/merchant-pages";

// Read at each request: the merchant edits content/mentions-legales.md and the page follows, no rebuild.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: MERCHANT_PAGES["mentions-legales"].title };

export default async function LegalNoticePage() {
  return <MerchantPageView page={await loadMerchantPage("mentions-legales")} />;
}
