using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>Nothing the middleware computes or records may change the call's result or its exception.</summary>
public class GuardTests
{
    [Fact]
    public async Task A_throwing_GetService_of_the_inner_client_neither_fails_the_call_nor_hides_the_providers_exception()
    {
        var answering = new ChatClientBuilder(new ThrowingMetadataClient(new FakeChatClient())).UseImpactTracking().Build();
        var response = await answering.GetResponseAsync("hi");
        Assert.Equal("Paris.", response.Text);
        Assert.True(response.GetImpact()!.IsKnown);

        var failing = new ChatClientBuilder(new ThrowingMetadataClient(new FakeChatClient { Failure = new HttpRequestException("provider down") })).UseImpactTracking().Build();
        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => failing.GetResponseAsync("hi"));
        Assert.Equal("provider down", thrown.Message);
    }

    [Fact]
    public async Task A_listener_that_throws_loses_the_measurement_not_the_answer_nor_the_trace()
    {
        // A meter and an activity source of this test's own: the throwing listener must not reach other tests' calls.
        var name = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => throw new InvalidOperationException("exporter bug"));
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("exporter bug"));
        listener.Start();

        using var activitySource = new ActivitySource(name);
        using var tracing = new ActivityListener
        {
            ShouldListenTo = s => s.Name == name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(tracing);

        var chat = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.SourceName = name).Build();
        using (var activity = activitySource.StartActivity("chat")!)
        {
            activity.SetTag("gen_ai.operation.name", "chat");
            var response = await chat.GetResponseAsync("hi");
            Assert.Equal("Paris.", response.Text);
            Assert.Equal("known", activity.GetTagItem("greenai.impact.status"));
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("hi"))
        {
            updates.Add(update);
        }

        Assert.NotNull(updates.ToChatResponse().GetImpact());

        var failing = new ChatClientBuilder(new FakeChatClient { Failure = new TimeoutException("slow provider") }).UseImpactTracking(o => o.SourceName = name).Build();
        Assert.Equal("slow provider", (await Assert.ThrowsAsync<TimeoutException>(() => failing.GetResponseAsync("hi"))).Message);
    }

    [Theory]
    [InlineData("france", null)]
    [InlineData("XYZ", null)]
    [InlineData(null, "azure")]
    public void A_zone_or_provider_the_method_does_not_know_is_refused_when_the_pipeline_is_built(string? zone, string? provider)
    {
        var error = Assert.Throws<ArgumentException>(() => new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o =>
        {
            o.ElectricityZone = zone;
            o.Provider = provider;
        }).Build());
        Assert.Contains(zone == null ? "openai" : "FRA", error.Message);
    }

    [Fact]
    public async Task Known_zones_in_any_case_and_the_world_mix_are_taken()
    {
        foreach (var zone in new[] { "FRA", "fra", "WOR" })
        {
            var chat = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.ElectricityZone = zone).Build();
            Assert.Equal(zone.ToUpperInvariant(), (await chat.GetResponseAsync("hi")).GetImpact()!.Estimate!.Zone);
        }
    }

    private sealed class ThrowingMetadataClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public override object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? throw new InvalidOperationException("metadata unavailable") : base.GetService(serviceType, serviceKey);
    }
}
