using System.Globalization;
using System.Text;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>The report as a PR comment: a summary, the costliest call sites, a pie of where the energy goes, details folded.</summary>
internal static class MarkdownReport
{
    private const int TopRows = 10;
    private const int PieSlices = 8;

    public static string Write(IReadOnlyList<CallSite> sites)
    {
        var output = new StringBuilder();
        output.AppendLine("## GreenAI impact report").AppendLine();
        var calls = sites.Where(s => s.Kind == SiteKind.Call).ToList();
        if (sites.Count == 0)
        {
            output.AppendLine("No GreenAI diagnostic in this build: no AI call whose model the analyzers could read.");
            return output.ToString();
        }

        output.AppendLine(Summary(sites, calls)).AppendLine();
        Markdown.Table(output, ["Site", "Model", "Energy per call", "Findings"], calls.Take(TopRows).Select(s => (IReadOnlyList<string>)
        [
            Markdown.Code(s.File) + " " + Markdown.Text(SiteText.Name(s)),
            Markdown.Text(s.Estimate?.Model ?? "—"),
            SiteText.Energy(s),
            Markdown.Text(SiteText.Rules(s.Findings)),
        ]));
        if (calls.Count > TopRows)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"… and {calls.Count - TopRows} more call sites below.").AppendLine();
        }

        Pie(output, calls);
        Markdown.Details(output, $"All {Kinds(sites)}: carbon, water, assumptions and findings", body => Details(body, sites));
        return output.ToString();
    }

    /// <summary>"19 call sites, 10 model choices and 1 reasoning setting": a model choice is not a call, and the counts say so.</summary>
    private static string Kinds(IReadOnlyList<CallSite> sites)
    {
        string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
        var parts = new List<string> { Count(sites.Count(s => s.Kind == SiteKind.Call), "call site", "call sites") };
        if (sites.Count(s => s.Kind == SiteKind.ModelChoice) is > 0 and var choices)
        {
            parts.Add(Count(choices, "model choice", "model choices"));
        }

        if (sites.Count(s => s.Kind == SiteKind.ReasoningSetting) is > 0 and var settings)
        {
            parts.Add(Count(settings, "reasoning setting", "reasoning settings"));
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    private static string Summary(IReadOnlyList<CallSite> sites, List<CallSite> calls)
    {
        var estimated = calls.Where(s => s.Estimate != null).ToList();
        var energy = SiteDiff.Total(calls);
        var gwp = estimated.Aggregate(new PairedRange(0, 0), (sum, s) => sum + s.Estimate!.GwpG);
        var water = estimated.Aggregate(new PairedRange(0, 0), (sum, s) => sum + s.Estimate!.WaterMl);
        var files = sites.Select(s => s.File).Distinct().Count();
        var findings = sites.SelectMany(s => s.Findings).GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{Markdown.Text(g.Key)} ×{g.Count()} ({Markdown.Text(g.First().Title)})");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{calls.Count} AI call sites** in {files} files ({estimated.Count} with an estimate). ");
        if (estimated.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"One call at every site: **{Numbers.Energy(energy)}, {Numbers.Gwp(gwp)}, {Numbers.Water(water)} of water**. ");
        }
        else
        {
            text.Append("No estimate in the log: build with `-p:GreenAIReport=true` so that GAI010 reaches it. ");
        }

        text.Append("Findings: ").Append(findings.Any() ? string.Join(", ", findings) : "none").Append('.');
        return text.ToString();
    }

    private static void Pie(StringBuilder output, List<CallSite> calls)
    {
        var slices = calls.Where(s => s.Estimate is { EnergyWh.Max: > 0 }).ToList();
        if (slices.Count < 2)
        {
            return;
        }

        output.AppendLine("```mermaid").AppendLine("pie showData title Where the energy of one call at every site goes (Wh, upper end)");
        foreach (var site in slices.Take(PieSlices))
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"    \"{Markdown.Label(site.ShortMember + " " + site.Estimate!.Model)}\" : {Numbers.Plain(site.Estimate.EnergyWh.Max)}");
        }

        if (slices.Count > PieSlices)
        {
            var rest = slices.Skip(PieSlices).Sum(s => s.Estimate!.EnergyWh.Max);
            output.AppendLine(CultureInfo.InvariantCulture, $"    \"{slices.Count - PieSlices} other sites\" : {Numbers.Plain(rest)}");
        }

        output.AppendLine("```").AppendLine();
    }

    private static void Details(StringBuilder output, IReadOnlyList<CallSite> sites)
    {
        foreach (var file in sites.GroupBy(s => s.File).OrderByDescending(g => g.Max(s => s.SortEnergy)))
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"#### {Markdown.Code(file.Key)}").AppendLine();
            Markdown.Table(output, ["Site", "Line", "Model", "Energy", "GWP", "Water", "Assumptions"], file.OrderBy(s => s.Line).Select(s => (IReadOnlyList<string>)
            [
                Markdown.Text(SiteText.Name(s)),
                s.Line.ToString(CultureInfo.InvariantCulture),
                Markdown.Text(s.Estimate?.Model ?? "—"),
                SiteText.Energy(s),
                s.Estimate is { } e ? Numbers.Gwp(e.GwpG) : "—",
                s.Estimate is { } w ? Numbers.Water(w.WaterMl) : "—",
                Markdown.Text(s.Estimate?.Assumptions ?? "—"),
            ]));
            foreach (var site in file.OrderBy(s => s.Line).Where(s => s.Findings.Count > 0))
            {
                foreach (var finding in site.Findings)
                {
                    output.AppendLine(CultureInfo.InvariantCulture, $"- line {site.Line}, **{Markdown.Text(finding.RuleId)}** {Markdown.Text(finding.Title)}: {Markdown.Text(finding.Message)}");
                }
            }

            output.AppendLine();
        }
    }
}
