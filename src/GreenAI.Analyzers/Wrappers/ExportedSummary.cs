using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// A model-calling method as the projects that reference its project see it. The compiler analyses one project at a
/// time and a referenced project is only metadata, so <see cref="ModelCallExportGenerator"/> writes each public
/// model-calling method into its assembly as <c>[assembly: AssemblyMetadata("GreenAI.ModelCall", line)]</c>, and
/// <see cref="ImportedModelCalls"/> reads the lines back. One line per method, or per interface or base method it
/// implements: <c>1|assembly|doc-id|name|note|dispatch|chain|calls|slots</c>, dispatch "d" when an interface or virtual
/// call on the way chose the implementation, calls as <c>type,method,model,provider,deployment,cap;…</c>, slots as
/// <c>ordinal=slot key;…</c> (the parameters whose value reaches a model slot: a model id passed there is a model choice).
/// </summary>
internal sealed class ExportedSummary
{
    /// <summary>The AssemblyMetadata key of every line.</summary>
    public const string MetadataKey = "GreenAI.ModelCall";

    private const string Version = "1";
    private const char FieldSeparator = '|';
    private const char CallSeparator = ';';
    private const char PartSeparator = ',';
    private const string ChainSeparator = " → ";

    public ExportedSummary(string assembly, string memberId, string name, string note, bool throughDispatch, ImmutableArray<string> chain, ImmutableArray<ExportedCall> calls, ImmutableArray<(int Ordinal, string Slot)> slots = default)
    {
        Slots = slots.IsDefault ? ImmutableArray<(int, string)>.Empty : slots;
        ThroughDispatch = throughDispatch;
        Assembly = assembly;
        MemberId = memberId;
        Name = name;
        Note = note;
        Chain = chain;
        Calls = calls;
    }

    /// <summary>The assembly that declares the member a caller names (an interface's, for an implementation).</summary>
    public string Assembly { get; }

    /// <summary>The member's documentation id ("M:Shop.Summarizer.SummarizeAsync(System.String)").</summary>
    public string MemberId { get; }

    /// <summary>The member's simple name ("SummarizeAsync"): the cheap check before any lookup.</summary>
    public string Name { get; }

    public string Note { get; }

    /// <summary>See <see cref="ModelCallingSummary.ThroughDispatch"/>.</summary>
    public bool ThroughDispatch { get; }

    public ImmutableArray<string> Chain { get; }

    public ImmutableArray<ExportedCall> Calls { get; }

    /// <summary>The parameters (by ordinal) whose value reaches a model slot, and that slot's <see cref="Sdk.ModelSlotDefinition.Key"/>.</summary>
    public ImmutableArray<(int Ordinal, string Slot)> Slots { get; }

    public string Encode()
    {
        var text = new StringBuilder(Version).Append(FieldSeparator)
            .Append(Clean(Assembly)).Append(FieldSeparator)
            .Append(Clean(MemberId)).Append(FieldSeparator)
            .Append(Clean(Name)).Append(FieldSeparator)
            .Append(Clean(Note)).Append(FieldSeparator)
            .Append(ThroughDispatch ? "d" : string.Empty).Append(FieldSeparator);
        for (var i = 0; i < Chain.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ChainSeparator).Append(Clean(Chain[i]));
        }

        text.Append(FieldSeparator);
        for (var i = 0; i < Calls.Length; i++)
        {
            var call = Calls[i];
            text.Append(i == 0 ? string.Empty : CallSeparator.ToString())
                .Append(Clean(call.DefinitionType, inCall: true)).Append(PartSeparator)
                .Append(Clean(call.Method, inCall: true)).Append(PartSeparator)
                .Append(Clean(call.ModelId, inCall: true)).Append(PartSeparator)
                .Append(Clean(call.Provider, inCall: true)).Append(PartSeparator)
                .Append(call.IsDeploymentName ? "d" : string.Empty).Append(PartSeparator)
                .Append(call.OutputCap?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }

        text.Append(FieldSeparator);
        for (var i = 0; i < Slots.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : CallSeparator.ToString())
                .Append(Slots[i].Ordinal.ToString(CultureInfo.InvariantCulture)).Append('=').Append(Clean(Slots[i].Slot, inCall: true));
        }

