using System.Collections.Immutable;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers;

/// <summary>
/// The one analyzer the package registers: every rule runs inside it, so the driver runs all rules on an operation in
/// one callback and a call is read once and handed to each rule (<see cref="RuleActions"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GreenAIAnalyzer : RuleHostAnalyzer
{
    /// <summary>Every rule of the package, in the order of rules.md.</summary>
    internal static readonly ImmutableArray<IRule> Rules = ImmutableArray.Create<IRule>(
        new LargeModelRule(),
        new UnboundedLoopRule(),
        new CallPerItemRule(),
        new VideoGenerationRule(),
        new ImageGenerationRule(),
        new NoOutputCapRule(),
        new RepeatedRequestRule(),
        new HighReasoningEffortRule(),
        new EstimatedImpactRule(),
        new UnknownModelRule(),
        new UnreadableOptionRule());

    public GreenAIAnalyzer()
        : base(Rules)
    {
    }
}
