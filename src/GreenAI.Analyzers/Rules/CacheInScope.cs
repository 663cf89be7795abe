using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// Finds a cache the code already has at hand, by type: a parameter of the enclosing method or lambda, or a field or
/// property of the type (instance members only from instance code). Returns the name to write in a fix.
/// </summary>
internal static class CacheInScope
{
    public const string MemoryCache = "Microsoft.Extensions.Caching.Memory.IMemoryCache";
    public const string HybridCache = "Microsoft.Extensions.Caching.Hybrid.HybridCache";
    public const string DistributedCache = "Microsoft.Extensions.Caching.Distributed.IDistributedCache";

    /// <summary>A cache in scope of an operation the driver analyses as part of <paramref name="containingSymbol"/>'s body.</summary>
    public static string? Find(IOperation operation, ISymbol? containingSymbol, string typeName) =>
        Find(OperationSymbols.InnermostFunction(operation) ?? containingSymbol ?? operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart), typeName);

    private static string? Find(ISymbol? enclosing, string typeName)
    {
        for (var symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            foreach (var parameter in method.Parameters)
            {
                if (Is(parameter.Type, typeName))
                {
                    return parameter.Name;
                }
            }
        }

        // Instance members are reachable from instance methods (and their lambdas), never from a field initialiser.
        var outer = enclosing;
        while (outer is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            outer = outer.ContainingSymbol;
        }

        bool isStatic = outer is not IMethodSymbol { IsStatic: false };
        if (enclosing?.ContainingType is not { } containingType)
        {
            return null;
        }

        foreach (var member in containingType.GetMembers())
        {
            var type = member switch
            {
                IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                IPropertySymbol { IsIndexer: false } property => property.Type,
                _ => null,
            };
            if (type != null && Is(type, typeName) && (member.IsStatic || !isStatic))
            {
                return member.Name;
            }
        }

        return null;
    }

    private static bool Is(ITypeSymbol type, string typeName) => type is INamedTypeSymbol && SymbolNames.HasFullName(type, typeName);
}
