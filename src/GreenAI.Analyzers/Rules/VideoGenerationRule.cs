using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Impact.Media;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI004: a video is generated (OpenAI VideoClient, raw HTTP to /v1/videos or Azure's video/generations/jobs,
/// Google GenAI Veo, raw HTTP to the video providers of the engine's media-endpoints.tsv). The message gives a proxy estimate from the model class, duration and resolution in the request;
/// fixes shorten the clip or lower the resolution when they are literals there.
/// </summary>
internal sealed class VideoGenerationRule : IRule
{
    private const int MaxVideosPerRequest = 16;

    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.VideoGeneration,
        title: "Video generation",
        messageFormat: "Video generation ({0}): {1} {2} — proxy from open text-to-video models measured on H100 (Delavande, Pierrard and Luccioni 2025)",
        DiagnosticIds.Categories.Impact,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A generated video costs as much energy as thousands of chat answers, and grows faster than linearly with its duration and resolution. No provider publishes figures for Sora or Veo: the estimate scales measured open models (Wan2.1 1.3B to 14B on H100). Generate the shortest clip at the lowest resolution that serves, and store results instead of generating them again.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.VideoGeneration));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        var reader = new VideoRequestReader(actions.Services.Ids, new HttpMediaRequestReader(actions.Services.Ids));
        actions.OnInvocation((c, invocation, definition) => Analyze(c, invocation, definition, actions.Services, reader));
    }

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, ModelCallDefinition? definition, AnalysisServices services, VideoRequestReader reader)
    {
        VideoRequest? request = null;
        if (definition is { Modality: Modality.Video })
        {
            request = reader.ReadSdkCall(invocation, definition, context.CancellationToken);
        }
        else if (HttpPost.MayBe(invocation.TargetMethod))
        {
            request = reader.ReadHttpCall(invocation, context.CancellationToken);
        }

        if (request != null)
        {
            Report(context, invocation, request, services);
        }
    }

    private static void Report(OperationAnalysisContext context, IInvocationOperation invocation, VideoRequest request, AnalysisServices services)
    {
        // An OpenAI body in sight that leaves a field out gets the API's default; a value the code hides is assumed.
        bool openAIDefaults = request.Api == VideoApi.OpenAI && request.BodySeen;
        bool secondsKnown = VideoSizes.TryParseSeconds(request.Seconds, out double seconds);
        if (!secondsKnown)
        {
            seconds = VideoSizes.DefaultSeconds;
        }

        string secondsNote = secondsKnown ? string.Empty : " assumed";
        if (!secondsKnown && openAIDefaults && request.Seconds == null)
        {
            (seconds, secondsNote) = (VideoSizes.OpenAIDefaultSeconds, " by default");
        }

        int width = VideoSizes.DefaultWidth, height = VideoSizes.DefaultHeight;
        bool sizeKnown = request.Api == VideoApi.AzureOpenAI
            ? TryPixels(request.Width, out width) & TryPixels(request.Height, out height)
            : (request.Size?.Text is { } size && PixelSizes.TryParse(size, out width, out height))
                || (request.Api == VideoApi.OtherProvider && TryPixels(request.Width, out width) & TryPixels(request.Height, out height));
        string sizeNote = sizeKnown ? string.Empty : " assumed";
        if (!sizeKnown)
        {
            (width, height) = (VideoSizes.DefaultWidth, VideoSizes.DefaultHeight);
            if (openAIDefaults && request.Size == null)
            {
                (width, height, sizeNote) = (VideoSizes.OpenAIDefaultWidth, VideoSizes.OpenAIDefaultHeight, " by default");
            }
        }

        int videos = MediaText.Count(request.Count, MaxVideosPerRequest);
        string modelClass = VideoModelClass.Of(request.ModelId);
        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        var estimate = services.MediaEstimates.For(
            VideoEnergy.DeviceWh(seconds, width, height, videos), modelClass, MediaProviders.ProfileOf(request.ModelId, request.Provider), options.ElectricityZone, VideoEnergy.Method,
            (PropertyNames.Seconds, seconds.ToString("R", CultureInfo.InvariantCulture)),
            (PropertyNames.Width, width.ToString(CultureInfo.InvariantCulture)),
            (PropertyNames.Height, height.ToString(CultureInfo.InvariantCulture)),
            (PropertyNames.Videos, videos.ToString(CultureInfo.InvariantCulture)));

        var properties = services.NewProperties(estimate.ToProperties());
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)));
        var tree = invocation.Syntax.SyntaxTree;
        if (request.Seconds?.Text is { } writtenSeconds && VideoSizes.ShorterSeconds(request.Api, writtenSeconds) is { } shorter)
        {
            ValueReplacement.Add(properties, ValueReplacement.Duration, request.Seconds, shorter, tree, "Generate " + shorter + " s instead of " + writtenSeconds.Trim() + " s");
        }

        if (request.Size?.Text is { } writtenSize && VideoSizes.SmallerSize(request.Api, writtenSize) is { } smaller)
        {
            ValueReplacement.Add(properties, ValueReplacement.Size, request.Size, smaller, tree, "Generate at " + smaller + " instead of " + writtenSize.Trim());
        }

        string what = modelClass + MediaProvider.Via(request.Provider)
            + ", " + EstimateText.Number(seconds) + " s" + secondsNote
            + ", " + MediaText.Size(width, height, known: true) + sizeNote
            + ", " + estimate.Zone + " mix";
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, CallLocation.Of(invocation), properties.Locations, properties.ToImmutable(), what, EstimateText.Amounts(estimate), MediaText.Per(videos, "video")));
    }

    private static bool TryPixels(RequestValue? value, out int pixels)
    {
        pixels = 0;
        if (value?.Number is { } number && number >= 16 && number <= 16384)
        {
            pixels = (int)number;
            return true;
        }

        return false;
    }
}
