using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>
/// A model choice belongs to the calls it feeds: when a changed call's model is written where a changed model choice is
/// (GAI010's <c>model_at</c> is the choice's place, in the base or the head build), the choice's findings join that
/// call's change and the choice is not a row of its own. A model switch is then one row: "gpt-4o → gpt-4o-mini, fixed
/// GAI001". A choice whose calls the analyzers could not tie to it (a kernel built in one place and used in another, an
/// id kept in a variable) stays a row.
/// </summary>
internal static class ModelChoices
{
    public static List<SiteChange> FoldIntoCalls(List<SiteChange> changes)
    {
        var result = new List<SiteChange>(changes.Count);
        var calls = new Dictionary<string, int>(StringComparer.Ordinal); // a model's place → the costliest changed call it feeds
        foreach (var change in changes.Where(c => c.Site.Kind == SiteKind.Call))
        {
            result.Add(change);
            if (change.Kind != ChangeKind.Unchanged)
            {
                Index(change.Base?.ModelAt, result.Count - 1);
                Index(change.Head?.ModelAt, result.Count - 1);
            }
        }

        foreach (var change in changes.Where(c => c.Site.Kind != SiteKind.Call))
        {
            if (change.Site.Kind == SiteKind.ModelChoice && change.Kind != ChangeKind.Unchanged && FedCall(change) is { } index)
            {
                var call = result[index];
                result[index] = call with
                {
                    NewFindings = [.. call.NewFindings, .. change.NewFindings],
                    FixedFindings = [.. call.FixedFindings, .. change.FixedFindings],
                };
            }
            else
            {
                result.Add(change);
            }
        }

        return result;

        void Index(string? at, int index)
        {
            if (at != null && (!calls.TryGetValue(at, out int known) || Size(result[index]) > Size(result[known])))
            {
                calls[at] = index;
            }
        }

        int? FedCall(SiteChange choice) =>
            choice.Base?.At is { } before && calls.TryGetValue(before, out int index) ? index
            : choice.Head?.At is { } after && calls.TryGetValue(after, out index) ? index
            : null;
    }

    private static double Size(SiteChange change) => Math.Abs(change.EnergyDelta?.Max ?? change.Site.Estimate?.EnergyWh.Max ?? 0);
}
