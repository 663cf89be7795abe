using System.Collections.Immutable;
using System.Linq;
using GreenAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers;

/// <summary>
/// The one analyzer the package registers: every rule runs inside it. One analyzer instead of eleven lets the driver
/// run all rules on an operation one after another in one callback, so a call is read once and handed to each rule
/// (<see cref="RuleActions"/>) rather than through shared dictionaries whose locks the rules fought over. The rule
/// classes stay analyzers of their own for tests and the benchmark.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GreenAIAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<SdkAnalyzer> _rules = ImmutableArray.Create<SdkAnalyzer>(
        new LargeModelAnalyzer(),
        new UnboundedLoopAnalyzer(),
        new CallPerItemAnalyzer(),
        new VideoGenerationAnalyzer(),
        new ImageGenerationAnalyzer(),
        new NoOutputCapAnalyzer(),
        new RepeatedRequestAnalyzer(),
        new HighReasoningEffortAnalyzer(),
        new EstimatedImpactAnalyzer(),
        new UnknownModelAnalyzer(),
        new UnreadableOptionAnalyzer());

    public GreenAIAnalyzer()
    {
        SupportedDiagnostics = _rules.SelectMany(r => r.SupportedDiagnostics).ToImmutableArray();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(SdkAnalyzer.GeneratedCode);
        context.EnableConcurrentExecution();
        SdkAnalyzer.RegisterRules(context, _rules);
    }
}
