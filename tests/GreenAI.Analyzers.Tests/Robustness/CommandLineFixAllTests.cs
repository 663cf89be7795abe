using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Tests.Robustness;

/// <summary>
/// Fix All the way <c>dotnet format analyzers</c> asks for it: one pass per id, over the results of the one package
/// analyzer (so they mix every rule's ids), with the equivalence key of whatever the fixer offers for the first
/// diagnostic in the list — null when that diagnostic belongs to another rule. Every fixer must still return its
/// Fix All action, and the fixed sample must still compile.
/// </summary>
public class CommandLineFixAllTests
{
    [Fact]
    public async Task Fix_all_with_no_equivalence_key_fixes_every_rule_of_the_sample()
    {
        var project = EveryFixCompilesTests.SampleProject();
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(HalfTypedCodeTests.Analyzers().ToImmutableArray(), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        int passes = 0;
        foreach (var provider in Providers())
        {
            foreach (var id in provider.FixableDiagnosticIds)
            {
                var own = diagnostics.Where(d => d.Id == id).ToList();
                var foreign = diagnostics.FirstOrDefault(d => d.Id != id);
                if (foreign == null || !await AnyActionAsync(project, provider, own))
                {
                    continue;
                }

                // The tool's list starts with another rule's diagnostic, as it can in any run.
                var mixed = new[] { foreign }.Concat(diagnostics.Where(d => d != foreign)).ToList();
                var fixAll = new FixAllContext(
                    project.GetDocument(foreign.Location.SourceTree)!, provider, FixAllScope.Solution,
                    codeActionEquivalenceKey: null!, new[] { id }, new ListedDiagnostics(mixed), CancellationToken.None);
                var action = await provider.GetFixAllProvider()!.GetFixAsync(fixAll);
                Assert.True(action != null, $"{provider.GetType().Name} returned no Fix All action for {id}");

                var changed = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                Assert.True(changed.GetChanges(project.Solution).GetProjectChanges().Any(p => p.GetChangedDocuments().Any()), $"Fix All for {id} changed nothing");
                var errors = (await changed.GetProject(project.Id)!.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"Fix All for {id} broke the build:\n" + string.Join("\n", errors));
                passes++;
            }
        }

        Assert.True(passes >= 5, "expected Fix All passes for at least five rules on the sample, ran " + passes);
    }

    private static IEnumerable<CodeFixProvider> Providers() =>
        typeof(GreenAI.CodeFixes.UseSmallerModelCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!);

    private static async Task<bool> AnyActionAsync(Project project, CodeFixProvider provider, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            bool offered = false;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, (_, _) => offered = true, CancellationToken.None));
            if (offered)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What dotnet format hands Fix All: the analysis results as they came, every id in one list.</summary>
    private sealed class ListedDiagnostics(IReadOnlyList<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
