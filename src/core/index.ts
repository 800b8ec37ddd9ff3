/** The pure core: no Office.js, no DOM, no Node APIs. Hosts import from here. */
export * from "./sheet";
export * from "./values";
export * from "./rounding";
export * from "./model";
export * from "./locate";
export * from "./scoring";
export * from "./rules";
export * from "./analyze";
