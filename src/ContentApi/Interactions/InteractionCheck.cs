using ContentApi.Preview;

namespace ContentApi.Interactions;

/// <summary>Matches what people type to known interactions and explains the result in one paragraph.</summary>
internal static class InteractionCheck
{
    public static async Task<InteractionCheckResponse> AnswerAsync(
        InteractionCheckQuery query, IInteractionRepository interactions, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var substance = query.EffectiveSubstance;
        var aliases = (await interactions.ListAliasesAsync(substance, visibility, cancellationToken))
            .ToLookup(alias => (alias.Kind, NameNormalizer.Normalize(alias.Alias)));

        // The same name given twice is checked once.
        var inputs = query.MedicationNames.Select(name => new CheckedName(name, "medication"))
            .Concat(query.ConditionNames.Select(name => new CheckedName(name, "condition")))
            .DistinctBy(input => (input.Kind, NameNormalizer.Normalize(input.Input)))
            .ToList();
        var hits = inputs.Select(input => (input, aliases: aliases[(input.Kind, NameNormalizer.Normalize(input.Input))].ToList())).ToList();

        var found = (await interactions.FindManyAsync(hits.SelectMany(hit => hit.aliases).Select(alias => alias.InteractionId).Distinct(), visibility, cancellationToken))
            .ToDictionary(interaction => interaction.Id);
        var matches = hits
            .Select((hit, order) => (hit, order))
            .Where(pair => pair.hit.aliases.Count > 0)
            .Select(pair => (pair.order, match: new InteractionMatch(
                pair.hit.input.Input, pair.hit.input.Kind, pair.hit.aliases[0].Alias, pair.hit.aliases[0].AliasType,
                pair.hit.aliases.Select(alias => found[alias.InteractionId]).DistinctBy(interaction => interaction.Id)
                    .OrderByDescending(interaction => SeverityRank(interaction.Severity)).ThenBy(interaction => interaction.Id).ToList())))
            .OrderByDescending(pair => SeverityRank(pair.match.Interactions[0].Severity)).ThenBy(pair => pair.order)
            .Select(pair => pair.match)
            .ToList();
        var unmatched = hits.Where(hit => hit.aliases.Count == 0).Select(hit => hit.input).ToList();
        var highest = matches.Count == 0 ? null : matches[0].Interactions[0].Severity;

        return new InteractionCheckResponse(substance, inputs.Count, matches, unmatched, highest, Summary(substance, inputs.Count, matches, unmatched));
    }

    internal static int SeverityRank(string severity) => severity switch
    {
        "major" => 3,
        "moderate" => 2,
        _ => 1,
    };

    /// <summary>
    /// One paragraph: how many names call for caution, then one sentence per name with its interactions and their
    /// grades in the order served ("pregnancy: Pregnancy … (major); Pregnancy … (minor)."), then what was not recognized.
    /// </summary>
    private static string Summary(string substance, int checkedCount, List<InteractionMatch> matches, List<CheckedName> unmatched)
    {
        var notRecognized = unmatched.Count == 0 ? "" : $" Not recognized: {string.Join(", ", unmatched.Select(name => name.Input))}.";
        if (matches.Count == 0)
        {
            var none = checkedCount == 1 ? "The name checked matches no known interaction" : $"None of the {checkedCount} names checked matches a known interaction";
            return $"{none} with {substance}.{notRecognized} " +
                   "That does not prove they are safe together: ask a pharmacist or doctor.";
        }

        var cautions = matches.Select(match =>
            $" {match.Input}: {string.Join("; ", match.Interactions.Select(interaction => $"{interaction.Name} ({interaction.Severity})"))}.");
        return $"{matches.Count} of {Names(checkedCount)} {(matches.Count == 1 ? "calls" : "call")} for caution with {substance}." +
               $"{string.Concat(cautions)}{notRecognized} Follow the guidance for each, and ask a pharmacist or doctor before combining them.";
    }

    private static string Names(int count) => count == 1 ? "1 name" : $"{count} names";
}
