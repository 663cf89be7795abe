using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI003 on Microsoft.Extensions.AI embeddings: one batched <c>GenerateAsync(items)</c> before the loop instead of
/// <c>GenerateAsync(item)</c> / <c>GenerateVectorAsync(item)</c> per item, read back by position inside the loop.
/// Offered only for the shape where that is exactly equivalent: a foreach over a list or array, the call's argument is
/// the iteration variable, the call runs once in every iteration (a plain statement of the body, no continue/break
/// before it), and its receiver and other arguments do not change in the loop.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BatchEmbeddingsCodeFixProvider)), Shared]
public sealed class BatchEmbeddingsCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI003.BatchEmbeddings";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.CallPerItem);

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        if (Plan(root, model!, diagnostic, context.CancellationToken) is { } plan)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Generate all embeddings in one batched call", ct => ApplyAsync(context.Document, plan, ct), Key),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static Batch? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var call = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (call?.Expression is not MemberAccessExpressionSyntax access
            || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
            || (method.ReducedFrom ?? method) is not { ContainingType.Name: "EmbeddingGeneratorExtensions" } extension
            || extension.Name is not ("GenerateAsync" or "GenerateVectorAsync")
            || call.Parent is not AwaitExpressionSyntax awaited
            || call.FirstAncestorOrSelf<ForEachStatementSyntax>() is not { Statement: BlockSyntax body, Parent: BlockSyntax } loop)
        {
            return null;
        }

        // The value argument is the iteration variable itself; the collection is a list or an array (enumerated twice).
        var valueArgument = call.ArgumentList.Arguments.FirstOrDefault();
        if (valueArgument?.Expression is not IdentifierNameSyntax item || item.Identifier.ValueText != loop.Identifier.ValueText
            || !IsList(model.GetTypeInfo(loop.Expression, cancellationToken).Type)
            || !(method.ReducedFrom != null || method.Parameters.Length > 0 && method.Parameters[0].IsThis))
        {
            return null;
        }

        // Runs once per iteration: a direct statement of the body, with no jump before it.
        var statement = awaited.FirstAncestorOrSelf<StatementSyntax>();
        if (statement?.Parent != body
            || body.Statements.TakeWhile(s => s != statement).Any(s => s.DescendantNodesAndSelf().Any(n => n is ContinueStatementSyntax or BreakStatementSyntax or ReturnStatementSyntax or GotoStatementSyntax or YieldStatementSyntax)))
        {
            return null;
        }

        // The receiver and the other arguments do not depend on anything the loop declares.
        var declaredInLoop = new HashSet<string>(loop.DescendantNodesAndSelf().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)) { loop.Identifier.ValueText };
        var others = call.ArgumentList.Arguments.Skip(1).Select(a => (SyntaxNode)a).Append(access.Expression);
        if (others.Any(n => n.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => declaredInLoop.Contains(i.Identifier.ValueText))))
        {
            return null;
        }

        return new Batch(loop, awaited, call, access, extension.Name == "GenerateVectorAsync");
    }

    private static bool IsList(ITypeSymbol? type) =>
        type is IArrayTypeSymbol
        || type?.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IReadOnlyList<T>") == true;

    private static async Task<Document> ApplyAsync(Document document, Batch plan, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var newLine = LineEnding.Of(editor.OriginalRoot);
        var taken = new HashSet<string>();
        var batch = LoopSyntax.FreeName(plan.Loop, "embeddingBatch", taken);
        var index = LoopSyntax.FreeName(plan.Loop, "embeddingIndex", taken);

        // await generator.GenerateAsync(items, <the call's other arguments>)
        var arguments = SeparatedList(new[] { Argument(plan.Loop.Expression.WithoutTrivia()) }.Concat(plan.Call.ArgumentList.Arguments.Skip(1)));
        var batchCall = AwaitExpression(InvocationExpression(
            plan.Access.WithName(IdentifierName("GenerateAsync")).WithoutTrivia(),
            ArgumentList(arguments)));
        editor.InsertBefore(plan.Loop, new SyntaxNode[]
        {
            ParseStatement($"var {batch} = {batchCall.NormalizeWhitespace()};").WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation),
            ParseStatement($"var {index} = 0;").WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation),
        });
        var read = ParseExpression(plan.IsVector ? $"{batch}[{index}++].Vector" : $"{batch}[{index}++]");
        editor.ReplaceNode(plan.Awaited, read.WithTriviaFrom(plan.Awaited));
        return await Cleanup.FormatAndSimplifyAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    private sealed class Batch
    {
        public Batch(ForEachStatementSyntax loop, AwaitExpressionSyntax awaited, InvocationExpressionSyntax call, MemberAccessExpressionSyntax access, bool isVector)
        {
            Loop = loop;
            Awaited = awaited;
            Call = call;
            Access = access;
            IsVector = isVector;
        }

        public ForEachStatementSyntax Loop { get; }

        public AwaitExpressionSyntax Awaited { get; }

        public InvocationExpressionSyntax Call { get; }

        public MemberAccessExpressionSyntax Access { get; }

        public bool IsVector { get; }
    }
}
