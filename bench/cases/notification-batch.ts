/** One batch of identical notifications posted to the shop, all at once or one after the other. */
export type BatchResult = { wallMs: number; latenciesMs: number[]; outcomes: Record<string, number> };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export async function measureNotificationBatch(baseUrl: string, body: string, copies: number, mode: "sequential" | "concurrent"): Promise<BatchResult> {
  const latenciesMs: number[] = [];
  const outcomes: Record<string, number> = {};
  const post = async () => {
    const started = nowMs();
    const response = await fetch(`${baseUrl}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const answer = (await response.json()) as { outcome?: string };
    latenciesMs.push(nowMs() - started);
    if (response.status !== 200) throw new Error(`IPN answered ${response.status}: ${JSON.stringify(answer)}`);
    const key = answer.outcome ?? "?";
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  };
  const started = nowMs();
  if (mode === "concurrent") await Promise.all(Array.from({ length: copies }, post));
  else for (let i = 0; i < copies; i++) await post();
  return { wallMs: nowMs() - started, latenciesMs, outcomes };
}
