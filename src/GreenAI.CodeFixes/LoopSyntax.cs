using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.CodeFixes;

/// <summary>Finds the loop a GAI002/GAI003 diagnostic is about, and picks names that nothing in the member uses yet.</summary>
internal static class LoopSyntax
{
    public static StatementSyntax? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (PropertySet.LocationOf(diagnostic, RepetitionProperties.LoopLocation) is not { } location
            || location.SourceSpan.Start >= root.FullSpan.End)
        {
            return null;
        }

        int start = location.SourceSpan.Start;

        return root.FindToken(start).Parent?.AncestorsAndSelf().OfType<StatementSyntax>()
            .FirstOrDefault(s => s.SpanStart == start && s is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax);
    }

    /// <summary>"modelCalls", else "modelCalls2", … : a name no declaration or parameter of the enclosing member uses.</summary>
    public static string FreeName(SyntaxNode inside, string baseName, ISet<string> alsoTaken)
    {
        var member = inside.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or CompilationUnitSyntax) ?? inside;
        var taken = new HashSet<string>(alsoTaken);
        foreach (var node in member.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax declarator:
                    taken.Add(declarator.Identifier.ValueText);
                    break;
                case ParameterSyntax parameter:
                    taken.Add(parameter.Identifier.ValueText);
                    break;
                case ForEachStatementSyntax forEach:
                    taken.Add(forEach.Identifier.ValueText);
                    break;
                case SingleVariableDesignationSyntax designation:
                    taken.Add(designation.Identifier.ValueText);
                    break;
            }
        }

        var name = baseName;
        for (int suffix = 2; taken.Contains(name); suffix++)
        {
            name = baseName + suffix.ToString(CultureInfo.InvariantCulture);
        }

        alsoTaken.Add(name);
        return name;
    }
}
