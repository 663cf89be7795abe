using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.AppSettingsFiles;

/// <summary>
/// The values of the appsettings*.json files passed to the compiler as AdditionalFiles
/// (&lt;AdditionalFiles Include="appsettings.json" /&gt;), by configuration key. Without such files every key is unknown.
/// A key set to different values in different files (appsettings.Development.json) has all of them.
/// </summary>
internal sealed class AppSettings
{
    public static readonly AppSettings Empty = new(new Dictionary<string, ImmutableArray<string>>());

    private readonly Dictionary<string, ImmutableArray<string>> _values;

    private AppSettings(Dictionary<string, ImmutableArray<string>> values) => _values = values;

    public bool IsEmpty => _values.Count == 0;

    public ImmutableArray<string> ValuesOf(string key) =>
        _values.TryGetValue(key, out var values) ? values : ImmutableArray<string>.Empty;

    public static AppSettings Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        Dictionary<string, ImmutableArray<string>>? values = null;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Path);
            if (!name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken)?.ToString();
            var pairs = text == null ? null : JsonValueFlattener.Flatten(text);
            if (pairs == null)
            {
                continue; // Unreadable: its keys stay unknown.
            }

            values ??= new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in pairs)
            {
                var existing = values.TryGetValue(pair.Key, out var list) ? list : ImmutableArray<string>.Empty;
                if (!existing.Contains(pair.Value))
                {
                    values[pair.Key] = existing.Add(pair.Value);
                }
            }
        }

        return values == null ? Empty : new AppSettings(values);
    }
}
