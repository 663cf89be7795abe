using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>One site in the base build, the head build or both, and what changed between them.</summary>
internal sealed record SiteChange(ChangeKind Kind, CallSite? Base, CallSite? Head, IReadOnlyList<Finding> NewFindings, IReadOnlyList<Finding> FixedFindings)
{
    /// <summary>The site as it is now (head), or as it was when removed.</summary>
    public CallSite Site => Head ?? Base!;

    /// <summary>Head minus base energy per call, when both builds estimated it.</summary>
    public PairedRange? EnergyDelta => Base?.Estimate is { } before && Head?.Estimate is { } after ? after.EnergyWh - before.EnergyWh : null;

    /// <summary>Head energy per call over base, min with min and max with max.</summary>
    public PairedRange? Ratio => Base?.Estimate is { } before && Head?.Estimate is { } after ? after.EnergyWh.Over(before.EnergyWh) : null;

    public bool ModelChanged => Base?.Estimate is { } before && Head?.Estimate is { } after && before.Model != after.Model;
}
