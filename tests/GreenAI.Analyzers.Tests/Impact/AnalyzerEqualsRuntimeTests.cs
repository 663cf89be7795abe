using System.Globalization;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Extensions.AI;
using GreenAI.Impact;
using Microsoft.Extensions.AI;

namespace GreenAI.Analyzers.Tests.Impact;

/// <summary>
/// The estimate in the IDE and the measurement in production are one method: for every golden vector of EcoLogits
/// with the latency unknown (model, output tokens, provider defaults), GAI010's diagnostic properties on a call with
/// that model and output cap equal, to the last bit, what UseImpactTracking() gives a response with that model and
/// usage (latency unknown on both sides), and both match EcoLogits' own output. The vectors with a measured latency
/// are the middleware's alone (GoldenVectorTests).
/// </summary>
public class AnalyzerEqualsRuntimeTests
{
    public static TheoryData<int> Cases() => GoldenCases(measured: false);

    public static TheoryData<int> MeasuredCases() => GoldenCases(measured: true);

    /// <summary>The golden llm_impacts cases with the latency unknown (the analyzers' path) or measured (the middleware's).</summary>
    private static TheoryData<int> GoldenCases(bool measured)
    {
        using var doc = GoldenVectorTests.Golden();
        var data = new TheoryData<int>();
        var cases = doc.RootElement.GetProperty("llm_impacts_cases");
        for (int i = 0; i < cases.GetArrayLength(); i++)
        {
            if ((cases[i].GetProperty("request_latency_s").ValueKind == System.Text.Json.JsonValueKind.Number) == measured)
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GAI010_and_the_middleware_give_the_same_numbers(int index)
    {
        using var doc = GoldenVectorTests.Golden();
        var c = doc.RootElement.GetProperty("llm_impacts_cases")[index];
        string model = c.GetProperty("model").GetString()!;
        int tokens = c.GetProperty("output_tokens").GetInt32();

        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new SingleRuleAnalyzer<EstimatedImpactRule>(), $$"""
            using Microsoft.Extensions.AI;
            class Assistant
            {
                async Task<string> AskAsync(IChatClient client) =>
                    (await client.GetResponseAsync("Summarise the release notes.", new ChatOptions { ModelId = "{{model}}", MaxOutputTokens = {{tokens}} })).Text;
            }
            """));
        var runtime = (await new ChatClientBuilder(new AnsweringClient(model, tokens))
            .UseImpactTracking(o => o.UseMeasuredLatency = false)
            .Build()
            .GetResponseAsync("Summarise the release notes.")).GetImpact()!;

        Assert.True(runtime.IsKnown, runtime.UnknownReason);
        Assert.Equal(diagnostic.Properties[PropertyNames.Model], runtime.Estimate!.Model);
        Assert.Equal(diagnostic.Properties[PropertyNames.Provider], runtime.Estimate.Provider);
        Assert.Equal(diagnostic.Properties[PropertyNames.Zone], runtime.Estimate.Zone);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.EnergyWhMin), Number(diagnostic, PropertyNames.EnergyWhMax)), runtime.EnergyWh);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.GwpGMin), Number(diagnostic, PropertyNames.GwpGMax)), runtime.GwpG);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.WaterMlMin), Number(diagnostic, PropertyNames.WaterMlMax)), runtime.WaterMl);
        GoldenVectorTests.CloseRange(c, "energy_kWh", runtime.EnergyWh * 0.001);
        GoldenVectorTests.CloseRange(c, "gwp_kgCO2eq", runtime.GwpG * 0.001);
        GoldenVectorTests.CloseRange(c, "wcf_L", runtime.WaterMl * 0.001);
    }

    /// <summary>
    /// Upstream's measured-latency path (its tracers pass the request's latency): the middleware, whose clock the test
    /// sets to the golden case's latency, gives EcoLogits' own numbers.
    /// </summary>
    [Theory]
    [MemberData(nameof(MeasuredCases))]
    public async Task The_middleware_with_a_measured_latency_gives_upstreams_numbers(int index)
    {
        using var doc = GoldenVectorTests.Golden();
        var c = doc.RootElement.GetProperty("llm_impacts_cases")[index];
        double latency = c.GetProperty("request_latency_s").GetDouble();
        var ticks = new Queue<long>(new[] { 0L, (long)Math.Round(latency * System.Diagnostics.Stopwatch.Frequency) });
        var client = new ImpactTrackingChatClient(new AnsweringClient(c.GetProperty("model").GetString()!, c.GetProperty("output_tokens").GetInt32()), new ImpactTrackingOptions(), ticks.Dequeue);

        var impact = (await client.GetResponseAsync("Summarise the release notes.")).GetImpact()!;

        Assert.True(impact.IsKnown, impact.UnknownReason);
        Assert.Equal(latency, impact.Latency!.Value.TotalSeconds, 6);
        GoldenVectorTests.CloseRange(c, "energy_kWh", impact.EnergyWh * 0.001);
        GoldenVectorTests.CloseRange(c, "gwp_kgCO2eq", impact.GwpG * 0.001);
        GoldenVectorTests.CloseRange(c, "wcf_L", impact.WaterMl * 0.001);
    }

    /// <summary>
    /// Images: GAI005 on an <c>IImageGenerator</c> call and UseImpactTracking() on the response of the same request
    /// (model, size, count) give the same proxy numbers.
    /// </summary>
    [Theory]
    [InlineData("gpt-image-1", 1536, 1024, 2)]
    [InlineData("dall-e-3", 1024, 1024, 1)]
    [InlineData("imagen-4.0-generate-001", 2048, 2048, 4)]
    public async Task GAI005_and_the_middleware_give_the_same_numbers_for_images(string model, int width, int height, int count)
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new SingleRuleAnalyzer<ImageGenerationRule>(), $$"""
            using Microsoft.Extensions.AI;
            class Illustrator
            {
                Task<ImageGenerationResponse> DrawAsync(IImageGenerator generator) =>
                    generator.GenerateAsync(new ImageGenerationRequest("a lighthouse"), new ImageGenerationOptions { ModelId = "{{model}}", ImageSize = new System.Drawing.Size({{width}}, {{height}}), Count = {{count}} });
            }
            """));
