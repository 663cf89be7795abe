namespace GreenAI.Analyzers.Options;

/// <summary>The .editorconfig keys this package reads (documented in rules.md § Options).</summary>
internal static class OptionKeys
{
    public const string DefaultOutputTokens = "green_ai.default_output_tokens";
    public const string ElectricityZone = "green_ai.electricity_zone";
}
