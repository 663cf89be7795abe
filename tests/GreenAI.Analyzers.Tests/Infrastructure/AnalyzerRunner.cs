using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compiles a source against the real SDKs and runs analyzers on it directly (CompilationWithAnalyzers), with the
/// given .editorconfig options. Fails on compiler errors so that every test snippet is code a user could write.
/// </summary>
public static class AnalyzerRunner
{
    /// <summary>Assembly-name prefixes of the AI SDKs, for compilations of a project that references none of them.</summary>
    private static readonly string[] SdkPrefixes =
    {
        "OpenAI", "Azure.AI.", "Microsoft.Extensions.AI", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp", "Betalgo", "Microsoft.Agents", "Google.GenAI", "ModelContextProtocol",
    };

    /// <param name="outputKind">A console application for top-level statements; a library otherwise.</param>
    /// <param name="projectReferences">Other projects of the solution, as the compiler sees them (built assemblies).</param>
    public static CSharpCompilation Compile(string source, string path = "/0/Test0.cs", bool withoutSdks = false, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, string assemblyName = "Test", IEnumerable<MetadataReference>? projectReferences = null)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(source, parse, path);
        var usings = CSharpSyntaxTree.ParseText(TestCompilation.ImplicitUsings, parse, TestCompilation.ImplicitUsingsPath);
        var options = new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(SdkReferences.ExperimentalIds.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
        var references = withoutSdks
            ? SdkReferences.References.Where(r => !SdkPrefixes.Any(prefix => Path.GetFileName(r.Display ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal)))
            : SdkReferences.References;
        return CSharpCompilation.Create(assemblyName, new[] { tree, usings }, references.Concat(projectReferences ?? Array.Empty<MetadataReference>()), options);
    }

    public static Task<IReadOnlyList<Diagnostic>> RunAsync(
        DiagnosticAnalyzer analyzer,
        string source,
        IReadOnlyDictionary<string, string>? options = null,
        bool allowCompilerErrors = false,
        IEnumerable<(string Path, string Text)>? additionalFiles = null) =>
        RunAsync(new[] { analyzer }, source, options, allowCompilerErrors, additionalFiles, concurrent: true);

    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(
        IReadOnlyList<DiagnosticAnalyzer> analyzers,
        string source,
        IReadOnlyDictionary<string, string>? options = null,
        bool allowCompilerErrors = false,
        IEnumerable<(string Path, string Text)>? additionalFiles = null,
        bool concurrent = true,
        bool withoutSdks = false,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        IEnumerable<MetadataReference>? projectReferences = null)
    {
        var compilation = Compile(source, withoutSdks: withoutSdks, outputKind: outputKind, projectReferences: projectReferences);
        if (!allowCompilerErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        }

        var config = new Dictionary<string, string>(options ?? new Dictionary<string, string>());
        foreach (var id in TestCompilation.RuleIds)
        {
            config.TryAdd($"dotnet_diagnostic.{id}.severity", "warning");
        }

        var exceptions = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions(
            (additionalFiles ?? Array.Empty<(string, string)>()).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
            new GreenAI.Analyzers.Testing.FixedOptions(config));
        var withAnalyzers = compilation
            .WithOptions(compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions.SetItems(
                config.Where(kv => kv.Key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
                      .Select(kv => new KeyValuePair<string, ReportDiagnostic>(kv.Key.Split('.')[1], ParseSeverity(kv.Value))))))
            .WithAnalyzers(
                analyzers.ToImmutableArray(),
                new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.True(exceptions.Count == 0, "An analyzer threw:\n" + string.Join("\n", exceptions));
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "An analyzer threw:\n" + string.Join("\n", crashes));
        return diagnostics.Where(d => d.Id.StartsWith("GAI", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    private static ReportDiagnostic ParseSeverity(string value) => value.Trim() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warn,
        "suggestion" => ReportDiagnostic.Info,
        "silent" => ReportDiagnostic.Hidden,
        "none" => ReportDiagnostic.Suppress,
        _ => ReportDiagnostic.Default,
    };

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The same options for every file, as a global config and an .editorconfig with these keys would give.</summary>
    public static AnalyzerConfigOptionsProvider ConfigOptions(IReadOnlyDictionary<string, string> values) => new GreenAI.Analyzers.Testing.FixedOptions(values);
}
