using System.ComponentModel.DataAnnotations;

namespace ContentApi.Interactions;

// Written once, read by query validation and by the OpenAPI enums of parameters and response members.

public sealed class InteractionKindValuesAttribute() : AllowedValuesAttribute("medication", "condition");

/// <summary>This API's editorial grade of an interaction (see <see cref="InteractionResponse"/>).</summary>
public sealed class SeverityValuesAttribute() : AllowedValuesAttribute("major", "moderate", "minor");

/// <summary>What kind of known name an input matched.</summary>
public sealed class MatchTypeValuesAttribute() : AllowedValuesAttribute("generic", "brand", "class", "condition");
