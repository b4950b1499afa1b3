import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { fillPlaceholders, loadMerchantPage } from "./merchant-pages";

describe("the merchant's Markdown pages", () => {
  it("renders the shipped terms of sale with the shop's identity, flagged as our template", async () => {
    const page = await loadMerchantPage("cgv");
    if ("missing" in page) throw new Error(page.missing);
    expect(page.isTemplate).toBe(true);
    expect(page.html).toContain("<h1>Conditions générales de vente</h1>");
    expect(page.html).toContain(`SIRET ${env.merchant.siret}`);
    expect(page.html).toContain(env.merchant.address.split("\n")[0]);
    expect(page.html).not.toContain("{{");
  });

  it("renders a merchant's own file: no raw HTML, values as text, unknown placeholders left visible", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "caisse-content-"));
    await writeFile(path.join(dir, "mentions-legales.md"), "# Mentions\n\nÉditeur : {{merchant.legalName}}\n<script>alert(1)</script>\n{{merchant.inconnu}}\n");
    const page = await loadMerchantPage("mentions-legales", dir);
    if ("missing" in page) throw new Error(page.missing);
    expect(page.isTemplate).toBe(false);
    expect(page.html).toContain(`Éditeur : ${env.merchant.legalName}<br>`);
    expect(page.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page.html).not.toContain("<script>");
    expect(page.html).toContain("{{merchant.inconnu}}");
  });

  it("says which file is missing", async () => {
    const page = await loadMerchantPage("confidentialite", path.join(os.tmpdir(), "caisse-no-such-dir"));
    expect(page).toMatchObject({ title: "Politique de confidentialité", missing: expect.stringContaining("confidentialite.md") as unknown });
  });

  it("keeps Markdown out of configuration values", () => {
    expect(fillPlaceholders("{{a}}", { a: "*Gras* [lien](x)" })).toBe("\\*Gras\\* \\[lien\\](x)");
  });
});
