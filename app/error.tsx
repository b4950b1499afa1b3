"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

/** Unexpected failures: a calm French message, a retry, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">Un problème est survenu</h1>
      <p className="text-stone-700">
        Nous n&apos;avons pas pu afficher cette page. Réessayez dans un instant ; si le problème continue, écrivez-nous.
        {error.digest ? <span className="mt-2 block text-sm text-stone-500">Code de l&apos;incident : {error.digest}</span> : null}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => reset()}>Réessayer</Button>
        <ButtonLink href="/" variant="secondary">
          Retour au catalogue
        </ButtonLink>
      </div>
    </main>
  );
}
