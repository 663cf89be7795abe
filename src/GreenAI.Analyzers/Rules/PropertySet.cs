using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// Diagnostic properties made of a part many diagnostics share — the estimate's properties plus what a fix writes,
/// equal for every call with the same content — and the positions that place one fix in its file. The shared part is
/// built once per content and reused; only the positions are added per diagnostic. Building a fifteen-key immutable
/// dictionary for every diagnostic was about a sixth of the rules' time on the benchmark's AI-heavy corpus.
/// </summary>
internal sealed class PropertySet
{
    // Weak by base: an estimate's properties live as long as the estimate caches that hold them.
    private static readonly ConditionalWeakTable<ImmutableDictionary<string, string?>, ConcurrentDictionary<Content, ImmutableDictionary<string, string?>>> Shared = new();

    private readonly ImmutableDictionary<string, string?> _base;
    private (string Key, string? Value)[] _content = new (string, string?)[4];
    private int _contentCount;
    private (string Key, string Value)[]? _positions;
    private int _positionCount;

    public PropertySet(ImmutableDictionary<string, string?>? baseProperties = null) =>
        _base = baseProperties ?? ImmutableDictionary<string, string?>.Empty;

    /// <summary>A value that does not depend on where the diagnostic is (a later value for the same key wins).</summary>
    public void Add(string key, string? value)
    {
        if (_contentCount == _content.Length)
        {
            Array.Resize(ref _content, _contentCount * 2);
        }

        _content[_contentCount++] = (key, value);
    }

    /// <summary>A position in the file ("start" or "start:length"): added per diagnostic, never shared.</summary>
    public void AddPosition(string key, string value)
    {
        _positions ??= new (string, string)[2];
        if (_positionCount == _positions.Length)
        {
            Array.Resize(ref _positions, _positionCount * 2);
        }

        _positions[_positionCount++] = (key, value);
    }

    public ImmutableDictionary<string, string?> ToImmutable()
    {
        var result = SharedPart();
        for (int i = 0; i < _positionCount; i++)
        {
            result = result.SetItem(_positions![i].Key, _positions[i].Value);
        }

        return result;
    }

    private ImmutableDictionary<string, string?> SharedPart()
    {
        if (_contentCount == 0)
        {
            return _base;
        }

        var byContent = Shared.GetValue(_base, static _ => new ConcurrentDictionary<Content, ImmutableDictionary<string, string?>>());
        if (byContent.TryGetValue(new Content(_content, _contentCount), out var known))
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
        return byContent.GetOrAdd(new Content(stored, _contentCount), builder.ToImmutable());
    }

    /// <summary>The added keys and values in order, compared by value.</summary>
    private readonly struct Content : IEquatable<Content>
    {
        private readonly (string Key, string? Value)[] _pairs;
        private readonly int _count;

        public Content((string Key, string? Value)[] pairs, int count) => (_pairs, _count) = (pairs, count);

        public bool Equals(Content other)
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

        public override bool Equals(object? obj) => obj is Content other && Equals(other);

        public override int GetHashCode()
        {
            int hash = _count;
            for (int i = 0; i < _count; i++)
            {
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(_pairs[i].Key);
                hash = (hash * 31) + (_pairs[i].Value == null ? 0 : StringComparer.Ordinal.GetHashCode(_pairs[i].Value));
            }

            return hash;
        }
    }
}
