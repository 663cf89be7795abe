using System;

namespace GreenAI.Impact.Models;

/// <summary>
/// Values that stand where a model id will go but are not one — <c>""</c>, <c>"N/A"</c>, <c>"&lt;your-model&gt;"</c>,
/// <c>"YOUR_MODEL"</c>, an id of hundreds of characters: no estimate, and nothing to declare either (no GAI011).
/// </summary>
internal static class Placeholders
{
    internal const int MaxModelIdLength = 200;

    public static bool IsPlaceholder(string? id)
    {
        if (id == null || string.IsNullOrWhiteSpace(id) || id.Length > MaxModelIdLength)
        {
            return true;
        }

        var text = id.Trim();
        if (text[0] is '<' or '{' or '[' or '$' || text.IndexOf("your", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true; // <your-model>, {model}, [MODEL], $MODEL, YOUR_MODEL_NAME
        }

        switch (text.ToLowerInvariant())
        {
            case "n/a" or "na" or "none" or "null" or "todo" or "tbd" or "unknown" or "model" or "default" or "changeme" or "placeholder":
                return true;
        }

        foreach (var c in text)
        {
            if (c is not ('x' or 'X' or '*' or '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true; // xxx, ***
    }
}
