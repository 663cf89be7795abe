using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GreenAI.Impact.Models;

namespace GreenAI.Impact.Media;

/// <summary>
/// The image and video endpoints of hosted providers (embedded media-endpoints.tsv): which request URIs create a
/// generation, and which poll a generation job. A URI is given as its shape (<see cref="UriShape"/>): the text written
/// in code, with <see cref="Hole"/> where a part is not a constant.
/// </summary>
public static class MediaEndpoints
{
    public const char Hole = UriShape.Hole;

    private const string Status = "status";
    private const string ImageByGet = "image-get";
    private const string ModelSegment = "{model}";
    private const string ModelTail = "{model*}";
    private const string AnySegment = "{id}";

    private static readonly Lazy<ImmutableArray<Row>> Table = new(Load);

    /// <summary>The provider whose job status the URI shape asks for, or null.</summary>
    public static string? StatusProviderOf(string shape)
    {
        var uri = UriShape.Of(shape);
        foreach (var row in Table.Value)
        {
            if (row.Role == Status && row.HostMatches(uri.Host) && row.Match(uri.Segments, out _))
            {
                return row.Provider;
            }
        }

        return null;
    }

    /// <summary>The generation endpoint the URI shape posts to, or null.</summary>
    public static MediaEndpoint? CreationOf(string shape) => Creation(shape, byGet: false);

    /// <summary>The generation endpoint a GET of the URI shape asks (Pollinations: the prompt is in the path), or null.</summary>
    public static MediaEndpoint? CreationByGetOf(string shape) => Creation(shape, byGet: true);

    private static MediaEndpoint? Creation(string shape, bool byGet)
    {
        var uri = UriShape.Of(shape);
        foreach (var row in Table.Value)
        {
            if (row.Role != Status && row.ByGet == byGet && row.HostMatches(uri.Host) && row.Match(uri.Segments, out var model))
            {
                var kind = row.Role switch
                {
                    "image" or ImageByGet => MediaKind.Image,
                    "video" => MediaKind.Video,
                    _ => (MediaKind?)null,
                };
                return new MediaEndpoint(row.Provider == "*" ? null : row.Provider, kind, model);
            }
        }

        return null;
    }

    /// <summary>
    /// The host parts whose presence in a file may mean a raw-HTTP media request (<c>runwayml.com</c>, <c>fal.run</c>):
    /// a row that needs its host written is known by its host.
    /// </summary>
    public static ImmutableArray<string> HostMarkers => LazyMarkers.Value.Hosts;

    /// <summary>
    /// The hosts that are a provider's name rather than a domain (<c>comfy</c>): a request whose host is not written
    /// (a configured base address) is taken as that provider's when the class that sends it is named after it
    /// (<c>ComfyUIClient</c>). Matched in the lower-cased type name.
    /// </summary>
    public static ImmutableArray<string> NameHints => LazyNameHints.Value;

    private static readonly Lazy<ImmutableArray<string>> LazyNameHints = new(() =>
    {
        var hints = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in Table.Value)
        {
            if (row.Host.Length > 0 && row.Host.All(char.IsLetter))
            {
                hints.Add(row.Host);
            }
        }

        return ImmutableArray.CreateRange(hints);
    });

    /// <summary>
    /// The path segments whose presence may mean one (<c>text_to_video</c>, <c>predictions</c>), each the most distinctive
    /// (longest) literal segment of a row whose path is enough alone; one that starts with ':' is a segment's ending
    /// (<c>:predictlongrunning</c>). A project without an AI SDK and without any marker is not analysed.
    /// </summary>
    public static ImmutableArray<string> PathMarkers => LazyMarkers.Value.Paths;

    private static readonly Lazy<(ImmutableArray<string> Hosts, ImmutableArray<string> Paths)> LazyMarkers = new(() =>
    {
        var hosts = new SortedSet<string>(StringComparer.Ordinal);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in Table.Value)
        {
            if (row.Host != "*")
            {
                hosts.Add(row.Host);
            }

            if (!row.PathAlone)
            {
                continue;
            }

            string longest = string.Empty;
            foreach (var segment in row.Path)
            {
                var literal = LiteralPart(segment);
                if (literal.Length > longest.Length)
                {
                    longest = literal;
                }
            }

            if (longest.Length > 0)
            {
                paths.Add(longest);
            }
        }

        return (ImmutableArray.CreateRange(hosts), ImmutableArray.CreateRange(paths));
    });

    private static string LiteralPart(string segment)
    {
        if (segment == AnySegment || segment == ModelSegment || segment == ModelTail)
        {
            return string.Empty;
        }

        return segment.StartsWith(ModelSegment, StringComparison.Ordinal) ? segment.Substring(ModelSegment.Length) : segment;
    }

    private static ImmutableArray<Row> Load()
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.media-endpoints.tsv"))
        {
            if (cells.Length >= 5)
            {
                rows.Add(new Row(cells[0], cells[1], cells[2], cells[3].ToLowerInvariant().Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries), cells[4] == "yes"));
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>The rows read from the table (a test compares them with the file).</summary>
    internal static int RowCount => Table.Value.Length;

    private sealed class Row
    {
        public Row(string provider, string role, string host, string[] path, bool pathAlone) =>
            (Provider, Role, Host, Path, PathAlone) = (provider, role, host, path, pathAlone);

        public string Provider { get; }

        public string Role { get; }

        public string Host { get; }

        public string[] Path { get; }

        public bool PathAlone { get; }

        /// <summary>A generation asked by a GET, not a POST.</summary>
        public bool ByGet => Role == ImageByGet;

        public bool HostMatches(string? host) =>
            host == null ? PathAlone : Host == "*" || host.IndexOf(Host, StringComparison.Ordinal) >= 0;

        /// <summary>Whether the path ends with this row's segments ({model*}: is this row's prefix and a tail); the model id the path names.</summary>
        public bool Match(string[] segments, out string? model)
        {
            model = null;
            bool tail = Path.Length > 0 && Path[Path.Length - 1] == ModelTail;
            int fixedLength = tail ? Path.Length - 1 : Path.Length;
            int offset = tail ? 0 : segments.Length - Path.Length;
            if (offset < 0 || segments.Length < Path.Length)
            {
                return false;
            }

            var parts = new List<string>();
            for (int i = 0; i < fixedLength; i++)
            {
                if (!SegmentMatches(Path[i], segments[offset + i], parts))
                {
                    return false;
                }
            }

            if (tail)
            {
                for (int i = fixedLength; i < segments.Length; i++)
                {
                    parts.Add(segments[i]);
                }
            }

            if (parts.Count > 0)
            {
                var id = string.Join("/", parts);
                model = id.IndexOf(Hole) >= 0 ? null : id;
            }

            return true;
        }

        private static bool SegmentMatches(string pattern, string segment, List<string> modelParts)
        {
            if (pattern == AnySegment)
            {
                return segment.Length > 0;
            }

            if (pattern.StartsWith(ModelSegment, StringComparison.Ordinal))
            {
                var suffix = pattern.Substring(ModelSegment.Length);
                if (segment.Length <= suffix.Length || !segment.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return false;
                }

                modelParts.Add(segment.Substring(0, segment.Length - suffix.Length));
                return true;
            }

            return segment == pattern;
        }
    }
}
