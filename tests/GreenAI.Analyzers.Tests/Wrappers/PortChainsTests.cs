using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Rules;
using GreenAI.Analyzers.Testing;
using GreenAI.Analyzers.Tests.Infrastructure;
using GreenAI.Analyzers.Wrappers;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Wrappers;

/// <summary>
/// Ports declared in a Core project, an intermediate project that calls one of them without seeing its implementation,
/// the implementation with the model call in a project the intermediate does not reference, and the app that references
/// them all (torwi-tech/lexrag-dotnet): only the app sees both halves, and joins them.
/// </summary>
public class PortChainsTests
{
    private const string Core = """
        namespace Lex.Core;

        public interface IEmbedder { Task<float[][]> EmbedAsync(IReadOnlyList<string> texts); }
        public interface IVectorIndex { Task UpsertAsync(IReadOnlyList<float[]> vectors); }
        public interface IDocumentIngestor { Task<int> IngestAsync(string file, string text); }
        public interface IAnswerGenerator { Task<string> GenerateAsync(string question); }
        public interface IRagPipeline { Task<string> AskAsync(string question); }
        """;

    private const string Ingestion = """
        using Lex.Core;

        namespace Lex.Ingestion;

        public sealed class DocumentIngestor(IEmbedder embedder, IVectorIndex index) : IDocumentIngestor
        {
            public async Task<int> IngestAsync(string file, string text)
            {
                var vectors = await EmbedPiecesAsync(text.Split('\n'));
                await index.UpsertAsync(vectors);
                return vectors.Length;
            }

            private Task<float[][]> EmbedPiecesAsync(string[] pieces) => embedder.EmbedAsync(pieces);
        }

        public sealed class Indexer(IVectorIndex index)
        {
            public Task StoreAsync(float[] vector) => index.UpsertAsync(new[] { vector });
        }
        """;

    private const string Embeddings = """
        using Lex.Core;
        using Microsoft.Extensions.AI;

        namespace Lex.Embeddings;

        public sealed class MeaiEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator) : IEmbedder
        {
            public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts) =>
                (await generator.GenerateAsync(texts)).Select(e => e.Vector.ToArray()).ToArray();
        }

        public sealed class MemoryIndex : IVectorIndex
        {
            public Task UpsertAsync(IReadOnlyList<float[]> vectors) => Task.CompletedTask;
        }
        """;

    private const string Orchestration = """
        using Lex.Core;
        using Microsoft.Extensions.AI;

        namespace Lex.Orchestration;

        public sealed class RagPipeline(IAnswerGenerator generator) : IRagPipeline
        {
            public Task<string> AskAsync(string question) => generator.GenerateAsync(question.Trim());
        }

        public sealed class GroundedAnswerGenerator(IChatClient chat) : IAnswerGenerator
        {
            public async Task<string> GenerateAsync(string question) => (await chat.GetResponseAsync(question)).Text;
        }
        """;

    private const string App = """
        using Lex.Core;

        class Seeder(IDocumentIngestor ingestor, IRagPipeline pipeline, Lex.Ingestion.Indexer indexer)
        {
            public async Task Seed(Dictionary<string, string> documents, string[] questions, float[][] vectors)
            {
                await Parallel.ForEachAsync(documents, async (doc, token) => await ingestor.IngestAsync(doc.Key, doc.Value));
                foreach (var question in questions) await pipeline.AskAsync(question);
                foreach (var vector in vectors) await indexer.StoreAsync(vector);
            }
        }
        """;

    [Fact]
    public async Task A_port_the_intermediate_project_cannot_follow_is_joined_in_the_project_that_sees_its_implementation()
    {
        var core = Library(Core, "Lex.Core");
        var diagnostics = await RunApp(App, core, Library(Ingestion, "Lex.Ingestion", core), Library(Embeddings, "Lex.Embeddings", core), Library(Orchestration, "Lex.Orchestration", core));

        Assert.Equal(
            new[]
            {
                "IDocumentIngestor.IngestAsync → DocumentIngestor.IngestAsync → DocumentIngestor.EmbedPiecesAsync → IEmbedder.EmbedAsync → MeaiEmbedder.EmbedAsync → IEmbeddingGenerator.GenerateAsync",
                "IRagPipeline.AskAsync → RagPipeline.AskAsync → IAnswerGenerator.GenerateAsync → GroundedAnswerGenerator.GenerateAsync → IChatClient.GetResponseAsync",
            },
            diagnostics.Select(d => d.Properties[RepetitionProperties.Chain]));
    }

