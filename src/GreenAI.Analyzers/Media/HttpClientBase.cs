using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Caching;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The <c>BaseAddress</c> an <c>HttpClient</c> sends relative URIs to (<c>PostAsync("predictions", …)</c>): set once on
/// the field the call goes through (in the type's constructors or members: <c>_http.BaseAddress = new Uri(…)</c>), or
/// on a local in the calling method, or in the object initializer that creates either; or, for a client injected into
/// the constructor, where the typed client is registered (<see cref="TypedClientBases"/>).
/// </summary>
internal static class HttpClientBase
{
    // A field's one base address is the same for every call through it: found once per compilation.
    private static readonly ConditionalWeakTable<Compilation, CompilationCache<ISymbol, IOperation?>> FieldBases = new();

    /// <summary>The base address of the client <paramref name="invocation"/> sends through, or null.</summary>
    public static IOperation? Of(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var client = invocation.Instance ?? (invocation.Arguments.Length > 0 && invocation.TargetMethod.IsExtensionMethod ? invocation.Arguments[0].Value : null);
        switch (client is IConversionOperation conversion ? conversion.Operand : client)
        {
            case IFieldReferenceOperation field when field.SemanticModel is { } model:
                return FieldBases.GetValue(model.Compilation, static _ => new CompilationCache<ISymbol, IOperation?>(SymbolEqualityComparer.Default))
                    .GetOrAdd(field.Field, (field, cancellationToken), static (_, state) => OfField(state.field, state.cancellationToken));
            case ILocalReferenceOperation local:
                return Initialized(SingleAssignment.OfLocal(local)) ?? AssignedIn(OperationSymbols.RootOf(local)?.Syntax, local.Local, local.SemanticModel, cancellationToken);
            default:
                return null;
        }
    }

    private static IOperation? OfField(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        var value = SingleAssignment.OfReadonlyField(reference, cancellationToken);
        if (Initialized(value) is { } initialized)
        {
            return initialized;
        }

        if (field.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
            || !model.Compilation.ContainsSyntaxTree(type.SyntaxTree))
        {
            return null;
        }

        return AssignedIn(type, field, MethodBodies.ModelOf(model.Compilation, type.SyntaxTree), cancellationToken)
            ?? Injected(value, field, model.Compilation, cancellationToken);
    }

    /// <summary>A field set from the constructor's <c>HttpClient</c> parameter: the typed client's registration sets its base.</summary>
    private static IOperation? Injected(IOperation? value, IFieldSymbol field, Compilation compilation, CancellationToken cancellationToken) =>
        value is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } }
            ? TypedClientBases.Of(field.ContainingType, compilation, cancellationToken)
            : null;

    /// <summary><c>new HttpClient { BaseAddress = … }</c>.</summary>
    private static IOperation? Initialized(IOperation? value) =>
        value is IObjectCreationOperation { Initializer: not null } creation ? ObjectInitializers.ValueOf(creation, "BaseAddress") : null;

    /// <summary>The one <c>x.BaseAddress = value</c> in <paramref name="scope"/> whose <c>x</c> is <paramref name="client"/>; null when none or several.</summary>
    private static IOperation? AssignedIn(SyntaxNode? scope, ISymbol client, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (scope == null || model == null || model.SyntaxTree != scope.SyntaxTree)
        {
            return null;
        }

        IOperation? found = null;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress" } target } assignment
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target.Expression, cancellationToken).Symbol, client))
            {
                if (found != null)
                {
                    return null; // set twice: which one a call sees is not for a syntax walk to say
                }

                found = model.GetOperation(assignment.Right, cancellationToken);
            }
        }

        return found;
    }
}
