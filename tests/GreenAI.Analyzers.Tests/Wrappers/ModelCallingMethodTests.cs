using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai001 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.LargeModelRule>;
using VerifyGai002 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.UnboundedLoopRule>;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;

namespace GreenAI.Analyzers.Tests.Wrappers;

/// <summary>GAI002 and GAI003 at calls of the application's own methods that call a model (wrappers).</summary>
public class ModelCallingMethodTests
{
    [Fact]
    public Task A_wrapper_called_per_item_is_reported_at_the_call_and_not_inside() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Summarizer(IChatClient chat)
        {
            public async Task<string> SummarizeAsync(string text) => (await chat.GetResponseAsync("Summarise: " + text)).Text;
        }

        class Catalog(Summarizer summarizer)
        {
            public async Task Run(List<string> documents)
            {
                foreach (var document in documents)
                {
                    await summarizer.{|GAI003:SummarizeAsync|}(document);
                }

                await summarizer.SummarizeAsync("once"); // not in a loop
                foreach (var document in documents)
                {
                    Console.WriteLine(Trim(document)); // no model behind it
                }
            }

            static string Trim(string text) => text.Trim();
        }
        """);

    [Fact]
    public async Task The_message_names_the_chain_and_the_estimate_of_the_model_behind_it()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            using OpenAI.Chat;

            class Answers
            {
                readonly ChatClient _chat = new ChatClient("gpt-4o", "key");

                string Ask(string question) => _chat.CompleteChat(question).Value.Content[0].Text;

                public string AnswerAsync(string question) => Ask(question);
            }

            class Evaluation
            {
                void Run(Answers answers, string[] questions)
                {
                    foreach (var q in questions) answers.AnswerAsync(q);
                }
            }
            """));
        Assert.Equal(
            "Answers.AnswerAsync → Answers.Ask → ChatClient.CompleteChat runs once per item of questions: ≈0.642–1.03 Wh per item (gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage());
        Assert.Equal("Answers.AnswerAsync → Answers.Ask → ChatClient.CompleteChat", diagnostic.Properties[RepetitionProperties.Chain]);
        Assert.Equal("0.64", diagnostic.Properties["energy_wh_min"]![..4]);
    }

    [Fact]
    public async Task A_wrapper_that_makes_two_calls_is_costed_as_their_sum()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            using OpenAI.Chat;

            class Reviewer
            {
                public void Review(string text)
                {
                    new ChatClient("gpt-4o-mini", "key").CompleteChat("Draft: " + text);
                    new ChatClient("gpt-4o-mini", "key").CompleteChat("Critique: " + text);
                }
            }

            class Batch
            {
                void Run(Reviewer reviewer, List<string> texts) => texts.ForEach(t => reviewer.Review(t));
            }
            """));
        Assert.StartsWith("Reviewer.Review → ChatClient.CompleteChat runs once per item of texts: ≈0.061–0.072 Wh per item (gpt-4o-mini,", diagnostic.GetMessage());
        Assert.Equal("2", diagnostic.Properties[RepetitionProperties.CallsPerIteration]);
    }

    [Fact]
    public async Task Interfaces_follow_their_one_implementation_or_name_how_many_there_are()
    {
        var diagnostics = await VerifyGai003.Run("""
            using Microsoft.Extensions.AI;

            interface ISummarizer { Task<string> SummarizeAsync(string text); }
            interface IClassifier { Task<string> ClassifyAsync(string text); }

            class ChatSummarizer(IChatClient chat) : ISummarizer
            {
                public async Task<string> SummarizeAsync(string text) => (await chat.GetResponseAsync(text)).Text;
            }

            class ChatClassifier(IChatClient chat) : IClassifier
            {
                public async Task<string> ClassifyAsync(string text) => (await chat.GetResponseAsync(text)).Text;
            }

            class KeywordClassifier : IClassifier
            {
                public Task<string> ClassifyAsync(string text) => Task.FromResult(text.Contains("refund") ? "billing" : "other");
            }

            class Pipeline(ISummarizer summarizer, IClassifier classifier)
            {
                async Task Run(string[] tickets)
                {
                    foreach (var ticket in tickets)
                    {
                        await summarizer.SummarizeAsync(ticket);
                        await classifier.ClassifyAsync(ticket);
                    }
                }
            }
            """);
        var messages = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("ISummarizer.SummarizeAsync → ChatSummarizer.SummarizeAsync → IChatClient.GetResponseAsync runs once per item of tickets", messages[0]);
        Assert.StartsWith("IClassifier.ClassifyAsync (one of 2 implementations) → ChatClassifier.ClassifyAsync → IChatClient.GetResponseAsync runs once per item of tickets", messages[1]);
    }

    [Fact]
    public Task Recursion_between_wrappers_ends_and_local_functions_are_wrappers_too() => VerifyGai003.Diagnostics("""
        using OpenAI.Chat;

        class Agent(ChatClient chat)
        {
            public string Ping(string text, int depth) => depth > 3 ? chat.CompleteChat(text).Value.Content[0].Text : Pong(text, depth + 1);

            string Pong(string text, int depth) => Ping(text, depth);

            void Run(string[] items)
            {
                foreach (var item in items)
                {
                    {|GAI003:Pong|}(item, 0).ToString();
                    {|GAI003:Ask|}(item);
                }

                string Ask(string question) => chat.CompleteChat(question).Value.Content[0].Text;
            }
        }
        """);

    [Fact]
    public Task A_wrapper_with_its_own_loop_is_reported_there_and_again_where_an_outer_loop_repeats_it() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Indexer(IEmbeddingGenerator<string, Embedding<float>> embeddings)
        {
            public async Task IndexAsync(List<string> chunks)
            {
                foreach (var chunk in chunks)
                {
                    await embeddings.{|GAI003:GenerateAsync|}(new[] { chunk });
                }
            }

            public async Task RunAsync(List<List<string>> documents)
            {
                foreach (var document in documents)
                {
                    await {|GAI003:IndexAsync|}(document); // per document × per chunk
                }
            }
        }
        """);

    [Fact]
    public Task A_wrapper_in_a_loop_that_nothing_bounds_is_GAI002_also_when_the_condition_reads_its_answer() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Agent(IChatClient chat)
        {
            async Task<string> AskAsync(string prompt) => (await chat.GetResponseAsync(prompt)).Text;

            async Task Run()
            {
                var answer = "";
                while (!answer.Contains("DONE"))
                {
                    answer = await {|GAI002:AskAsync|}("Continue the task");
                }

                while (true)
                {
                    await {|GAI002:AskAsync|}("Anything new?");
                    await Task.Delay(1000);
                }
            }
        }
        """);

    [Fact]
    public Task Raw_HTTP_model_requests_are_model_calls_in_loops_and_inside_wrappers() => VerifyGai003.Diagnostics("""
        using System.Net.Http.Json;

        class OllamaEmbedder(HttpClient http)
        {
            public async Task<float[]> EmbedAsync(string text)
            {
                var response = await http.PostAsJsonAsync("/api/embeddings", new { model = "nomic-embed-text", prompt = text });
                return (await response.Content.ReadFromJsonAsync<float[]>())!;
            }
        }

        class Ingestion(OllamaEmbedder embedder, HttpClient http, string endpoint, string deployment)
        {
            async Task Run(List<string> chunks)
            {
                foreach (var chunk in chunks)
                {
                    await embedder.{|GAI003:EmbedAsync|}(chunk);
                    var url = $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21";
                    await http.{|GAI003:PostAsync|}(url, new StringContent(chunk));
                    using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.openai.com/v1/embeddings") { Content = JsonContent.Create(new { input = chunk }) };
                    await http.{|GAI003:SendAsync|}(request);
                    using var form = new MultipartFormDataContent { { new StringContent("whisper-1"), "model" } };
                    await http.{|GAI003:PostAsync|}("https://api.openai.com/v1/audio/transcriptions", form);
                    await http.{|GAI003:PostAsJsonAsync|}("v1/audio/speech", new { model = "tts-1", input = chunk });
                    await http.{|GAI003:PostAsJsonAsync|}(endpoint, new { model = "nomic-embed-text", input = chunk }); // an embedding request, by its body
                    await http.PostAsJsonAsync("/api/audit", new { chunk });         // not a model endpoint
                    await http.GetAsync(endpoint + "/v1/chat/completions");          // not a request to the model
                }
            }
        }
        """);

    [Fact]
    public async Task A_raw_HTTP_request_names_its_endpoint()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            using System.Net.Http.Json;

            class Client(HttpClient http)
            {
                Task<HttpResponseMessage> Ask(string q) => http.PostAsJsonAsync("v1/chat/completions", new { model = "gpt-4o", messages = new[] { new { role = "user", content = q } } });

                async Task Run(string[] questions)
                {
                    foreach (var q in questions) await Ask(q);
                }
            }
            """));
        // The body's model is read as an SDK call's would be: the estimate per item is gpt-4o's at the default 400 tokens.
        Assert.StartsWith("Client.Ask → HttpClient.PostAsJsonAsync …/chat/completions runs once per item of questions: ≈0.642–1.03 Wh per item (gpt-4o, 400 output tokens", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_POST_to_a_URL_from_settings_is_a_model_request_when_its_body_has_a_model_and_messages_or_a_prompt()
    {
        var diagnostics = await VerifyGai003.Run("""
            using System.Net.Http.Json;
            using System.Text;

            class LocalModels(HttpClient http, string url)
            {
                public Task<HttpResponseMessage> ChatAsync(string model, string q) =>
                    http.PostAsJsonAsync(url, new { model, messages = new[] { new { role = "user", content = q } }, stream = false });

                public Task<HttpResponseMessage> OcrAsync(string model, string image)
                {
                    var modelJson = "\"model\": \"" + model + "\",";
                    var input = "{ " + modelJson + " \"messages\": [ { \"role\": \"user\", \"images\": [ \"" + image + "\" ] } ], \"stream\": false }";
                    return http.PostAsync(url, new StringContent(input, Encoding.UTF8));
                }

                public Task<HttpResponseMessage> GenerateAsync(string q) =>
                    http.PostAsync(url, new StringContent($"{{\"model\": \"llama3\", \"prompt\": \"{q}\"}}"));

                public Task<HttpResponseMessage> SaveAsync(string name) => http.PostAsJsonAsync(url, new { name, model = "car" }); // a model, but of a car

                async Task Run(string[] lines)
                {
                    foreach (var line in lines)
                    {
                        await ChatAsync("llama3", line);
                        await OcrAsync("glm-ocr", line);
                        await GenerateAsync(line);
                        await SaveAsync(line);
                    }
                }
            }
            """);

        Assert.Equal(
            new[] { "LocalModels.ChatAsync → HttpClient.PostAsJsonAsync {model, messages}", "LocalModels.OcrAsync → HttpClient.PostAsync {model, messages}", "LocalModels.GenerateAsync → HttpClient.PostAsync {model, prompt}" },
            diagnostics.Select(d => d.Properties[RepetitionProperties.Chain]));
    }

    [Fact]
    public Task A_while_loop_that_walks_an_index_over_a_collection_is_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Translator(IChatClient chat)
        {
            async Task<int> TranslateFromAsync(List<string> rows, int index) { await chat.GetResponseAsync(rows[index]); return 2; }

            async Task Run(List<string> rows, CancellationToken token)
            {
                var index = 0;
                while (index < rows.Count && !token.IsCancellationRequested)
                {
                    index += await {|GAI003:TranslateFromAsync|}(rows, index);
                }

                var i = 0;
                while (i < rows.Count)
                {
                    await chat.{|GAI003:GetResponseAsync|}(rows[i]);
                    i++;
                }

                var tries = 0;
                while (tries < rows.Count) // compared with the size, but never advanced here: not a walk over the rows
                {
                    await chat.GetResponseAsync("once");
                    tries = rows.Count;
                }
            }
        }
        """);

    [Fact]
    public Task The_apps_own_per_item_helper_runs_its_lambda_or_method_group_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        abstract class GeneratorBase(IChatClient chat)
        {
            protected async Task<string> CompleteAsync(string prompt) => (await chat.GetResponseAsync(prompt)).Text;

            protected static async Task<List<TOut>> MapParallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, Task<TOut>> map)
            {
                var results = new List<TOut>();
                await Parallel.ForEachAsync(source, async (item, ct) => results.Add(await map(item)));
                return results;
            }

            protected static Task Once<T>(T value, Func<T, Task> action) => action(value);
        }

        class ManualGenerator(IChatClient chat) : GeneratorBase(chat)
        {
            Task<string> WriteSectionAsync(string title) => CompleteAsync("Write the section " + title);

            async Task Run(List<string> titles, List<string> products)
            {
                await MapParallel(titles, async title => await {|GAI003:CompleteAsync|}(title));
                await MapParallel(products, {|GAI003:WriteSectionAsync|});
                await Parallel.ForEachAsync(products, async (p, ct) => await {|GAI003:WriteSectionAsync|}(p));
                await Once("intro", async t => await CompleteAsync(t)); // runs once: not a per-item helper
            }
        }
        """);

    /// <summary>
    /// A loop over the implementations of an interface, calling each element's method, where at most half of them call a
    /// model (AdventurePdfForge's two pipeline steps, of which one generates images; PostXAgent's provider status checks)
    /// calls a model for some elements only: not per item. When most implementations call a model (a showcase over image
    /// generators), or the receiver is not the element, it is.
    /// </summary>
    [Fact]
    public Task A_loop_over_implementations_of_which_few_call_a_model_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        interface IStep { Task ExecuteAsync(string input); }

        class LoadStep : IStep { public Task ExecuteAsync(string input) => File.ReadAllTextAsync(input); }

        class DescribeStep(IChatClient chat) : IStep { public Task ExecuteAsync(string input) => chat.GetResponseAsync(input); }

        class SaveStep : IStep { public Task ExecuteAsync(string input) => File.WriteAllTextAsync("out.txt", input); }

        interface IGenerator { Task<ChatResponse> MakeAsync(string prompt); }

        class Fast(IChatClient chat) : IGenerator { public Task<ChatResponse> MakeAsync(string prompt) => chat.GetResponseAsync("fast " + prompt); }

        class Careful(IChatClient chat) : IGenerator { public Task<ChatResponse> MakeAsync(string prompt) => chat.GetResponseAsync("careful " + prompt); }

        class Pipeline(IStep step)
        {
            async Task Run(List<IStep> steps, List<IGenerator> generators, List<string> files, string prompt)
            {
                foreach (var each in steps)
                {
                    await each.ExecuteAsync(prompt);
                }

                await Task.WhenAll(generators.Select(g => g.{|GAI003:MakeAsync|}(prompt)));

                foreach (var file in files)
                {
                    await step.{|GAI003:ExecuteAsync|}(file);
                }
            }
        }
        """);

    /// <summary>
    /// A worker started per worker slot (PostXAgent's <c>Task.Run(() => WorkerLoopAsync(worker, ct))</c> in a loop) whose
    /// model calls all sit in its own queue loop (<c>await foreach</c> over <c>ReadAllAsync</c>, or a loop on the token)
    /// repeats workers, not model calls: reported in its queue loop, not where it is started.
    /// </summary>
    [Fact]
    public Task A_worker_started_per_slot_is_reported_in_its_own_loop_only() => VerifyGai003.Diagnostics("""
        using System.Threading.Channels;
        using Microsoft.Extensions.AI;

        class Orchestrator(IChatClient chat)
        {
            private readonly Channel<string> _tasks = Channel.CreateUnbounded<string>();

            async Task WorkerLoopAsync(int id, CancellationToken ct)
            {
                await foreach (var task in _tasks.Reader.ReadAllAsync(ct))
                {
                    await chat.{|GAI003:GetResponseAsync|}(task, cancellationToken: ct);
                }
            }

            async Task PollerAsync(CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    await chat.GetResponseAsync("anything new?", cancellationToken: ct);
                    await Task.Delay(1000, ct);
                }
            }

            Task SummarizeAsync(string document) => chat.GetResponseAsync(document);

            async Task Start(int workers, List<string> documents, CancellationToken ct)
            {
                var started = new List<Task>();
                for (var i = 0; i < workers; i++)
                {
                    var id = i;
                    started.Add(Task.Run(() => WorkerLoopAsync(id, ct)));
                    started.Add(PollerAsync(ct));
                }

                foreach (var document in documents)
                {
                    await {|GAI003:SummarizeAsync|}(document);
                }

                await Task.WhenAll(started);
            }
        }
        """);

    /// <summary>
    /// A lambda handed to the app's own method that runs it where it is called (ScripturAI's <c>RetryAsync(async () =>
    /// await ProcessBatchEmbeddingsAsync(batch))</c> in a loop over batches, DeepWiki's <c>RetryPolicy.ExecuteEmbeddingAsync(ct =>
    /// EmbedCoreAsync(text, ct))</c> per text) repeats with the loop around that call, as one handed to Task.Run does.
    /// </summary>
    [Fact]
    public Task A_lambda_run_by_the_apps_own_retry_helper_repeats_with_the_loop_around_the_helper() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        static class Retry
        {
            public static async Task<T> RetryAsync<T>(Func<Task<T>> action, int maxRetries = 3)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try { return await action(); }
                    catch when (attempt < maxRetries) { await Task.Delay(1000 * attempt); }
                }
            }
        }

        class Policy
        {
            private readonly List<Func<CancellationToken, Task>> _stored = new();

            public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken ct) => operation(ct);

            public void Register(Func<CancellationToken, Task> later) => _stored.Add(later);
        }

        interface IResilience { Task<T> ExecuteWithRetryAsync<T>(Func<Task<T>> operation, string name); }

        class Resilience : IResilience
        {
            public async Task<T> ExecuteWithRetryAsync<T>(Func<Task<T>> operation, string name) => await operation();
        }

        class Indexer(IEmbeddingGenerator<string, Embedding<float>> embeddings, IChatClient chat, Policy policy, IResilience resilience)
        {
            async Task Run(List<string> batches, string question, CancellationToken ct)
            {
                for (var i = 0; i < batches.Count; i++)
                {
                    var batch = batches[i];
                    await Retry.RetryAsync(async () => await embeddings.{|GAI003:GenerateAsync|}(new[] { batch }));
                }

                foreach (var text in batches)
                {
                    await policy.ExecuteAsync(token => embeddings.{|GAI003:GenerateAsync|}(new[] { text }, cancellationToken: token), ct);
                    policy.Register(token => chat.GetResponseAsync(text, cancellationToken: token)); // stored, run later: not here
                    await resilience.ExecuteWithRetryAsync(async () => await embeddings.{|GAI003:GenerateAsync|}(new[] { text }), text);
                }

                await Retry.RetryAsync(() => chat.GetResponseAsync(question)); // not in a loop
            }
        }
        """);

    [Fact]
    public async Task A_helper_that_iterates_its_own_collection_names_it()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            using Microsoft.Extensions.AI;

            interface IReviewer { Task<string> ReviewAsync(string diff); }

            class ChatReviewer(IChatClient chat) : IReviewer
            {
                public async Task<string> ReviewAsync(string diff) => (await chat.GetResponseAsync(diff)).Text;
            }

            class Consensus(List<(string Name, IReviewer Service)> providers)
            {
                public Task<List<string>> Run(string diff) => FanOutAsync((name, reviewer) => reviewer.ReviewAsync(diff));

                private async Task<List<T>> FanOutAsync<T>(Func<string, IReviewer, Task<T>> work)
                {
                    var tasks = providers.Select(async p =>
                    {
                        try { return await work(p.Name, p.Service); }
                        catch (HttpRequestException) { return default(T)!; }
                    }).ToList();
                    return (await Task.WhenAll(tasks)).ToList();
                }
            }
            """));
        Assert.StartsWith("IReviewer.ReviewAsync → ChatReviewer.ReviewAsync → IChatClient.GetResponseAsync runs once per item of FanOutAsync: providers:", diagnostic.GetMessage());
    }

    [Fact]
    public Task A_model_id_passed_to_a_parameter_that_reaches_a_model_slot_is_a_model_choice_there() => VerifyGai001.Diagnostics("""
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;

        class ReviewService
        {
            readonly ChatClient _chat;

            public ReviewService(AzureOpenAIClient client, string modelName) => _chat = client.GetChatClient(modelName);
        }

        class Summarizer(IChatClient chat)
        {
            public Task<ChatResponse> SummarizeAsync(string text, string model) => chat.GetResponseAsync(text, new ChatOptions { ModelId = model });

            public Task<ChatResponse> BriefAsync(string text, string model) => SummarizeAsync("Briefly: " + text, model);
        }

        class App
        {
            void Run(AzureOpenAIClient azure, OpenAIClient openAI, Summarizer summarizer, string label)
            {
                var review = new ReviewService(azure, {|GAI001:"gpt-4o"|});
                var cheap = new ReviewService(azure, "gpt-4o-mini");
                summarizer.SummarizeAsync("text", {|GAI001:"gpt-4.1"|});
                summarizer.BriefAsync("text", {|GAI001:"gpt-5"|});
                Log("gpt-4o");                           // a parameter that reaches no model slot
                summarizer.SummarizeAsync("gpt-4o", "gpt-4o-mini"); // the text parameter is no model slot
            }

            static void Log(string message) { }
        }
        """);

    /// <summary>
    /// A request sent through a mediator runs its handler (Anela.Heblo's ingestion jobs, testbucket's embedding
    /// requests, in the thirteenth held-out set): a loop of <c>Send</c> is per item when the handler calls a model. The
    /// MediatR types are declared in the snippet with MediatR's names and signatures (the registry serves MediatR 5 only).
    /// </summary>
    [Fact]
    public Task A_request_sent_through_a_mediator_runs_its_handler() => VerifyGai003.Diagnostics("""
        using MediatR;
        using Microsoft.Extensions.AI;

        namespace MediatR
        {
            public interface IRequest<out TResponse> { }
            public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse>
            {
                Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
            }
            public interface ISender
            {
                Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
            }
            public interface IMediator : ISender { }
        }

        public record IndexDocument(string Text) : IRequest<string>;
        public record CountWords(string Text) : IRequest<int>;

        public class IndexDocumentHandler(IChatClient chat) : IRequestHandler<IndexDocument, string>
        {
            public async Task<string> Handle(IndexDocument request, CancellationToken cancellationToken) =>
                (await chat.GetResponseAsync("Summarize: " + request.Text, cancellationToken: cancellationToken)).Text;
        }

        public class CountWordsHandler : IRequestHandler<CountWords, int>
        {
            public Task<int> Handle(CountWords request, CancellationToken cancellationToken) => Task.FromResult(request.Text.Split(' ').Length);
        }

        public class IngestionJob(IMediator mediator)
        {
            public async Task Run(IEnumerable<string> files)
            {
                foreach (var file in files)
                {
                    await mediator.{|GAI003:Send|}(new IndexDocument(file));
                    await mediator.Send(new CountWords(file)); // its handler calls no model
                }
            }
        }
        """);

    /// <summary>
    /// In a test project (it uses a mocking library), a model id a test hands to the app's own client is not a model
    /// choice: the client usually runs over a mocked handler (Muhomorik's vision client tests in the twelfth held-out set).
    /// </summary>
    [Fact]
    public async Task A_model_id_passed_to_the_apps_method_in_a_project_that_mocks_is_not_reported()
    {
        const string source = """
            using Microsoft.Extensions.AI;
            MOCKS

            class Summarizer(IChatClient chat)
            {
                public Task<ChatResponse> SummarizeAsync(string text, string model) => chat.GetResponseAsync(text, new ChatOptions { ModelId = model });
            }

            class SummarizerTests
            {
                const string DefaultModel = "gpt-4o";

                void Run(Summarizer summarizer) => summarizer.SummarizeAsync("text", DefaultModel);
            }
            """;
        var app = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source.Replace("MOCKS", string.Empty, StringComparison.Ordinal));
        Assert.Single(app);
        var tests = await AnalyzerRunner.RunAsync(new GreenAI.Analyzers.Testing.SingleRuleAnalyzer<GreenAI.Analyzers.Rules.LargeModelRule>(), source.Replace("MOCKS", "using Moq;", StringComparison.Ordinal), allowCompilerErrors: true);
        Assert.Empty(tests);
    }

    /// <summary>
    /// A model parameter with a default of the method's own, through a local (AiBloger's <c>var modelName =
    /// string.IsNullOrWhiteSpace(model) ? _defaultModelName : model;</c>), a <c>??</c> or a raw body's field: a constant
    /// passed to it is still a choice at the argument. A parameter only compared, never sent, is no slot.
    /// </summary>
    [Fact]
    public Task A_model_parameter_with_its_own_default_still_carries_the_callers_choice() => VerifyGai001.Diagnostics("""
        using System.Net.Http.Json;
        using OpenAI;

        class Writer(OpenAIClient client, HttpClient http)
        {
            const string DefaultModel = "gpt-4o-mini";

            public Task Ask(string prompt, string? model = null)
            {
                var name = string.IsNullOrWhiteSpace(model) ? DefaultModel : model;
                return client.GetChatClient(name).CompleteChatAsync(prompt);
            }

            public Task Brief(string prompt, string? model = null) => client.GetChatClient(model ?? DefaultModel).CompleteChatAsync(prompt);

            public Task Raw(string prompt, string? model = null)
            {
                var chosen = model ?? DefaultModel;
                return http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = chosen, messages = new[] { new { role = "user", content = prompt } } });
            }

            public Task Checked(string prompt, string model) => model == "gpt-4o" ? Task.CompletedTask : client.GetChatClient(DefaultModel).CompleteChatAsync(prompt);
        }

        class App
        {
            void Run(Writer writer)
            {
                writer.Ask("a", {|GAI001:"gpt-4.1"|});
                writer.Brief("b", {|GAI001:"gpt-4o"|});
                writer.Raw("c", {|GAI001:"gpt-4-turbo"|});
                writer.Checked("d", "gpt-4o");
                writer.Ask("e", "gpt-4.1-mini");
            }
        }
        """);

    /// <summary>
    /// lingarr's shape: a method that enqueues a background job (Hangfire's <c>Enqueue&lt;TranslationJob&gt;(job =&gt;
    /// job.Execute(…))</c>) quotes the call as an expression tree; the job runs later, elsewhere, so a loop that enqueues
    /// one job per movie makes no model call per movie. A lambda that runs is still followed.
    /// </summary>
    [Fact]
    public Task A_call_quoted_in_an_expression_tree_is_not_a_model_call_of_the_method() => VerifyGai003.Diagnostics("""
        using System.Linq.Expressions;
        using Microsoft.Extensions.AI;

        static class Jobs
        {
            public static string Enqueue<T>(Expression<Action<T>> call) => "job-1";
            public static void RunNow<T>(Action<T> call, T job) => call(job);
        }

        class TranslationJob(IChatClient chat)
        {
            public void Execute(string subtitle) => chat.GetResponseAsync("Translate " + subtitle).Wait();
        }

        class Requests(TranslationJob translator)
        {
            string Enqueue(string subtitle) => Jobs.Enqueue<TranslationJob>(job => job.Execute(subtitle));

            void Now(string subtitle) => Jobs.RunNow(job => job.Execute(subtitle), translator);

            void Run(List<string> movies)
            {
                foreach (var movie in movies)
                {
                    Enqueue(movie);
                    {|GAI003:Now|}(movie);
                }
            }
        }
        """);

    /// <summary>
    /// taurit's shape: the model id handed to an interface method (<c>IGenerativeAiClient.GetAnswerToPrompt(modelId, …)</c>)
    /// reaches the slot of its implementation in the project; a constant passed to it, or to a method that hands its
    /// parameter on to it, is a choice. A parameter no implementation sends to a model stays silent.
    /// </summary>
    [Fact]
    public Task A_model_parameter_of_an_interface_method_reaches_its_implementations_slot() => VerifyGai001.Diagnostics("""
        using OpenAI;

        interface IAiClient
        {
            Task<string> Ask(string model, string prompt);
            Task<string> Log(string model, string prompt);
        }

        class ChatGpt(OpenAIClient client) : IAiClient
        {
            public async Task<string> Ask(string model, string prompt) => (await client.GetChatClient(model).CompleteChatAsync(prompt)).Value.Content[0].Text;
            public Task<string> Log(string model, string prompt) => Task.FromResult(model + prompt);
        }

        class Fill(IAiClient ai)
        {
            public Task<string> Run(string modelId, string prompt) => ai.Ask(modelId, prompt);
        }

        class App
        {
            void Go(Fill fill, IAiClient ai)
            {
                fill.Run({|GAI001:"gpt-4o"|}, "x");
                ai.Ask({|GAI001:"gpt-4.1"|}, "y");
                ai.Log("gpt-4o", "z");
            }
        }
        """);

    [Fact]
    public Task A_menu_loop_that_reads_the_person_through_the_apps_own_method_is_bounded_by_the_person() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;

        static class Menu
        {
            public static string ReadSelection() { Console.Write("> "); return Console.ReadLine() ?? "0"; }
        }

        class App(IChatClient chat)
        {
            async Task AskAsync(string prompt) => await chat.GetResponseAsync(prompt);

            async Task Run()
            {
                while (true)
                {
                    var selection = Menu.ReadSelection();
                    if (selection == "0") break;
                    await AskAsync(selection);
                }

                while (true)
                {
                    await {|GAI002:AskAsync|}("status?"); // nobody answers here
                }
            }
        }
        """);

    /// <summary>
    /// A delegate kept in a field or a local runs the lambdas and methods the code assigns to it (MR-444/ImageGenerator.MAUI:
    /// <c>_complete = completion ?? BuildHttpCompletion(…)</c>); one that only comes from a parameter is not known.
    /// </summary>
    [Fact]
    public Task A_delegate_in_a_field_or_a_local_runs_the_functions_assigned_to_it() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        delegate Task<string> Completion(string prompt);

        class Mutations
        {
            readonly Completion _complete;
            readonly Func<string, Task<string>> _given;

            public Mutations(IChatClient chat, Completion? completion, Func<string, Task<string>> given)
            {
                _complete = completion ?? BuildCompletion(chat);
                _given = given;
            }

            static Completion BuildCompletion(IChatClient chat) =>
                async prompt => (await chat.GetResponseAsync(prompt)).Text;

            public async Task Run(List<string> captions, IChatClient chat)
            {
                Func<string, Task<ChatResponse>> ask = q => chat.GetResponseAsync(q);
                Func<string, string> trim = t => t.Trim();
                foreach (var caption in captions)
                {
                    await {|GAI003:_complete|}(caption);
                    await {|GAI003:ask|}(caption);
                    await _given(caption);     // from a parameter: not known
                    Console.WriteLine(trim(caption)); // no model behind it
                }
            }
        }
        """);

    [Fact]
    public Task A_wrapper_in_another_file_and_in_a_partial_class_is_followed() => VerifyGai003.Diagnostics(new[]
    {
        """
        using Microsoft.Extensions.AI;

        public partial class Assistant(IChatClient chat)
        {
            public async Task<string> AnswerAsync(string question) => await RetrieveAndAskAsync(question);
        }
        """,
        """
        using Microsoft.Extensions.AI;

        public partial class Assistant
        {
            private async Task<string> RetrieveAndAskAsync(string question) => (await chat.GetResponseAsync("Context…\n" + question)).Text;
        }
        """,
        """
        class Evaluation
        {
            async Task Run(Assistant assistant, IEnumerable<string> questions)
            {
                foreach (var question in questions)
                {
                    await assistant.{|GAI003:AnswerAsync|}(question);
                }
            }
        }
        """,
    });
}
