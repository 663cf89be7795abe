using OpenAI;
using OpenAI.Images;

namespace GreenAI.Samples;

/// <summary>Draws a cover image for each release: a wide, high-quality picture from gpt-image-1.</summary>
public sealed class CoverArtist
{
    private readonly ImageClient _images;

    public CoverArtist(OpenAIClient client) => _images = client.GetImageClient("gpt-image-1");

    public async Task<BinaryData> DrawAsync(string releaseTitle)
    {
        // GAI005 estimates the image and offers 1024x1024, quality 'medium' or gpt-image-1-mini.
        var options = new ImageGenerationOptions { Size = GeneratedImageSize.W1536xH1024, Quality = GeneratedImageQuality.HighQuality };
        GeneratedImage image = await _images.GenerateImageAsync("A cover illustration for " + releaseTitle, options);
        return image.ImageBytes;
    }
}
