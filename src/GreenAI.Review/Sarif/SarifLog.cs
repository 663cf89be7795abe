using System.Text.Json.Serialization;

namespace GreenAI.Review.Sarif;

// The parts of a SARIF 2.1 log that the tool reads; System.Text.Json skips everything else while it streams the file.
internal sealed class SarifLog
{
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("runs")]
    public List<SarifRun>? Runs { get; set; }
}

internal sealed class SarifRun
{
    [JsonPropertyName("tool")]
    public SarifTool? Tool { get; set; }

    [JsonPropertyName("results")]
    public GreenAIResults? Results { get; set; }
}

internal sealed class SarifTool
{
    [JsonPropertyName("driver")]
    public SarifDriver? Driver { get; set; }
}

internal sealed class SarifDriver
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("rules")]
    public List<SarifRule>? Rules { get; set; }
}

internal sealed class SarifRule
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("shortDescription")]
    public SarifText? ShortDescription { get; set; }
}

internal sealed class SarifResult
{
    [JsonPropertyName("ruleId")]
    public string? RuleId { get; set; }

    [JsonPropertyName("level")]
    public string? Level { get; set; }

    [JsonPropertyName("message")]
    public SarifText? Message { get; set; }

    [JsonPropertyName("locations")]
    public List<SarifLocation>? Locations { get; set; }

    [JsonPropertyName("properties")]
    public SarifResultProperties? Properties { get; set; }
}

internal sealed class SarifText
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

internal sealed class SarifLocation
{
    [JsonPropertyName("physicalLocation")]
    public SarifPhysicalLocation? PhysicalLocation { get; set; }
}

internal sealed class SarifPhysicalLocation
{
    [JsonPropertyName("artifactLocation")]
    public SarifArtifactLocation? ArtifactLocation { get; set; }

    [JsonPropertyName("region")]
    public SarifRegion? Region { get; set; }
}

internal sealed class SarifArtifactLocation
{
    [JsonPropertyName("uri")]
    public string? Uri { get; set; }
}

internal sealed class SarifRegion
{
    [JsonPropertyName("startLine")]
    public int StartLine { get; set; }

    [JsonPropertyName("startColumn")]
    public int StartColumn { get; set; }
}

/// <summary>The C# compiler writes a diagnostic's properties under <c>properties.customProperties</c> (as <c>dotnet build -p:ErrorLog=…%2Cversion=2.1</c> writes it).</summary>
internal sealed class SarifResultProperties
{
    [JsonPropertyName("customProperties")]
    [JsonConverter(typeof(CustomPropertiesConverter))]
    public List<KeyValuePair<string, string>>? CustomProperties { get; set; }
}
