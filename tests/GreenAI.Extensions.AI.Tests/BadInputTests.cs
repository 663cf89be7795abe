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

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(long.MaxValue)]
    [InlineData(2_000_000L)]
    [InlineData(-5L)]
    public async Task A_token_count_no_response_can_carry_is_unknown_not_megawatt_hours(long tokens)
    {
        var impact = (await ResponseImpactTests.Pipeline(new FakeChatClient { OutputTokens = tokens }).GetResponseAsync("q")).GetImpact()!;

        Assert.False(impact.IsKnown);
        Assert.Equal(default, impact.EnergyWh);
        Assert.Matches("negative|more than a response can carry", impact.UnknownReason);
    }

    [Fact]
    public async Task A_stream_whose_usage_parts_wrap_or_go_negative_is_unknown()
    {
        foreach (var parts in new[] { new long[] { long.MaxValue, 10 }, new long[] { 300, -200 } })
        {
            var inner = new PartsClient(parts);
            var updates = await All(ResponseImpactTests.Pipeline(inner).GetStreamingResponseAsync("q"));
            var impact = updates[^1].GetImpact()!;
            Assert.False(impact.IsKnown);
            Assert.Contains("negative", impact.UnknownReason);
        }
    }

    [Fact]
    public async Task Many_tokens_over_a_long_measured_latency_are_believed()
    {
        long ticks = 0;
        var clock = () => { var now = ticks; ticks += 60 * System.Diagnostics.Stopwatch.Frequency; return now; }; // 60 s per call
        var client = new ImpactTrackingChatClient(new FakeChatClient { OutputTokens = 100_000 }, new ImpactTrackingOptions(), clock);

        Assert.True((await client.GetResponseAsync("q")).GetImpact()!.IsKnown);
    }

    [Fact]
    public async Task A_model_estimated_as_another_says_so()
    {
        var impact = (await ResponseImpactTests.Pipeline(new FakeChatClient { ResponseModel = "gpt-5.5" }).GetResponseAsync("q")).GetImpact()!;

        Assert.True(impact.IsKnown);
        Assert.Equal("gpt-5.4", impact.Estimate!.Model);
        Assert.StartsWith("gpt-5.5 (as gpt-5.4, same family), 400 output tokens", impact.Assumptions);
    }

    [Fact]
    public async Task A_model_declared_at_run_time_gets_an_estimate_from_its_parameters()
    {
        var declared = new ChatClientBuilder(new FakeChatClient { ResponseModel = "acme-llm-9000" })
            .UseImpactTracking(o => o.DeclareModel("acme-llm-9000", activeBillions: 8))
            .Build();
        var same = new ChatClientBuilder(new FakeChatClient { ResponseModel = "meta-llama/Meta-Llama-3.1-8B-Instruct" }).UseImpactTracking().Build();

        var impact = (await declared.GetResponseAsync("q")).GetImpact()!;
        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal("acme-llm-9000", impact.Estimate!.Model);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImpactTrackingOptions().DeclareModel("m", activeBillions: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImpactTrackingOptions().DeclareModel("m", activeBillions: 10, totalBillions: 5));
        Assert.True((await same.GetResponseAsync("q")).GetImpact()!.IsKnown);
    }

    [Fact]
    public async Task The_impact_update_of_a_stream_keeps_its_last_role_and_adds_no_message()
    {
        var inner = new PartsClient(new long[] { 10 }) { Role = ChatRole.Tool };
        var updates = await All(ResponseImpactTests.Pipeline(inner).GetStreamingResponseAsync("q"));

        Assert.Equal(ChatRole.Tool, updates[^1].Role);
        var response = updates.ToChatResponse();
        Assert.Single(response.Messages);
        Assert.NotNull(response.GetImpact());
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
    public async Task A_stream_left_early_ends_cleanly_and_counts_as_one_unknown_request()
    {
        var meter = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<long>(null, meter, ImpactRecorder.Requests);
        using var energy = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<double>(null, meter, ImpactRecorder.Energy);
        using var client = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.SourceName = meter).Build();

        await foreach (var update in client.GetStreamingResponseAsync("q"))
        {
            Assert.Null(update.GetImpact());
            break;
        }

        var counted = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal("unknown", counted.Tags["greenai.impact.status"]);
        Assert.Empty(energy.GetMeasurementSnapshot()); // no number for a call nobody read to the end
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

    /// <summary>A stream whose usage comes in several parts, as some providers send it.</summary>
    private sealed class PartsClient(long[] parts) : IChatClient
    {
        public ChatRole Role { get; init; } = ChatRole.Assistant;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var part in parts)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(Role, [new TextContent("w "), new UsageContent(new UsageDetails { OutputTokenCount = part })]) { ModelId = "gpt-4o-mini", MessageId = "m1" };
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
