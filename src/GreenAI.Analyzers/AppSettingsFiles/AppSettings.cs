using System;
using System.Collections.Concurrent;
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
    public static readonly AppSettings Empty = new(new Dictionary<string, ImmutableArray<string>>(), ImmutableArray<SettingPlace>.Empty);

    private readonly Dictionary<string, ImmutableArray<string>> _values;
    private readonly ConcurrentDictionary<string, bool> _readAsModel = new(StringComparer.OrdinalIgnoreCase);

    private AppSettings(Dictionary<string, ImmutableArray<string>> values, ImmutableArray<SettingPlace> places)
    {
        _values = values;
        Places = places;
    }

    public bool IsEmpty => _values.Count == 0;

    /// <summary>Every value of the files, where it is written: a model chosen there is reported there (<see cref="Rules.SettingsModelChoices"/>).</summary>
    public ImmutableArray<SettingPlace> Places { get; }

    public ImmutableArray<string> ValuesOf(string key) =>
        _values.TryGetValue(key, out var values) ? values : ImmutableArray<string>.Empty;

    /// <summary>The project's own code reads this key into a model slot: its model choice is reported at that code.</summary>
    public void MarkReadAsModel(string key) => _readAsModel.TryAdd(key, true);

    public bool IsReadAsModel(string key) => _readAsModel.ContainsKey(key);

    public static AppSettings Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        Dictionary<string, ImmutableArray<string>>? values = null;
        var places = ImmutableArray.CreateBuilder<SettingPlace>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Path);
            if (!name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var source = file.GetText(cancellationToken);
            var read = source == null ? null : JsonValueFlattener.FlattenWithSpans(source.ToString());
            if (read is not var (pairs, spans))
            {
                continue; // Unreadable: its keys stay unknown.
            }

            values ??= new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < pairs.Count; i++)
            {
                var pair = pairs[i];
                places.Add(new SettingPlace(file, source!, pair.Key, pair.Value, spans[i]));
                var existing = values.TryGetValue(pair.Key, out var list) ? list : ImmutableArray<string>.Empty;
                if (!existing.Contains(pair.Value))
                {
                    values[pair.Key] = existing.Add(pair.Value);
                }
            }
        }

        return values == null ? Empty : new AppSettings(values, places.ToImmutable());
    }
}
