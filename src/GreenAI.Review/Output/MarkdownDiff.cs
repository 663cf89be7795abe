using System.Globalization;
using System.Text;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>The diff as a PR comment: what the change does to the footprint, the sites it touches, a chart, details folded.</summary>
internal static class MarkdownDiff
{
    private const int ChartBars = 8;

    /// <summary>GitHub refuses a comment over 65,536 characters; the default keeps a margin for what a workflow adds.</summary>
    public const int DefaultMaxLength = 60_000;

    /// <summary>
    /// The diff as Markdown of at most <paramref name="maxLength"/> characters: when the whole does not fit, the folded
    /// details go first, then the rows of the smallest changes, and a last line says what was left out and where the
    /// full diff is.
    /// </summary>
    public static string Write(DiffResult diff, IReadOnlyList<string> gateViolations, int maxLength = DefaultMaxLength)
    {
        var listed = diff.Listed.ToList();
        var full = Write(diff, gateViolations, listed, withDetails: true, leftOut: 0);
        if (full.Length <= maxLength)
        {
            return full;
        }

        var withoutDetails = Write(diff, gateViolations, listed, withDetails: false, leftOut: 0);
        if (withoutDetails.Length <= maxLength)
        {
            return withoutDetails;
        }

        // The rows come costliest change first: keep as many as fit (a binary search on the count).
        int low = 0, high = listed.Count;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (Write(diff, gateViolations, listed.Take(middle).ToList(), withDetails: false, leftOut: listed.Count - middle).Length <= maxLength)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Write(diff, gateViolations, listed.Take(low).ToList(), withDetails: false, leftOut: listed.Count - low);
    }

