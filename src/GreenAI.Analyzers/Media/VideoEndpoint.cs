using System;
using System.Text;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Recognises a video-generation endpoint in a request URI written in code: a constant, or a string built from
/// constants and holes (<c>$"{endpoint}/openai/v1/videos"</c>, <c>baseUrl + "/v1/videos"</c>, <c>new Uri(…)</c>), also
/// through the app's own URL-building method or a local function's parameter (<see cref="UriBuilders"/>).
/// The path must be constant; the host may be anything.
/// </summary>
internal static class VideoEndpoint
{
    private const char Hole = GreenAI.Impact.Media.MediaEndpoints.Hole;

    /// <summary>OpenAI's or Azure's video API, from a request URI's shape (<see cref="RequestUri.Shape"/>).</summary>
    public static VideoApi? Of(string? shape)
    {
        if (shape == null)
        {
            return null;
        }

        int query = shape.IndexOf('?');
        var path = (query >= 0 ? shape.Substring(0, query) : shape).TrimEnd('/').ToLowerInvariant();
        if (path.EndsWith("/video/generations/jobs", StringComparison.Ordinal))
        {
            return VideoApi.AzureOpenAI;
        }

        if (path.EndsWith("/v1/videos", StringComparison.Ordinal) || path == "v1/videos"
            || (path.EndsWith("/remix", StringComparison.Ordinal) && path.IndexOf("/v1/videos/", StringComparison.Ordinal) >= 0))
        {
            return VideoApi.OpenAI;
        }

        return null;
    }

    /// <summary>
    /// The status URI of a generation job of any provider in the engine's table (OpenAI <c>…/v1/videos/{id}</c>, Azure
    /// <c>…/video/generations/jobs/{id}</c>, Runway, Together, Replicate, fal, Luma, …); not the content download below it.
    /// </summary>
    public static bool IsJobStatus(string? shape) =>
        shape != null && GreenAI.Impact.Media.MediaEndpoints.StatusProviderOf(shape) != null;

    /// <summary>
    /// A local set in each branch of an <c>if</c> (<c>url = useAzure ? … : …</c> written as statements: Azure's
    /// <c>$"{_endpoint}/openai/deployments/{_deployment}/chat/completions?api-version=…"</c>, else
    /// <c>$"{_endpoint}/chat/completions"</c>, school-ai-chatbot): the first value's shape, when every value ends with the
    /// same constant path. Values that end differently say nothing certain about the request.
    /// </summary>
    private static string? BranchShapes(ILocalReferenceOperation reference, CancellationToken cancellationToken, int depth, IInvocationOperation? helperCall)
    {
        string? first = null;
        string? ending = null;
        var count = 0;
        foreach (var (value, _) in UriBuilders.ValuesOf(reference))
        {
            if (value == null || ++count > 4 || Shape(value, cancellationToken, depth + 1, helperCall) is not { } shape || ConstantEnding(shape) is not { } end
                || (ending != null && ending != end))
            {
                return null;
            }

            first ??= shape;
            ending = end;
        }

        return count >= 2 ? first : null;
    }

    /// <summary>The constant path after the last hole, without the query ("/chat/completions"), or null when there is none.</summary>
    private static string? ConstantEnding(string shape)
    {
        var query = shape.IndexOf('?');
        var path = query >= 0 ? shape.Substring(0, query) : shape;
        var tail = path.Substring(path.LastIndexOf(Hole) + 1);
        return tail.IndexOf('/') >= 0 && tail.Trim('/').Length > 0 ? tail : null;
    }

    /// <summary>The URI's text with each non-constant part replaced by a hole character; null when nothing is constant.</summary>
    /// <param name="helperCall">A call of the method this URI is built in (<see cref="SendHelpers"/>): a parameter of it
    /// reads as the call's argument.</param>
    internal static string? Shape(IOperation? operation, CancellationToken cancellationToken, int depth = 0, IInvocationOperation? helperCall = null)
    {
        if (operation == null || depth > 4)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(operation, cancellationToken);
        switch (origin)
        {
            case { ConstantValue: { HasValue: true, Value: string text } }:
                return text;
            case IFieldReferenceOperation field when SingleAssignment.OfUriField(field, cancellationToken) is { } value:
                return Shape(value, cancellationToken, depth + 1, helperCall);
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    builder.Append(part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal } ? literal : Shape(part is IInterpolationOperation hole ? hole.Expression : null, cancellationToken, depth + 1, helperCall) ?? Hole.ToString());
                }

                return builder.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return (Shape(concatenation.LeftOperand, cancellationToken, depth + 1, helperCall) ?? Hole.ToString())
                    + (Shape(concatenation.RightOperand, cancellationToken, depth + 1, helperCall) ?? Hole.ToString());
            case ICoalesceOperation coalesce:
                // configuration["Images:Endpoint"] ?? "https://api.openai.com/v1/images/generations": the written fallback
                // says what the configured URL is for (nagendramishr/creative404).
                return Shape(coalesce.Value, cancellationToken, depth + 1, helperCall) ?? Shape(coalesce.WhenNull, cancellationToken, depth + 1, helperCall);
            case IConditionalOperation { WhenFalse: { } whenFalse } choice:
                // IsNullOrWhiteSpace(options.BaseUrl) ? DefaultBaseUrl : options.BaseUrl: the written default says what
                // the configured URL is for (diax-crm's Pollinations client), as a ?? fallback does.
                return Shape(choice.WhenTrue, cancellationToken, depth + 1, helperCall) ?? Shape(whenFalse, cancellationToken, depth + 1, helperCall);
            case IInvocationOperation call when UriBuilders.ReturnedValue(call, cancellationToken) is { } returned:
                return Shape(returned, cancellationToken, depth + 1);
            case IParameterReferenceOperation parameter when helperCall != null
                && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, helperCall.TargetMethod.OriginalDefinition)
                && SendHelpers.ArgumentFor(helperCall, parameter.Parameter) is { } passed:
                return Shape(passed, cancellationToken, depth + 1); // read where the caller writes it
            case IParameterReferenceOperation parameter when UriBuilders.ArgumentOf(parameter) is { } argument:
                return Shape(argument, cancellationToken, depth + 1, helperCall);
            case ILocalReferenceOperation local when UriBuilders.FirstOfConstants(local) is { } first:
                return first;
            case ILocalReferenceOperation local when BranchShapes(local, cancellationToken, depth, helperCall) is { } branches:
                return branches;
            case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { Type.Name: "Uri" } uri }:
                return Shape(uri, cancellationToken, depth, helperCall); // new Uri(new Uri(endpoint), path).ToString(): the same text, no level of its own
            case IPropertyReferenceOperation { Property.Name: "AbsoluteUri" or "OriginalString", Instance: { Type.Name: "Uri" } uri }:
                return Shape(uri, cancellationToken, depth, helperCall);
            case IPropertyReferenceOperation or IInvocationOperation when ConfiguredUri.TextOf(origin, cancellationToken) is { } configured:
                return configured;
            case IObjectCreationOperation { Type.Name: "Uri" } creation when creation.Arguments.Length > 0:
                // new Uri(text) or new Uri(baseUri, relative): the last string argument is the path.
                for (int i = creation.Arguments.Length - 1; i >= 0; i--)
                {
                    if (creation.Arguments[i].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        var relative = Shape(creation.Arguments[i].Value, cancellationToken, depth + 1, helperCall);
                        return i > 0 ? Hole + "/" + relative?.TrimStart('/') : relative;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
