using GreenAI.Review.Diff;
using GreenAI.Review.Sarif;
using GreenAI.Review.Sites;
using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>Sites match across builds by file, site key and order, never by line.</summary>
public sealed class MatchingTests : IDisposable
{
    private const string Answer = "Shop.SupportBot.AnswerAsync|ChatClient.CompleteChatAsync";
    private readonly Logs _logs = new();

    [Fact]
    public void A_call_on_another_line_is_the_same_site()
    {
        var diff = Compare(
            [Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53)],
            [Logs.Estimate("SupportBot.cs", 40, Answer, "gpt-4o", 0.85, 1.53)]);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Unchanged, change.Kind);
        Assert.Equal(21, change.Base!.Line);
        Assert.Equal(40, change.Head!.Line);
    }

    [Fact]
    public void Two_equal_calls_in_one_member_are_told_apart_by_order()
    {
        var diff = Compare(
            [Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53), Logs.Estimate("SupportBot.cs", 25, Answer, "gpt-4o-mini", 0.0357, 0.0454)],
            [Logs.Estimate("SupportBot.cs", 30, Answer, "gpt-4o-mini", 0.0357, 0.0454), Logs.Estimate("SupportBot.cs", 35, Answer, "gpt-4o-mini", 0.0357, 0.0454)]);

        Assert.Equal([ChangeKind.Changed, ChangeKind.Unchanged], diff.Changes.Select(c => c.Kind));
        Assert.Equal(0, diff.Changes[0].Site.Ordinal);
        Assert.Equal("gpt-4o", diff.Changes[0].Base!.Estimate!.Model);
    }

    [Fact]
    public void A_call_moved_to_another_member_is_removed_and_added()
    {
        var diff = Compare(
            [Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53)],
            [Logs.Estimate("SupportBot.cs", 21, "Shop.SupportBot.ReplyAsync|ChatClient.CompleteChatAsync", "gpt-4o", 0.85, 1.53)]);

        Assert.Equal([ChangeKind.Added, ChangeKind.Removed], diff.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Findings_join_the_estimate_of_their_call_and_a_model_choice_is_not_a_call()
    {
        var sites = Collect(
            Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53),
            Logs.Result("GAI002", "SupportBot.cs", 21, "unbounded", new() { ["site"] = Answer, ["loop_shape"] = "Forever" }),
            Logs.Result("GAI001", "SupportBot.cs", 8, "gpt-4o ≈0.85–1.53 Wh per call; gpt-4o-mini …", new() { ["site"] = "Shop.SupportBot._chat|model", ["model"] = "gpt-4o", ["energy_wh_min"] = "0.85", ["energy_wh_max"] = "1.53" }));

        Assert.Equal(2, sites.Count);
        var call = Assert.Single(sites, s => s.Kind == SiteKind.Call);
        Assert.Equal("GAI002", Assert.Single(call.Findings).RuleId);
        Assert.Equal(SiteKind.ModelChoice, Assert.Single(sites, s => s.Kind != SiteKind.Call).Kind);
        Assert.Equal(new PairedRange(0.85, 1.53), SiteDiff.Total(sites));
    }

    [Fact]
    public void Paths_are_relative_to_the_root_given_for_each_side()
    {
        var head = _logs.Compiler("head.sarif", Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53));
        var sites = SiteCollector.Collect(SarifReader.Read([head]), "/src");

        Assert.Equal("app/SupportBot.cs", Assert.Single(sites).File);
    }

    [Fact]
    public void The_same_diagnostic_twice_counts_once()
    {
        var estimate = Logs.Estimate("SupportBot.cs", 21, Answer, "gpt-4o", 0.85, 1.53);
        var path = _logs.Compiler("twice.sarif", estimate, estimate.DeepClone().AsObject());

        Assert.Single(SiteCollector.Collect(SarifReader.Read([path, path]), null));
    }

    private List<CallSite> Collect(params System.Text.Json.Nodes.JsonObject[] results) =>
        SiteCollector.Collect(SarifReader.Read([_logs.Compiler(Guid.NewGuid().ToString("N") + ".sarif", results)]), null).ToList();

    private DiffResult Compare(System.Text.Json.Nodes.JsonObject[] before, System.Text.Json.Nodes.JsonObject[] after) =>
        SiteDiff.Compare(Collect(before), Collect(after));

    public void Dispose() => _logs.Dispose();
}
