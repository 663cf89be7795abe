using System.Globalization;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;
using VerifyGai006 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.NoOutputCapRule>;

namespace GreenAI.Analyzers.Tests.Sdk;

/// <summary>
/// Anthropic.SDK, the community SDK (tghamm/Anthropic.SDK, not Anthropic's own package), as Buggsy2k/TheDugout uses it:
/// <c>client.Messages.GetClaudeMessageAsync(new MessageParameters { Model = AnthropicModels.Claude4Sonnet, MaxTokens = … })</c>.
/// Compiled against tests/StandIns/Anthropic.SDK (the 5.10.0 signatures; the registry does not serve the package).
/// </summary>
public class AnthropicSdkCommunityTests
{
    private const string Scanner = """
        using Anthropic.SDK;
        using Anthropic.SDK.Constants;
        using Anthropic.SDK.Messaging;

        class CardScanner(AnthropicClient client)
        {
            async Task Identify(IEnumerable<string> cards)
            {
                foreach (var card in cards)
                {
                    var parameters = new MessageParameters
                    {
                        Model = AnthropicModels.Claude4Sonnet,
                        MaxTokens = 1024,
                        Messages = new List<Message> { new Message(RoleType.User, card) },
                    };
                    await client.Messages.GetClaudeMessageAsync(parameters);
                }
            }
        }
        """;

    [Fact]
    public async Task A_call_per_item_has_its_estimate()
    {
        var perItem = Assert.Single(await VerifyGai003.Run(Scanner));
        Assert.Matches(@"^MessagesEndpoint\.GetClaudeMessageAsync runs once per item of cards: ≈[0-9.]+–[0-9.]+ Wh per item \(claude-sonnet-4-20250514, 1024 output tokens, USA mix, EcoLogits ", perItem.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_large_model_is_GAI001_at_its_constant()
    {
        var choice = Assert.Single(await VerifyGai001.Run(Scanner));
        Assert.Equal("AnthropicModels.Claude4Sonnet", choice.Location.SourceTree!.GetText().ToString(choice.Location.SourceSpan));
        Assert.Contains("claude-haiku", choice.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task A_streamed_call_above_the_cap_is_GAI006() => VerifyGai006.Diagnostics("""
        using Anthropic.SDK;
        using Anthropic.SDK.Constants;
        using Anthropic.SDK.Messaging;

        class Pages(AnthropicClient client)
        {
            async Task Read(string page)
            {
                var parameters = new MessageParameters { Model = AnthropicModels.Claude45Haiku, MaxTokens = {|GAI006:16384|}, Messages = new List<Message>() };
                await foreach (var part in client.Messages.StreamClaudeMessageAsync(parameters)) { }
            }
        }
        """);

    [Fact]
    public Task The_fix_writes_the_smaller_model() => VerifyFix<LargeModelRule, GreenAI.CodeFixes.UseSmallerModelCodeFixProvider>.Fix("""
        using Anthropic.SDK.Constants;
        using Anthropic.SDK.Messaging;

        class Scanner
        {
            MessageParameters Parameters() => new() { Model = {|GAI001:AnthropicModels.Claude4Sonnet|}, MaxTokens = 1024 };
        }
        """, """
        using Anthropic.SDK.Constants;
        using Anthropic.SDK.Messaging;

        class Scanner
        {
            MessageParameters Parameters() => new() { Model = "claude-haiku-4-5", MaxTokens = 1024 };
        }
        """);
}
