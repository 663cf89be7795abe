using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Drawing;
using GreenAI.Impact;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>
/// Image and embedding pipelines built as Microsoft.Extensions.AI documents them (ImageGeneratorBuilder,
/// EmbeddingGeneratorBuilder, UseOpenTelemetry): images get the image proxy's estimate, embeddings are counted with
/// their impact unknown and why, and nothing of ours changes a result or an exception.
/// </summary>
public class MediaPipelineTests
{
    [Fact]
    public async Task Generated_images_get_the_proxy_estimate_for_their_size_and_count()
    {
        using var generator = new ImageGeneratorBuilder(new FakeImageGenerator { Images = 2, Metadata = new ImageGeneratorMetadata("openai") })
            .UseImpactTracking(o => o.ElectricityZone = "FRA")
            .Build();

        var impact = (await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse"), new ImageGenerationOptions { ModelId = "gpt-image-1", ImageSize = new Size(1536, 1024), Count = 2 })).GetImpact()!;

        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal((2, 1536, 1024, true), (impact.Images, impact.Width, impact.Height, impact.SizeGiven));
        var expected = MediaEstimator.Estimate(ImageEnergy.DeviceWh(1536, 1024, 2), "gpt-image-1", Providers.OpenAI, "FRA", ImageEnergy.Method, System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty);
        Assert.Equal(expected.EnergyWh, impact.EnergyWh);
        Assert.Equal(expected.GwpG, impact.GwpG);
        Assert.Equal(expected.WaterMl, impact.WaterMl);
        Assert.Equal("FRA", impact.Estimate!.Zone);
        Assert.StartsWith("gpt-image-1, 2 images at 1536×1024, FRA mix, Proxy: ", impact.Assumptions);

        using var single = new ImageGeneratorBuilder(new FakeImageGenerator { Images = 1 }).UseImpactTracking(o => o.ElectricityZone = "FRA").Build();
        var one = (await single.GenerateAsync(new ImageGenerationRequest("a lighthouse"), new ImageGenerationOptions { ModelId = "gpt-image-1", ImageSize = new Size(1536, 1024) })).GetImpact()!;
        Assert.True(impact.EnergyWh.Min > one.EnergyWh.Min, "two images cost more than one");
    }

    [Fact]
    public async Task Without_a_size_the_usual_default_is_assumed_and_said()
    {
        using var generator = new ImageGeneratorBuilder(new FakeImageGenerator { Metadata = new ImageGeneratorMetadata("fal", null, "flux-dev") }).UseImpactTracking().Build();

        var impact = (await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse"))).GetImpact()!;

        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal((1024, 1024, false), (impact.Width, impact.Height, impact.SizeGiven));
        Assert.Equal("flux-dev", impact.ModelId);
        Assert.Equal(Providers.HuggingFace, impact.Estimate!.Provider); // a provider EcoLogits does not profile: its generic profile
        Assert.Contains("no size in the options", impact.Assumptions);
    }

    [Theory]
    [InlineData(0, 1024, 1024, "carries no image")]
    [InlineData(1, 100_000, 100_000, "not an image size")]
    [InlineData(1, -5, 1024, "not an image size")]
    [InlineData(1000, 1024, 1024, "more than a provider returns")]
    public async Task Values_that_cannot_be_right_give_unknown_with_the_reason(int images, int width, int height, string reason)
    {
        using var generator = new ImageGeneratorBuilder(new FakeImageGenerator { Images = images }).UseImpactTracking().Build();

        var impact = (await generator.GenerateAsync(new ImageGenerationRequest("x"), new ImageGenerationOptions { ImageSize = new Size(width, height) })).GetImpact()!;

        Assert.False(impact.IsKnown);
        Assert.Contains(reason, impact.UnknownReason);
        Assert.Equal(0, impact.EnergyWh.Max);
    }

    [Fact]
    public async Task Image_requests_are_recorded_as_generate_content_and_a_failure_keeps_its_exception()
    {
        // One factory for both generators: it hands both the same meter, so one collector sees both.
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var meter = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new MetricCollector<long>(factory, meter, ImpactRecorder.Requests);
        using var energy = new MetricCollector<double>(factory, meter, ImpactRecorder.Energy);
        using var generator = new ImageGeneratorBuilder(new FakeImageGenerator { Metadata = new ImageGeneratorMetadata("openai") }).UseImpactTracking(o => o.SourceName = meter).Build(services);
        using var failing = new ImageGeneratorBuilder(new FakeImageGenerator { Failure = new TimeoutException("slow") }).UseImpactTracking(o => o.SourceName = meter).Build(services);

        var impact = (await generator.GenerateAsync(new ImageGenerationRequest("x"), new ImageGenerationOptions { ModelId = "dall-e-3" })).GetImpact()!;
        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => failing.GenerateAsync(new ImageGenerationRequest("x")));

        Assert.Equal("slow", thrown.Message);
        var recorded = Assert.Single(energy.GetMeasurementSnapshot());
        Assert.Equal((impact.EnergyWh.Min + impact.EnergyWh.Max) / 2, recorded.Value, 12);
        Assert.Equal("generate_content", recorded.Tags["gen_ai.operation.name"]);
        Assert.Equal("dall-e-3", recorded.Tags["gen_ai.request.model"]);
        Assert.Equal("openai", recorded.Tags["gen_ai.provider.name"]);
        var counted = requests.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.Equal("known", counted[0].Tags["greenai.impact.status"]);
        Assert.Equal("System.TimeoutException", counted[1].Tags["error.type"]);
    }

    [Fact]
    public async Task The_image_activity_of_UseOpenTelemetry_gets_the_impact_as_tags()
    {
        var source = "greenai-test-" + Guid.NewGuid().ToString("N");
        var activities = new List<Activity>();
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source).AddInMemoryExporter(activities).Build())
        {
            using var generator = new ImageGeneratorBuilder(new FakeImageGenerator())
                .UseOpenTelemetry(sourceName: source)
                .UseImpactTracking()
                .Build();
            var impact = (await generator.GenerateAsync(new ImageGenerationRequest("x"), new ImageGenerationOptions { ModelId = "gpt-image-1" })).GetImpact()!;
            tracing.ForceFlush();

            var activity = Assert.Single(activities);
            Assert.Equal("known", activity.GetTagItem("greenai.impact.status"));
            Assert.Equal(impact.EnergyWh.Max, activity.GetTagItem("greenai.impact.energy_wh.max"));
        }
    }

    [Fact]
    public async Task A_throwing_metadata_lookup_does_not_fail_an_image_call_and_a_bad_zone_is_refused_at_build()
    {
        using var generator = new ImageGeneratorBuilder(new FakeImageGenerator { MetadataThrows = true }).UseImpactTracking().Build();
        var response = await generator.GenerateAsync(new ImageGenerationRequest("x"));
        Assert.Single(response.Contents);
        Assert.True(response.GetImpact()!.IsKnown);

        var refused = Assert.Throws<ArgumentException>(() => new ImageGeneratorBuilder(new FakeImageGenerator()).UseImpactTracking(o => o.ElectricityZone = "france").Build());
        Assert.Contains("FRA", refused.Message);
    }

    [Fact]
    public async Task Embeddings_are_counted_with_their_impact_unknown_and_why()
    {
        var meter = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new MetricCollector<long>(null, meter, ImpactRecorder.Requests);
        using var energy = new MetricCollector<double>(null, meter, ImpactRecorder.Energy);
        using var generator = new EmbeddingGeneratorBuilder<string, Embedding<float>>(
                new FakeEmbeddingGenerator { InputTokens = 42, ResponseModel = "text-embedding-3-small", Metadata = new EmbeddingGeneratorMetadata("openai") })
            .UseOpenTelemetry()
            .UseImpactTracking(o => o.SourceName = meter)
            .Build();

        var embeddings = await generator.GenerateAsync(new[] { "a", "b", "c" });
        var impact = embeddings.GetImpact()!;

        Assert.Equal(3, embeddings.Count);
        Assert.False(impact.IsKnown);
        Assert.Contains("no method for embeddings", impact.UnknownReason);
        Assert.Contains(EcoLogitsConstants.MethodDisplayName, impact.Assumptions);
        Assert.Equal((3, 42L, "text-embedding-3-small"), (impact.Embeddings, impact.InputTokens, impact.ModelId));
        Assert.Empty(energy.GetMeasurementSnapshot()); // no number is made up
        var counted = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal("embeddings", counted.Tags["gen_ai.operation.name"]);
        Assert.Equal("unknown", counted.Tags["greenai.impact.status"]);
        Assert.Equal("text-embedding-3-small", counted.Tags["gen_ai.response.model"]);
    }

    [Fact]
    public async Task A_failed_embedding_call_keeps_its_exception_and_is_counted_with_its_error_type()
    {
        var meter = "greenai-test-" + Guid.NewGuid().ToString("N");
        using var requests = new MetricCollector<long>(null, meter, ImpactRecorder.Requests);
        using var generator = new EmbeddingGeneratorBuilder<string, Embedding<float>>(new FakeEmbeddingGenerator { Failure = new HttpRequestException("429") })
            .UseImpactTracking(o => o.SourceName = meter)
            .Build();

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => generator.GenerateAsync(new[] { "a" }));

        Assert.Equal("429", thrown.Message);
        Assert.Equal("System.Net.Http.HttpRequestException", Assert.Single(requests.GetMeasurementSnapshot()).Tags["error.type"]);
    }
}
