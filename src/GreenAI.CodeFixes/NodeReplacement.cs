using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace GreenAI.CodeFixes;

/// <summary>One syntax node replaced by another in one document of the solution (possibly not the diagnostic's).</summary>
internal sealed class NodeReplacement
{
    public NodeReplacement(DocumentId documentId, SyntaxNode oldNode, SyntaxNode newNode)
    {
        DocumentId = documentId;
        OldNode = oldNode;
        NewNode = newNode;
    }

    public DocumentId DocumentId { get; }

    public SyntaxNode OldNode { get; }

    public SyntaxNode NewNode { get; }

    public async Task<Solution> ApplyAsync(Document origin, CancellationToken cancellationToken)
    {
        var solution = origin.Project.Solution;
        var document = solution.GetDocument(DocumentId);
        var root = document == null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root == null ? solution : solution.WithDocumentSyntaxRoot(DocumentId, root.ReplaceNode(OldNode, NewNode));
    }
}
