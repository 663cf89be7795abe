using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// An MCP server's sampling (the real ModelContextProtocol.Core 1.4.1): <c>McpServer.SampleAsync</c> asks the connected
/// client to run its model, so a server tool that samples once per document, per model hint or per URL (MCPhappey's
/// fan-outs in the fourteenth held-out set) makes one model call per item, directly or through its own method.
/// </summary>
public class McpSamplingTests
{
    [Fact]
    public Task Sampling_per_item_is_one_model_call_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;
        using ModelContextProtocol.Protocol;
        using ModelContextProtocol.Server;

        class Tools(McpServer server)
        {
            ValueTask<CreateMessageResult> Ask(string text) => server.SampleAsync(new CreateMessageRequestParams
            {
                Messages = [new SamplingMessage { Role = Role.User, Content = [new TextContentBlock { Text = text }] }],
                MaxTokens = 512,
            });

            async Task Summaries(string[] documents, string[] models)
            {
                foreach (var document in documents)
                {
                    await {|GAI003:Ask|}(document);
                }

                await Task.WhenAll(models.Select(model => server.{|GAI003:SampleAsync|}(new[] { new ChatMessage(ChatRole.User, model) }, new ChatOptions { ModelId = model })));
                await Ask("once");
            }
        }
        """);
}
