using System.Collections.Immutable;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Wrappers;

/// <summary>
/// A model-calling method of another project of the solution: the library's build writes it into its assembly
/// (ModelCallExportGenerator), and the app's build, which sees the library only as a reference assembly, reads it back.
/// </summary>
public class OtherProjectTests
{
    private const string Services = """
        using OpenAI.Chat;

        namespace Shop.Services;

        public interface IEmbedder
        {
            Task<float[]> EmbedAsync(string text);
        }

        public class Summarizer
        {
            readonly ChatClient _chat = new ChatClient("gpt-4o", "key");

            public async Task<string> SummarizeAsync(string text) => await AskAsync("Summarise: " + text);

            async Task<string> AskAsync(string prompt) => (await _chat.CompleteChatAsync(prompt)).Value.Content[0].Text;

            public static string Trim(string text) => text.Trim();

            internal string Hidden(string text) => _chat.CompleteChat(text).Value.Content[0].Text;
        }

        sealed class OpenAIEmbedder : IEmbedder
        {
            readonly OpenAI.Embeddings.EmbeddingClient _client = new("text-embedding-3-small", "key");

            public async Task<float[]> EmbedAsync(string text) => (await _client.GenerateEmbeddingAsync(text)).Value.ToFloats().ToArray();
        }
        """;

    private const string App = """
        using Shop.Services;

        class Catalog(Summarizer summarizer, IEmbedder embedder)
        {
            public async Task Run(List<string> documents)
            {
                foreach (var document in documents)
                {
                    await summarizer.SummarizeAsync(document);
                    await embedder.EmbedAsync(document);
                    Console.WriteLine(Summarizer.Trim(document));
                }
            }
        }
        """;

