// Runs every page of the frontend against CONTENTAPI_BASE_URL and reports each; exits 1 when any check fails.
// Each check runs even when an earlier one fails, so one run shows everything that is wrong.
import { readArticle } from "./article.js";
import { readAllFoods } from "./foods.js";
import { checkInteractions, lookUpDose, planFoods, search } from "./answers.js";
import { baseUrl } from "./api.js";

const checks: Record<string, () => Promise<string>> = {
    article: readArticle,
    "foods, every page": readAllFoods,
    "dose lookup": lookUpDose,
    "interaction check": checkInteractions,
    "food plan": planFoods,
    search,
};

let failed = 0;
for (const [name, check] of Object.entries(checks)) {
    try {
        console.log(`ok ${name}: ${await check()}`);
    } catch (error) {
        failed++;
        console.log(`FAILED ${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
}

console.log(`${Object.keys(checks).length - failed} of ${Object.keys(checks).length} checks passed against ${baseUrl}`);
process.exitCode = failed === 0 ? 0 : 1;
