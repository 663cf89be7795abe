using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>The operation tree of a method in a compiled snippet, for tests of the flow helpers.</summary>
internal static class MethodBody
{
    /// <summary>The named method's body, or the first method's when no name is given.</summary>
    public static IOperation Of(string source, string? method = null)
    {
        var compilation = AnalyzerRunner.Compile(source);
        var tree = compilation.SyntaxTrees.First();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => method == null || m.Identifier.Text == method);
        return compilation.GetSemanticModel(tree).GetOperation(declaration)!;
    }
}
