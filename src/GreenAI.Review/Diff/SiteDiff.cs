using GreenAI.Impact;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>Matches the sites of a base and a head build by file, site key and ordinal (never by line), and compares them.</summary>
internal static class SiteDiff
{
    /// <summary>Energies that differ by less than this share are the same estimate printed twice.</summary>
    private const double SameEnergy = 1e-9;

    public static DiffResult Compare(IReadOnlyList<CallSite> baseSites, IReadOnlyList<CallSite> headSites)
    {
        var before = baseSites.ToDictionary(s => s.Identity);
        var after = headSites.ToDictionary(s => s.Identity);
        var changes = new List<SiteChange>();
        foreach (var head in headSites)
        {
            changes.Add(before.TryGetValue(head.Identity, out var old) ? Matched(old, head) : new SiteChange(head.HasEstimateDiagnostic ? ChangeKind.Added : ChangeKind.NewFinding, null, head, head.Findings, []));
        }

        foreach (var old in baseSites.Where(s => !after.ContainsKey(s.Identity)))
        {
            changes.Add(new SiteChange(old.HasEstimateDiagnostic ? ChangeKind.Removed : ChangeKind.Fixed, old, null, [], old.Findings));
        }

        var ordered = ModelChoices.FoldIntoCalls(changes)
            .OrderBy(c => c.Kind)
            .ThenByDescending(c => Math.Abs(c.EnergyDelta?.Max ?? c.Site.Estimate?.EnergyWh.Max ?? 0))
            .ThenBy(c => c.Site.File, StringComparer.Ordinal)
            .ThenBy(c => c.Site.Line)
            .ToList();
        return new DiffResult(ordered, Total(baseSites), Total(headSites) + Unsaved(ordered), CallSites(baseSites), CallSites(headSites));
    }

    private static SiteChange Matched(CallSite old, CallSite head)
    {
        var oldRules = old.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var headRules = head.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var introduced = head.Findings.Where(f => !oldRules.Contains(f.RuleId)).ToList();
        var fixedOnes = old.Findings.Where(f => !headRules.Contains(f.RuleId)).ToList();
        bool estimateChanged = !SameEstimate(old.Estimate, head.Estimate);
        var kind = introduced.Any(f => f.RuleId == NoOutputCap) ? ChangeKind.CapRemoved
            : estimateChanged || introduced.Count > 0 || fixedOnes.Count > 0 ? ChangeKind.Changed
            : ChangeKind.Unchanged;
        return new SiteChange(kind, old, head, introduced, fixedOnes);
    }

    private static bool SameEstimate(Estimate? a, Estimate? b) =>
        (a, b) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => a.Model == b.Model && Close(a.EnergyWh.Min, b.EnergyWh.Min) && Close(a.EnergyWh.Max, b.EnergyWh.Max),
        };

    private static bool Close(double x, double y) => Math.Abs(x - y) <= SameEnergy * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>GAI006, "No output cap": when a site gains it, its cap was removed.</summary>
    private const string NoOutputCap = RuleIds.NoOutputCap;

    /// <summary>
    /// What a removed cap seems to save and does not: the head estimate of an uncapped call assumes the default token
    /// count, often below the old cap. In the head total such a site counts at least what it did in the base.
    /// </summary>
    private static PairedRange Unsaved(IEnumerable<SiteChange> changes) =>
        changes.Where(c => c.Kind == ChangeKind.CapRemoved && c.Site.Kind == SiteKind.Call && c.Base?.Estimate != null && c.Head?.Estimate != null)
            .Aggregate(new PairedRange(0, 0), (sum, c) => sum + new PairedRange(
                Math.Max(0, c.Base!.Estimate!.EnergyWh.Min - c.Head!.Estimate!.EnergyWh.Min),
                Math.Max(0, c.Base.Estimate.EnergyWh.Max - c.Head.Estimate.EnergyWh.Max)));

    /// <summary>One call at every call site (model choices and settings are not calls).</summary>
    public static PairedRange Total(IEnumerable<CallSite> sites) =>
        sites.Where(s => s.Kind == SiteKind.Call && s.Estimate != null).Aggregate(new PairedRange(0, 0), (sum, s) => sum + s.Estimate!.EnergyWh);

    private static int CallSites(IEnumerable<CallSite> sites) => sites.Count(s => s.Kind == SiteKind.Call);
}
