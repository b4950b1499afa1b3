import { Alert } from "@/components/ui/alert";
import type { MerchantPage } from "@/lib/content/merchant-pages";

const PROSE =
  "flex flex-col gap-3 leading-relaxed text-stone-700 [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_blockquote]:rounded-lg [&_blockquote]:border [&_blockquote]:border-amber-200 [&_blockquote]:bg-amber-50 [&_blockquote]:p-4 [&_blockquote]:text-amber-900 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:tracking-tight [&_h1]:text-stone-900 sm:[&_h1]:text-3xl [&_h2]:mt-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-stone-900 [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc";

/** A merchant's Markdown page (lib/content): the HTML comes from markdown-it with raw HTML off. */
export function MerchantPageView({ page }: { page: MerchantPage }) {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      {"missing" in page ? (
        <>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{page.title}</h1>
          <Alert tone="warning" title="Page pas encore rédigée">
            Le texte de cette page n&apos;a pas été trouvé. Le commerçant doit l&apos;écrire dans un fichier Markdown (voir docs/going-live.md).
          </Alert>
        </>
      ) : (
        <article className={PROSE} dangerouslySetInnerHTML={{ __html: page.html }} />
      )}
    </main>
  );
}
