using System.Linq;
using Microsoft.CodeAnalysis;

namespace GreenAI.CodeFixes;

/// <summary>
/// How a fix writes a type: its short name where that name means the type at the position (a using imports it, and
/// nothing else answers to it), else <c>global::Namespace.Name</c>.
/// </summary>
internal static class TypeNameInScope
{
    public static string For(SemanticModel? model, int position, string ns, string name)
    {
        var found = model == null ? default : model.LookupNamespacesAndTypes(position, name: name);
        // Task and Task<T> both answer to "Task": fine as long as every answer lives in that namespace.
        return !found.IsDefaultOrEmpty && found.All(s => s.ContainingNamespace?.ToDisplayString() == ns) ? name : "global::" + ns + "." + name;
    }

    /// <summary>The same for a name in <c>global::Namespace.Name</c> form (SymbolDisplayFormat.FullyQualifiedFormat).</summary>
    public static string For(SemanticModel? model, int position, string fullyQualified)
    {
        var plain = fullyQualified.StartsWith("global::", System.StringComparison.Ordinal) ? fullyQualified.Substring("global::".Length) : fullyQualified;
        int dot = plain.LastIndexOf('.');
        return dot < 0 ? fullyQualified : For(model, position, plain.Substring(0, dot), plain.Substring(dot + 1));
    }
}
