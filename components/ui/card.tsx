import type { ReactNode } from "react";

/** A white panel: the calm building block of every page. */
export function Card({ children, className = "", as: Tag = "section", labelledBy }: { children: ReactNode; className?: string; as?: "section" | "div" | "article" | "aside"; labelledBy?: string }) {
  return (
    <Tag aria-labelledby={labelledBy} className={`rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>
      {children}
    </Tag>
  );
}
