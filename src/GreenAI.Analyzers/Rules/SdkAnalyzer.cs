using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// Base of every rule: generated code is skipped, analysis runs concurrently, and nothing is registered in a
/// compilation that references no AI SDK (decided once per compilation).
/// </summary>
public abstract class SdkAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var services = AnalysisServices.Create(start.Compilation, start.Options, start.CancellationToken);
            if (services != null)
            {
                Register(start, services);
            }
        });
    }

    /// <summary>Registers the rule's actions for a compilation that references at least one AI SDK.</summary>
    internal abstract void Register(CompilationStartAnalysisContext start, AnalysisServices services);
}
