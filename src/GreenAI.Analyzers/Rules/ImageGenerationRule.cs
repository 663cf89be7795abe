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
/// GAI005: an image is generated (OpenAI/Azure ImageClient, Microsoft.Extensions.AI IImageGenerator, Semantic Kernel
/// text-to-image, Betalgo CreateImage, raw HTTP to the image providers of the engine's media-endpoints.tsv). The message gives a proxy estimate per image from the size and count; fixes
/// lower the size or quality, or pick gpt-image-1-mini, when the value is written in the request.
/// </summary>
internal sealed class ImageGenerationRule : IRule
{
    private const int MaxImagesPerRequest = 10;

    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ImageGeneration,
        title: "Image generation",
        messageFormat: "Image generation ({0}): {1} {2} — proxy from open image models measured on H100 (SD3 Medium to SDXL, MIT Technology Review and AI Energy Score 2025)",
        DiagnosticIds.Categories.Impact,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "One 1024x1024 image from an open diffusion model measured on an H100 takes about 0.6 to 2.1 Wh, as much as 18 to 70 short gpt-4o-mini answers under EcoLogits, and more with more pixels. No provider publishes figures for gpt-image, DALL-E or Imagen: the estimate scales measured open diffusion models at 1024x1024. Generate the smallest size and quality that serves, and store results.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ImageGeneration));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        var reader = new ImageRequestReader(actions.Services.Ids);
        var http = new HttpMediaRequestReader(actions.Services.Ids);
        actions.OnInvocation((c, invocation, definition) => Analyze(c, invocation, definition, actions.Services, reader, http));
    }

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, ModelCallDefinition? definition, AnalysisServices services, ImageRequestReader reader, HttpMediaRequestReader http)
    {
        ImageRequest? request = null;
        if (definition is { Modality: Modality.Image })
        {
            request = reader.Read(invocation, definition, context.CancellationToken);
        }
        else if (definition == null && HttpPost.MayBe(invocation.TargetMethod)
            && http.Read(invocation, context.CancellationToken) is { Kind: GreenAI.Impact.Media.MediaKind.Image } posted)
        {
            request = ImageRequest.FromHttp(posted);
        }
        else if (definition == null && ImageByGet.Read(invocation, context.CancellationToken) is { } asked)
        {
            request = asked.Request;
        }

        if (request != null)
        {
            Report(context, invocation, request, services);
        }
    }

    private static void Report(OperationAnalysisContext context, IInvocationOperation invocation, ImageRequest request, AnalysisServices services)
    {
        string? model = request.Model?.Text;
        int width = ImageSizes.DefaultSide, height = ImageSizes.DefaultSide;
        bool sizeKnown = request.Size?.Text is { } sizeText && PixelSizes.TryParse(sizeText, out width, out height);
        if (!sizeKnown)
        {
            (width, height) = (ImageSizes.DefaultSide, ImageSizes.DefaultSide);
        }

        int images = MediaText.Count(request.Count, MaxImagesPerRequest);
        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        string label = string.IsNullOrWhiteSpace(model) ? "unknown model" : model!.Trim();
        var estimate = services.MediaEstimates.For(
            ImageEnergy.DeviceWh(width, height, images), label, MediaProviders.ProfileOf(model, request.Provider), options.ElectricityZone, ImageEnergy.Method,
            (PropertyNames.Width, width.ToString(CultureInfo.InvariantCulture)),
            (PropertyNames.Height, height.ToString(CultureInfo.InvariantCulture)),
            (PropertyNames.Images, images.ToString(CultureInfo.InvariantCulture)));

        var properties = services.NewProperties(estimate.ToProperties());
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)));
        var tree = invocation.Syntax.SyntaxTree;
        if (request.TakesOpenAIValues && request.Size?.Text is { } written && ImageSizes.SmallerSize(written, model) is { } smaller)
        {
            ValueReplacement.Add(properties, ValueReplacement.Size, request.Size, smaller, tree, "Generate at " + smaller + " instead of " + written.Trim());
        }

        if (request.TakesOpenAIValues && request.Quality?.Text is { } quality && ImageSizes.LowerQuality(quality) is { } lower)
        {
            ValueReplacement.Add(properties, ValueReplacement.Quality, request.Quality, lower, tree, "Use quality '" + lower + "' instead of '" + quality.Trim() + "'");
        }

        if (request.TakesOpenAIValues && ImageSizes.SmallerModel(model) is { } smallerModel)
        {
            ValueReplacement.Add(properties, ValueReplacement.Model, request.Model, smallerModel, tree, "Use " + smallerModel);
        }

        string what = label + MediaProvider.Via(request.Provider)
            + ", " + MediaText.Size(width, height, sizeKnown)
            + ", " + estimate.Zone + " mix";
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, CallLocation.Of(invocation), properties.Locations, properties.ToImmutable(), what, EstimateText.Amounts(estimate), MediaText.Per(images, "image")));
    }
}
