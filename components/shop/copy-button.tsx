"use client";

import { useState } from "react";

/** Copies a value (IBAN, reference) to the clipboard; says so for screen readers too. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 2500);
          },
          () => setCopied(false),
        );
      }}
      className="no-print inline-flex min-h-9 items-center rounded-md border border-stone-300 bg-white px-2.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <span aria-live="polite">{copied ? "Copié ✓" : "Copier"}</span>
      <span className="sr-only"> {label}</span>
    </button>
  );
}
