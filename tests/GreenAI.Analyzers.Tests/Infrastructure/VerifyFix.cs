using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Testing;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The one verifier for code fixes: the source with markup, the code after the fix, and the framework's own checks —
/// the fixed code compiles against the real SDKs, and Fix All in document, project and solution gives the same result.
/// </summary>
internal static class VerifyFix<TRule, TCodeFix>
    where TRule : IRule, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <param name="iterations">For fixes that leave a diagnostic with a further fix (a 12 s clip → 8 s → 4 s): how many
    /// single fixes to apply, and then one Fix All pass; null lets the framework count the diagnostics.</param>
    public static Task Fix(string source, string fixedSource, IEnumerable<string>? editorConfig = null, string? equivalenceKey = null, int? iterations = null) =>
        Fix(new[] { source }, new[] { fixedSource }, editorConfig, equivalenceKey, iterations);

    public static Task Fix(string[] sources, string[] fixedSources, IEnumerable<string>? editorConfig = null, string? equivalenceKey = null, int? iterations = null)
    {
        var test = new Test(editorConfig ?? Verify<TRule>.AllRulesOn) { CodeActionEquivalenceKey = equivalenceKey };
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }

        for (int i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
        }

        return test.RunAsync();
    }

    /// <summary>The diagnostic is reported and no fix is offered: the code stays as it is.</summary>
    public static Task NoFix(string source, IEnumerable<string>? editorConfig = null) => Fix(source, source, editorConfig);

    private sealed class Test : CSharpCodeFixTest<SingleRuleAnalyzer<TRule>, TCodeFix, DefaultVerifier>
    {
        public Test(IEnumerable<string> editorConfig)
        {
            ReferenceAssemblies = TestCompilation.NoReferenceAssemblies;
            TestCompilation.Configure(TestState, SolutionTransforms);
            TestState.AnalyzerConfigFiles.Add(TestCompilation.EditorConfig(editorConfig));
            // GAI001 has a second descriptor, for settings files (compilation end): markup means the first.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
            FixedState.AnalyzerConfigFiles.Add(TestCompilation.EditorConfig(editorConfig));
            // Fixed code may keep a diagnostic (a shorter video is still a video): read markup there too.
            FixedState.MarkupHandling = MarkupMode.Allow;
            // Same document order in both states: the implicit usings first, as TestCompilation.Configure adds them.
            FixedState.Sources.Add((TestCompilation.ImplicitUsingsPath, TestCompilation.ImplicitUsings));
        }
    }
}
