using System.Diagnostics;
using GreenAI.Impact;
using GreenAI.Impact.Models;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>A real M.E.AI pipeline (ChatClientBuilder) over a fake provider: what the application gets on each response.</summary>
public class ResponseImpactTests
{
    [Fact]
    public async Task A_response_gets_the_EcoLogits_impact_of_its_model_and_output_tokens()
    {
        var client = Pipeline(new FakeChatClient { ResponseModel = "gpt-4o-mini", OutputTokens = 400 }, o => o.UseMeasuredLatency = false);

        var response = await client.GetResponseAsync("Capital of France?");

        var impact = Assert.IsType<ChatImpact>(response.GetImpact());
        Assert.True(impact.IsKnown);
        var expected = StaticEstimate("gpt-4o-mini", 400);
        Assert.Equal(expected.EnergyWh, impact.EnergyWh);
        Assert.Equal(expected.GwpG, impact.GwpG);
        Assert.Equal(expected.WaterMl, impact.WaterMl);
        Assert.Equal("Paris.", response.Text);
        Assert.Matches(@"^≈[0-9.]+–[0-9.]+ Wh, [0-9.]+–[0-9.]+ gCO2e \(≈ [0-9.]+–[0-9.]+ (cm|m) by car\)$", impact.ToString());
    }

    [Fact]
    public async Task The_measured_latency_caps_the_generation_time_as_EcoLogits_does_at_run_time()
    {
        var clock = new StepClock(TimeSpan.FromMilliseconds(500));
        var client = new ImpactTrackingChatClient(new FakeChatClient { ResponseModel = "gpt-4o", OutputTokens = 400 }, new ImpactTrackingOptions(), clock.Next);

        var impact = (await client.GetResponseAsync("q")).GetImpact()!;

        var entry = ModelIdResolver.Resolve("gpt-4o")!.Entry;
        var capped = LlmEstimator.Estimate(entry, 400, null, null, requestLatencySeconds: 0.5);
        Assert.Equal(capped.EnergyWh, impact.EnergyWh);
        Assert.Equal(TimeSpan.FromMilliseconds(500), impact.Latency);
        Assert.Equal("gpt-4o, 400 output tokens, 0.5 s measured, USA mix, EcoLogits 0.9.3 (5be90da)", impact.Assumptions);
        Assert.True(impact.EnergyWh.Max < StaticEstimate("gpt-4o", 400).EnergyWh.Max, "0.5 s is shorter than 400 tokens of gpt-4o take, so the server's share is smaller");
    }

    [Fact]
    public async Task The_model_comes_from_the_response_else_the_request_else_the_client()
    {
        var metadata = new ChatClientMetadata("openai", null, "gpt-4.1");
        var fromResponse = await Impact(new FakeChatClient { ResponseModel = "gpt-4o-mini-2024-07-18", Metadata = metadata }, new ChatOptions { ModelId = "gpt-4o" });
        var fromRequest = await Impact(new FakeChatClient { ResponseModel = null, Metadata = metadata }, new ChatOptions { ModelId = "gpt-4o" });
        var fromClient = await Impact(new FakeChatClient { ResponseModel = null, Metadata = metadata }, null);

        Assert.StartsWith("gpt-4o-mini", fromResponse.Estimate!.Model); // the catalogue has the dated entry itself
        Assert.Equal("gpt-4o", fromRequest.Estimate!.Model);
        Assert.Equal("gpt-4.1", fromClient.Estimate!.Model);
    }

    [Fact]
    public async Task Provider_and_zone_come_from_the_metadata_and_the_options()
    {
        var inferred = await Impact(new FakeChatClient { ResponseModel = "gpt-4o-mini" }, null);
        var azure = await Impact(new FakeChatClient { ResponseModel = "gpt-4o-mini", Metadata = new ChatClientMetadata("azure.ai.openai") }, null);
        var france = await Impact(new FakeChatClient { ResponseModel = "gpt-4o-mini" }, null, o => o.ElectricityZone = "FRA");

        Assert.Equal(Providers.OpenAI, inferred.Estimate!.Provider);
        Assert.Equal(Providers.OpenAI, azure.Estimate!.Provider);
        Assert.Equal("USA", inferred.Estimate.Zone);
        Assert.Equal("FRA", france.Estimate!.Zone);
        Assert.Equal(inferred.EnergyWh, france.EnergyWh);
        Assert.True(france.GwpG.Max < inferred.GwpG.Max, "France's mix emits less per kWh than the USA's");
    }

    [Fact]
    public async Task A_stream_is_aggregated_and_its_last_update_carries_the_impact()
    {
        var client = Pipeline(new FakeChatClient { OutputTokens = 250 }, o => o.UseMeasuredLatency = false);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync("q"))
        {
            updates.Add(update);
        }

        Assert.Equal(4, updates.Count);
        Assert.All(updates.Take(3), u => Assert.Null(u.GetImpact()));
        var impact = updates[^1].GetImpact()!;
        Assert.Equal(StaticEstimate("gpt-4o-mini", 250).EnergyWh, impact.EnergyWh);
        var response = updates.ToChatResponse();
        Assert.Same(impact, response.GetImpact());
        Assert.Equal("word0 word1 word2 ", response.Text);
        Assert.Single(response.Messages);
    }

    [Fact]
    public async Task Without_the_middleware_there_is_no_impact()
    {
        var response = await new FakeChatClient().GetResponseAsync("q");

        Assert.Null(response.GetImpact());
    }

    internal static IChatClient Pipeline(IChatClient inner, Action<ImpactTrackingOptions>? configure = null) =>
        new ChatClientBuilder(inner).UseImpactTracking(configure).Build();

    private static async Task<ChatImpact> Impact(FakeChatClient inner, ChatOptions? options, Action<ImpactTrackingOptions>? configure = null) =>
        (await Pipeline(inner, o => { o.UseMeasuredLatency = false; configure?.Invoke(o); }).GetResponseAsync("q", options)).GetImpact()!;

    private static ImpactEstimate StaticEstimate(string model, int tokens) => LlmEstimator.Estimate(ModelIdResolver.Resolve(model)!.Entry, tokens);

    /// <summary>A clock that moves by a fixed step each time it is read.</summary>
    private sealed class StepClock(TimeSpan step)
    {
        private long _now;

        public long Next()
        {
            long now = _now;
            _now += (long)(step.TotalSeconds * Stopwatch.Frequency);
            return now;
        }
    }
}
