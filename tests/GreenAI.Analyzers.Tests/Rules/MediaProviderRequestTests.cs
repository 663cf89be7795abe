using System.Globalization;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;
using VerifyGai004 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.VideoGenerationRule>;
using VerifyGai005 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.ImageGenerationRule>;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// Raw-HTTP image and video requests to the providers of media-endpoints.tsv, with the request shapes of each provider's
/// public API reference, built the ways applications build them: anonymous objects, classes with [JsonPropertyName],
/// dictionaries, JsonObject, serialised StringContent, multipart forms, HttpRequestMessage.
/// </summary>
public class MediaProviderRequestTests
{
    [Fact]
    public Task Video_providers_are_recognised_by_endpoint() => VerifyGai004.Diagnostics("""
        using System.Net.Http.Json;

        class Clips
        {
            async Task Make(HttpClient http, string prompt, string image)
            {
                await http.{|GAI004:PostAsJsonAsync|}("https://api.dev.runwayml.com/v1/image_to_video", new { model = "gen4_turbo", promptImage = image, ratio = "1280:720", duration = 10 });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.lumalabs.ai/dream-machine/v1/generations", new { prompt, model = "ray-2", resolution = "720p", duration = "5s" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.minimax.io/v1/video_generation", new { model = "MiniMax-Hailuo-02", prompt, duration = 6, resolution = "1080P" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api-singapore.klingai.com/v1/videos/text2video", new { model_name = "kling-v2-1", prompt, duration = "5", mode = "std" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.together.xyz/v2/videos", new { model = "minimax/hailuo-02", prompt, width = 1366, height = 768, seconds = "6" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.aimlapi.com/v2/video/generations", new { model = "google/veo-3.1-t2v", prompt, duration = 8 });
                await http.{|GAI004:PostAsJsonAsync|}("https://ark.cn-beijing.volces.com/api/v3/contents/generations/tasks", new { model = "doubao-seedance-1-0-lite-t2v-250428", content = new[] { new { type = "text", text = prompt } } });
                await http.{|GAI004:PostAsJsonAsync|}("https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/video-generation/video-synthesis", new { model = "wan2.2-t2v-plus", input = new { prompt }, parameters = new { size = "1920*1080", duration = 5 } });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.ltx.video/v1/text-to-video", new { prompt, model = "ltx-2-pro", duration = 8, resolution = "1920x1080" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.heygen.com/v2/video/generate", new { video_inputs = new[] { new { voice = new { type = "text", input_text = prompt } } }, dimension = new { width = 1280, height = 720 } });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.heygen.com/v3/videos", new { avatar_id = "a", script = prompt });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.heygen.com/v1/video_agent/generate", new { prompt });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.magichour.ai/v1/text-to-video", new { end_seconds = 5, style = new { prompt }, resolution = "720p" });
                await http.{|GAI004:PostAsJsonAsync|}("https://modelslab.com/api/v6/video/text2video", new { key = "k", prompt, model_id = "wan2.1" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.d-id.com/talks", new { source_url = image, script = new { type = "text", input = prompt } });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.wavespeed.ai/api/v3/wavespeed-ai/wan-2.1/t2v-480p", new { prompt, duration = 5 });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.edenai.run/v2/video/generation_async/", new { providers = "amazon", text = prompt, duration = 6 });
            }
        }
        """);

    /// <summary>
    /// A path part chosen among constants before the POST (Lyric Video Studio's plugins: <c>var endpoint =
    /// "video-generation/video-synthesis";</c>, changed for a first frame; Runway's <c>apiPath</c> switch) is read as its
    /// declared value; a part that may take a value the code does not write stays unknown.
    /// </summary>
    [Fact]
    public Task A_path_part_chosen_among_constants_is_read_as_its_declared_value() => VerifyGai004.Diagnostics("""
        class Plugins
        {
            async Task Wan(HttpClient http, StringContent body, bool firstFrame)
            {
                var endpoint = "video-generation/video-synthesis";
                if (firstFrame)
                {
                    endpoint = "image2video/video-synthesis";
                }

                var finalEndPoint = $"services/aigc/{endpoint}";
                await http.{|GAI004:PostAsync|}(finalEndPoint, body);
            }

            async Task Runway(HttpClient http, StringContent body, object request, string fromSettings)
            {
                var apiPath = "image_to_video";
                switch (request)
                {
                    case string: apiPath = "text_to_video"; break;
                    case int: apiPath = "video_to_video"; break;
                }

                await http.{|GAI004:PostAsync|}($"v1/{apiPath}", body);

                // VLearn: HeyGen's host in settings. Its create path is too generic to name it alone (the text gate
                // would take "generate" for a marker), so it stays unknown.
                await http.PostAsync($"{fromSettings}/v2/video/generate", body);

                var other = "image_to_video";
                other = fromSettings;
                await http.PostAsync($"v1/{other}", body);
            }
        }
        """);

