using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Rules;

public class UnreadableOptionRuleTests
{
    private const string Source = """
        class Bot { void Run(OpenAI.OpenAIClient client) => client.GetChatClient("gpt-4o"); }
        """;

    [Fact]
    public async Task Each_unreadable_value_is_reported_once_with_what_is_accepted_and_the_fallback()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.UnreadableOptionRule>(), Source, new Dictionary<string, string>
        {
            ["green_ai.electricity_zone"] = "Mars",
            ["green_ai.default_output_tokens"] = "lots",
            ["green_ai.azure_deployments"] = "chat-prod gpt-4o",
            ["green_ai.max_loop_iterations"] = "-3",
            ["green_ai.large_model_min_active_params"] = "big",
            ["green_ai.model.o3.active_params"] = "forty",
            ["green_ai.azure_deployment_names_as_models"] = "sometimes",
        });

        var messages = diagnostics.Select(d => d.GetMessage()).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.Equal(7, messages.Count);
        Assert.Contains("green_ai.azure_deployment_names_as_models = 'sometimes' cannot be read: expected true or false; using true instead", messages);
        Assert.Contains("green_ai.model.o3.active_params = 'forty' cannot be read: expected a positive number of billions of parameters, such as 70; using no declaration instead", messages);
        Assert.Contains("green_ai.electricity_zone = 'Mars' cannot be read: expected a zone of the EcoLogits electricity mixes: an ISO 3166 alpha-3 code such as FRA, USA, SWE, or WOR for the world; using each provider's default zone instead", messages);
        Assert.Contains("green_ai.default_output_tokens = 'lots' cannot be read: expected a positive whole number; using 400 instead", messages);
        Assert.Contains(messages, m => m.StartsWith("green_ai.azure_deployments = 'chat-prod gpt-4o' cannot be read", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.True(d.Location.IsInSource));
    }

    [Fact]
    public async Task Readable_values_are_silent()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.UnreadableOptionRule>(), Source, new Dictionary<string, string>
        {
            ["green_ai.electricity_zone"] = "fra",
            ["green_ai.default_output_tokens"] = "250",
            ["green_ai.azure_deployments"] = "chat-prod:gpt-4o, cheap:gpt-4o-mini",
            ["green_ai.model_alternatives"] = "mistral-large:llama3.1:8b",
            ["green_ai.detect_raw_http"] = "True",
            ["green_ai.azure_deployment_names_as_models"] = "False",
        });
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("green_ai.detect_raw_http")]
    [InlineData("build_property.GreenAIDetectRawHttp")]
    [InlineData("green_ai.export_model_calls")]
    [InlineData("build_property.GreenAIExportModelCalls")]
    public async Task A_global_switch_that_is_neither_true_nor_false_is_reported_without_a_location(string key)
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.UnreadableOptionRule>(), Source, new Dictionary<string, string>
        {
            [key] = "yes",
        }));
        Assert.Equal(key + " = 'yes' cannot be read: expected true or false; using true instead", diagnostic.GetMessage());
        Assert.False(diagnostic.Location.IsInSource);
    }
}
