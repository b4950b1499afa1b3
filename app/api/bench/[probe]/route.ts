import { answerBenchProbe } from "@/lib/operations/bench-probes";

export const dynamic = "force-dynamic";

/** Baselines of `npm run bench:http`; 404 unless BENCH_PROBES=1 (lib/operations/bench-probes.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ probe: string }> }): Promise<Response> {
  return answerBenchProbe((await params).probe, request);
}
