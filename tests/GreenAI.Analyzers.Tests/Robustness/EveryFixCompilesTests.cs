using System.Collections.Immutable;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>
/// Every code action of every fix provider, applied one at a time to every diagnostic of the whole sample app, leaves the
/// app compiling with no new compiler error. (Each rule's fix tests also check their fixed code and Fix All.)
/// </summary>
public class EveryFixCompilesTests
{
    [Fact]
    public async Task Every_fix_on_the_sample_keeps_it_compiling()
    {
        var project = SampleProject();
        var compilation = (await project.GetCompilationAsync())!;
        var baselineErrors = Errors(compilation);
        Assert.Empty(baselineErrors);

        var analyzers = HalfTypedCodeTests.Analyzers().ToImmutableArray();
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.NotEmpty(diagnostics);

        var providers = typeof(GreenAI.CodeFixes.UseSmallerModelCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        int applied = 0;
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                foreach (var action in actions)
                {
                    var fixedSolution = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                    var fixedCompilation = (await fixedSolution.GetProject(project.Id)!.GetCompilationAsync())!;
                    var errors = Errors(fixedCompilation);
                    Assert.True(errors.Count == 0, $"'{action.Title}' for {diagnostic} broke the build:\n" + string.Join("\n", errors));
                    applied++;
                }
            }
        }

        Assert.True(applied >= 5, "expected fixes on the sample, applied " + applied);
    }

    private static List<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    internal static Project SampleProject()
    {
        var workspace = new AdhocWorkspace();
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(SdkReferences.ExperimentalIds.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Sample", "Sample", LanguageNames.CSharp,
            filePath: "/sample/Sample.csproj",
            compilationOptions: options,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: SdkReferences.References));
        var solution = project.Solution;
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("samples", "GreenAI.Samples"), "*.cs"))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), Path.GetFileName(file), SourceText.From(File.ReadAllText(file)), filePath: "/sample/" + Path.GetFileName(file));
        }

        solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), "GlobalUsings.g.cs", SourceText.From(TestCompilation.ImplicitUsings), filePath: "/sample/GlobalUsings.g.cs");
        var editorConfig = File.ReadAllText(RepositoryFiles.PathOf("samples", "GreenAI.Samples", ".editorconfig"))
            + "\n" + string.Join("\n", Verify<GreenAI.Analyzers.Rules.LargeModelRule>.AllRulesOn) + "\n";
        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(project.Id), ".editorconfig", SourceText.From("root = true\n" + editorConfig), filePath: "/sample/.editorconfig");
        return solution.GetProject(project.Id)!;
    }
}
