using System;
using System.Collections.Generic;

namespace GreenAI.Analyzers.EditorConfig;

/// <summary>Parses "a:b, c:d" lists (Azure deployments, model alternatives) into a case-insensitive map.</summary>
internal static class NameMap
{
    public static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when any entry is malformed; later entries win over earlier ones.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return map;
        }

        foreach (var item in text!.Split(','))
        {
            if (item.Trim().Length == 0)
            {
                continue;
            }

            // The model side may itself contain ':' (Ollama tags such as llama3.1:70b), so split at the first one.
            int colon = item.IndexOf(':');
            if (colon <= 0 || colon == item.Length - 1)
            {
                return null;
            }

            var key = item.Substring(0, colon).Trim();
            var value = item.Substring(colon + 1).Trim();
            if (key.Length == 0 || value.Length == 0)
            {
                return null;
            }

            map[key] = value;
        }

        return map;
    }
}
