using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Package;

/// <summary>
/// The compiler loads one analyzer, GreenAIAnalyzer, which runs every rule; the rule tests run each rule alone. The two
/// must report the same diagnostics, or the rule tests would test something the package does not ship.
/// </summary>
public class PackageAnalyzerTests
{
    [Fact]
    public void The_package_registers_one_analyzer_that_supports_every_rule()
    {
        var registered = Assert.Single(HalfTypedCodeTests.Analyzers());
        Assert.IsType<GreenAIAnalyzer>(registered);
        Assert.Equal(
            HalfTypedCodeTests.Rules().SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal),
            registered.SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HalfTypedCodeTests.SampleFiles), MemberType = typeof(HalfTypedCodeTests))]
    public async Task The_package_analyzer_reports_what_the_rules_report_alone(string file)
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("samples", "GreenAI.Samples", file));
        var package = await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), source, allowCompilerErrors: true);
        var rules = await AnalyzerRunner.RunAsync(HalfTypedCodeTests.Rules().ToList(), source, allowCompilerErrors: true);
        Assert.Equal(rules.Select(Describe).Order(StringComparer.Ordinal), package.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_samples_give_the_package_analyzer_something_to_report()
    {
        int reported = 0;
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("samples", "GreenAI.Samples"), "*.cs"))
        {
            reported += (await AnalyzerRunner.RunAsync(new GreenAIAnalyzer(), File.ReadAllText(file), allowCompilerErrors: true)).Count;
        }

        Assert.True(reported > 20, $"only {reported} diagnostics on the samples: the comparison above would prove little");
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()} {string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}";
}
