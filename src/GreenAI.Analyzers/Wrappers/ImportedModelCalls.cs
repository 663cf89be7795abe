using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The model-calling methods of the referenced projects, as their assemblies carry them (<see cref="ExportedSummary"/>):
/// read once per compilation, on the first call of another assembly's method that a rule asks about.
/// </summary>
internal sealed class ImportedModelCalls
{
    /// <summary>The catalogue's model slots by the key an export line names them with.</summary>
    private static readonly Dictionary<string, ModelSlotDefinition> SlotsByKey = SlotsOf(SdkCatalog.ModelSlots.AddRange(ModelSlotDefinition.RawHttpBodies));

    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private readonly System.Func<bool> _mocksImplementations;
    private Index? _index;

    /// <param name="mocksImplementations">Whether a line that chose an implementation is to be ignored (a test project).</param>
    public ImportedModelCalls(Compilation compilation, System.Func<bool> mocksImplementations)
    {
        _compilation = compilation;
        _mocksImplementations = mocksImplementations;
    }

    /// <summary>Cheap after the first call: a method of another assembly whose name some referenced project exported.</summary>
    public bool MayHave(IMethodSymbol method) =>
        (method.ReducedFrom ?? method).MethodKind == MethodKind.Ordinary
        && !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
        && Read().Names.Contains(method.Name);

    /// <summary>The simple names of every method the referenced projects exported.</summary>
    public IReadOnlyCollection<string> Names => Read().Names;

    /// <summary>The summary of a call of another project's model-calling method, its SDK calls standing at <paramref name="site"/>.</summary>
    public ModelCallingSummary? Of(IMethodSymbol method, IInvocationOperation site)
    {
        if (LineOf(method) is not { } line)
        {
            return null;
        }

        var calls = ImmutableArray.CreateBuilder<ModelCall>();
        foreach (var exported in line.Calls)
        {
            if (CallOf(exported, site) is { } call)
            {
                calls.Add(call);
            }
        }

        return new ModelCallingSummary(line.Chain, calls.ToImmutable(), line.Note, line.ThroughDispatch);
    }

    /// <summary>
    /// What another project wrote of a method of its own that calls a port it could not follow (<see cref="PortCallLine"/>);
    /// none when this project mocks implementations.
    /// </summary>
    public IReadOnlyList<PortCallLine> PortCallsOf(IMethodSymbol method)
    {
        if (!MayHave(method) || _mocksImplementations()
            || !Read().PortCalls.TryGetValue((ModelCallExportGenerator.AssemblyOf(method), ModelCallExportGenerator.IdOf(method)), out var lines))
        {
            return System.Array.Empty<PortCallLine>();
        }

        return lines;
    }

    /// <summary>The model slot a parameter of another project's model-calling method reaches, or null.</summary>
    public ModelSlotDefinition? SlotOf(IMethodSymbol method, IParameterSymbol parameter)
    {
        if (LineOf(method) is not { } line)
        {
            return null;
        }

        foreach (var (ordinal, key) in line.Slots)
        {
            if (ordinal == parameter.Ordinal && SlotsByKey.TryGetValue(key, out var slot))
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>
    /// The line a rule reads for another project's method: the costliest of those exported under its id, none when the
    /// line chose an implementation and this project mocks them.
    /// </summary>
    private ExportedSummary? LineOf(IMethodSymbol method)
    {
        if (!MayHave(method)
            || !Read().ByMember.TryGetValue((ModelCallExportGenerator.AssemblyOf(method), ModelCallExportGenerator.IdOf(method)), out var lines))
        {
            return null;
        }

        var line = ExportedSummary.Costliest(lines);
        return line.ThroughDispatch && _mocksImplementations() ? null : line;
    }

    private static Dictionary<string, ModelSlotDefinition> SlotsOf(ImmutableArray<ModelSlotDefinition> slots)
    {
        var byKey = new Dictionary<string, ModelSlotDefinition>(System.StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            if (!byKey.ContainsKey(slot.Key))
            {
                byKey.Add(slot.Key, slot); // the first, as the linear search found it
            }
        }

        return byKey;
    }

    private static ModelCall? CallOf(ExportedCall exported, IInvocationOperation site)
    {
        if (DefinitionOf(exported) is not { } definition)
        {
            return null; // a catalogue entry this version lacks: the chain stays, without this call's estimate
        }

        var candidates = ImmutableArray.CreateBuilder<ModelIdCandidate>();
        foreach (var id in exported.ModelId.Split('+'))
        {
            if (id.Length > 0)
            {
                candidates.Add(new ModelIdCandidate(id, site));
            }
        }

        var model = candidates.Count == 0
            ? ModelIdValue.NotConstant
            : ModelIdValue.Constant(candidates.ToImmutable()).WithSlot(exported.Provider.Length == 0 ? null : exported.Provider, exported.IsDeploymentName);
        return new ModelCall(site, definition, model, exported.OutputCap);
    }

    private static ModelCallDefinition? DefinitionOf(ExportedCall exported)
    {
        var raw = SdkCatalog.RawHttpChat;
        if (raw.ContainingType == exported.DefinitionType && raw.Methods.Contains(exported.Method))
        {
            return raw;
        }

        foreach (var definition in SdkCatalog.ModelCalls)
        {
            if (definition.ContainingType == exported.DefinitionType && definition.Methods.Contains(exported.Method))
            {
                return definition;
            }
        }

        return null;
    }

    private Index Read()
    {
        var index = _index;
        if (index != null)
        {
            return index;
        }

        lock (_gate)
        {
            return _index ??= Index.Of(_compilation);
        }
    }

    /// <summary>
    /// Cheap: does a referenced project carry exported model-calling methods? Only unsigned assemblies are read (a
    /// project of the solution is; the framework's and most packages' are signed), and only their attributes.
    /// </summary>
    public static bool AnyIn(Compilation compilation) =>
        ProjectExports.OfUnsignedReferences(compilation, ExportedSummary.MetadataKey).Any();

    private sealed class Index
    {
        public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<(string Assembly, string Member), List<ExportedSummary>> ByMember { get; } = new();

        public Dictionary<(string Assembly, string Member), List<PortCallLine>> PortCalls { get; } = new();

        public static Index Of(Compilation compilation)
        {
            var index = new Index();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                foreach (var text in ProjectExports.Of(assembly, ExportedSummary.MetadataKey))
                {
                    if (ExportedSummary.Decode(text) is { } line)
                    {
                        index.Add(line);
                    }
                }

                foreach (var text in ProjectExports.Of(assembly, PortCallLine.MetadataKey))
                {
                    if (PortCallLine.Decode(text) is { } line)
                    {
                        index.Add(line);
                    }
                }
            }

            return index;
        }

        private void Add(PortCallLine line)
        {
            Names.Add(line.Name);
            var key = (line.Assembly, line.MemberId);
            if (!PortCalls.TryGetValue(key, out var lines))
            {
                PortCalls[key] = lines = new List<PortCallLine>();
            }

            lines.Add(line);
        }

        private void Add(ExportedSummary line)
        {
            Names.Add(line.Name);
            var key = (line.Assembly, line.MemberId);
            if (!ByMember.TryGetValue(key, out var lines))
            {
                ByMember[key] = lines = new List<ExportedSummary>();
            }

            lines.Add(line);
        }
    }
}
