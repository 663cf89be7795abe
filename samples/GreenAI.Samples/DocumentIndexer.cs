using Microsoft.Extensions.AI;

namespace GreenAI.Samples;

/// <summary>Indexes documents for search, one embedding request per document.</summary>
public sealed class DocumentIndexer(IEmbeddingGenerator<string, Embedding<float>> embeddings, IChatClient chat)
{
    public async Task<List<ReadOnlyMemory<float>>> IndexAsync(IReadOnlyList<string> documents)
    {
        var vectors = new List<ReadOnlyMemory<float>>();
        foreach (var document in documents)
        {
            var vector = await embeddings.GenerateVectorAsync(document);
            vectors.Add(vector);
        }

        return vectors;
    }

    public async Task<IList<string>> TagAsync(IEnumerable<string> documents)
    {
        var tags = new List<string>();
        foreach (var document in documents)
        {
            var style = await chat.GetResponseAsync("Describe our tagging style guide in one line.", new ChatOptions { ModelId = "gpt-4o-mini" });
            tags.Add(style.Text + ": " + document.Length);
        }

        return tags;
    }
}
