using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.EditorConfig;

/// <summary>
/// A project-wide switch, on unless set to false: a green_ai.* key in a global config, or an MSBuild property made
/// visible to the compiler by the package targets. The global config wins over the property.
/// </summary>
internal sealed class GlobalSwitch
{
    /// <summary>
    /// green_ai.detect_raw_http / GreenAIDetectRawHttp: on, a project without an AI SDK is analysed when a file names
    /// an AI endpoint.
    /// </summary>
    public static readonly GlobalSwitch RawHttp = new(OptionKeys.DetectRawHttp, "build_property.GreenAIDetectRawHttp");

    /// <summary>
    /// green_ai.export_model_calls / GreenAIExportModelCalls: on, a project's public model-calling methods are written
    /// into its assembly for the projects that call them (ModelCallExportGenerator); unset, a library's are.
    /// </summary>
    public static readonly GlobalSwitch ExportModelCalls = new(OptionKeys.ExportModelCalls, "build_property.GreenAIExportModelCalls");

    /// <summary>Every switch, for GAI900.</summary>
    public static readonly GlobalSwitch[] All = { RawHttp, ExportModelCalls };

    private readonly string[] _keys;

    private GlobalSwitch(params string[] keys) => _keys = keys;

    /// <summary>Off only when the first key that is set says false (any case).</summary>
    public bool IsOn(AnalyzerConfigOptions global) => SetTo(global) ?? true;

    /// <summary>What the first key that is set says (anything but false is on), or null when none is set.</summary>
    public bool? SetTo(AnalyzerConfigOptions global)
    {
        foreach (var (_, value) in Values(global))
        {
            return !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    /// <summary>The keys set to neither true nor false (GAI900).</summary>
    public IEnumerable<(string Key, string Value)> Unreadable(AnalyzerConfigOptions global)
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
    private IEnumerable<(string Key, string Value)> Values(AnalyzerConfigOptions global)
    {
        foreach (var key in _keys)
        {
            if (global.TryGetValue(key, out var value) && value.Trim().Length > 0)
            {
                yield return (key, value.Trim());
            }
        }
    }
}
