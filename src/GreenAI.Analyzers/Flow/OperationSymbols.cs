using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>Small helpers the flow analyses share: look through conversions, and name the variable an operation reads.</summary>
internal static class OperationSymbols
{
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The root of the operation tree the operation belongs to: the body of its method, accessor or initialiser.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent != null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The local, parameter or field read (and, when asked, the property), or null.</summary>
    public static ISymbol? VariableOf(IOperation operation, bool includeProperties = false) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property when includeProperties => property.Property,
        _ => null,
    };

    /// <summary>The value passed for the named parameter, or null when the call leaves it to its default.</summary>
    public static IOperation? ArgumentNamed(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Inside a lambda quoted as an expression tree (<c>Expression&lt;Action&lt;TranslationJob&gt;&gt;</c>): data that a
    /// library reads, such as Hangfire's <c>Enqueue(job =&gt; job.Execute(…))</c>, which runs the call later, elsewhere.
    /// </summary>
    public static bool InQuotedLambda(IOperation operation, IOperation root)
    {
        for (var parent = operation.Parent; parent != null && parent != root; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation && parent.Parent is { Type: INamedTypeSymbol { Name: "Expression", Arity: 1 } quoted }
                && SymbolNames.HasFullName(quoted.ContainingNamespace, "System.Linq.Expressions"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The call a lambda is passed to (<c>app.MapGet("/", () => …)</c>, <c>cache.GetOrCreateAsync(key, _ => …)</c>), or null.</summary>
    public static IInvocationOperation? InvocationTaking(IAnonymousFunctionOperation lambda) =>
        ArgumentTaking(lambda) is { Parent: IInvocationOperation invocation } ? invocation : null;

    /// <summary>The argument a lambda is passed as (through its delegate creation and conversions), or null.</summary>
    public static IArgumentOperation? ArgumentTaking(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent as IArgumentOperation;
    }

    /// <summary>
    /// The method, lambda or local function whose body holds the operation, read from the operation tree: cheaper than
    /// SemanticModel.GetEnclosingSymbol, which binds its way down from the position.
    /// </summary>
    public static IMethodSymbol? EnclosingMethod(IOperation operation, ISymbol? containingSymbol = null)
    {
        if (InnermostFunction(operation) is { } function)
        {
            return function;
        }

        // Outside lambdas and local functions the method is the symbol the driver analyses, when the caller has it:
        // asking the semantic model again costs a declaration lookup per call.
        var root = RootOf(operation);
        return containingSymbol as IMethodSymbol ?? root.SemanticModel?.GetDeclaredSymbol(root.Syntax) as IMethodSymbol;
    }

    /// <summary>The innermost lambda or local function whose body holds the operation, or null outside any.</summary>
    public static IMethodSymbol? InnermostFunction(IOperation operation)
    {
        for (var current = operation.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol;
                case ILocalFunctionOperation local:
                    return local.Symbol;
            }
        }

        return null;
    }

    /// <summary>
    /// The file an operation is in, from its semantic model: a syntax node finds its tree by walking up to the root
    /// each time it is asked (hot path: once per reported call).
    /// </summary>
    public static SyntaxTree TreeOf(IOperation operation) => operation.SemanticModel?.SyntaxTree ?? operation.Syntax.SyntaxTree;

    /// <summary>What a call is made on: its instance, or the first argument of an extension method called as one.</summary>
    public static IOperation? ReceiverOf(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
}
