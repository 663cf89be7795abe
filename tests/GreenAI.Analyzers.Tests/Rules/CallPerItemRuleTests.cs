using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai003 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.CallPerItemRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class CallPerItemRuleTests
{
    /// <summary>
    /// A flag set beside the call and checked on the way to it lets the call run once, however many items the loop has
    /// (Sdcb.PictureSpeaks: one image while a chat answer streams in). A flag the loop sets back, or declares inside,
    /// guards nothing.
    /// </summary>
    [Fact]
    public Task A_call_a_flag_lets_run_once_is_not_per_item() => VerifyGai003.Diagnostics("""
        using OpenAI.Chat;

        class Game
        {
            async Task Once(ChatClient chat, IAsyncEnumerable<string> stream, string[] words)
            {
                bool asked = false;
                await foreach (var text in stream)
                {
                    if (asked) continue;
                    if (text.StartsWith("draw"))
                    {
                        await chat.CompleteChatAsync(text);
                        asked = true;
                    }
                }

                bool done = false;
                foreach (var word in words)
                {
                    if (!done)
                    {
                        done = true;
                        await chat.CompleteChatAsync(word);
                    }
                }

                bool sent = false;
                foreach (var word in words)
                {
                    if (sent) continue;
                    await chat.{|GAI003:CompleteChatAsync|}(word);
                    sent = true;
                    if (word.Length > 3) sent = false; // set back: the call runs again
                }

                foreach (var word in words)
                {
                    bool inner = false;
                    if (inner) continue;
                    await chat.{|GAI003:CompleteChatAsync|}(word);
                    inner = true;
                }
            }
        }
        """);

    [Fact]
    public Task Foreach_for_over_count_select_parallel_and_list_foreach() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;

        class Batch
        {
            async Task Run(ChatClient chat, IEmbeddingGenerator<string, Embedding<float>> embeddings, List<string> documents)
            {
                foreach (var document in documents)
                {
                    await chat.{|GAI003:CompleteChatAsync|}("Summarise: " + document);
                }

                for (var i = 0; i < documents.Count; i++)
                {
                    await embeddings.{|GAI003:GenerateAsync|}(new[] { documents[i] });
                }

                var summaries = await Task.WhenAll(documents.Select(async d => await chat.{|GAI003:CompleteChatAsync|}(d)));
                await Parallel.ForEachAsync(documents, async (d, ct) => await chat.{|GAI003:CompleteChatAsync|}(new OpenAI.Chat.ChatMessage[] { d }, cancellationToken: ct));
                documents.ForEach(d => chat.{|GAI003:CompleteChat|}(d));
            }
        }
        """);

    [Fact]
    public Task Media_interfaces_of_Microsoft_Extensions_AI_per_item_whatever_runs_behind_them() => VerifyGai003.Diagnostics("""
        #pragma warning disable MEAI001
        using Microsoft.Extensions.AI;

        class Gallery
        {
            async Task Run(IImageGenerator images, ISpeechToTextClient transcriber, ITextToSpeechClient voice, List<string> prompts, List<Stream> recordings)
            {
                foreach (var prompt in prompts)
                {
                    await images.{|GAI003:GenerateImagesAsync|}(prompt);
                    await voice.{|GAI003:GetAudioAsync|}(prompt);
                }

                foreach (var recording in recordings)
                {
                    await transcriber.{|GAI003:GetTextAsync|}(recording);
                }
            }
        }
        """);

    [Fact]
    public Task A_for_loop_bounded_by_a_local_taken_from_the_collections_size() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Importer
        {
            async Task Run(IChatClient chat, string[] files, List<string> notes)
            {
                var totalFiles = files.Length;
                for (int i = 0; i < totalFiles; i++)
                {
                    await chat.{|GAI003:GetResponseAsync|}("Summarise " + files[i]);
                }

                for (int i = 0; i < notes.Count(); i++)
                {
                    await chat.{|GAI003:GetResponseAsync|}(notes[i]);
                }

                int attempts = 3;
                for (int i = 0; i < attempts; i++)
                {
                    await chat.GetResponseAsync("ping");
                }
            }
        }
        """);

    /// <summary>
    /// A method that only reads a job's status runs no model: asking each job once is no model call per item, as a raw
    /// status GET in the loop is none. A method that generates and then polls is one.
    /// </summary>
    [Fact]
    public Task A_status_read_per_job_is_silent_and_a_generate_then_poll_method_is_reported() => VerifyGai003.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;

        record Job(string id, string status);

        class Runway(HttpClient http)
        {
            async Task<string> StatusAsync(string id) => (await http.GetFromJsonAsync<Job>($"https://api.dev.runwayml.com/v1/tasks/{id}"))!.status;

            async Task<string> RenderAsync(string prompt)
            {
                var response = await http.PostAsJsonAsync("https://api.dev.runwayml.com/v1/text_to_video", new { model = "gen4_turbo", promptText = prompt, duration = 5 });
                var job = (await response.Content.ReadFromJsonAsync<Job>())!;
                while (await StatusAsync(job.id) != "SUCCEEDED") await Task.Delay(5000);
                return job.id;
            }

            async Task Run(string[] ids, string[] prompts)
            {
                foreach (var id in ids) Console.WriteLine(await StatusAsync(id));
                foreach (var prompt in prompts) await {|GAI003:RenderAsync|}(prompt);
            }
        }
        """);

    [Fact]
    public Task A_wrapper_called_in_both_branches_and_in_an_inner_loop_is_reported_at_each_call() => VerifyGai003.Diagnostics("""
        using OpenAI.Chat;

        interface IConverter { Task Convert(string item, CancellationToken token); }

        class Converter(ChatClient chat) : IConverter
        {
            public async Task Convert(string item, CancellationToken token) => await chat.CompleteChatAsync(item);
        }

        class Batch(IConverter converter)
        {
            async Task Run(List<string> items, CancellationToken token)
            {
                foreach (var item in items)
                {
                    try
                    {
                        if (item.StartsWith("ts"))
                        {
                            foreach (var part in item.Split(','))
                            {
                                if (token.IsCancellationRequested)
                                {
                                    break;
                                }
                                await converter.{|GAI003:Convert|}(part, token);
                            }
                        }
                        else
                        {
                            await converter.{|GAI003:Convert|}(item, token);
                        }
                    }
                    catch (Exception)
                    {
                    }
                }
            }
        }
        """);

    [Fact]
    public Task A_for_loop_over_a_retry_schedule_counts_attempts_not_items() => VerifyGai003.Diagnostics("""
        using OpenAI.Chat;

        class Translator(ChatClient chat)
        {
            async Task<string> Translate(string text, string[] lines, int[] weights)
            {
                int[] retryDelays = { 2555, 5007, 9013 };
                for (var attempt = 0; attempt <= retryDelays.Length; attempt++)
                {
                    var result = await chat.CompleteChatAsync(text);
                    if (result.Value.FinishReason == ChatFinishReason.Stop || attempt == retryDelays.Length)
                    {
                        return result.Value.Content[0].Text;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(retryDelays[attempt]));
                }

                for (var i = 0; i < weights.Length; i++)
                {
                    await chat.{|GAI003:CompleteChatAsync|}(lines[i] + weights[i]); // the items are read, not waited for
                    await Task.Delay(weights[i]);
                }

                return string.Empty;
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_embedding_services_per_item() => VerifyGai003.Diagnostics("""
        #pragma warning disable SKEXP0001, CS0618
        using Microsoft.SemanticKernel.Embeddings;

        class Indexer
        {
            async Task Run(ITextEmbeddingGenerationService embeddings, List<string> chunks)
            {
                foreach (var chunk in chunks)
                {
                    await embeddings.{|GAI003:GenerateEmbeddingAsync|}(chunk);
                    await embeddings.{|GAI003:GenerateEmbeddingsAsync|}(new List<string> { chunk });
                }
            }
        }
        """);

    [Fact]
    public async Task Constant_item_count_multiplies_the_estimate()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            class Batch
            {
                void Run()
                {
                    var chat = new OpenAI.Chat.ChatClient("gpt-4o-mini", "key");
                    string[] questions = ["a", "b", "c", "d"];
                    foreach (var q in questions) chat.CompleteChat(q);
                }
            }
            """));
        Assert.Equal(
            "ChatClient.CompleteChat runs once per item of questions: ≈0.0305–0.036 Wh per item × 4 items = ≈0.122–0.144 Wh (gpt-4o-mini, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage());
        Assert.Equal("4", diagnostic.Properties["item_count"]);
        Assert.False(diagnostic.Properties.ContainsKey("loop_invariant"));
    }

    /// <summary>
    /// A chapter, an image, a variant per pass of a counted loop (CosmoStudio's <c>for (i = 1; i &lt;= total; i++)</c>) is
    /// one model call per item of the count. Agent steps, retries and polls count too but leave early on an answer: a
    /// loop that can break or return (other than on cancellation), or whose counter names attempts, is not one of these;
    /// nor is a loop that runs once.
    /// </summary>
    [Fact]
    public Task A_loop_over_a_count_is_per_item_unless_it_can_leave_early() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Script
        {
            async Task Run(IChatClient chat, IImageGenerator images, int total, string prompt, int maxSteps, int maxRetries, CancellationToken token)
            {
                for (int i = 1; i <= total; i++)
                {
                    await chat.{|GAI003:GetResponseAsync|}($"Write chapter {i} of {total}");
                }

                for (var batch = 0; batch < total; batch++)
                {
                    if (token.IsCancellationRequested)
                    {
                        break; // lingarr's batch loop: stopped by a person, not by an answer
                    }

                    await chat.{|GAI003:GetResponseAsync|}($"Translate batch {batch}");
                }

                for (var n = 0; n < 4; n++)
                {
                    await images.{|GAI003:GenerateImagesAsync|}(prompt);
                    foreach (var ch in prompt) { if (ch == ' ') break; } // ends the inner loop only
                }

                for (int step = 0; step < maxSteps; step++)
                {
                    var answer = await chat.GetResponseAsync(prompt);
                    if (answer.Text.Contains("DONE")) break;
                }

                for (int i = 0; i < maxRetries; i++)
                {
                    try { await chat.GetResponseAsync(prompt); return; }
                    catch (HttpRequestException) { await Task.Delay(1000); }
                }

                for (int attempt = 0; attempt < maxRetries; attempt++)
                {
                    await chat.GetResponseAsync(prompt);
                }

                for (int i = 0; i < 1; i++)
                {
                    await chat.GetResponseAsync(prompt);
                }

                for (int i = 0; i < total; i += 2)
                {
                    await chat.GetResponseAsync(prompt);
                }
            }
        }
        """);

    [Fact]
    public async Task A_counted_loop_names_its_range_multiplies_a_constant_count_and_is_never_loop_invariant()
    {
        var diagnostics = await VerifyGai003.Run("""
            class Variants
            {
                void Run(int total)
                {
                    var chat = new OpenAI.Chat.ChatClient("gpt-4o-mini", "key");
                    for (var i = 0; i < 3; i++) chat.CompleteChat("Suggest a title");
                    for (var i = 1; i <= total; i++) chat.CompleteChat("Suggest a title");
                }
            }
            """);
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(
            "ChatClient.CompleteChat runs once per item of 0..(3 - 1): ≈0.0305–0.036 Wh per item × 3 items = ≈0.0915–0.108 Wh (gpt-4o-mini, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostics[0].GetMessage());
        Assert.StartsWith("ChatClient.CompleteChat runs once per item of 1..total: ≈0.0305–0.036 Wh per item (", diagnostics[1].GetMessage());
        Assert.All(diagnostics, diagnostic => Assert.False(diagnostic.Properties.ContainsKey("loop_invariant")));
    }

    [Fact]
    public async Task A_request_that_does_not_change_per_item_is_marked_loop_invariant()
    {
        var diagnostic = Assert.Single(await VerifyGai003.Run("""
            class Batch
            {
                async Task Run(OpenAI.Chat.ChatClient chat, List<string> rows)
                {
                    foreach (var row in rows)
                    {
                        var rules = await chat.CompleteChatAsync("List the validation rules");
                        Console.WriteLine(row + rules.Value.Content[0].Text);
                    }
                }
            }
            """));
        Assert.Equal("true", diagnostic.Properties["loop_invariant"]);
    }

    [Fact]
    public Task Unbounded_loops_and_other_lambdas_are_not_per_item() => VerifyGai003.Diagnostics("""
        using OpenAI.Chat;

        class Batch
        {
            void Run(ChatClient chat, List<string> documents)
            {
                while (true) { chat.CompleteChat("GAI002, not GAI003"); break; }
                var lazy = new Lazy<string>(() => chat.CompleteChat("once").Value.Content[0].Text);
                var first = documents.Where(d => d.Length > 3).FirstOrDefault();
                foreach (var update in chat.CompleteChatStreaming("streamed once")) { }
                for (var answer = chat.CompleteChat("once"); answer.Value.Content.Count > 10;) { break; }
            }
        }
        """);

    /// <summary>
    /// A lambda a resilience policy runs (Polly 7's <c>ExecuteAsync</c>, Polly 8's pipeline) or a console's live display
    /// wraps (Spectre.Console's <c>Status().StartAsync</c>) runs where it is written: per item in a <c>foreach</c>. A cache's
    /// factory runs only on a miss, and a lambda stored for later runs elsewhere: both stay silent.
    /// </summary>
    [Fact]
    public Task A_lambda_run_by_a_retry_policy_or_a_console_status_runs_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Caching.Memory;
        using Polly;
        using Spectre.Console;

        class Pipeline
        {
            async Task Run(IChatClient chat, List<string> documents, IAsyncPolicy retry, ResiliencePipeline pipeline, IMemoryCache cache, List<Func<Task>> later)
            {
                foreach (var document in documents)
                {
                    await retry.ExecuteAsync(() => chat.{|GAI003:GetResponseAsync|}("Summarise " + document));
                    await Policy.Handle<HttpRequestException>().RetryAsync(3).ExecuteAsync(async () => await chat.{|GAI003:GetResponseAsync|}(document));
                    await pipeline.ExecuteAsync(async token => await chat.{|GAI003:GetResponseAsync|}(document, cancellationToken: token));
                    await AnsiConsole.Status().StartAsync("Summarising...", async ctx => await chat.{|GAI003:GetResponseAsync|}(document));
                    await cache.GetOrCreateAsync(document, async entry => await chat.GetResponseAsync(document));
                    later.Add(() => chat.GetResponseAsync(document));
                }
            }
        }
        """);

    /// <summary>Embeddings made per item inside Task.Run, under a Select awaited with Task.WhenAll.</summary>
    [Fact]
    public Task Task_Run_inside_a_per_item_lambda_is_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Ingest
        {
            async Task Run(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> entries)
            {
                var tasks = entries.Select(entry => Task.Run(async () =>
                {
                    var vector = (await generator.{|GAI003:GenerateAsync|}(entry)).Vector;
                }));
                await Task.WhenAll(tasks);

                await Task.WhenAll(entries.Select(async entry => await generator.{|GAI003:GenerateVectorAsync|}(entry)));
                await Parallel.ForEachAsync(entries, async (entry, ct) => await generator.{|GAI003:GenerateVectorAsync|}(entry, cancellationToken: ct));
            }
        }
        """);

    /// <summary>A queue, stack or channel drained one item at a time.</summary>
    [Fact]
    public Task Draining_a_queue_or_a_channel_is_per_item() => VerifyGai003.Diagnostics("""
        using System.Collections.Concurrent;
        using System.Threading.Channels;
        using Microsoft.Extensions.AI;

        class Worker
        {
            async Task Run(IChatClient client, ConcurrentQueue<string> inbox, Queue<string> backlog, ChannelReader<string> reader)
            {
                while (inbox.TryDequeue(out var message))
                {
                    await client.{|GAI003:GetResponseAsync|}(message);
                }

                while (backlog.Count > 0)
                {
                    var next = backlog.Dequeue();
                    await client.{|GAI003:GetResponseAsync|}(next);
                }

                await foreach (var item in reader.ReadAllAsync())
                {
                    await client.{|GAI003:GetResponseAsync|}(item);
                }
            }
        }
        """);

    /// <summary>Trying clients in turn until one answers is a fallback, not one call per client.</summary>
    [Fact]
    public Task A_fallback_chain_that_returns_the_first_answer_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Fallback
        {
            async Task<ChatResponse> Ask(IReadOnlyList<IChatClient> clients, string prompt)
            {
                for (int i = 0; i < clients.Count; i++)
                {
                    try
                    {
                        return await clients[i].GetResponseAsync(prompt);
                    }
                    catch (HttpRequestException)
                    {
                        continue;
                    }
                }

                foreach (var client in clients)
                {
                    try
                    {
                        var answer = await client.GetResponseAsync(prompt);
                        return answer;
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                foreach (var client in clients)
                {
                    var stream = client.GetStreamingResponseAsync(prompt);
                    try
                    {
                        await foreach (var update in stream)
                        {
                            Console.Write(update.Text);
                        }

                        break;
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                foreach (var client in clients)
                {
                    var answer = await client.{|GAI003:GetResponseAsync|}(prompt);
                    if (answer.Text.Length > 0)
                    {
                        return answer;
                    }
                }

                throw new InvalidOperationException("no client answered");
            }
        }
        """);

    /// <summary>
    /// Fail-overs that test the answer before leaving (seen in the eleventh held-out set: a provider list left on
    /// <c>result.Success</c>, a model list left with <c>goto</c> once the content is not empty, voice ids left on
    /// <c>IsSuccessStatusCode</c>): the next one is tried only when a call fails. A test of what the answer says, outside a
    /// try, is a search over items: still per item.
    /// </summary>
    [Fact]
    public Task A_fail_over_that_tests_the_answer_before_leaving_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Providers
        {
            async Task<ChatResponse?> Ask(IReadOnlyList<IChatClient> clients, string prompt)
            {
                ChatResponse? result = null;
                foreach (var client in clients)
                {
                    try
                    {
                        result = await client.GetResponseAsync(prompt);
                        if (result.FinishReason != null)
                        {
                            Console.WriteLine("answered");
                            break;
                        }
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                foreach (var client in clients)
                {
                    try
                    {
                        var text = await client.GetResponseAsync(prompt);
                        if (!string.IsNullOrWhiteSpace(text.Text))
                        {
                            goto Done;
                        }
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                Done:
                return result;
            }

            async Task<string?> Voices(HttpClient http, string[] voiceIds)
            {
                foreach (var voice in voiceIds)
                {
                    var response = await http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(voice));
                    if (response.IsSuccessStatusCode)
                    {
                        return voice;
                    }
                }

                return null;
            }

            async Task<string?> Search(IChatClient client, string[] documents)
            {
                foreach (var document in documents)
                {
                    var answer = await client.{|GAI003:GetResponseAsync|}(document);
                    if (answer.Text.Contains("yes"))
                    {
                        return document;
                    }
                }

                foreach (var document in documents)
                {
                    var answer = await client.{|GAI003:GetResponseAsync|}(document);
                    if (document.Length > 10)
                    {
                        break;
                    }
                }

                return null;
            }
        }
        """);

    /// <summary>
    /// A counted loop that waits for a person each pass (NetCoreAI's five-question game: a question, then
    /// <c>Console.ReadLine()</c> for the answer) is a conversation, not five items; the same loop without the wait is.
    /// </summary>
    [Fact]
    public Task A_counted_loop_that_waits_for_a_person_each_pass_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Game
        {
            async Task Play(IChatClient chat)
            {
                for (var i = 0; i < 5; i++)
                {
                    var question = await chat.GetResponseAsync("Ask question " + i);
                    Console.WriteLine(question.Text);
                    var answer = Console.ReadLine();
                }

                for (var i = 0; i < 5; i++)
                {
                    await chat.{|GAI003:GetResponseAsync|}("Write variant " + i);
                }
            }
        }
        """);

    /// <summary>
    /// Fail-overs of the fourteenth held-out set: a stream that is the collection of an inner <c>await foreach</c>, with
    /// the <c>return</c> after that loop (DeepWiki's providers); a call in either branch of a conditional expression
    /// (TelegramSearchBot's channels); an answer read further on (<c>var result = await response.Content…</c>) whose test
    /// leaves, after a <c>continue</c> on a failed status (PostXAgent's models). A loop over documents with the same shapes
    /// but no exit is still per item.
    /// </summary>
    [Fact]
    public Task Fail_overs_through_a_stream_a_conditional_expression_or_a_derived_answer_are_not_per_item() => VerifyGai003.Diagnostics("""
        using System.Net.Http.Json;
        using System.Text.Json;
        using Microsoft.Extensions.AI;

        class Channels
        {
            async Task Stream(IReadOnlyList<IChatClient> providers, string prompt, List<string> output)
            {
                foreach (var provider in providers)
                {
                    try
                    {
                        await foreach (var update in provider.GetStreamingResponseAsync(prompt))
                        {
                            output.Add(update.Text);
                        }

                        return;
                    }
                    catch (HttpRequestException)
                    {
                    }
                }
            }

            async Task<string?> Images(HttpClient http, string[] gateways, bool[] miniMax, string prompt)
            {
                for (var i = 0; i < gateways.Length; i++)
                {
                    try
                    {
                        var made = miniMax[i]
                            ? await http.PostAsJsonAsync(gateways[i] + "/v1/chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = prompt } } })
                            : await http.PostAsJsonAsync(gateways[i] + "/chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = prompt } } });
                        return await made.Content.ReadAsStringAsync();
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                return null;
            }

            async Task<string?> Models(HttpClient http, string[] models, string prompt)
            {
                foreach (var model in models)
                {
                    try
                    {
                        var response = await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = prompt } } });
                        if (!response.IsSuccessStatusCode) continue;

                        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                        if (result.TryGetProperty("choices", out var choices) && choices.GetArrayLength() > 0)
                        {
                            return choices[0].GetProperty("message").GetProperty("content").GetString();
                        }
                    }
                    catch
                    {
                    }
                }

                return null;
            }

            async Task Documents(IChatClient chat, string[] documents, List<string> output)
            {
                foreach (var document in documents)
                {
                    await foreach (var update in chat.{|GAI003:GetStreamingResponseAsync|}(document))
                    {
                        output.Add(update.Text);
                    }
                }
            }
        }
        """);

    /// <summary>A loop over <c>Take(1)</c> runs at most once (ResumeScreeningAgent's first candidate); <c>Take(3)</c> repeats.</summary>
    [Fact]
    public Task A_loop_over_Take_1_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Screening
        {
            async Task Run(IChatClient chat, List<string> candidates)
            {
                foreach (var candidate in candidates.Take(1)) await chat.GetResponseAsync(candidate);
                foreach (var candidate in candidates.Take(3)) await chat.{|GAI003:GetResponseAsync|}(candidate);
            }
        }
        """);

    /// <summary>
    /// A fail-over whose attempt hands back a success flag with the answer (ClawSharp's
    /// <c>var (success, chunks) = await TryStreamAsync(provider, …); if (success) { … yield break; }</c>) is not per item;
    /// a search that hands back whether the item matched (<c>var (found, _) = …; if (found) return doc;</c>) still is.
    /// </summary>
    [Fact]
    public Task A_fail_over_that_deconstructs_a_success_flag_is_not_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Providers
        {
            async Task<(bool Success, string Text)> TryAsync(IChatClient provider, string prompt)
            {
                try { return (true, (await provider.GetResponseAsync(prompt)).Text); }
                catch (HttpRequestException) { return (false, string.Empty); }
            }

            async Task<(bool Found, string Text)> MatchAsync(IChatClient provider, string document)
            {
                var text = (await provider.GetResponseAsync("Is this about cats? " + document)).Text;
                return (text.StartsWith("yes"), text);
            }

            async IAsyncEnumerable<string> Stream(List<IChatClient> providers, string prompt)
            {
                for (var i = 0; i < providers.Count; i++)
                {
                    var (success, text) = await TryAsync(providers[i], prompt);
                    if (success)
                    {
                        yield return text;
                        yield break;
                    }
                }
            }

            async Task<string?> Search(IChatClient provider, List<string> documents)
            {
                foreach (var document in documents)
                {
                    var (found, _) = await {|GAI003:MatchAsync|}(provider, document);
                    if (found) return document;
                }

                return null;
            }
        }
        """);

    /// <summary>
    /// A bounded loop of steps per item (ai-devs-tasks' photo loop: up to MaxIterations decisions per photo, left on
    /// "OK" or "DISCARD"): the steps repeat per item of the outer loop.
    /// </summary>
    [Fact]
    public Task Bounded_steps_inside_a_per_item_loop_are_per_item() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Photos
        {
            const int MaxIterations = 5;

            async Task Review(IChatClient client, string[] photos)
            {
                foreach (var photo in photos)
                {
                    int iteration = 0;
                    while (iteration < MaxIterations)
                    {
                        var decision = await client.{|GAI003:GetResponseAsync|}(photo);
                        if (decision.Text == "OK")
                        {
                            break;
                        }

                        iteration++;
                        if (decision.Text == "REPAIR")
                        {
                            continue;
                        }

                        Console.WriteLine("unknown decision");
                        break;
                    }
                }
            }
        }
        """);

    /// <summary>
    /// A value asked for only while it is empty (testbucket's tree search: the query's embedding, kept in a local
    /// declared before the loop) runs once; the per-node embedding beside it runs per item.
    /// </summary>
    [Fact]
    public Task A_value_asked_for_while_it_is_empty_runs_once() => VerifyGai003.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Search
        {
            async Task Find(IEmbeddingGenerator<string, Embedding<float>> embedder, string query, List<string> nodes)
            {
                Embedding<float>? queryEmbedding = null;
                Embedding<float>? other = null;
                foreach (var node in nodes)
                {
                    var embedding = await embedder.{|GAI003:GenerateAsync|}(node);
                    if (queryEmbedding is null)
                    {
                        queryEmbedding = await embedder.GenerateAsync(query);
                    }

                    other ??= await embedder.GenerateAsync(query);

                    if (node.Length > 3 && queryEmbedding == null)
                    {
                        queryEmbedding = await embedder.GenerateAsync(query + node); // filled in another branch too: still once
                    }

                    Embedding<float>? inside = null;
                    if (inside == null)
                    {
                        inside = await embedder.{|GAI003:GenerateAsync|}(query);
                    }
                }

                Embedding<float>? reset = null;
                foreach (var node in nodes)
                {
                    if (reset is null)
                    {
                        reset = await embedder.{|GAI003:GenerateAsync|}(node);
                    }

                    reset = null;
                }
            }
        }
        """);
}
