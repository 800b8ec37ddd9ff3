export * from "./common";
export * from "./final";
export * from "./selfeval";
export * from "./basedata";
export * from "./package";
