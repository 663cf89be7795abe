using Fix = GreenAI.Analyzers.Tests.Infrastructure.VerifyFix<GreenAI.Analyzers.Rules.CallPerItemRule, GreenAI.CodeFixes.BatchEmbeddingsCodeFixProvider>;

namespace GreenAI.Analyzers.Tests.Rules;

public class BatchEmbeddingsCodeFixTests
{
    [Fact]
    public Task Per_item_vectors_become_one_batched_call() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Indexer
        {
            async Task<List<ReadOnlyMemory<float>>> Index(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> documents, CancellationToken ct)
            {
                var vectors = new List<ReadOnlyMemory<float>>();
                foreach (var document in documents)
                {
                    var vector = await generator.{|GAI003:GenerateVectorAsync|}(document, cancellationToken: ct);
                    vectors.Add(vector);
                }

                return vectors;
            }
        }
        """, """
        using Microsoft.Extensions.AI;

        class Indexer
        {
            async Task<List<ReadOnlyMemory<float>>> Index(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> documents, CancellationToken ct)
            {
                var vectors = new List<ReadOnlyMemory<float>>();
                var embeddingBatch = await generator.GenerateAsync(documents, cancellationToken: ct);
                var embeddingIndex = 0;
                foreach (var document in documents)
                {
                    var vector = embeddingBatch[embeddingIndex++].Vector;
                    vectors.Add(vector);
                }

                return vectors;
            }
        }
        """);

    [Fact]
    public Task Per_item_embeddings_become_one_batched_call() => Fix.Fix("""
        using Microsoft.Extensions.AI;

        class Indexer
        {
            async Task Index(IEmbeddingGenerator<string, Embedding<float>> generator, string[] documents)
            {
                foreach (var document in documents)
                {
                    Embedding<float> embedding = await generator.{|GAI003:GenerateAsync|}(document);
                    Console.WriteLine(embedding.Vector.Length);
                }
            }
        }
        """, """
        using Microsoft.Extensions.AI;

        class Indexer
        {
            async Task Index(IEmbeddingGenerator<string, Embedding<float>> generator, string[] documents)
            {
                var embeddingBatch = await generator.GenerateAsync(documents);
                var embeddingIndex = 0;
                foreach (var document in documents)
                {
                    Embedding<float> embedding = embeddingBatch[embeddingIndex++];
                    Console.WriteLine(embedding.Vector.Length);
                }
            }
        }
        """);

    [Fact]
    public Task No_batch_when_the_call_may_be_skipped_or_the_input_is_not_the_item() => Fix.NoFix("""
        using Microsoft.Extensions.AI;

        class Indexer
        {
            async Task Index(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> documents, IEnumerable<string> lazy)
            {
                foreach (var document in documents)
                {
                    if (document.Length == 0) continue;
                    await generator.{|GAI003:GenerateVectorAsync|}(document);
                }

                foreach (var document in documents)
                {
                    await generator.{|GAI003:GenerateVectorAsync|}(document.Trim());
                }

                foreach (var document in lazy)
                {
                    await generator.{|GAI003:GenerateVectorAsync|}(document);
                }
            }
        }
        """);
}
