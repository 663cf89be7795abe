using System;

namespace GreenAI.Impact.Media;

/// <summary>
/// A request URI as written in code, split into its host (when written) and path segments, lower case, without the
/// query. Each part the code does not make constant is a <see cref="Hole"/>: <c>$"{baseUrl}/v1/tasks/{id}"</c> is
/// <c>"\u0001/v1/tasks/\u0001"</c>, with no host.
/// </summary>
internal sealed class UriShape
{
    public const char Hole = '\u0001';

    private UriShape(string? host, string[] segments) => (Host, Segments) = (host, segments);

    /// <summary>The host, or null when it is not written or not constant (<c>https://{region}.example.com</c>).</summary>
    public string? Host { get; }

    /// <summary>The path's segments, no empty ones: "/v1/tasks/x" is ["v1", "tasks", "x"].</summary>
    public string[] Segments { get; }

    public static UriShape Of(string shape)
    {
        var query = shape.IndexOf('?');
        var url = (query >= 0 ? shape.Substring(0, query) : shape).ToLowerInvariant();
        if (url.Length > 0 && url[0] == Hole)
        {
            url = url.TrimStart(Hole); // a base URL from elsewhere, with or without its '/': _host + "v2beta/…"
        }

        string? host = null;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = url.IndexOf('/', scheme + 3);
            host = url.Substring(scheme + 3, (slash < 0 ? url.Length : slash) - scheme - 3);
            url = slash < 0 ? string.Empty : url.Substring(slash);
            if (host.IndexOf(Hole) >= 0)
            {
                host = null;
            }
        }

        return new UriShape(host, url.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
