using System.Globalization;
using GreenAI.Review.Cli;
using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>
/// The real logs of the sample before and after `dotnet format` applied the GAI001 and GAI002 fixes (TestData/README.md),
/// in every format.
/// </summary>
public class SampleDiffTests
{
    [Fact]
    public void Markdown_diff_shows_the_savings_of_the_fixes()
    {
        var run = ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("## GreenAI impact of this change", lines[0]);
        Assert.Contains(lines, l => l.Contains("SupportBot.AnswerAsync · ChatClient.CompleteChatAsync") && l.Contains("gpt-4o ≈0.642–1.03 Wh") && l.Contains("gpt-4o-mini ≈0.0305–0.036 Wh") && l.Contains("≈21.1–28.6× less"));
        Assert.Contains(lines, l => l.Contains("ToolCallingAgent.RunAsync") && l.Contains("loop now bounded"));
        Assert.Contains(lines, l => l.StartsWith("| fixed |") && l.Contains("GAI001"));
        Assert.Contains("```mermaid", run.Output);
        Assert.Contains("<details>", run.Output);
        Assert.Contains("Findings: 11 fixed, 0 new.", run.Output);
    }

    [Fact]
    public void Report_lists_every_site_costliest_first_with_a_pie()
    {
        var run = ToolRun.Run("report", Logs.Sample("base"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var rows = run.Output.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Contains("sora-2-pro", rows[0]);
        Assert.Contains("GAI004", rows[0]);
        Assert.Contains("pie showData", run.Output);
        Assert.Contains("**19 AI call sites** in 12 files", run.Output);
        Assert.Contains("All 19 call sites, 10 model choices and 1 reasoning setting:", run.Output); // choices are not counted as calls
    }

    [Fact]
    public void Text_and_json_carry_the_same_sites()
    {
        var text = ToolRun.Run("report", Logs.Sample("base"), "--format", "text");
        var json = ToolRun.Run("report", Logs.Sample("base"), "--format", "json");

        var sites = System.Text.Json.Nodes.JsonNode.Parse(json.Output)!["sites"]!.AsArray();
        Assert.Equal(19 + 10 + 1, sites.Count); // call sites, model choices (GAI001), the reasoning setting (GAI008)
        foreach (var site in sites)
        {
            Assert.Contains((string)site!["member"]!.AsValue()!.ToString().Split('.')[^1], text.Output);
        }
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var run = ToolRun.Run("report", Logs.Sample("base"), "--format", "text");

            Assert.Contains("≈0.642–1.03 Wh", run.Output);
            Assert.DoesNotContain("0,642", run.Output);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Output_goes_to_the_file_asked_for()
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenai-diff-{Guid.NewGuid():N}.md");
        try
        {
            var run = ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"), "--output", path);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.StartsWith("## GreenAI impact of this change", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
