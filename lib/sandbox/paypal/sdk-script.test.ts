import vm from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { paypalSdkScript } from "./sdk-script";

/*
 * Runs the SDK stand-in in a tiny fake DOM (no browser here): the shape PayPalButtons relies on
 * (spec §3.6) and the buyer flow: click → createOrder → approval window → polling → onApprove.
 */

type Listener = (event: Record<string, unknown>) => void;

class FakeNode {
  style: Record<string, string> = {};
  attributes = new Map<string, string>();
  children: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  textContent = "";
  private listeners = new Map<string, Listener[]>();
  constructor(readonly tagName: string) {}
  setAttribute(k: string, v: string) {
    this.attributes.set(k, v);
  }
  getAttribute(k: string) {
    return this.attributes.get(k) ?? null;
  }
  appendChild(child: FakeNode) {
    child.parentNode = this;
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeNode) {
    this.children = this.children.filter((c) => c !== child);
    child.parentNode = null;
    return child;
  }
  addEventListener(type: string, fn: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  focus() {}
  click() {
    for (const fn of this.listeners.get("click") ?? []) fn({ preventDefault() {} });
  }
  find(predicate: (n: FakeNode) => boolean): FakeNode | undefined {
    for (const c of this.children) {
      if (predicate(c)) return c;
      const inner = c.find(predicate);
      if (inner) return inner;
    }
    return undefined;
  }
}

type Status = { id: string; status: string; seq: number; outcome: string | null; payerID: string | null };
type Popup = { closed: boolean; location: { href: string }; document: { title: string; body: FakeNode }; close: () => void; focus: () => void };

function load(query = "client-id=test&currency=EUR&intent=capture&components=buttons", opts: { blockPopups?: boolean } = {}) {
  const statuses: Status[] = [];
  const popups: Popup[] = [];
  const body = new FakeNode("body");
  const open = vi.fn((url: string) => {
    if (opts.blockPopups) return null;
    const popup: Popup = {
      closed: false,
      location: { href: url || "about:blank" },
      document: { title: "", body: new FakeNode("body") },
      close() {
        this.closed = true;
      },
      focus() {},
    };
    popups.push(popup);
    return popup;
  });
  const windowListeners: Listener[] = [];
  const window: Record<string, unknown> = {
    location: { href: "http://shop.test/commande", origin: "http://shop.test", assign: vi.fn() },
    open,
    addEventListener: (_t: string, fn: Listener) => windowListeners.push(fn),
    removeEventListener: () => {},
  };
  const fetch = vi.fn((url: string) => {
    const status = statuses.length > 1 ? statuses.shift()! : statuses[0];
    expect(url).toMatch(/^http:\/\/shop\.test\/sandbox\/paypal\/checkout\/[A-Z0-9]+\/status$/);
    return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(status) });
  });
  const document = {
    currentScript: { src: `http://shop.test/sandbox/paypal/sdk/js?${query}`, getAttribute: () => null },
    createElement: (tag: string) => new FakeNode(tag),
    body,
    querySelector: () => null,
  };
  const context = vm.createContext({
    window,
    document,
    fetch,
    URL,
    console,
    Promise,
    setInterval: (fn: () => void) => setInterval(fn, 5),
    clearInterval,
  });
  vm.runInContext(paypalSdkScript(), context);
  type ButtonsInstance = { isEligible: () => boolean; render: (c: unknown) => Promise<void>; close: () => Promise<void> };
  type PaypalGlobal = { version: string; FUNDING: Record<string, string>; Buttons: (o: Record<string, unknown>) => ButtonsInstance };
  return { paypal: window.paypal as PaypalGlobal, statuses, popups, open, body, fetch };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe("PayPal SDK stand-in", () => {
  it("defines window.paypal with Buttons, FUNDING and a version, and honours disable-funding", () => {
    const { paypal } = load();
    expect(paypal.version).toMatch(/^5\./);
    expect(paypal.FUNDING.CARD).toBe("card");
    expect(paypal.Buttons({ fundingSource: "paypal" }).isEligible()).toBe(true);
    expect(paypal.Buttons({ fundingSource: "card" }).isEligible()).toBe(true);
    expect(paypal.Buttons({ fundingSource: "venmo" }).isEligible()).toBe(false);
    expect(load("client-id=x&disable-funding=card").paypal.Buttons({ fundingSource: "card" }).isEligible()).toBe(false);
  });

  it("renders the buttons, calls onInit, and removes them on close", async () => {
    const { paypal } = load();
    const container = new FakeNode("div");
    const onInit = vi.fn();
    const buttons = paypal.Buttons({ onInit });
    await buttons.render(container);
    expect(onInit).toHaveBeenCalledTimes(1);
    const sources = ["paypal", "card"].map((s) => container.find((n) => n.tagName === "button" && n.getAttribute("data-funding-source") === s));
    expect(sources.every(Boolean)).toBe(true);
    expect(container.find((n) => n.attributes.has("data-paypal-sandbox-mark"))?.textContent).toContain("bac à sable");
    await buttons.close();
    expect(container.children).toHaveLength(0);
  });

  it("click → window opens in the click → createOrder → approval page → onApprove", async () => {
    const { paypal, statuses, popups, open } = load();
    statuses.push({ id: "ORDER1", status: "CREATED", seq: 0, outcome: null, payerID: null });
    const onApprove = vi.fn();
    const createOrder = vi.fn(() => Promise.resolve("ORDER1"));
    const container = new FakeNode("div");
    await paypal.Buttons({ fundingSource: "card", createOrder, onApprove }).render(container);
    container.find((n) => n.tagName === "button")!.click();
    expect(open).toHaveBeenCalledTimes(1); // synchronously, inside the click
    await until(() => createOrder.mock.calls.length === 1);
    expect(createOrder).toHaveBeenCalledWith({ paymentSource: "card" }, expect.anything());
    await until(() => popups[0]?.location.href.includes("/checkout/ORDER1") ?? false);
    expect(popups[0]!.location.href).toBe("http://shop.test/sandbox/paypal/checkout/ORDER1?popup=1&source=card");
    statuses.push({ id: "ORDER1", status: "APPROVED", seq: 1, outcome: "approved", payerID: "PAYER1234567X" });
    statuses.shift();
    await until(() => onApprove.mock.calls.length === 1);
    expect(onApprove.mock.calls[0]![0]).toMatchObject({ orderID: "ORDER1", payerID: "PAYER1234567X", paymentSource: "card" });
    expect(popups[0]!.closed).toBe(true);
  });

  it("reports a cancel in the approval window through onCancel", async () => {
    const { paypal, statuses } = load();
    statuses.push({ id: "ORDER2", status: "CREATED", seq: 3, outcome: "cancelled", payerID: null });
    const onCancel = vi.fn();
    const onApprove = vi.fn();
    const container = new FakeNode("div");
    await paypal.Buttons({ createOrder: () => "ORDER2", onApprove, onCancel }).render(container);
    container.find((n) => n.tagName === "button")!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(onCancel).not.toHaveBeenCalled(); // an old outcome (seq 3 at start) is not news
    statuses.push({ id: "ORDER2", status: "CREATED", seq: 4, outcome: "cancelled", payerID: null });
    statuses.shift();
    await until(() => onCancel.mock.calls.length === 1);
    expect(onCancel).toHaveBeenCalledWith({ orderID: "ORDER2" }, expect.anything());
    expect(onApprove).not.toHaveBeenCalled();
  });

  it("falls back to an overlay with a button when the popup is blocked", async () => {
    const { paypal, statuses, body, open } = load(undefined, { blockPopups: true });
    statuses.push({ id: "ORDER3", status: "CREATED", seq: 0, outcome: null, payerID: null });
    const container = new FakeNode("div");
    await paypal.Buttons({ createOrder: () => Promise.resolve("ORDER3") }).render(container);
    container.find((n) => n.tagName === "button")!.click();
    await until(() => body.find((n) => n.attributes.has("data-paypal-sandbox-overlay")) !== undefined);
    const overlay = body.find((n) => n.attributes.has("data-paypal-sandbox-overlay"))!;
    const openButton = overlay.find((n) => n.tagName === "button" && n.textContent === "Ouvrir la fenêtre PayPal")!;
    openButton.click();
    expect(open).toHaveBeenLastCalledWith("http://shop.test/sandbox/paypal/checkout/ORDER3?popup=1&source=paypal", expect.any(String), expect.any(String));
  });

  it("calls onError when createOrder fails or returns no id, and stops when onClick rejects", async () => {
    const { paypal, open } = load();
    const onError = vi.fn();
    const container = new FakeNode("div");
    await paypal.Buttons({ createOrder: () => Promise.reject(new Error("boom")), onError }).render(container);
    container.find((n) => n.tagName === "button")!.click();
    await until(() => onError.mock.calls.length === 1);
    expect((onError.mock.calls[0]![0] as Error).message).toBe("boom");

    const other = new FakeNode("div");
    const createOrder = vi.fn(() => "ORDER4");
    await paypal.Buttons({ onClick: (_d: unknown, actions: { reject: () => Promise<unknown> }) => actions.reject(), createOrder, onError }).render(other);
    other.find((n) => n.tagName === "button")!.click();
    await new Promise((r) => setTimeout(r, 30));
    expect(createOrder).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("closing one Buttons instance leaves another instance's buyer flow alone (React re-renders)", async () => {
    const { paypal, statuses, popups } = load();
    statuses.push({ id: "ORDER5", status: "CREATED", seq: 0, outcome: null, payerID: null });
    const onApprove = vi.fn();
    const paypalContainer = new FakeNode("div");
    const cardContainer = new FakeNode("div");
    await paypal.Buttons({ fundingSource: "paypal", createOrder: () => "ORDER5", onApprove }).render(paypalContainer);
    const card = paypal.Buttons({ fundingSource: "card", createOrder: () => "ORDER6" });
    await card.render(cardContainer);
    paypalContainer.find((n) => n.tagName === "button")!.click();
    await until(() => popups[0]?.location.href.includes("ORDER5") ?? false);
    await card.close();
    expect(popups[0]!.closed).toBe(false);
    statuses.push({ id: "ORDER5", status: "APPROVED", seq: 1, outcome: "approved", payerID: "P" });
    statuses.shift();
    await until(() => onApprove.mock.calls.length === 1);
  });
});
