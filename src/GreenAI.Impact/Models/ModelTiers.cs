using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GreenAI.Impact.Models;

/// <summary>
/// The newest catalogued model of each provider tier (embedded model-tiers.tsv): an id newer than the catalogue
/// (claude-sonnet-5) is estimated as that model, and the message says so. Never used across providers or tiers.
/// </summary>
internal static class ModelTiers
{
    private static readonly Lazy<ImmutableArray<Row>> Table = new(Load);

    /// <summary>The tier row an id (normalised, lower case) belongs to, or null.</summary>
    public static (string EstimateAs, string Tier)? Find(string normalizedId)
    {
        foreach (var row in Table.Value)
        {
            if (row.Pattern.IsMatch(normalizedId))
            {
                return (row.EstimateAs, row.Tier);
            }
        }

        return null;
    }

    private static ImmutableArray<Row> Load()
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.model-tiers.tsv"))
        {
            rows.Add(new Row(new Regex(cells[1], RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)), cells[2], cells[3]));
        }

        return rows.ToImmutable();
    }

    private sealed class Row
    {
        public Row(Regex pattern, string estimateAs, string tier) => (Pattern, EstimateAs, Tier) = (pattern, estimateAs, tier);

        public Regex Pattern { get; }

        public string EstimateAs { get; }

        public string Tier { get; }
    }
}
