using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI004/GAI005: "Generate 4 s instead of 8 s", "Generate at 1280x720 instead of 1792x1024"… Replaces one literal (or SDK member) of
/// the request with the cheaper value the analyzer chose (properties <c>replace.&lt;kind&gt;.*</c>). One action per kind;
/// FixAll applies the same kind everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceRequestValueCodeFixProvider)), Shared]
public sealed class ReplaceRequestValueCodeFixProvider : GreenAICodeFixProvider
{
    public const string KeyPrefix = "GreenAI.Replace.";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.VideoGeneration, DiagnosticIds.ImageGeneration);

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        foreach (var property in diagnostic.Properties)
        {
            if (ValueReplacement.KindOfTitle(property.Key) is not { } kind || property.Value is not { } title)
            {
                continue;
            }

            var keys = new ValueReplacement.Kind(kind);
            if (Written(root, diagnostic, keys) is not { } written || !diagnostic.Properties.TryGetValue(keys.TextKey, out var text) || text == null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(written, Rewritten(written, text)))), KeyPrefix + kind),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>The literal, or the member name of an SDK value, that the analyzer chose to rewrite.</summary>
    private static ExpressionSyntax? Written(SyntaxNode root, Diagnostic diagnostic, ValueReplacement.Kind kind)
    {
        if (PropertySet.LocationOf(diagnostic, kind.LocationKey) is not { } location
            || location.SourceSpan.End > root.FullSpan.End)
        {
            return null;
        }

        return root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            LiteralExpressionSyntax literal => literal,
            IdentifierNameSyntax name => name,
            _ => null,
        };
    }

    private static ExpressionSyntax Rewritten(ExpressionSyntax old, string text) =>
        (old is IdentifierNameSyntax ? SyntaxFactory.IdentifierName(text) : SyntaxFactory.ParseExpression(text)).WithTriviaFrom(old);
}
