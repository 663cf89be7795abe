using System.Diagnostics.CodeAnalysis;

namespace GreenAI.Review.Sarif;

/// <summary>
/// A result's properties: its site key, and the other pairs as the log gave them (a dozen at most), looked up by
/// scanning. The other pairs are one array for every result that carries the same ones (<see cref="StringPool.Share(KeyValuePair{string, string}[])"/>):
/// the calls of one model with one cap share their estimate's pairs, and a log of a million results keeps its site keys
/// and little else. Later pairs with the same key win, as in JSON.
/// </summary>
internal sealed class ResultProperties : IReadOnlyDictionary<string, string>
{
    public static readonly ResultProperties Empty = new(null, []);

    private readonly string? _site;

    public ResultProperties(string? site, KeyValuePair<string, string>[] shared)
    {
        _site = site;
        Shared = shared;
    }

    /// <summary>The pairs other than the site key, shared between results that carry the same: what an estimate is read from.</summary>
    public KeyValuePair<string, string>[] Shared { get; }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<string> Values => this.Select(pair => pair.Value);

    public int Count => this.Count();

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (string.Equals(key, Sites.SiteProperty.Name, StringComparison.Ordinal))
        {
            value = _site;
            return value != null;
        }

        for (int i = Shared.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Shared[i].Key, key, StringComparison.Ordinal))
            {
                value = Shared[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Each key once, with its last value.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        if (_site != null)
        {
            yield return new(Sites.SiteProperty.Name, _site);
        }

        for (int i = 0; i < Shared.Length; i++)
        {
            if (IsLastOf(i))
            {
                yield return Shared[i];
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private bool IsLastOf(int index)
    {
        for (int i = index + 1; i < Shared.Length; i++)
        {
            if (string.Equals(Shared[i].Key, Shared[index].Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
