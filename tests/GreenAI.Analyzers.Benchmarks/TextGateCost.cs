using System.Diagnostics;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// `--text-gate DIR`: what raw-HTTP detection costs a project without an AI SDK. Without an SDK, GreenAI's only work is
/// the text gate (<see cref="AiEndpointText"/>: one pass over every file's text for the hosts and paths of the media
/// endpoints table); with `GreenAIDetectRawHttp=false` it is skipped. So the gate's time is the whole difference. It is
/// timed directly, 20 times over the folder's files as one compilation, against that compilation's compile (bind,
/// diagnostics, emit) CPU time, best of 3. The export generator's search for per-item calls of the project's ports
/// (<see cref="LoopCallExports"/>), which also runs without an SDK, is timed the same way.
/// </summary>
internal static class TextGateCost
{
    private const int Rounds = 20;

    /// <param name="symbols">The project's preprocessor symbols (its DefineConstants), so the code compiles as in its build.</param>
    public static int Run(string root, IReadOnlyList<MetadataReference> frameworkReferences, string? symbols)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToList();
        long characters = trees.Sum(t => (long)t.Length);
        long lines = trees.Sum(t => (long)t.GetText().Lines.Count);
        var compilation = CSharpCompilation.Create("Gate", trees, frameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

        var compileCpu = Enumerable.Range(0, 3).Select(_ => CompileCpu(compilation.Clone())).Min();
        bool found = AiEndpointText.AnyInUncached(compilation, CancellationToken.None); // warm-up (JIT, the table)
        var times = new List<double>();
        for (int i = 0; i < Rounds; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            AiEndpointText.AnyInUncached(compilation, CancellationToken.None);
            times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        times.Sort();
        double best = times[0], median = times[times.Count / 2];
        Console.WriteLine($"{root}: {files.Count} files, {lines:N0} lines, {characters / 1048576.0:N1} M characters; a marker found: {found}");
        int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"  compile (bind, diagnostics, emit), CPU best of 3: {compileCpu:N0} ms; compiler errors {errors} (each file is compiled, but an error stops the emit)");
        Console.WriteLine($"  text gate, CPU over {Rounds} rounds: best {best:N1} ms = {best / compileCpu:P3} of the compile, median {median:N1} ms = {median / compileCpu:P3} ({characters / 1048576.0 / (median / 1000):N0} M characters/s)");

        // The export generator's search for per-item calls of the project's AI-named ports, on the compiled compilation
        // (the generator gets the compiler's, whose declaration table is built): all of it runs without an AI SDK.
        var exportLines = LoopCallExports.LinesOf(compilation, LoopCallExports.PortsOf(compilation, CancellationToken.None), new Dictionary<SyntaxTree, string>(), CancellationToken.None);
        var exportTimes = new List<double>();
        for (int i = 0; i < 5; i++)
        {
            // 20 searches per reading: one takes about a millisecond, the process clock's grain.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (int j = 0; j < Rounds; j++)
            {
                LoopCallExports.LinesOf(compilation, LoopCallExports.PortsOf(compilation, CancellationToken.None), new Dictionary<SyntaxTree, string>(), CancellationToken.None);
            }

            exportTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Rounds);
        }

        exportTimes.Sort();
        Console.WriteLine($"  loop-call export ({exportLines.Count} lines), CPU per search, 5 readings of {Rounds}: best {exportTimes[0]:N2} ms = {exportTimes[0] / compileCpu:P3} of the compile, median {exportTimes[2]:N2} ms");
        return 0;
    }

    private static double CompileCpu(Compilation compilation)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stream = new MemoryStream();
        _ = compilation.Emit(stream);
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    }
}
