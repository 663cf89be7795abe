using System;
using System.Collections.Generic;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// The community OpenAI package's <c>Model.GPT4_Turbo</c> and friends have no compile-time value; this is the table
/// of what they return (embedded community-openai-models.tsv, for OpenAI_API 1.11.0).
/// </summary>
internal static class CommunityOpenAIModelNames
{
    public const string ModelType = "OpenAI_API.Models.Model";

    private static readonly Lazy<Dictionary<string, string>> Table = new(() => EmbeddedTable.Pairs("GreenAI.Impact.community-openai-models.tsv"));

    /// <summary>The model id of <c>Model.{member}</c>, or null for a member the table does not hold.</summary>
    public static string? Find(string member) => Table.Value.TryGetValue(member, out var id) ? id : null;
}