        return text.ToString();
    }

    /// <summary>The line written by this version, or null: another version's line, or text that is no such line.</summary>
    public static ExportedSummary? Decode(string? line)
    {
        if (line == null || line.Length > 8192)
        {
            return null;
        }

        var fields = line.Split(FieldSeparator);
        if (fields.Length != 9 || fields[0] != Version || fields[1].Length == 0 || fields[2].Length == 0 || fields[3].Length == 0)
        {
            return null;
        }

        var chain = fields[6].Length == 0 ? ImmutableArray<string>.Empty : ImmutableArray.Create(fields[6].Split(new[] { ChainSeparator }, System.StringSplitOptions.None));
        var calls = ImmutableArray.CreateBuilder<ExportedCall>();
        foreach (var text in fields[7].Length == 0 ? System.Array.Empty<string>() : fields[7].Split(CallSeparator))
        {
            var parts = text.Split(PartSeparator);
            if (parts.Length != 6)
            {
                return null;
            }

            int? cap = int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
            calls.Add(new ExportedCall(parts[0], parts[1], parts[2], parts[3], parts[4] == "d", cap));
        }

        var slots = ImmutableArray.CreateBuilder<(int, string)>();
        foreach (var text in fields[8].Length == 0 ? System.Array.Empty<string>() : fields[8].Split(CallSeparator))
        {
            var equals = text.IndexOf('=');
            if (equals <= 0 || !int.TryParse(text.Substring(0, equals), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
            {
                return null;
            }

            slots.Add((ordinal, text.Substring(equals + 1)));
        }

        return new ExportedSummary(fields[1], fields[2], fields[3], fields[4], fields[5] == "d", chain, calls.ToImmutable(), slots.ToImmutable());
    }

    /// <summary>
    /// A separator in a field must not shift the fields: ids and names keep their commas (documentation ids have them),
    /// the parts of a call have none.
    /// </summary>
    private static string Clean(string text, bool inCall = false)
    {
        foreach (var c in text)
        {
            if (IsSeparator(c, inCall))
            {
                var clean = new StringBuilder(text.Length);
                foreach (var d in text)
                {
                    clean.Append(IsSeparator(d, inCall) ? '_' : d);
                }

                return clean.ToString();
            }
        }

        return text;
    }

    private static bool IsSeparator(char c, bool inCall) =>
        c is FieldSeparator or '\r' or '\n' || (inCall && c is CallSeparator or PartSeparator);

    /// <summary>Lines for the same member from several implementations: the costliest, "one of N" when there are several.</summary>
    public static ExportedSummary Costliest(List<ExportedSummary> lines)
    {
        var costliest = lines[0];
        foreach (var line in lines)
        {
            if (line.Calls.Length > costliest.Calls.Length)
            {
                costliest = line;
            }
        }

        return lines.Count == 1
            ? costliest
            : new ExportedSummary(costliest.Assembly, costliest.MemberId, costliest.Name, " (one of " + lines.Count.ToString(CultureInfo.InvariantCulture) + " implementations)", throughDispatch: true, costliest.Chain, costliest.Calls, costliest.Slots);
    }
}

/// <summary>One SDK model call of an exported summary: the catalogue entry it is, and what the code fixed of it.</summary>
internal sealed class ExportedCall
{
    public ExportedCall(string definitionType, string method, string modelId, string provider, bool isDeploymentName, int? outputCap)
    {
        DefinitionType = definitionType;
        Method = method;
        ModelId = modelId;
        Provider = provider;
        IsDeploymentName = isDeploymentName;
        OutputCap = outputCap;
    }

    /// <summary>The catalogue entry's containing type ("OpenAI.Chat.ChatClient").</summary>
    public string DefinitionType { get; }

    public string Method { get; }

    /// <summary>The constant model ids ("gpt-4o", "gpt-4o+gpt-4o-mini" when the code chooses), or empty when the code fixes none.</summary>
    public string ModelId { get; }

    /// <summary>The EcoLogits provider the call came with, or empty.</summary>
    public string Provider { get; }

    public bool IsDeploymentName { get; }

    public int? OutputCap { get; }
}
