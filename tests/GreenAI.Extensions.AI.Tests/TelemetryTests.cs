using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>
/// The counters, read through OpenTelemetry's in-memory exporter as a dashboard would, and the tags on the GenAI
/// activity of M.E.AI's OpenTelemetry client. Each test names its own provider, so parallel tests do not mix.
/// </summary>
public class TelemetryTests
{
    [Fact]
    public async Task Histograms_of_energy_gwp_water_and_a_request_counter_as_exported_with_the_GenAI_attributes()
    {
        var provider = "test-" + Guid.NewGuid().ToString("N");
        var metrics = new List<Metric>();
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(ImpactRecorder.MeterName).AddInMemoryExporter(metrics).Build())
        {
            var client = ResponseImpactTests.Pipeline(
                new FakeChatClient { ResponseModel = "gpt-4o-mini-2024-07-18", Metadata = new ChatClientMetadata(provider) },
                o => o.UseMeasuredLatency = false);
            var first = (await client.GetResponseAsync("q", new ChatOptions { ModelId = "gpt-4o-mini" })).GetImpact()!;
            var second = (await client.GetResponseAsync("q", new ChatOptions { ModelId = "gpt-4o-mini" })).GetImpact()!;
            await Assert.ThrowsAsync<InvalidOperationException>(() => ResponseImpactTests.Pipeline(
                new FakeChatClient { Failure = new InvalidOperationException(), Metadata = new ChatClientMetadata(provider) }).GetResponseAsync("q", new ChatOptions { ModelId = "gpt-4o-mini" }));
            meters.ForceFlush();

            double Middle(GreenAI.Impact.ValueRange r) => (r.Min + r.Max) / 2;
            Assert.Equal(Middle(first.EnergyWh) + Middle(second.EnergyWh), Sum(metrics, "greenai.client.energy", provider), 12);
            Assert.Equal(Middle(first.GwpG) * 2, Sum(metrics, "greenai.client.gwp", provider), 12);
            Assert.Equal(Middle(first.WaterMl) * 2, Sum(metrics, "greenai.client.water", provider), 12);
            Assert.Equal(2, Sum(metrics, "greenai.client.requests", provider, status: "known"));
            Assert.Equal(1, Sum(metrics, "greenai.client.requests", provider, status: "unknown"));

            var energy = Points(metrics, "greenai.client.energy", provider).Single();
            Assert.Equal("W.h", metrics.First(m => m.Name == "greenai.client.energy").Unit);
            Assert.Equal(MetricType.Histogram, metrics.First(m => m.Name == "greenai.client.energy").MetricType);
            Assert.Equal(2, energy.GetHistogramCount());
            var bounds = new List<double>();
            foreach (var bucket in energy.GetHistogramBuckets())
            {
                bounds.Add(bucket.ExplicitBound);
            }

            Assert.Equal(new[] { 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, double.PositiveInfinity }, bounds); // the bucket advice
            var tags = Tags(energy);
            Assert.Equal("chat", tags["gen_ai.operation.name"]);
            Assert.Equal("gpt-4o-mini", tags["gen_ai.request.model"]);
            Assert.Equal("gpt-4o-mini-2024-07-18", tags["gen_ai.response.model"]);
        }
    }

    [Fact]
    public async Task The_GenAI_activity_gets_the_impact_as_tags()
    {
        var source = "greenai-test-" + Guid.NewGuid().ToString("N");
        var activities = new List<Activity>();
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source).AddInMemoryExporter(activities).Build())
        {
            var client = new ChatClientBuilder(new FakeChatClient { ResponseModel = "gpt-4o", OutputTokens = 100 })
                .UseOpenTelemetry(sourceName: source)
                .UseImpactTracking(o => o.UseMeasuredLatency = false)
                .Build();
            var impact = (await client.GetResponseAsync("q")).GetImpact()!;
            tracing.ForceFlush();

            var activity = Assert.Single(activities);
            Assert.Equal("known", activity.GetTagItem("greenai.impact.status"));
            Assert.Equal(impact.EnergyWh.Min, activity.GetTagItem("greenai.impact.energy_wh.min"));
            Assert.Equal(impact.GwpG.Max, activity.GetTagItem("greenai.impact.gwp_g.max"));
            Assert.Equal(impact.WaterMl.Max, activity.GetTagItem("greenai.impact.water_ml.max"));
        }
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name, string provider)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tags(point).TryGetValue("gen_ai.provider.name", out var p) && (string?)p == provider)
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    private static double Sum(List<Metric> metrics, string name, string provider, string? status = null) =>
        Points(metrics, name, provider)
            .Where(p => status == null || (string?)Tags(p)["greenai.impact.status"] == status)
            .Sum(p => metrics.First(m => m.Name == name).MetricType switch
            {
                MetricType.LongSum => p.GetSumLong(),
                MetricType.Histogram => p.GetHistogramSum(),
                _ => p.GetSumDouble(),
            });

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }
}
