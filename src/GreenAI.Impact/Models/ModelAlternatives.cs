using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GreenAI.Impact.Caching;

namespace GreenAI.Impact.Models;

/// <summary>
/// The smaller model of the same provider and generation for each large chat model (embedded model-alternatives.tsv),
/// parsed once per process. green_ai.model_alternatives entries win over it.
/// </summary>
internal static class ModelAlternatives
{
    private static readonly Lazy<ImmutableArray<Row>> Table = new(Load);

    // The table is fixed for the process: each model name is matched against its patterns once.
    private static readonly BoundedCache<string, ImmutableArray<string>> ByName = new("built-in alternatives", 1024, StringComparer.Ordinal);

    /// <summary>The built-in alternatives of a catalogue model, best first; empty when it has no smaller sibling.</summary>
    public static ImmutableArray<string> BuiltIn(ModelEntry entry) =>
        ByName.GetOrAdd(entry.Name, entry, static (_, model) => Match(model));

    private static ImmutableArray<string> Match(ModelEntry entry)
    {
        foreach (var row in Table.Value)
        {
            if (row.Pattern.IsMatch(entry.Name))
            {
                return row.Alternatives;
            }
        }

        return ImmutableArray<string>.Empty;
    }

    /// <summary>The alternative configured for the id as written or for its catalogue name, or null.</summary>
    public static string? Configured(ModelMatch match, IReadOnlyDictionary<string, string> configured)
    {
        if (configured.Count == 0)
        {
            return null;
        }

        return configured.TryGetValue(match.RequestedId, out var byId) ? byId
            : configured.TryGetValue(match.Entry.Name, out var byName) ? byName
            : null;
    }

    private static ImmutableArray<Row> Load()
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.model-alternatives.tsv"))
        {
            if (cells.Length < 2)
            {
                continue;
            }

            var alternatives = ImmutableArray.CreateBuilder<string>();
            foreach (var alternative in cells[1].Split(','))
            {
                if (alternative.Trim().Length > 0)
                {
                    alternatives.Add(alternative.Trim());
                }
            }

            // Matched only against catalogue names and ids declared in .editorconfig (at most 200 characters), once per
            // name: trusted patterns on bounded input, and no timeout, so no RegexMatchTimeoutException whatever the host's
            // default (REGEX_DEFAULT_MATCH_TIMEOUT) or load.
            rows.Add(new Row(new Regex(cells[0], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), alternatives.ToImmutable()));
        }

        return rows.ToImmutable();
    }

    private sealed class Row
    {
        public Row(Regex pattern, ImmutableArray<string> alternatives)
        {
            Pattern = pattern;
            Alternatives = alternatives;
        }

        public Regex Pattern { get; }

        public ImmutableArray<string> Alternatives { get; }
    }
}
