"use client";

import { createContext, useContext } from "react";

/**
 * Lets a control that pays inside the checkout form (the PayPal buttons) ask the form about its
 * CGV box before anything leaves the page: the form shows its own error on the box (the same
 * French message, aria-invalid and aria-describedby as after a refused submit).
 */
export type TermsCheck = {
  /** True when the box is ticked; otherwise shows the error on it and returns false. */
  requireAccepted(): boolean;
  /** Moves keyboard focus to the box (after requireAccepted() said no). */
  focus(): void;
};

export const TermsCheckContext = createContext<TermsCheck | null>(null);

export function useTermsCheck(): TermsCheck | null {
  return useContext(TermsCheckContext);
}
