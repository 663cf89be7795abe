using System;
using System.Globalization;
using System.Threading;
using GreenAI.Impact.Media;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// An image asked for by a GET whose URL holds the prompt (Pollinations: <c>image.pollinations.ai/prompt/{prompt}?width=960&amp;height=540&amp;model=flux</c>,
/// an image-get row of media-endpoints.tsv): the model, width and height are read from the query when they are written there.
/// </summary>
internal static class ImageByGet
{
    /// <summary>Cheap name check before any symbol work.</summary>
    public static bool MayBe(IMethodSymbol method) => HttpClientRequest.GetMethods.Contains(method.Name);

    /// <summary>The request, with the provider's row; null for any other call.</summary>
    public static (ImageRequest Request, string Endpoint)? Read(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (!MayBe(invocation.TargetMethod)
            || HttpClientRequest.Of(invocation, HttpClientRequest.GetMethods, "Get", cancellationToken) is not { } request
            || RequestUri.Shape(request.Uri, invocation, cancellationToken) is not { } shape
            || MediaEndpoints.CreationByGetOf(shape) is not { } endpoint)
        {
            return null;
        }

        var model = QueryValue(shape, "model");
        var width = QueryValue(shape, "width");
        var height = QueryValue(shape, "height");
        var size = int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && int.TryParse(height, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            ? new RequestValue(w.ToString(CultureInfo.InvariantCulture) + "x" + h.ToString(CultureInfo.InvariantCulture), null)
            : (RequestValue?)null;
        var image = new ImageRequest(endpoint.Provider, model == null ? null : new RequestValue(model, null), size, quality: null, count: null, takesOpenAIValues: false);
        return (image, "…/" + (endpoint.Provider ?? "image") + " GET");
    }

    /// <summary>A query parameter's constant value ("width=960"); null when it is absent or not written as a constant.</summary>
    private static string? QueryValue(string shape, string name)
    {
        var query = shape.IndexOf('?');
        if (query < 0)
        {
            return null;
        }

        foreach (var pair in shape.Substring(query + 1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && string.Equals(pair.Substring(0, equals), name, StringComparison.OrdinalIgnoreCase))
            {
                var value = pair.Substring(equals + 1);
                return value.Length == 0 || value.IndexOf(MediaEndpoints.Hole) >= 0 ? null : value;
            }
        }

        return null;
    }
}
