using GreenAI.Analyzers.Tests.Infrastructure;
using VerifyGai002 = GreenAI.Analyzers.Tests.Infrastructure.Verify<GreenAI.Analyzers.Rules.UnboundedLoopRule>;

namespace GreenAI.Analyzers.Tests.Rules;

public class UnboundedLoopRuleTests
{
    /// <summary>A model call inside a retry policy's lambda repeats with the endless loop around it, as a direct call does.</summary>
    [Fact]
    public Task A_call_run_by_a_retry_policy_in_an_endless_loop() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;
        using Polly;

        class Watcher
        {
            async Task Run(IChatClient chat, IAsyncPolicy retry, string log)
            {
                while (true)
                {
                    await retry.ExecuteAsync(() => chat.{|GAI002:GetResponseAsync|}("Anything wrong in " + log));
                }
            }
        }
        """);

    /// <summary>
    /// A pass over items repeated until a pass finds nothing to do is bounded by the items (MoonlightAI's documenting
    /// loop): GAI003 reports its calls per item. A pass flag set from the model's answer, or outside a loop over items,
    /// bounds nothing.
    /// </summary>
    [Fact]
    public Task A_loop_that_ends_when_a_pass_finds_no_work_is_not_endless() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Documenter
        {
            async Task Run(ChatClient chat, Func<List<string>> undocumented, HashSet<string> done)
            {
                while (true)
                {
                    var worked = false;
                    foreach (var member in undocumented())
                    {
                        if (done.Contains(member)) continue;
                        done.Add(member);
                        await chat.CompleteChatAsync(member);
                        worked = true;
                        break;
                    }

                    if (!worked) break;
                }

                while (true)
                {
                    var more = false;
                    var answer = await chat.{|GAI002:CompleteChatAsync|}("go on?");
                    if (answer.Value.Content[0].Text == "yes") more = true;
                    if (!more) break;
                }
            }
        }
        """);

    [Fact]
    public Task A_call_a_flag_lets_run_once_is_not_repeated_by_an_endless_loop() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Watcher
        {
            async Task Run(ChatClient chat, Func<bool> ready)
            {
                bool greeted = false;
                while (true)
                {
                    if (!greeted && ready())
                    {
                        greeted = true;
                        await chat.CompleteChatAsync("hello");
                    }

                    await Task.Delay(1000);
                }
            }
        }
        """);

    [Fact]
    public Task While_true_for_ever_and_do_while_true() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Agent
        {
            async Task Run(ChatClient chat)
            {
                while (true)
                {
                    var answer = await chat.{|GAI002:CompleteChatAsync|}("next step?");
                    if (answer.Value.FinishReason == ChatFinishReason.Stop) break;
                }

                for (;;)
                {
                    chat.{|GAI002:CompleteChat|}("again");
                }
            }

            void Poll(ChatClient chat)
            {
                do
                {
                    chat.{|GAI002:CompleteChat|}("more");
                }
                while (true);
            }
        }
        """);

    [Fact]
    public Task Tool_call_loop_whose_condition_is_the_model_output() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Agent
        {
            async Task Run(ChatClient chat, List<ChatMessage> messages)
            {
                bool requiresAction;
                do
                {
                    requiresAction = false;
                    ChatCompletion completion = await chat.{|GAI002:CompleteChatAsync|}(messages);
                    switch (completion.FinishReason)
                    {
                        case ChatFinishReason.ToolCalls:
                            messages.Add(new AssistantChatMessage(completion));
                            requiresAction = true;
                            break;
                        case ChatFinishReason.Stop:
                            messages.Add(new AssistantChatMessage(completion));
                            break;
                    }
                }
                while (requiresAction);

                ChatCompletion result = await chat.CompleteChatAsync(messages);
                while (result.FinishReason == ChatFinishReason.ToolCalls)
                {
                    result = await chat.{|GAI002:CompleteChatAsync|}(messages);
                }
            }
        }
        """);

    /// <summary>The OpenAI Responses tool loop: the flag is set inside a foreach over the response's output items.</summary>
    [Fact]
    public Task Responses_tool_loop_whose_flag_is_set_under_a_foreach_over_the_output_items() => VerifyGai002.Diagnostics("""
        using OpenAI.Responses;

        class Agent
        {
            async Task Run(ResponsesClient client, CreateResponseOptions options)
            {
                bool requiresAction;
                do
                {
                    requiresAction = false;
                    ResponseResult response = await client.{|GAI002:CreateResponseAsync|}(options);
                    foreach (ResponseItem item in response.OutputItems)
                    {
                        if (item is FunctionCallResponseItem call)
                        {
                            options.InputItems.Add(new FunctionCallOutputResponseItem(call.CallId, "42"));
                            requiresAction = true;
                            break;
                        }
                    }
                }
                while (requiresAction);
            }
        }
        """);

    /// <summary>Streaming tool loops: the flag comes from what the foreach over the stream saw.</summary>
    [Fact]
    public Task Streaming_tool_loops_whose_flag_comes_from_the_stream() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;
        using OpenAI.Responses;

        class Agent
        {
            async Task Chat(ChatClient chat, List<ChatMessage> messages)
            {
                bool requiresAction;
                do
                {
                    requiresAction = false;
                    var toolCalls = new List<StreamingChatToolCallUpdate>();
                    var updates = chat.{|GAI002:CompleteChatStreamingAsync|}(messages);
                    await foreach (StreamingChatCompletionUpdate update in updates)
                    {
                        foreach (StreamingChatToolCallUpdate toolCall in update.ToolCallUpdates)
                        {
                            toolCalls.Add(toolCall);
                        }

                        switch (update.FinishReason)
                        {
                            case ChatFinishReason.ToolCalls:
                                messages.Add(new AssistantChatMessage("calling " + toolCalls.Count));
                                requiresAction = true;
                                break;
                        }
                    }
                }
                while (requiresAction);
            }

            async Task Responses(ResponsesClient client, CreateResponseOptions options)
            {
                bool requiresAction;
                do
                {
                    requiresAction = false;
                    await foreach (StreamingResponseUpdate update in await client.{|GAI002:CreateResponseStreamingAsync|}(options))
                    {
                        if (update is StreamingResponseOutputItemDoneUpdate done && done.Item is FunctionCallResponseItem)
                        {
                            requiresAction = true;
                        }
                    }
                }
                while (requiresAction);
            }
        }
        """);

    /// <summary>A flag set under a foreach over the code's own data, or a streaming loop with a counter, is not model-driven.</summary>
    [Fact]
    public Task Flags_from_the_code_s_own_data_and_counted_streaming_loops_are_silent() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Agent
        {
            async Task Run(ChatClient chat, List<ChatMessage> messages, List<string> pending)
            {
                bool more;
                do
                {
                    more = false;
                    await chat.CompleteChatAsync(messages);
                    foreach (var item in pending)
                    {
                        if (item.Length > 0)
                        {
                            more = true;
                        }
                    }
                }
                while (more);

                bool requiresAction;
                int turns = 0;
                do
                {
                    requiresAction = false;
                    await foreach (var update in chat.CompleteChatStreamingAsync(messages))
                    {
                        if (update.FinishReason == ChatFinishReason.ToolCalls)
                        {
                            requiresAction = true;
                        }
                    }
                }
                while (requiresAction && ++turns < 5);
            }
        }
        """);

    /// <summary>An Assistants run driven to its end: polling and submitting tool outputs are one loop, reported once.</summary>
    [Fact]
    public async Task An_assistants_run_loop_is_reported_once_naming_every_call()
    {
        var diagnostic = Assert.Single(await VerifyGai002.Run("""
            using OpenAI.Assistants;

            class Runner
            {
                async Task Drive(AssistantClient client, ThreadRun run)
                {
                    while (!run.Status.IsTerminal)
                    {
                        await Task.Delay(500);
                        run = await client.GetRunAsync(run.ThreadId, run.Id);
                        if (run.Status == RunStatus.RequiresAction)
                        {
                            var outputs = new List<ToolOutput>();
                            run = await client.SubmitToolOutputsToRunAsync(run.ThreadId, run.Id, outputs);
                        }
                    }
                }
            }
            """));
        Assert.StartsWith("AssistantClient.GetRunAsync and AssistantClient.SubmitToolOutputsToRunAsync are called in a loop that nothing bounds", diagnostic.GetMessage());
        Assert.Equal("2", diagnostic.Properties["calls_per_iteration"]);
    }

    /// <summary>Several calls with constant models: one diagnostic, the estimates summed per iteration.</summary>
    [Fact]
    public async Task Several_calls_in_one_loop_sum_their_estimates()
    {
        var diagnostic = Assert.Single(await VerifyGai002.Run("""
            class Agent
            {
                void Run()
                {
                    var chat = new OpenAI.Chat.ChatClient("gpt-4o-mini", "key");
                    while (true)
                    {
                        chat.CompleteChat("plan");
                        chat.CompleteChat("act");
                    }
                }
            }
            """));
        Assert.Equal(
            "ChatClient.CompleteChat is called 2 times per iteration in a loop that nothing bounds: `while (true)` has no iteration limit; ≈0.061–0.072 Wh per iteration (gpt-4o-mini, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage());
    }

    /// <summary>Betalgo: legacy completions retried until success, and an Assistants run polled by status.</summary>
    [Fact]
    public Task Betalgo_retries_and_run_polling() => VerifyGai002.Diagnostics("""
        using Betalgo.Ranul.OpenAI.Interfaces;
        using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

        class Jobs
        {
            async Task Retry(IOpenAIService sdk)
            {
                do
                {
                    var result = await sdk.Completions.{|GAI002:CreateCompletion|}(new CompletionCreateRequest { Prompt = "hi" });
                    if (result.Successful)
                    {
                        break;
                    }
                }
                while (true);
            }

            async Task Poll(IOpenAIService sdk, string threadId, string runId)
            {
                var run = await sdk.Beta.Runs.RunRetrieve(threadId, runId);
                while (run.Status != "completed")
                {
                    await Task.Delay(1000);
                    run = await sdk.Beta.Runs.{|GAI002:RunRetrieve|}(threadId, runId);
                }
            }
        }
        """);

    /// <summary>Anthropic's beta tool runner loops on its own; without maxIterations nothing bounds it.</summary>
    [Fact]
    public async Task Anthropic_tool_runner_without_max_iterations()
    {
        const string source = """
            using Anthropic;
            using Anthropic.Helpers.Beta;
            using Anthropic.Models.Beta.Messages;

            class Agent
            {
                async Task Run(AnthropicClient client, IReadOnlyList<IBetaRunnableTool> tools)
                {
                    var request = new MessageCreateParams { Model = "claude-sonnet-4-5-20250929", MaxTokens = 1024, Messages = [] };
                    var runner = client.Beta.Messages.{|GAI002:ToolRunner|}(request, tools);
                    var capped = client.Beta.Messages.ToolRunner(request, tools, maxIterations: 20);
                    var alsoUncapped = client.Beta.Messages.{|GAI002:ToolRunner|}(request, tools, maxIterations: null);
                }
            }
            """;
        await VerifyGai002.Diagnostics(source);
        var diagnostic = (await VerifyGai002.Run(source.Replace("{|GAI002:", string.Empty).Replace("|}", string.Empty)))[0];
        Assert.StartsWith(
            "IMessageService.ToolRunner runs the model in a loop that nothing bounds: it calls the model again after every tool call until the model stops asking, and `maxIterations` is not set; ≈",
            diagnostic.GetMessage());
        Assert.Equal("AgentRunner", diagnostic.Properties["loop_shape"]);
    }

    /// <summary>Other providers' job-status endpoints, from the engine's table: host written, or a distinctive path alone.</summary>
    [Fact]
    public Task Raw_http_polling_of_runway_replicate_together_and_fal_jobs() => VerifyGai002.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;

        record Job(string status);

        class Jobs(HttpClient http, HttpClient runway)
        {
            const string Replicate = "https://api.replicate.com/v1/predictions";

            async Task Wait(string id, string model)
            {
                var job = new Job("starting");
                while (job.status != "SUCCEEDED")
                {
                    job = (await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://api.dev.runwayml.com/v1/tasks/{id}"))!;
                }

                while (true)
                {
                    var prediction = await http.{|GAI002:GetFromJsonAsync<Job>|}($"{Replicate}/{id}");
                    if (prediction!.status == "succeeded") break;
                    await Task.Delay(1000);
                }

                do { job = (await http.{|GAI002:GetFromJsonAsync<Job>|}("v2/videos/" + id))!; } while (job.status != "completed");
                do { job = (await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://queue.fal.run/{model}/requests/{id}/status"))!; } while (job.status != "COMPLETED");
                do { job = (await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://api.magichour.ai/v1/video-projects/{id}"))!; } while (job.status != "complete");
                do { job = (await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://api.wavespeed.ai/api/v3/predictions/{id}"))!; } while (job.status != "completed");
                do { job = (await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://api.d-id.com/talks/{id}"))!; } while (job.status != "done");

                // Not a generation job: a path that names no provider's status endpoint, and a generic path with no host.
                do { job = (await http.GetFromJsonAsync<Job>($"https://api.example.com/v1/orders/{id}"))!; } while (job.status != "done");
                do { job = (await runway.GetFromJsonAsync<Job>($"v1/tasks/{id}"))!; } while (job.status != "SUCCEEDED");
            }
        }
        """);

    /// <summary>
    /// A provider's client class that creates a generation job and polls it with the same configured client (Lyric
    /// Video Studio's plugins: <c>httpClient.BaseAddress</c> from settings, <c>GetAsync($"v1/tasks/{id}")</c>): a generic
    /// status path on an unwritten host is that job's poll because the class posts a media generation. A bounded poll
    /// (an attempt counter, or a deadline checked in the loop) stays silent, and so does the same path in a class that
    /// creates nothing (see the test above).
    /// </summary>
    [Fact]
    public Task A_generic_status_path_in_a_class_that_creates_media_jobs_is_a_poll() => VerifyGai002.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;

        record Job(string status, string? url);

        class RunwayClient(HttpClient http)
        {
            public async Task<string> Make(string prompt)
            {
                var created = await http.PostAsJsonAsync("v1/image_to_video", new { model = "gen4_turbo", promptImage = prompt, duration = 5 });
                var id = await created.Content.ReadAsStringAsync();
                var url = "";
                while (string.IsNullOrEmpty(url))
                {
                    var job = await http.{|GAI002:GetFromJsonAsync<Job>|}($"v1/tasks/{id}");
                    url = job!.url;
                    await Task.Delay(20000);
                }

                for (var attempt = 0; attempt < 60 && string.IsNullOrEmpty(url); attempt++)
                {
                    url = (await http.GetFromJsonAsync<Job>($"v1/tasks/{id}"))!.url;
                }

                return url;
            }
        }

        class WanClient(HttpClient http)
        {
            public async Task<string> Make(string prompt)
            {
                await http.PostAsJsonAsync("services/aigc/video-generation/video-synthesis", new { model = "wan2.2-t2v-plus", input = new { prompt } });
                var job = new Job("PENDING", null);
                while (job.status != "SUCCEEDED")
                {
                    job = (await http.{|GAI002:GetFromJsonAsync<Job>|}("tasks/" + prompt))!;
                }

                return job.url!;
            }
        }

        class StabilityClient(HttpClient http)
        {
            // Lyric Video Studio's Stability plugin: the poll returns once six minutes have passed.
            public async Task<string> Make(MultipartFormDataContent form, string id)
            {
                await http.PostAsync("/v2beta/image-to-video", form);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var response = new HttpResponseMessage(System.Net.HttpStatusCode.Accepted);
                while (response.StatusCode != System.Net.HttpStatusCode.OK)
                {
                    await Task.Delay(10000);
                    response = await http.GetAsync($"/v2beta/image-to-video/result/{id}");
                    if (watch.Elapsed.TotalMinutes > 6)
                    {
                        return "timeout";
                    }
                }

                return "done";
            }
        }
        """);

    /// <summary>
    /// A poll whose loop checks only a cancellation token (kukisama/TranslationToolUI, its token source has no timeout):
    /// a job that never finishes is polled until the app stops. A deadline in sight bounds it: a time compared in the
    /// loop, or a token source given a timeout in the method. A chat call in a hosted service's loop stays silent.
    /// </summary>
    [Fact]
    public Task A_poll_bounded_only_by_a_cancellation_token_is_GAI002() => VerifyGai002.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using Microsoft.Extensions.AI;

        record Job(string status);

        class Jobs(HttpClient http, IChatClient chat)
        {
            async Task Wait(string id, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    var job = await http.{|GAI002:GetFromJsonAsync<Job>|}($"https://api.dev.runwayml.com/v1/tasks/{id}", ct);
                    if (job!.status == "SUCCEEDED") break;
                    await Task.Delay(5000, ct);
                }
            }

            async Task WaitWithDeadline(string id, CancellationToken ct)
            {
                var deadline = DateTimeOffset.UtcNow.AddMinutes(5);
                while (!ct.IsCancellationRequested)
                {
                    if (DateTimeOffset.UtcNow >= deadline) throw new TimeoutException();
                    var job = await http.GetFromJsonAsync<Job>($"https://api.dev.runwayml.com/v1/tasks/{id}", ct);
                    if (job!.status == "SUCCEEDED") break;
                }
            }

            async Task WaitWithTimedToken(string id)
            {
                using var cts = new CancellationTokenSource();
                cts.CancelAfter(TimeSpan.FromMinutes(10));
                while (!cts.Token.IsCancellationRequested)
                {
                    var job = await http.GetFromJsonAsync<Job>($"https://api.dev.runwayml.com/v1/tasks/{id}", cts.Token);
                    if (job!.status == "SUCCEEDED") break;
                }
            }

            async Task Serve(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await chat.GetResponseAsync("next", cancellationToken: stoppingToken);
                    await Task.Delay(30000, stoppingToken);
                }
            }
        }
        """);

    /// <summary>
    /// The status GET in the app's own method (kukisama/TranslationToolUI's <c>PollStatusDetailsAsync</c>): the loop around
    /// the method polls the job, whether its condition reads the status or only a cancellation token. A deadline bounds
    /// it, and a loop over the jobs that asks each one's status once is no poll.
    /// </summary>
    [Fact]
    public Task A_poll_through_the_apps_own_method_is_GAI002() => VerifyGai002.Diagnostics("""
        using System.Net.Http;
        using System.Net.Http.Json;

        record Job(string status);

        class Runway(HttpClient http)
        {
            Task<Job?> StatusAsync(string id, CancellationToken ct) => http.GetFromJsonAsync<Job>($"https://api.dev.runwayml.com/v1/tasks/{id}", ct);

            async Task<string> CheckAsync(string id, CancellationToken ct) => (await StatusAsync(id, ct))!.status;

            async Task WaitUntilDone(string id, CancellationToken ct)
            {
                while (await {|GAI002:CheckAsync|}(id, ct) != "SUCCEEDED") await Task.Delay(5000, ct);
            }

            async Task WaitUntilCancelled(string id, CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    if ((await {|GAI002:StatusAsync|}(id, ct))!.status == "SUCCEEDED") break;
                    await Task.Delay(5000, ct);
                }
            }

            async Task WaitWithDeadline(string id, CancellationToken ct)
            {
                var deadline = DateTime.UtcNow.AddMinutes(5);
                while (!ct.IsCancellationRequested && DateTime.UtcNow < deadline)
                {
                    if (await CheckAsync(id, ct) == "SUCCEEDED") break;
                }
            }

            async Task Report(string[] ids, CancellationToken ct)
            {
                foreach (var id in ids) Console.WriteLine(await CheckAsync(id, ct));
            }
        }
        """);

    /// <summary>
    /// A failure counter set back to zero after each success counts consecutive failures, not iterations: a job that keeps
    /// answering "running" is polled for ever (kukisama/TranslationToolUI). A counter never set back bounds the loop.
    /// </summary>
    [Fact]
    public Task A_counter_reset_in_the_loop_is_no_bound() => VerifyGai002.Diagnostics("""
        using System.Net.Http;

        class Sora(HttpClient http, string endpoint)
        {
            async Task Wait(string id)
            {
                var failures = 0;
                var status = "queued";
                while (status != "completed")
                {
                    try
                    {
                        status = await http.{|GAI002:GetStringAsync|}($"{endpoint}/v1/videos/{id}");
                        failures = 0;
                    }
                    catch (HttpRequestException)
                    {
                        if (++failures > 3) throw;
                    }
                }
            }

            async Task WaitCounted(string id)
            {
                var attempts = 0;
                var status = "queued";
                while (status != "completed")
                {
                    if (++attempts > 30) throw new TimeoutException();
                    status = await http.GetStringAsync($"{endpoint}/v1/videos/{id}");
                }
            }
        }
        """);

    /// <summary>Polling a video job over raw HTTP until its status says so, with no attempt cap.</summary>
    [Fact]
    public Task Raw_http_polling_of_a_video_job() => VerifyGai002.Diagnostics("""
        using System.Net.Http;
        using System.Text.Json;

        class Sora
        {
            async Task<string> WaitOpenAI(HttpClient http, string endpoint, string id)
            {
                string status = "queued";
                while (status != "completed")
                {
                    await Task.Delay(5000);
                    var response = await http.{|GAI002:GetAsync|}($"{endpoint}/v1/videos/{id}");
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    status = json.RootElement.GetProperty("status").GetString()!;
                }

                return status;
            }

            async Task WaitAzure(HttpClient http, string endpoint, string jobId)
            {
                var status = "";
                do
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, endpoint + "/openai/v1/video/generations/jobs/" + jobId);
                    var response = await http.{|GAI002:SendAsync|}(request);
                    status = await response.Content.ReadAsStringAsync();
                }
                while (!status.Contains("succeeded"));
            }
        }
        """);

    /// <summary>A capped poll, a GET of something else, and downloading the finished video are not unbounded polling.</summary>
    [Fact]
    public Task Capped_polls_other_urls_and_downloads_are_silent() => VerifyGai002.Diagnostics("""
        using System.Net.Http;

        class Sora
        {
            async Task Wait(HttpClient http, string endpoint, string id)
            {
                string status = "queued";
                for (var attempt = 0; attempt < 60 && status != "completed"; attempt++)
                {
                    status = await http.GetStringAsync($"{endpoint}/v1/videos/{id}");
                }

                while (status != "done")
                {
                    status = await http.GetStringAsync($"{endpoint}/v1/files/{id}");
                }

                while (status != "saved")
                {
                    var bytes = await http.GetByteArrayAsync($"{endpoint}/v1/videos/{id}/content");
                    status = bytes.Length > 0 ? "saved" : status;
                }
            }
        }
        """);

    /// <summary>A task started in the loop repeats with it.</summary>
    [Fact]
    public Task A_call_in_Task_Run_repeats_with_the_loop() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Worker
        {
            async Task Run(IChatClient client)
            {
                while (true)
                {
                    await Task.Run(async () => await client.{|GAI002:GetResponseAsync|}("tick"));
                }
            }
        }
        """);

    [Fact]
    public Task Polling_a_video_job_and_an_assistants_run() => VerifyGai002.Diagnostics("""
        using System.ClientModel;
        using OpenAI.Assistants;
        using OpenAI.Videos;

        class Jobs
        {
            async Task Video(VideoClient videos, string id)
            {
                string status = "queued";
                while (status != "completed")
                {
                    ClientResult result = await videos.{|GAI002:GetVideoAsync|}(id);
                    status = result.GetRawResponse().Content.ToString().Contains("completed") ? "completed" : "queued";
                    await Task.Delay(1000);
                }
            }

            async Task Run(AssistantClient assistants, ThreadRun run)
            {
                while (!run.Status.IsTerminal)
                {
                    run = await assistants.{|GAI002:GetRunAsync|}(run.ThreadId, run.Id);
                }
            }
        }
        """);

    [Fact]
    public Task Recursion_without_a_depth_limit() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Planner
        {
            async Task<string> Refine(IChatClient client, string draft)
            {
                var response = await client.{|GAI002:GetResponseAsync|}("Improve: " + draft);
                return response.Text.Contains("DONE") ? response.Text : await Refine(client, response.Text);
            }

            async Task<string> RefineAtMost(IChatClient client, string draft, int depth)
            {
                if (depth <= 0) return draft;
                var response = await client.GetResponseAsync("Improve: " + draft);
                return await RefineAtMost(client, response.Text, depth - 1);
            }

            // Divide and conquer: each call gets half of its batch, and a batch of one stops (public code: a rate-limit split).
            async Task Embed(IEmbeddingGenerator<string, Embedding<float>> embeddings, IReadOnlyList<string> batch)
            {
                try
                {
                    await embeddings.GenerateAsync(batch);
                }
                catch (InvalidOperationException) when (batch.Count > 1)
                {
                    var half = batch.Count / 2;
                    var first = batch.Take(half).ToArray();
                    await Embed(embeddings, first);
                    await Embed(embeddings, batch.Skip(half).ToList());
                }
            }

            // A part whose size nothing compares is no bound.
            async Task Retry(IEmbeddingGenerator<string, Embedding<float>> embeddings, List<string> batch)
            {
                await embeddings.{|GAI002:GenerateAsync|}(batch);
                await Retry(embeddings, batch.Skip(0).ToList());
            }

            // A walk down a tree ends where the tree does (testbucket's element search: each node's children).
            async Task Find(IEmbeddingGenerator<string, Embedding<float>> embeddings, List<Node> nodes)
            {
                foreach (var node in nodes)
                {
                    await embeddings.GenerateAsync(node.Text);
                    await Find(embeddings, node.Children);
                }
            }

            async Task Walk(IEmbeddingGenerator<string, Embedding<float>> embeddings, Node node)
            {
                await embeddings.GenerateAsync(node.Text);
                foreach (var child in node.Children)
                {
                    await Walk(embeddings, child);
                }
            }

            // The same node again is no descent.
            async Task Again(IEmbeddingGenerator<string, Embedding<float>> embeddings, Node node)
            {
                await embeddings.{|GAI002:GenerateAsync|}(node.Text);
                await Again(embeddings, node);
            }
        }

        class Node
        {
            public string Text { get; set; } = "";
            public List<Node> Children { get; } = new();
        }
        """);

    [Fact]
    public Task Recursion_of_a_local_function_is_its_own() => VerifyGai002.Diagnostics("""
        using Microsoft.Extensions.AI;

        class Planner
        {
            async Task<string> Plan(IChatClient client, string goal)
            {
                async Task<string> Refine(string draft)
                {
                    var response = await client.{|GAI002:GetResponseAsync|}("Improve: " + draft);
                    return response.Text.Contains("DONE") ? response.Text : await Refine(response.Text);
                }

                async Task<string> RefineAtMost(string draft, int depth)
                {
                    if (depth <= 0) return draft;
                    var response = await client.GetResponseAsync("Improve: " + draft);
                    return await RefineAtMost(response.Text, depth - 1);
                }

                async Task<string> Once(string draft) => (await client.GetResponseAsync(draft)).Text;

                // Plan calls itself with no limit: the model-calling local functions it calls repeat with it (reported once, on the first).
                return await {|GAI002:Refine|}(goal) + await RefineAtMost(goal, 3) + await Once(goal) + await Plan(client, goal);
            }
        }
        """);

    [Fact]
    public async Task Message_says_why_and_the_estimate_per_iteration()
    {
        var diagnostic = Assert.Single(await VerifyGai002.Run("""
            class Agent
            {
                void Run()
                {
                    var chat = new OpenAI.Chat.ChatClient("gpt-4o-mini", "key");
                    while (true) { chat.CompleteChat("next"); }
                }
            }
            """));
        Assert.Equal(
            "ChatClient.CompleteChat is called in a loop that nothing bounds: `while (true)` has no iteration limit; ≈0.0305–0.036 Wh per iteration (gpt-4o-mini, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostic.GetMessage());
        Assert.Equal("10", diagnostic.Properties["max_iterations"]);
    }

    [Fact]
    public Task Bounded_loops_are_silent() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Agent
        {
            private const int MaxTurns = 5;
            private readonly int _limit = 3;

            async Task Run(ChatClient chat, CancellationToken token)
            {
                for (var i = 0; i < 3; i++) chat.CompleteChat("counted");
                for (var i = 0; i < _limit; i++) chat.CompleteChat("field limit");

                var turns = 0;
                while (turns < MaxTurns) { chat.CompleteChat("turn"); turns++; }

                var attempts = 0;
                while (true)
                {
                    try { await chat.CompleteChatAsync("retry"); break; }
                    catch (Exception) when (++attempts < 3) { }
                }

                var tries = 0;
                while (true)
                {
                    var r = await chat.CompleteChatAsync("retry");
                    if (r.Value.FinishReason == ChatFinishReason.Stop) break;
                    if (++tries >= MaxTurns) throw new InvalidOperationException("no answer");
                }

                while (!token.IsCancellationRequested) { await chat.CompleteChatAsync("until cancelled"); }

                foreach (var question in new[] { "a", "b" }) chat.CompleteChat(question);
            }
        }
        """);

    /// <summary>
    /// A retry whose catch filter hands the attempt counter to a method that decides (TelegramSearchBot's
    /// <c>when (ShouldRetryTransientOverload(ex, retryAttempt, token))</c>) is bounded; a filter that counts nothing is not.
    /// </summary>
    [Fact]
    public Task A_retry_whose_catch_filter_passes_the_counter_to_a_method_is_bounded() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Worker
        {
            private const int MaxRetries = 3;

            static bool ShouldRetry(Exception ex, int attempt) => ex is HttpRequestException && attempt < MaxRetries;

            static bool IsTransient(Exception ex) => ex is HttpRequestException;

            async Task Run(ChatClient chat)
            {
                var retryAttempt = 0;
                while (true)
                {
                    try
                    {
                        await chat.CompleteChatAsync("task");
                        return;
                    }
                    catch (Exception ex) when (ShouldRetry(ex, retryAttempt))
                    {
                        retryAttempt++;
                    }
                }
            }

            async Task Forever(ChatClient chat)
            {
                while (true)
                {
                    try
                    {
                        await chat.{|GAI002:CompleteChatAsync|}("task");
                        return;
                    }
                    catch (Exception ex) when (IsTransient(ex))
                    {
                    }
                }
            }
        }
        """);

    /// <summary>
    /// A worker that takes one queued request per turn and returns when the queue is empty (discord-sky's guild mailbox)
    /// is bounded by its queue; a loop that takes from a queue but never leaves is not.
    /// </summary>
    [Fact]
    public Task A_loop_that_drains_a_queue_and_leaves_when_it_is_empty_is_bounded() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Mailbox(ChatClient chat)
        {
            private readonly Queue<string> _pending = new();

            public async Task Drain()
            {
                while (true)
                {
                    string next;
                    lock (_pending)
                    {
                        if (_pending.Count == 0) return;
                        next = _pending.Dequeue();
                    }

                    await chat.CompleteChatAsync(next);
                }
            }

            public async Task Spin(System.Collections.Concurrent.ConcurrentQueue<string> inbox)
            {
                while (true)
                {
                    if (inbox.TryDequeue(out var next)) await chat.{|GAI002:CompleteChatAsync|}(next);
                    await Task.Delay(100);
                }
            }
        }
        """);

    /// <summary>
    /// A ComfyUI client that polls the history of its queued workflow until the images appear, without a limit
    /// (tagbooru-quest's <c>while (true)</c> on <c>/history/{promptId}</c>), is GAI002; one with a deadline is not.
    /// </summary>
    [Fact]
    public Task A_ComfyUI_history_poll_without_a_limit_is_unbounded() => VerifyGai002.Diagnostics("""
        class ComfyClient(HttpClient http)
        {
            public async Task<string> Wait(string promptId, CancellationToken ct)
            {
                while (true)
                {
                    var json = await (await http.{|GAI002:GetAsync|}($"/history/{promptId}", ct)).Content.ReadAsStringAsync(ct);
                    if (json.Contains("outputs")) return json;
                    await Task.Delay(400, ct);
                }
            }

            public async Task<string?> WaitAtMost(string promptId)
            {
                var started = DateTime.UtcNow;
                while (DateTime.UtcNow - started < TimeSpan.FromMinutes(5))
                {
                    var json = await (await http.GetAsync($"/history/{promptId}")).Content.ReadAsStringAsync();
                    if (json.Contains("outputs")) return json;
                    await Task.Delay(400);
                }

                return null;
            }
        }
        """);

    /// <summary>
    /// A retry that counts its errors and gives up when the count equals a limit (Slack-GPT's
    /// <c>errorsCount++; if (errorsCount == 5) return result;</c>) is bounded; one that counts and never compares is not.
    /// </summary>
    [Fact]
    public Task A_retry_that_returns_when_its_error_count_equals_a_limit_is_bounded() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Worker
        {
            async Task<string> Run(ChatClient chat)
            {
                var errors = 0;
                while (true)
                {
                    var result = (await chat.CompleteChatAsync("task")).Value.Content[0].Text;
                    if (result.Contains("overloaded"))
                    {
                        errors++;
                        if (errors == 5) return result;
                        await Task.Delay(2000 * errors);
                    }
                    else return result;
                }
            }

            async Task<string> Forever(ChatClient chat)
            {
                var errors = 0;
                while (true)
                {
                    var result = (await chat.{|GAI002:CompleteChatAsync|}("task")).Value.Content[0].Text;
                    if (result.Contains("overloaded"))
                    {
                        errors++;
                        Console.WriteLine(errors);
                        continue;
                    }

                    if (result.Length == 0) return result;
                }
            }
        }
        """);

    [Fact]
    public Task A_loop_that_waits_for_a_person_each_turn_is_silent() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Repl
        {
            async Task Run(ChatClient chat)
            {
                while (true)
                {
                    Console.Write("> ");
                    var line = Console.ReadLine();
                    if (line is null) break;
                    await chat.CompleteChatAsync(line);
                }

                string? input;
                while ((input = await Console.In.ReadLineAsync()) != null)
                {
                    await chat.CompleteChatAsync(input);
                }

                while (true)
                {
                    var query = Spectre.Console.AnsiConsole.Ask("Enter a message (type 'quit' to exit)");
                    if (query == "quit") break;
                    await chat.CompleteChatAsync(query);
                }
            }

            // The app's console abstraction, implemented where its body is not seen (another project: DocQnA's menus).
            async Task Menu(ChatClient chat, IConsoleService console)
            {
                while (true)
                {
                    var question = console.ReadInput("Please enter your question.");
                    await chat.CompleteChatAsync(question);
                }
            }
        }

        interface IConsoleService { string ReadInput(string prompt); }

        // A stand-in with Spectre.Console's shape (the package is not referenced by the test bed).
        namespace Spectre.Console
        {
            public static class AnsiConsole { public static string Ask(string prompt) => prompt; }
        }
        """);

    [Fact]
    public Task Loops_not_driven_by_the_model_and_calls_in_plain_lambdas_are_silent() => VerifyGai002.Diagnostics("""
        using OpenAI.Chat;

        class Worker
        {
            async Task Run(ChatClient chat, Queue<string> work, Func<bool> keepGoing)
            {
                while (work.Count > 0) { await chat.CompleteChatAsync(work.Dequeue()); }
                while (keepGoing()) { await chat.CompleteChatAsync("tick"); }
                while (true)
                {
                    Func<Task> later = async () => await chat.CompleteChatAsync("deferred");
                    break;
                }
            }
        }
        """);

    [Fact]
    public Task Agents_and_embeddings_count_as_model_calls() => VerifyGai002.Diagnostics("""
        using Microsoft.Agents.AI;
        using Microsoft.Extensions.AI;

        class Loops
        {
            async Task Run(AIAgent agent, IEmbeddingGenerator<string, Embedding<float>> embeddings)
            {
                while (true) { await agent.{|GAI002:RunAsync|}("continue"); }
            }

            async Task Embed(IEmbeddingGenerator<string, Embedding<float>> embeddings)
            {
                for (;;) { await embeddings.{|GAI002:GenerateAsync|}(new[] { "x" }); }
            }
        }
        """);
}
