/*
 * A signed-in admin, pro or customer for integration tests that render pages and call server
 * actions: the test file mocks next-auth with `mockedNextAuth` and sets `testSession.userId`
 * (null: signed out). vi.mock factories run before the file's imports, so they reach this module
 * by a dynamic import — the same instance the test imports.
 *
 *   vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
 */

export const testSession = { userId: null as string | null };

export async function mockedNextAuth(importOriginal: <T>() => Promise<T>) {
  return {
    ...(await importOriginal<typeof import("next-auth")>()),
    getServerSession: () => Promise.resolve(testSession.userId ? { user: { id: testSession.userId } } : null),
  };
}

/** No request scope to revalidate in a test: the pages are rendered again by the test itself. */
export async function mockedNextCache(importOriginal: <T>() => Promise<T>) {
  return { ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined };
}
