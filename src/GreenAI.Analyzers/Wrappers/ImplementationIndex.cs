using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The implementations and overrides, in this compilation, of interface, abstract and virtual methods declared here or in
/// another project of the application (<see cref="MayDeclareImplementedMembers"/>): built once per compilation, on the
/// first call through an interface that a loop makes, from the declared types alone.
/// </summary>
internal sealed class ImplementationIndex
{
    private readonly Compilation _compilation;
    private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _byMethod;
    private readonly object _gate = new();

    public ImplementationIndex(Compilation compilation) => _compilation = compilation;

    public ImmutableArray<IMethodSymbol> Of(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var index = _byMethod;
        if (index == null)
        {
            lock (_gate)
            {
                index = _byMethod ??= Build(cancellationToken);
            }
        }

        return index.TryGetValue(method.OriginalDefinition, out var found) ? found.ToImmutableArray() : ImmutableArray<IMethodSymbol>.Empty;
    }

    private Dictionary<IMethodSymbol, List<IMethodSymbol>> Build(CancellationToken cancellationToken)
    {
        var index = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    pending.Push(nested);
                }
            }

            if (container is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
            {
                Add(type, index);
            }
        }

        return index;
    }

    private void Add(INamedTypeSymbol type, Dictionary<IMethodSymbol, List<IMethodSymbol>> index)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, OverriddenMethod: { } overridden } method && IsIndexed(overridden))
            {
                Append(index, overridden.OriginalDefinition, method);
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (!IsIndexed(@interface))
            {
                continue;
            }

            foreach (var member in @interface.GetMembers())
            {
                if (member is IMethodSymbol { IsAbstract: true } required
                    && type.FindImplementationForInterfaceMember(required) is IMethodSymbol implementation
                    && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type))
                {
                    Append(index, required.OriginalDefinition, implementation);
                }
            }
        }
    }

    private bool IsIndexed(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) || MayDeclareImplementedMembers(symbol.ContainingAssembly);

    /// <summary>
    /// An assembly whose interfaces and virtual methods this compilation's implementations are indexed for: another
    /// project of the application, not the framework or a library (System.*, Microsoft.*, netstandard), whose members the
    /// SDK catalogue speaks for and whose implementations (IDisposable, IChatClient) are no wrapper.
    /// </summary>
    public static bool MayDeclareImplementedMembers(IAssemblySymbol? assembly) =>
        assembly != null && !IsPlatform(assembly.Name);

    private static bool IsPlatform(string name) =>
        name.StartsWith("System", System.StringComparison.Ordinal) || name.StartsWith("Microsoft.", System.StringComparison.Ordinal)
        || name is "netstandard" or "mscorlib" or "Microsoft" || name.StartsWith("Newtonsoft.", System.StringComparison.Ordinal);

    private static void Append(Dictionary<IMethodSymbol, List<IMethodSymbol>> index, IMethodSymbol key, IMethodSymbol value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<IMethodSymbol>();
        }

        list.Add(value);
    }
}
