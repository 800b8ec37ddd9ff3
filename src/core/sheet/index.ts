export * from "./snapshot";
export * from "./a1";
