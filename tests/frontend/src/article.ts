// The article page: header, hero image and body, rendered from the typed blocks.
import assert from "node:assert/strict";
import { api, ok, type paths } from "./api.js";

type Article = paths["/api/articles/{slug}"]["get"]["responses"][200]["content"]["application/json"];

export async function readArticle(): Promise<string> {
    const article: Article = ok(await api.GET("/api/articles/{slug}", {
        params: { path: { slug: "magnesium-for-restless-legs" } },
    }));

    const title: string = article.title;
    // No image until the media library exists: the page leaves the hero out rather than show a broken one.
    const hero = article.heroImage === null ? [] : [`![${article.heroImage.alt}](${article.heroImage.url})`];
    const published = article.publishedAt === null ? "not yet published" : new Date(article.publishedAt).toDateString();

    const lines = [`# ${title}`, ...hero, published];
    let paragraphs = 0;
    let listItems = 0;
    // `sections` is left out when `?include=` does not name it; it is served by default.
    const sections = article.sections ?? [];
    for (const section of sections) {
        lines.push(`## ${section.heading}`);
        assert.ok(section.blocks.length > 0, `section ${section.key} has no blocks`);
        for (const block of section.blocks) {
            switch (block.type) {
                case "paragraph": {
                    const text: string = block.text;
                    assert.ok(text.length > 0, `an empty paragraph in ${section.key}`);
                    lines.push(text);
                    paragraphs++;
                    break;
                }
                case "list": {
                    if (block.text !== null) {
                        lines.push(block.text);
                    }
                    lines.push(...block.items.map((item, i) => `${block.style === "numbered" ? `${i + 1}.` : "-"} ${item}`));
                    assert.ok(block.items.length > 0, `an empty list in ${section.key}`);
                    listItems += block.items.length;
                    break;
                }
                default: {
                    // A block type this page does not know must be a compile error, not a blank space.
                    const never: never = block;
                    throw new Error(`unknown block ${JSON.stringify(never)}`);
                }
            }
        }
    }

    assert.equal(title, "Magnesium for Restless Legs");
    assert.ok(sections.length > 0, "the article has no sections");
    assert.ok(paragraphs > 0 && listItems > 0, `${paragraphs} paragraphs, ${listItems} list items`);
    return `${sections.length} sections, ${paragraphs} paragraphs, ${listItems} list items, ${lines.join("\n").length} characters rendered`;
}
