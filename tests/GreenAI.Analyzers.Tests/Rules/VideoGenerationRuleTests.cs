using System.Globalization;
using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.VideoGenerationRule, GreenAI.CodeFixes.ReplaceRequestValueCodeFixProvider>;
using VerifyGai004 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.VideoGenerationRule>;

namespace GreenAI.Analyzers.Tests.Rules;

// The Veo cases compile against tests/StandIns/Google.GenAI: minimal copies of the Google.GenAI namespaces and
// signatures, because our registry does not serve that package. Everything else binds to the real OpenAI SDK.
public class VideoGenerationRuleTests
{
    [Fact]
    public Task OpenAI_VideoClient_with_a_body_built_in_sight_or_not() => VerifyGai004.Diagnostics("""
        using System.ClientModel;
        using OpenAI.Videos;

        class Trailer
        {
            async Task Make(VideoClient videos, BinaryContent fromCaller)
            {
                var body = new { model = "sora-2", prompt = "A fox in the snow", seconds = "8", size = "1280x720" };
                await videos.{|GAI004:CreateVideoAsync|}(BinaryContent.Create(BinaryData.FromObjectAsJson(body)), "application/json");
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromString("{\"model\":\"sora-2-pro\",\"prompt\":\"x\",\"seconds\":\"12\",\"size\":\"1792x1024\"}")), "application/json");
                await videos.{|GAI004:CreateVideoRemixAsync|}("video_123", fromCaller, "application/json");
            }
        }
        """);

    [Fact]
    public Task Raw_HTTP_posts_to_OpenAI_and_Azure_video_endpoints() => VerifyGai004.Diagnostics("""
        using System.Net.Http.Json;

        class Trailer
        {
            const string Jobs = "/openai/v1/video/generations/jobs?api-version=preview";

            async Task Make(HttpClient http, string endpoint)
            {
                await http.{|GAI004:PostAsJsonAsync|}($"{endpoint}/v1/videos", new { model = "sora-2", prompt = "x", seconds = "4" });
                await http.{|GAI004:PostAsync|}(endpoint + Jobs, JsonContent.Create(new { model = "sora", prompt = "x", n_seconds = 10, width = 1920, height = 1080, n_variants = 2 }));
                var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://api.openai.com/v1/videos"))
                {
                    Content = new StringContent("{\"model\":\"sora-2\",\"prompt\":\"x\"}"),
                };
                await http.{|GAI004:SendAsync|}(request);
            }
        }
        """);

    [Fact]
    public Task Google_Veo_through_GenerateVideosAsync() => VerifyGai004.Diagnostics("""
        using Google.GenAI;
        using Google.GenAI.Types;

        class Trailer
        {
            async Task Make(Client client, GenerateVideosConfig fromCaller)
            {
                await client.Models.{|GAI004:GenerateVideosAsync|}(
                    model: "veo-3.0-generate-001",
                    source: new GenerateVideosSource { Prompt = "A fox" },
                    config: new GenerateVideosConfig { DurationSeconds = 8, Resolution = "1080p", NumberOfVideos = 2 });
                await client.Models.{|GAI004:GenerateVideosAsync|}("veo-3.1-fast-generate-preview", new GenerateVideosSource(), fromCaller);
            }
        }
        """);

    [Fact]
    public Task Listing_downloading_polling_and_other_endpoints_are_not_generation() => VerifyGai004.Diagnostics("""
        using Google.GenAI;
        using Google.GenAI.Types;
        using OpenAI.Videos;

        class Library
        {
            async Task Browse(VideoClient videos, HttpClient http, Client google, GenerateVideosOperation operation)
            {
                await videos.GetVideoAsync("video_123");
                await videos.DownloadVideoAsync("video_123");
                await videos.DeleteVideoAsync("video_123");
                await http.GetAsync("https://api.openai.com/v1/videos");
                await http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent("{}"));
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.openai.com/v1/videos"));
                await http.PostAsync("https://example.com/v1/videos/archive", new StringContent("{}"));
                await google.Operations.GetAsync(operation, null);
            }
        }
        """);

