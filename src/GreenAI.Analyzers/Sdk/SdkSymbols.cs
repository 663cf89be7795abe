using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// The SDK catalogue bound to one compilation's symbols, built once in the compilation-start action. Look-ups are a
/// name check against a frozen set first, then a dictionary of types: cheap on every invocation.
/// </summary>
internal sealed class SdkSymbols
{
    private readonly Dictionary<INamedTypeSymbol, List<ModelCallDefinition>> _callsByType;
    private readonly Dictionary<INamedTypeSymbol, List<ClientFactoryDefinition>> _factoriesByType;
    private readonly Dictionary<string, INamedTypeSymbol> _argumentTypes;
    private readonly ImmutableHashSet<string> _callMethodNames;

    private SdkSymbols(
        Dictionary<INamedTypeSymbol, List<ModelCallDefinition>> callsByType,
        Dictionary<INamedTypeSymbol, List<ClientFactoryDefinition>> factoriesByType,
        Dictionary<string, INamedTypeSymbol> argumentTypes,
        INamedTypeSymbol? anthropicModelEnum)
    {
        _callsByType = callsByType;
        _factoriesByType = factoriesByType;
        _argumentTypes = argumentTypes;
        AnthropicModelEnum = anthropicModelEnum;
        var names = ImmutableHashSet.CreateBuilder<string>();
        foreach (var list in callsByType.Values)
        {
            foreach (var definition in list)
            {
                names.UnionWith(definition.Methods);
            }
        }

        _callMethodNames = names.ToImmutable();
    }

    public INamedTypeSymbol? AnthropicModelEnum { get; }

    /// <summary>Returns null when the compilation references none of the SDKs: then the analyzers register nothing.</summary>
    public static SdkSymbols? Create(Compilation compilation)
    {
        if (!ReferencesAnySdk(compilation))
        {
            return null;
        }

        var calls = new Dictionary<INamedTypeSymbol, List<ModelCallDefinition>>(SymbolEqualityComparer.Default);
        var argumentTypes = new Dictionary<string, INamedTypeSymbol>();
        foreach (var definition in SdkCatalog.ModelCalls)
        {
            foreach (var type in FindTypes(compilation, definition.ContainingType, definition.Assembly))
            {
                Add(calls, type, definition);
            }

            if (definition.ArgumentType != null && compilation.GetTypeByMetadataName(definition.ArgumentType) is { } argumentType)
            {
                argumentTypes[definition.ArgumentType] = argumentType;
            }
        }

        var factories = new Dictionary<INamedTypeSymbol, List<ClientFactoryDefinition>>(SymbolEqualityComparer.Default);
        foreach (var definition in SdkCatalog.ClientFactories)
        {
            foreach (var type in FindTypes(compilation, definition.ContainingType, definition.Assembly))
            {
                Add(factories, type, definition);
            }
        }

        if (calls.Count == 0)
        {
            return null;
        }

        var anthropicModel = FirstOrNull(FindTypes(compilation, SdkCatalog.AnthropicModelEnum, "Anthropic"));
        return new SdkSymbols(calls, factories, argumentTypes, anthropicModel);
    }

    /// <summary>The definition of the model call this method is, or null. Extension methods compare their unreduced form.</summary>
    public ModelCallDefinition? FindModelCall(IMethodSymbol method)
    {
        if (!_callMethodNames.Contains(method.Name))
        {
            return null;
        }

        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (original.ContainingType is not { } type || !_callsByType.TryGetValue(type.OriginalDefinition, out var definitions))
        {
            return null;
        }

        foreach (var definition in definitions)
        {
            if (definition.Methods.Contains(original.Name))
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>The options or request type of a call definition in this compilation, or null.</summary>
    public INamedTypeSymbol? ArgumentTypeOf(ModelCallDefinition definition) =>
        definition.ArgumentType != null && _argumentTypes.TryGetValue(definition.ArgumentType, out var type) ? type : null;

    /// <summary>The factory this method or constructor is (a client bound to a model), or null.</summary>
    public ClientFactoryDefinition? FindClientFactory(IMethodSymbol method)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (original.ContainingType is not { } type || !_factoriesByType.TryGetValue(type.OriginalDefinition, out var definitions))
        {
            return null;
        }

        bool isConstructor = original.MethodKind == MethodKind.Constructor;
        foreach (var definition in definitions)
        {
            if (isConstructor ? definition.Method == null : definition.Method == original.Name)
            {
                return definition;
            }
        }

        return null;
    }

    private static bool ReferencesAnySdk(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (SdkCatalog.AssemblyNames.Contains(assembly.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types by metadata name in the named assembly: copes with names defined twice (ChatClientExtensions).</summary>
    private static IEnumerable<INamedTypeSymbol> FindTypes(Compilation compilation, string metadataName, string assembly)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (type.ContainingAssembly?.Name == assembly)
            {
                yield return type;
            }
        }
    }

    private static INamedTypeSymbol? FirstOrNull(IEnumerable<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            return type;
        }

        return null;
    }

    private static void Add<T>(Dictionary<INamedTypeSymbol, List<T>> map, INamedTypeSymbol type, T definition)
    {
        if (!map.TryGetValue(type, out var list))
        {
            map[type] = list = new List<T>();
        }

        list.Add(definition);
    }
}
