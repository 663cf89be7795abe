using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>
/// Gives each image generation response its estimated impact (<see cref="ImageImpactExtensions.GetImpact"/>) and records
/// it on the same instruments as chat (gen_ai.operation.name <c>generate_content</c>). The response and any exception of
/// the inner generator pass through untouched.
/// </summary>
public sealed class ImpactTrackingImageGenerator : DelegatingImageGenerator
{
    private readonly ImpactTrackingOptions _options;
    private readonly ImpactInstruments _instruments;
    private readonly MetadataOnce<ImageGeneratorMetadata> _metadata;

    /// <param name="meterFactory">The host's meter factory; null: the generator creates its meter and disposes it with itself.</param>
    public ImpactTrackingImageGenerator(IImageGenerator innerGenerator, ImpactTrackingOptions? options = null, IMeterFactory? meterFactory = null)
        : base(innerGenerator)
    {
        _options = options ?? new ImpactTrackingOptions();
        _options.Validate();
        _instruments = new ImpactInstruments(_options.SourceName, meterFactory);
        _metadata = new MetadataOnce<ImageGeneratorMetadata>(type => InnerGenerator.GetService(type));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _instruments.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ImageGenerationResponse response;
        try
        {
            response = await base.GenerateAsync(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ImpactGuard.Record(_instruments, ImageImpact.Unknown("the call failed or was cancelled", RequestModel(options)), () => Tags(options), exception.GetType().FullName);
            throw;
        }

        var modelId = RequestModel(options);
        var impact = ImpactGuard.Compute(
            () => RuntimeImageImpact.Compute(modelId, SizeOf(options), ImagesIn(response), Metadata?.ProviderName, _options),
            reason => ImageImpact.Unknown(reason, modelId));
        ImageImpactExtensions.Attach(response, impact);
        ImpactGuard.Record(_instruments, impact, () => Tags(options));
        return response;
    }

    private ImageGeneratorMetadata? Metadata => _metadata.Value;

    private static (int, int)? SizeOf(ImageGenerationOptions? options) =>
        options?.ImageSize is { } size ? (size.Width, size.Height) : null;

    /// <summary>The images the response carries: data or links whose media type is an image's.</summary>
    private static int ImagesIn(ImageGenerationResponse response)
    {
        int images = 0;
        foreach (var content in response.Contents)
        {
            string? mediaType = content switch
            {
                DataContent data => data.MediaType,
                UriContent uri => uri.MediaType,
                _ => null,
            };
            images += mediaType != null && mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return images;
    }

    private string? RequestModel(ImageGenerationOptions? options) => options?.ModelId ?? Metadata?.DefaultModelId;

    private ImpactTags Tags(ImageGenerationOptions? options) => new(ImpactTags.GenerateContent, Metadata?.ProviderName, RequestModel(options), null);
}
