using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Hosting;

/// <summary>
/// An analyzer that hosts rules, with the one <c>Initialize</c> they all share: generated code is skipped, analysis
/// runs concurrently, and nothing is registered in a compilation that references no AI SDK (decided once per
/// compilation), nor for a rule that is off everywhere in it. The package hosts every rule (<see cref="GreenAIAnalyzer"/>);
/// tests and the benchmark host one at a time.
/// </summary>
public abstract class RuleHostAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Generated code is not analysed (no Analyze flag). ReportDiagnostics only spares the driver its check of each
    /// diagnostic's location, which walks the whole file for [GeneratedCode] symbols once per file: diagnostics are
    /// reported in the code being analysed (a followed value only within its file), so they are never in a generated file.
    /// </summary>
    private const GeneratedCodeAnalysisFlags GeneratedCode = GeneratedCodeAnalysisFlags.ReportDiagnostics;

    private readonly ImmutableArray<IRule> _rules;

    internal RuleHostAnalyzer(ImmutableArray<IRule> rules)
    {
        _rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in rules)
        {
            descriptors.AddRange(rule.SupportedDiagnostics);
        }

        SupportedDiagnostics = descriptors.ToImmutable();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var services = AnalysisServices.Create(start.Compilation, start.Options, start.CancellationToken);
            if (services == null)
            {
                return;
            }

            var actions = new RuleActions(start, services);
            foreach (var rule in _rules)
            {
                if (RuleSwitch.IsOnAnywhere(rule.SupportedDiagnostics, start.Compilation, start.CancellationToken))
                {
                    rule.Register(actions);
                }
            }

            actions.RegisterWithDriver();
        });
    }
}
