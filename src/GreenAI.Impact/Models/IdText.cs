using System;

namespace GreenAI.Impact.Models;

/// <summary>
/// The shapes a model id is read by — provider prefixes, dates, versions — as single left-to-right scans. No regular
/// expression: ids come from user code and from responses at run time, and a regex timeout is an exception that an
/// analyzer (AD0001) or a chat call must never see; these functions are linear in the id and cannot time out.
/// Digits are ASCII.
/// </summary>
internal static class IdText
{
    // Gateways and SDKs put these before the model: "openai/gpt-4o", "models/gemini-2.5-pro", Bedrock "us.anthropic.claude-…".
    private static readonly string[] Regions = { "us.", "eu.", "apac.", "global." };
    private static readonly string[] ProviderPrefixes =
        { "openai/", "anthropic/", "anthropic.", "google/", "models/", "mistralai/", "mistral.", "cohere.", "azure/" };

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>"us.anthropic.claude-…" → "claude-…"; an id without a known provider prefix is returned as is.</summary>
    public static string StripProviderPrefix(string id)
    {
        var start = 0;
        foreach (var region in Regions)
        {
            if (id.StartsWith(region, StringComparison.Ordinal))
            {
                start = region.Length;
                break;
            }
        }

        foreach (var prefix in ProviderPrefixes)
        {
            if (string.CompareOrdinal(id, start, prefix, 0, prefix.Length) == 0)
            {
                return id.Substring(start + prefix.Length);
            }
        }

        return id;
    }

    /// <summary>Bedrock's "-v1:0" or "-v2" at the end, removed.</summary>
    public static string StripBedrockVersion(string id)
    {
        var digits = DigitRunStart(id, id.Length);
        if (digits == id.Length)
        {
            return id;
        }

        if (digits > 0 && id[digits - 1] == ':')
        {
            var major = DigitRunStart(id, digits - 1);
            if (major == digits - 1)
            {
                return id;
            }

            digits = major;
        }

        return digits >= 2 && id[digits - 1] == 'v' && id[digits - 2] == '-' ? id.Substring(0, digits - 2) : id;
    }

    /// <summary>
    /// A date at the end, removed: -2024-08-06, -20250929, -0613, -2407 (Mistral's yymm), -09-2025 (Google's mm-yyyy).
    /// The longest shape that fits wins.
    /// </summary>
    public static string StripDateSuffix(string id)
    {
        foreach (var shape in DateShapes)
        {
            var start = id.Length - shape.Length;
            if (start >= 0 && FitsShape(id, start, shape))
            {
                return id.Substring(0, start);
            }
        }

        return id;
    }

    /// <summary>What follows a model name in a dated catalogue entry: 2024-08-06 or 20250929.</summary>
    public static bool IsDate(string text) =>
        (text.Length == 10 && FitsShape(text, 0, "dddd-dd-dd")) || (text.Length == 8 && FitsShape(text, 0, "dddddddd"));

    /// <summary>Every ".minor" after a digit and before '-' or the end, removed: gpt-5.2 → gpt-5, gpt-5.1-mini → gpt-5-mini.</summary>
    public static string StripMinorVersions(string id)
    {
        var kept = new System.Text.StringBuilder(id.Length);
        var i = 0;
        while (i < id.Length)
        {
            if (id[i] == '.' && i > 0 && IsDigit(id[i - 1]))
            {
                var end = i + 1;
                while (end < id.Length && IsDigit(id[end]))
                {
                    end++;
                }

                if (end > i + 1 && (end == id.Length || id[end] == '-'))
                {
                    i = end;
                    continue;
                }
            }

            kept.Append(id[i]);
            i++;
        }

        return kept.Length == id.Length ? id : kept.ToString();
    }

    /// <summary>
    /// The id with its last minor version taken out, to try the older minors of the same model:
    /// gpt-5.5-pro → ("gpt-5.", 5, "-pro"); claude-opus-4-7 → ("claude-opus-4-", 7, ""). Null without a minor version.
    /// </summary>
    public static (string Before, int Minor, string After)? LastMinorVersion(string id)
    {
        for (var dot = id.LastIndexOf('.'); dot > 0; dot = dot > 1 ? id.LastIndexOf('.', dot - 1) : -1)
        {
            var end = dot + 1;
            while (end < id.Length && IsDigit(id[end]))
            {
                end++;
            }

            if (IsDigit(id[dot - 1]) && end > dot + 1 && end - dot <= 3 && (end == id.Length || id[end] == '-'))
            {
                return (id.Substring(0, dot + 1), int.Parse(id.Substring(dot + 1, end - dot - 1), System.Globalization.CultureInfo.InvariantCulture), id.Substring(end));
            }
        }

        return ClaudeMajor(id) is { } major ? (major + "-", id[id.Length - 1] - '0', string.Empty) : null;
    }

    /// <summary>claude-sonnet-4-6 → claude-sonnet-4 (a one-digit minor after the major); null for any other shape.</summary>
    public static string? ClaudeMajor(string id)
    {
        const string Claude = "claude-";
        var length = id.Length;
        if (length < Claude.Length + 5 || !id.StartsWith(Claude, StringComparison.Ordinal) || !IsDigit(id[length - 1]) || id[length - 2] != '-')
        {
            return null;
        }

        var majorEnd = length - 2;
        var majorStart = DigitRunStart(id, majorEnd);
        if (majorStart == majorEnd || id[majorStart - 1] != '-')
        {
            return null;
        }

        var nameStart = Claude.Length;
        var nameEnd = majorStart - 1;
        if (nameEnd <= nameStart)
        {
            return null;
        }

        for (var i = nameStart; i < nameEnd; i++)
        {
            if (id[i] is < 'a' or > 'z')
            {
                return null;
            }
        }

        return id.Substring(0, majorEnd);
    }

    /// <summary>
    /// A size such as "70", "1.5" (1–4 digits, an optional decimal part) at <paramref name="start"/>, followed by 'b':
    /// the index after the 'b', or -1. <paramref name="number"/> is the size's text.
    /// </summary>
    public static int ReadBillions(string text, int start, out string number)
    {
        number = string.Empty;
        var i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i == start || i - start > 4)
        {
            return -1;
        }

        if (i < text.Length && text[i] == '.')
        {
            var fraction = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == fraction)
            {
                return -1;
            }
        }

        if (i >= text.Length || text[i] != 'b')
        {
            return -1;
        }

        number = text.Substring(start, i - start);
        return i + 1;
    }

    // 'd' is a digit, any other character itself; longest first.
    private static readonly string[] DateShapes = { "-dddd-dd-dd", "-dddddddd", "-dd-dddd", "-dddd" };

    private static bool FitsShape(string text, int start, string shape)
    {
        for (var i = 0; i < shape.Length; i++)
        {
            var c = text[start + i];
            if (shape[i] == 'd' ? !IsDigit(c) : c != shape[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of the run of digits that ends at <paramref name="end"/> (== end when there is none).</summary>
    private static int DigitRunStart(string text, int end)
    {
        var start = end;
        while (start > 0 && IsDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}
