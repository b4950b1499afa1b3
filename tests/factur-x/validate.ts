import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * The official validation of a Factur-X XML, as a test runs it:
 * - the Factur-X 1.08 EN 16931 XSD, with xmllint (Debian's libxml2-utils, installed by .ci/run);
 * - the EN 16931 CII Schematron (CEN/TC 434 validation artefacts) and the Factur-X 1.08 EN 16931
 *   Schematron (FNFE-MPE/FeRD), both compiled XSLT 2 stylesheets, run by SaxonJS (xslt3 from npm).
 * The stylesheets are compiled once to SaxonJS's SEF format (about 15 s each) and cached under
 * node_modules/.cache, keyed by the stylesheet's hash. Sources: tests/factur-x/schemas/README.md.
 */

const SCHEMAS = path.resolve(import.meta.dirname, "schemas");
export const XSD = path.join(SCHEMAS, "facturx-1.08-en16931/Factur-X_1.08_EN16931.xsd");
export const SCHEMATRONS = {
  "EN 16931 CII 1.3.16": path.join(SCHEMAS, "en16931-cii-1.3.16/EN16931-CII-validation.xslt"),
  "Factur-X 1.08 EN 16931": path.join(SCHEMAS, "facturx-1.08-en16931/Factur-X_1.08_EN16931-compiled.xsl"),
} as const;

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, "node_modules/.cache/caisse-factur-x");

/** Fails loudly when xmllint is missing: a skipped XSD check would pass every invoice. */
export function assertXmllint(): void {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("xmllint est introuvable : installez le paquet Debian libxml2-utils (apt-get install libxml2-utils), comme le fait .ci/run. La validation XSD des factures Factur-X ne peut pas être sautée.");
  }
}

/** xmllint's complaints against the Factur-X XSD; empty when the XML is valid. */
export function xsdErrors(xml: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "facturx-"));
  try {
    const file = path.join(dir, "factur-x.xml");
    writeFileSync(file, xml);
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", XSD, file], { encoding: "utf8" });
    if (run.error) throw run.error;
    if (run.status === 0) return [];
    return run.stderr.split("\n").filter((l) => l.trim() && !l.endsWith(" validates") && !l.includes("fails to validate"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stylesheet compiled to SEF, from the cache when its source has not changed. */
export function compiledStylesheet(xslt: string): string {
  const hash = createHash("sha256").update(readFileSync(xslt)).digest("hex").slice(0, 16);
  const sef = path.join(CACHE, `${path.basename(xslt)}.${hash}.sef.json`);
  if (existsSync(sef)) return sef;
  mkdirSync(CACHE, { recursive: true });
  const partial = `${sef}.${process.pid}.tmp`;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/xslt3/xslt3.js"), `-xsl:${xslt}`, `-export:${partial}`, "-nogo"], { stdio: "pipe" });
  // Renamed into place so a concurrent worker never reads a half-written file.
  renameSync(partial, sef);
  return sef;
}

type SaxonJs = {
  transform(options: { stylesheetFileName: string; sourceText: string; destination: "serialized" }, mode: "sync"): { principalResult: string };
};
const SaxonJS = createRequire(import.meta.url)("saxon-js") as SaxonJs;

export type SchematronFailure = { id: string; flag: string; location: string; text: string };

/** The failed assertions of a Schematron (its SVRL report), whatever their flag. */
export function schematronFailures(xml: string, sef: string): SchematronFailure[] {
  const svrl = SaxonJS.transform({ stylesheetFileName: sef, sourceText: xml, destination: "serialized" }, "sync").principalResult;
  return [...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? "";
    const text = (/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(m[2]!)?.[1] ?? "").replace(/\s+/g, " ").trim();
    // The Factur-X stylesheet names neither rule nor flag: its rule is the "[BR-…]" its text starts with.
    return { id: attr("id") || (/^\[([^\]]+)\]/.exec(text)?.[1] ?? ""), flag: attr("flag"), location: attr("location"), text };
  });
}

/**
 * Failures that make the invoice invalid: flag fatal or error, and every assertion of the Factur-X
 * stylesheet, which carries no flag (FNFE-MPE treats them all as errors). Warnings are only shown.
 */
export const isBlocking = (f: SchematronFailure) => f.flag !== "warning" && f.flag !== "information";

export const describeFailure = (f: SchematronFailure) => `${f.id} [${f.flag}] ${f.text} @ ${f.location}`;
