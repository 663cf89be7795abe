using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace GreenAI.Impact.Models;

/// <summary>
/// The EcoLogits model repository (embedded ecologits-models.tsv, MPL-2.0, written by Data/update_ecologits.py from an
/// upstream commit), parsed once per process on first use. Look-ups ignore case; aliases point at the model they stand for.
/// </summary>
public sealed class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, ModelEntry> _byName;
    private readonly Dictionary<string, string> _aliases;

    private ModelCatalog(Dictionary<string, ModelEntry> byName, Dictionary<string, string> aliases, List<ModelEntry> models, CatalogSource source)
    {
        Source = source;
        _byName = byName;
        _aliases = aliases;
        Models = models;
    }

    public static ModelCatalog Default => Embedded.Value;

    public IReadOnlyList<ModelEntry> Models { get; }

    /// <summary>The EcoLogits version and commit the catalogue was written from.</summary>
    public CatalogSource Source { get; }

    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>Exact look-up by name or alias (case-insensitive); no normalisation.</summary>
    public ModelEntry? FindExact(string name)
    {
        if (_byName.TryGetValue(name, out var entry))
        {
            return entry;
        }

        return _aliases.TryGetValue(name, out var target) && _byName.TryGetValue(target, out entry) ? entry : null;
    }

    public static ModelCatalog Parse(TextReader reader)
    {
        var byName = new Dictionary<string, ModelEntry>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var models = new List<ModelEntry>();
        var source = new CatalogSource("unknown", "unknown", string.Empty);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "source" && cells.Length >= 4)
            {
                source = new CatalogSource(cells[1], cells[2], cells[3]);
            }
            else if (cells[0] == "alias" && cells.Length >= 4)
            {
                aliases[cells[2]] = cells[3];
            }
            else if (cells[0] == "model" && cells.Length >= 8)
            {
                var warnings = cells.Length > 8 && cells[8].Length > 0 ? cells[8].Split(',') : Array.Empty<string>();
                var entry = new ModelEntry(
                    cells[1],
                    cells[2],
                    cells[3],
                    new ValueRange(Number(cells[4]), Number(cells[5])),
                    new ValueRange(Number(cells[6]), Number(cells[7])),
                    warnings,
                    DeploymentOf(cells));
                models.Add(entry);
                // EcoLogits keys models by (provider, name); the first entry of a name wins across providers.
                if (!byName.ContainsKey(entry.Name))
                {
                    byName[entry.Name] = entry;
                }
            }
        }

        return new ModelCatalog(byName, aliases, models, source);
    }

    private static ModelCatalog LoadEmbedded()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream("GreenAI.Impact.ecologits-models.tsv")
            ?? throw new InvalidOperationException("ecologits-models.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Columns 10 and 11: tokens per second and time to first token, empty when EcoLogits has no figure.</summary>
    private static Deployment? DeploymentOf(string[] cells)
    {
        double? tps = cells.Length > 9 && cells[9].Length > 0 ? Number(cells[9]) : null;
        double? ttft = cells.Length > 10 && cells[10].Length > 0 ? Number(cells[10]) : null;
        return tps == null && ttft == null ? null : new Deployment(tps, ttft);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
