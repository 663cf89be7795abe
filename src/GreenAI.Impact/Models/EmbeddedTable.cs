using System;
using System.Collections.Generic;
using System.IO;

namespace GreenAI.Impact.Models;

/// <summary>Reads an embedded tab-separated data file of this assembly; '#' lines are comments.</summary>
internal static class EmbeddedTable
{
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
