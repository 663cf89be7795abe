using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Impact;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// GAI001 at a settings file's value: a web host whose appsettings.json names the model that a library project reads
/// (genai-eshop-semantic-kernel, CBRE.Facility.Audit). The host's compilation sees the file but not the read.
/// </summary>
public class SettingsModelChoicesTests
{
    private const string HostSource = """
        using OpenAI;

        class Program
        {
            static void Main() { }
        }
        """;

    private const string HostSettings = """
        {
          "OpenAI": {
            "ChatModel": "gpt-4o",
            "SummaryModel": "gpt-4o-mini",
            "EmbeddingModel": "text-embedding-3-large",
            "Endpoint": "https://api.openai.com/v1"
          },
          "AzureOpenAI": { "DeploymentName": "gpt-4.1", "ChatDeployment": "chat-prod" },
          "Tokenizer": "gpt-4o",
          "Summaries": { "ModelNameForTokenCount": "gpt-4o", "EncodingModel": "gpt-4o" },
          "AvailableModels": [ { "Id": "gpt-5.4", "DisplayName": "GPT-5" }, "gpt-4.1" ],
          "Pairs": [ { "Name": "mistral", "CompletionModel": "mistral-large-latest" }, { "Name": "small", "CompletionModel": "gpt-4o-mini" } ],
          "Title": "gpt-4o"
        }
        """;

    [Fact]
    public async Task A_large_model_in_the_hosts_settings_is_reported_at_its_value()
    {
        var diagnostics = await Run(HostSource, HostSettings);

        Assert.Equal(3, diagnostics.Count);
        var chat = Assert.Single(diagnostics, d => d.Properties[PropertyNames.Model] == "gpt-4o");
        var span = chat.Location.GetLineSpan();
        Assert.Equal("appsettings.json", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line); // "ChatModel": "gpt-4o" is the third line
        Assert.Equal("\"gpt-4o\"", SourceOf(HostSettings, chat.Location));
        Assert.StartsWith("gpt-4o ≈", chat.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("OpenAI:ChatModel|" + PropertyNames.SiteOfModelChoice, chat.Properties[PropertyNames.Site]);

        var deployment = Assert.Single(diagnostics, d => d.Properties[PropertyNames.Model] == "gpt-4.1");
        Assert.StartsWith("deployment 'gpt-4.1', taken as model gpt-4.1", deployment.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("\"gpt-4.1\"", SourceOf(HostSettings, deployment.Location));

        // In an array, a value whose own key names a model (one provider's settings) is a choice; a list's items are not.
        var pair = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("mistral-large", StringComparison.Ordinal));
        Assert.Equal("\"mistral-large-latest\"", SourceOf(HostSettings, pair.Location));
    }

    [Fact]
    public async Task A_key_the_projects_own_code_reads_is_reported_once_at_the_code()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;
            using OpenAI;

            class Bot
            {
                void Run(OpenAIClient client, IConfiguration config) => client.GetChatClient(config["OpenAI:ChatModel"]);
            }
            """;

        var diagnostics = await Run(source, HostSettings);

        var chat = Assert.Single(diagnostics, d => d.Properties[PropertyNames.Model] == "gpt-4o");
        Assert.True(chat.Location.IsInSource);
        Assert.Single(diagnostics, d => d.Properties[PropertyNames.Model] == "gpt-4.1" && !d.Location.IsInSource);
    }

    [Fact]
    public async Task Deployment_names_are_not_taken_as_models_when_the_guess_is_off()
    {
        var diagnostics = await Run(HostSource, HostSettings, new Dictionary<string, string> { ["green_ai.azure_deployment_names_as_models"] = "false" });

        Assert.Equal(new[] { "gpt-4o", "mistral-large-latest" }, diagnostics.Select(d => d.Properties[PropertyNames.Model]));
    }

    [Fact]
    public async Task Without_an_AI_reference_or_with_an_unreadable_file_nothing_is_reported()
    {
        Assert.Empty(await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>() }, "class Program { static void Main() { } }",
            additionalFiles: new[] { ("appsettings.json", HostSettings) }, withoutSdks: true));
        Assert.Empty(await Run(HostSource, "{ \"OpenAI\": { \"ChatModel\": \"gpt-4o\" "));
    }

    private static Task<IReadOnlyList<Diagnostic>> Run(string source, string settings, IReadOnlyDictionary<string, string>? options = null) =>
        AnalyzerRunner.RunAsync(new SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source, options, additionalFiles: new[] { ("appsettings.json", settings) });

    private static string SourceOf(string text, Location location) =>
        text.Substring(location.SourceSpan.Start, location.SourceSpan.Length);
}
