using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers;

/// <summary>Every descriptor of the package, with its category and its help link into rules.md.</summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/greenai-analyzers/GreenAI.Analyzers/blob/main/rules.md#";

    public static class Categories
    {
        public const string Impact = "GreenAI.Impact";
    }

    public static readonly DiagnosticDescriptor EstimatedImpact = new(
        DiagnosticIds.EstimatedImpact,
        title: "Estimated impact of an AI call",
        messageFormat: "{0}: {1} per call ({2})",
        Categories.Impact,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "The energy, greenhouse-gas and water estimate of a model call whose model id is a constant, from the EcoLogits v0.9.1 method. Off by default; switch it on with dotnet_diagnostic.GAI010.severity = suggestion.",
        helpLinkUri: HelpLink(DiagnosticIds.EstimatedImpact));

    public static string HelpLink(string id) => HelpLinkBase + id.ToLowerInvariant();
}
