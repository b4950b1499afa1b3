import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";

/*
 * Renders an App Router page (an async server component) to HTML, the way a test reads what a
 * visitor gets: its links, its test ids. Only for pages that need no request scope (a guest with a
 * link token: no session read).
 */

type PageProps<P, S> = { params: Promise<P>; searchParams: Promise<S> };

export async function renderPage<P, S>(page: (props: PageProps<P, S>) => Promise<ReactElement>, params: P, searchParams: S): Promise<string> {
  return renderToStaticMarkup(await page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) }));
}

/** Where a page redirects to (it throws Next's redirect error), or null when it renders. */
export async function redirectOf<P, S>(page: (props: PageProps<P, S>) => Promise<ReactElement>, params: P, searchParams: S): Promise<string | null> {
  try {
    await page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return null;
  } catch (error) {
    if (isRedirectError(error)) return getURLFromRedirectError(error);
    throw error;
  }
}

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** The href of every link carrying this data-testid. */
export function hrefsOf(html: string, testId: string): string[] {
  const tags = html.match(new RegExp(`<a\\b[^>]*\\bdata-testid="${testId}"[^>]*>`, "g")) ?? [];
  return tags.map((tag) => decode(/\bhref="([^"]*)"/.exec(tag)?.[1] ?? ""));
}

/** The text inside the (first) element carrying this data-testid, tags stripped. */
export function textOf(html: string, testId: string): string | null {
  const m = new RegExp(`<(\\w+)\\b[^>]*\\bdata-testid="${testId}"[^>]*>(.*?)</\\1>`, "s").exec(html);
  return m ? decode(m[2]!.replace(/<[^>]+>/g, "")).trim() : null;
}
