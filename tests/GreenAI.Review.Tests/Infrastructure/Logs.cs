using System.Text.Json.Nodes;

namespace GreenAI.Review.Tests.Infrastructure;

/// <summary>Writes SARIF logs for tests: in the shape the C# compiler writes (<c>properties.customProperties</c>), results chosen by the test.</summary>
internal sealed class Logs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("greenai-review-").FullName;

    public static string Sample(string side) => Path.Combine(AppContext.BaseDirectory, "TestData", $"sample-{side}.sarif");

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A compiler log whose driver lists the GreenAI rules, with the given results.</summary>
    public string Compiler(string name, params JsonObject[] results)
    {
        var log = new JsonObject
        {
            ["$schema"] = "http://json.schemastore.org/sarif-2.1.0",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["results"] = new JsonArray(results.Select(r => (JsonNode?)r).ToArray()),
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "Microsoft (R) Visual C# Compiler",
                        ["rules"] = new JsonArray(
                            Rule("GAI001", "Large model where a smaller one would do"),
                            Rule("GAI002", "Model call in a loop that nothing bounds"),
                            Rule("GAI004", "Video generation"),
                            Rule("GAI010", "Estimated impact of an AI call")),
                    },
                },
            }),
        };
        return Write(name, log.ToJsonString());
    }

    private static JsonObject Rule(string id, string title) => new() { ["id"] = id, ["shortDescription"] = new JsonObject { ["text"] = title } };

    /// <summary>A GAI010 result: the estimate of one call.</summary>
    public static JsonObject Estimate(string file, int line, string site, string model, double whMin, double whMax) =>
        Result("GAI010", file, line, $"{model}: ≈{whMin}–{whMax} Wh per call", new()
        {
            ["site"] = site, ["model"] = model, ["provider"] = "openai", ["output_tokens"] = "400", ["zone"] = "USA",
            ["energy_wh_min"] = Text(whMin), ["energy_wh_max"] = Text(whMax),
            ["gwp_g_min"] = Text(whMin / 2), ["gwp_g_max"] = Text(whMax / 2),
            ["water_ml_min"] = Text(whMin * 4), ["water_ml_max"] = Text(whMax * 4),
            ["method"] = "ecologits-0.9.3+5be90da",
        });

    public static JsonObject Result(string rule, string file, int line, string message, Dictionary<string, string>? properties = null)
    {
        var result = new JsonObject
        {
            ["ruleId"] = rule,
            ["level"] = "warning",
            ["message"] = new JsonObject { ["text"] = message },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = "file:///src/app/" + file },
                    ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = 9 },
                },
            }),
        };
        if (properties != null)
        {
            var custom = new JsonObject();
            foreach (var (key, value) in properties)
            {
                custom[key] = value;
            }

            result["properties"] = new JsonObject { ["warningLevel"] = 1, ["customProperties"] = custom };
        }

        return result;
    }

    private static string Text(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
