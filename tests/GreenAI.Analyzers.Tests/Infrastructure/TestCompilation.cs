using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>Settings every test compilation shares: the real SDK references and the SDKs' experimental ids suppressed.</summary>
internal static class TestCompilation
{
    /// <summary>No download: the references come from <see cref="SdkReferences"/>.</summary>
    public static readonly ReferenceAssemblies NoReferenceAssemblies = new("custom");

    public static void Configure(SolutionState state, List<Func<Solution, ProjectId, Solution>> transforms)
    {
        state.AdditionalReferences.AddRange(SdkReferences.References);
        transforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = project.CompilationOptions!;
            var specific = options.SpecificDiagnosticOptions.SetItems(
                SdkReferences.ExperimentalIds.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(specific));
        });
    }

    /// <summary>An .editorconfig for the test sources: the given lines under [*.cs].</summary>
    public static (string Path, string Content) EditorConfig(IEnumerable<string> lines) =>
        ("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n");
}
