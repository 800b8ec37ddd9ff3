/** Jest runs the TypeScript sources directly through ts-jest (CommonJS for the test run only). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which is not needed (nor loadable offline) under jest.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.ts",
  },
  testTimeout: 60000,
};
