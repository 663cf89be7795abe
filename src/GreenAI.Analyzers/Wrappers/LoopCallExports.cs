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
/// may give (<see cref="LoopCallLine"/>) — and the model ids it passes to them as constants, in or out of loops
/// (<see cref="PortModelArgumentLine"/>). Cost: a project that declares no port named for AI work (an interface or
/// abstract class whose name has a word such as Chat, Summarizer, Embedding, Ollama, Image, AI; see
/// <see cref="PortWords"/>) pays one look at the type names of the compiler's declaration table; otherwise only the files that name such a method are searched,
/// and only the calls of it inside a loop or a lambda are bound. The names are a cost gate, not a finding: the
/// implementing project reports only when its implementation calls a model.
/// </summary>
internal static class LoopCallExports
{
    public const int MaxLines = 200;

    /// <summary>The project's own methods followed between a loop and the port: the loop's callee and its callee.</summary>
    private const int MaxOwnLevels = 2;

    private const int MaxMethodsPerLevel = 64;

    /// <summary>The lines with their metadata keys: the loops, then the model ids passed to the ports.</summary>
    /// <param name="ports">The project's own ports (<see cref="PortsOf"/>), found once for this search and <see cref="PortCallExports"/>.</param>
    /// <param name="texts">Each file's text, shared with the other searches of the export (<see cref="PortCallExports"/>).</param>
    public static List<(string Key, string Line)> LinesOf(Compilation compilation, IReadOnlyCollection<IMethodSymbol> ports, Dictionary<SyntaxTree, string> texts, CancellationToken cancellationToken)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var modelArguments = new SortedSet<string>(StringComparer.Ordinal);
        if (ports.Count == 0)
        {
            return new List<(string Key, string Line)>();
        }

        // Level 0 calls the ports themselves; each next level calls the project's own methods that reached one on the
        // level before (a loop over entries calling ProcessEntryAsync, which calls the port).
        var targets = new Dictionary<IMethodSymbol, Reach>(SymbolEqualityComparer.Default);
        foreach (var port in ports)
        {
            targets[port] = new Reach(port, string.Empty);
        }

        for (var level = 0; level <= MaxOwnLevels && targets.Count > 0 && lines.Count < MaxLines; level++)
        {
            targets = Search(compilation, targets, texts, lines, level == 0 ? modelArguments : null, cancellationToken);
        }

        var keyed = new List<(string Key, string Line)>();
        foreach (var line in lines)
        {
            keyed.Add((LoopCallLine.MetadataKey, line));
        }

        foreach (var line in modelArguments)
        {
            keyed.Add((PortModelArgumentLine.MetadataKey, line));
        }

        return keyed;
    }

    /// <summary>
    /// The calls of <paramref name="targets"/>: per-item ones become lines; the methods holding the others are the next
    /// level's targets. On the first level (the ports themselves), the model ids passed to them too.
    /// </summary>
    private static Dictionary<IMethodSymbol, Reach> Search(Compilation compilation, Dictionary<IMethodSymbol, Reach> targets, Dictionary<SyntaxTree, string> texts, SortedSet<string> lines, SortedSet<string>? modelArguments, CancellationToken cancellationToken)
    {
        var next = new Dictionary<IMethodSymbol, Reach>(SymbolEqualityComparer.Default);
        foreach (var (syntax, model, call, reach) in TargetCallSites.Of(compilation, targets, texts, cancellationToken))
        {
            if (lines.Count >= MaxLines)
            {
                break;
            }

            if (modelArguments != null && modelArguments.Count < MaxLines)
            {
                AddModelArguments(call, reach.Port, model, modelArguments, cancellationToken);
            }

            var via = reach.Port.Equals(call.TargetMethod.OriginalDefinition, SymbolEqualityComparer.Default)
                ? string.Empty
                : Join(call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name, reach.Via);
            if (InLoopOrLambda(syntax) && Repetition.PerItem(call) is { Collection: { } collection })
            {
                lines.Add(LineOf(syntax, model, reach.Port, collection, via, cancellationToken).Encode());
            }
            else if (TargetCallSites.HolderOf(syntax, model, cancellationToken) is { MethodKind: MethodKind.Ordinary } holder
                && !targets.ContainsKey(holder) && next.Count < MaxMethodsPerLevel)
            {
                next[holder.OriginalDefinition] = new Reach(reach.Port, via);
            }
        }

        return next;
    }

    private static string Join(string first, string rest) => rest.Length == 0 ? first : first + " → " + rest;

    /// <summary>
    /// The abstract methods of the project's own interfaces and abstract classes whose name says AI work. Types only:
    /// the declaration table's type names are a few hundred where its member names are tens of thousands
    /// (Newtonsoft.Json: 0.05 ms against 1 ms, docs/performance.md).
    /// </summary>
    internal static HashSet<IMethodSymbol> PortsOf(Compilation compilation, CancellationToken cancellationToken)
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

    /// <summary>Each argument of a port's call whose value is a constant that reads as a model id ("gpt-4.1", a const local holding it).</summary>
    private static void AddModelArguments(IInvocationOperation call, IMethodSymbol port, SemanticModel model, SortedSet<string> modelArguments, CancellationToken cancellationToken)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter == null
                || ValueOrigin.Follow(argument.Value, cancellationToken).ConstantValue.Value is not string id
                || GreenAI.Impact.Models.ModelIdResolver.Resolve(id) == null)
            {
                continue;
            }

            var line = new PortModelArgumentLine(ModelCallExportGenerator.AssemblyOf(port), ModelCallExportGenerator.IdOf(port), port.Name, argument.Parameter.Name, id, SiteOf(argument.Syntax, model, cancellationToken));
            modelArguments.Add(line.Encode());
        }
    }

    private static LoopCallLine LineOf(InvocationExpressionSyntax syntax, SemanticModel model, IMethodSymbol port, string collection, string via, CancellationToken cancellationToken)
    {
        return new LoopCallLine(ModelCallExportGenerator.AssemblyOf(port), ModelCallExportGenerator.IdOf(port), port.Name, collection, SiteOf(syntax, model, cancellationToken), via);
    }

    /// <summary>"AuditHandler.Handle (AuditHandler.cs:42)": where a call is written, for the other project's message.</summary>
    internal static string SiteOf(SyntaxNode syntax, SemanticModel model, CancellationToken cancellationToken)
    {
        var line = syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return MemberOf(model.GetEnclosingSymbol(syntax.SpanStart, cancellationToken)) + " (" + Path.GetFileName(syntax.SyntaxTree.FilePath) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>"AuditHandler.Handle": the named member around a call, past its lambdas and local functions.</summary>
    private static string MemberOf(ISymbol? symbol)
    {
        symbol = TargetCallSites.NamedMethodOf(symbol) ?? symbol;
        return symbol == null ? string.Empty : (symbol.ContainingType?.Name is { } type ? type + "." : string.Empty) + symbol.Name;
    }

    /// <summary>A port, and the project's own methods between the call and it ("ProcessEntryAsync → …"; empty: the port itself).</summary>
    private readonly struct Reach
    {
        public Reach(IMethodSymbol port, string via)
        {
            Port = port;
            Via = via;
        }

        public IMethodSymbol Port { get; }

        public string Via { get; }
    }

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
