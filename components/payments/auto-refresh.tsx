"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Re-renders the (server) page every few seconds while a payment's outcome is unknown: each render
 * asks the provider again. Stops after a while and says so, rather than polling forever.
 */
export function AutoRefresh({ everyMs = 3000, maxTries = 40 }: { everyMs?: number; maxTries?: number }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (tries >= maxTries) return;
    const timer = setTimeout(() => {
      setTries((n) => n + 1);
      router.refresh();
    }, everyMs);
    return () => clearTimeout(timer);
  }, [tries, maxTries, everyMs, router]);
  if (tries < maxTries) return null;
  return (
    <p className="text-sm text-stone-700" role="status">
      La confirmation prend plus de temps que prévu. Vous recevrez un e-mail dès qu&apos;elle arrive ; vous pouvez aussi{" "}
      <button type="button" className="font-medium text-brand-700 underline underline-offset-4" onClick={() => setTries(0)}>
        vérifier à nouveau
      </button>
      .
    </p>
  );
}
