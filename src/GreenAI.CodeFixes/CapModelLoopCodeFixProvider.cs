using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace GreenAI.CodeFixes;

/// <summary>GAI002: "Cap at 10 model calls": a named constant and a counter bound the loop; polling loops also back off.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CapModelLoopCodeFixProvider)), Shared]
public sealed class CapModelLoopCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI002.CapModelCalls";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnboundedLoop);

    /// <summary>Several calls in one loop share one cap: Fix All edits each loop once.</summary>
    public override FixAllProvider GetFixAllProvider() => new CapAllLoops();

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        if (LoopSyntax.Find(root, diagnostic) is { } loop && LoopCapper.CanCap(loop))
        {
            var cap = MaxIterations(diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create($"Cap at {cap} model calls", ct => CapAsync(context.Document, new[] { diagnostic }, ct), Key),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> CapAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var capper = new LoopCapper(editor);
        var seen = new HashSet<StatementSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (LoopSyntax.Find(editor.OriginalRoot, diagnostic) is { } loop && LoopCapper.CanCap(loop) && seen.Add(loop))
            {
                capper.Cap(loop, MaxIterations(diagnostic), diagnostic.Properties.ContainsKey(RepetitionProperties.Polling));
            }
        }

        return await Cleanup.FormatAndSimplifyAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    private static int MaxIterations(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(RepetitionProperties.MaxIterations, out var text)
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cap) && cap > 0 ? cap : 10;

    private sealed class CapAllLoops : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Cap every unbounded model loop";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await CapAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
