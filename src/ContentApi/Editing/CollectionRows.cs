namespace ContentApi.Editing;

// Rows as Dapper reads them (settable members convert SQLite's 64-bit integers), then the editor's records.

internal sealed class EditableDoseRangeRow
{
    public int Id { get; set; }
    public string Substance { get; set; } = "";
    public string Form { get; set; } = "";
    public string Route { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Sex { get; set; } = "";
    public string LifeStage { get; set; } = "";
    public int AgeMinMonths { get; set; }
    public int? AgeMaxMonths { get; set; }
    public string AgeLabel { get; set; } = "";
    public double? MinAmount { get; set; }
    public double? MaxAmount { get; set; }
    public string Unit { get; set; } = "";
    public string Per { get; set; } = "";
    public string AppliesTo { get; set; } = "";
    public string? Note { get; set; }
    public string SourceKey { get; set; } = "";

    public EditableDoseRange ToItem() =>
        new(Id, Substance, Form, Route, Kind, Sex, LifeStage, AgeMinMonths, AgeMaxMonths, AgeLabel, MinAmount, MaxAmount, Unit, Per, AppliesTo, Note, SourceKey);
}

internal sealed class EditableFoodRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Serving { get; set; } = "";
    public string Nutrient { get; set; } = "";
    public double AmountMg { get; set; }
    public double? AmountMaxMg { get; set; }
    public int PercentDailyValue { get; set; }
    public string SourceKey { get; set; } = "";

    public EditableFood ToItem() => new(Id, Name, Serving, Nutrient, AmountMg, AmountMaxMg, PercentDailyValue, SourceKey);
}

internal sealed class EditableInteractionRow
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Substance { get; set; }
    public string? DrugClass { get; set; }
    public string Mechanism { get; set; } = "";
    public string Guidance { get; set; } = "";
    public double? MedicineHoursBeforeMagnesium { get; set; }
    public double? MedicineHoursAfterMagnesium { get; set; }
    public double? MedicineHoursAfterMagnesiumUpTo { get; set; }
    public string Severity { get; set; } = "";
    public bool DoseCaution { get; set; }
    public string SourceKey { get; set; } = "";

    public EditableInteraction ToItem(IReadOnlyList<string> examples, IReadOnlyList<EditableAlias> aliases) => new(
        Id, Kind, Name, Substance, DrugClass, examples, aliases, Mechanism, Guidance,
        MedicineHoursBeforeMagnesium, MedicineHoursAfterMagnesium, MedicineHoursAfterMagnesiumUpTo, Severity, DoseCaution, SourceKey);
}

internal sealed class EditableSideEffectRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Description { get; set; } = "";
    public string SourceKey { get; set; } = "";

    public EditableSideEffect ToItem() => new(Id, Name, Severity, Description, SourceKey);
}

internal sealed class EditableRemedyRow
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? EvidenceLevel { get; set; }
    public string? DependenceNote { get; set; }
    public string? AugmentationNote { get; set; }
    public string SourceKey { get; set; } = "";

    public EditableRemedy ToItem(IReadOnlyList<string> examples) =>
        new(Id, Kind, Name, Description, EvidenceLevel, DependenceNote, AugmentationNote, examples, SourceKey);
}

/// <summary>A child row (an example or alias) of an item.</summary>
internal sealed class ChildRow
{
    public int ParentId { get; set; }
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
}
