using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// `--scan DIR --restore`: each project binds against the packages its own build would use. The project is restored
/// (`dotnet restore`, which writes obj/project.assets.json beside it) and the compile assets of its packages replace the
/// harness's assemblies of the same name, so that an app's other packages (EF Core, a vendor's AI client, an older OpenAI)
/// bind as they do in its build. The framework stays the harness's (.NET 10 and ASP.NET Core). A package this registry
/// does not serve fails the restore: what did resolve is still used, and the line says how many packages were found.
/// </summary>
internal static class ProjectPackages
{
    public static List<MetadataReference> For(string directory, IReadOnlyList<MetadataReference> harness)
    {
        var packages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in Directory.GetFiles(directory, "*.csproj"))
        {
            var restored = Restore(project);
            foreach (var dll in CompileAssets(Path.Combine(directory, "obj", "project.assets.json")))
            {
                packages.TryAdd(Path.GetFileNameWithoutExtension(dll), dll);
            }

            Console.WriteLine($"RESTORE {Path.GetFileName(project)}: {(restored ? "restored" : "restore failed")}, {packages.Count} package assemblies");
        }

        // The framework's own assemblies win (a package's System.Text.Json 8 beside the framework's 10 would be ambiguous);
        // for the rest, the project's version wins over the harness's.
        var merged = new List<MetadataReference>();
        foreach (var reference in harness)
        {
            var name = Path.GetFileNameWithoutExtension(reference.Display ?? string.Empty);
            if (IsFramework(reference.Display) || !packages.ContainsKey(name))
            {
                merged.Add(reference);
            }
        }

        var framework = harness.Where(r => IsFramework(r.Display)).Select(r => Path.GetFileNameWithoutExtension(r.Display!)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        merged.AddRange(packages.Where(p => !framework.Contains(p.Key)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p.Value)));
        return merged;
    }

    private static bool Restore(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["restore", project, "--verbosity", "quiet", "-p:TreatWarningsAsErrors=false", "-p:NuGetAudit=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return false;
        }

        return process.ExitCode == 0;
    }

    /// <summary>The .dll compile assets of the packages of the assets file's first target framework.</summary>
    private static IEnumerable<string> CompileAssets(string assetsFile)
    {
        if (!File.Exists(assetsFile))
        {
            yield break;
        }

        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = assets.RootElement;
        if (!root.TryGetProperty("packageFolders", out var folders) || !root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries))
        {
            yield break;
        }

        var packageFolder = folders.EnumerateObject().Select(f => f.Name).FirstOrDefault();
        var target = targets.EnumerateObject().FirstOrDefault(t => !t.Name.Contains('/', StringComparison.Ordinal));
        if (packageFolder == null || target.Value.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var library in target.Value.EnumerateObject())
        {
            if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                || !library.Value.TryGetProperty("compile", out var compile)
                || !libraries.TryGetProperty(library.Name, out var entry) || !entry.TryGetProperty("path", out var path))
            {
                continue;
            }

            foreach (var asset in compile.EnumerateObject())
            {
                var file = Path.Combine(packageFolder, path.GetString()!, asset.Name);
                if (asset.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
                {
                    yield return file;
                }
            }
        }
    }

    private static bool IsFramework(string? path) =>
        path != null && (path.Contains("/shared/Microsoft.NETCore.App/", StringComparison.Ordinal) || path.Contains("/shared/Microsoft.AspNetCore.App/", StringComparison.Ordinal));
}
