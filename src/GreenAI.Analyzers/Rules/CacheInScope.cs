using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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

    public static string? Find(IOperation operation, string typeName) =>
        operation.SemanticModel == null ? null : Find(operation.SemanticModel, operation.Syntax.SpanStart, typeName);

    public static string? Find(SemanticModel model, int position, string typeName)
    {
        var enclosing = model.GetEnclosingSymbol(position);
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
        foreach (var member in enclosing?.ContainingType?.GetMembers() ?? default)
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

    // The simple name first: formatting every parameter and member type of the class showed in profiles of GAI007.
    private static bool Is(ITypeSymbol type, string typeName) =>
        typeName.Length > type.Name.Length && typeName[typeName.Length - type.Name.Length - 1] == '.' && typeName.EndsWith(type.Name, System.StringComparison.Ordinal)
        && type.ToDisplayString().TrimEnd('?') == typeName;
}
