export * from "./grid";
export * from "./recognizer";
export * from "./read-package";
