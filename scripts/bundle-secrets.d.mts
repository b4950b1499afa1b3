export declare const SECRET_NAMES: readonly string[];
export declare const BUILD_CANARIES: Readonly<Record<"NEXTAUTH_SECRET" | "CRON_SECRET" | "ORDER_LINK_SECRET", string>>;
export declare function findInFiles(dir: string, needles: readonly string[]): { file: string; needle: string }[];
export declare function assertNoSecretsInBundle(distDir: string, values?: readonly string[]): { scanned: number };
