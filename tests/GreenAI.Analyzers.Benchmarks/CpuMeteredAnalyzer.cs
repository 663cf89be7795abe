using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// Runs another analyzer and adds up the thread CPU time spent inside each of its callbacks. On a machine whose
/// cores are shared, the driver's telemetry (a stopwatch around each callback) also counts the time a callback's thread
/// waited for a core; this counts only the work. Supports the registrations the GreenAI rules use.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CpuMeteredAnalyzer(DiagnosticAnalyzer inner) : DiagnosticAnalyzer
{
    private long _nanoseconds;
    private long _callbacks;
    private long _allocated;

    public DiagnosticAnalyzer Inner => inner;

    public TimeSpan CpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _nanoseconds) / 100);

    public long Callbacks => Interlocked.Read(ref _callbacks);

    /// <summary>
    /// The metered CPU time less what the meter itself costs: the do-nothing analyzer's metered time per callback (its
    /// clock reads and an empty callback) times this analyzer's callbacks.
    /// </summary>
    public TimeSpan OwnCpuTime(CpuMeteredAnalyzer doNothing) =>
        CpuTime - TimeSpan.FromTicks(doNothing.CpuTime.Ticks * Callbacks / Math.Max(1, doNothing.Callbacks));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

#pragma warning disable RS1025, RS1026 // The wrapped analyzer configures both, through MeteredContext.
    public override void Initialize(AnalysisContext context) => inner.Initialize(new MeteredContext(context, this));
#pragma warning restore RS1025, RS1026

    /// <summary>Bytes allocated on the callbacks' threads while they ran (the compiler's too, when a callback makes it bind).</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated);

    private Action<T> Meter<T>(Action<T> action) => argument =>
    {
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = ThreadCpuClock.Now();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref _nanoseconds, ThreadCpuClock.Now() - start);
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            Interlocked.Increment(ref _callbacks);
        }
    };

    private sealed class MeteredContext(AnalysisContext context, CpuMeteredAnalyzer meter) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(meter.Meter<CompilationStartAnalysisContext>(start => action(new MeteredStart(start, meter))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(meter.Meter(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(meter.Meter(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(meter.Meter(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(meter.Meter(action), symbolKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => context.RegisterOperationAction(meter.Meter(action), operationKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

#pragma warning disable RS1012 // The wrapped analyzer registers through it.
    private sealed class MeteredStart(CompilationStartAnalysisContext start, CpuMeteredAnalyzer meter)
        : CompilationStartAnalysisContext(start.Compilation, start.Options, start.CancellationToken)
#pragma warning restore RS1012
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => start.RegisterCompilationEndAction(meter.Meter(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => start.RegisterSyntaxTreeAction(meter.Meter(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => start.RegisterSemanticModelAction(meter.Meter(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => start.RegisterSymbolAction(meter.Meter(action), symbolKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => start.RegisterOperationAction(meter.Meter(action), operationKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private static NotSupportedException Unsupported() => new("the metered analyzer supports the registrations GreenAI uses; add this one here if a rule starts using it");
}
