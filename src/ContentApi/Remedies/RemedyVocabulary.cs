using System.ComponentModel.DataAnnotations;

namespace ContentApi.Remedies;

/// <summary>Read by query validation and by the OpenAPI enums of the parameter and the response member.</summary>
public sealed class RemedyKindValuesAttribute() : AllowedValuesAttribute("alternative", "conventional");
