using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Compares a symbol with a fully qualified name ("OpenAI.Chat.ChatCompletionOptions", "Microsoft.AspNetCore.Builder")
/// part by part from the end, formatting nothing (hot path: no <c>ToDisplayString</c>, no allocation).
/// Type arguments are not compared, so the names given are of non-generic types or of namespaces.
/// </summary>
internal static class SymbolNames
{
    /// <summary>Whether the type, nested type or namespace has this full name (containing types and namespaces joined by '.').</summary>
    public static bool HasFullName(ISymbol? symbol, string fullName)
    {
        int end = fullName.Length;
        for (var current = symbol; current != null && !IsGlobal(current); current = current.ContainingSymbol)
        {
            string name = current.Name;
            int start = end - name.Length;
            if (name.Length == 0 || start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingSymbol == null || IsGlobal(current.ContainingSymbol);
            }

            if (fullName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary>Whether the symbol has one of these full names.</summary>
    public static bool HasFullNameIn(ISymbol? symbol, string[] fullNames)
    {
        foreach (var fullName in fullNames)
        {
            if (HasFullName(symbol, fullName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGlobal(ISymbol symbol) => symbol is INamespaceSymbol { IsGlobalNamespace: true };
}
