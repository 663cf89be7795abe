using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>A project of the solution that another one references, built as `dotnet build` builds it.</summary>
internal static class BuiltLibrary
{
    /// <summary>The package's generator runs, then a reference assembly is emitted (no private members, no bodies).</summary>
    public static MetadataReference Of(string source, IReadOnlyDictionary<string, string>? options = null, string assemblyName = "Shop.Services", IEnumerable<MetadataReference>? references = null, bool withoutSdks = false)
    {
        var compilation = WithGenerator(AnalyzerRunner.Compile(source, assemblyName: assemblyName, withoutSdks: withoutSdks, projectReferences: references), options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(metadataOnly: true, includePrivateMembers: false));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static Compilation WithGenerator(Compilation compilation, IReadOnlyDictionary<string, string>? options)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ModelCallExportGenerator().AsSourceGenerator() },
            optionsProvider: AnalyzerRunner.ConfigOptions(options ?? new Dictionary<string, string>()),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics);
        Assert.Empty(diagnostics);
        return updated;
    }
}
