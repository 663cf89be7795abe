using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Wrappers;

/// <summary>
/// Ports and adapters: the Application project loops over its own interface, the Infrastructure project (which
/// references it, and is compiled after it) implements the interface with a model call. GAI003 sits on the implementation
/// and names the loop (CBRE.Facility.Audit, CosmoStudio).
/// </summary>
public class PortsAcrossProjectsTests
{
    private const string Application = """
        namespace Shop.Application;

        public interface IDocumentSummarizer { Task<string> SummarizeAsync(string text); }
        public interface IWorker { Task ProcessAsync(string item); }
        public abstract class CoverImageGenerator { public abstract Task<string> PaintAsync(string title); }

        public class AuditHandler(IDocumentSummarizer summarizer, IWorker worker, CoverImageGenerator painter)
        {
            public async Task Handle(List<string> chunks, string title)
            {
                foreach (var chunk in chunks)
                {
                    await summarizer.SummarizeAsync(chunk);
                    await worker.ProcessAsync(chunk);
                }

                await Task.WhenAll(chunks.Select(c => painter.PaintAsync(c)));
                await summarizer.SummarizeAsync(title);
            }
        }

        public interface ITranslator { Task<string> TranslateAsync(string text); }

        public class TranslationService(ITranslator translator)
        {
            public async Task TranslateAll(List<string> entries)
            {
                foreach (var entry in entries) await ProcessEntryAsync(entry);
            }

            private async Task ProcessEntryAsync(string entry) => await SendAsync(entry.Trim());

            private Task<string> SendAsync(string text) => translator.TranslateAsync(text);

            public async Task Notes(List<string> notes)
            {
                foreach (var note in notes) await translator.TranslateAsync(note);
            }
        }
        """;

    private const string Infrastructure = """
        using OpenAI.Chat;
        using OpenAI.Images;
        using Shop.Application;

        namespace Shop.Infrastructure;

        public class DocumentSummarizer : IDocumentSummarizer
        {
            private readonly ChatClient _chat = new("gpt-4o-mini", "not-a-key");

            public async Task<string> SummarizeAsync(string text) => (await _chat.CompleteChatAsync(text)).Value.Content[0].Text;
        }

        public class EchoSummarizer : IDocumentSummarizer
        {
            public Task<string> SummarizeAsync(string text) => Task.FromResult(text);
        }

        public class Worker(ChatClient chat) : IWorker
        {
            public Task ProcessAsync(string item) => chat.CompleteChatAsync(item);
        }

        public class ChatTranslator(ChatClient chat) : ITranslator
        {
            public async Task<string> TranslateAsync(string text) => (await chat.CompleteChatAsync(text)).Value.Content[0].Text;
        }

        public class DallePainter(ImageClient images) : CoverImageGenerator
        {
            public override async Task<string> PaintAsync(string title) => (await images.GenerateImageAsync(title)).Value.ImageUri.ToString();
        }
        """;

    [Fact]
    public async Task The_implementation_of_a_port_called_per_item_in_another_project_is_reported_with_the_loop()
    {
        var diagnostics = await Run(BuiltLibrary.Of(Application, assemblyName: "Shop.Application", withoutSdks: true));

        var summarizer = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("DocumentSummarizer.SummarizeAsync", StringComparison.Ordinal));
        Assert.StartsWith(
            "DocumentSummarizer.SummarizeAsync → ChatClient.CompleteChatAsync runs once per item of chunks (in AuditHandler.Handle (",
            summarizer.GetMessage(), StringComparison.Ordinal);
        Assert.True(summarizer.GetMessage().Contains("(in AuditHandler.Handle (Test0.cs:13), another project, through IDocumentSummarizer.SummarizeAsync): ≈", StringComparison.Ordinal), summarizer.GetMessage());
        Assert.Equal("SummarizeAsync", Identifier(summarizer));

