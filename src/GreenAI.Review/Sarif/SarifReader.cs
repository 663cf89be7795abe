using System.Globalization;
using System.Text.Json;

namespace GreenAI.Review.Sarif;

/// <summary>
/// Reads the SARIF 2.1 logs that <c>dotnet build -p:ErrorLog=build.sarif%2Cversion=2.1</c> writes and keeps the GreenAI
/// results. Streams each file (a 200 MB log is read without loading its text); every unusable log is a
/// <see cref="LogProblem"/> that says what is wrong and how to get a good one.
/// </summary>
internal static class SarifReader
{
    public const string RulePrefix = "GAI";

    private const string ErrorLogHint = "build with -p:ErrorLog=build.sarif%2Cversion=2.1";

    public static BuildLog Read(IReadOnlyList<string> paths)
    {
        var results = new List<LogResult>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ReadOne(path, results, titles);
        }

        return new BuildLog(paths, Deduplicate(results), titles);
    }

    private static void ReadOne(string path, List<LogResult> results, Dictionary<string, string> titles)
    {
        var log = Load(path);
        if (log.Version != "2.1.0")
        {
            throw new LogProblem(log.Version is { } version && version.StartsWith("1.", StringComparison.Ordinal)
                ? $"{path} is a SARIF {version} log; the review tool reads SARIF 2.1: {ErrorLogHint}."
                : $"{path} is not a SARIF 2.1 log (version: {log.Version ?? "none"}); {ErrorLogHint}.");
        }

        if (log.Runs == null)
        {
            throw new LogProblem($"{path} has no runs: it is not a build's SARIF log; {ErrorLogHint}.");
        }

        bool greenAIRan = false;
        foreach (var run in log.Runs)
        {
            foreach (var rule in run.Tool?.Driver?.Rules ?? [])
            {
                if (rule.Id is { } id && IsGreenAI(id))
                {
                    greenAIRan = true;
                    titles.TryAdd(id, rule.ShortDescription?.Text ?? id);
                }
            }

            foreach (var result in run.Results ?? [])
            {
                if (result.RuleId is { } id && IsGreenAI(id))
                {
                    greenAIRan = true;
                    results.Add(ToResult(id, result));
                }
            }
        }

        if (!greenAIRan)
        {
            var tool = log.Runs.FirstOrDefault()?.Tool?.Driver?.Name ?? "an unknown tool";
            throw new LogProblem($"{path} (written by {tool}) has no GreenAI rule: the GreenAI.Analyzers package did not run in that build. "
                + "Reference the package in the project, then " + ErrorLogHint + " -p:GreenAIReport=true.");
        }
    }

    private static SarifLog Load(string path)
    {
        FileInfo file = new(path);
        if (!file.Exists)
        {
            throw new LogProblem($"{path}: no such file.");
        }

        if (file.Length == 0)
        {
            throw new LogProblem($"{path} is empty: the build did not write its log ({ErrorLogHint}).");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return JsonSerializer.Deserialize<SarifLog>(stream) ?? throw new LogProblem($"{path} holds JSON null, not a SARIF log.");
        }
        catch (JsonException e)
        {
            // SARIF 1.0 (the compiler's default without ",version=2.1") is valid JSON of another shape: say which.
            if (VersionOf(path) is { } version && !version.StartsWith("2.", StringComparison.Ordinal))
            {
                throw new LogProblem($"{path} is a SARIF {version} log; the review tool reads SARIF 2.1: {ErrorLogHint}.");
            }

            string where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new LogProblem($"{path} is not a readable SARIF log: invalid JSON{where}.");
        }
        catch (IOException e)
        {
            throw new LogProblem($"{path} cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new LogProblem($"{path} cannot be read: access denied.");
        }
    }

    /// <summary>The top-level "version" of a JSON file, read without building the document; null when there is none.</summary>
    private static string? VersionOf(string path)
    {
        try
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(path), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("version") && reader.Read())
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>"GAI001"…"GAI999".</summary>
    public static bool IsGreenAI(string ruleId) =>
        ruleId.Length == 6 && ruleId.StartsWith(RulePrefix, StringComparison.Ordinal) && ruleId.Skip(3).All(char.IsAsciiDigit);

    private static LogResult ToResult(string ruleId, SarifResult result)
    {
        var physical = result.Locations?.FirstOrDefault()?.PhysicalLocation;
        return new LogResult(
            ruleId,
            result.Level ?? "warning",
            result.Message?.Text ?? "",
            LocalPath(physical?.ArtifactLocation?.Uri),
            physical?.Region?.StartLine ?? 0,
            physical?.Region?.StartColumn ?? 0,
            Properties(result.Properties?.CustomProperties));
    }

    /// <summary>"file:///work/app/Bot.cs" → "/work/app/Bot.cs"; a relative or odd uri is kept as written.</summary>
    private static string LocalPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return "";
        }

        var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri);
        return path.IndexOf('\0') >= 0
            ? throw new LogProblem($"a result's file path holds a NUL character ({uri.Replace("\0", "\\0")}): the log was edited or is corrupt.")
            : path;
    }

    private static Dictionary<string, string> Properties(Dictionary<string, JsonElement>? custom)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in custom ?? [])
        {
            string? text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (text != null)
            {
                properties[key] = text;
            }
        }

        return properties;
    }

    /// <summary>A multi-targeted project, or the same log given twice, reports each diagnostic more than once.</summary>
    private static List<LogResult> Deduplicate(List<LogResult> results) =>
        results.DistinctBy(r => (r.RuleId, r.File, r.Line, r.Column, r.Message)).ToList();
}
