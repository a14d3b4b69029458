import { defineConfig } from "vitest/config";

// DOM tests opt into jsdom per file with a `@vitest-environment jsdom` comment.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
