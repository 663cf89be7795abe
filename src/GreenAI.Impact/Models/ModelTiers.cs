using System;
using System.Collections.Immutable;

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
            if (row.Shape.Matches(normalizedId))
            {
                return (row.EstimateAs, row.Tier);
            }
        }

        return null;
    }

    /// <summary>The rows whose shape reads: a test compares it with the rows of the file.</summary>
    internal static int RowCount => Table.Value.Length;

    private static ImmutableArray<Row> Load()
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.model-tiers.tsv"))
        {
            // A row whose shape does not read is skipped here and failed by ModelTiersTests.
            if (cells.Length >= 5 && TierShape.Parse(cells[1], cells[2]) is { } shape)
            {
                rows.Add(new Row(shape, cells[3], cells[4]));
            }
        }

        return rows.ToImmutable();
    }

    private sealed class Row
    {
        public Row(TierShape shape, string estimateAs, string tier) => (Shape, EstimateAs, Tier) = (shape, estimateAs, tier);

        public TierShape Shape { get; }

        public string EstimateAs { get; }

        public string Tier { get; }
    }
}
