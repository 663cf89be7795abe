using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>GAI008: "Lower the reasoning effort to Medium" (renames the level member one step down), or "Lower the thinking budget to 5000 tokens" (halves an Anthropic budget literal).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LowerReasoningEffortCodeFixProvider)), Shared]
public sealed class LowerReasoningEffortCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI008.LowerEffort";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HighReasoningEffort);

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        var node = NodeAt(root, diagnostic);
        if (node is MemberAccessExpressionSyntax level
            && diagnostic.Properties.TryGetValue(ReasoningEffortProperties.LowerLevel, out var lower) && lower != null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Lower the reasoning effort to {lower}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(level.Name, IdentifierName(lower).WithTriviaFrom(level.Name)))),
                    Key),
                diagnostic);
        }
        else if (node is LiteralExpressionSyntax budget
            && diagnostic.Properties.TryGetValue(ReasoningEffortProperties.LowerBudget, out var lowerBudget) && lowerBudget != null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Lower the thinking budget to {lowerBudget} tokens",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(budget, ParseExpression(lowerBudget).WithTriviaFrom(budget)))),
                    Key),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