    private static string Write(DiffResult diff, IReadOnlyList<string> gateViolations, List<SiteChange> listed, bool withDetails, int leftOut)
    {
        var output = new StringBuilder();
        output.AppendLine("## GreenAI impact of this change").AppendLine();
        output.AppendLine(Summary(diff)).AppendLine();
        foreach (var violation in gateViolations)
        {
            output.AppendLine("- ⛔ " + Markdown.Text(violation));
        }

        if (gateViolations.Count > 0)
        {
            output.AppendLine();
        }

        if (listed.Count == 0 && leftOut == 0)
        {
            output.AppendLine("No AI call site changed.");
            return output.ToString();
        }

        Markdown.Table(output, ["Change", "Site", "Before", "After", "Per call"], listed.Select(c => (IReadOnlyList<string>)
        [
            Kind(c),
            Markdown.Code(c.Site.File) + " " + Markdown.Text(SiteText.Name(c.Site)),
            c.Base == null ? "—" : Markdown.Text(State(c.Base)),
            c.Head == null ? "—" : Markdown.Text(State(c.Head)),
            Markdown.Text(SiteText.Effect(c)),
        ]));
        Chart(output, listed);
        if (withDetails)
        {
            Markdown.Details(output, "Details: carbon, water, assumptions and the findings' messages", body => Details(body, listed));
        }
        else
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"_Too long for one comment: {(leftOut > 0 ? $"{leftOut} smaller changes and " : "")}the details (carbon, water, assumptions, messages) are left out. The full diff: `dotnet greenai diff … --output diff.md` (in CI, the job's artefact)._");
        }

        return output.ToString();
    }

    private static string Summary(DiffResult diff)
    {
        var text = new StringBuilder();
        if (diff.BaseTotalWh.Max > 0 || diff.HeadTotalWh.Max > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"One call at every AI call site: **{Numbers.Energy(diff.BaseTotalWh)} → {Numbers.Energy(diff.HeadTotalWh)}** ({Numbers.Percent(diff.BaseTotalWh.Max, diff.HeadTotalWh.Max)}). ");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"Call sites: {diff.Count(ChangeKind.Changed) + diff.Count(ChangeKind.CapRemoved)} changed, {diff.Count(ChangeKind.Added)} added, {diff.Count(ChangeKind.Removed)} removed, {diff.Count(ChangeKind.Unchanged)} unchanged. ");
        text.Append(CultureInfo.InvariantCulture, $"Findings: {diff.FixedFindings.Count()} fixed, {diff.NewFindings.Count()} new.");
        return text.ToString();
    }

    private static string Kind(SiteChange change) => change.Kind switch
    {
        ChangeKind.Added or ChangeKind.Removed or ChangeKind.NewFinding or ChangeKind.Fixed or ChangeKind.CapRemoved => ChangeNames.Of(change.Kind),
        _ when change.ModelChanged => "model changed",
        _ when change.EnergyDelta is { } d && d.Max < 0 => "lower",
        _ when change.EnergyDelta is { } d && d.Max > 0 => "higher",
        _ => "findings",
    };

    /// <summary>"gpt-4o ≈0.85–1.53 Wh · GAI001, GAI006".</summary>
    private static string State(CallSite site)
    {
        var rules = SiteText.Rules(site.Findings);
        var estimate = site.Estimate is { } e ? e.Model + " " + Numbers.Energy(e.EnergyWh) : "";
        return string.Join(" · ", new[] { estimate, rules }.Where(s => s.Length > 0)) is { Length: > 0 } text ? text : "—";
    }

    /// <summary>
    /// Before and after, for the sites whose energy per call changed: one series of bars, each site's "before" and
    /// "after" side by side with their own labels (two series would be drawn over each other), the axis from 0, and
    /// the sites more than 100× smaller than the largest in a chart of their own, where they do not vanish.
    /// </summary>
    private static void Chart(StringBuilder output, List<SiteChange> listed)
    {
        var bars = listed.Where(c => c.EnergyDelta is { } d && d.Max != 0).Take(ChartBars).ToList();
        if (bars.Count == 0)
        {
            return;
        }

        var labels = UniqueLabels(bars);
        double largest = bars.Max(Largest);
        var large = bars.Where(c => Largest(c) * ChartSpread >= largest).ToList();
        var small = bars.Except(large).ToList();
        BarChart(output, large, labels, small.Count == 0 ? "Energy per call, Wh (upper end), before and after" : "Energy per call of the largest changes, Wh (upper end), before and after");
        if (small.Count > 0)
        {
            BarChart(output, small, labels, "Energy per call of the smaller changes, Wh (upper end), before and after");
        }
    }

    /// <summary>Sites whose largest bar is more than this many times smaller than the chart's largest go to a second chart.</summary>
    private const double ChartSpread = 100;

    private static double Largest(SiteChange change) => Math.Max(change.Base!.Estimate!.EnergyWh.Max, change.Head!.Estimate!.EnergyWh.Max);

    private static void BarChart(StringBuilder output, List<SiteChange> bars, Dictionary<SiteChange, string> labels, string title)
    {
        var points = bars.SelectMany(c => new[] { (Label: labels[c] + " before", Value: c.Base!.Estimate!.EnergyWh.Max), (Label: labels[c] + " after", Value: c.Head!.Estimate!.EnergyWh.Max) }).ToList();
        double top = points.Max(p => p.Value);
        // Horizontal: the labels are rows with room for a member's name (side by side under the bars they overlapped).
        output.AppendLine("```mermaid").AppendLine("xychart-beta horizontal")
            .AppendLine("    title \"" + title + "\"")
            .AppendLine("    x-axis [" + string.Join(", ", points.Select(p => "\"" + Markdown.Label(p.Label) + "\"")) + "]")
            .AppendLine("    y-axis \"Wh per call\" 0 --> " + Numbers.Plain(top * 1.1))
            .AppendLine("    bar [" + string.Join(", ", points.Select(p => Numbers.Plain(p.Value))) + "]")
            .AppendLine("```").AppendLine();
    }

    /// <summary>Short labels, one per site: the member, numbered when two sites share it.</summary>
    private static Dictionary<SiteChange, string> UniqueLabels(List<SiteChange> bars)
    {
        var labels = new Dictionary<SiteChange, string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bar in bars)
        {
            var name = bar.Site.ShortMember;
            seen[name] = seen.TryGetValue(name, out var count) ? count + 1 : 1;
            labels[bar] = seen[name] == 1 ? name : name + " (" + seen[name].ToString(CultureInfo.InvariantCulture) + ")";
        }

        return labels;
    }

    private static void Details(StringBuilder output, List<SiteChange> listed)
    {
        foreach (var change in listed)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"**{Markdown.Code(change.Site.File)} {Markdown.Text(SiteText.Name(change.Site))}** (line {change.Site.Line}): {Kind(change)}").AppendLine();
            foreach (var (label, site) in new[] { ("before", change.Base), ("after", change.Head) })
            {
                if (site?.Estimate is { } e)
                {
                    output.AppendLine(CultureInfo.InvariantCulture, $"- {label}: {Markdown.Text(e.Model)}, {Numbers.Energy(e.EnergyWh)}, {Numbers.Gwp(e.GwpG)}, {Numbers.Water(e.WaterMl)} of water per call ({Markdown.Text(e.Assumptions)})");
                }
            }

            foreach (var finding in change.FixedFindings)
            {
                output.AppendLine(CultureInfo.InvariantCulture, $"- fixed **{Markdown.Text(finding.RuleId)}** {Markdown.Text(finding.Title)}: ~~{Markdown.Text(finding.Message)}~~");
            }

            foreach (var finding in change.NewFindings)
            {
                output.AppendLine(CultureInfo.InvariantCulture, $"- new **{Markdown.Text(finding.RuleId)}** {Markdown.Text(finding.Title)}: {Markdown.Text(finding.Message)}");
            }

            output.AppendLine();
        }
    }
}
