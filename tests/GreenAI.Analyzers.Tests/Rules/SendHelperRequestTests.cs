using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;
using VerifyGai004 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.VideoGenerationRule>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// A request sent through the app's own method that posts the URL it is handed (itransition-task5's
/// <c>SendAuthorizedPostRequestAsync(endpoint, body, …)</c> for fal.ai's queue): read at the call, with the caller's URL
/// and body, and repeated with the caller's loop.
/// </summary>
public class SendHelperRequestTests
{
    private const string FalClips = """
        using System.Net.Http.Headers;
        using System.Text;
        using System.Text.Json;

        class Clips
        {
            private readonly HttpClient _http = new();
            private readonly string _model;

            public Clips(string? configured) => _model = configured ?? "fal-ai/pixverse/v5.5/text-to-video";

            public async Task<string?> ClipAsync(string prompt)
            {
                var endpoint = $"https://queue.fal.run/{_model}";
                var body = new { prompt, duration = 8, resolution = "540p", aspect_ratio = "16:9" };
                return await {|#0:SendAuthorizedPostRequestAsync|}(endpoint, body, "submit");
            }

            private async Task<string?> SendAuthorizedPostRequestAsync(string endpoint, object payload, string action)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
                request.Headers.Authorization = new AuthenticationHeaderValue("Key", "k");
                request.Content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json");
                using var response = await _http.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }
        }
        """;

    /// <summary>
    /// A URL set in each branch of an <c>if</c> (school-ai-chatbot: Azure's deployment path, else OpenAI's), both ending
    /// in <c>/chat/completions</c>: a chat request, repeated per answer; URLs that end differently say nothing.
    /// </summary>
    [Fact]
    public Task A_url_set_in_each_branch_with_the_same_path_is_read() => VerifyGai003.Diagnostics("""
        using System.Text;
        using System.Text.Json;

        class Grader(HttpClient http, string endpoint, string deployment, bool azure)
        {
            async Task<string> EvaluateAsync(string answer)
            {
                string url;
                if (azure)
                {
                    url = $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-08-01-preview";
                }
                else
                {
                    url = $"{endpoint}/chat/completions";
                }

                var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = answer } } }), Encoding.UTF8, "application/json") };
                return await (await http.SendAsync(request)).Content.ReadAsStringAsync();
            }

            async Task<string> LogAsync(string answer)
            {
                string url;
                if (azure) url = $"{endpoint}/logs/append"; else url = $"{endpoint}/chat/completions";
                return await (await http.PostAsync(url, new StringContent(answer))).Content.ReadAsStringAsync();
            }

            async Task Run(List<string> answers)
            {
                foreach (var answer in answers)
                {
                    await {|GAI003:EvaluateAsync|}(answer);
                    await LogAsync(answer);
                }
            }
        }
        """);

    [Fact]
    public Task A_video_posted_through_the_apps_send_method_is_reported_at_its_call() => VerifyGai004.Diagnostics(
        FalClips.Replace("{|#0:SendAuthorizedPostRequestAsync|}", "{|GAI004:SendAuthorizedPostRequestAsync|}", StringComparison.Ordinal));

    [Fact]
    public async Task The_callers_duration_and_model_make_the_estimate()
    {
        var source = FalClips.Replace("{|#0:SendAuthorizedPostRequestAsync|}", "SendAuthorizedPostRequestAsync", StringComparison.Ordinal);
        var video = Assert.Single(await VerifyGai004.Run(source));
        var message = video.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("via fal", message, StringComparison.Ordinal);
        Assert.Contains("8 s,", message, StringComparison.Ordinal);
        Assert.Equal("SendAuthorizedPostRequestAsync", source.Substring(video.Location.SourceSpan.Start, video.Location.SourceSpan.Length));
    }

    [Fact]
    public Task Each_call_of_a_path_helper_is_read_with_its_own_path() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class OpenAIRest
        {
            private readonly HttpClient _http = new();

            private Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
                _http.PostAsJsonAsync($"https://api.openai.com/{path}", body);

            async Task Make(string prompt)
            {
                await {|GAI005:PostJsonAsync|}("v1/images/generations", new { model = "gpt-image-1", prompt, size = "1536x1024" });
                await PostJsonAsync("v1/chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = prompt } } });
                await PostJsonAsync("v1/images/generations".Substring(0, 3), new { prompt });
            }
        }
        """);

    /// <summary>A method that posts to an endpoint of its own is read at its POST, once, whatever its callers pass.</summary>
    [Fact]
    public Task A_method_with_its_own_endpoint_is_read_at_its_post_only() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class Pictures
        {
            private readonly HttpClient _http = new();

            private Task<HttpResponseMessage> GenerateAsync(string prompt, string size) =>
                _http.{|GAI005:PostAsJsonAsync|}("https://api.openai.com/v1/images/generations", new { model = "dall-e-3", prompt, size });

            async Task Make() => await GenerateAsync("a fox", "1024x1024");
        }
        """);

    /// <summary>
    /// A method whose URI uses a parameter but names its endpoint alone (diax-crm's image clients: the model comes from the
    /// options it is handed) is read at its POST only, not again at each call (the eleventh held-out set's double reports).
    /// </summary>
    [Fact]
    public Task A_method_whose_post_reads_alone_is_not_read_again_at_its_call() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        record ImageOptions(string Model, int Count);

        class GeminiImages
        {
            private readonly HttpClient _http = new();

            public async Task<HttpResponseMessage> GenerateAsync(string prompt, ImageOptions options) =>
                await GenerateWithImagenAsync(prompt, options);

            private Task<HttpResponseMessage> GenerateWithImagenAsync(string prompt, ImageOptions options) =>
                _http.{|GAI005:PostAsJsonAsync|}($"https://generativelanguage.googleapis.com/v1beta/models/{options.Model}:predict", new { instances = new[] { new { prompt } }, parameters = new { sampleCount = options.Count } });

            public Task<HttpResponseMessage> OpenAIAsync(string prompt, string baseUrl) => PostImageAsync(prompt, baseUrl);

            private Task<HttpResponseMessage> PostImageAsync(string prompt, string baseUrl) =>
                _http.{|GAI005:PostAsJsonAsync|}($"{baseUrl}/v1/images/generations", new { model = "gpt-image-1", prompt });
        }
        """);

    [Fact]
    public Task A_loop_over_the_callers_of_a_send_method_is_per_item() => VerifyGai003.Diagnostics("""
        using System.Net.Http.Json;

        class Trailer
        {
            private readonly HttpClient _http = new();

            private async Task<string> PostAsync(string url, object payload)
            {
                using var response = await _http.PostAsync(url, JsonContent.Create(payload));
                return await response.Content.ReadAsStringAsync();
            }

            private Task<string> ClipAsync(string prompt) =>
                PostAsync("https://queue.fal.run/fal-ai/kling-video/v2.1/standard/text-to-video", new { prompt, duration = "5" });

            async Task Build(string[] scenes)
            {
                foreach (var scene in scenes)
                {
                    await {|GAI003:ClipAsync|}(scene);
                }
            }
        }
        """);
}