    [Fact]
    public Task Image_providers_are_recognised_by_endpoint() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class Pictures
        {
            async Task Make(HttpClient http, string prompt)
            {
                await http.{|GAI005:PostAsJsonAsync|}("https://api.x.ai/v1/images/generations", new { model = "grok-2-image", prompt, n = 2 });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.together.xyz/v1/images/generations", new { model = "black-forest-labs/FLUX.1-schnell", prompt, width = 1024, height = 768, steps = 4, n = 1 });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.dev.runwayml.com/v1/text_to_image", new { model = "gen4_image", promptText = prompt, ratio = "1920:1080" });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.minimax.io/v1/image_generation", new { model = "image-01", prompt, aspect_ratio = "16:9", n = 3 });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.bfl.ai/v1/flux-pro-1.1", new { prompt, width = 1024, height = 768 });
                await http.{|GAI005:PostAsJsonAsync|}("https://cloud.leonardo.ai/api/rest/v1/generations", new { modelId = "b24e16ff-06e3-43eb-8d33-4416c2d75876", prompt, width = 1024, height = 1024, num_images = 4 });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.ideogram.ai/v1/ideogram-v3/generate", new { prompt });
                await http.{|GAI005:PostAsJsonAsync|}("http://localhost:7860/sdapi/v1/txt2img", new { prompt, steps = 35, width = 960, height = 540, batch_size = 1 });
                await http.{|GAI005:PostAsJsonAsync|}("https://dashscope.aliyuncs.com/api/v1/services/aigc/text2image/image-synthesis", new { model = "wan2.2-t2i-flash", input = new { prompt }, parameters = new { size = "1024*1024", n = 1 } });
                await http.{|GAI005:PostAsync|}("https://api.openai.com/v1/images/variations", new MultipartFormDataContent());
                await http.{|GAI005:PostAsJsonAsync|}("https://api-singapore.klingai.com/v1/images/kolors-virtual-try-on", new { model_name = "kolors-virtual-try-on-v1-5", human_image = prompt });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.magichour.ai/v1/ai-image-generator", new { image_count = 1, style = new { prompt } });
                await http.{|GAI005:PostAsJsonAsync|}("https://modelslab.com/api/v6/images/text2img", new { key = "k", prompt, width = 512, height = 512 });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", new { prompt });
                await http.{|GAI005:PostAsync|}("https://api.stability.ai/v2beta/stable-image/edit/inpaint", new MultipartFormDataContent());
                await http.{|GAI005:PostAsync|}("https://api.stability.ai/v2beta/stable-image/control/sketch", new MultipartFormDataContent());
                await http.{|GAI005:PostAsync|}("https://api.stability.ai/v2beta/stable-image/upscale/creative", new MultipartFormDataContent());
                await http.PostAsync("https://api.stability.ai/v2beta/stable-image/edit/remove-background", new MultipartFormDataContent()); // a cut-out, nothing generated
                await http.{|GAI005:PostAsJsonAsync|}("https://api.edenai.run/v2/image/generation/", new { providers = "openai", text = prompt, resolution = "1024x1024" });
            }
        }
        """);

    /// <summary>
    /// Pollinations makes an image on a GET whose path is the prompt (itransition-task5's trailer stills): the model,
    /// width and height are read from the query when written there.
    /// </summary>
    /// <summary>
    /// ComfyUI's queue (POST /prompt, docs.comfy.org's server routes): known by its default port, or, when the server's
    /// address is configured, by the class that sends it being named after ComfyUI (ImageMCP's <c>ComfyUIClient</c>,
    /// tagbooru-quest's <c>ComfyClient</c>). The path alone is too common: another class posting to "/prompt" is silent.
    /// </summary>
    [Fact]
    public Task ComfyUI_workflows_are_known_by_the_port_or_the_class_named_after_it() => VerifyGai005.Diagnostics("""
        using System.Text;

        class ComfyUIClient(HttpClient http, string endpoint)
        {
            public async Task Submit(string workflowJson)
            {
                var content = new StringContent("{\"prompt\": " + workflowJson + "}", Encoding.UTF8, "application/json");
                await http.{|GAI005:PostAsync|}($"{endpoint.TrimEnd('/')}/prompt", content);
            }
        }

        class Queue(HttpClient http)
        {
            public Task Local(StringContent workflow) => http.{|GAI005:PostAsync|}("http://127.0.0.1:8188/prompt", workflow);

            public Task Other(string server, StringContent body) => http.PostAsync($"{server}/prompt", body);
        }
        """);

    /// <summary>
    /// A URL made by the app's method as <c>new Uri(new Uri(endpoint), path).ToString()</c> (elbruno's Foundry client:
    /// <c>openai/deployments/{deployment}/images/edits</c>) is read through the <c>Uri</c>.
    /// </summary>
    [Fact]
    public Task A_url_built_as_a_Uri_and_turned_into_text_is_read() => VerifyGai005.Diagnostics("""
        class FoundryClient(HttpClient http, string endpoint, string version)
        {
            public async Task Edit(string deployment, MultipartFormDataContent form)
            {
                var editUrl = BuildEditUrl(deployment);
                using var request = new HttpRequestMessage(HttpMethod.Post, editUrl) { Content = form };
                await http.{|GAI005:SendAsync|}(request);
                await http.{|GAI005:PostAsync|}(new Uri(new Uri(endpoint), "v1/images/generations").AbsoluteUri, form);
            }

            private string BuildEditUrl(string deployment)
            {
                string basePath = $"openai/deployments/{deployment}/images";
                return new Uri(new Uri(endpoint), basePath + "/edits" + $"?api-version={version}").ToString();
            }
        }
        """);

    [Fact]
    public Task An_image_asked_by_a_get_is_reported() => VerifyGai005.Diagnostics("""
        class Stills
        {
            private const string PollinationsBaseUrl = "https://image.pollinations.ai/prompt/";

            async Task Make(HttpClient http, string prompt, int seed, string? configured)
            {
                var baseUrl = string.IsNullOrWhiteSpace(configured) ? "https://image.pollinations.ai" : configured.TrimEnd('/');
                await http.{|GAI005:GetAsync|}($"{baseUrl}/prompt/{Uri.EscapeDataString(prompt)}");
                var url = $"{PollinationsBaseUrl}{Uri.EscapeDataString(prompt)}?width=960&height=540&seed={seed}&nologo=true&model=flux";
                await http.{|GAI005:GetByteArrayAsync|}(url);
                using var response = await http.{|GAI005:GetAsync|}($"https://gen.pollinations.ai/image/{prompt}");
                await http.{|GAI005:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, $"https://image.pollinations.ai/prompt/{prompt}"));

                // Not an image: another host, a text GET of the same service, a POST to the image path.
                await http.GetByteArrayAsync($"https://example.com/prompt/{prompt}");
                await http.GetStringAsync($"https://text.pollinations.ai/{prompt}");
                await http.PostAsync($"https://image.pollinations.ai/prompt/{prompt}", null);
            }
        }
        """);

    [Fact]
    public async Task An_image_asked_by_a_get_is_estimated_from_its_query()
    {
        var image = Assert.Single(await VerifyGai005.Run("""
            class Stills
            {
                Task<byte[]> Make(HttpClient http, string prompt) =>
                    http.GetByteArrayAsync($"https://image.pollinations.ai/prompt/{prompt}?width=960&height=540&model=flux");
            }
            """));
        Assert.StartsWith("Image generation (flux via pollinations, 960×540, ", image.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public Task Images_asked_by_a_get_in_a_loop_are_per_item() => VerifyGai003.Diagnostics("""
        class Stills
        {
            Task<byte[]> StillAsync(HttpClient http, string prompt) =>
                http.GetByteArrayAsync($"https://image.pollinations.ai/prompt/{Uri.EscapeDataString(prompt)}");

            async Task Make(HttpClient http, string[] scenes)
            {
                foreach (var scene in scenes)
                {
                    await {|GAI003:StillAsync|}(http, scene);
                }
            }
        }
        """);

    [Fact]
    public Task Multi_model_hosts_report_what_the_model_makes() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class Pictures
        {
            async Task Make(HttpClient http, string prompt, string modelFromCaller)
            {
                await http.{|GAI005:PostAsJsonAsync|}("https://queue.fal.run/fal-ai/flux/dev", new { prompt, image_size = "landscape_16_9", num_images = 2 });
                await http.{|GAI005:PostAsync|}("https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions", JsonContent.Create(new { input = new { prompt, num_outputs = 4, aspect_ratio = "1:1" } }));
                await http.{|GAI005:PostAsJsonAsync|}("https://api.replicate.com/v1/predictions", new { version = "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b", input = new { prompt, width = 1024, height = 1024 } });
                await http.{|GAI005:PostAsJsonAsync|}("https://generativelanguage.googleapis.com/v1beta/models/imagen-4.0-generate-001:predict", new { instances = new[] { new { prompt } }, parameters = new { sampleCount = 2 } });
                await http.{|GAI005:PostAsJsonAsync|}("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent", new { contents = new[] { new { parts = new[] { new { text = prompt } } } } });

                await http.{|GAI005:PostAsJsonAsync|}($"https://generativelanguage.googleapis.com/v1beta/models/{modelFromCaller}:predict", new { instances = new[] { new { prompt } } });
                await http.{|GAI005:PostAsJsonAsync|}($"https://generativelanguage.googleapis.com/v1beta/models/{modelFromCaller}:generateContent", new { contents = new[] { new { parts = new[] { new { text = prompt } } } }, generationConfig = new { responseModalities = new[] { "TEXT", "IMAGE" } } });
                await http.{|GAI005:PostAsync|}($"https://generativelanguage.googleapis.com/v1beta/models/{modelFromCaller}:generateContent", new StringContent("{\"contents\":[],\"generationConfig\":{\"responseModalities\":[\"TEXT\",\"IMAGE\"]}}"));

                // Not media, or not knowable: a text model on the same hosts, a version hash, a model chosen by the caller.
                await http.PostAsJsonAsync($"https://generativelanguage.googleapis.com/v1beta/models/{modelFromCaller}:generateContent", new { contents = new[] { new { parts = new[] { new { text = prompt } } } }, generationConfig = new { responseModalities = new[] { "TEXT" } } });
                await http.PostAsJsonAsync($"https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/{modelFromCaller}:predict", new { instances = new[] { new { content = prompt } } });
                await http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", new { contents = new[] { new { parts = new[] { new { text = prompt } } } } });
                await http.PostAsJsonAsync("https://api.replicate.com/v1/models/meta/meta-llama-3-70b-instruct/predictions", new { input = new { prompt } });
                await http.PostAsJsonAsync("https://api.replicate.com/v1/predictions", new { version = "39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b", input = new { prompt } });
                await http.PostAsJsonAsync($"https://fal.run/{modelFromCaller}", new { prompt });
            }
        }
        """);

    /// <summary>
    /// A model chosen at run time on a host that serves every kind (a Replicate version from settings): the parameters
    /// say what it makes. A diffusion model's steps, guidance, negative prompt or outputs, an image file type, a width
    /// and a height make images; a text generation's parameters make nothing here. (Seen in AI.ProfilePhotoMaker.)
    /// </summary>
    [Fact]
    public Task A_run_time_model_on_a_multi_model_host_is_known_by_its_parameters() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class Portraits
        {
            async Task Make(HttpClient http, string prompt, string version)
            {
                await http.{|GAI005:PostAsJsonAsync|}("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, num_inference_steps = 30, guidance_scale = 7.0, num_outputs = 1 } });
                await http.{|GAI005:PostAsJsonAsync|}("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, output_format = "jpg" } });
                await http.{|GAI005:PostAsJsonAsync|}($"https://fal.run/{version}", new { prompt, width = 1024, height = 768 });

                await http.PostAsJsonAsync("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, max_new_tokens = 512, temperature = 0.7 } });
                await http.PostAsJsonAsync("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, width = 1024 } });
            }
        }
        """);

    [Fact]
    public Task A_run_time_model_with_a_length_or_frames_is_a_video() => VerifyGai004.Diagnostics("""
        using System.Net.Http.Json;

        class Clips
        {
            async Task Make(HttpClient http, string prompt, string version)
            {
                await http.{|GAI004:PostAsJsonAsync|}("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, num_frames = 81, negative_prompt = "blurry" } });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.replicate.com/v1/predictions", new { version, input = new { prompt, output_format = "mp4" } });
            }
        }
        """);

    /// <summary>
    /// A relative URI sent through a client whose base address is set once: in the constructor on the injected client
    /// (<c>_http.BaseAddress = new Uri(…)</c>), or when a local client is created. (Seen in AI.ProfilePhotoMaker.)
    /// </summary>
    [Fact]
    public Task A_relative_uri_is_resolved_against_the_clients_base_address() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;

        class ReplicateClient
        {
            private readonly HttpClient _http;

            public ReplicateClient(HttpClient http)
            {
                _http = http;
                _http.BaseAddress = new Uri("https://api.replicate.com/v1/");
            }

            Task<HttpResponseMessage> Draw(string prompt, string version) =>
                _http.{|GAI005:PostAsJsonAsync|}("predictions", new { version, input = new { prompt, num_outputs = 2 } });

            async Task Local(string prompt)
            {
                using var client = new HttpClient { BaseAddress = new Uri("https://api.together.xyz") };
                await client.{|GAI005:PostAsJsonAsync|}("/v1/images/generations", new { model = "black-forest-labs/FLUX.1-schnell", prompt });
            }

            async Task Elsewhere(HttpClient other, string prompt, string version)
            {
                await other.PostAsJsonAsync("predictions", new { version, input = new { prompt, num_outputs = 2 } }); // base not in sight
            }
        }
        """);

    [Theory]
    [InlineData("https://api.replicate.com/v1/", "predictions", "https://api.replicate.com/v1/predictions")]
    [InlineData("https://api.replicate.com/v1", "predictions", "https://api.replicate.com/predictions")] // as System.Uri: the last segment goes
    [InlineData("https://api.together.xyz", "v1/images/generations", "https://api.together.xyz/v1/images/generations")]
    [InlineData("https://api.replicate.com/v1/?x=1", "predictions", "https://api.replicate.com/v1/predictions")]
    public void Relative_uris_resolve_as_System_Uri_resolves_them(string root, string relative, string expected)
    {
        Assert.Equal(expected, GreenAI.Analyzers.Media.RequestUri.Resolve(root, relative));
        Assert.Equal(new Uri(new Uri(root), relative).GetLeftPart(UriPartial.Path), expected);
    }

    /// <summary>
    /// A typed client's base address set where it is registered (<c>AddHttpClient&lt;T&gt;(c =&gt; c.BaseAddress = …)</c>):
    /// the client's constructor gets that HttpClient, so its relative POSTs go there.
    /// </summary>
    [Fact]
    public Task A_typed_clients_base_address_comes_from_its_registration() => VerifyGai005.Diagnostics("""
        using System.Net.Http.Json;
        using Microsoft.Extensions.DependencyInjection;

        static class Registration
        {
            public static void Add(IServiceCollection services)
            {
                services.AddHttpClient<Painter>(client => client.BaseAddress = new Uri("https://api.replicate.com/v1/"));
                services.AddHttpClient<IWriter, Writer>((provider, client) => { client.BaseAddress = new Uri("https://example.com/"); });
            }
        }

        interface IWriter { }

        class Writer(HttpClient http) : IWriter
        {
            private readonly HttpClient _http = http;

            Task<HttpResponseMessage> Post(string prompt, string version) =>
                _http.PostAsJsonAsync("predictions", new { version, input = new { prompt, num_outputs = 1 } }); // not Replicate's base
        }

        class Painter
        {
            private readonly HttpClient _http;

            public Painter(HttpClient http) => _http = http;

            Task<HttpResponseMessage> Draw(string prompt, string version) =>
                _http.{|GAI005:PostAsJsonAsync|}("predictions", new { version, input = new { prompt, num_outputs = 1 } });
        }
        """);

    [Fact]
    public Task Multi_model_hosts_report_video_models_as_video() => VerifyGai004.Diagnostics("""
        using System.Net.Http.Json;

        class Clips
        {
            async Task Make(HttpClient http, string prompt)
            {
                await http.{|GAI004:PostAsJsonAsync|}("https://queue.fal.run/fal-ai/kling-video/v2.1/standard/text-to-video", new { prompt, duration = "10" });
                await http.{|GAI004:PostAsJsonAsync|}("https://api.replicate.com/v1/models/minimax/video-01/predictions", new { input = new { prompt } });
                await http.{|GAI004:PostAsJsonAsync|}("https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-001:predictLongRunning", new { instances = new[] { new { prompt } }, parameters = new { durationSeconds = 8, resolution = "1080p" } });
                await http.PostAsJsonAsync("https://queue.fal.run/fal-ai/flux/dev", new { prompt });
            }
        }
        """);

    [Fact]
    public Task Bodies_built_as_classes_dictionaries_JsonObject_serialised_text_forms_and_request_messages() => VerifyGai005.Diagnostics("""
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Net.Http.Json;

        class FluxRequest
        {
            public string Prompt { get; set; } = "";
            [JsonPropertyName("image_size")] public string Size { get; set; } = "";
            [JsonPropertyName("num_images")] public int Count { get; set; }
        }

        class Pictures
        {
            const string Host = "https://api.openai.com";

            async Task Make(HttpClient http, string prompt, byte[] png)
            {
                await http.{|GAI005:PostAsJsonAsync|}("https://fal.run/fal-ai/flux/schnell", new FluxRequest { Prompt = prompt, Size = "square", Count = 3 });

                var body = new Dictionary<string, object> { { "model", "dall-e-3" }, { "prompt", prompt }, { "size", "1792x1024" } };
                await http.{|GAI005:PostAsync|}(Host + "/v1/images/generations", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

                var node = new JsonObject { ["model"] = "gpt-image-1", ["prompt"] = prompt, ["quality"] = "high", ["n"] = 2 };
                await http.{|GAI005:PostAsync|}($"{Host}/v1/images/generations", new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json"));

                var request = new HttpRequestMessage(HttpMethod.Post, "https://api.x.ai/v1/images/generations")
                {
                    Content = JsonContent.Create(new Dictionary<string, object> { ["model"] = "grok-2-image", ["prompt"] = prompt }),
                };
                await http.{|GAI005:SendAsync|}(request);

                using var form = new MultipartFormDataContent();
                form.Add(new StringContent(prompt), "prompt");
                form.Add(new StringContent("sd3.5-large"), "model");
                await http.{|GAI005:PostAsync|}("https://api.stability.ai/v2beta/stable-image/generate/sd3", form);
            }
        }
        """);

    /// <summary>
    /// Freepik's API (api.freepik.com/v1/ai/…), as its reference documents it: Mystic images, text-to-image per model,
    /// image-to-video per model (the path names the model), and the task GETs. The base address comes from options, as
    /// in dot-contracts/EcomAI; the paths are distinctive enough on their own.
    /// </summary>
    [Fact]
    public async Task Freepik_images_and_videos_are_recognised_by_their_paths()
    {
        const string Service = """
            using System.Net.Http.Json;
            using System.Text;
            using System.Text.Json;

            class FreepikOptions { public string BaseUrl { get; set; } = ""; }

            class Freepik
            {
                private readonly HttpClient _http;

                public Freepik(HttpClient http, FreepikOptions options)
                {
                    _http = http;
                    _http.BaseAddress = new Uri(options.BaseUrl);
                }

                public async Task Image(string prompt)
                {
                    var body = new { prompt, aspect_ratio = "square_1_1", model = "realism", num_images = 1, resolution = "1k" };
                    var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
                    await _http.{|GAI005:PostAsync|}("/v1/ai/mystic", content);
                    await _http.{|GAI005:PostAsJsonAsync|}("/v1/ai/text-to-image/flux-dev", new { prompt, num_images = 2 });
                }

                public Task Video(string imageUrl) =>
                    _http.{|GAI004:PostAsJsonAsync|}("/v1/ai/image-to-video/kling-v2", new { image = imageUrl, duration = "5" });
            }
            """;
        await VerifyGai005.Diagnostics(Service.Replace("{|GAI004:PostAsJsonAsync|}", "PostAsJsonAsync", StringComparison.Ordinal));
        await VerifyGai004.Diagnostics(Service.Replace("{|GAI005:PostAsync|}", "PostAsync", StringComparison.Ordinal).Replace("{|GAI005:PostAsJsonAsync|}", "PostAsJsonAsync", StringComparison.Ordinal));

        var video = Assert.Single(await VerifyGai004.Run("""
            using System.Net.Http.Json;
            class Clips
            {
                Task Make(HttpClient http, string image) =>
                    http.PostAsJsonAsync("https://api.freepik.com/v1/ai/image-to-video/kling-v2", new { image, duration = "10" });
            }
            """));
        Assert.StartsWith("Video generation (kling-v2 via freepik, 10 s, ", video.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Polling_a_Freepik_task_with_no_attempt_limit_is_GAI002() => GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.UnboundedLoopRule>.Diagnostics("""
        using System.Net.Http.Json;

        class Task_ { public string Status { get; set; } = ""; }

        class Waiter
        {
            async Task Wait(HttpClient http, string taskId)
            {
                var status = "";
                while (status != "COMPLETED")
                {
                    await Task.Delay(3000);
                    status = (await http.{|GAI002:GetFromJsonAsync<Task_>|}($"https://api.freepik.com/v1/ai/image-to-video/kling-v2/{taskId}"))!.Status;
                }

                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var mystic = await http.GetFromJsonAsync<Task_>($"https://api.freepik.com/v1/ai/mystic/{taskId}");
                    if (mystic!.Status == "COMPLETED") break;
                }
            }
        }
        """);

    [Fact]
    public async Task Messages_name_the_model_the_provider_and_the_values_read()
    {
        var video = Assert.Single(await VerifyGai004.Run("""
            using System.Net.Http.Json;
            class Clips
            {
                Task Make(HttpClient http, string image) =>
                    http.PostAsJsonAsync("https://api.dev.runwayml.com/v1/image_to_video", new { model = "gen4_turbo", promptImage = image, ratio = "1280:720", duration = 10 });
            }
            """));
        Assert.StartsWith("Video generation (gen4_turbo via runway, 10 s, 1280×720, USA mix): ", video.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("10", video.Properties["seconds"]);
        Assert.Equal("huggingface_hub", video.Properties["provider"]); // no published data-centre figures for Runway: the generic profile

        var luma = Assert.Single(await VerifyGai004.Run("""
            using System.Net.Http.Json;
            class Clips
            {
                Task Make(HttpClient http) =>
                    http.PostAsJsonAsync("https://api.lumalabs.ai/dream-machine/v1/generations", new { prompt = "a fox", model = "ray-2", resolution = "1080p", duration = "9s" });
            }
            """));
        Assert.StartsWith("Video generation (ray-2 via luma, 9 s, 1920×1080, USA mix): ", luma.GetMessage(CultureInfo.InvariantCulture));

        var fal = Assert.Single(await VerifyGai005.Run("""
            using System.Net.Http.Json;
            class Pictures
            {
                Task Make(HttpClient http) =>
                    http.PostAsJsonAsync("https://queue.fal.run/fal-ai/flux/dev", new { prompt = "a fox", image_size = "landscape_16_9", num_images = 2 });
            }
            """));
        Assert.StartsWith("Image generation (fal-ai/flux/dev via fal, 1024×576, USA mix): ", fal.GetMessage(CultureInfo.InvariantCulture));
        Assert.EndsWith(" per request of 2 images — proxy from open image models measured on H100 (SD3 Medium to SDXL, MIT Technology Review and AI Energy Score 2025)", fal.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("2", fal.Properties["images"]);

        var veo = Assert.Single(await VerifyGai004.Run("""
            using System.Net.Http.Json;
            class Clips
            {
                Task Make(HttpClient http, string key) =>
                    http.PostAsJsonAsync($"https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-001:predictLongRunning?key={key}", new { instances = new[] { new { prompt = "x" } }, parameters = new { durationSeconds = 8, resolution = "1080p" } });
            }
            """));
        Assert.StartsWith("Video generation (veo-3, 8 s, 1920×1080, USA mix): ", veo.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("google_genai", veo.Properties["provider"]);
    }

    [Fact]
    public Task Provider_values_are_not_rewritten_with_OpenAI_values() => GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.ImageGenerationRule, GreenAI.CodeFixes.ReplaceRequestValueCodeFixProvider>.NoFix("""
        using System.Net.Http.Json;
        class Pictures
        {
            Task Make(HttpClient http) =>
                http.{|GAI005:PostAsJsonAsync|}("https://api.x.ai/v1/images/generations", new { model = "grok-2-image", prompt = "x", size = "1792x1024", quality = "hd" });
        }
        """);

    [Fact]
    public Task A_generation_per_item_gets_GAI003() => VerifyGai003.Diagnostics("""
        using System.Net.Http.Json;

        class Pictures
        {
            async Task Make(HttpClient http, string[] prompts)
            {
                foreach (var prompt in prompts)
                {
                    await http.{|GAI003:PostAsJsonAsync|}("https://queue.fal.run/fal-ai/flux/dev", new { prompt });
                }
            }
        }
        """);

    [Theory]
    [InlineData("new FluxRequest { Prompt = \"x\", Size = \"square\", Count = 3 }", "512", "3")]
    [InlineData("new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { { \"image_size\", \"landscape_4_3\" }, { \"num_images\", 2 } }))", "1024", "2")]
    [InlineData("new StringContent(new JsonObject { [\"image_size\"] = \"portrait_16_9\", [\"num_images\"] = 4 }.ToJsonString())", "576", "4")]
    [InlineData("new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new FluxRequest { Size = \"square_hd\", Count = 2 }))", "1024", "2")]
    [InlineData("JsonContent.Create(new { input = new { image_size = new { width = 640, height = 480 }, num_images = 2 } })", "640", "2")]
    public async Task Every_body_form_gives_its_size_and_count(string body, string width, string images)
    {
        var diagnostic = Assert.Single(await VerifyGai005.Run($$"""
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using System.Text.Json.Serialization;
            using System.Net.Http.Json;

            class FluxRequest
            {
                public string Prompt { get; set; } = "";
                [JsonPropertyName("image_size")] public string Size { get; set; } = "";
                [JsonPropertyName("num_images")] public int Count { get; set; }
            }

            class Pictures
            {
                Task Make(HttpClient http) => http.PostAsync("https://fal.run/fal-ai/flux/schnell", {{(body.StartsWith("new FluxRequest") ? "JsonContent.Create(" + body + ")" : body)}});
            }
            """));
        Assert.Equal(width, diagnostic.Properties["width"]);
        Assert.Equal(images, diagnostic.Properties["images"]);
    }

    [Fact]
    public Task Uris_from_fields_in_other_files_and_bases_from_configuration() => VerifyGai005.Diagnostics(new[]
    {
        """
        static class Config
        {
            public const string BflApi = "https://api.bfl.ml";
            public static string FluxPro = $"{BflApi}/v1/flux-pro-1.1";
            public static string ImageApi = "https://api.openai.com/v1/images/generations";
        }
        """,
        """
        using System.Net.Http.Json;

        class Pictures
        {
            private static string Flux = Config.FluxPro;
            private readonly string _host;

            Pictures(string host) => _host = host;

            async Task Make(HttpClient http, string model, HttpContent form)
            {
                await http.{|GAI005:PostAsync|}(Flux, JsonContent.Create(new { prompt = "x", width = 1024, height = 768 }));
                await http.{|GAI005:PostAsJsonAsync|}(Config.ImageApi, new { model = "dall-e-3", prompt = "x" });
                await http.{|GAI005:PostAsync|}(_host + "v2beta/stable-image/generate/" + model, form);
                await http.{|GAI005:PostAsJsonAsync|}("https://api-inference.huggingface.co/models/stabilityai/stable-diffusion-xl-base-1.0", new { inputs = "x" });
                await http.PostAsJsonAsync("https://api-inference.huggingface.co/models/meta-llama/Llama-3.1-8B-Instruct", new { inputs = "x" });
            }

            // A configured URL whose written fallback says what it is for (nagendramishr/creative404).
            async Task FromConfiguration(HttpClient http, Microsoft.Extensions.Configuration.IConfiguration configuration)
            {
                var endpoint = configuration["ImageGeneration:Endpoint"] ?? "https://api.openai.com/v1/images/generations";
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
                request.Content = JsonContent.Create(new { model = "dall-e-3", prompt = "x", n = 1 });
                await http.{|GAI005:SendAsync|}(request);
            }
        }
        """,
    });
    /// <summary>
    /// The URI built in the app's own method (its last return, the fall-through after an Azure branch) and handed to a
    /// local function that sends it, as kukisama/TranslationToolUI does; a library's or a virtual method is not read.
    /// </summary>
    [Fact]
    public Task A_uri_from_the_apps_own_builder_method_and_a_local_functions_parameter_is_read() => VerifyGai005.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;

        class Images(HttpClient http, string endpoint, bool azure)
        {
            string BuildImageUrl()
            {
                var baseUrl = endpoint.TrimEnd('/');
                if (azure) return $"{baseUrl}/openai/v1/images/generations";
                return $"{baseUrl}/v1/images/generations";
            }

            protected virtual string Overridable() => $"{endpoint}/v1/images/generations";

            async Task Draw(string prompt)
            {
                var url = BuildImageUrl();
                async Task<HttpResponseMessage> SendOnceAsync(string u) => await http.{|GAI005:PostAsJsonAsync|}(u, new { model = "gpt-image-1", prompt, size = "1024x1024" });
                await SendOnceAsync(url);
                await http.PostAsJsonAsync(Overridable(), new { model = "gpt-image-1", prompt });
            }
        }
        """);
}
