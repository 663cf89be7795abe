using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>The sites of two builds matched, with the energy of one call at every call site in each.</summary>
internal sealed record DiffResult(IReadOnlyList<SiteChange> Changes, PairedRange BaseTotalWh, PairedRange HeadTotalWh, int BaseCallSites, int HeadCallSites)
{
    public IEnumerable<SiteChange> Listed => Changes.Where(c => c.Kind != ChangeKind.Unchanged);

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public IEnumerable<Finding> NewFindings => Changes.SelectMany(c => c.NewFindings);

    public IEnumerable<Finding> FixedFindings => Changes.SelectMany(c => c.FixedFindings);
}
