using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAI.CodeFixes;

/// <summary>
/// The batch fixer, made to work when no fix was chosen. The IDE always passes the equivalence key of the action the
/// user picked. <c>dotnet format</c> passes the key of the first action offered for the first diagnostic it holds, and
/// that diagnostic can be another rule's (all our rules share one analyzer, so its results mix ids) or one with no fix:
/// the key is then null and the plain batch fixer matches no action and returns nothing ("didn't return a Fix All
/// action"). Here a null key becomes the key of the first action offered for any diagnostic in scope.
/// </summary>
internal sealed class FirstOfferedFixAllProvider : FixAllProvider
{
    public static readonly FixAllProvider Instance = new FirstOfferedFixAllProvider();

    private static FixAllProvider Batch => WellKnownFixAllProviders.BatchFixer;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Batch.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey != null)
        {
            return await Batch.GetFixAsync(fixAllContext).ConfigureAwait(false);
        }

        var key = await FirstOfferedKeyAsync(fixAllContext).ConfigureAwait(false);
        return key == null ? null : await Batch.GetFixAsync(WithKey(fixAllContext, key)).ConfigureAwait(false);
    }

    private static async Task<string?> FirstOfferedKeyAsync(FixAllContext context)
    {
        foreach (var diagnostic in await DiagnosticsInScopeAsync(context).ConfigureAwait(false))
        {
            if (diagnostic.Location.SourceTree is not { } tree || context.Solution.GetDocument(tree) is not { } document)
            {
                continue;
            }

            string? key = null;
            var fixContext = new CodeFixContext(document, diagnostic, (action, _) => key ??= action.EquivalenceKey, context.CancellationToken);
            await context.CodeFixProvider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
            if (key != null)
            {
                return key;
            }
        }

        return null;
    }

    private static async Task<IEnumerable<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        if (context.Scope == FixAllScope.Document && context.Document != null)
        {
            return await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false);
        }

        var projects = context.Scope == FixAllScope.Solution
            ? new[] { context.Project }.Concat(context.Solution.Projects.Where(p => p.Id != context.Project.Id))
            : new[] { context.Project };
        var all = new List<Diagnostic>();
        foreach (var project in projects)
        {
            all.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
        }

        return all;
    }

    private static FixAllContext WithKey(FixAllContext context, string key)
    {
        var diagnostics = new SameDiagnostics(context);
        return context.Document != null
            ? new FixAllContext(context.Document, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, diagnostics, context.CancellationToken)
            : new FixAllContext(context.Project, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, diagnostics, context.CancellationToken);
    }

    /// <summary>Hands the new context the diagnostics the tool gave the original one.</summary>
    private sealed class SameDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly FixAllContext _original;

        public SameDiagnostics(FixAllContext original) => _original = original;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await _original.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await _original.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await _original.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
