export * from "./config";
export * from "./rates";
export * from "./indicator";
export * from "./amount";
