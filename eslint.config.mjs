import next from "eslint-config-next";
import tseslint from "typescript-eslint";

const config = [
  { ignores: ["node_modules/**", ".next*/**", "drizzle/**", "playwright-report/**", "test-results/**", "next-env.d.ts", "public/**"] },
  ...next,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ["**/*.ts", "**/*.tsx"] })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/only-throw-error": "off",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/shared/env.ts only." },
      ],
    },
  },
  {
    // The configuration module itself, build configs, Next's runtime hooks (NODE_ENV/NEXT_RUNTIME
    // are inlined by the bundler) and test/CI harnesses set up the environment.
    files: ["lib/shared/env.ts", "next.config.ts", "proxy.ts", "instrumentation.ts", "playwright.config.ts", "playwright.instances.config.ts", "e2e-instances/**", "vitest.config.ts", "drizzle.config.ts", "scripts/**", "tests/setup/**", "tests/support/**", "e2e/support/**", "bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
