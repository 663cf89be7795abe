using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// `--scan DIR`: runs every rule (all on) over a folder of C# code that nobody here wrote — a fetched public repository —
/// compiling the files of each project (the nearest .csproj above them) against the SDKs this harness references, with
/// compiler errors allowed. Projects compile in the order of their ProjectReferences, each referencing those it names and theirs,
/// and each runs ModelCallExportGenerator first, as a real build does: calls across projects bind, and the rules see
/// the model-calling methods of the projects referenced. Prints each diagnostic with its source line, then the miss report — every model call of the
/// SDK catalogue that sits in a loop or lambda and got neither GAI002 nor GAI003, with why the rules stayed silent —
/// then totals and analyzer exceptions. With --restore, each project binds against its own restored packages
/// (<see cref="ProjectPackages"/>).
/// </summary>
internal static class FolderScan
{
    public static int Run(string root, IReadOnlyList<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, bool restore = false)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            parse,
            "/usings.g.cs");
        // The implicit usings the Web SDK adds (ImplicitUsings in a Microsoft.NET.Sdk.Web project).
        var webUsings = CSharpSyntaxTree.ParseText(
            "global using System.Net.Http.Json; global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Hosting; global using Microsoft.AspNetCore.Http; global using Microsoft.AspNetCore.Routing; global using Microsoft.Extensions.Configuration; global using Microsoft.Extensions.DependencyInjection; global using Microsoft.Extensions.Hosting; global using Microsoft.Extensions.Logging;",
            parse,
            "/web-usings.g.cs");
        var severities = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToDictionary(id => id, _ => ReportDiagnostic.Warn);
        foreach (var id in new[] { "OPENAI001", "OPENAI002", "MEAI001", "SKEXP0001", "SKEXP0010", "AOAI001", "SCME0002", "MAAI001" })
        {
            severities[id] = ReportDiagnostic.Suppress;
        }

        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int crashes = 0;
        var projects = files.GroupBy(f => ProjectOf(f, root)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var built = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        foreach (var directory in InReferenceOrder(projects.Keys))
        {
            var removed = CompileRemoved(directory);
            var trees = projects[directory].Where(f => !removed(f)).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).Append(usings).ToList().AsEnumerable();
            if (IsWebProject(directory))
            {
                trees = trees.Append(webUsings); // without them, GetRequiredService<T>() and the like do not bind
            }

            var projectReferences = ReferencedProjectsTransitively(directory).Where(built.ContainsKey).Select(d => (MetadataReference)built[d].ToMetadataReference());
            var projectPackages = restore ? ProjectPackages.For(directory, references) : references;
            // The project's settings files, as the package hands them to the analyzers in a build (GreenAIReadAppSettings).
            var settings = Directory.GetFiles(directory, "appsettings*.json").Order(StringComparer.Ordinal)
                .Select(f => (AdditionalText)new SettingsFile(f)).ToImmutableArray();
            var compilation = WithExports(CSharpCompilation.Create(AssemblyNameOf(directory), trees, projectPackages.Concat(projectReferences), new CSharpCompilationOptions(OutputKindOf(trees), specificDiagnosticOptions: severities)), parse, BuildProperties(directory), settings);
            built[directory] = compilation;
            if (Environment.GetEnvironmentVariable("SCAN_ERRORS") == "1")
            {
                // How much of the project binds: the scan references the AI SDKs, not the project's other packages.
                var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                Console.WriteLine($"ERRORS {compilation.AssemblyName}: {errors} compiler errors");
                if (Environment.GetEnvironmentVariable("SCAN_ERRORS_FILE") is { Length: > 0 } file)
                {
                    // Which errors, per file: why a call did not bind (SCAN_ERRORS_FILE=EmbeddingService.cs).
                    foreach (var error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && (d.Location.SourceTree?.FilePath.EndsWith(file, StringComparison.Ordinal) ?? false)).Take(20))
                    {
                        Console.WriteLine($"  {error.Location.GetLineSpan().StartLinePosition.Line + 1}: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                    }
                }
            }

            var project = (Key: directory, Files: projects[directory]);
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(settings), (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, true, false);
            var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().Result;
            foreach (var exception in exceptions)
            {
                crashes++;
                Console.WriteLine($"ANALYZER EXCEPTION in {project.Key}: {exception}");
            }

            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
                var span = diagnostic.Location.GetLineSpan();
                Console.WriteLine($"{diagnostic.Id} {span.Path.Replace(root, string.Empty, StringComparison.Ordinal)}:{span.StartLinePosition.Line + 1} | {SourceLine(span)} | {diagnostic.GetMessage()}");
            }

            foreach (var (location, method, why) in MissReport.SilentCallsInLoops(compilation, diagnostics))
            {
                counts["SILENT"] = counts.GetValueOrDefault("SILENT") + 1;
                var span = location.GetLineSpan();
                Console.WriteLine($"SILENT {span.Path.Replace(root, string.Empty, StringComparison.Ordinal)}:{span.StartLinePosition.Line + 1} | {SourceLine(span)} | {method}: {why}");
            }
        }

        Console.WriteLine($"totals: {string.Join(", ", counts.Select(c => c.Key + " " + c.Value))}; analyzer exceptions: {crashes}");
        return crashes == 0 ? 0 : 1;
    }

    /// <summary>The compilation as a build gives it to the analyzers: with ModelCallExportGenerator's output.</summary>
    private static Compilation WithExports(Compilation compilation, CSharpParseOptions parse, Dictionary<string, string> buildProperties, ImmutableArray<AdditionalText> settings)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new ModelCallExportGenerator().AsSourceGenerator() }, additionalTexts: settings, parseOptions: parse, optionsProvider: new GreenAI.Analyzers.Testing.FixedOptions(buildProperties));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
        if (Environment.GetEnvironmentVariable("SCAN_EXPORTS") == "1")
        {
            foreach (var tree in updated.SyntaxTrees.Where(t => t.FilePath.EndsWith("GreenAI.ModelCalls.g.cs", StringComparison.Ordinal)))
            {
                Console.WriteLine($"EXPORTS {compilation.AssemblyName}:\n{tree}");
            }
        }

        return updated;
    }

    /// <summary>A program of top-level statements is an executable: compiled as a library, its statements are an error (CS8805).</summary>
    private static OutputKind OutputKindOf(IEnumerable<SyntaxTree> trees) =>
        trees.Any(t => t.GetRoot() is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit && unit.Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax))
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;

    /// <summary>What the package makes visible to the generator: an executable (OutputType, the Web SDK) or a test project.</summary>
    private static Dictionary<string, string> BuildProperties(string directory)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in Directory.GetFiles(directory, "*.csproj"))
        {
            var text = File.ReadAllText(project);
            if (text.Contains("<OutputType>Exe</OutputType>", StringComparison.OrdinalIgnoreCase) || text.Contains("<OutputType>WinExe</OutputType>", StringComparison.OrdinalIgnoreCase) || text.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal))
            {
                properties["build_property.OutputType"] = "Exe";
            }

            if (text.Contains("<IsTestProject>true</IsTestProject>", StringComparison.OrdinalIgnoreCase) || text.Contains("Microsoft.NET.Test.Sdk", StringComparison.Ordinal))
            {
                properties["build_property.IsTestProject"] = "true";
            }
        }

        return properties;
    }

    /// <summary>Dependencies first; a cycle or a reference outside the folder is skipped.</summary>
    private static List<string> InReferenceOrder(IEnumerable<string> directories)
    {
        var all = directories.ToHashSet(StringComparer.Ordinal);
        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: done
        void Visit(string directory)
        {
            if (state.ContainsKey(directory))
            {
                return;
            }

            state[directory] = false;
            foreach (var referenced in ReferencedProjects(directory).Where(all.Contains))
            {
                Visit(referenced);
            }

            state[directory] = true;
            order.Add(directory);
        }

        foreach (var directory in all.OrderBy(d => d, StringComparer.Ordinal))
        {
            Visit(directory);
        }

        return order;
    }

    /// <summary>The folders of the projects a project's .csproj files name in ProjectReference.</summary>
    private static IEnumerable<string> ReferencedProjects(string directory)
    {
        foreach (var project in Directory.GetFiles(directory, "*.csproj"))
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(project), "<ProjectReference\\s+Include=\"([^\"]+)\""))
            {
                var path = Path.GetFullPath(Path.Combine(directory, match.Groups[1].Value.Replace('\\', '/')));
                if (Path.GetDirectoryName(path) is { } referenced)
                {
                    yield return referenced;
                }
            }
        }
    }

    /// <summary>The projects a build references: those named, and theirs (ProjectReference is transitive in SDK projects).</summary>
    private static IEnumerable<string> ReferencedProjectsTransitively(string directory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ReferencedProjects(directory));
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (seen.Add(next) && Directory.Exists(next))
            {
                foreach (var further in ReferencedProjects(next))
                {
                    pending.Push(further);
                }
            }
        }

        return seen;
    }

    /// <summary>The project's assembly name: its .csproj's name, as MSBuild's default AssemblyName.</summary>
    private static string AssemblyNameOf(string directory) =>
        Directory.GetFiles(directory, "*.csproj").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault() ?? "Scan";

    private static string? SourceLine(FileLinePositionSpan span) =>
        File.Exists(span.Path) ? File.ReadLines(span.Path).Skip(span.StartLinePosition.Line).FirstOrDefault()?.Trim() : string.Empty;

    /// <summary>
    /// The project's <c>&lt;Compile Remove="Demo\RunDemo.cs" /&gt;</c> and <c>"Tests\**\*.cs"</c>: files the build leaves out
    /// (a pattern's <c>**</c> is any folders, <c>*</c> any name part).
    /// </summary>
    private static Func<string, bool> CompileRemoved(string directory)
    {
        var patterns = new List<System.Text.RegularExpressions.Regex>();
        foreach (var project in Directory.GetFiles(directory, "*.csproj"))
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(project), "<Compile\\s+Remove=\"([^\"]+)\""))
            {
                foreach (var pattern in match.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var glob = System.Text.RegularExpressions.Regex.Escape(pattern.Replace('\\', '/'))
                        .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal);
                    patterns.Add(new System.Text.RegularExpressions.Regex("^" + glob + "$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
                }
            }
        }

        return file => patterns.Count > 0 && patterns.Any(p => p.IsMatch(Path.GetRelativePath(directory, file).Replace('\\', '/')));
    }

    private static bool IsWebProject(string directory) =>
        Directory.GetFiles(directory, "*.csproj").Any(p => File.ReadAllText(p).Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal));

    private static string ProjectOf(string file, string root)
    {
        for (var directory = Path.GetDirectoryName(file); directory != null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.GetFiles(directory, "*.csproj").Length > 0)
            {
                return directory;
            }
        }

        return root;
    }

    /// <summary>A settings file on disk, read when an analyzer asks.</summary>
    private sealed class SettingsFile(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(Path));
    }
}
