"use client";

import { useEffect } from "react";
import { T } from "./texts";

/**
 * In the SDK's popup: tell the shop's page (the opener, same origin only) that the buyer is done,
 * then close. The SDK re-reads the outcome from the emulator, so the message is only a nudge; and
 * without JavaScript the SDK's polling finds the outcome and closes this window itself.
 */
export function NotifyOpener({ orderId, outcome }: { orderId: string; outcome: "approved" | "cancelled" }) {
  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener) return;
    try {
      opener.postMessage({ source: "caisse-paypal-sandbox", orderID: orderId, outcome }, window.location.origin);
    } catch {
      // The opener navigated away: nothing to tell.
    }
    const timer = setTimeout(() => window.close(), 600);
    return () => clearTimeout(timer);
  }, [orderId, outcome]);
  return (
    <button type="button" onClick={() => window.close()} className="rounded-full border border-slate-400 px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
      {T.closeWindow}
    </button>
  );
}
