using System.ComponentModel.DataAnnotations;

namespace ContentApi.DoseRanges;

// Each vocabulary is written once and read three ways: query validation, the OpenAPI enums of parameters and of
// response members (QueryValidator, QueryParameterFilter, ResponseSchemaFilter). The database CHECKs hold the same lists.

/// <summary>Dose range kinds: RDA, AI, UL and the article's own guidance.</summary>
public sealed class DoseKindValuesAttribute() : AllowedValuesAttribute("RDA", "AI", "UL", "guidance");

/// <summary>The kinds a dose lookup's intake figure can be (never UL: that is the upper limit's own member).</summary>
public sealed class IntakeFigureKindValuesAttribute() : AllowedValuesAttribute("RDA", "AI", "guidance");

/// <summary>The sexes a person can be looked up as.</summary>
public sealed class SexValuesAttribute() : AllowedValuesAttribute("female", "male");

/// <summary>The sexes a dose range applies to: one, or <c>any</c>.</summary>
public sealed class DoseSexValuesAttribute() : AllowedValuesAttribute("female", "male", "any");

public sealed class LifeStageValuesAttribute() : AllowedValuesAttribute("general", "pregnancy", "lactation");

public sealed class AppliesToValuesAttribute() : AllowedValuesAttribute("food-and-supplements", "breast-milk-formula-and-food", "supplements-only");

public sealed class RouteValuesAttribute() : AllowedValuesAttribute("oral", "intravenous", "any");
