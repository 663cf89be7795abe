using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The lines the package's generator wrote into a referenced project's assembly under a key
/// (<c>[assembly: AssemblyMetadata(key, line)]</c>): model-calling methods (<see cref="ExportedSummary"/>) and per-item
/// calls of ports (<see cref="LoopCallLine"/>).
/// </summary>
internal static class ProjectExports
{
    /// <summary>
    /// The lines of the unsigned references only (a project of the solution is unsigned; the framework's and most
    /// packages' are signed): decided from the names first, so a project that references only signed assemblies makes no
    /// symbol.
    /// </summary>
    public static IEnumerable<string> OfUnsignedReferences(Compilation compilation, string key)
    {
        if (compilation.ReferencedAssemblyNames.All(name => name.HasPublicKey))
        {
            yield break;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!assembly.Identity.HasPublicKey)
            {
                foreach (var line in Of(assembly, key))
                {
                    yield return line;
                }
            }
        }
    }

    public static IEnumerable<string> Of(IAssemblySymbol assembly, string key)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string written && written == key
                && attribute.ConstructorArguments[1].Value is string line)
            {
                yield return line;
            }
        }
    }

    /// <summary>A field of a line: the separator and line breaks replaced, so that the line splits back into its fields.</summary>
    public static string Field(string text, char separator) => text.Replace(separator, '/').Replace('\r', ' ').Replace('\n', ' ');
}
