using System.Collections.Immutable;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// Betalgo's OpenAI SDK ships under two package names with one API: Betalgo.Ranul.OpenAI (9.x, namespaces
/// <c>Betalgo.Ranul.OpenAI.*</c>) and, before its rename in 9.0, Betalgo.OpenAI (8.x, namespaces <c>OpenAI.*</c>, still
/// in many applications). The catalogue is written once, for 9.x; the 8.x spelling of each entry is derived here.
/// </summary>
internal static class BetalgoSpellings
{
    public const string Assembly = "Betalgo.Ranul.OpenAI";
    public const string LegacyAssembly = "Betalgo.OpenAI";
    private const string Namespace = "Betalgo.Ranul.OpenAI.";

    /// <summary>"Betalgo.Ranul.OpenAI.Interfaces.IChatCompletionService" → "OpenAI.Interfaces.IChatCompletionService".</summary>
    public static string LegacyName(string typeName) =>
        typeName == Namespace + "OpenAIOptions" ? "OpenAI.OpenAiOptions" // 8.x spelt its options class so
        : typeName.StartsWith(Namespace, System.StringComparison.Ordinal) ? "OpenAI." + typeName.Substring(Namespace.Length)
        : typeName;

    public static ImmutableArray<ModelCallDefinition> WithLegacy(ImmutableArray<ModelCallDefinition> calls)
    {
        var all = calls.ToBuilder();
        foreach (var call in calls)
        {
            if (call.Assembly == Assembly)
            {
                all.Add(call.Renamed(LegacyName(call.ContainingType), LegacyAssembly, call.ArgumentType == null ? null : LegacyName(call.ArgumentType)));
            }
        }

        return all.ToImmutable();
    }

    public static ImmutableArray<ModelSlotDefinition> WithLegacy(ImmutableArray<ModelSlotDefinition> slots)
    {
        var all = slots.ToBuilder();
        foreach (var slot in slots)
        {
            if (slot.Assembly == Assembly)
            {
                all.Add(slot.Renamed(LegacyName(slot.ContainingType), LegacyAssembly));
            }
        }

        return all.ToImmutable();
    }
}
