using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI006: "Cap output at 1024 tokens": adds the SDK's cap property to the options object created in sight, or lowers an
/// Anthropic MaxTokens constant, or passes a capped options object to an overload whose options the call left out.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOutputCapCodeFixProvider)), Shared]
public sealed class AddOutputCapCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI006.CapOutput";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.NoOutputCap);

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(OutputCapProperties.CapProperty, out var property) || property == null
            || !properties.TryGetValue(OutputCapProperties.CapValue, out var value) || value == null
            || !properties.TryGetValue(OutputCapProperties.Fix, out var shape))
        {
            return Task.CompletedTask;
        }

        var title = $"Cap output at {value} tokens";
        if (shape == OutputCapProperties.FixLower && NodeAt(root, diagnostic) is LiteralExpressionSyntax literal)
        {
            var lowered = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(int.Parse(value, CultureInfo.InvariantCulture))).WithTriviaFrom(literal);
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, lowered))), Key), diagnostic);
        }
        else if (shape == OutputCapProperties.FixAdd && PropertySet.LocationOf(diagnostic, OutputCapProperties.ObjectLocation) is { } objectLocation
            && NodeAt(root, objectLocation)?.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>()
                .FirstOrDefault(o => o.Span == objectLocation.SourceSpan) is { } creation)
        {
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(creation, WithCap(creation, property, value)))), Key), diagnostic);
        }
        else if (shape == OutputCapProperties.FixArgument
            && properties.TryGetValue(OutputCapProperties.OptionsParameter, out var parameter) && parameter != null
            && properties.TryGetValue(OutputCapProperties.OptionsType, out var type) && type != null
            && NodeAt(root, diagnostic).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault() is { } invocation)
        {
            context.RegisterCodeFix(CodeAction.Create(title, ct => AddOptionsAsync(context.Document, invocation, parameter, type, property, value, ct), Key), diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>Passes <c>options: new T { Cap = value }</c> to an overload whose options the call left out.</summary>
    private static async Task<Document> AddOptionsAsync(Document document, InvocationExpressionSyntax invocation, string parameter, string type, string property, string value, System.Threading.CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var options = ParseExpression($"new {TypeNameInScope.For(model, invocation.SpanStart, type)} {{ {property} = {value} }}");
        var argument = Argument(NameColon(IdentifierName(parameter)), default, options);
        var updated = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument));
        return await Cleanup.FormatAndSimplifyAsync(document.WithSyntaxRoot(root!.ReplaceNode(invocation, updated)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds <c>Property = value</c> to the object initialiser, creating one when there is none.</summary>
    private static BaseObjectCreationExpressionSyntax WithCap(BaseObjectCreationExpressionSyntax creation, string property, string value)
    {
        var assignment = ParseExpression($"{property} = {value}");
        if (creation.Initializer is { Expressions.Count: > 0 } initializer)
        {
            // The space (or line break) before the closing brace moves to the new last element.
            var last = initializer.Expressions.Last();
            var expressions = initializer.Expressions.Replace(last, last.WithoutTrailingTrivia()).Add(assignment.WithTrailingTrivia(last.GetTrailingTrivia()));
            return creation.WithInitializer(initializer.WithExpressions(expressions));
        }

        if (creation.Initializer is { } empty)
        {
            return creation.WithInitializer(empty.WithExpressions(SingletonSeparatedList(assignment.WithLeadingTrivia(Space).WithTrailingTrivia(Space))));
        }

        var created = InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space),
                SingletonSeparatedList<ExpressionSyntax>(assignment),
                Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space));
        return creation.WithoutTrailingTrivia().WithInitializer(created).WithTrailingTrivia(creation.GetTrailingTrivia());
    }
}
