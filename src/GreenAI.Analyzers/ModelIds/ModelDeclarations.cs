using System;
using System.Collections.Generic;
using System.Globalization;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Impact;
using Microsoft.CodeAnalysis.Diagnostics;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// Models declared in .editorconfig for ids the catalogue lacks: green_ai.model.&lt;id&gt;.active_params = 70 and
/// optionally .total_params (default: the active count, a dense model). Honoured by every rule.
/// </summary>
internal sealed class ModelDeclarations
{
    public static readonly ModelDeclarations None = new(new Dictionary<string, ModelEntry>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Provider whose data-centre defaults apply to a declared model when the SDK does not fix one.</summary>
    public const string DeclaredModelProvider = Providers.HuggingFace;

    private readonly Dictionary<string, ModelEntry> _entries;

    private ModelDeclarations(Dictionary<string, ModelEntry> entries) => _entries = entries;

    public bool IsEmpty => _entries.Count == 0;

    public ModelMatch? Find(string? id)
    {
        if (id == null || _entries.Count == 0)
        {
            return null;
        }

        return _entries.TryGetValue(id.Trim(), out var entry) ? new ModelMatch(id.Trim(), entry, ModelMatchKind.Exact) : null;
    }

    public static ModelDeclarations Read(AnalyzerConfigOptions options, List<OptionProblem> problems)
    {
        Dictionary<string, ModelEntry>? entries = null;
        foreach (var key in KeysOf(options))
        {
            if (!key.StartsWith(OptionKeys.ModelDeclarationPrefix, StringComparison.OrdinalIgnoreCase)
                || !key.EndsWith(OptionKeys.ActiveParamsSuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = key.Substring(OptionKeys.ModelDeclarationPrefix.Length, key.Length - OptionKeys.ModelDeclarationPrefix.Length - OptionKeys.ActiveParamsSuffix.Length);
            if (id.Length == 0 || !TryReadBillions(options, key, problems, out var active))
            {
                continue;
            }

            var totalKey = OptionKeys.ModelDeclarationPrefix + id + OptionKeys.TotalParamsSuffix;
            var total = options.TryGetValue(totalKey, out _) && TryReadBillions(options, totalKey, problems, out var declaredTotal) && declaredTotal >= active
                ? declaredTotal
                : active;
            entries ??= new Dictionary<string, ModelEntry>(StringComparer.OrdinalIgnoreCase);
            entries[id] = new ModelEntry(DeclaredModelProvider, id, total > active ? "moe" : "dense", ValueRange.Point(total), ValueRange.Point(active), new[] { "declared-in-editorconfig" });
        }

        return entries == null ? None : new ModelDeclarations(entries);
    }

    /// <summary>All keys, or none on a host that cannot list them (AnalyzerConfigOptions.Keys is not implemented everywhere).</summary>
    private static IEnumerable<string> KeysOf(AnalyzerConfigOptions options)
    {
        try
        {
            return new List<string>(options.Keys);
        }
        catch (NotImplementedException)
        {
            return Array.Empty<string>();
        }
    }

    private static bool TryReadBillions(AnalyzerConfigOptions options, string key, List<OptionProblem> problems, out double value)
    {
        value = 0;
        if (!options.TryGetValue(key, out var text))
        {
            return false;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0 && value < 100_000)
        {
            return true;
        }

        problems.Add(new OptionProblem(key, text, "a positive number of billions of parameters, such as 70", "no declaration"));
        return false;
    }
}
