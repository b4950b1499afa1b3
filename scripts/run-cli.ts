/**
 * Runs a command-line script's main(): its result is the exit code; an error prints its message
 * only (no stack: the person at the terminal is a merchant, not us) and exits 1.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
