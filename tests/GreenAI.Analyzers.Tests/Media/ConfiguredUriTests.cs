using GreenAI.Impact;
using Microsoft.CodeAnalysis.Diagnostics;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Media;

/// <summary>
/// A provider's host that the app keeps in its settings or in an options class's default, not in the request's code
/// (HeyGen behind <c>{_settings.BaseUrl}</c> in AI-teaching-backend, Replicate's <c>{_options.BaseUrl}/models/{_options.ImageModel}/predictions</c>
/// in image-generation-server, HeyGen as an <c>HttpClient.BaseAddress</c> from settings in FormationManagement).
/// </summary>
public class ConfiguredUriTests
{
    private const string Options = """
        using System.Net.Http.Json;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        public class HeyGenSettings { public string BaseUrl { get; set; } = "https://api.heygen.com/v2"; }
        public class ReplicateOptions { public string? BaseUrl { get; init; } public string? ImageModel { get; init; } }
        public class AvatarOptions { public string BaseUrl { get; set; } = string.Empty; }
        public class UnsetOptions { public string BaseUrl { get; set; } = "<base_url>"; }

        class Startup
        {
            void Configure(IServiceCollection services, IConfiguration config)
            {
                services.Configure<ReplicateOptions>(config.GetSection("Replicate"));
                services.Configure<AvatarOptions>(config.GetSection("Avatar"));
            }
        }
        """;

    private const string Requests = """

        class HeyGen(HttpClient http, IOptions<HeyGenSettings> settings)
        {
            Task<HttpResponseMessage> Lesson(string script) =>
                http.PostAsJsonAsync($"{settings.Value.BaseUrl}/video/generate", new { video_inputs = new[] { new { voice = new { input_text = script } } } });
        }

        class Replicate(HttpClient http, IOptions<ReplicateOptions> options)
        {
            private readonly ReplicateOptions _options = options.Value;

            Task<HttpResponseMessage> Picture(string prompt) =>
                http.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/models/{_options.ImageModel}/predictions") { Content = JsonContent.Create(new { input = new { prompt } }) });
        }

        class Avatar
        {
            private readonly HttpClient _http;

            Avatar(HttpClient http, IOptions<AvatarOptions> options)
            {
                _http = http;
                _http.BaseAddress = new Uri(options.Value.BaseUrl);
            }

            Task<HttpResponseMessage> Talk(string script) => _http.PostAsJsonAsync("v2/video/generate", new { video_inputs = new[] { new { voice = new { input_text = script } } } });
        }

        class Unset(HttpClient http, UnsetOptions options)
        {
            Task<HttpResponseMessage> Talk(string script) => http.PostAsJsonAsync($"{options.BaseUrl}/video/generate", new { script });
        }
        """;

    private const string Settings = """
        {
          "Replicate": { "BaseUrl": "https://api.replicate.com/v1", "ImageModel": "black-forest-labs/flux-schnell" },
          "Avatar": { "BaseUrl": "https://api.heygen.com/" }
        }
        """;

    [Fact]
    public async Task A_host_from_settings_or_an_options_default_names_the_provider()
    {
        var diagnostics = await Run(Settings);

        var videos = diagnostics.Where(d => d.Id == "GAI004").ToList();
        Assert.Equal(new[] { "Lesson", "Talk" }, videos.Select(MethodOf));
        Assert.All(videos, d => Assert.Contains("via heygen", d.GetMessage(), StringComparison.Ordinal));
        Assert.DoesNotContain(videos, d => d.Location.SourceTree!.GetText().ToString().Substring(d.Location.SourceSpan.Start).StartsWith("http.PostAsJsonAsync($\"{options.BaseUrl}", StringComparison.Ordinal));

        var image = Assert.Single(diagnostics, d => d.Id == "GAI005");
        Assert.Equal("Picture", MethodOf(image));
        Assert.Equal("black-forest-labs/flux-schnell", image.Properties[PropertyNames.Model]);
    }

    [Fact]
    public async Task Without_the_settings_only_the_written_default_names_a_host()
    {
        var diagnostics = await Run("{ }");
        Assert.Equal(new[] { "Lesson" }, diagnostics.Where(d => d.Id is "GAI004" or "GAI005").Select(MethodOf));
    }

    private static Task<IReadOnlyList<Diagnostic>> Run(string settings) =>
        AnalyzerRunner.RunAsync(
            new DiagnosticAnalyzer[]
            {
                new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.VideoGenerationRule>(),
                new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.ImageGenerationRule>(),
            },
            Options + Requests,
            additionalFiles: new[] { ("appsettings.json", settings) },
            withoutSdks: true);

    private static string MethodOf(Diagnostic diagnostic)
    {
        var root = diagnostic.Location.SourceTree!.GetRoot();
        var node = root.FindNode(diagnostic.Location.SourceSpan);
        return node.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First().Identifier.Text;
    }
}
