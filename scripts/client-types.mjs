// TypeScript types of the Coffer API, generated from its OpenAPI document with openapi-typescript.
// `npm run client:generate` writes them to test/node/generated/coffer-api.d.ts; a node test
// regenerates them from the live document and fails when the committed file is stale.

import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The committed, generated types the node end-to-end tests use through openapi-fetch. */
export const CLIENT_TYPES_FILE = path.join(ROOT, "test", "node", "generated", "coffer-api.d.ts");

const HEADER = `// Generated from Coffer's /openapi.json by openapi-typescript (\`npm run client:generate\`).
// Do not edit: regenerate after changing a route or a schema; \`npm test\` fails while it is stale.

`;

/** The file's text for an OpenAPI document (an object, as `/openapi.json` returns it). */
export async function clientTypes(document) {
  const ast = await openapiTS(structuredClone(document), { silent: true });
  return HEADER + astToString(ast);
}
