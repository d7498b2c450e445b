// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The imports of the generated script: the Model SDK, the Platform SDK and Node built-ins. */
export const importsSource = String.raw`import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { IModel } from 'mendixmodelsdk';
import { codeactions, datatypes, domainmodels, exportmappings, importmappings, jsonstructures, mappings, microflows, projects, security, services, Version, xmlschemas } from 'mendixmodelsdk';
import { MendixPlatformClient, setPlatformConfig } from 'mendixplatformsdk';
`;