        var painter = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("DallePainter.PaintAsync", StringComparison.Ordinal));
        Assert.Contains("runs once per item of chunks (in AuditHandler.Handle (", painter.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("through CoverImageGenerator.PaintAsync", painter.GetMessage(), StringComparison.Ordinal);

        // Through the loop's project's own methods (two levels): named on the way.
        var translator = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("ChatTranslator.TranslateAsync", StringComparison.Ordinal));
        Assert.Contains(
            "runs once per item of entries (in TranslationService.TranslateAll (Test0.cs:28), another project, through TranslationService.ProcessEntryAsync → TranslationService.SendAsync → ITranslator.TranslateAsync)",
            translator.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("; also once per item of notes in TranslationService.Notes (Test0.cs:37): ", translator.GetMessage(), StringComparison.Ordinal);

        // IWorker says nothing of AI work: the loop's project does not export its calls (the cost gate), and an
        // implementation without a model call (EchoSummarizer) is no finding.
        Assert.Equal(3, diagnostics.Count);
    }

    [Fact]
    public async Task Without_the_export_the_implementation_is_silent()
    {
        var off = BuiltLibrary.Of(Application, new Dictionary<string, string> { ["build_property.GreenAIExportModelCalls"] = "false" }, assemblyName: "Shop.Application", withoutSdks: true);
        Assert.Empty(await Run(off));

        var notPerItem = BuiltLibrary.Of(
            Application.Replace("foreach (var chunk in chunks)", "var chunk = chunks[0];").Replace("chunks.Select(c => painter.PaintAsync(c))", "painter.PaintAsync(title)")
                .Replace("foreach (var entry in entries) await ProcessEntryAsync(entry);", "await ProcessEntryAsync(entries[0]);")
                .Replace("foreach (var note in notes) await translator.TranslateAsync(note);", "await translator.TranslateAsync(notes[0]);"),
            assemblyName: "Shop.Application", withoutSdks: true);
        Assert.Empty(await Run(notPerItem));
    }

    /// <summary>
    /// AiBloger's shape: Core passes a constant model id to its own port (<c>IAuthorService.SelectBestTitlesAsync(titles,
    /// 1, defaultModel)</c>, here with an AI word in the name: the export's cost gate); Infrastructure implements it and sends the parameter to the model, with a default of its own.
    /// GAI001 sits on the implementation's parameter and names where the id is written, without a fix (the literal is in
    /// the other project). A small model, a parameter that reaches no model, or an argument that is no model id: silent.
    /// </summary>
    [Fact]
    public async Task A_large_model_passed_to_a_port_by_another_project_is_reported_at_the_implementations_parameter()
    {
        const string core = """
            namespace Blog.Core;

            public interface IAuthorAIService
            {
                Task<string> SelectBestTitleAsync(List<string> titles, int count, string? model = null);
                Task<string> WriteAsync(string topic, string style);
            }

            public class WriteNewPostHandler(IAuthorAIService author)
            {
                public async Task Handle(List<string> titles)
                {
                    const string defaultModel = "gpt-4.1";
                    await author.SelectBestTitleAsync(titles, 1, defaultModel);
                    await author.SelectBestTitleAsync(titles, 2, "gpt-4o-mini");
                    await author.WriteAsync("news", "gpt-4o");
                }
            }
            """;
        const string infrastructure = """
            using Blog.Core;
            using OpenAI;

            namespace Blog.Infrastructure;

            public class OpenAiAuthorService(OpenAIClient client) : IAuthorAIService
            {
                private readonly string _defaultModel = "gpt-4o-mini";

                public async Task<string> SelectBestTitleAsync(List<string> titles, int count, string? modelName = null)
                {
                    var chosen = string.IsNullOrWhiteSpace(modelName) ? _defaultModel : modelName;
                    return (await client.GetChatClient(chosen).CompleteChatAsync(string.Join("\n", titles))).Value.Content[0].Text;
                }

                public async Task<string> WriteAsync(string topic, string style) => (await client.GetChatClient(_defaultModel).CompleteChatAsync(topic + style)).Value.Content[0].Text;
            }
            """;
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { new SingleRuleAnalyzer<LargeModelRule>() }, infrastructure,
            projectReferences: new[] { BuiltLibrary.Of(core, assemblyName: "Blog.Core", withoutSdks: true) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("modelName", Identifier(diagnostic));
        Assert.StartsWith("gpt-4.1 (passed by WriteNewPostHandler.Handle (Test0.cs:14), another project, to IAuthorAIService.SelectBestTitleAsync) ≈", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("other-project", diagnostic.Properties["no_fix"]);

        var off = BuiltLibrary.Of(core, new Dictionary<string, string> { ["build_property.GreenAIExportModelCalls"] = "false" }, assemblyName: "Blog.Core", withoutSdks: true);
        Assert.Empty(await AnalyzerRunner.RunAsync(new[] { new SingleRuleAnalyzer<LargeModelRule>() }, infrastructure, projectReferences: new[] { off }));
    }

    [Theory]
    [InlineData("IDocumentSummarizerAIService", true)]
    [InlineData("IOllamaClient", true)]
    [InlineData("GenerateEmbeddingsAsync", true)]
    [InlineData("AIService", true)]
    [InlineData("my_chat_port", true)]
    [InlineData("Txt2ImgAsync", true)]
    [InlineData("IContractResolver", false)]
    [InlineData("ProcessAsync", false)]
    [InlineData("Maintain", false)]
    [InlineData("Email", false)]
    public void Port_names_are_split_into_words(string name, bool saysAiWork) =>
        Assert.Equal(saysAiWork, GreenAI.Analyzers.Wrappers.PortWords.AnyIn(name));

    private static Task<IReadOnlyList<Diagnostic>> Run(MetadataReference application) =>
        AnalyzerRunner.RunAsync(new[] { new SingleRuleAnalyzer<CallPerItemRule>() }, Infrastructure, projectReferences: new[] { application });

    private static string Identifier(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
