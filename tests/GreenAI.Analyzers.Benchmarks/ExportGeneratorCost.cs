using System.Collections.Immutable;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// What ModelCallExportGenerator costs a project: it runs before the compile, on its own compilation (nothing it binds
/// is shared with the compile or the analyzers), so its thread CPU is all added. Measured on a fresh compilation each time.
/// </summary>
internal static class ExportGeneratorCost
{
    public static (double CpuMilliseconds, int Attributes) Measure(List<SyntaxTree> trees, List<MetadataReference> references, CSharpCompilationOptions options)
    {
        var compilation = CSharpCompilation.Create("Corpus", trees, references, options);
        long start = ThreadCpuClock.Now();
        var source = ModelCallExportGenerator.SourceOf(compilation, new GreenAI.Analyzers.Testing.FixedOptions(new Dictionary<string, string>()), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
        double cpu = (ThreadCpuClock.Now() - start) / 1e6;
        return (cpu, source.Split('\n').Count(l => l.StartsWith("[assembly:", StringComparison.Ordinal)));
    }
}
