using System.Text;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>Generates the two code bases the benchmark compiles: plain C# without AI SDKs, and AI-heavy C#.</summary>
internal static class CorpusGenerator
{
    /// <summary>Ordinary business code: records, LINQ, loops, string work, async, generics. About 50 lines per class.</summary>
    public static List<string> Plain(int classes)
    {
        var files = new List<string>();
        for (int i = 0; i < classes; i++)
        {
            files.Add($$"""
                namespace Plain.Module{{i % 40}};

                public sealed record Order{{i}}(int Id, string Customer, decimal Amount, DateTime Placed);

                public sealed class Service{{i}}
                {
                    private readonly Dictionary<int, Order{{i}}> _orders = new();
                    private const string Prefix = "ORD-{{i}}";

                    public void Add(Order{{i}} order)
                    {
                        if (order.Amount <= 0) throw new ArgumentOutOfRangeException(nameof(order));
                        _orders[order.Id] = order;
                    }

                    public decimal Total(string customer) =>
                        _orders.Values.Where(o => o.Customer == customer).Sum(o => o.Amount);

                    public IEnumerable<string> Labels()
                    {
                        foreach (var order in _orders.Values.OrderBy(o => o.Placed))
                        {
                            var builder = new System.Text.StringBuilder(Prefix);
                            builder.Append('-').Append(order.Id).Append(':').Append(order.Customer.ToUpperInvariant());
                            yield return builder.ToString();
                        }
                    }

                    public async Task<int> CountLaterAsync(DateTime after, CancellationToken token)
                    {
                        await Task.Yield();
                        int count = 0;
                        for (var index = 0; index < _orders.Count && !token.IsCancellationRequested; index++)
                        {
                            if (_orders.ElementAt(index).Value.Placed > after) count++;
                        }

                        return count;
                    }

                    public T Pick<T>(IReadOnlyList<T> items, Func<T, bool> predicate) where T : class
                    {
                        var found = items.FirstOrDefault(predicate);
                        return found ?? items[0];
                    }

                    public string Describe(Order{{i}} order) => order switch
                    {
                        { Amount: > 1000 } => $"large {order.Id}",
                        { Amount: > 100 } => $"medium {order.Id}",
                        _ => $"small {order.Id}",
                    };
                }
                """);
        }

        return files;
    }

