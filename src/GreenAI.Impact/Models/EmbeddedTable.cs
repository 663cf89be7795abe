using System;
using System.Collections.Generic;
using System.IO;

namespace GreenAI.Impact.Models;

/// <summary>Reads an embedded tab-separated data file of this assembly; '#' lines are comments.</summary>
internal static class EmbeddedTable
{
    /// <summary>A two-column table as a dictionary from the first column to the second (a later row wins).</summary>
    public static Dictionary<string, string> Pairs(string resourceName)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows(resourceName))
        {
            if (row.Length >= 2)
            {
                pairs[row[0]] = row[1];
            }
        }

        return pairs;
    }

    public static IEnumerable<string[]> Rows(string resourceName)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(resourceName + " is not embedded");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
