import packageJson from "../../package.json";

/** The add-in's version, from package.json (webpack keeps only this field of the JSON in the bundle). */
export const ADDIN_VERSION: string = packageJson.version;
