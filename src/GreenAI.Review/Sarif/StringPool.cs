namespace GreenAI.Review.Sarif;

/// <summary>
/// One instance of each text the results of a log repeat (file paths, rule ids, property keys, models, zones, methods),
/// and of each set of property pairs: a log with a million GreenAI results keeps a few thousand distinct strings and
/// pair sets, not ten million copies.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<KeyValuePair<string, string>[]> _pairSets = new(PairsComparer.Instance);

    public string Share(string text)
    {
        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _strings.Add(text);
        return text;
    }

    /// <summary>The one array with these pairs (their texts already shared).</summary>
    public KeyValuePair<string, string>[] Share(KeyValuePair<string, string>[] pairs)
    {
        if (_pairSets.TryGetValue(pairs, out var shared))
        {
            return shared;
        }

        _pairSets.Add(pairs);
        return pairs;
    }

    private sealed class PairsComparer : IEqualityComparer<KeyValuePair<string, string>[]>
    {
        public static readonly PairsComparer Instance = new();

        public bool Equals(KeyValuePair<string, string>[]? x, KeyValuePair<string, string>[]? y)
        {
            if (x == null || y == null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (!string.Equals(x[i].Key, y[i].Key, StringComparison.Ordinal) || !string.Equals(x[i].Value, y[i].Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(KeyValuePair<string, string>[] pairs)
        {
            var hash = new HashCode();
            foreach (var (key, value) in pairs)
            {
                hash.Add(key, StringComparer.Ordinal);
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
