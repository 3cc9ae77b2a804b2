/** Jest: TypeScript through ts-jest (type errors are caught by `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true },
      },
    ],
  },
  testTimeout: 30000,
  // Builds dist/ once before the workers start (suites that load it would otherwise race to build it).
  globalSetup: "<rootDir>/test/globalSetup.ts",
};
