using System;

namespace GreenAI.Analyzers.Caching;

/// <summary>
/// Keys and values in order (the first <c>count</c> of an array), compared by value: the cache key of things built
/// once per content, such as diagnostic properties and media estimates.
/// </summary>
internal readonly struct StringPairs : IEquatable<StringPairs>
{
    private readonly (string Key, string? Value)[] _pairs;
    private readonly int _count;

    public StringPairs((string Key, string? Value)[] pairs, int count) => (_pairs, _count) = (pairs, count);

    public StringPairs((string Key, string? Value)[] pairs)
        : this(pairs, pairs.Length)
    {
    }

    public bool Equals(StringPairs other)
    {
        if (_count != other._count)
        {
            return false;
        }

        for (int i = 0; i < _count; i++)
        {
            if (!string.Equals(_pairs[i].Key, other._pairs[i].Key, StringComparison.Ordinal)
                || !string.Equals(_pairs[i].Value, other._pairs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is StringPairs other && Equals(other);

    public override int GetHashCode()
    {
        int hash = _count;
        for (int i = 0; i < _count; i++)
        {
            hash = (hash * 31) + Hash(_pairs[i].Key);
            hash = (hash * 31) + Hash(_pairs[i].Value);
        }

        return hash;
    }

    /// <summary>An ordinal hash of a string that may be null.</summary>
    public static int Hash(string? text) => text == null ? 0 : StringComparer.Ordinal.GetHashCode(text);
}