    /// <summary>
    /// Code full of SDK calls of every kind the rules know, in loops and not: chat (OpenAI, Microsoft.Extensions.AI,
    /// Anthropic, Semantic Kernel, Ollama), images, video and its polling, embeddings, reasoning effort, a request
    /// handler. About 160 lines and 22 SDK calls per file.
    /// </summary>
    public static List<string> AiHeavy(int classes)
    {
        string[] models = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-5-nano", "o1"];
        var files = new List<string>();
        for (int i = 0; i < classes; i++)
        {
            var model = models[i % models.Length];
            files.Add($$"""
                using Anthropic;
                using Anthropic.Models.Messages;
                using Microsoft.Extensions.AI;
                using Microsoft.SemanticKernel;
                using OpenAI;
                using OpenAI.Chat;

                namespace Ai.Module{{i % 20}};

                public sealed class Assistant{{i}}
                {
                    private const string Model = "{{model}}";
                    private readonly ChatClient _chat;
                    private readonly IChatClient _client;
                    private readonly AnthropicClient _anthropic = new();

                    public Assistant{{i}}(OpenAIClient openAI)
                    {
                        _chat = openAI.GetChatClient(Model);
                        _client = openAI.GetChatClient("gpt-4o-mini").AsIChatClient();
                    }

                    public async Task<string> AskAsync(string question)
                    {
                        ChatCompletion completion = await _chat.CompleteChatAsync(question);
                        var options = new ChatCompletionOptions { MaxOutputTokenCount = 200 };
                        await _chat.CompleteChatAsync([new UserChatMessage(question)], options);
                        return completion.Content[0].Text;
                    }

                    public async Task<string> AgentAsync(List<OpenAI.Chat.ChatMessage> messages)
                    {
                        bool again;
                        do
                        {
                            ChatCompletion step = await _chat.CompleteChatAsync(messages);
                            again = step.FinishReason == OpenAI.Chat.ChatFinishReason.ToolCalls;
                        }
                        while (again);

                        for (var turn = 0; turn < 3; turn++)
                        {
                            await _chat.CompleteChatAsync(messages);
                        }

                        return "done";
                    }

                    public async Task SummariseAllAsync(IReadOnlyList<string> documents)
                    {
                        foreach (var document in documents)
                        {
                            await _client.GetResponseAsync("Summarise: " + document, new ChatOptions { ModelId = "gpt-4.1", MaxOutputTokens = 100 });
                        }

                        var all = await Task.WhenAll(documents.Select(d => _client.GetResponseAsync(d)));
                    }

                    public async Task<Message> ReviewAsync(string diff) =>
                        await _anthropic.Messages.Create(new MessageCreateParams
                        {
                            Model = Anthropic.Models.Messages.Model.ClaudeOpus4_7,
                            MaxTokens = 1024,
                            Messages = [new UserMessageParam(diff)],
                        });

                    public Kernel Build(string key)
                    {
                        var builder = Kernel.CreateBuilder();
                        builder.AddOpenAIChatCompletion(Model, key);
                        return builder.Build();
                    }

                    public async Task LoopForeverAsync()
                    {
                        while (true)
                        {
                            var answer = await _client.GetResponseAsync("next?");
                            if (answer.Text == "stop") break;
                        }
                    }

                    public int Unrelated(int[] values)
                    {
                        var sum = 0;
                        foreach (var value in values) sum += value * {{i}};
                        return sum;
                    }
                }

                // The other kinds the rules know: images, video and its polling, embeddings per item, reasoning effort,
                // a request handler with a fixed question, Ollama.
                public sealed class Studio{{i}}
                {
                    private readonly OpenAI.Images.ImageClient _images;
                    private readonly OpenAI.Videos.VideoClient _videos = new("key");
                    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
                    private readonly OllamaSharp.OllamaApiClient _ollama = new(new Uri("http://localhost:11434"), "llama3.1:8b");

                    public Studio{{i}}(OpenAIClient openAI, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                    {
                        _images = openAI.GetImageClient("gpt-image-1");
                        _embeddings = embeddings;
                    }

                    public async Task<BinaryData> CoverAsync(string title)
                    {
                        var options = new OpenAI.Images.ImageGenerationOptions { Size = OpenAI.Images.GeneratedImageSize.W1536xH1024, Quality = OpenAI.Images.GeneratedImageQuality.HighQuality };
                        OpenAI.Images.GeneratedImage image = await _images.GenerateImageAsync("A cover for " + title, options);
                        return image.ImageBytes;
                    }

                    public async Task<string> TrailerAsync(string prompt)
                    {
                        var request = new { model = "sora-2-pro", prompt, seconds = "12", size = "1792x1024" };
                        await _videos.CreateVideoAsync(System.ClientModel.BinaryContent.Create(BinaryData.FromObjectAsJson(request)), "application/json");
                        string status = "queued";
                        while (status != "completed")
                        {
                            System.ClientModel.ClientResult job = await _videos.GetVideoAsync("video-{{i}}");
                            status = job.GetRawResponse().Content.ToString();
                        }

                        return status;
                    }

                    public async Task<List<ReadOnlyMemory<float>>> IndexAsync(List<string> documents)
                    {
                        var vectors = new List<ReadOnlyMemory<float>>();
                        foreach (var document in documents)
                        {
                            vectors.Add(await _embeddings.GenerateVectorAsync(document));
                        }

                        return vectors;
                    }

                    public async Task<string> ThinkAsync(ChatClient chat, string question)
                    {
                        var options = new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.High };
                        ChatCompletion answer = await chat.CompleteChatAsync([new UserChatMessage(question)], options);
                        return answer.Content[0].Text;
                    }

                    public void Map(Microsoft.AspNetCore.Builder.WebApplication app, OpenAIClient openAI)
                    {
                        IChatClient chat = openAI.GetChatClient("gpt-4o-mini").AsIChatClient().AsBuilder().UseFunctionInvocation().Build();
                        Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/faq/{{i}}", async () =>
                            (await chat.GetResponseAsync("What are the opening hours of office {{i}}?")).Text);
                    }

                    public async Task<string> LocalAsync(string question)
                    {
                        var text = new System.Text.StringBuilder();
                        var request = new OllamaSharp.Models.Chat.ChatRequest { Model = "mistral-large", Messages = [new OllamaSharp.Models.Chat.Message(OllamaSharp.Models.Chat.ChatRole.User, question)] };
                        await foreach (var chunk in _ollama.ChatAsync(request))
                        {
                            text.Append(chunk?.Message.Content);
                        }

                        return text.ToString();
                    }
                }

                // Loops as real code writes them: tool loops whose flag comes from the output items or the stream, an
                // Assistants run driven to its end, per-item calls in Task.Run and from a queue, a fallback chain.
                public sealed class ToolLoops{{i}}
                {
                    public async Task ResponsesAsync(OpenAI.Responses.ResponsesClient client, OpenAI.Responses.CreateResponseOptions options)
                    {
                        bool requiresAction;
                        do
                        {
                            requiresAction = false;
                            OpenAI.Responses.ResponseResult response = await client.CreateResponseAsync(options);
                            foreach (OpenAI.Responses.ResponseItem item in response.OutputItems)
                            {
                                if (item is OpenAI.Responses.FunctionCallResponseItem call)
                                {
                                    options.InputItems.Add(new OpenAI.Responses.FunctionCallOutputResponseItem(call.CallId, "{{i}}"));
                                    requiresAction = true;
                                }
                            }
                        }
                        while (requiresAction);
                    }

                    public async Task StreamingAsync(ChatClient chat, List<OpenAI.Chat.ChatMessage> messages)
                    {
                        bool requiresAction;
                        do
                        {
                            requiresAction = false;
                            var updates = chat.CompleteChatStreamingAsync(messages);
                            await foreach (StreamingChatCompletionUpdate update in updates)
                            {
                                if (update.FinishReason == OpenAI.Chat.ChatFinishReason.ToolCalls)
                                {
                                    requiresAction = true;
                                }
                            }
                        }
                        while (requiresAction);
                    }

                    public async Task RunAsync(OpenAI.Assistants.AssistantClient client, OpenAI.Assistants.ThreadRun run)
                    {
                        while (!run.Status.IsTerminal)
                        {
                            run = await client.GetRunAsync(run.ThreadId, run.Id);
                            if (run.Status == OpenAI.Assistants.RunStatus.RequiresAction)
                            {
                                run = await client.SubmitToolOutputsToRunAsync(run.ThreadId, run.Id, new List<OpenAI.Assistants.ToolOutput>());
                            }
                        }
                    }

                    public async Task IngestAsync(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> entries, Queue<string> backlog, IChatClient client)
                    {
                        await Task.WhenAll(entries.Select(entry => Task.Run(async () => await generator.GenerateVectorAsync(entry))));
                        while (backlog.TryDequeue(out var next))
                        {
                            await client.GetResponseAsync("Classify: " + next);
                        }
                    }

                    public async Task<ChatResponse> FallbackAsync(IReadOnlyList<IChatClient> clients, string prompt)
                    {
                        foreach (var candidate in clients)
                        {
                            try
                            {
                                return await candidate.GetResponseAsync(prompt);
                            }
                            catch (System.Net.Http.HttpRequestException)
                            {
                            }
                        }

                        throw new InvalidOperationException("no answer {{i}}");
                    }
                }
                """);
        }

        return files;
    }

    public static int Lines(IEnumerable<string> files) => files.Sum(f => f.Count(c => c == '\n') + 1);
}
