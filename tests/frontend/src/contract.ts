// Calls the contract must refuse: required query parameters are required in the types too. Never run; only tsc
// reads this file, and an unused @ts-expect-error is itself an error.
import type { Api } from "./api.js";

export function callsThatMustNotCompile(api: Api): void {
    // @ts-expect-error `substance` is required
    void api.GET("/api/dose-ranges/lookup", { params: { query: { ageYears: 40, sex: "female" } } });
    // @ts-expect-error `sex` is required
    void api.GET("/api/dose-ranges/lookup", { params: { query: { substance: "magnesium", ageYears: 40 } } });
    // @ts-expect-error `targetMg` is required
    void api.GET("/api/foods/plan", { params: { query: { nutrient: "magnesium" } } });
    // @ts-expect-error `q` is required
    void api.GET("/api/search", { params: { query: {} } });
}
