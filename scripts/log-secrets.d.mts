export declare const LOG_NEEDLES: readonly string[];
export declare function scanServerLogs(dir: string | undefined, needles?: readonly string[]): { leaks: { file: string; needle: string }[]; lines: number; tails: { file: string; tail: string }[] };
