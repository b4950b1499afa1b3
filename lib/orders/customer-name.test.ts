import { describe, expect, it } from "vitest";
import { customerDisplayName } from "./customer-name";

describe("the name an e-mail greets the customer with", () => {
  const billing = { firstName: "Jeanne", lastName: "Martin" };
  it.each([
    ["the account's name first", "Claire Cliente", billing, "Claire Cliente"],
    ["the billing name without an account", null, billing, "Jeanne Martin"],
    ["the billing name when the account's is blank", "  ", billing, "Jeanne Martin"],
    ["a formal greeting when nothing is known", null, { firstName: " ", lastName: "" }, "Madame, Monsieur"],
  ] as const)("%s", (_label, account, address, expected) => {
    expect(customerDisplayName(account, address)).toBe(expected);
  });
});
