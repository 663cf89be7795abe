using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// The SDK catalogue bound to one compilation's symbols, built once in the compilation-start action. Look-ups are a
/// name check against a frozen set first, then a dictionary of types: cheap on every operation.
/// </summary>
internal sealed class SdkSymbols
{
    private readonly Dictionary<INamedTypeSymbol, List<ModelCallDefinition>> _callsByType;
    private readonly Dictionary<INamedTypeSymbol, List<ModelSlotDefinition>> _slotsByType;
    private readonly Dictionary<string, INamedTypeSymbol> _argumentTypes;
    // Read for every invocation of the compilation: plain hash sets, filled here and never changed after.
    private readonly HashSet<string> _callMethodNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slotMemberNames = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IAssemblySymbol> _sdkAssemblies;

    private SdkSymbols(Compilation compilation)
    {
        // Only the SDK assemblies are searched: a look-up across every reference would load all their type tables.
        _sdkAssemblies = new Dictionary<string, IAssemblySymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SdkCatalog.AssemblyNames.Contains(assembly.Name) || assembly.Name == ConfigurationAssembly)
            {
                _sdkAssemblies[assembly.Name] = assembly;
            }
        }

        _callsByType = new Dictionary<INamedTypeSymbol, List<ModelCallDefinition>>(SymbolEqualityComparer.Default);
        _slotsByType = new Dictionary<INamedTypeSymbol, List<ModelSlotDefinition>>(SymbolEqualityComparer.Default);
        _argumentTypes = new Dictionary<string, INamedTypeSymbol>();
        foreach (var definition in SdkCatalog.ModelCalls)
        {
            if (FindType(definition.ContainingType, definition.Assembly) is { } type)
            {
                Add(_callsByType, type, definition);
                _callMethodNames.UnionWith(definition.Methods);
            }

            if (definition.ArgumentType != null && !_argumentTypes.ContainsKey(definition.ArgumentType) && FindTypeInAnySdk(definition.ArgumentType) is { } argumentType)
            {
                _argumentTypes[definition.ArgumentType] = argumentType;
            }
        }

        foreach (var slot in SdkCatalog.ModelSlots)
        {
            if (FindType(slot.ContainingType, slot.Assembly) is { } type)
            {
                Add(_slotsByType, type, slot);
                _slotMemberNames.Add(slot.Method ?? slot.Property!);
            }
        }

        _anthropicModelEnums = FindAll(SdkCatalog.AnthropicModelEnums);
        _betalgoModels = FindType(ModelIds.BetalgoModelNames.ModelsType, BetalgoSpellings.Assembly);
        _legacyBetalgoModels = FindType(BetalgoSpellings.LegacyName(ModelIds.BetalgoModelNames.ModelsType), BetalgoSpellings.LegacyAssembly);
        _communityOpenAIModel = FindType(ModelIds.CommunityOpenAIModelNames.ModelType, "OpenAI_API");
        Configuration = FindType("Microsoft.Extensions.Configuration.IConfiguration", ConfigurationAssembly);
        ChatClientBuilder = Find(SdkCatalog.ChatClientPipeline.Builder);
        _effortOptionTypes = FindAll(SdkCatalog.Reasoning.EffortOptionTypes);
        _effortLevelTypes = FindAll(SdkCatalog.Reasoning.EffortLevelTypes);
        _thinkingConfigTypes = FindAll(SdkCatalog.Reasoning.ThinkingConfigTypes);
        foreach (var runner in SdkCatalog.AgentRunners.All)
        {
            if (Find(runner.Type) is { } type && FindDefinition(runner.RepeatedCallType) is { } repeated)
            {
                Add(_agentRunners, type, (runner, repeated));
                _agentRunnerNames.Add(runner.Method);
            }
        }
    }

    private readonly Dictionary<INamedTypeSymbol, List<(AgentRunner Runner, ModelCallDefinition Repeated)>> _agentRunners = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _agentRunnerNames = new(StringComparer.Ordinal);

    /// <summary>
    /// An SDK agent runner called without its iteration cap (<c>client.Beta.Messages.ToolRunner(request, tools)</c>), with
    /// the model call it repeats; null otherwise.
    /// </summary>
    public (AgentRunner Runner, ModelCallDefinition Repeated)? UncappedAgentRunner(IInvocationOperation invocation)
    {
        if (_agentRunners.Count == 0 || !_agentRunnerNames.Contains(invocation.TargetMethod.Name))
        {
            return null; // hot path: every invocation of the compilation asks
        }

        var method = (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).OriginalDefinition;
        if (method.ContainingType is not { } type || !_agentRunners.TryGetValue(type.OriginalDefinition, out var runners))
        {
            return null;
        }

        foreach (var (runner, repeated) in runners)
        {
            if (runner.Method == method.Name && !SetsCap(invocation, runner.CapParameter))
            {
                return (runner, repeated);
            }
        }

        return null;
    }

    private static bool SetsCap(IInvocationOperation invocation, string capParameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == capParameter)
            {
                return argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.ConstantValue is not { HasValue: true, Value: null };
            }
        }

        return true; // an overload without the parameter: not ours to judge
    }

    private ModelCallDefinition? FindDefinition(string containingType)
    {
        foreach (var definition in SdkCatalog.ModelCalls)
        {
            if (definition.ContainingType == containingType && FindType(definition.ContainingType, definition.Assembly) != null)
            {
                return definition;
            }
        }

        return null;
    }

    private readonly HashSet<INamedTypeSymbol> _effortOptionTypes;
    private readonly HashSet<INamedTypeSymbol> _effortLevelTypes;
    private readonly HashSet<INamedTypeSymbol> _thinkingConfigTypes;

    /// <summary>Microsoft.Extensions.AI's ChatClientBuilder, when referenced.</summary>
    public INamedTypeSymbol? ChatClientBuilder { get; }

    /// <summary>A type whose ReasoningEffortLevel sets a reasoning effort (OpenAI chat and Responses options).</summary>
    public bool IsReasoningEffortOptions(ITypeSymbol? type) => type is INamedTypeSymbol named && _effortOptionTypes.Contains(named.OriginalDefinition);

    /// <summary>A reasoning-effort level type, whose static members are the levels.</summary>
    public bool IsReasoningEffortLevel(ITypeSymbol? type) => type is INamedTypeSymbol named && _effortLevelTypes.Contains(named.OriginalDefinition);

    /// <summary>Anthropic's extended thinking switched on with a budget.</summary>
    public bool IsThinkingConfig(ITypeSymbol? type) => type is INamedTypeSymbol named && _thinkingConfigTypes.Contains(named.OriginalDefinition);

    private const string ConfigurationAssembly = "Microsoft.Extensions.Configuration.Abstractions";

    private readonly HashSet<INamedTypeSymbol> _anthropicModelEnums;

    /// <summary>An Anthropic enum of model names (<c>Model</c>, <c>BetaManagedAgentsModel</c>).</summary>
    public bool IsAnthropicModelEnum(INamedTypeSymbol type) => _anthropicModelEnums.Contains(type.OriginalDefinition);

    /// <summary>Betalgo's <c>Models</c> class (static model-name properties, nested enum <c>Model</c>), under either package name.</summary>
    public bool IsBetalgoModels(INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, _betalgoModels) || SymbolEqualityComparer.Default.Equals(type, _legacyBetalgoModels);

    /// <summary>The community OpenAI package's <c>Model</c> class (static model properties, a constructor taking the id).</summary>
    public bool IsCommunityOpenAIModel(ITypeSymbol? type) =>
        _communityOpenAIModel != null && SymbolEqualityComparer.Default.Equals(type, _communityOpenAIModel);

    private readonly INamedTypeSymbol? _communityOpenAIModel;

    private readonly INamedTypeSymbol? _betalgoModels;
    private readonly INamedTypeSymbol? _legacyBetalgoModels;

    /// <summary>Microsoft.Extensions.Configuration.IConfiguration, to read model ids from appsettings*.json.</summary>
    public INamedTypeSymbol? Configuration { get; }

    /// <summary>Returns null when the compilation references none of the SDKs: then the analyzers register nothing.</summary>
    /// <param name="evenWithoutSdk">green_ai.detect_raw_http: build the (empty) catalogue anyway, so that raw-HTTP
    /// rules run in a project that calls AI services without an SDK.</param>
    public static SdkSymbols? Create(Compilation compilation, bool evenWithoutSdk = false)
    {
        if (!evenWithoutSdk && !ReferencesAnySdk(compilation))
        {
            return null;
        }

        var symbols = new SdkSymbols(compilation);
        return symbols._callsByType.Count == 0 && symbols._slotsByType.Count == 0 && !evenWithoutSdk ? null : symbols;
    }

    /// <summary>The definition of the model call this method is, or null. Extension methods compare their unreduced form.</summary>
    public ModelCallDefinition? FindModelCall(IMethodSymbol method)
    {
        if (!_callMethodNames.Contains(method.Name))
        {
            return null;
        }

        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (original.ContainingType is not { } type)
        {
            return null;
        }

        if (_callsByType.TryGetValue(type.OriginalDefinition, out var definitions))
        {
            foreach (var definition in definitions)
            {
                if (definition.Methods.Contains(original.Name))
                {
                    return definition;
                }
            }
        }

        // A call on a class that implements a catalogued interface: `AzureOpenAITextToImageService.GetImageContentsAsync`
        // is `ITextToImageService.GetImageContentsAsync`. (Only for names the catalogue has: the name check came first.)
        if (type.TypeKind == TypeKind.Class && !original.IsStatic)
        {
            foreach (var implemented in original.ExplicitInterfaceImplementations.IsEmpty ? ImplicitImplementations(original) : original.ExplicitInterfaceImplementations)
            {
                if (_callsByType.TryGetValue(implemented.ContainingType.OriginalDefinition, out var byInterface))
                {
                    foreach (var definition in byInterface)
                    {
                        if (definition.Methods.Contains(implemented.Name))
                        {
                            return definition;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The interface methods a class method implements implicitly (catalogued interfaces only).</summary>
    private IEnumerable<IMethodSymbol> ImplicitImplementations(IMethodSymbol method)
    {
        foreach (var @interface in method.ContainingType.AllInterfaces)
        {
            if (!_callsByType.ContainsKey(@interface.OriginalDefinition))
            {
                continue;
            }

            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, method))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>The model slot a parameter of this method or constructor is, or null.</summary>
    public ModelSlotDefinition? FindParameterSlot(IMethodSymbol method, IParameterSymbol parameter)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        var name = original.MethodKind == MethodKind.Constructor ? ".ctor" : original.Name;
        if (!_slotMemberNames.Contains(name) || original.ContainingType is not { } type || !_slotsByType.TryGetValue(type.OriginalDefinition, out var slots))
        {
            return null;
        }

        foreach (var slot in slots)
        {
            if (slot.Method == name && slot.Parameter == parameter.Name)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>Cheap pre-check: may this method or constructor have a model parameter? (name, then type)</summary>
    public bool HasParameterSlots(IMethodSymbol method)
    {
        var name = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
        return _slotMemberNames.Contains(name)
            && (method.ReducedFrom ?? method).OriginalDefinition.ContainingType is { } type
            && _slotsByType.ContainsKey(type.OriginalDefinition);
    }

    /// <summary>The model slot a property is, or null.</summary>
    public ModelSlotDefinition? FindPropertySlot(IPropertySymbol property)
    {
        if (!_slotMemberNames.Contains(property.Name) || property.ContainingType is not { } type || !_slotsByType.TryGetValue(type.OriginalDefinition, out var slots))
        {
            return null;
        }

        foreach (var slot in slots)
        {
            if (slot.Property == property.Name)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>The slot of a method or constructor that returns a client bound to a model, or null.</summary>
    public ModelSlotDefinition? FindClientFactory(IMethodSymbol method)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        var name = original.MethodKind == MethodKind.Constructor ? ".ctor" : original.Name;
        if (!_slotMemberNames.Contains(name) || original.ContainingType is not { } type || !_slotsByType.TryGetValue(type.OriginalDefinition, out var slots))
        {
            return null;
        }

        foreach (var slot in slots)
        {
            if (slot.CreatesClient && slot.Method == name)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>The options or request type of a call definition in this compilation, or null.</summary>
    public INamedTypeSymbol? ArgumentTypeOf(ModelCallDefinition definition) =>
        definition.ArgumentType != null && _argumentTypes.TryGetValue(definition.ArgumentType, out var type) ? type : null;

    public static bool ReferencesAnySdk(Compilation compilation)
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

    /// <summary>A type by metadata name in the named assembly: copes with names defined twice (ChatClientExtensions).</summary>
    private INamedTypeSymbol? FindType(string metadataName, string assembly) =>
        _sdkAssemblies.TryGetValue(assembly, out var symbol) ? symbol.GetTypeByMetadataName(metadataName) : null;

    private INamedTypeSymbol? Find(SdkType type) => FindType(type.MetadataName, type.Assembly);

    private HashSet<INamedTypeSymbol> FindAll(SdkType[] types)
    {
        var found = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in types)
        {
            if (Find(type) is { } symbol)
            {
                found.Add(symbol);
            }
        }

        return found;
    }

    private INamedTypeSymbol? FindTypeInAnySdk(string metadataName)
    {
        foreach (var assembly in _sdkAssemblies.Values)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
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
