using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Hosting;

/// <summary>
/// One rule of the package: its descriptors and what it subscribes to. A rule is not an analyzer: a
/// <see cref="RuleHostAnalyzer"/> hosts it (the package's <see cref="GreenAIAnalyzer"/> hosts them all).
/// </summary>
internal interface IRule
{
    ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Subscribes to what the rule reads, in a compilation that references an AI SDK and where the rule is on.</summary>
    void Register(RuleActions actions);
}
