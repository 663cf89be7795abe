using GreenAI.Impact;
using System.Text.Json;

namespace GreenAI.Review.Sarif;

/// <summary>
/// Reads the SARIF 2.1 logs that <c>dotnet build -p:ErrorLog=build.sarif%2Cversion=2.1</c> writes and keeps the GreenAI
/// results. Streams each file and keeps only GreenAI's results as it reads them (<see cref="GreenAIResults"/>: a 1 GiB log is
/// read in a few hundred megabytes); every unusable log is a
/// <see cref="LogProblem"/> that says what is wrong and how to get a good one.
/// </summary>
internal static class SarifReader
{
    public const string RulePrefix = RuleIds.Prefix;

    private const string ErrorLogHint = "build with -p:ErrorLog=build.sarif%2Cversion=2.1";

    public static BuildLog Read(IReadOnlyList<string> paths)
    {
        var results = new DistinctResults();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ReadOne(path, results, titles);
        }

        return new BuildLog(paths, results.List, titles);
    }

    private static void ReadOne(string path, DistinctResults results, Dictionary<string, string> titles)
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

            if (run.Results is { Count: > 0 } kept)
            {
                greenAIRan = true;
                foreach (var result in kept.Kept)
                {
                    results.Add(result);
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

    /// <summary>A log larger than this is not read again whole to find its version after a JSON error.</summary>
    private const long MaxBytesForVersion = 64L * 1024 * 1024;

    /// <summary>The top-level "version" of a JSON file, read without building the document; null when there is none or the file is too large to read twice.</summary>
    private static string? VersionOf(string path)
    {
        try
        {
            if (new FileInfo(path).Length > MaxBytesForVersion)
            {
                return null;
            }

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

    /// <summary>A GreenAI result as the tool keeps it, its repeated texts shared through <paramref name="pool"/>.</summary>
    internal static LogResult ToResult(string ruleId, SarifResult result, StringPool pool)
    {
        var physical = result.Locations?.FirstOrDefault()?.PhysicalLocation;
        return new LogResult(
            pool.Share(ruleId),
            pool.Share(result.Level ?? "warning"),
            pool.Share(result.Message?.Text ?? ""),
            pool.Share(LocalPath(physical?.ArtifactLocation?.Uri)),
            physical?.Region?.StartLine ?? 0,
            physical?.Region?.StartColumn ?? 0,
            Properties(result.Properties?.CustomProperties, pool));
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

    private static ResultProperties Properties(List<KeyValuePair<string, string>>? pairs, StringPool pool)
    {
        if (pairs is not { Count: > 0 })
        {
            return ResultProperties.Empty;
        }

        string? site = null;
        var others = new List<KeyValuePair<string, string>>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            if (key == Sites.SiteProperty.Name)
            {
                site = pool.Share(value); // the last one wins, as in JSON
            }
            else
            {
                others.Add(new(pool.Share(key), pool.Share(value)));
            }
        }

        return new ResultProperties(site, pool.Share(others.ToArray()));
    }

    /// <summary>
    /// The results of every log, each diagnostic once: a multi-targeted project, or the same log given twice, reports
    /// each diagnostic more than once.
    /// </summary>
    private sealed class DistinctResults
    {
        private readonly HashSet<LogResult> _seen = new(SameDiagnostic.Instance);

        public List<LogResult> List { get; } = [];

        public void Add(LogResult result)
        {
            if (_seen.Add(result))
            {
                List.Add(result);
            }
        }
    }

    /// <summary>The same diagnostic: rule, place and message.</summary>
    private sealed class SameDiagnostic : IEqualityComparer<LogResult>
    {
        public static readonly SameDiagnostic Instance = new();

        public bool Equals(LogResult? x, LogResult? y) =>
            ReferenceEquals(x, y)
            || x != null && y != null && x.Line == y.Line && x.Column == y.Column
                && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal)
                && string.Equals(x.File, y.File, StringComparison.Ordinal)
                && string.Equals(x.Message, y.Message, StringComparison.Ordinal);

        public int GetHashCode(LogResult result) => HashCode.Combine(result.RuleId, result.File, result.Line, result.Column, result.Message);
    }
}
