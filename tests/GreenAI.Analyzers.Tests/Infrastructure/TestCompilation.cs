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
        state.Sources.Add((ImplicitUsingsPath, ImplicitUsings));
        transforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = project.CompilationOptions!;
            var specific = options.SpecificDiagnosticOptions.SetItems(
                SdkReferences.ExperimentalIds.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(specific));
        });
    }

    /// <summary>Every rule id of the package (the constants of DiagnosticIds).</summary>
    public static readonly string[] RuleIds = typeof(GreenAI.Analyzers.DiagnosticIds)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(GreenAI.Analyzers.DiagnosticIds.HelpLinkBase))
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The implicit usings of an SDK-style console project, so that snippets read like a user's code.</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public const string ImplicitUsingsPath = "/0/GlobalUsings.g.cs";

    /// <summary>An .editorconfig for the test sources: the given lines under [*.cs].</summary>
    public static (string Path, string Content) EditorConfig(IEnumerable<string> lines) =>
        ("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n");
}
