/** What the cart's server actions answer the forms that call them. */
export type AddToCartState = { status: "idle" } | { status: "added"; message: string; at: number } | { status: "error"; message: string };

export type CartLineState = { status: "idle" } | { status: "saved"; at: number } | { status: "error"; message: string };

