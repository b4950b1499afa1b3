import type { ReactNode } from "react";
import type { Tone } from "@/lib/orders/labels";

const TONES: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-800 ring-stone-300",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  error: "bg-red-50 text-red-800 ring-red-300",
};

export function Badge({ tone = "neutral", children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span data-testid={testId} className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
