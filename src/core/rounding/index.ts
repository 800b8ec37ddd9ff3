export * from "./interval";
export * from "./compare";
