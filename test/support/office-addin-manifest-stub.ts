// office-addin-mock imports office-addin-manifest only for manifest helpers the tests never call.
export const OfficeAddinManifest = {};
export default {};
