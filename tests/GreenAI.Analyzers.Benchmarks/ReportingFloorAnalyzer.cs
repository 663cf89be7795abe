using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// The do-nothing analyzer plus as many diagnostics as GreenAI reported, one per invocation until the count is reached.
/// Every reported diagnostic costs the compiler work of its own (severity, #pragma and [SuppressMessage] checks, the
/// result queue) whatever the rule did to find it: this measures that share, so the harness can tell it apart from
/// the rules' own analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReportingFloorAnalyzer(int count) : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Reported = new("BASE002", "reported", "reported at {0}", "Baseline", DiagnosticSeverity.Info, isEnabledByDefault: true);

    private int _reported;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Reported);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            c =>
            {
                if (Interlocked.Increment(ref _reported) <= count)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Reported, c.Operation.Syntax.GetLocation(), c.Operation.Syntax.SpanStart));
                }
            },
            OperationKind.Invocation);
        context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
    }
}
