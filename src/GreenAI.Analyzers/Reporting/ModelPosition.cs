using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using GreenAI.Impact;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.Reporting;

/// <summary>
/// Where a call's model id is written (<see cref="PropertyNames.ModelAt"/>): the place GAI001 reports the choice when
/// the id is written in the slot, so that a tool can join the choice to the calls it feeds.
/// </summary>
internal static class ModelPosition
{
    public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, ModelCall call, ModelMatch match)
    {
        // The candidate the estimate is for: the only one, or (a ternary between models) the one the match names.
        var candidates = call.Model.Candidates;
        foreach (var candidate in candidates)
        {
            if ((candidates.Length == 1 || candidate.Id == match.RequestedId) && Of(candidate) is { } position)
            {
                return properties.SetItem(PropertyNames.ModelAt, position);
            }
        }

        return properties;
    }

    /// <summary>"12:31:/src/App/Bot.cs", 1-based as SARIF gives a result's region; null when the id is not written in a source file.</summary>
    private static string? Of(ModelIdCandidate candidate)
    {
        var tree = candidate.Operation.Syntax.SyntaxTree;
        if (string.IsNullOrEmpty(tree.FilePath))
        {
            return null;
        }

        var start = tree.GetLineSpan(candidate.Operation.Syntax.Span).StartLinePosition;
        return (start.Line + 1).ToString(CultureInfo.InvariantCulture) + ":" + (start.Character + 1).ToString(CultureInfo.InvariantCulture) + ":" + tree.FilePath;
    }
}
