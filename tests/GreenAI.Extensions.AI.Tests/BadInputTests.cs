using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>What the middleware does when the response lacks what the method needs: the call is untouched, the impact says why.</summary>
public class BadInputTests
{
    [Fact]
    public async Task No_usage_is_unknown_with_the_reason()
    {
        var inner = new FakeChatClient { OutputTokens = null };
        var response = await ResponseImpactTests.Pipeline(inner).GetResponseAsync("q");

        Assert.Same(inner.LastResponse, response);
        var impact = response.GetImpact()!;
        Assert.False(impact.IsKnown);
        Assert.Contains("no output token count", impact.UnknownReason);
        Assert.Equal(default, impact.EnergyWh);
        Assert.StartsWith("impact unknown: ", impact.ToString());
    }

    [Fact]
    public async Task An_unknown_model_is_unknown_and_named()
    {
        var impact = (await ResponseImpactTests.Pipeline(new FakeChatClient { ResponseModel = "acme-llm-9000" }).GetResponseAsync("q")).GetImpact()!;

        Assert.False(impact.IsKnown);
        Assert.Contains("'acme-llm-9000' is not in the EcoLogits model repository", impact.UnknownReason);
    }

    [Fact]
    public async Task No_model_anywhere_is_unknown()
    {
        var impact = (await ResponseImpactTests.Pipeline(new FakeChatClient { ResponseModel = null }).GetResponseAsync("q")).GetImpact()!;

        Assert.Contains("no model id", impact.UnknownReason);
    }

    [Fact]
    public async Task A_model_that_changes_between_updates_is_unknown()
    {
        var client = ResponseImpactTests.Pipeline(new FakeChatClient { UpdateModels = ["gpt-4o-mini", "gpt-4o", null] });

        var updates = await All(client.GetStreamingResponseAsync("q"));

        Assert.Contains("two models (gpt-4o-mini, then gpt-4o)", updates[^1].GetImpact()!.UnknownReason);
    }

    [Fact]
    public async Task An_inner_exception_passes_through_untouched()
    {
        var failure = new InvalidOperationException("rate limited");
        var client = ResponseImpactTests.Pipeline(new FakeChatClient { Failure = failure });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("q"));
        var streamed = await Assert.ThrowsAsync<InvalidOperationException>(() => All(client.GetStreamingResponseAsync("q")));

        Assert.Same(failure, thrown);
        Assert.Same(failure, streamed);
    }

    [Fact]
    public async Task A_cancelled_stream_throws_the_caller_s_cancellation_and_nothing_else()
    {
        using var cancel = new CancellationTokenSource();
        var client = ResponseImpactTests.Pipeline(new FakeChatClient());
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("q", cancellationToken: cancel.Token))
            {
                seen++;
                cancel.Cancel();
            }
        });
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task A_stream_left_early_ends_cleanly()
    {
        var client = ResponseImpactTests.Pipeline(new FakeChatClient());

        await foreach (var update in client.GetStreamingResponseAsync("q"))
        {
            Assert.Null(update.GetImpact());
            break;
        }
    }

    private static async Task<List<ChatResponseUpdate>> All(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (var update in updates)
        {
            list.Add(update);
        }

        return list;
    }
}
