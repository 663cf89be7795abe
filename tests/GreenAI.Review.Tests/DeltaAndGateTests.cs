using GreenAI.Review.Sites;
using GreenAI.Review.Cli;
using GreenAI.Review.Diff;
using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>Per-call deltas and ratios, totals, and the --fail-on gates that CI reads from the exit code.</summary>
public sealed class DeltaAndGateTests : IDisposable
{
    private const string Answer = "Shop.SupportBot.AnswerAsync|ChatClient.CompleteChatAsync";
    private readonly Logs _logs = new();

    [Fact]
    public void A_model_change_gives_the_delta_and_the_ratio_per_call()
    {
        var (before, after) = Upgrade();

        var run = ToolRun.Run("diff", before, after, "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var change = System.Text.Json.Nodes.JsonNode.Parse(run.Output)!["changes"]![0]!;
        Assert.Equal("changed", (string?)change["kind"]);
        Assert.Equal(0.85 - 0.0357, (double)change["energyDeltaWh"]!["min"]!, 9);
        Assert.Equal(1.53 / 0.0454, (double)change["ratio"]!["max"]!, 9);
    }

    [Fact]
    public void Ratio_gate_trips_on_a_bigger_model_and_not_on_a_smaller_one()
    {
        var (small, large) = Upgrade();

        var worse = ToolRun.Run("diff", small, large, "--fail-on", "ratio>2");
        var better = ToolRun.Run("diff", large, small, "--fail-on", "ratio>2");

        Assert.Equal(ExitCodes.GateFailed, worse.ExitCode);
        Assert.Contains("ratio>2: SupportBot.cs SupportBot.AnswerAsync", worse.Error);
        Assert.Equal(ExitCodes.Success, better.ExitCode);
    }

    [Fact]
    public void New_rule_gate_trips_only_on_that_rule()
    {
        var before = _logs.Compiler("before.sarif", Logs.Estimate("Studio.cs", 5, "Studio.Render|ChatClient.CompleteChat", "gpt-4o-mini", 0.0357, 0.0454));
        var after = _logs.Compiler("after.sarif",
            Logs.Estimate("Studio.cs", 5, "Studio.Render|ChatClient.CompleteChat", "gpt-4o-mini", 0.0357, 0.0454),
            Logs.Result("GAI004", "Studio.cs", 9, "Video generation (sora-2, 8 s, 1280×720): ≈123–567 Wh", new()
            {
                ["site"] = "Studio.Render|VideoClient.CreateVideo", ["model"] = "sora-2", ["energy_wh_min"] = "123", ["energy_wh_max"] = "567", ["output_tokens"] = "0", ["method"] = "Proxy",
            }));

        Assert.Equal(ExitCodes.GateFailed, ToolRun.Run("diff", before, after, "--fail-on", "new-GAI004").ExitCode);
        Assert.Equal(ExitCodes.GateFailed, ToolRun.Run("diff", before, after, "--fail-on", "new-any").ExitCode);
        Assert.Equal(ExitCodes.Success, ToolRun.Run("diff", before, after, "--fail-on", "new-GAI002").ExitCode);
        Assert.Equal(ExitCodes.GateFailed, ToolRun.Run("diff", before, after, "--fail-on", "energy>100").ExitCode);
        Assert.Equal(ExitCodes.GateFailed, ToolRun.Run("diff", before, after, "--fail-on", "total>5%").ExitCode);
        Assert.Equal(ExitCodes.Success, ToolRun.Run("diff", before, after, "--fail-on", "energy>1000wh").ExitCode);
    }

    [Fact]
    public void Totals_add_one_call_at_every_call_site()
    {
        var (small, large) = Upgrade();

        var diff = SiteDiff.Compare(
            Sites.SiteCollector.Collect(Sarif.SarifReader.Read([small]), null),
            Sites.SiteCollector.Collect(Sarif.SarifReader.Read([large]), null));

        Assert.Equal(new PairedRange(0.0357 + 0.0357, 0.0454 + 0.0454), diff.BaseTotalWh);
        Assert.Equal(new PairedRange(0.85 + 0.0357, 1.53 + 0.0454), diff.HeadTotalWh);
    }

    /// <summary>Two call sites; the change moves the first from gpt-4o-mini to gpt-4o.</summary>
    private (string Small, string Large) Upgrade() =>
        (_logs.Compiler("small.sarif",
            Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o-mini", 0.0357, 0.0454),
            Logs.Estimate("SupportBot.cs", 30, "Shop.SupportBot.TagAsync|ChatClient.CompleteChatAsync", "gpt-4o-mini", 0.0357, 0.0454)),
        _logs.Compiler("large.sarif",
            Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53),
            Logs.Estimate("SupportBot.cs", 30, "Shop.SupportBot.TagAsync|ChatClient.CompleteChatAsync", "gpt-4o-mini", 0.0357, 0.0454)));

    public void Dispose() => _logs.Dispose();
}
