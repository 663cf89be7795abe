using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using OpenAI;

namespace GreenAI.Samples;

/// <summary>A help-desk web API: answers frequent questions with a Microsoft.Extensions.AI pipeline.</summary>
public static class FaqEndpoints
{
    public static void Map(WebApplication app, OpenAIClient openAI)
    {
        IChatClient chat = openAI.GetChatClient("gpt-4o-mini").AsIChatClient()
            .AsBuilder()
            .UseFunctionInvocation()
            .Build();

        // The same question for every visitor: GAI007 offers to add UseDistributedCache to the pipeline above.
        app.MapGet("/faq/opening-hours", async () =>
            (await chat.GetResponseAsync("In one sentence: what are typical opening hours of a public library?")).Text);

        // A visitor's own question varies: not reported.
        app.MapGet("/faq/ask", async (string question) => (await chat.GetResponseAsync(question)).Text);
    }
}
