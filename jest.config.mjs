import nextJest from "next/jest.js";

// One project per layer. Integration tests run on embedded PGlite always, and again on the real
// PostgreSQL / Redis servers when DATABASE_URL / REDIS_URL are set (CI sets both).
const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/tests/e2e/"],
};

// ESM-only packages that Jest (CommonJS) must compile like our own code.
const ESM_PACKAGES = ["jose"];

const project = async (config) => {
  const resolved = await createJestConfig({ ...shared, ...config })();
  // next/jest lists the node_modules packages it compiles as `(?!(geist|…)/)`; add ours there.
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.replace("(?!(geist|", `(?!(${ESM_PACKAGES.join("|")}|geist|`),
  );
  // With tsconfig `paths`, next/jest makes SWC resolve bare imports against the project root, so
  // `import "inngest"` would become our own inngest/ folder. Jest's moduleNameMapper handles `@/`.
  for (const [, transformer] of Object.values(resolved.transform)) {
    if (transformer && typeof transformer === "object") delete transformer.resolvedBaseUrl;
  }
  return resolved;
};

export default async function jestConfig() {
  const projects = [
    await project({
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/property/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/setup/env-unit.ts"],
    }),
    await project({
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/components/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup/components.ts"],
    }),
    await project({
      displayName: "embedded",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/setup/env-embedded.ts", "<rootDir>/tests/setup/jobs.ts"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup/integration-timeout.ts"],
    }),
  ];
  if (process.env.DATABASE_URL) {
    projects.push(
      await project({
        displayName: "postgres",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
        globalSetup: "<rootDir>/tests/setup/postgres-global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/postgres-global-teardown.mjs",
        setupFiles: ["<rootDir>/tests/setup/env-postgres.ts", "<rootDir>/tests/setup/jobs.ts"],
        setupFilesAfterEnv: [
          "<rootDir>/tests/setup/integration-timeout.ts",
          "<rootDir>/tests/setup/postgres-retries.ts",
        ],
      }),
    );
  }
  return { projects, testTimeout: 60_000, maxWorkers: 2 };
}
