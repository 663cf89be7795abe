using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Impact.Media;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Does any file of a compilation name an AI endpoint the raw-HTTP detections read (the engine's media-endpoints.tsv:
/// OpenAI and Azure video, the image and video providers' creation and job-status paths, their hosts; and the chat and
/// embedding paths of <see cref="RawModelRequest"/>)? Decided from the
/// text alone, in one pass, before any semantic work: a project without an AI SDK and without such a string registers
/// nothing.
/// </summary>
/// <remarks>
/// The pass jumps from '/' to '/' (a vectorised search) and reads the path segment that follows: it is a marker when it
/// equals a path marker (<c>text_to_video</c>, <c>predictions</c>), holds a host marker (<c>api.bfl.ai</c>), or ends
/// with a suffix marker (<c>imagen-4.0-generate-001:predict</c>). Comparisons ignore case and allocate nothing.
/// </remarks>
internal static class AiEndpointText
{
    private const int ChunkLength = 16384;
    private const int MaxSegment = 96; // a longer segment is no endpoint's; it is also what a chunk keeps of the previous one

    private static readonly Lazy<Markers> Known = new(() => new Markers(MediaEndpoints.HostMarkers.Concat(RawModelRequest.GateHosts), MediaEndpoints.PathMarkers.Concat(RawModelRequest.GatePaths)));

    // Each tree is read once: the export generator and the analyzers of one build see the same tree objects, and an IDE
    // keeps the trees of the files that did not change. Weak keys: nothing outlives its tree.
    private static readonly ConditionalWeakTable<SyntaxTree, object> Read = new();
    private static readonly object Yes = true;
    private static readonly object No = false;

    public static bool AnyIn(Compilation compilation, CancellationToken cancellationToken)
    {
        char[]? buffer = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var known = Read.GetValue(tree, t => Names(t.GetText(cancellationToken), buffer ??= new char[MaxSegment + ChunkLength], Known.Value) ? Yes : No);
            if (ReferenceEquals(known, Yes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same search without the per-tree memory: what the first reading of a tree costs (the harness).</summary>
    internal static bool AnyInUncached(Compilation compilation, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxSegment + ChunkLength];
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Names(tree.GetText(cancellationToken), buffer, Known.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(SourceText text, char[] buffer, Markers markers)
    {
        int kept = 0;
        for (int start = 0; start < text.Length; start += ChunkLength)
        {
            int count = Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, buffer, kept, count);
            int length = kept + count;
            bool last = start + count >= text.Length;
            int slash = Array.IndexOf(buffer, '/', 0, length);
            int resumeAt = length;
            for (; slash >= 0; slash = slash + 1 < length ? Array.IndexOf(buffer, '/', slash + 1, length - slash - 1) : -1)
            {
                int end = SegmentEnd(buffer, slash + 1, length);
                if (end == length && !last && end - slash <= MaxSegment)
                {
                    resumeAt = slash; // the segment may go on in the next chunk: read it again there
                    break;
                }

                if (markers.Any(buffer, slash + 1, end))
                {
                    return true;
                }
            }

            kept = Math.Min(length - Math.Min(resumeAt, length), MaxSegment);
            Array.Copy(buffer, length - kept, buffer, 0, kept);
        }

        return false;
    }

    private static int SegmentEnd(char[] buffer, int from, int length)
    {
        for (int i = from; i < length; i++)
        {
            if (buffer[i] is '/' or '"' or '\'' or '?' or '`' or '\\' or '\r' or '\n' or ' ' or '\t' or ',' or ';' or ')')
            {
                return i;
            }
        }

        return length;
    }

    /// <summary>The engine's markers, sorted by how a segment is compared with them.</summary>
    private sealed class Markers
    {
        private readonly Dictionary<int, List<string>> _segmentsByLength = new();
        private readonly List<string> _hosts = new();
        private readonly List<string> _suffixes = new();

        public Markers(IEnumerable<string> hosts, IEnumerable<string> paths)
        {
            _hosts.AddRange(hosts);
            foreach (var marker in paths)
            {
                if (marker.StartsWith(":", StringComparison.Ordinal))
                {
                    _suffixes.Add(marker);
                }
                else
                {
                    if (!_segmentsByLength.TryGetValue(marker.Length, out var same))
                    {
                        _segmentsByLength[marker.Length] = same = new List<string>();
                    }

                    same.Add(marker);
                }
            }
        }

        public bool Any(char[] buffer, int start, int end)
        {
            int length = end - start;
            if (length <= 0 || length > MaxSegment)
            {
                return false;
            }

            if (_segmentsByLength.TryGetValue(length, out var same))
            {
                foreach (var marker in same)
                {
                    if (EqualsAt(buffer, start, marker))
                    {
                        return true;
                    }
                }
            }

            // Every host marker has a '.' or a ':', and every suffix marker starts with ':': most segments have neither.
            if (Array.IndexOf(buffer, '.', start, length) < 0 && Array.IndexOf(buffer, ':', start, length) < 0)
            {
                return false;
            }

            foreach (var host in _hosts)
            {
                for (int at = start; at + host.Length <= end; at++)
                {
                    if (EqualsAt(buffer, at, host))
                    {
                        return true;
                    }
                }
            }

            foreach (var suffix in _suffixes)
            {
                if (length > suffix.Length && EqualsAt(buffer, end - suffix.Length, suffix))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EqualsAt(char[] buffer, int start, string marker)
        {
            for (int i = 0; i < marker.Length; i++)
            {
                if (char.ToLowerInvariant(buffer[start + i]) != marker[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
