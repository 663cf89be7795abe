using System.Text.Json;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Models;

/// <summary>The embedded TSV says exactly what EcoLogits' models.json says: a hand edit or a stale regeneration fails here.</summary>
public class CatalogMatchesSourceTests
{
    [Fact]
    public void Every_model_of_the_source_is_in_the_catalogue_with_its_parameters()
    {
        using var doc = TestData.Json("ecologits", "models.json");
        var models = doc.RootElement.GetProperty("models");
        Assert.Equal(models.GetArrayLength(), ModelCatalog.Default.Models.Count);

        foreach (var m in models.EnumerateArray())
        {
            var name = m.GetProperty("name").GetString()!;
            var entry = ModelCatalog.Default.FindExact(name);
            Assert.True(entry != null, name + " is missing");
            Assert.Equal(m.GetProperty("provider").GetString(), entry!.Provider);
            var arch = m.GetProperty("architecture");
            Assert.Equal(arch.GetProperty("type").GetString(), entry.Architecture);

            var parameters = arch.GetProperty("parameters");
            var (total, active) = parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("total", out var t)
                ? (Bounds(t), Bounds(parameters.GetProperty("active")))
                : (Bounds(parameters), Bounds(parameters));
            Assert.Equal(total, (entry.TotalParamsB.Min, entry.TotalParamsB.Max));
            Assert.Equal(active, (entry.ActiveParamsB.Min, entry.ActiveParamsB.Max));

            var deployment = m.TryGetProperty("deployment", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            Assert.Equal(Number(deployment, "tps"), entry.Deployment?.TokensPerSecond);
            Assert.Equal(Number(deployment, "ttft"), entry.Deployment?.TimeToFirstTokenSeconds);
        }
    }

    [Fact]
    public void Every_alias_points_at_its_model()
    {
        using var doc = TestData.Json("ecologits", "models.json");
        foreach (var a in doc.RootElement.GetProperty("aliases").EnumerateArray())
        {
            var entry = ModelCatalog.Default.FindExact(a.GetProperty("name").GetString()!);
            Assert.NotNull(entry);
            Assert.Equal(a.GetProperty("alias").GetString(), entry!.Name);
        }
    }

    private static double? Number(JsonElement deployment, string name) =>
        deployment.ValueKind == JsonValueKind.Object && deployment.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static (double, double) Bounds(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? (value.GetDouble(), value.GetDouble())
        : (value.GetProperty("min").GetDouble(), value.GetProperty("max").GetDouble());
}
