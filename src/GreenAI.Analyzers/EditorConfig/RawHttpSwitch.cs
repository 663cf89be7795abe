using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.EditorConfig;

/// <summary>
/// The global switch of the raw-HTTP detections in projects without an AI SDK, on unless set to false:
/// green_ai.detect_raw_http in a global config, or the MSBuild property GreenAIDetectRawHttp (made visible to the
/// compiler by the package targets). On, a project without an SDK is analysed only when a file names an AI endpoint.
/// </summary>
internal static class RawHttpSwitch
{
    private static readonly string[] Keys = { OptionKeys.DetectRawHttp, "build_property.GreenAIDetectRawHttp" };

    /// <summary>Off only when the first key that is set says false (any case): the global config wins over the MSBuild property.</summary>
    public static bool IsOn(AnalyzerConfigOptions global)
    {
        foreach (var (_, value) in Values(global))
        {
            return !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    /// <summary>The keys set to neither true nor false (GAI900).</summary>
    public static IEnumerable<(string Key, string Value)> Unreadable(AnalyzerConfigOptions global)
    {
        foreach (var (key, value) in Values(global))
        {
            if (!string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                yield return (key, value);
            }
        }
    }

    /// <summary>The non-empty values of the keys, trimmed (an unset MSBuild property arrives as an empty string).</summary>
    private static IEnumerable<(string Key, string Value)> Values(AnalyzerConfigOptions global)
    {
        foreach (var key in Keys)
        {
            if (global.TryGetValue(key, out var value) && value.Trim().Length > 0)
            {
                yield return (key, value.Trim());
            }
        }
    }
}
