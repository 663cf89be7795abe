using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// Burns a known amount of CPU in each callback (a fixed loop, no allocation, no system call), on the operations
/// GreenAI takes callbacks for. Its driver telemetry, read beside GreenAI's, shows how much of that telemetry is the
/// instrument: the stopwatch around a callback also runs while the compiler's own threads (binding, thread-pool
/// workers) hold the cores, which on a 2-core machine can be several times the callback's work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CalibrationAnalyzer(long iterationsPerCallback) : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("CAL001", "never", "never", "Calibration", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static long s_sink;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => Burn(iterationsPerCallback), OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
    }

    /// <summary>Loop iterations per millisecond of this thread's CPU, measured once (the best of a few tries).</summary>
    public static double IterationsPerMillisecond()
    {
        const long Iterations = 20_000_000;
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            long start = ThreadCpuClock.Now();
            Burn(Iterations);
            best = Math.Min(best, (ThreadCpuClock.Now() - start) / 1e6);
        }

        return Iterations / Math.Max(best, 1e-3);
    }

    private static void Burn(long iterations)
    {
        long x = s_sink | 1;
        for (long i = 0; i < iterations; i++)
        {
            x = (x * 6364136223846793005L) + 1442695040888963407L; // a step of a linear congruential generator: no call, no allocation
        }

        s_sink = x;
    }
}
