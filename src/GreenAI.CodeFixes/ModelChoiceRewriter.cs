using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.CodeFixes;

/// <summary>
/// Plans the rewrite of a model choice to another model id, or returns null when no safe rewrite exists: the value is
/// built (interpolation, configuration), is a parameter default, or is also used for something else than a model id.
/// </summary>
internal static class ModelChoiceRewriter
{
    public static async Task<NodeReplacement?> PlanAsync(Document document, SemanticModel model, ExpressionSyntax choice, string newId, CancellationToken cancellationToken)
    {
        if (choice is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return new NodeReplacement(document.Id, literal, NewLiteral(literal, newId));
        }

        var symbol = model.GetSymbolInfo(choice, cancellationToken).Symbol;
        switch (symbol)
        {
            case IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } member:
                return RenameMember(document, choice, EnumMemberFor(member.ContainingType, newId));
            case IPropertySymbol { IsStatic: true } property when BetalgoModelNames.IsModelsType(property.ContainingType.ToDisplayString()):
                return RenameMember(document, choice, BetalgoPropertyFor(property.ContainingType, newId));
            case IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_String } constant when constant.DeclaringSyntaxReferences.IsEmpty:
                return LibraryConstant(document, choice, constant, newId);
            case IFieldSymbol { IsConst: true } or IFieldSymbol { IsStatic: true, IsReadOnly: true } or ILocalSymbol:
                return await InitializerAsync(document.Project.Solution, symbol, newId, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>
    /// A library's model-name constant (Anthropic.SDK's <c>AnthropicModels.Claude4Sonnet</c>): its sibling constant that
    /// holds the new id, else the id written out (a string constant's place takes a string literal).
    /// </summary>
    private static NodeReplacement LibraryConstant(Document document, ExpressionSyntax choice, IFieldSymbol constant, string newId)
    {
        foreach (var sibling in constant.ContainingType.GetMembers().OfType<IFieldSymbol>())
        {
            if (sibling.IsConst && sibling.ConstantValue is string value && value == newId && RenameMember(document, choice, sibling.Name) is { } renamed)
            {
                return renamed;
            }
        }

        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(newId)).WithTriviaFrom(choice);
        return new NodeReplacement(document.Id, choice, literal);
    }

    private static LiteralExpressionSyntax NewLiteral(LiteralExpressionSyntax old, string id) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(old);

    /// <summary>Anthropic's Model enum (wire names by rule) or Betalgo's Models.Model enum (table).</summary>
    private static string? EnumMemberFor(INamedTypeSymbol enumType, string id)
    {
        bool betalgo = enumType.ContainingType != null && BetalgoModelNames.IsModelsType(enumType.ContainingType.ToDisplayString());
        foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            var wire = betalgo ? BetalgoModelNames.Find(member.Name, enumMember: true) : AnthropicModelNames.ToWireName(member.Name);
            if (wire == id && member.GetAttributes().All(a => a.AttributeClass?.Name != "ObsoleteAttribute"))
            {
                return member.Name;
            }
        }

        return null;
    }

    private static string? BetalgoPropertyFor(INamedTypeSymbol models, string id)
    {
        foreach (var property in models.GetMembers().OfType<IPropertySymbol>())
        {
            if (property.IsStatic && BetalgoModelNames.Find(property.Name, enumMember: false) == id
                && property.GetAttributes().All(a => a.AttributeClass?.Name != "ObsoleteAttribute"))
            {
                return property.Name;
            }
        }

        return null;
    }

    private static NodeReplacement? RenameMember(Document document, ExpressionSyntax choice, string? member)
    {
        if (member == null)
        {
            return null;
        }

        return choice switch
        {
            MemberAccessExpressionSyntax access => new NodeReplacement(document.Id, access.Name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name)),
            IdentifierNameSyntax name => new NodeReplacement(document.Id, name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(name)),
            _ => null,
        };
    }

    /// <summary>The literal initialiser of a const, static readonly field or local, when every read of it fills a model slot.</summary>
    private static async Task<NodeReplacement?> InitializerAsync(Solution solution, ISymbol symbol, string newId, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1
            || await symbol.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax
            {
                Initializer.Value: LiteralExpressionSyntax initializer,
            } declarator
            || !initializer.IsKind(SyntaxKind.StringLiteralExpression)
            || solution.GetDocument(declarator.SyntaxTree) is not { } declaringDocument)
        {
            return null;
        }

        var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            if (!await IsModelSlotValueAsync(location, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return new NodeReplacement(declaringDocument.Id, initializer, NewLiteral(initializer, newId));
    }

    private static async Task<bool> IsModelSlotValueAsync(ReferenceLocation location, CancellationToken cancellationToken)
    {
        var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model == null || root == null || SdkSymbols.Create(model.Compilation) is not { } sdk)
        {
            return false;
        }

        var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access; // Settings.ChatModel: the operation belongs to the whole member access.
        }

        var operation = model.GetOperation(node, cancellationToken);
        // Walk up through what keeps the value a model id: conversions and the branches of a ternary.
        while (operation?.Parent is IConversionOperation or IConditionalOperation)
        {
            if (operation.Parent is IConditionalOperation conditional && conditional.Condition == operation)
            {
                return false;
            }

            operation = operation.Parent;
        }

        return operation?.Parent switch
        {
            IArgumentOperation argument => ModelSlotUse.FromArgument(argument, sdk) != null,
            ISimpleAssignmentOperation assignment when assignment.Value == operation => ModelSlotUse.FromAssignment(assignment, sdk) != null,
            _ => false,
        };
    }
}
