using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>
/// Code as a person types it: every prefix of each sample file, cut at each line, must analyse without an analyzer
/// exception (AnalyzerRunner fails on AD0001 and on any exception the driver reports).
/// </summary>
public class HalfTypedCodeTests
{
    public static TheoryData<string> SampleFiles() =>
        new(Directory.GetFiles(RepositoryFiles.PathOf("samples", "GreenAI.Samples"), "*.cs").Select(Path.GetFileName)!);

    /// <summary>Every analyzer the compiler loads from the package: those with [DiagnosticAnalyzer] (GreenAIAnalyzer).</summary>
    public static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
        typeof(EstimatedImpactRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    /// <summary>Each rule as an analyzer of its own, as the rule tests run them.</summary>
    public static IEnumerable<DiagnosticAnalyzer> Rules() => RuleAnalyzers.EachAlone();

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Every_line_prefix_of_a_sample_analyses_without_exception(string file)
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("samples", "GreenAI.Samples", file));
        var analyzers = Analyzers().ToList();
        for (int cut = 1; cut <= lines.Length; cut++)
        {
            await AnalyzerRunner.RunAsync(analyzers, string.Join("\n", lines.Take(cut)), allowCompilerErrors: true);
        }
    }

    [Fact]
    public async Task Whole_sample_files_report_estimates()
    {
        int reported = 0;
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("samples", "GreenAI.Samples"), "*.cs"))
        {
            reported += (await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.EstimatedImpactRule>(), File.ReadAllText(file), allowCompilerErrors: true)).Count;
        }

        Assert.True(reported >= 5, "the samples should show estimates, got " + reported);
    }
}
