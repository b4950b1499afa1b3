import type { Metadata } from "next";
import { MerchantPageView } from "@/components/shop/merchant-page-view";
import { loadMerchantPage, MERCHANT_PAGES } from "@/lib/content/merchant-pages";

// Read at each request: the merchant edits content/confidentialite.md and the page follows, no rebuild.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: MERCHANT_PAGES["confidentialite"].title };

export default async function PrivacyPage() {
  return <MerchantPageView page={await loadMerchantPage("confidentialite")} />;
}
