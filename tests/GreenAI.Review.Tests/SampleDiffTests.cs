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
        Assert.Contains("USA mix, " + GreenAI.Impact.EcoLogitsConstants.MethodDisplayName + ")", run.Output); // as the messages name the method
        Assert.DoesNotContain(GreenAI.Impact.EcoLogitsConstants.Method, run.Output);
    }

    /// <summary>
    /// A model switch is one row: the choice's fixed GAI001 joins the call its model id feeds (GAI010's model_at is the
    /// choice's place). Choices the analyzers cannot tie to a call (Semantic Kernel's, used through the kernel elsewhere)
    /// keep their own rows, and every fixed finding is still counted once.
    /// </summary>
    [Fact]
    public void A_model_switch_is_one_row_with_the_choice_that_feeds_the_call()
    {
        var run = ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"));

        var rows = run.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Change", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, l => l.Contains("SupportBot.AnswerAsync · ChatClient.CompleteChatAsync") && l.Contains("model changed") && l.Contains("fixed GAI001"));
        Assert.Contains(rows, l => l.Contains("ToolCallingAgent.RunAsync") && l.Contains("loop now bounded") && l.Contains("fixed GAI001"));
        Assert.DoesNotContain(rows, l => l.Contains("SupportBot.SupportBot · model choice") || l.Contains("ToolCallingAgent.\\_chat · model choice"));
        Assert.Equal(3, rows.Count(l => l.Contains("KernelSetup.Create · model choice")));
        Assert.Equal(10, rows.Count); // 6 calls with their choices, 3 kernel choices, 1 loop: was 16 rows
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

        // The same sites, each once: file and line of every JSON site against the text table's rows.
        var jsonSites = sites.Select(site => ((string)site!["file"]!, (int)site["line"]!)).OrderBy(key => key).ToList();
        var textRows = text.Output.Split('\n')
            .Where(line => line.StartsWith("│ ", StringComparison.Ordinal) && !line.Contains("│ File ", StringComparison.Ordinal))
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1], int.Parse(cells[3], CultureInfo.InvariantCulture)))
            .OrderBy(key => key)
            .ToList();
        Assert.Equal(jsonSites, textRows);
    }

    [Fact]
    public void Json_is_versioned_and_names_kinds_as_the_markdown_does()
    {
        var markdown = ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"));
        var diff = System.Text.Json.Nodes.JsonNode.Parse(ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"), "--format", "json").Output)!;
        var report = System.Text.Json.Nodes.JsonNode.Parse(ToolRun.Run("report", Logs.Sample("base"), "--format", "json").Output)!;

        Assert.Equal(1, (int)diff["version"]!);
        Assert.Equal(1, (int)report["version"]!);

        // Markdown says "model changed" where the model of a changed call changed; the kind is "changed" in both.
        var markdownKinds = markdown.Output.Split('\n').Where(l => l.StartsWith("| model changed |", StringComparison.Ordinal) || l.StartsWith("| fixed |", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1].Replace("model changed", "changed", StringComparison.Ordinal)).Order().ToList();
        var jsonKinds = diff["changes"]!.AsArray().Select(c => (string)c!["kind"]!).Order().ToList();
        Assert.Equal(markdownKinds, jsonKinds);
        Assert.Contains("fixed", jsonKinds);

        var siteKinds = report["sites"]!.AsArray().GroupBy(s => (string)s!["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["call"] = 19, ["model choice"] = 10, ["reasoning setting"] = 1 }, siteKinds);
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
