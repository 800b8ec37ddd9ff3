export { localiseErrors } from "./localise";
export type { Identity } from "./identity";
