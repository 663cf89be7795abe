using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Is an operation inside code that runs once per incoming request: an ASP.NET Core minimal-API handler (a lambda or
/// method passed to <c>MapGet</c>, <c>MapPost</c>, …), a controller action, or an Azure Functions function. Read from
/// symbol names, so the analyzers need no ASP.NET reference.
/// </summary>
internal static class RequestHandlers
{
    private static readonly HashSet<string> MapMethods = new(StringComparer.Ordinal)
        { "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback" };

    private static readonly string[] ControllerBases = { "Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Mvc.Controller" };

    /// <summary>"a minimal-API handler", "a controller action", "an Azure Functions function", or null.</summary>
    /// <param name="containingSymbol">The symbol whose body the driver is analysing, if known.</param>
    public static string? KindOf(IOperation operation, ISymbol? containingSymbol = null)
    {
        for (var current = operation.Parent; current != null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return IsMapArgument(lambda) ? "a minimal-API handler" : null;
            }

            if (current is ILocalFunctionOperation)
            {
                return null;
            }
        }

        var method = OperationSymbols.EnclosingMethod(operation, containingSymbol);
        if (method == null || method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        if (method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && DerivesFromController(method.ContainingType)
            && !HasAttribute(method, "NonActionAttribute"))
        {
            return "a controller action";
        }

        return HasAttribute(method, "FunctionAttribute") || HasAttribute(method, "FunctionNameAttribute") ? "an Azure Functions function" : null;
    }

    private static bool IsMapArgument(IAnonymousFunctionOperation lambda) =>
        OperationSymbols.InvocationTaking(lambda) is { } map
        && MapMethods.Contains(map.TargetMethod.Name)
        && SymbolNames.HasFullName((map.TargetMethod.ReducedFrom ?? map.TargetMethod).ContainingNamespace, "Microsoft.AspNetCore.Builder");

    private static bool DerivesFromController(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current != null; current = current.BaseType)
        {
            if (SymbolNames.HasFullNameIn(current, ControllerBases))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(IMethodSymbol method, string name)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
