using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>
/// The instruments as Microsoft.Extensions.AI's own telemetry has them: a meter per client from the host's
/// IMeterFactory, error.type on a failed call, gen_ai.provider.name from the client's metadata only, bounded tags,
/// activity tags only when the activity records all data. Read with MetricCollector, each test on its own meter.
/// </summary>
public class InstrumentTests
{
    [Fact]
    public async Task The_meter_comes_from_the_hosts_factory_and_a_failed_call_has_its_error_type()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var source = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new MetricCollector<long>(factory, source, ImpactRecorder.Requests);
        using var energy = new MetricCollector<double>(factory, source, ImpactRecorder.Energy);

        using var chat = new ChatClientBuilder(new FakeChatClient { Metadata = new ChatClientMetadata("openai") })
            .UseImpactTracking(o => o.SourceName = source)
            .Build(services);
        await chat.GetResponseAsync("q");
        using var failing = new ChatClientBuilder(new FakeChatClient { Failure = new TimeoutException("slow") })
            .UseImpactTracking(o => o.SourceName = source)
            .Build(services);
        await Assert.ThrowsAsync<TimeoutException>(() => failing.GetResponseAsync("q"));

        Assert.Single(energy.GetMeasurementSnapshot());
        var counted = requests.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.Equal("System.TimeoutException", counted[1].Tags["error.type"]);
        Assert.Equal("unknown", counted[1].Tags["greenai.impact.status"]);
        Assert.False(counted[0].Tags.ContainsKey("error.type"));
    }

    [Fact]
    public async Task A_stream_the_caller_stops_early_is_tagged_like_a_failed_call()
    {
        var (meter, requests) = Collector<long>(ImpactRecorder.Requests);
        using var chat = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.SourceName = meter).Build();
        await foreach (var update in chat.GetStreamingResponseAsync("q"))
        {
            break;
        }

        var counted = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal("_OTHER", counted.Tags["error.type"]);
        requests.Dispose();
    }

    [Fact]
    public async Task The_provider_tag_is_the_clients_provider_name_only_and_model_ids_are_bounded()
    {
        // One factory for both clients: it hands both the same meter, so one collector sees both.
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var source = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), source, ImpactRecorder.Requests);
        string longModel = new('x', 5000);
        using var withMetadata = new ChatClientBuilder(new FakeChatClient { Metadata = new ChatClientMetadata("gcp.gemini") })
            .UseImpactTracking(o => { o.SourceName = source; o.Provider = "google_genai"; })
            .Build(services);
        await withMetadata.GetResponseAsync("q");
        using var withoutMetadata = new ChatClientBuilder(new FakeChatClient { ResponseModel = longModel })
            .UseImpactTracking(o => { o.SourceName = source; o.Provider = "google_genai"; })
            .Build(services);
        await withoutMetadata.GetResponseAsync("q");

        var counted = requests.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.Equal("gcp.gemini", counted[0].Tags["gen_ai.provider.name"]);
        Assert.False(counted[1].Tags.ContainsKey("gen_ai.provider.name")); // the EcoLogits key of the option is not a GenAI provider name
        Assert.True(((string)counted[1].Tags["gen_ai.response.model"]!).Length <= 129);
    }

    [Fact]
    public async Task A_client_disposes_the_meter_it_created()
    {
        var (meter, energy) = Collector<double>(ImpactRecorder.Energy);
        var chat = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.SourceName = meter).Build();
        await chat.GetResponseAsync("q");
        chat.Dispose();

        Assert.Single(energy.GetMeasurementSnapshot());
        Assert.False(energy.Instrument!.Enabled); // no listener can record from it any more: the meter was disposed
        energy.Dispose();
    }

    [Fact]
    public async Task The_activity_gets_no_tags_unless_it_records_all_data()
    {
        var source = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var activitySource = new ActivitySource(source);
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        using var chat = new ChatClientBuilder(new FakeChatClient()).UseImpactTracking(o => o.SourceName = source).Build();

        using (var activity = activitySource.StartActivity("chat")!)
        {
            activity.SetTag("gen_ai.operation.name", "chat");
            Assert.False(activity.IsAllDataRequested);
            await chat.GetResponseAsync("q");
            Assert.Null(activity.GetTagItem("greenai.impact.status"));
        }
    }

    private static (string Meter, MetricCollector<T> Collector) Collector<T>(string instrument)
        where T : struct
    {
        var meter = "greenai-test-" + Guid.NewGuid().ToString("N");
        return (meter, new MetricCollector<T>(null, meter, instrument));
    }
}
