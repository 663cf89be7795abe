using System.Collections.Generic;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Compares request field names as the providers' serialisers treat them: ignoring case and the '_' and '-' that
/// separate words, so <c>num_images</c>, <c>numImages</c> and <c>NumImages</c> are one name.
/// </summary>
internal sealed class FieldNameComparer : IEqualityComparer<string>
{
    public static readonly FieldNameComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (x == null || y == null)
        {
            return x == y;
        }

        int i = 0, j = 0;
        while (true)
        {
            i = SkipSeparators(x, i);
            j = SkipSeparators(y, j);
            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (char.ToLowerInvariant(x[i]) != char.ToLowerInvariant(y[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    public int GetHashCode(string name)
    {
        unchecked
        {
            int hash = 17;
            foreach (var c in name)
            {
                if (c is not ('_' or '-'))
                {
                    hash = (hash * 31) + char.ToLowerInvariant(c);
                }
            }

            return hash;
        }
    }

    private static int SkipSeparators(string name, int at)
    {
        while (at < name.Length && name[at] is '_' or '-')
        {
            at++;
        }

        return at;
    }
}