    [Fact]
    public async Task Without_the_implementations_export_the_port_call_stays_silent()
    {
        var core = Library(Core, "Lex.Core");
        var embeddings = Library(Embeddings, "Lex.Embeddings", core, new Dictionary<string, string> { ["build_property.GreenAIExportModelCalls"] = "false" });
        var ingestion = Library(Ingestion, "Lex.Ingestion", core);

        Assert.Empty(await RunApp(App.Replace("foreach (var question in questions) await pipeline.AskAsync(question);", string.Empty), core, ingestion, embeddings));
    }

    [Fact]
    public async Task A_port_implemented_in_the_app_itself_is_joined_too()
    {
        var core = Library(Core, "Lex.Core");
        var diagnostic = Assert.Single(await RunApp(
            """
            using Lex.Core;
            using Microsoft.Extensions.AI;

            sealed class AppEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator) : IEmbedder
            {
                public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts) => (await generator.GenerateAsync(texts)).Select(e => e.Vector.ToArray()).ToArray();
            }

            class Seeder(IDocumentIngestor ingestor)
            {
                public async Task Seed(string[] files)
                {
                    foreach (var file in files) await ingestor.IngestAsync(file, System.IO.File.ReadAllText(file));
                }
            }
            """,
            core,
            Library(Ingestion, "Lex.Ingestion", core)));
        Assert.StartsWith("IDocumentIngestor.IngestAsync → DocumentIngestor.IngestAsync → DocumentIngestor.EmbedPiecesAsync → IEmbedder.EmbedAsync → AppEmbedder.EmbedAsync", diagnostic.Properties[RepetitionProperties.Chain]);
    }

    [Fact]
    public void The_intermediate_project_writes_its_port_calls_and_not_a_method_that_reaches_none()
    {
        var core = Library(Core, "Lex.Core");
        var generated = ModelCallExportGenerator.SourceOf(
            AnalyzerRunner.Compile(Ingestion, assemblyName: "Lex.Ingestion", withoutSdks: true, projectReferences: new[] { core }),
            AnalyzerRunner.ConfigOptions(new Dictionary<string, string>()),
            System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty,
            CancellationToken.None);

        Assert.Contains("M:Lex.Core.IDocumentIngestor.IngestAsync(System.String,System.String)|IngestAsync|DocumentIngestor.IngestAsync → DocumentIngestor.EmbedPiecesAsync → IEmbedder.EmbedAsync|Lex.Core|M:Lex.Core.IEmbedder.EmbedAsync", generated);
        Assert.Contains("GreenAI.PortCall", generated);
        Assert.DoesNotContain("EmbedPiecesAsync(", generated); // private: only in the chain
    }

    [Fact]
    public void A_method_reaching_a_model_through_its_projects_implementation_of_another_projects_interface_is_written()
    {
        // IStep's name says no AI work: no port line; the model-calling line comes from following the implementation here.
        var core = Library("namespace Lex.Core; public interface IStep { Task<string> RunAsync(string input); }", "Lex.Core");
        var generated = ModelCallExportGenerator.SourceOf(
            AnalyzerRunner.Compile(
                """
                using Lex.Core;
                using Microsoft.Extensions.AI;

                namespace Lex.Flow;

                public sealed class Flow(IStep step) { public Task<string> GoAsync(string q) => step.RunAsync(q.Trim()); }

                public sealed class ChatStep(IChatClient chat) : IStep
                {
                    public async Task<string> RunAsync(string input) => (await chat.GetResponseAsync(input)).Text;
                }
                """,
                assemblyName: "Lex.Flow",
                projectReferences: new[] { core }),
            AnalyzerRunner.ConfigOptions(new Dictionary<string, string>()),
            System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty,
            CancellationToken.None);

        Assert.Contains("\"GreenAI.ModelCall\", \"1|Lex.Flow|M:Lex.Flow.Flow.GoAsync(System.String)|GoAsync||d|IStep.RunAsync → ChatStep.RunAsync", generated);
    }

    private static Task<IReadOnlyList<Diagnostic>> RunApp(string source, params MetadataReference[] projects) =>
        AnalyzerRunner.RunAsync(new[] { new SingleRuleAnalyzer<CallPerItemRule>() }, source, projectReferences: projects);

    private static MetadataReference Library(string source, string assemblyName, MetadataReference? reference = null, IReadOnlyDictionary<string, string>? options = null) =>
        BuiltLibrary.Of(source, options, assemblyName, reference == null ? null : new[] { reference }, withoutSdks: !source.Contains("Microsoft.Extensions.AI", StringComparison.Ordinal));
}
