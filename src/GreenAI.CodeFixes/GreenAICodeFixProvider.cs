using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAI.CodeFixes;

/// <summary>
/// What every GreenAI fix does first, written once (as Roslynator's <c>AbstractCodeFixProvider</c>): the document's
/// root, its semantic model when the fix needs one, then each diagnostic whose location still fits the document (an
/// edit since the analysis may have shortened it: such a diagnostic gets no fix rather than an exception). Fix All applies
/// the first fix offered for each diagnostic unless a provider says otherwise.
/// </summary>
public abstract class GreenAICodeFixProvider : CodeFixProvider
{
    public override FixAllProvider GetFixAllProvider() => FirstOfferedFixAllProvider.Instance;

    /// <summary>Whether <see cref="RegisterAsync"/> needs the semantic model (it is not built otherwise).</summary>
    protected virtual bool NeedsSemanticModel => false;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return;
        }

        SemanticModel? model = null;
        if (NeedsSemanticModel && (model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false)) == null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Location.SourceSpan.End <= root.FullSpan.End)
            {
                await RegisterAsync(context, diagnostic, root, model).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Registers the fixes of one diagnostic; <paramref name="model"/> is null unless <see cref="NeedsSemanticModel"/>.</summary>
    protected abstract Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model);

    /// <summary>The innermost node at the diagnostic's location.</summary>
    protected static SyntaxNode NodeAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    /// <summary>The innermost node at another location the diagnostic carries, or null when it no longer fits the document.</summary>
    protected static SyntaxNode? NodeAt(SyntaxNode root, Location? location) =>
        location != null && location.SourceSpan.End <= root.FullSpan.End ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) : null;
}
