using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The functions a delegate kept in a field, a property or a local may run, where the code shows them: the lambdas and
/// method groups assigned to it — in the type's constructors, initialisers and methods for a field or property, in the
/// method for a local —, through <c>??</c>, <c>?:</c> and the app's own method that returns a lambda
/// (MR-444/ImageGenerator.MAUI: <c>_complete = completion ?? BuildHttpCompletion(…)</c>, called in its loops). A value
/// that comes from a parameter (a test's fake, a caller's choice) is not known and adds nothing.
/// </summary>
internal static class DelegateTargets
{
    private const int MaxDepth = 4;
    private const int MaxTargets = 8;

    /// <summary>The lambdas and methods the delegate a call invokes may hold; empty when the code does not show them.</summary>
    public static List<IOperation> Of(IInvocationOperation invocation, Compilation compilation, CancellationToken cancellationToken)
    {
        var targets = new List<IOperation>();
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } receiver)
        {
            return targets;
        }

        foreach (var value in AssignedValues(OperationSymbols.Unwrap(receiver), compilation, cancellationToken))
        {
            Collect(value, compilation, targets, 0, cancellationToken);
        }

        return targets;
    }

    /// <summary>The field or property a delegate call reads (whose targets do not depend on the call site), or null.</summary>
    public static ISymbol? MemberOf(IInvocationOperation invocation) =>
        invocation.Instance is { } receiver ? OperationSymbols.Unwrap(receiver) switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        } : null;

    private static IEnumerable<IOperation> AssignedValues(IOperation receiver, Compilation compilation, CancellationToken cancellationToken)
    {
        switch (receiver)
        {
            case ILocalReferenceOperation local:
                return AssignmentsIn(OperationSymbols.RootOf(receiver), local.Local);
            case IFieldReferenceOperation { Field: { } field } when Own(field, compilation):
                return AssignmentsInType(field, field.ContainingType, compilation, cancellationToken);
            case IPropertyReferenceOperation { Property: { } property } when Own(property, compilation):
                return AssignmentsInType(property, property.ContainingType, compilation, cancellationToken);
            default:
                return System.Array.Empty<IOperation>();
        }
    }

    private static bool Own(ISymbol symbol, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly);

    /// <summary>The values assigned to a local in a body, its declaration's initialiser included.</summary>
    private static IEnumerable<IOperation> AssignmentsIn(IOperation root, ILocalSymbol local)
    {
        foreach (var operation in OperationWalk.Descendants(root))
        {
            if (operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                yield return assignment.Value;
            }
            else if (operation is IVariableDeclaratorOperation { Initializer: { } initializer } declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                yield return initializer.Value;
            }
        }
    }

    /// <summary>
    /// The values assigned to a field or property anywhere in its type's declarations, and its initialiser. The name is
    /// matched in the syntax first, so only the assignments that may be to it are bound.
    /// </summary>
    private static IEnumerable<IOperation> AssignmentsInType(ISymbol member, INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            if (!compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

            var model = MethodBodies.ModelOf(compilation, declaration.SyntaxTree);
            foreach (var node in declaration.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var value = node switch
                {
                    AssignmentExpressionSyntax { Left: var left } assignment when NameOf(left) == member.Name => AssignedIfTo(model.GetOperation(assignment, cancellationToken), member),
                    VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == member.Name => model.GetOperation(initializer.Value, cancellationToken),
                    PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == member.Name => model.GetOperation(initializer.Value, cancellationToken),
                    _ => null,
                };
                if (value != null)
                {
                    yield return value;
                }
            }
        }
    }

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static IOperation? AssignedIfTo(IOperation? operation, ISymbol member) =>
        operation is ISimpleAssignmentOperation assignment
        && SymbolEqualityComparer.Default.Equals(OperationSymbols.VariableOf(OperationSymbols.Unwrap(assignment.Target), includeProperties: true), member)
            ? assignment.Value
            : null;

    private static void Collect(IOperation value, Compilation compilation, List<IOperation> targets, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || targets.Count >= MaxTargets)
        {
            return;
        }

        switch (OperationSymbols.Unwrap(value))
        {
            case IDelegateCreationOperation creation:
                Collect(creation.Target, compilation, targets, depth + 1, cancellationToken);
                break;
            case IAnonymousFunctionOperation or IMethodReferenceOperation:
                targets.Add(OperationSymbols.Unwrap(value));
                break;
            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, compilation, targets, depth + 1, cancellationToken);
                Collect(coalesce.WhenNull, compilation, targets, depth + 1, cancellationToken);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                Collect(conditional.WhenTrue, compilation, targets, depth + 1, cancellationToken);
                Collect(whenFalse, compilation, targets, depth + 1, cancellationToken);
                break;
            case ILocalReferenceOperation local:
                foreach (var assigned in AssignmentsIn(OperationSymbols.RootOf(local), local.Local))
                {
                    Collect(assigned, compilation, targets, depth + 1, cancellationToken);
                }

                break;
            case IInvocationOperation call when ReturnsOwnDelegate(call, compilation):
                foreach (var body in MethodBodies.Of(call.TargetMethod.OriginalDefinition, compilation, cancellationToken))
                {
                    foreach (var returned in MethodReturns.Of(body))
                    {
                        Collect(returned, compilation, targets, depth + 1, cancellationToken);
                    }
                }

                break;
        }
    }

    private static bool ReturnsOwnDelegate(IInvocationOperation call, Compilation compilation) =>
        call.TargetMethod is { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction, IsAbstract: false, IsVirtual: false, IsOverride: false, ReturnType.TypeKind: TypeKind.Delegate }
        && Own(call.TargetMethod, compilation);
}
