using System.ComponentModel.DataAnnotations;

namespace ContentApi.SideEffects;

/// <summary>Read by query validation and by the OpenAPI enums of the parameter and the response member.</summary>
public sealed class SideEffectSeverityValuesAttribute() : AllowedValuesAttribute("common", "severe");
