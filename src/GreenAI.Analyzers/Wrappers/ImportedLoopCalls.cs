using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The per-item calls of interface and abstract methods that referenced projects exported (<see cref="LoopCallExports"/>),
/// by member name: read once per compilation, from unsigned assemblies only (a project of the solution is unsigned; the
/// framework and most packages are signed).
/// </summary>
internal sealed class ImportedLoopCalls
{
    private readonly Dictionary<string, List<LoopCallLine>> _byName;

    private ImportedLoopCalls(Dictionary<string, List<LoopCallLine>> byName) => _byName = byName;

    public bool IsEmpty => _byName.Count == 0;

    public static ImportedLoopCalls Of(Compilation compilation)
    {
        var byName = new Dictionary<string, List<LoopCallLine>>(System.StringComparer.Ordinal);
        foreach (var text in ProjectExports.OfUnsignedReferences(compilation, LoopCallLine.MetadataKey))
        {
            if (LoopCallLine.Decode(text) is { } line)
            {
                if (!byName.TryGetValue(line.Name, out var lines))
                {
                    byName[line.Name] = lines = new List<LoopCallLine>();
                }

                lines.Add(line);
            }
        }

        return new ImportedLoopCalls(byName);
    }

    /// <summary>The loops another project runs over <paramref name="member"/> (an interface or abstract method), or none.</summary>
    public IEnumerable<LoopCallLine> Of(IMethodSymbol member)
    {
        if (!_byName.TryGetValue(member.Name, out var lines))
        {
            yield break;
        }

        var id = ModelCallExportGenerator.IdOf(member);
        var assembly = ModelCallExportGenerator.AssemblyOf(member);
        foreach (var line in lines)
        {
            if (line.MemberId == id && line.Assembly == assembly)
            {
                yield return line;
            }
        }
    }
}
