using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace GreenAI.Impact;

/// <summary>The zones of EcoLogits (embedded electricity_mixes.csv, MPL-2.0), parsed once per process.</summary>
public static class ElectricityMixes
{
    public const string World = "WOR";

    private static readonly Lazy<IReadOnlyDictionary<string, ElectricityMix>> Table = new(Load);

    public static IReadOnlyDictionary<string, ElectricityMix> All => Table.Value;

    /// <summary>Finds a zone by code, ignoring case; null when the zone is not in the table.</summary>
    public static ElectricityMix? Find(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            return null;
        }

        return Table.Value.TryGetValue(zone!.Trim(), out var mix) ? mix : null;
    }

    private static IReadOnlyDictionary<string, ElectricityMix> Load()
    {
        var result = new Dictionary<string, ElectricityMix>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(ElectricityMixes).Assembly.GetManifestResourceStream("GreenAI.Impact.electricity_mixes.csv")
            ?? throw new InvalidOperationException("electricity_mixes.csv is not embedded");
        using var reader = new StreamReader(stream);
        string? line;
        bool header = true;
        while ((line = reader.ReadLine()) != null)
        {
            if (header)
            {
                header = false; // name,adpe,pe,gwp,wue
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length < 5)
            {
                continue;
            }

            result[cells[0]] = new ElectricityMix(cells[0], Parse(cells[1]), Parse(cells[2]), Parse(cells[3]), Parse(cells[4]));
        }

        return result;
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