    [Fact]
    public Task User_types_with_the_same_names_are_not_the_SDK() => VerifyGai004.Diagnostics("""
        namespace MyApp
        {
            class VideoClient { public Task CreateVideoAsync(string content, string contentType) => Task.CompletedTask; }
            class Models { public Task GenerateVideosAsync(string model, object source, object? config = null) => Task.CompletedTask; }

            class Uses
            {
                async Task Run(VideoClient videos, Models models, OpenAI.Chat.ChatClient unrelated)
                {
                    await videos.CreateVideoAsync("{\"model\":\"sora-2\"}", "application/json");
                    await models.GenerateVideosAsync("veo-3.0-generate-001", new object());
                }
            }
        }
        """);

    [Theory]
    [InlineData(null, 1)]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    [InlineData("FALSE", 0)]
    public async Task Without_an_AI_SDK_raw_HTTP_is_analysed_unless_switched_off(string? detectRawHttp, int expected)
    {
        var options = detectRawHttp == null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["green_ai.detect_raw_http"] = detectRawHttp };
        var diagnostics = await Infrastructure.AnalyzerRunner.RunAsync(
            new[] { new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.VideoGenerationRule>() },
            """
            class Trailer
            {
                Task<HttpResponseMessage> Make(HttpClient http) =>
                    http.PostAsync("https://api.openai.com/v1/videos", new StringContent("{\"model\":\"sora-2\",\"seconds\":\"8\"}"));
            }
            """,
            options,
            withoutSdks: true);
        Assert.Equal(expected, diagnostics.Count);
    }

    [Fact]
    public async Task Message_names_the_request_and_the_proxy_and_properties_carry_the_numbers()
    {
        var diagnostic = Assert.Single(await VerifyGai004.Run(OpenAIRequest("sora-2", "8", "1280x720")));

        // Independent arithmetic: Wan2.1 1.3B/14B means (90.51/415.22 Wh at 1280×720, 81 frames) × (8 s × 15 fps / 81)^1.5 × OpenAI PUE 1.2.
        double frames = Math.Pow(8 * 15 / 81.0, 1.5);
        Assert.Equal(90.51 * frames * 1.2, Number(diagnostic, "energy_wh_min"), 6);
        Assert.Equal(415.22 * frames * 1.2, Number(diagnostic, "energy_wh_max"), 6);
        Assert.Equal("8", diagnostic.Properties["seconds"]);
        Assert.Equal("1280", diagnostic.Properties["width"]);
        Assert.Equal("720", diagnostic.Properties["height"]);
        Assert.Equal("openai", diagnostic.Properties["provider"]);
        Assert.Equal("sora-2", diagnostic.Properties["model"]);
        Assert.StartsWith("Video generation (sora-2, 8 s, 1280×720, USA mix): ≈196–898 Wh, ", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.EndsWith(" per video — proxy from open text-to-video models measured on H100 (Delavande, Pierrard and Luccioni 2025)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Requests_that_differ_only_in_duration_size_or_count_get_their_own_estimates_in_one_compilation()
    {
        // Estimates are shared between calls that ask for the same thing: a request differing in one field must not
        // get another's numbers.
        var diagnostics = await VerifyGai004.Run("""
            using System.ClientModel;
            using OpenAI.Videos;

            class Trailer
            {
                void Make(VideoClient videos)
                {
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", prompt = "a", seconds = "4", size = "1280x720" })), "application/json");
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", prompt = "b", seconds = "8", size = "1280x720" })), "application/json");
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", prompt = "c", seconds = "8", size = "720x1280" })), "application/json");
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", prompt = "d", seconds = "4", size = "1280x720" })), "application/json");
                }
            }
            """);
        var byLine = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(4, byLine.Count);
        Assert.Equal(new[] { "4", "8", "8", "4" }, byLine.Select(d => d.Properties["seconds"]));
        Assert.Equal(new[] { "1280", "1280", "720", "1280" }, byLine.Select(d => d.Properties["width"]));
        Assert.Equal(Math.Pow(2, 1.5), Number(byLine[1], "energy_wh_min") / Number(byLine[0], "energy_wh_min"), 9);
        Assert.Equal(Number(byLine[0], "energy_wh_min"), Number(byLine[3], "energy_wh_min"));
        Assert.Contains("4 s, 1280×720", byLine[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("8 s, 720×1280", byLine[2].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Doubling_the_duration_raises_the_estimate_by_two_to_the_power_one_and_a_half()
    {
        var four = Assert.Single(await VerifyGai004.Run(OpenAIRequest("sora-2", "4", "1280x720")));
        var eight = Assert.Single(await VerifyGai004.Run(OpenAIRequest("sora-2", "8", "1280x720")));
        Assert.Equal(Math.Pow(2, 1.5), Number(eight, "energy_wh_min") / Number(four, "energy_wh_min"), 9);
        Assert.Equal(Math.Pow(2, 1.5), Number(eight, "gwp_g_max") / Number(four, "gwp_g_max"), 9);

        var larger = Assert.Single(await VerifyGai004.Run(OpenAIRequest("sora-2-pro", "4", "1792x1024")));
        Assert.Equal(Math.Pow(1792.0 * 1024 / (1280 * 720), 1.5), Number(larger, "energy_wh_max") / Number(four, "energy_wh_max"), 9);
    }

    [Fact]
    public async Task Multipart_form_bodies_are_read_part_by_part()
    {
        var diagnostic = Assert.Single(await VerifyGai004.Run("""
            using System.ClientModel;
            using System.Text;
            using OpenAI.Videos;

            class Trailer
            {
                async Task Make(VideoClient client)
                {
                    var boundary = Guid.NewGuid().ToString();
                    using var form = new MultipartFormDataContent(boundary);
                    form.Add(new StringContent("sora-2-pro", Encoding.UTF8, "text/plain"), "model");
                    form.Add(new StringContent("A fox", Encoding.UTF8, "text/plain"), "prompt");
                    form.Add(new StringContent("4"), "seconds");
                    form.Add(new StringContent("1024x1792"), "size");
                    using var body = await form.ReadAsStreamAsync();
                    await client.CreateVideoAsync(BinaryContent.Create(body), $"multipart/form-data; boundary=\"{boundary}\"");
                }
            }
            """));
        Assert.StartsWith("Video generation (sora-2-pro, 4 s, 1024×1792, USA mix)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("\"720x1280\"", diagnostic.Properties["replace.size.text"]);
    }

    [Fact]
    public async Task Hidden_values_are_assumed_and_fields_left_out_take_the_API_default()
    {
        var diagnostics = await VerifyGai004.Run("""
            using System.ClientModel;
            class Trailer
            {
                void Make(OpenAI.Videos.VideoClient videos, string seconds, BinaryContent fromCaller)
                {
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", seconds })), "application/json");
                    videos.CreateVideo(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", prompt = "A fox" })), "application/json");
                    videos.CreateVideo(fromCaller, "application/json");
                }
            }
            """);
        Assert.Equal(3, diagnostics.Count);
        Assert.StartsWith("Video generation (sora-2, 8 s assumed, 720×1280 by default, USA mix)", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith("Video generation (sora-2, 4 s by default, 720×1280 by default, USA mix)", diagnostics[1].GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith("Video generation (unknown model, 8 s assumed, 1280×720 assumed, USA mix)", diagnostics[2].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Azure_variants_multiply_and_Veo_uses_Google_figures()
    {
        var diagnostics = await VerifyGai004.Run("""
            using System.Net.Http.Json;
            using Google.GenAI;
            using Google.GenAI.Types;
            class Trailer
            {
                async Task Make(HttpClient http, Client google)
                {
                    await http.PostAsync("https://x.openai.azure.com/openai/v1/video/generations/jobs?api-version=preview",
                        JsonContent.Create(new { model = "sora", n_seconds = 5, width = 1280, height = 720, n_variants = 2 }));
                    await google.Models.GenerateVideosAsync("veo-3.0-generate-001", new GenerateVideosSource(), new GenerateVideosConfig { DurationSeconds = 5, Resolution = "720p" });
                }
            }
            """);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("per request of 2 videos", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("google_genai", diagnostics[1].Properties["provider"]);
        Assert.Equal("veo-3", diagnostics[1].Properties["model"]);
        // Same request size, two videos, PUE 1.2 vs 1.09.
        Assert.Equal(2 * 1.2 / 1.09, Number(diagnostics[0], "energy_wh_min") / Number(diagnostics[1], "energy_wh_min"), 9);
    }

    [Fact]
    public Task Fix_generates_a_shorter_clip() => Fix.Fix(OpenAIRequest("sora-2", "12", "1280x720", marked: true), OpenAIRequest("sora-2", "8", "1280x720", marked: true), equivalenceKey: "GreenAI.Replace.duration", iterations: 1);

    [Fact]
    public Task Fix_lowers_the_resolution() => Fix.Fix(OpenAIRequest("sora-2-pro", "4", "1792x1024", marked: true), OpenAIRequest("sora-2-pro", "4", "1280x720", marked: true), equivalenceKey: "GreenAI.Replace.size", iterations: 1);

    [Fact]
    public Task Fix_shortens_a_Veo_clip() => Fix.Fix(VeoRequest("8", "4k"), VeoRequest("6", "4k"), equivalenceKey: "GreenAI.Replace.duration", iterations: 1);

    [Fact]
    public Task Fix_lowers_a_Veo_resolution() => Fix.Fix(VeoRequest("8", "4k"), VeoRequest("8", "1080p"), equivalenceKey: "GreenAI.Replace.size", iterations: 1);

    [Fact]
    public Task Fix_all_lowers_every_resolution() => Fix.Fix("""
        using System.ClientModel;
        using OpenAI.Videos;

        class Trailer
        {
            void Make(VideoClient videos)
            {
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2-pro", size = "1792x1024" })), "application/json");
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2-pro", size = "1024x1792" /* portrait */ })), "application/json");
            }
        }
        """, """
        using System.ClientModel;
        using OpenAI.Videos;

        class Trailer
        {
            void Make(VideoClient videos)
            {
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2-pro", size = "1280x720" })), "application/json");
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2-pro", size = "720x1280" /* portrait */ })), "application/json");
            }
        }
        """, equivalenceKey: "GreenAI.Replace.size", iterations: 2);

    [Fact]
    public Task No_fix_at_the_shortest_duration_and_smallest_size_or_for_JSON_text() => Fix.NoFix("""
        using System.ClientModel;
        using OpenAI.Videos;

        class Trailer
        {
            void Make(VideoClient videos)
            {
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "sora-2", seconds = "4", size = "720x1280" })), "application/json");
                videos.{|GAI004:CreateVideo|}(BinaryContent.Create(BinaryData.FromString("{\"model\":\"sora-2\",\"seconds\":\"12\"}")), "application/json");
            }
        }
        """);

    private static string OpenAIRequest(string model, string seconds, string size, bool marked = false) => $$"""
        using System.ClientModel;
        using OpenAI.Videos;

        class Trailer
        {
            void Make(VideoClient videos) =>
                videos.{{(marked ? "{|GAI004:CreateVideo|}" : "CreateVideo")}}(BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "{{model}}", prompt = "A fox", seconds = "{{seconds}}", size = "{{size}}" })), "application/json");
        }
        """;

    private static string VeoRequest(string seconds, string resolution) => $$"""
        using Google.GenAI;
        using Google.GenAI.Types;

        class Trailer
        {
            Task<GenerateVideosOperation> Make(Client client) =>
                client.Models.{|GAI004:GenerateVideosAsync|}("veo-3.0-generate-001", new GenerateVideosSource(), new GenerateVideosConfig { DurationSeconds = {{seconds}}, Resolution = "{{resolution}}" });
        }
        """;

    private static double Number(Microsoft.CodeAnalysis.Diagnostic diagnostic, string key) =>
        double.Parse(diagnostic.Properties[key]!, CultureInfo.InvariantCulture);
}
