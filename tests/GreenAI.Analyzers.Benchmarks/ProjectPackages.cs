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
            var (restored, output) = Restore(project);
            var assets = Path.Combine(directory, "obj", "project.assets.json");
            var how = "restored";
            if (!restored)
            {
                // A package the registry does not serve, or a workload this machine lacks (MAUI), fails the whole restore;
                // the user's build has them. A plain net10.0 project with the same packages, less those not served, binds
                // the app's code nearly as its build does.
                var standIn = StandInRestore(project, output);
                if (standIn.Restored)
                {
                    (restored, assets, how) = standIn;
                }
            }

            foreach (var dll in CompileAssets(assets))
            {
                packages.TryAdd(Path.GetFileNameWithoutExtension(dll), dll);
            }

            Console.WriteLine($"RESTORE {Path.GetFileName(project)}: {(restored ? how : "restore failed")}, {packages.Count} package assemblies");
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

    private static (bool Restored, string Output) Restore(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["restore", project, "--verbosity", "quiet", "-p:TreatWarningsAsErrors=false", "-p:NuGetAudit=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + error.Result;
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (false, output);
        }

        return (process.ExitCode == 0, output);
    }

    /// <summary>
    /// Restores, in a temporary folder, a net10.0 project with the project's PackageReferences: a package the registry
    /// does not know (NU1101) is dropped, one not served at its version (NU1102) floats to the newest served, and a
    /// downgrade among them (NU1605) is no error; three tries.
    /// </summary>
    private static (bool Restored, string Assets, string How) StandInRestore(string project, string firstOutput)
    {
        // The project's packages and those of the projects it references, transitively, as its own restore would take.
        var references = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var each in ThisAndReferencedProjects(project))
        {
            foreach (var (name, version) in PackageReferencesOf(each))
            {
                references.TryAdd(name, version);
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "greenai-scan-restore", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(project))))[..16]);
        Directory.CreateDirectory(folder);
        var standIn = Path.Combine(folder, "StandIn.csproj");
        var output = firstOutput;
        var dropped = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            foreach (var missing in PackagesIn(output, "NU1101"))
            {
                if (references.Remove(missing))
                {
                    dropped.Add(missing);
                }
            }

            foreach (var unserved in PackagesIn(output, "NU1102"))
            {
                if (references.ContainsKey(unserved))
                {
                    references[unserved] = "*";
                }
            }

            File.WriteAllText(standIn, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><NuGetAudit>false</NuGetAudit><NoWarn>NU1603;NU1605;NU1608;NU1701</NoWarn><WarningsAsErrors></WarningsAsErrors></PropertyGroup><ItemGroup>"
                + string.Concat(references.Select(r => $"<PackageReference Include=\"{System.Security.SecurityElement.Escape(r.Key)}\" Version=\"{System.Security.SecurityElement.Escape(r.Value)}\" />"))
                + "</ItemGroup></Project>");
            bool restored;
            (restored, output) = Restore(standIn);
            if (restored)
            {
                return (true, Path.Combine(folder, "obj", "project.assets.json"), $"restored as net10.0 without {(dropped.Count == 0 ? "nothing" : string.Join(", ", dropped))}");
            }
        }

        return (false, Path.Combine(folder, "obj", "project.assets.json"), "restore failed");
    }

    private static IEnumerable<string> ThisAndReferencedProjects(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(project));
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next) || !File.Exists(next))
            {
                continue;
            }

            yield return next;
            System.Xml.Linq.XDocument document;
            try
            {
                document = System.Xml.Linq.XDocument.Load(next);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var reference in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
            {
                if (reference.Attribute("Include")?.Value is { Length: > 0 } include)
                {
                    pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, include.Replace('\\', '/'))));
                }
            }
        }
    }

    private static Dictionary<string, string> PackageReferencesOf(string project)
    {
        var references = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var element in System.Xml.Linq.XDocument.Load(project).Descendants().Where(e => e.Name.LocalName == "PackageReference"))
            {
                var name = element.Attribute("Include")?.Value;
                var version = element.Attribute("Version")?.Value ?? element.Elements().FirstOrDefault(e => e.Name.LocalName == "Version")?.Value;
                if (!string.IsNullOrWhiteSpace(name))
                {
                    // A version from central package management or a property is not known here: the newest served.
                    references[name.Trim()] = string.IsNullOrWhiteSpace(version) || version.Contains('$') ? "*" : version.Trim();
                }
            }
        }
        catch (System.Xml.XmlException)
        {
        }

        return references;
    }

    /// <summary>The package ids a restore's output names with <paramref name="code"/> ("error NU1101: Unable to find package X. …").</summary>
    private static IEnumerable<string> PackagesIn(string output, string code) =>
        System.Text.RegularExpressions.Regex.Matches(output, code + @": Unable to find package ([^\s.][^\s]*?)\.? ")
            .Select(m => m.Groups[1].Value.TrimEnd('.'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

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