#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI 10
        using var generator = new ImageGeneratorBuilder(new DrawingGenerator(count)).UseImpactTracking().Build();
        var runtime = (await generator.GenerateAsync(
            new ImageGenerationRequest("a lighthouse"),
            new ImageGenerationOptions { ModelId = model, ImageSize = new System.Drawing.Size(width, height), Count = count })).GetImpact()!;
#pragma warning restore MEAI001

        Assert.True(runtime.IsKnown, runtime.UnknownReason);
        Assert.Equal(diagnostic.Properties[PropertyNames.Provider], runtime.Estimate!.Provider);
        Assert.Equal(diagnostic.Properties[PropertyNames.Zone], runtime.Estimate.Zone);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.EnergyWhMin), Number(diagnostic, PropertyNames.EnergyWhMax)), runtime.EnergyWh);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.GwpGMin), Number(diagnostic, PropertyNames.GwpGMax)), runtime.GwpG);
        Assert.Equal(new ValueRange(Number(diagnostic, PropertyNames.WaterMlMin), Number(diagnostic, PropertyNames.WaterMlMax)), runtime.WaterMl);
    }

    private static double Number(Microsoft.CodeAnalysis.Diagnostic diagnostic, string key) =>
        double.Parse(diagnostic.Properties[key]!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A provider that answers with the golden case's model and output tokens.</summary>
    private sealed class AnsweringClient(string model, int outputTokens) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "…")) { ModelId = model, Usage = new UsageDetails { OutputTokenCount = outputTokens } });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

#pragma warning disable MEAI001
    /// <summary>A provider that draws the number of images asked for.</summary>
    private sealed class DrawingGenerator(int images) : IImageGenerator
    {
        public Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ImageGenerationResponse(Enumerable.Range(0, images).Select(_ => (AIContent)new DataContent(new byte[] { 1 }, "image/png")).ToList()));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
#pragma warning restore MEAI001
}
