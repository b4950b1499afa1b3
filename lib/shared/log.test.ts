import { describe, expect, it } from "vitest";
import { captureLogs } from "@/tests/support/captured-logs";
import { log, scrubErrorMessage } from "./log";

describe("errors in the logs", () => {
  it("a failed query's parameters (customers' data, link tokens) never reach a log line", async () => {
    const token = "g42.hRnIiMPhA8AU61AR5MPd6Q9_2HbGJgtYn7SOOkNS5aY";
    const error = new Error(`Failed query: insert into "provider_events" ("raw_body") values ($1)\nparams: {"billing":{"email":"jeanne@example.fr"},"return_url":"/retour?t=${token}"}`);
    const lines = await captureLogs(() => Promise.resolve(log.error("notifications", "could not store the notification", { error })));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Failed query: insert into \\"provider_events\\"');
    expect(lines[0]).not.toContain("jeanne@example.fr");
    expect(lines[0]).not.toContain(token.slice(4));
    expect(scrubErrorMessage(`unique violation for ${"x".repeat(50)}`)).toBe("unique violation for [masqué]");
  });
});
