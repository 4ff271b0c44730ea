// The food list: every page, reached by following the Link header's rel="next" as a browser would.
import assert from "node:assert/strict";
import { api, ok, type paths } from "./api.js";

type FoodPage = paths["/api/foods"]["get"]["responses"][200]["content"]["application/json"];

export async function readAllFoods(): Promise<string> {
    const first = await api.GET("/api/foods", { params: { query: { pageSize: 5 } } });
    const firstPage: FoodPage = ok(first);
    const ids = new Set(firstPage.items.map((food) => food.id));
    let pages = 1;
    let next = nextLink(first.response.headers.get("Link"));
    while (next !== undefined) {
        // The API serves absolute links, so the URL is fetched as it is.
        const response = await fetch(next);
        assert.equal(response.status, 200, `GET ${next}`);
        const page: FoodPage = await response.json();
        page.items.forEach((food) => ids.add(food.id));
        pages++;
        assert.ok(pages <= firstPage.totalPages, `more than ${firstPage.totalPages} pages: ${next}`);
        next = nextLink(response.headers.get("Link"));
    }

    assert.equal(pages, firstPage.totalPages, "pages followed");
    assert.equal(ids.size, firstPage.totalItems, "distinct foods across all pages");
    return `${ids.size} foods on ${pages} pages`;
}

function nextLink(header: string | null): string | undefined {
    return header?.match(/<([^>]*)>\s*;\s*rel="next"/)?.[1];
}
