using System;
using System.Collections.Generic;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// Betalgo's <c>Models.Gpt_4o</c> properties and <c>Models.Model</c> enum members have no compile-time value; this is
/// the table of what they return (embedded betalgo-models.tsv, read from Betalgo.Ranul.OpenAI 9.2.6 at run time).
/// </summary>
internal static class BetalgoModelNames
{
    public const string ModelsType = "Betalgo.Ranul.OpenAI.ObjectModels.Models";

    /// <summary>Betalgo's <c>Models</c> class under either package name (Betalgo.Ranul.OpenAI 9.x, Betalgo.OpenAI 8.x).</summary>
    public static bool IsModelsType(string displayName) =>
        displayName == ModelsType || displayName == Sdk.BetalgoSpellings.LegacyName(ModelsType);

    private static readonly Lazy<Dictionary<string, string>> Table = new(() => EmbeddedTable.Pairs("GreenAI.Impact.betalgo-models.tsv"));

    /// <summary>The wire id of <c>Models.{member}</c> (enumMember false) or <c>Models.Model.{member}</c>, or null.</summary>
    public static string? Find(string member, bool enumMember) =>
        Table.Value.TryGetValue((enumMember ? "Models.Model." : "Models.") + member, out var id) ? id : null;
}
