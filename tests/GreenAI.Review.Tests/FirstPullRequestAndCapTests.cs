using System.Text.Json.Nodes;
using GreenAI.Review.Cli;
using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>A pull request that removes an output cap is no saving; the first pull request of a project has no base logs.</summary>
public sealed class FirstPullRequestAndCapTests : IDisposable
{
    private const string Site = "Shop.Writer.DraftAsync|ChatClient.CompleteChatAsync";
    private readonly Logs _logs = new();

    [Fact]
    public void A_removed_cap_is_its_own_change_and_never_lowers_the_total()
    {
        var capped = _logs.Compiler("base.sarif", Logs.Result("GAI010", "Writer.cs", 12, "gpt-4o, 2048 output tokens", Estimate(tokens: "2048", min: 3.2, max: 5.3)));
        var uncapped = _logs.Compiler("head.sarif",
            Logs.Result("GAI010", "Writer.cs", 12, "gpt-4o, 400 output tokens", Estimate(tokens: "400", min: 0.642, max: 1.03)),
            Logs.Result("GAI006", "Writer.cs", 12, "ChatClient.CompleteChatAsync sets no output cap", new() { ["site"] = Site }));

        var json = JsonNode.Parse(ToolRun.Run("diff", capped, uncapped, "--format", "json").Output)!;
        var markdown = ToolRun.Run("diff", capped, uncapped);
        var gate = ToolRun.Run("diff", uncapped, capped, "--fail-on", "total>5%");

        Assert.Equal("cap removed", (string?)json["changes"]![0]!["kind"]);
        Assert.Equal((double)json["base"]!["oneCallAtEverySiteWh"]!["max"]!, (double)json["head"]!["oneCallAtEverySiteWh"]!["max"]!, 9);
        Assert.Contains("| cap removed |", markdown.Output);
        Assert.Contains("output cap removed: unbounded now (was 2048 tokens)", markdown.Output);
        Assert.DoesNotContain("less", markdown.Output.Split('\n').Single(l => l.StartsWith("| cap removed |", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.GateFailed, gate.ExitCode); // putting the cap back is a real change of the total: 0.642–1.03 → 3.2–5.3 Wh
    }

    [Fact]
    public void An_empty_base_folder_makes_every_head_site_added()
    {
        var empty = Directory.CreateTempSubdirectory("greenai-empty-base-").FullName;
        try
        {
            var head = _logs.Compiler("head.sarif", Logs.Result("GAI010", "Writer.cs", 12, "gpt-4o", Estimate(tokens: "400", min: 0.642, max: 1.03)));

            var run = ToolRun.Run("diff", empty, head, "--format", "json", "--fail-on", "new-GAI001");

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal("added", (string?)JsonNode.Parse(run.Output)!["changes"]![0]!["kind"]);
            Assert.Contains("taken as a base without AI call sites", run.Error);
            Assert.Equal(ExitCodes.BadInput, ToolRun.Run("diff", head, empty).ExitCode); // an empty head is still a mistake
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_model_switch_over_300_sites_fits_one_comment_and_says_what_it_left_out()
    {
        var before = Enumerable.Range(0, 300).Select(i => Logs.Estimate($"Services/Service{i}.cs", 10, $"Shop.Service{i}.AnswerAsync|ChatClient.CompleteChatAsync", "gpt-4o", 0.642, 1.03 + i * 0.001)).ToArray();
        var after = Enumerable.Range(0, 300).Select(i => Logs.Estimate($"Services/Service{i}.cs", 10, $"Shop.Service{i}.AnswerAsync|ChatClient.CompleteChatAsync", "gpt-4o-mini", 0.0305, 0.036)).ToArray();
        var baseLog = _logs.Compiler("many-base.sarif", before);
        var headLog = _logs.Compiler("many-head.sarif", after);

        var full = ToolRun.Run("diff", baseLog, headLog, "--max-length", "10000000").Output;
        var comment = ToolRun.Run("diff", baseLog, headLog).Output;
        var small = ToolRun.Run("diff", baseLog, headLog, "--max-length", "5000").Output;

        Assert.True(full.Length > 65_000, full.Length + " characters: the test needs a diff too long for a comment");
        Assert.True(comment.Length <= 60_000, comment.Length.ToString());
        Assert.True(small.Length <= 5_000, small.Length.ToString());
        Assert.Contains("smaller changes and the details", small);
        Assert.Contains("Service299.AnswerAsync", small); // the costliest change (1.329 Wh before) is kept
        Assert.StartsWith("## GreenAI impact of this change", small);
    }

    private static Dictionary<string, string> Estimate(string tokens, double min, double max) => new()
    {
        ["site"] = Site, ["model"] = "gpt-4o", ["provider"] = "openai", ["output_tokens"] = tokens, ["zone"] = "USA",
        ["energy_wh_min"] = min.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        ["energy_wh_max"] = max.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        ["method"] = "ecologits-0.9.3+5be90da",
    };

    public void Dispose() => _logs.Dispose();
}
