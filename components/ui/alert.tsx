import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const TONES: Record<Tone, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

/** A message block. `live` announces it to screen readers when it appears (errors after a submit). */
export function Alert({ tone = "info", title, children, live = false, className = "", id }: { tone?: Tone; title?: ReactNode; children?: ReactNode; live?: boolean; className?: string; id?: string }) {
  const role = live ? (tone === "error" || tone === "warning" ? "alert" : "status") : undefined;
  return (
    <div id={id} role={role} className={`rounded-lg border p-4 ${TONES[tone]} ${className}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1 text-sm" : "text-sm"}>{children}</div> : null}
    </div>
  );
}
