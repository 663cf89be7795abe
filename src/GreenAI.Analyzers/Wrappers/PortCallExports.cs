using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The project's methods that call a port — an interface or abstract method named for AI work, of this project or of a
/// referenced one — directly or through up to two of the project's own methods, written so that a project that also
/// sees the port's implementation can join them (<see cref="PortCallLine"/>). A method already written as model-calling
/// is left out: its own line says more. Cost: a project whose references and own types name no AI work pays one look at
/// the type names; otherwise only the files that name a port's method are searched, as for <see cref="LoopCallExports"/>.
/// </summary>
internal static class PortCallExports
{
    public const int MaxLines = 200;

    private const int MaxOwnLevels = 2;

    private const int MaxMethodsPerLevel = 64;

    /// <param name="written">The members already written as model-calling, as "assembly|doc-id".</param>
    /// <param name="texts">Each file's text, shared with <see cref="LoopCallExports"/>.</param>
    /// <param name="ownPorts">The project's own ports (<see cref="LoopCallExports.PortsOf"/>).</param>
    public static List<string> LinesOf(Compilation compilation, IReadOnlyCollection<IMethodSymbol> ownPorts, HashSet<string> written, Dictionary<SyntaxTree, string> texts, CancellationToken cancellationToken)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var targets = new Dictionary<IMethodSymbol, List<Reach>>(SymbolEqualityComparer.Default);
        foreach (var port in PortsOf(compilation, ownPorts, cancellationToken))
        {
            targets[port] = new List<Reach> { new(port, ImmutableArray.Create(Display(port))) };
        }

        var internalsVisible = compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
        var reached = new HashSet<(IMethodSymbol Holder, IMethodSymbol Port)>(HolderPortComparer.Instance); // a holder per port once
        for (var level = 0; level <= MaxOwnLevels && targets.Count > 0 && lines.Count < MaxLines; level++)
        {
            var next = new Dictionary<IMethodSymbol, List<Reach>>(SymbolEqualityComparer.Default);
            foreach (var (syntax, model, call, reaches) in TargetCallSites.Of(compilation, targets, texts, cancellationToken))
            {
                if (TargetCallSites.HolderOf(syntax, model, cancellationToken) is not { MethodKind: MethodKind.Ordinary, IsAbstract: false } found)
                {
                    continue;
                }

                var holder = found.OriginalDefinition;
                foreach (var reach in reaches)
                {
                    if (SymbolEqualityComparer.Default.Equals(holder, reach.Port) || !reached.Add((holder, reach.Port)))
                    {
                        continue;
                    }

                    // What a caller of the holder sees after it: the method it calls here, then that one's chain.
                    var after = SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, reach.Port)
                        ? reach.Chain
                        : reach.Chain.Insert(0, Display(call.TargetMethod));
                    Write(holder, after, reach.Port, internalsVisible, written, lines);
                    if (next.TryGetValue(holder, out var more))
                    {
                        more.Add(new Reach(reach.Port, after));
                    }
                    else if (next.Count < MaxMethodsPerLevel)
                    {
                        next[holder] = new List<Reach> { new(reach.Port, after) };
                    }
                }
            }

            targets = next;
        }

        return lines.Take(MaxLines).ToList();
    }

    /// <summary>The holder's line under its own id and under each interface or base member a caller may name instead.</summary>
    private static void Write(IMethodSymbol holder, ImmutableArray<string> after, IMethodSymbol port, bool internalsVisible, HashSet<string> written, SortedSet<string> lines)
    {
        var portAssembly = ModelCallExportGenerator.AssemblyOf(port);
        var portId = ModelCallExportGenerator.IdOf(port);
        void Add(IMethodSymbol member, ImmutableArray<string> chain)
        {
            var assembly = ModelCallExportGenerator.AssemblyOf(member);
            var id = ModelCallExportGenerator.IdOf(member);
            if (id.Length > 0 && ModelCallExportGenerator.VisibleOutside(member, internalsVisible) && !written.Contains(assembly + "|" + id))
            {
                lines.Add(new PortCallLine(assembly, id, member.Name, chain, portAssembly, portId).Encode());
            }
        }

        Add(holder, after);
        foreach (var implemented in ModelCallExportGenerator.ImplementedBy(holder))
        {
            Add(implemented, after.Insert(0, Display(holder)));
        }
    }

    /// <summary>The project's own ports and those of its unsigned references (the projects of the solution).</summary>
    private static HashSet<IMethodSymbol> PortsOf(Compilation compilation, IReadOnlyCollection<IMethodSymbol> ownPorts, CancellationToken cancellationToken)
    {
        var ports = new HashSet<IMethodSymbol>(ownPorts, SymbolEqualityComparer.Default);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.HasPublicKey)
            {
                continue;
            }

            var names = new HashSet<string>(assembly.TypeNames.Where(PortWords.AnyIn), StringComparer.Ordinal);
            if (names.Count > 0)
            {
                AddPorts(assembly.GlobalNamespace, names, ports, cancellationToken);
            }
        }

        return ports;
    }

    private static void AddPorts(INamespaceSymbol root, HashSet<string> names, HashSet<IMethodSymbol> ports, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            foreach (var nested in container.GetNamespaceMembers())
            {
                pending.Push(nested);
            }

            foreach (var name in names)
            {
                foreach (var type in container.GetTypeMembers(name))
                {
                    if (type.DeclaredAccessibility == Accessibility.Public && (type.TypeKind == TypeKind.Interface || type.IsAbstract))
                    {
                        foreach (var member in type.GetMembers())
                        {
                            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: true, IsStatic: false } method)
                            {
                                ports.Add(method);
                            }
                        }
                    }
                }
            }
        }
    }

    private sealed class HolderPortComparer : IEqualityComparer<(IMethodSymbol Holder, IMethodSymbol Port)>
    {
        public static readonly HolderPortComparer Instance = new();

        public bool Equals((IMethodSymbol Holder, IMethodSymbol Port) x, (IMethodSymbol Holder, IMethodSymbol Port) y) =>
            SymbolEqualityComparer.Default.Equals(x.Holder, y.Holder) && SymbolEqualityComparer.Default.Equals(x.Port, y.Port);

        public int GetHashCode((IMethodSymbol Holder, IMethodSymbol Port) pair) =>
            (SymbolEqualityComparer.Default.GetHashCode(pair.Holder) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(pair.Port);
    }

    private static string Display(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;

    /// <summary>A port, and the chain a caller of a target sees after the target, the port last.</summary>
    private readonly struct Reach
    {
        public Reach(IMethodSymbol port, ImmutableArray<string> chain)
        {
            Port = port;
            Chain = chain;
        }

        public IMethodSymbol Port { get; }

        public ImmutableArray<string> Chain { get; }
    }
}
