using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace GreenAI.Analyzers.Caching;

/// <summary>
/// A cache that lives as long as one compilation's analysis: held by <see cref="Hosting.AnalysisServices"/> (or by a
/// table keyed weakly on the compilation), so it is gone with the compilation however many keys the code typed.
/// Every cache keyed on what users write lives here; process-wide ones are <see cref="GreenAI.Impact.Caching.BoundedCache{TKey, TValue}"/>.
/// </summary>
internal sealed class CompilationCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values;

    public CompilationCache(IEqualityComparer<TKey>? comparer = null) =>
        _values = new ConcurrentDictionary<TKey, TValue>(comparer ?? EqualityComparer<TKey>.Default);

    public int Count => _values.Count;

    /// <summary>
    /// The cached value, or <paramref name="create"/>'s for the first caller. Hot path: the hit is a plain read, and a
    /// static <paramref name="create"/> with its <paramref name="argument"/> allocates no closure.
    /// </summary>
    public TValue GetOrAdd<TArgument>(TKey key, TArgument argument, Func<TKey, TArgument, TValue> create) =>
        _values.TryGetValue(key, out var known) ? known : _values.GetOrAdd(key, create(key, argument));

    /// <summary>For a caller that looks up with a key it must copy before storing it (<see cref="Reporting.PropertySet"/>).</summary>
    public bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>Stores the value unless another thread stored one first; returns the stored one.</summary>
    public TValue GetOrAdd(TKey key, TValue value) => _values.GetOrAdd(key, value);
}
