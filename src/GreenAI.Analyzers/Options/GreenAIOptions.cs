using System.Globalization;
using GreenAI.Analyzers.Impact;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Options;

/// <summary>The typed options in force for one syntax tree, with their defaults. Unreadable values fall back to the default.</summary>
internal sealed class GreenAIOptions
{
    /// <summary>400 output tokens: the unit of Mistral's published lifecycle analysis of a Le Chat answer.</summary>
    public const int DefaultOutputTokensDefault = 400;

    public static readonly GreenAIOptions Defaults = new(DefaultOutputTokensDefault, null);

    private GreenAIOptions(int defaultOutputTokens, string? electricityZone)
    {
        DefaultOutputTokens = defaultOutputTokens;
        ElectricityZone = electricityZone;
    }

    public int DefaultOutputTokens { get; }

    /// <summary>A zone of the EcoLogits mixes, or null to use each provider's default.</summary>
    public string? ElectricityZone { get; }

    public static GreenAIOptions Read(AnalyzerConfigOptions options)
    {
        int outputTokens = DefaultOutputTokensDefault;
        if (options.TryGetValue(OptionKeys.DefaultOutputTokens, out var tokensText)
            && int.TryParse(tokensText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens)
            && tokens > 0)
        {
            outputTokens = tokens;
        }

        string? zone = null;
        if (options.TryGetValue(OptionKeys.ElectricityZone, out var zoneText) && ElectricityMixes.Find(zoneText) is { } mix)
        {
            zone = mix.Zone;
        }

        return outputTokens == DefaultOutputTokensDefault && zone == null ? Defaults : new GreenAIOptions(outputTokens, zone);
    }
}
