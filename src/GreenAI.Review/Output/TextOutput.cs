using System.Globalization;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GreenAI.Review.Output;

/// <summary>Terminal tables (Spectre.Console), with colours only when the output is a terminal that has them.</summary>
internal static class TextOutput
{
    public static void WriteReport(TextWriter writer, bool colours, IReadOnlyList<CallSite> sites)
    {
        var console = Console(writer, colours);
        var table = new Table().Border(TableBorder.Rounded).Title("GreenAI impact report");
        table.AddColumns("File", "Site", "Line", "Model", "Energy per call", "GWP", "Water", "Findings");
        foreach (var site in sites)
        {
            table.AddRow(
                Text(site.File),
                Text(SiteText.Name(site)),
                Text(site.Line.ToString(CultureInfo.InvariantCulture)),
                Text(site.Estimate?.Model ?? "—"),
                Text(SiteText.Energy(site)),
                Text(site.Estimate is { } e ? Numbers.Gwp(e.GwpG) : "—"),
                Text(site.Estimate is { } w ? Numbers.Water(w.WaterMl) : "—"),
                Text(SiteText.Rules(site.Findings)));
        }

        console.Write(table);
        var calls = sites.Where(s => s.Kind == SiteKind.Call).ToList();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{calls.Count} call sites; one call at every site: {Numbers.Energy(SiteDiff.Total(calls))} ({calls.Count(s => s.Estimate != null)} with an estimate)."));
    }

    public static void WriteDiff(TextWriter writer, bool colours, DiffResult diff, IReadOnlyList<string> gateViolations)
    {
        var console = Console(writer, colours);
        var table = new Table().Border(TableBorder.Rounded).Title("GreenAI impact of this change");
        table.AddColumns("Change", "File", "Site", "Before", "After", "Per call");
        foreach (var change in diff.Listed)
        {
            table.AddRow(
                Text(ChangeNames.Of(change.Kind)),
                Text(change.Site.File),
                Text(SiteText.Name(change.Site)),
                Text(change.Base == null ? "—" : SiteText.Model(change.Base)),
                Text(change.Head == null ? "—" : SiteText.Model(change.Head)),
                Text(SiteText.Effect(change)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"One call at every site: {Numbers.Energy(diff.BaseTotalWh)} → {Numbers.Energy(diff.HeadTotalWh)} ({Numbers.Percent(diff.BaseTotalWh.Max, diff.HeadTotalWh.Max)}); findings: {diff.FixedFindings.Count()} fixed, {diff.NewFindings.Count()} new."));
        foreach (var violation in gateViolations)
        {
            console.WriteLine("fail-on: " + violation);
        }
    }

    // Markup is never parsed from data: file names and messages hold brackets.
    private static IRenderable Text(string text) => new Text(text);

    private static IAnsiConsole Console(TextWriter writer, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colours)
        {
            console.Profile.Width = 240; // a file or a CI log: no terminal width to fit
        }

        return console;
    }
}
