// office-addin-mock imports office-addin-manifest only for its OfficeApp host names (it tells Outlook's
// load semantics apart); the rest of the manifest helpers are never called by the tests.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
export const OfficeAddinManifest = {};
export default {};
