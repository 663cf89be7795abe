using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>A line a project exports about its calls of one of its ports (an interface or abstract method).</summary>
internal interface IPortLine
{
    /// <summary>The assembly that declares the port.</summary>
    string Assembly { get; }

    /// <summary>The port's documentation id ("M:Shop.ISummarizer.SummarizeAsync(System.String)").</summary>
    string MemberId { get; }

    string Name { get; }
}

/// <summary>
/// The lines that referenced projects exported about calls of their ports (<see cref="LoopCallExports"/>), by member
/// name: read once per compilation, from unsigned assemblies only (a project of the solution is unsigned; the framework
/// and most packages are signed).
/// </summary>
internal sealed class ImportedPortLines<TLine>
    where TLine : class, IPortLine
{
    private readonly Dictionary<string, List<TLine>> _byName;

    private ImportedPortLines(Dictionary<string, List<TLine>> byName) => _byName = byName;

    public bool IsEmpty => _byName.Count == 0;

    public static ImportedPortLines<TLine> Of(Compilation compilation, string key, Func<string, TLine?> decode)
    {
        var byName = new Dictionary<string, List<TLine>>(StringComparer.Ordinal);
        foreach (var text in ProjectExports.OfUnsignedReferences(compilation, key))
        {
            if (decode(text) is { } line)
            {
                if (!byName.TryGetValue(line.Name, out var lines))
                {
                    byName[line.Name] = lines = new List<TLine>();
                }

                lines.Add(line);
            }
        }

        return new ImportedPortLines<TLine>(byName);
    }

    /// <summary>The lines about <paramref name="member"/> (an interface or abstract method), or none.</summary>
    public IEnumerable<TLine> Of(IMethodSymbol member)
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

    /// <summary>
    /// The lines about the ports <paramref name="method"/> implements (its interfaces' members) or overrides (abstract
    /// methods of base classes), each with the port; none for a method that is no instance implementation in source.
    /// </summary>
    public IEnumerable<(IMethodSymbol Port, TLine Line)> OfImplementation(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsAbstract || method.IsStatic || method.Locations.IsEmpty || !method.Locations[0].IsInSource)
        {
            yield break;
        }

        foreach (var implemented in method.ContainingType.AllInterfaces)
        {
            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (member is IMethodSymbol port && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(port), method))
                {
                    foreach (var line in Of(port.OriginalDefinition))
                    {
                        yield return (port, line);
                    }
                }
            }
        }

        for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
        {
            foreach (var line in Of(overridden.OriginalDefinition))
            {
                yield return (overridden, line);
            }
        }
    }
}
