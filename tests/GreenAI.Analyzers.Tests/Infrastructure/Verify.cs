using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The one verifier every rule's tests use: the rule runs alone in a <see cref="SingleRuleAnalyzer{TRule}"/>. Sources use markup ({|GAI010:CompleteChat|}) and compile against the
/// real SDKs; every GAI rule is switched on (as warning) unless the test passes its own .editorconfig lines.
/// </summary>
internal static class Verify<TRule>
    where TRule : IRule, new()
{
    /// <summary>Every GAI rule switched on as a warning, so that markup does not depend on default severities.</summary>
    public static readonly string[] AllRulesOn = TestCompilation.RuleIds.Select(id => $"dotnet_diagnostic.{id}.severity = warning").ToArray();

    public static Task Diagnostics(string source, params DiagnosticResult[] expected) =>
        Diagnostics(source, AllRulesOn, expected);

    public static Task Diagnostics(string source, IEnumerable<string> editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(editorConfig) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Several files of one compilation, markup in any of them.</summary>
    public static Task Diagnostics(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(AllRulesOn);
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs the analyzer and returns what it reported, for tests that read messages or properties.</summary>
    public static Task<IReadOnlyList<Diagnostic>> Run(string source, IReadOnlyDictionary<string, string>? options = null) =>
        AnalyzerRunner.RunAsync(new SingleRuleAnalyzer<TRule>(), source, options);

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    private class AnalyzerTest : CSharpAnalyzerTest<SingleRuleAnalyzer<TRule>, DefaultVerifier>
    {
        public AnalyzerTest(IEnumerable<string> editorConfig)
        {
            ReferenceAssemblies = TestCompilation.NoReferenceAssemblies;
            TestCompilation.Configure(TestState, SolutionTransforms);
            TestState.AnalyzerConfigFiles.Add(TestCompilation.EditorConfig(editorConfig));
            // GAI001 has a second descriptor, for settings files (compilation end): markup means the first.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }
    }
}
