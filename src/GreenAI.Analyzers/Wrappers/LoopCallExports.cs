using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The project's per-item calls of its own ports — interface and abstract methods whose implementation another project
/// may give (<see cref="LoopCallLine"/>). Cost: a project that declares no port named for AI work (an interface or
/// abstract class whose name has a word such as Chat, Summarizer, Embedding, Ollama, Image, AI; see
/// <see cref="PortWords"/>) pays one look at the type names of the compiler's declaration table; otherwise only the files that name such a method are searched,
/// and only the calls of it inside a loop or a lambda are bound. The names are a cost gate, not a finding: the
/// implementing project reports only when its implementation calls a model.
/// </summary>
internal static class LoopCallExports
{
    public const int MaxLines = 200;

    public static List<string> LinesOf(Compilation compilation, CancellationToken cancellationToken)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var ports = PortsOf(compilation, cancellationToken);
        if (ports.Count == 0)
        {
            return new List<string>();
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var port in ports)
        {
            names.Add(port.Name);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (lines.Count >= MaxLines || !NamesAny(tree.GetText(cancellationToken).ToString(), names))
            {
                continue;
            }

            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax call && names.Contains(InvokedName(call)) && InLoopOrLambda(call)
                    && LineOf(call, compilation, ports, cancellationToken) is { } line)
                {
                    lines.Add(line.Encode());
                }
            }
        }

        return new List<string>(lines);
    }

    /// <summary>
    /// The abstract methods of the project's own interfaces and abstract classes whose name says AI work. Types only:
    /// the declaration table's type names are a few hundred where its member names are tens of thousands
    /// (Newtonsoft.Json: 0.05 ms against 1 ms, docs/performance.md).
    /// </summary>
    private static HashSet<IMethodSymbol> PortsOf(Compilation compilation, CancellationToken cancellationToken)
    {
        var ports = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var symbol in compilation.GetSymbolsWithName(PortWords.AnyIn, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Interface } or INamedTypeSymbol { IsAbstract: true })
            {
                foreach (var member in ((INamedTypeSymbol)symbol).GetMembers())
                {
                    if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: true, IsStatic: false } method)
                    {
                        ports.Add(method);
                    }
                }
            }
        }

        return ports;
    }

    private static LoopCallLine? LineOf(InvocationExpressionSyntax syntax, Compilation compilation, HashSet<IMethodSymbol> ports, CancellationToken cancellationToken)
    {
        var model = MethodBodies.ModelOf(compilation, syntax.SyntaxTree);
        if (model.GetOperation(syntax, cancellationToken) is not IInvocationOperation invocation
            || !ports.Contains(invocation.TargetMethod.OriginalDefinition)
            || Repetition.PerItem(invocation) is not { Collection: { } collection })
        {
            return null;
        }

        var target = invocation.TargetMethod.OriginalDefinition;
        var line = syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        var site = MemberOf(model.GetEnclosingSymbol(syntax.SpanStart, cancellationToken)) + " (" + Path.GetFileName(syntax.SyntaxTree.FilePath) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return new LoopCallLine(ModelCallExportGenerator.AssemblyOf(target), ModelCallExportGenerator.IdOf(target), target.Name, collection, site);
    }

    /// <summary>"AuditHandler.Handle": the named member around a call, past its lambdas and local functions.</summary>
    private static string MemberOf(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol == null ? string.Empty : (symbol.ContainingType?.Name is { } type ? type + "." : string.Empty) + symbol.Name;
    }

    private static bool NamesAny(string text, HashSet<string> names)
    {
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string InvokedName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    private static bool InLoopOrLambda(SyntaxNode node)
    {
        for (var parent = node.Parent; parent != null && parent is not MemberDeclarationSyntax; parent = parent.Parent)
        {
            if (parent is CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