    [Fact]
    public async Task A_wrapper_of_another_project_called_per_item_is_reported_with_its_chain_and_estimate()
    {
        var diagnostics = await RunApp(App, Library(Services));

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(
            "Summarizer.SummarizeAsync → Summarizer.AskAsync → ChatClient.CompleteChatAsync runs once per item of documents: ≈0.642–1.03 Wh per item (gpt-4o, 400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da))",
            diagnostics[0].GetMessage());
        Assert.Equal("IEmbedder.EmbedAsync → OpenAIEmbedder.EmbedAsync → EmbeddingClient.GenerateEmbeddingAsync", diagnostics[1].Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public async Task Without_the_export_the_other_project_is_silent()
    {
        Assert.Empty(await RunApp(App, Library(Services, new Dictionary<string, string> { ["build_property.GreenAIExportModelCalls"] = "false" })));
    }

    [Fact]
    public void Only_methods_another_project_can_call_are_written()
    {
        var generated = Generated(Services, internalsVisible: false);

        Assert.Contains("M:Shop.Services.Summarizer.SummarizeAsync(System.String)", generated);
        Assert.Contains("M:Shop.Services.IEmbedder.EmbedAsync(System.String)", generated);
        Assert.DoesNotContain("AskAsync(System.String)|", generated); // private: only in SummarizeAsync's chain
        Assert.DoesNotContain("Hidden", generated); // internal, and no InternalsVisibleTo
        Assert.DoesNotContain("OpenAIEmbedder.EmbedAsync(System.String)|", generated); // the class is internal: callers name the interface
        Assert.DoesNotContain("Trim", generated); // calls no model
        Assert.Contains("Hidden", Generated(Services, internalsVisible: true));
    }

    [Theory]
    [InlineData("build_property.IsTestProject", "true", "")]
    [InlineData("build_property.OutputType", "Exe", "")]
    [InlineData("build_property.OutputType", "Library", "SummarizeAsync")]
    public void An_executable_or_a_test_project_writes_nothing_unless_asked(string key, string value, string expected)
    {
        var compilation = AnalyzerRunner.Compile(Services, assemblyName: "Shop.Services");
        string Generated(Dictionary<string, string> options) =>
            ModelCallExportGenerator.SourceOf(compilation, AnalyzerRunner.ConfigOptions(options), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);

        var unset = Generated(new Dictionary<string, string> { [key] = value });
        Assert.True(expected.Length == 0 ? unset.Length == 0 : unset.Contains(expected), unset);
        Assert.Contains("SummarizeAsync", Generated(new Dictionary<string, string> { [key] = value, ["build_property.GreenAIExportModelCalls"] = "true" }));
    }

    [Fact]
    public void A_project_made_of_model_calls_writes_a_bounded_number_of_them()
    {
        var methods = string.Concat(Enumerable.Range(0, ModelCallExportGenerator.MaxSummarised + 10).Select(i =>
            $"    public string Ask{i}(string q) => _chat.CompleteChat(q).Value.Content[0].Text;\n"));
        var generated = GeneratedSource("using OpenAI.Chat;\npublic class Many\n{\n    readonly ChatClient _chat = new(\"gpt-4o\", \"key\");\n" + methods + "}\n");

        Assert.Equal(ModelCallExportGenerator.MaxSummarised, generated.Split('\n').Count(l => l.StartsWith("[assembly:", StringComparison.Ordinal)));
        Assert.Contains("M:Many.Ask0(System.String)", generated);
    }

    [Fact]
    public void A_project_without_model_calls_gets_no_file()
    {
        Assert.Equal(string.Empty, GeneratedSource("namespace Shop; public class Prices { public decimal Total(decimal[] p) => p.Sum(); }"));
    }

    [Fact]
    public async Task A_chain_through_three_projects_reaches_the_model()
    {
        var services = Library(Services);
        var orchestration = Library(
            """
            namespace Shop.Orchestration;

            public class Pipeline(Shop.Services.Summarizer summarizer)
            {
                public Task<string> DigestAsync(string text) => summarizer.SummarizeAsync(text.Trim());
            }
            """,
            assemblyName: "Shop.Orchestration",
            references: new[] { services });

        var diagnostic = Assert.Single(await RunApp(
            """
            class Batch(Shop.Orchestration.Pipeline pipeline)
            {
                public async Task Run(string[] texts)
                {
                    foreach (var text in texts) await pipeline.DigestAsync(text);
                }
            }
            """,
            orchestration,
            services));
        Assert.Equal("Pipeline.DigestAsync → Summarizer.SummarizeAsync → Summarizer.AskAsync → ChatClient.CompleteChatAsync", diagnostic.Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public async Task An_unbounded_loop_around_another_projects_wrapper_is_GAI002()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<UnboundedLoopRule>() },
            """
            class Watcher(Shop.Services.Summarizer summarizer)
            {
                public async Task Run(Func<string> next)
                {
                    while (true) await summarizer.SummarizeAsync(next());
                }
            }
            """,
            projectReferences: new[] { Library(Services) });
        Assert.Equal("GAI002", Assert.Single(diagnostics).Id);
    }

    private const string Extensions = """
        using Microsoft.Extensions.AI;

        namespace Shop.Ai;

        public static class ChatExtensions
        {
            public static async Task<string> AskAsync(this IChatClient chat, string question) =>
                (await chat.GetResponseAsync(question, new ChatOptions { ModelId = "gpt-4o" })).Text;
        }

        public class Classifier<T>(IChatClient chat)
        {
            public Task<string> ClassifyAsync<TLabel>(T item, TLabel[] labels) => chat.AskAsync("Classify " + item);
        }
        """;

    [Fact]
    public async Task Generic_and_extension_wrappers_of_another_project_are_found()
    {
        var diagnostics = await RunApp(
            """
            using Microsoft.Extensions.AI;
            using Shop.Ai;

            class Triage(IChatClient chat, Classifier<int> classifier)
            {
                public async Task Run(string[] tickets, int[] ids)
                {
                    foreach (var ticket in tickets) await chat.AskAsync(ticket);
                    foreach (var id in ids) await classifier.ClassifyAsync(id, new[] { "bug" });
                }
            }
            """,
            Library(Extensions, assemblyName: "Shop.Ai"));
        Assert.Equal(
            new[] { "IChatClient.AskAsync → IChatClient.GetResponseAsync", "Classifier.ClassifyAsync → IChatClient.AskAsync → IChatClient.GetResponseAsync" },
            diagnostics.Select(d => d.Properties[RepetitionProperties.Chain]));
    }

    /// <summary>
    /// The interface in another project (an Application layer), its implementation and the loop in this one (the
    /// Infrastructure layer), as in reuther03/MealMind: the call is followed to the implementation this compilation has.
    /// </summary>
    [Fact]
    public async Task An_interface_of_another_project_is_followed_to_its_implementation_here()
    {
        var contracts = Library("""
            namespace Shop.Contracts;

            public interface IEmbeddingService { Task<float[]> EmbedAsync(string text); }

            public abstract class Translator { public abstract Task<string> TranslateAsync(string text); }
            """, assemblyName: "Shop.Contracts");
        var diagnostics = await RunApp(
            """
            using Microsoft.Extensions.AI;
            using Shop.Contracts;

            class EmbeddingService(IEmbeddingGenerator<string, Embedding<float>> generator) : IEmbeddingService
            {
                public async Task<float[]> EmbedAsync(string text) => (await generator.GenerateAsync(text)).Vector.ToArray();
            }

            class ChatTranslator(IChatClient chat) : Translator
            {
                public override async Task<string> TranslateAsync(string text) => (await chat.GetResponseAsync("Translate: " + text)).Text;
            }

            class Seeder(IEmbeddingService embeddings, Translator translator)
            {
                public async Task Run(List<string> chunks)
                {
                    foreach (var chunk in chunks)
                    {
                        await embeddings.EmbedAsync(chunk);
                        await translator.TranslateAsync(chunk);
                        chunk.GetHashCode(); // a framework virtual: no implementation of it is a wrapper
                    }
                }
            }
            """,
            contracts);

        Assert.Equal(
            new[] { "IEmbeddingService.EmbedAsync → EmbeddingService.EmbedAsync → IEmbeddingGenerator.GenerateAsync", "Translator.TranslateAsync → ChatTranslator.TranslateAsync → IChatClient.GetResponseAsync" },
            diagnostics.Select(d => d.Properties[RepetitionProperties.Chain]));
    }

    /// <summary>
    /// This project's own wrapper around another project's interface, whose implementation is in a third project that
    /// only the export knows (iyulab/memory-indexer: an evaluator of the Intelligence project over IEmbeddingService).
    /// </summary>
    [Fact]
    public async Task An_own_wrapper_around_another_projects_interface_uses_the_export_before_the_implementations_here()
    {
        var diagnostic = Assert.Single(await RunApp(
            """
            using Shop.Services;

            class Indexer(IEmbedder embedder)
            {
                async Task<float[]> IndexAsync(string document) => await embedder.EmbedAsync(document.Trim());

                public async Task Run(List<string> documents)
                {
                    foreach (var document in documents) await IndexAsync(document);
                }
            }
            """,
            Library(Services)));
        Assert.Equal("Indexer.IndexAsync → IEmbedder.EmbedAsync → OpenAIEmbedder.EmbedAsync → EmbeddingClient.GenerateEmbeddingAsync", diagnostic.Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public async Task A_project_with_a_mocking_library_does_not_follow_an_interface_to_the_implementation_it_sees()
    {
        var diagnostics = await RunApp(
            """
            using Shop.Services;

            interface ILocalEmbedder { Task<float[]> EmbedAsync(string text); }

            class EmbedderTests(Summarizer summarizer, IEmbedder embedder, ILocalEmbedder local)
            {
                public async Task Run(List<string> documents)
                {
                    foreach (var document in documents)
                    {
                        await summarizer.SummarizeAsync(document); // a class: no mock can stand in
                        await embedder.EmbedAsync(document);       // may be new Mock<IEmbedder>().Object
                        await local.EmbedAsync(document);
                    }
                }
            }

            class LocalEmbedder(OpenAI.Embeddings.EmbeddingClient client) : ILocalEmbedder
            {
                public async Task<float[]> EmbedAsync(string text) => (await client.GenerateEmbeddingAsync(text)).Value.ToFloats().ToArray();
            }
            """,
            Library(Services),
            Library("namespace Moq { public class Mock<T> where T : class { } }", assemblyName: "Moq"));

        Assert.Equal("Summarizer.SummarizeAsync → Summarizer.AskAsync → ChatClient.CompleteChatAsync", Assert.Single(diagnostics).Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public async Task A_using_of_a_mocking_library_is_enough_to_tell_a_test_project()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<CallPerItemRule>() },
            """
            using Moq;
            using Shop.Services;

            class EmbedderTests(IEmbedder embedder)
            {
                public async Task Run(List<string> documents)
                {
                    foreach (var document in documents) await embedder.EmbedAsync(document);
                }
            }
            """,
            allowCompilerErrors: true, // Moq is not referenced: the namespace does not resolve
            projectReferences: new[] { Library(Services) });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task An_app_without_an_AI_SDK_that_calls_a_raw_HTTP_library_is_analysed()
    {
        var library = Library(
            """
            using System.Net.Http.Json;

            namespace Shop.Llm;

            public class LocalLlm(HttpClient http)
            {
                public Task<HttpResponseMessage> AskAsync(string q) =>
                    http.PostAsJsonAsync("v1/chat/completions", new { model = "llama3", messages = new[] { new { role = "user", content = q } } });
            }
            """,
            assemblyName: "Shop.Llm",
            withoutSdks: true);

        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<CallPerItemRule>() },
            """
            class Batch(Shop.Llm.LocalLlm llm)
            {
                public async Task Run(string[] questions)
                {
                    foreach (var q in questions) await llm.AskAsync(q);
                }
            }
            """,
            withoutSdks: true,
            projectReferences: new[] { library });
        Assert.Equal("LocalLlm.AskAsync → HttpClient.PostAsJsonAsync …/chat/completions", Assert.Single(diagnostics).Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public async Task A_model_id_passed_to_another_projects_wrapper_is_a_model_choice_at_the_argument()
    {
        var library = Library(
            """
            using Microsoft.Extensions.AI;

            namespace Shop.Ai;

            public class Assistant(IChatClient chat)
            {
                public async Task<string> AskAsync(string prompt, string model) =>
                    (await chat.GetResponseAsync(prompt, new ChatOptions { ModelId = model })).Text;

                public Task<string> BriefAsync(string prompt, string model, string tone) => AskAsync(tone + prompt, model);
            }
            """,
            assemblyName: "Shop.Ai");

        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<LargeModelRule>() },
            """
            class Desk(Shop.Ai.Assistant assistant)
            {
                public async Task Run()
                {
                    await assistant.AskAsync("Summarise the week", "gpt-4o");
                    await assistant.BriefAsync("Summarise the day", "gpt-4.1", "gpt-4o"); // the tone is no model slot
                    await assistant.AskAsync("gpt-4o", "gpt-4o-mini");                   // nor is the prompt; the small model is fine
                }
            }
            """,
            projectReferences: new[] { library });

        Assert.Equal(new[] { "\"gpt-4o\"", "\"gpt-4.1\"" }, diagnostics.Select(d => d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.All(diagnostics, d => Assert.Equal("GAI001", d.Id));
    }

    /// <summary>teknologi-umum/botnet: the model passed to another project's method that writes it into a raw-HTTP chat body.</summary>
    [Fact]
    public async Task A_model_id_passed_to_another_projects_raw_HTTP_chat_method_is_a_model_choice_at_the_argument()
    {
        var library = Library(
            """
            using System.Net.Http.Json;

            namespace Bot.Services;

            public class OpenAiClient(HttpClient http)
            {
                public async Task<string> ChatAsync(string model, string question)
                {
                    using var response = await http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = question } } });
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
            assemblyName: "Bot.Services",
            withoutSdks: true);

        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<LargeModelRule>() },
            """
            class Ask(Bot.Services.OpenAiClient client)
            {
                Task<string> Run(bool vip, string q) => client.ChatAsync(vip ? "gpt-4-1106-preview" : "gpt-3.5-turbo", q);
            }
            """,
            withoutSdks: true,
            projectReferences: new[] { library });

        Assert.Equal("gpt-4-1106-preview", Assert.Single(diagnostics).Properties[GreenAI.Impact.PropertyNames.Model]);
    }

    [Fact]
    public void Half_typed_code_exports_what_binds_and_never_throws()
    {
        var generated = GeneratedSource(Services.Replace("public static string Trim(string text) => text.Trim();", "public static string Trim(string text) => text.Tr(") + "\npublic class Broken { public void M( { _chat.CompleteChat(");
        Assert.Contains("SummarizeAsync", generated);
    }

    [Fact]
    public void A_broken_or_foreign_line_is_ignored()
    {
        Assert.Null(ExportedSummary.Decode("2|a|b|c|d||e|f|"));
        Assert.Null(ExportedSummary.Decode("1|a|b|c|d||e|x,y|"));
        Assert.Null(ExportedSummary.Decode("1|a|b|c|d||e|f|x")); // a slot without its ordinal
        Assert.Null(ExportedSummary.Decode("1|a|b|c|d||e|f")); // a field short
        Assert.Null(ExportedSummary.Decode(null));
        var line = new ExportedSummary("A", "M:A.B(System.String)", "B", " (one|of;2)", throughDispatch: true, ImmutableArray.Create("x → y", "z"), ImmutableArray.Create(new ExportedCall("T", "M", "gpt-4o+gpt-4o-mini", "openai", true, 256)), ImmutableArray.Create((1, "Microsoft.Extensions.AI.ChatOptions///ModelId")));
        var decoded = ExportedSummary.Decode(line.Encode())!;
        Assert.Equal(" (one_of;2)", decoded.Note);
        Assert.Equal(256, decoded.Calls[0].OutputCap);
        Assert.True(decoded.Calls[0].IsDeploymentName);
        Assert.True(decoded.ThroughDispatch);
        Assert.Equal((1, "Microsoft.Extensions.AI.ChatOptions///ModelId"), Assert.Single(decoded.Slots));
        Assert.Equal("gpt-4o+gpt-4o-mini", decoded.Calls[0].ModelId);
    }

    private static Task<IReadOnlyList<Diagnostic>> RunApp(string source, params MetadataReference[] projects) =>
        AnalyzerRunner.RunAsync(new[] { new SingleRuleAnalyzer<CallPerItemRule>() }, source, projectReferences: projects);

    private static MetadataReference Library(string source, IReadOnlyDictionary<string, string>? options = null, string assemblyName = "Shop.Services", IEnumerable<MetadataReference>? references = null, bool withoutSdks = false) =>
        BuiltLibrary.Of(source, options, assemblyName, references, withoutSdks);

    private static string Generated(string source, bool internalsVisible) =>
        GeneratedSource(internalsVisible ? source.Replace("namespace Shop.Services;", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Shop.Tests\")]\nnamespace Shop.Services;") : source);

    private static string GeneratedSource(string source)
    {
        var compilation = AnalyzerRunner.Compile(source, assemblyName: "Shop.Services");
        return ModelCallExportGenerator.SourceOf(compilation, AnalyzerRunner.ConfigOptions(new Dictionary<string, string>()), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
    }
}
