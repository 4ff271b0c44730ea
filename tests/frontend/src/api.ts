// The client every page of the frontend uses: typed by the generated paths, nothing written by hand.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { paths } from "./generated/api.js";

export type { components, paths } from "./generated/api.js";

export const baseUrl = process.env.CONTENTAPI_BASE_URL ?? "http://localhost:5080";

// Lists such as `medications` go out comma-separated, the form the API documents.
export const api = createClient<paths>({ baseUrl, querySerializer: { array: { style: "form", explode: false } } });

export type Api = typeof api;

/** The body of a 200 answer; anything else fails with the status and the problem the API sent. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
    const { data, error, response } = result;
    assert.equal(response.status, 200, `${response.url}: HTTP ${response.status} ${JSON.stringify(error)}`);
    assert.ok(data !== undefined, `${response.url}: 200 without a body`);
    return data;
}
