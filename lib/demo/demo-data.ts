import "server-only";
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { rowsOf, type Db } from "@/lib/db/client";
import { products, users } from "@/lib/db/schema";

export const DEMO_PASSWORD = "demo-caisse-2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@demo.caisse.fr",
  pro: "pro@demo.caisse.fr",
  customer: "client@demo.caisse.fr",
} as const;

/**
 * The demo admin's TOTP secret (second factor), published in the README like the password: demos
 * and the e2e journeys compute its codes (any authenticator app, or otplib). A real shop never has
 * this account (npm run admin:create).
 */
export const DEMO_ADMIN_TOTP_SECRET = "CAISSE2DEMO2ADMIN2TOTP2SECRET234";

type SeedProduct = { slug: string; name: string; description: string; priceCents: number; stock: number };

export const DEMO_PRODUCTS: SeedProduct[] = [
  { slug: "savon-lavande", name: "Savon à la lavande de Provence", description: "Savon saponifié à froid, enrichi en huile essentielle de lavande fine. 100 g.", priceCents: 650, stock: 120 },
  { slug: "creme-mains-karite", name: "Crème mains au karité", description: "Crème nourrissante au beurre de karité bio, pénètre sans graisser. Tube de 75 ml.", priceCents: 1290, stock: 80 },
  { slug: "huile-seche-argan", name: "Huile sèche d'argan", description: "Huile sèche pour corps et cheveux, argan du Maroc pressé à froid. 50 ml.", priceCents: 2450, stock: 40 },
  { slug: "baume-levres-miel", name: "Baume à lèvres au miel", description: "Baume protecteur au miel de châtaignier et à la cire d'abeille. 15 ml.", priceCents: 590, stock: 200 },
  { slug: "eau-florale-rose", name: "Eau florale de rose de Damas", description: "Hydrolat pur de rose, tonique et apaisant pour tous types de peau. 200 ml.", priceCents: 1450, stock: 60 },
  { slug: "masque-argile-verte", name: "Masque à l'argile verte", description: "Masque purifiant à l'argile verte surfine et à l'aloe vera. 100 g.", priceCents: 1190, stock: 70 },
  { slug: "serum-vitamine-c", name: "Sérum éclat à la vitamine C", description: "Sérum concentré en vitamine C stabilisée pour un teint lumineux. 30 ml.", priceCents: 3290, stock: 35 },
  { slug: "gommage-sucre-coco", name: "Gommage au sucre et à la noix de coco", description: "Gommage corps fondant au sucre de canne et à l'huile de coco. 200 g.", priceCents: 1690, stock: 50 },
  { slug: "shampooing-solide-ortie", name: "Shampooing solide à l'ortie", description: "Shampooing solide pour cheveux gras, sans sulfates, zéro déchet. 85 g.", priceCents: 990, stock: 90 },
  { slug: "lait-corps-amande", name: "Lait corporel à l'amande douce", description: "Lait hydratant léger à l'huile d'amande douce. Flacon pompe de 250 ml.", priceCents: 1590, stock: 65 },
  { slug: "deodorant-palmarosa", name: "Déodorant crème au palmarosa", description: "Déodorant naturel sans sels d'aluminium, parfum palmarosa. Pot de 50 g.", priceCents: 1090, stock: 3 },
  { slug: "coffret-decouverte", name: "Coffret découverte Maison Lavande", description: "Savon, baume à lèvres, crème mains et eau florale réunis dans un coffret en carton recyclé.", priceCents: 3990, stock: 25 },
];

/** Creates the demo catalogue and accounts. Idempotent: existing rows are left as they are. */
export async function seedDemoData(db: Db): Promise<{ products: number; users: number }> {
  const insertedProducts = await db
    .insert(products)
    .values(DEMO_PRODUCTS.map((p) => ({ ...p, vatRateBp: 2000, imagePath: `/products/${p.slug}.svg` })))
    .onConflictDoNothing({ target: products.slug })
    .returning({ id: products.id });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const insertedUsers = await db
    .insert(users)
    .values([
      { email: DEMO_ACCOUNTS.admin, passwordHash, name: "Alice Admin", role: "admin", totpSecret: DEMO_ADMIN_TOTP_SECRET, totpEnabledAt: new Date() },
      {
        email: DEMO_ACCOUNTS.pro,
        passwordHash,
        // Becomes a professional through the application and its approval (lib/demo/seed-demo.ts).
        name: "Paul Pro",
        role: "customer",
      },
      { email: DEMO_ACCOUNTS.customer, passwordHash, name: "Claire Cliente", role: "customer" },
    ])
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return { products: insertedProducts.length, users: insertedUsers.length };
}

/** True when the shop has no product yet (first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [first] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from products`));
  return (first?.n ?? 0) === 0;
}
