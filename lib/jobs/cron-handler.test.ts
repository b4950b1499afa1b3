import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";
import { handleCronRequest } from "./cron-handler";

// Served over real HTTP, the same function the route file exports delegates to.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer((request) => handleCronRequest(request, new URL(request.url).pathname.split("/").pop() ?? ""));
});
afterAll(() => server.close());
beforeEach(async () => {
  await resetDatabase();
});

const call = (job: string, authorization?: string) =>
  fetch(`${server.url}/api/cron/${job}`, { method: "POST", headers: authorization ? { authorization } : {} });

describe("/api/cron/[job]", () => {
  it("answers 401 without the secret or with a wrong one", async () => {
    expect((await call("send-emails")).status).toBe(401);
    expect((await call("send-emails", "Bearer wrong-secret")).status).toBe(401);
    expect((await call("send-emails", env.cronSecret)).status).toBe(401);
    expect(await (await call("send-emails", "Bearer nope")).json()).toEqual({ error: "unauthorized" });
  });

  it("answers 404 for an unknown job, even with the secret", async () => {
    const response = await call("nope", `Bearer ${env.cronSecret}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "unknown_job" });
  });

  it("runs the job and answers 200 with its report", async () => {
    const response = await call("send-emails", `Bearer ${env.cronSecret}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ job: "send-emails", ok: true, result: { smtp: false } });
  });
});
