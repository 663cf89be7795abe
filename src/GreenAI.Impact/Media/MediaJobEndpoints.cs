using System;
using System.Collections.Immutable;
using GreenAI.Impact.Models;

namespace GreenAI.Impact.Media;

/// <summary>
/// The job-status endpoints of image and video providers (embedded media-job-endpoints.tsv): which request URIs poll a
/// generation job. A URI is given as its shape: the text written in code, with <see cref="Hole"/> where a part is not a
/// constant (<c>"\u0001/v1/tasks/\u0001"</c> for <c>$"{baseUrl}/v1/tasks/{id}"</c>).
/// </summary>
public static class MediaJobEndpoints
{
    public const char Hole = '\u0001';

    private static readonly Lazy<ImmutableArray<Row>> Table = new(Load);

    /// <summary>The provider whose job status the URI shape asks for, or null.</summary>
    public static string? ProviderOf(string shape)
    {
        var query = shape.IndexOf('?');
        var url = (query >= 0 ? shape.Substring(0, query) : shape).TrimEnd('/').ToLowerInvariant();
        string? host = null;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = url.IndexOf('/', scheme + 3);
            host = url.Substring(scheme + 3, (slash < 0 ? url.Length : slash) - scheme - 3);
            url = slash < 0 ? string.Empty : url.Substring(slash);
            if (host.IndexOf(Hole) >= 0)
            {
                host = null; // $"https://{region}.example.com/…": not a host to compare
            }
        }

        var path = "/" + url.TrimStart('/');
        foreach (var row in Table.Value)
        {
            if ((host == null ? row.PathAlone : row.Host == "*" || host.IndexOf(row.Host, StringComparison.Ordinal) >= 0)
                && EndsWithPattern(path, row.Path))
            {
                return row.Provider;
            }
        }

        return null;
    }

    /// <summary>Whether the path ends with the pattern's segments, {id} standing for any one segment (a hole included).</summary>
    private static bool EndsWithPattern(string path, string[] pattern)
    {
        var segments = path.Split('/');
        if (segments.Length < pattern.Length + 1)
        {
            return false;
        }

        var offset = segments.Length - pattern.Length;
        for (var i = 0; i < pattern.Length; i++)
        {
            var segment = segments[offset + i];
            if (pattern[i] == "{id}" ? segment.Length == 0 : segment != pattern[i])
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<Row> Load()
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.media-job-endpoints.tsv"))
        {
            if (cells.Length >= 4)
            {
                rows.Add(new Row(cells[0], cells[1], cells[2].Trim('/').Split('/'), cells[3] == "yes"));
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>The rows read from the table (a test compares them with the file).</summary>
    internal static int RowCount => Table.Value.Length;

    private sealed class Row
    {
        public Row(string provider, string host, string[] path, bool pathAlone) => (Provider, Host, Path, PathAlone) = (provider, host, path, pathAlone);

        public string Provider { get; }

        public string Host { get; }

        public string[] Path { get; }

        public bool PathAlone { get; }
    }
}
