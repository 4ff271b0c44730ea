// The answer widgets: dose for one person, interaction check, food plan, search box.
import assert from "node:assert/strict";
import { api, ok } from "./api.js";

export async function lookUpDose(): Promise<string> {
    const dose = ok(await api.GET("/api/dose-ranges/lookup", {
        params: { query: { substance: "magnesium", ageYears: 40, sex: "female" } },
    }));
    const intake: number | null = dose.recommendedIntake.amount;
    const limit: number | null = dose.upperLimit.established ? dose.upperLimit.amount : null;

    assert.equal(dose.person.sex, "female");
    assert.equal(dose.recommendedIntake.kind, "RDA");
    assert.equal(intake, 320);
    assert.equal(dose.recommendedIntake.unit, "mg");
    assert.equal(limit, 350);
    assert.ok(dose.cautions.length > 0, "no cautions");
    assert.ok(dose.summary.length > 0, "no summary");
    return `${dose.recommendedIntake.kindName}: ${intake} ${dose.recommendedIntake.unit}/${dose.recommendedIntake.per}, upper limit ${limit}`;
}

// Badge colours per severity: every grade the API can send has one.
const severityColour: Record<"major" | "moderate" | "minor" | "none", string> = {
    major: "red",
    moderate: "orange",
    minor: "yellow",
    none: "green",
};

export async function checkInteractions(): Promise<string> {
    const check = ok(await api.GET("/api/interactions/check", {
        params: { query: { medications: ["ciprofloxacin", "aspirin"] } },
    }));
    const colour = severityColour[check.highestSeverity ?? "none"];
    const match = check.matches.find((m) => m.input === "ciprofloxacin");
    const quinolone = match?.interactions.find((interaction) => interaction.drugClass === "Quinolone antibiotic");

    assert.equal(check.checked, 2);
    assert.ok(quinolone, `no quinolone interaction for ciprofloxacin: ${check.summary}`);
    assert.equal(quinolone.name, "Quinolone antibiotics");
    assert.ok(quinolone.spacing !== null, "the quinolone interaction has no spacing");
    assert.equal(quinolone.spacing.medicineHoursBeforeMagnesium, 2);
    assert.deepEqual(check.unmatched.map((name) => name.input), ["aspirin"]);
    assert.equal(colour, "orange");
    return `${quinolone.name} (${check.highestSeverity}); unmatched: ${check.unmatched.map((name) => name.input).join(", ")}`;
}

export async function planFoods(): Promise<string> {
    const plan = ok(await api.GET("/api/foods/plan", { params: { query: { nutrient: "magnesium", targetMg: 320 } } }));
    const servings = plan.items.reduce((sum, item) => sum + item.servings, 0);
    const milligrams = plan.items.reduce((sum, item) => sum + item.amountMg, 0);

    assert.equal(plan.reachable, true);
    assert.ok(plan.totalMg >= plan.targetMg, `${plan.totalMg} mg is short of ${plan.targetMg} mg`);
    assert.equal(plan.shortfallMg, 0);
    assert.equal(servings, plan.totalServings);
    assert.equal(milligrams, plan.totalMg);
    return `${plan.totalServings} servings, ${plan.totalMg} mg: ${plan.items.map((item) => `${item.servings} × ${item.name}`).join(", ")}`;
}

export async function search(): Promise<string> {
    const results = ok(await api.GET("/api/search", { params: { query: { q: "magnesium" } } }));
    const article = results.items.find((hit) => hit.type === "article" && hit.articleSlug === "magnesium-for-restless-legs");

    assert.ok(article, `no article hit among ${results.items.map((hit) => hit.title).join("; ")}`);
    assert.equal(article.title, "Magnesium for Restless Legs");
    assert.match(article.snippet, /<mark>magnesium<\/mark>/i);
    return `${results.totalItems} hits, the article among them`;
}
