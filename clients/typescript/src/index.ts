// The lienhiep API client: openapi-fetch typed by `schema.d.ts`, which openapi-typescript
// generates from `openapi/openapi.json` (`npm run generate`; never edited by hand).
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** Every schema of the contract, by name: `Schemas["Member"]`. */
export type Schemas = components["schemas"];

/** The body of every error answer (RFC 9457). */
export type Problem = Schemas["Problem"];

/** A client of the API at `baseUrl` (the service's origin: paths start with `/api/v1`). */
export function lienhiepClient(options: ClientOptions & { baseUrl: string }): Client<paths> {
  return createClient<paths>(options);
}
