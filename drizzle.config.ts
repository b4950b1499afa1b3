import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema.ts", "./lib/db/sandbox-schema.ts"],
  out: "./drizzle",
  schemaFilter: ["public", "sandbox"],
});
