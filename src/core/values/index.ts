export * from "./parse";
export * from "./figure";
export * from "./text";
export * from "./format";
