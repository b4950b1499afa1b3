import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteFooter } from "@/components/shop/site-footer";
import { SiteHeader } from "@/components/shop/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { countCartItems } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";

export const metadata: Metadata = {
  title: { default: env.merchant.name, template: `%s · ${env.merchant.name}` },
  description: "Cosmétiques naturels fabriqués en France",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, token, db] = await Promise.all([getCurrentUser(), readCartToken(), getDb()]);
  const cartCount = await countCartItems(db, token);
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col bg-stone-50 text-stone-900 antialiased">
        <SiteHeader shopName={env.merchant.name} user={user} cartCount={cartCount} />
        <div id="contenu" className="flex-1">
          {children}
        </div>
        <SiteFooter merchant={env.merchant} />
      </body>
    </html>
  );
}
