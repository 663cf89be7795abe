using System;
using System.Collections.Immutable;
using GreenAI.Impact.Models;

namespace GreenAI.Impact.Media;

/// <summary>
/// Whether a model id of a multi-model host generates images or videos (embedded media-model-kinds.tsv): video
/// fragments are tried first, so <c>wan-2.1-image-to-video</c> is a video model and <c>gen4_image</c> an image one.
/// </summary>
public static class MediaModelKinds
{
    private static readonly Lazy<ImmutableArray<(string Fragment, MediaKind Kind)>> Table = new(Load);

    /// <summary>The kind of model the id names, or null when it names neither (a text model on the same host).</summary>
    public static MediaKind? Of(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return null;
        }

        var id = modelId!.Trim().ToLowerInvariant();
        foreach (var (fragment, kind) in Table.Value)
        {
            if (StartsAPart(id, fragment))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool StartsAPart(string id, string fragment)
    {
        for (int at = id.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = id.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || id[at - 1] is '/' or '-' or '_' or '.' or ':' or ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<(string, MediaKind)> Load()
    {
        var videos = ImmutableArray.CreateBuilder<(string, MediaKind)>();
        var images = ImmutableArray.CreateBuilder<(string, MediaKind)>();
        foreach (var cells in EmbeddedTable.Rows("GreenAI.Impact.media-model-kinds.tsv"))
        {
            if (cells.Length >= 2)
            {
                (cells[1] == "video" ? videos : images).Add((cells[0], cells[1] == "video" ? MediaKind.Video : MediaKind.Image));
            }
        }

        videos.AddRange(images);
        return videos.ToImmutable();
    }

    /// <summary>The fragments read from the table (a test compares them with the file).</summary>
    internal static int RowCount => Table.Value.Length;
}
