using System.ComponentModel.DataAnnotations;

namespace ContentApi.Sources;

/// <summary>What a citation of a source can point at. Read by the OpenAPI enum of the response member.</summary>
public sealed class CitationTypeValuesAttribute() : AllowedValuesAttribute("block", "doseRange", "food", "interaction", "sideEffect", "remedy");
