using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>The diff's chart must not mislead: axis from 0, before and after side by side with their own labels, a video call in a chart of its own.</summary>
public sealed class ChartTests : IDisposable
{
    private readonly Logs _logs = new();

    [Fact]
    public void Before_and_after_are_labelled_bars_on_an_axis_from_zero_and_a_video_does_not_flatten_chat_calls()
    {
        var before = _logs.Compiler("before.sarif",
            Logs.Estimate("Bot.cs", 5, "Shop.Bot.AnswerAsync|ChatClient.CompleteChatAsync", "gpt-4o", 0.642, 1.03),
            Logs.Estimate("Bot.cs", 9, "Shop.Bot.AnswerAsync|ChatClient.CompleteChat", "gpt-4.1", 0.6, 0.91),
            Logs.Estimate("Studio.cs", 5, "Shop.Studio.Render|VideoClient.CreateVideo", "sora-2", 196, 898));
        var after = _logs.Compiler("after.sarif",
            Logs.Estimate("Bot.cs", 5, "Shop.Bot.AnswerAsync|ChatClient.CompleteChatAsync", "gpt-4o-mini", 0.0305, 0.036),
            Logs.Estimate("Bot.cs", 9, "Shop.Bot.AnswerAsync|ChatClient.CompleteChat", "gpt-4.1-nano", 0.028, 0.072),
            Logs.Estimate("Studio.cs", 5, "Shop.Studio.Render|VideoClient.CreateVideo", "sora-2", 98, 449));

        var output = ToolRun.Run("diff", before, after).Output;
        var charts = output.Split("```mermaid").Skip(1).Select(c => c[..c.IndexOf("```", StringComparison.Ordinal)]).ToList();

        Assert.Equal(2, charts.Count); // the video's 898 Wh would flatten the chat calls' 1 Wh: they get their own chart
        Assert.All(charts, chart => Assert.Contains("y-axis \"Wh per call\" 0 --> ", chart));
        Assert.All(charts, chart => Assert.Single(chart.Split('\n'), line => line.TrimStart().StartsWith("bar [", StringComparison.Ordinal)));
        Assert.Contains("\"Studio.Render before\", \"Studio.Render after\"", charts[0]);
        Assert.Contains("\"Bot.AnswerAsync before\", \"Bot.AnswerAsync after\", \"Bot.AnswerAsync (2) before\", \"Bot.AnswerAsync (2) after\"", charts[1]);
    }

    public void Dispose() => _logs.Dispose();
}
