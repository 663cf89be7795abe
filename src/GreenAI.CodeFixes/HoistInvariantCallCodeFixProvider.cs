using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI003: "Move the call out of the loop" for a request that is the same on every iteration: computed once before the
/// loop into a local, read inside it. Only for foreach/for loops, and not for streaming calls (their result is lazy).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistInvariantCallCodeFixProvider)), Shared]
public sealed class HoistInvariantCallCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI003.HoistInvariantCall";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.CallPerItem);

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        if (diagnostic.Properties.ContainsKey(RepetitionProperties.LoopInvariant)
            && LoopSyntax.Find(root, diagnostic) is ForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax
            && Plan(root, diagnostic) is { } plan)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Move the call out of the loop (it asks the same thing every time)", ct => HoistAsync(context.Document, plan, ct), Key),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static Hoist? Plan(SyntaxNode root, Diagnostic diagnostic)
    {
        var loop = LoopSyntax.Find(root, diagnostic);
        var call = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (loop == null || call == null || !loop.Span.Contains(call.Span) || loop.Parent is not BlockSyntax
            || call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } && name.Contains("Stream"))
        {
            return null;
        }

        // The whole value: await chat.CompleteChatAsync(…), possibly .ConfigureAwait(false) in between.
        ExpressionSyntax value = call;
        while (value.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax
               || value.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } && value.Parent.Parent is InvocationExpressionSyntax)
        {
            value = value.Parent is MemberAccessExpressionSyntax access ? (ExpressionSyntax)access.Parent! : (ExpressionSyntax)value.Parent;
        }

        // Not inside a lambda of the loop body: that would change when it runs.
        if (value.Ancestors().TakeWhile(a => a != loop).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        return new Hoist(loop, value, value.Parent is ExpressionStatementSyntax statement ? statement : null, MethodName(call));
    }

    private static async Task<Document> HoistAsync(Document document, Hoist plan, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var newLine = LineEnding.Of(editor.OriginalRoot);
        if (plan.Statement != null)
        {
            // The result is not used: the statement itself moves.
            editor.RemoveNode(plan.Statement);
            editor.InsertBefore(plan.Loop, plan.Statement.WithoutLeadingTrivia().WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation));
        }
        else
        {
            var local = LoopSyntax.FreeName(plan.Loop, plan.LocalName, new HashSet<string>());
            var declaration = LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                    VariableDeclarator(local).WithInitializer(EqualsValueClause(plan.Value.WithoutTrivia())))))
                .WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Formatter.Annotation);
            editor.InsertBefore(plan.Loop, declaration);
            editor.ReplaceNode(plan.Value, IdentifierName(local).WithTriviaFrom(plan.Value));
        }

        return await Cleanup.FormatAndSimplifyAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>CompleteChatAsync → "completeChatResult".</summary>
    private static string MethodName(InvocationExpressionSyntax call)
    {
        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "model",
        };
        if (name.EndsWith("Async", System.StringComparison.Ordinal) && name.Length > 5)
        {
            name = name.Substring(0, name.Length - 5);
        }

        return char.ToLowerInvariant(name[0]) + name.Substring(1) + "Result";
    }

    private sealed class Hoist
    {
        public Hoist(StatementSyntax loop, ExpressionSyntax value, ExpressionStatementSyntax? statement, string localName)
        {
            Loop = loop;
            Value = value;
            Statement = statement;
            LocalName = localName;
        }

        public StatementSyntax Loop { get; }

        public ExpressionSyntax Value { get; }

        public ExpressionStatementSyntax? Statement { get; }

        public string LocalName { get; }
    }
}
