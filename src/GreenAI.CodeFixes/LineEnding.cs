using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAI.CodeFixes;

/// <summary>The line ending a document already uses, so that added lines match it (LF or CRLF).</summary>
internal static class LineEnding
{
    public static SyntaxTrivia Of(SyntaxNode root)
    {
        var existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.EndOfLine(existing.ToString()) : SyntaxFactory.CarriageReturnLineFeed;
    }
}
