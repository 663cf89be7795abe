using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace GreenAI.Impact.Caching;

/// <summary>
/// A cache that lives as long as the process (an IDE keeps analyzers loaded for days), so it holds at most
/// <see cref="Capacity"/> entries: once full, values are computed and not stored. For results that depend only on
/// the key and that many compilations share (a model id's catalogue match, a call's display name).
/// </summary>
internal sealed class BoundedCache<TKey, TValue> : IBoundedCache
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values;

    public BoundedCache(string name, int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        Name = name;
        Capacity = capacity;
        _values = new ConcurrentDictionary<TKey, TValue>(comparer ?? EqualityComparer<TKey>.Default);
        BoundedCaches.Register(this);
    }

    public string Name { get; }

    public int Capacity { get; }

    /// <summary>May pass <see cref="Capacity"/> by the few entries added at the same moment by other threads.</summary>
    public int Count => _values.Count;

    /// <summary>The cached value, or <paramref name="create"/>'s (stored while there is room).</summary>
    public TValue GetOrAdd<TArgument>(TKey key, TArgument argument, Func<TKey, TArgument, TValue> create)
    {
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = create(key, argument);
        return _values.Count < Capacity ? _values.GetOrAdd(key, value) : value;
    }
}

/// <summary>What a test reads of every process-wide cache.</summary>
internal interface IBoundedCache
{
    string Name { get; }

    int Capacity { get; }

    int Count { get; }
}

/// <summary>Every process-wide cache of the package, for tests that check none outgrows its bound.</summary>
internal static class BoundedCaches
{
    private static readonly ConcurrentQueue<IBoundedCache> Registered = new();

    public static IEnumerable<IBoundedCache> All => Registered;

    public static void Register(IBoundedCache cache) => Registered.Enqueue(cache);
}
