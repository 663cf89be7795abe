using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// Base of every rule: generated code is skipped, analysis runs concurrently, and nothing is registered in a
/// compilation that references no AI SDK (decided once per compilation). The package registers one
/// <see cref="GreenAIAnalyzer"/> that runs them all; each rule is also an analyzer alone, for tests and measurement.
/// </summary>
public abstract class SdkAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Generated code is not analysed (no Analyze flag). ReportDiagnostics only spares the driver its check of each
    /// diagnostic's location, which walks the whole file for [GeneratedCode] symbols once per file: diagnostics are
    /// reported in the code being analysed (a followed value only within its file), so they are never in a generated file.
    /// </summary>
    internal const GeneratedCodeAnalysisFlags GeneratedCode = GeneratedCodeAnalysisFlags.ReportDiagnostics;

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
        context.EnableConcurrentExecution();
        RegisterRules(context, ImmutableArray.Create(this));
    }

    /// <summary>Registers the rule's actions for a compilation that references at least one AI SDK.</summary>
    internal abstract void Register(RuleActions actions);

    /// <summary>Registers the rules that are on somewhere in a compilation that references an AI SDK.</summary>
    internal static void RegisterRules(AnalysisContext context, ImmutableArray<SdkAnalyzer> rules) =>
        context.RegisterCompilationStartAction(start =>
        {
            var services = AnalysisServices.Create(start.Compilation, start.Options, start.CancellationToken);
            if (services == null)
            {
                return;
            }

            var actions = new RuleActions(start, services);
            foreach (var rule in rules)
            {
                if (RuleSwitch.IsOnAnywhere(rule.SupportedDiagnostics, start.Compilation, start.CancellationToken))
                {
                    rule.Register(actions);
                }
            }

            actions.RegisterWithDriver();
        });
}
