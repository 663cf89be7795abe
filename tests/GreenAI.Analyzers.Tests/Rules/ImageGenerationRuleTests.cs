using System.Globalization;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.ImageGenerationRule, GreenAI.CodeFixes.ReplaceRequestValueCodeFixProvider>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class ImageGenerationRuleTests
{
    [Fact]
    public Task Every_SDK_surface_that_generates_images() => VerifyGai005.Diagnostics("""
        using Betalgo.Ranul.OpenAI.Contracts.Enums.Image;
        using Betalgo.Ranul.OpenAI.Contracts.Enums.Model;
        using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
        using Betalgo.Ranul.OpenAI.Interfaces;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel.TextToImage;
        using OpenAI;
        using OpenAI.Images;

        class Illustrator
        {
            async Task Draw(OpenAIClient openAI, IImageGenerator generator, ITextToImageService kernelImages, IOpenAIService betalgo)
            {
                ImageClient images = openAI.GetImageClient("dall-e-3");
                await images.{|GAI005:GenerateImageAsync|}("a fox", new OpenAI.Images.ImageGenerationOptions { Size = GeneratedImageSize.W1792xH1024, Quality = GeneratedImageQuality.High });
                images.{|GAI005:GenerateImages|}("a fox", 4);
                await generator.{|GAI005:GenerateImagesAsync|}("a fox", new Microsoft.Extensions.AI.ImageGenerationOptions { ModelId = "gpt-image-1", Count = 2 });
                await kernelImages.{|GAI005:GenerateImageAsync|}("a fox", 512, 512);
                await betalgo.Image.{|GAI005:CreateImage|}(new CreateImageRequest { Prompt = "a fox", Model = ImageModel.DallE3, Size = ImageSize.Size1024x1792, Quality = ImageQuality.Hd });
            }
        }
        """);

    /// <summary>Options made with a constructor and no initializer: the defaults apply (no initializer to read is not an error).</summary>
    [Fact]
    public Task Options_created_without_an_initializer_get_the_default_size() => VerifyGai005.Diagnostics("""
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Images;

        class Illustrator
        {
            async Task Draw(OpenAIClient openAI, IImageGenerator generator)
            {
                ImageClient images = openAI.GetImageClient("dall-e-3");
                await images.{|GAI005:GenerateImageAsync|}("a fox", new OpenAI.Images.ImageGenerationOptions());
                var options = new Microsoft.Extensions.AI.ImageGenerationOptions();
                await generator.{|GAI005:GenerateImagesAsync|}("a fox", options);
            }
        }
        """);

    /// <summary>A call on the concrete service class is the interface's call.</summary>
    [Fact]
    public Task A_call_on_the_concrete_service_is_image_generation() => VerifyGai005.Diagnostics("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.OpenAI;

        class Illustrator
        {
            async Task Draw(OpenAITextToImageService images)
            {
                await images.{|GAI005:GetImageContentsAsync|}(new TextContent("a fox"), new OpenAITextToImageExecutionSettings { Size = (1024, 1024) });
            }
        }
        """);

    [Fact]
    public Task Reading_stored_images_and_user_types_are_silent() => VerifyGai005.Diagnostics("""
        namespace MyApp
        {
            class ImageClient { public Task GenerateImageAsync(string prompt) => Task.CompletedTask; }

            class Gallery
            {
                async Task Show(ImageClient mine, OpenAI.OpenAIClient openAI)
                {
                    await mine.GenerateImageAsync("a fox");
                    var client = openAI.GetImageClient("gpt-image-1");
                    _ = client.Model;
                }
            }
        }
        """);

    [Fact]
    public async Task Estimate_scales_with_pixels_and_count_and_says_what_it_assumes()
    {
        var diagnostics = await VerifyGai005.Run("""
            using OpenAI.Images;
            class Illustrator
            {
                void Draw(ImageClient fromCaller)
                {
                    var images = new ImageClient("dall-e-3", "key");
                    images.GenerateImage("a fox", new ImageGenerationOptions { Size = GeneratedImageSize.W1024xH1024 });
                    images.GenerateImages("a fox", 3, new ImageGenerationOptions { Size = GeneratedImageSize.W1792xH1024 });
                    fromCaller.GenerateImage("a fox");
                }
            }
            """);
        Assert.Equal(3, diagnostics.Count);
        var square = diagnostics[0];
        // Independent arithmetic: 0.63 Wh (SD3 Medium) to 1.64 GPU Wh × 1.3 (SDXL) at 1024×1024, × OpenAI PUE 1.2.
        Assert.Equal(0.63 * 1.2, Number(square, "energy_wh_min"), 9);
        Assert.Equal(1.64 * 1.3 * 1.2, Number(square, "energy_wh_max"), 9);
        Assert.Equal("dall-e-3", square.Properties["model"]);
        Assert.StartsWith("Image generation (dall-e-3, 1024×1024, USA mix): ≈0.756–2.56 Wh, ", square.GetMessage(CultureInfo.InvariantCulture));

        // 1792×1024 is 1.75× the pixels: the range spans pixels^1.0 (low end) to pixels^1.5 (high end); three images.
        var wide = diagnostics[1];
        Assert.Equal(3 * 1.75, Number(wide, "energy_wh_min") / Number(square, "energy_wh_min"), 9);
        Assert.Equal(3 * Math.Pow(1.75, 1.5), Number(wide, "energy_wh_max") / Number(square, "energy_wh_max"), 9);
        Assert.Contains("per request of 3 images", wide.GetMessage(CultureInfo.InvariantCulture));

        Assert.StartsWith("Image generation (unknown model, 1024×1024 assumed, USA mix)", diagnostics[2].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sizes_written_as_two_numbers_are_read()
    {
        var diagnostics = await VerifyGai005.Run("""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Connectors.OpenAI;
            using Microsoft.SemanticKernel.TextToImage;
            class Illustrator
            {
                async Task Draw(ITextToImageService kernelImages, Microsoft.Extensions.AI.IImageGenerator generator)
                {
                    await kernelImages.GetImageContentsAsync(new TextContent("a fox"), new OpenAITextToImageExecutionSettings { Size = (Width: 1792, Height: 1024) });
                    await Microsoft.Extensions.AI.ImageGeneratorExtensions.GenerateImagesAsync(generator, "a fox", new Microsoft.Extensions.AI.ImageGenerationOptions { ImageSize = new System.Drawing.Size(512, 512) });
                }
            }
            """);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("(unknown model, 1792×1024, ", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("(unknown model, 512×512, ", diagnostics[1].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Fix_lowers_the_size_of_an_SDK_member() => Fix.Fix(
        OpenAIRequest("dall-e-3", "W1792xH1024", "Standard"),
        OpenAIRequest("dall-e-3", "W1024xH1024", "Standard"),
        equivalenceKey: "GreenAI.Replace.size",
        iterations: 1);

    [Fact]
    public Task Fix_lowers_the_quality() => Fix.Fix(
        OpenAIRequest("dall-e-3", "W1024xH1024", "High"),
        OpenAIRequest("dall-e-3", "W1024xH1024", "Standard"),
        equivalenceKey: "GreenAI.Replace.quality",
        iterations: 1);

    [Fact]
    public Task Fix_picks_gpt_image_1_mini() => Fix.Fix(
        OpenAIRequest("gpt-image-1", "W1024xH1024", "MediumQuality"),
        OpenAIRequest("gpt-image-1-mini", "W1024xH1024", "MediumQuality"),
        equivalenceKey: "GreenAI.Replace.model",
        iterations: 1);

    [Fact]
    public Task Fix_all_lowers_every_Betalgo_size() => Fix.Fix("""
        using Betalgo.Ranul.OpenAI.Contracts.Enums.Image;
        using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
        using Betalgo.Ranul.OpenAI.Interfaces;

        class Illustrator
        {
            async Task Draw(IOpenAIService betalgo)
            {
                await betalgo.Image.{|GAI005:CreateImage|}(new CreateImageRequest { Prompt = "a", Size = ImageSize.Size1792x1024 });
                await betalgo.Image.{|GAI005:CreateImage|}(new CreateImageRequest { Prompt = "b", Size = ImageSize.Size1024x1792 });
            }
        }
        """, """
        using Betalgo.Ranul.OpenAI.Contracts.Enums.Image;
        using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
        using Betalgo.Ranul.OpenAI.Interfaces;

        class Illustrator
        {
            async Task Draw(IOpenAIService betalgo)
            {
                await betalgo.Image.{|GAI005:CreateImage|}(new CreateImageRequest { Prompt = "a", Size = ImageSize.Size1024 });
                await betalgo.Image.{|GAI005:CreateImage|}(new CreateImageRequest { Prompt = "b", Size = ImageSize.Size1024 });
            }
        }
        """, equivalenceKey: "GreenAI.Replace.size", iterations: 2);

    [Fact]
    public Task No_fix_for_the_smallest_size_of_a_model_or_a_model_without_a_smaller_sibling() => Fix.NoFix("""
        using OpenAI.Images;

        class Illustrator
        {
            void Draw() =>
                new ImageClient("dall-e-3", "key").{|GAI005:GenerateImage|}("a fox", new ImageGenerationOptions { Size = GeneratedImageSize.W1024xH1024, Quality = GeneratedImageQuality.Standard });
        }
        """);

    private static string OpenAIRequest(string model, string size, string quality) => $$"""
        using OpenAI.Images;

        class Illustrator
        {
            void Draw() =>
                new ImageClient("{{model}}", "key").{|GAI005:GenerateImage|}("a fox", new ImageGenerationOptions { Size = GeneratedImageSize.{{size}}, Quality = GeneratedImageQuality.{{quality}} });
        }
        """;

    private static double Number(Microsoft.CodeAnalysis.Diagnostic diagnostic, string key) =>
        double.Parse(diagnostic.Properties[key]!, CultureInfo.InvariantCulture);
}
