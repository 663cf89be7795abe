using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Reporting;

/// <summary>
/// Diagnostic properties that diagnostics with the same content share — the estimate's properties plus what a fix
/// writes — and the places a fix edits, carried as the diagnostic's additional locations (a property gives the index).
/// Properties are built once per content and reused: building a fifteen-key immutable dictionary for every diagnostic,
/// or adding a position to a shared one, was about a sixth of the rules' time on the benchmark's AI-heavy corpus.
/// </summary>
internal sealed class PropertySet
{
    private static readonly string[] IndexTexts = { "0", "1", "2", "3" };

    private readonly ImmutableDictionary<string, string?> _base;
    private (string Key, string? Value)[] _content = new (string, string?)[6]; // the most a rule adds: no resize
    private int _contentCount;
    private List<Location>? _locations;
    private string? _site;

    private readonly Cache _shared;

    /// <param name="shared">The compilation's property sets (rules get them through <see cref="Hosting.AnalysisServices.NewProperties"/>).</param>
    public PropertySet(Cache shared, ImmutableDictionary<string, string?>? baseProperties = null)
    {
        _shared = shared;
        _base = baseProperties ?? ImmutableDictionary<string, string?>.Empty;
    }

    /// <summary>The property sets of one compilation, by base (by reference) and content (by value).</summary>
    internal sealed class Cache
    {
        public CompilationCache<(ImmutableDictionary<string, string?> Base, StringPairs Content), ImmutableDictionary<string, string?>> Sets { get; } = new();
    }

    /// <summary>A value that does not depend on where the diagnostic is (a later value for the same key wins).</summary>
    public void Add(string key, string? value)
    {
        if (_contentCount == _content.Length)
        {
            Array.Resize(ref _content, _contentCount * 2);
        }

        _content[_contentCount++] = (key, value);
    }

    /// <summary>
    /// The diagnostic's <see cref="SiteKey"/>: the one value that differs between diagnostics with the same content, so it
    /// is set on the shared set (a few new tree nodes) instead of making every set unique.
    /// </summary>
    public void SetSite(string site) => _site = site;

    /// <summary>A place the fix edits: an additional location of the diagnostic, whose index the key holds.</summary>
    public void AddLocation(string key, Location location)
    {
        _locations ??= new List<Location>(2);
        int index = _locations.Count;
        Add(key, index < IndexTexts.Length ? IndexTexts[index] : index.ToString(CultureInfo.InvariantCulture));
        _locations.Add(location);
    }

    /// <summary>The additional locations to report, or null.</summary>
    public IEnumerable<Location>? Locations => _locations;

    /// <summary>The location <see cref="AddLocation"/> stored under the key, or null when the diagnostic has none.</summary>
    public static Location? LocationOf(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var text) && text != null
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < diagnostic.AdditionalLocations.Count
        && diagnostic.AdditionalLocations[index] is { IsInSource: true } location
            ? location
            : null;

    public ImmutableDictionary<string, string?> ToImmutable()
    {
        var shared = Shared();
        return _site == null ? shared : shared.SetItem(SiteKey.Property, _site);
    }

    private ImmutableDictionary<string, string?> Shared()
    {
        if (_contentCount == 0)
        {
            return _base;
        }

        if (_shared.Sets.TryGetValue((_base, new StringPairs(_content, _contentCount)), out var known))
        {
            return known;
        }

        var builder = _base.ToBuilder();
        for (int i = 0; i < _contentCount; i++)
        {
            builder[_content[i].Key] = _content[i].Value;
        }

        // Stored with a copy of exactly the content: this set's array may be longer.
        var stored = new (string, string?)[_contentCount];
        Array.Copy(_content, stored, _contentCount);
        return _shared.Sets.GetOrAdd((_base, new StringPairs(stored, _contentCount)), builder.ToImmutable());
    }
}
