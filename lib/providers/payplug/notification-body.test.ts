import { describe, expect, it } from "vitest";
import { screenPayplugNotification } from "./notification-body";

// A real notification refused here is lost (PayPlug does not resend a 4xx): the shapes PayPlug and
// its emulator make must all pass.
describe("screenPayplugNotification: what can be refused before any provider call", () => {
  const body = (fields: Record<string, unknown>) => JSON.stringify({ ...fields, is_paid: true, amount: 2590 });
  it.each([
    ["a payment (spec example)", { object: "payment", id: "pay_5ktNvd3BNCp6GPcqIZvY9j" }, "pay_5ktNvd3BNCp6GPcqIZvY9j", "pay_5ktNvd3BNCp6GPcqIZvY9j"],
    ["a short payment id", { object: "payment", id: "pay_doesNotExist123" }, "pay_doesNotExist123", "pay_doesNotExist123"],
    ["a refund of a payment", { object: "refund", id: "re_3NhBE7uMyThwfsKyO5xvNe", payment_id: "pay_5ktNvd3BNCp6GPcqIZvY9j" }, "re_3NhBE7uMyThwfsKyO5xvNe", null],
    ["an installment plan (spec fixture)", { object: "installment_plan", id: "inst_1FTGSRWYHla7eDkfTo2Usd" }, "inst_1FTGSRWYHla7eDkfTo2Usd", null],
  ])("%s is a candidate", (_label, fields, resourceId, paymentRef) => {
    expect(screenPayplugNotification(body(fields))).toEqual({ kind: "candidate", resourceId, paymentRef });
  });

  it("an object type the shop never creates is irrelevant, not malformed", () => {
    expect(screenPayplugNotification(body({ object: "accounting_report", id: "ar_1FTGSRWYHla7eDkfTo2Usd" }))).toMatchObject({ kind: "irrelevant" });
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["no id", body({ object: "payment" })],
    ["a payment id with a path", body({ object: "payment", id: "pay_../x" })],
    ["a payment id too long", body({ object: "payment", id: `pay_${"a".repeat(65)}` })],
    ["a refund id on a payment", body({ object: "payment", id: "re_3NhBE7uMyThwfsKyO5xvNe" })],
    ["a refund without payment_id", body({ object: "refund", id: "re_3NhBE7uMyThwfsKyO5xvNe" })],
    ["a refund of a non-payment id", body({ object: "refund", id: "re_3NhBE7uMyThwfsKyO5xvNe", payment_id: "inst_1FTGSRWYHla7eDkfTo2Usd" })],
    ["an unknown object with an odd id", body({ object: "customer", id: "../../etc" })],
  ])("%s is malformed", (_label, raw) => {
    expect(screenPayplugNotification(raw)).toMatchObject({ kind: "malformed" });
  });
});
