using System.Text.Json;
using GreenAI.Impact;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Impact;

/// <summary>
/// The port against the outputs of EcoLogits' own code at the commit the catalogue comes from (TestData/ecologits/
/// golden-vectors.json, written by src/GreenAI.Impact/Data/update_ecologits.py): every intermediate value of the graph
/// cases (with and without a model's deployment tps and ttft), and the per-model results at provider defaults, with the
/// latency unknown (the analyzers) or measured (the middleware), to 1e-9 relative.
/// </summary>
public class GoldenVectorTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<int> DagCases() => Indices("dag_cases");

    public static TheoryData<int> LlmCases() => Indices("llm_impacts_cases");

    [Theory]
    [MemberData(nameof(DagCases))]
    public void Graph_matches_every_intermediate_value(int index)
    {
        using var doc = Golden();
        var c = doc.RootElement.GetProperty("dag_cases")[index];
        var inputs = c.GetProperty("inputs");
        var mixJson = inputs.GetProperty("mix");
        var mix = new ElectricityMix(
            inputs.GetProperty("zone").GetString()!,
            mixJson.GetProperty("adpe").GetDouble(),
            mixJson.GetProperty("pe").GetDouble(),
            mixJson.GetProperty("gwp").GetDouble(),
            mixJson.GetProperty("wue").GetDouble());
        var latency = inputs.GetProperty("request_latency_s");
        var result = LlmInferenceCalculator.Run(
            inputs.GetProperty("active_B").GetDouble(),
            inputs.GetProperty("total_B").GetDouble(),
            inputs.GetProperty("output_tokens").GetDouble(),
            inputs.GetProperty("pue").GetDouble(),
            inputs.GetProperty("wue").GetDouble(),
            mix,
            latency.ValueKind == JsonValueKind.Null ? null : latency.GetDouble(),
            Optional(inputs, "tps"),
            Optional(inputs, "ttft"));

        var o = c.GetProperty("outputs");
        Close(o, "gpu_energy", result.GpuEnergyKWh);
        Close(o, "generation_latency", result.GenerationLatencySeconds);
        Close(o, "model_required_memory", result.ModelRequiredMemoryGB);
        Assert.Equal(o.GetProperty("gpu_required_count").GetInt32(), result.GpuRequiredCount);
        Close(o, "server_energy", result.ServerEnergyKWh);
        Close(o, "request_energy", result.RequestEnergyKWh);
        Close(o, "request_usage_gwp", result.UsageGwpKg);
        Close(o, "request_usage_adpe", result.UsageAdpeKgSb);
        Close(o, "request_usage_pe", result.UsagePeMJ);
        Close(o, "request_usage_wcf", result.UsageWcfL);
        Close(o, "server_gpu_embodied_gwp", result.ServerGpuEmbodiedGwpKg);
        Close(o, "server_gpu_embodied_adpe", result.ServerGpuEmbodiedAdpeKgSb);
        Close(o, "server_gpu_embodied_pe", result.ServerGpuEmbodiedPeMJ);
        Close(o, "request_embodied_gwp", result.EmbodiedGwpKg);
        Close(o, "request_embodied_adpe", result.EmbodiedAdpeKgSb);
        Close(o, "request_embodied_pe", result.EmbodiedPeMJ);
    }

    [Theory]
    [MemberData(nameof(LlmCases))]
    public void Catalogue_model_at_provider_defaults_matches(int index)
    {
        using var doc = Golden();
        var c = doc.RootElement.GetProperty("llm_impacts_cases")[index];
        var model = ModelCatalog.Default.FindExact(c.GetProperty("model").GetString()!);
        Assert.NotNull(model);
        var provider = Providers.Find(c.GetProperty("provider").GetString())!;
        var mix = ElectricityMixes.Find(provider.DefaultZone)!;

        var impacts = LlmInferenceCalculator.Compute(
            model!.ActiveParamsB, model.TotalParamsB, c.GetProperty("output_tokens").GetDouble(), provider.Pue, provider.OnsiteWue, mix,
            Optional(c, "request_latency_s"), model.Deployment);

        CloseRange(c, "energy_kWh", impacts.EnergyKWh);
        CloseRange(c, "gwp_kgCO2eq", impacts.GwpKg);
        CloseRange(c, "gwp_usage", impacts.GwpUsageKg);
        CloseRange(c, "gwp_embodied", impacts.GwpEmbodiedKg);
        CloseRange(c, "adpe_kgSbeq", impacts.AdpeKgSb);
        CloseRange(c, "pe_MJ", impacts.PeMJ);
        CloseRange(c, "wcf_L", impacts.WcfL);
    }

    [Fact]
    public void Golden_file_covers_the_four_providers_deployments_and_measured_latencies_at_the_catalogue_commit()
    {
        using var doc = Golden();
        var cases = doc.RootElement.GetProperty("llm_impacts_cases").EnumerateArray().ToList();
        Assert.True(doc.RootElement.GetProperty("dag_cases").GetArrayLength() >= 8);
        Assert.True(cases.Count >= 30);
        foreach (var provider in new[] { "openai", "anthropic", "google_genai", "mistralai" })
        {
            Assert.Contains(cases, c => c.GetProperty("provider").GetString() == provider);
        }

        Assert.Contains(cases, c => c.GetProperty("request_latency_s").ValueKind == JsonValueKind.Number);
        Assert.Contains(doc.RootElement.GetProperty("dag_cases").EnumerateArray(), c => c.GetProperty("inputs").GetProperty("tps").ValueKind == JsonValueKind.Number);
        Assert.Contains(ModelCatalog.Default.Source.Commit, doc.RootElement.GetProperty("source").GetString());
    }

    private static double? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>A golden case's range (or plain number) against ours, to <see cref="Tolerance"/> relative.</summary>
    internal static void CloseRange(JsonElement c, string name, ValueRange actual)
    {
        var expected = c.GetProperty(name);
        // Some values are plain numbers (min = max) instead of {min, max}.
        double min = expected.ValueKind == JsonValueKind.Number ? expected.GetDouble() : expected.GetProperty("min").GetDouble();
        double max = expected.ValueKind == JsonValueKind.Number ? expected.GetDouble() : expected.GetProperty("max").GetDouble();
        AssertRelative(min, actual.Min, name + ".min");
        AssertRelative(max, actual.Max, name + ".max");
    }

    private static void Close(JsonElement outputs, string name, double actual) =>
        AssertRelative(outputs.GetProperty(name).GetDouble(), actual, name);

    private static void AssertRelative(double expected, double actual, string what)
    {
        double error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= Tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }

    internal static JsonDocument Golden() => TestData.Json("ecologits", "golden-vectors.json");

    private static TheoryData<int> Indices(string property)
    {
        using var doc = Golden();
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty(property).GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }
}
