using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Does any file of a compilation name an AI endpoint the raw-HTTP detections read (<c>/v1/videos</c>, Azure's
/// <c>video/generations</c>, the job-status paths of other image and video providers)? Decided from the text alone, before any semantic work: a project without an AI SDK and
/// without such a string registers nothing.
/// </summary>
internal static class AiEndpointText
{
    // Each marker with the index of its '/': the search jumps from slash to slash (a vectorised scan) and compares there.
    // The engine's media-job-endpoints.tsv paths as markers: a project that polls Runway, Together, Replicate, fal, Luma,
    // AI/ML API, MiniMax or Stability jobs over raw HTTP is analysed even without an AI SDK.
    private static readonly (string Text, int Slash)[] Markers =
    {
        ("/v1/videos", 0), ("video/generations", 5), ("/v1/tasks", 0), ("/v2/videos", 0), ("/v1/predictions", 0),
        ("/generations", 0), ("/requests/", 0), ("/v1/query/", 0), ("/v2beta/", 0),
    };

    private const int ChunkLength = 16384;
    private const int Overlap = 32; // longer than any marker, so one that spans two chunks is seen

    public static bool AnyIn(Compilation compilation, CancellationToken cancellationToken)
    {
        var buffer = new char[Overlap + ChunkLength];
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Names(tree.GetText(cancellationToken), buffer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(SourceText text, char[] buffer)
    {
        int kept = 0;
        for (int start = 0; start < text.Length; start += ChunkLength)
        {
            int count = Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, buffer, kept, count);
            int length = kept + count;
            for (int slash = Array.IndexOf(buffer, '/', 0, length); slash >= 0; slash = Array.IndexOf(buffer, '/', slash + 1, length - slash - 1))
            {
                foreach (var (marker, at) in Markers)
                {
                    if (MatchesAt(buffer, length, slash - at, marker))
                    {
                        return true;
                    }
                }

                if (slash + 1 >= length)
                {
                    break;
                }
            }

            kept = Math.Min(Overlap, length);
            Array.Copy(buffer, length - kept, buffer, 0, kept);
        }

        return false;
    }

    private static bool MatchesAt(char[] buffer, int length, int start, string marker)
    {
        if (start < 0 || start + marker.Length > length)
        {
            return false;
        }

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
