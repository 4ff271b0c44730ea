using System.ComponentModel.DataAnnotations;

namespace ContentApi.Articles;

/// <summary>How a list block is marked. Read by the OpenAPI enum of the response member.</summary>
public sealed class ListStyleValuesAttribute() : AllowedValuesAttribute("bulleted", "numbered");

/// <summary>An article's publication status. Public reads serve only published articles; drafts are read with a key (Editing).</summary>
public sealed class ArticleStatusValuesAttribute() : AllowedValuesAttribute("draft", "published");

// schema.org types, one value each: the OpenAPI document states them as enums, so clients can rely on "@type".
public sealed class SchemaOrgContextValuesAttribute() : AllowedValuesAttribute("https://schema.org");

public sealed class MedicalWebPageTypeValuesAttribute() : AllowedValuesAttribute("MedicalWebPage");

public sealed class MedicalConditionTypeValuesAttribute() : AllowedValuesAttribute("MedicalCondition");

public sealed class PatientTypeValuesAttribute() : AllowedValuesAttribute("Patient");

public sealed class WebPageElementTypeValuesAttribute() : AllowedValuesAttribute("WebPageElement");

public sealed class CreativeWorkTypeValuesAttribute() : AllowedValuesAttribute("CreativeWork");

public sealed class OrganizationTypeValuesAttribute() : AllowedValuesAttribute("Organization");
