using System;
using System.Collections.Generic;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// Words that name AI work in a type or method name (<c>IDocumentSummarizerAIService</c>, <c>IOllamaClient.GenerateAsync</c>,
/// <c>IEmbeddingService</c>): the cost gate of <see cref="LoopCallExports"/>. Names are split into words at case
/// changes, an acronym ending where a capitalised word starts ("AIService" is "AI", "Service").
/// </summary>
internal static class PortWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "ai", "llm", "gpt", "chat", "openai", "ollama", "gemini", "claude", "anthropic", "mistral", "llama", "kernel",
        "completion", "completions", "embed", "embedding", "embeddings", "summarize", "summarise", "summarizer",
        "summariser", "summary", "summarization", "prompt", "agent", "vision", "diffusion", "dalle", "imagen", "sora",
        "replicate", "copilot", "assistant", "rag", "vector", "inference", "translate", "translator", "translation",
        "generate", "generator", "generation", "image", "images", "img", "video", "videos", "model", "classify", "classifier",
    };

    public static bool AnyIn(string name)
    {
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var separator = i < name.Length && !char.IsLetterOrDigit(name[i]);
            if (i < name.Length && !separator && !(i > start && StartsWord(name, i)))
            {
                continue;
            }

            if (i > start && Words.Contains(name.Substring(start, i - start)))
            {
                return true;
            }

            start = separator ? i + 1 : i;
        }

        return false;
    }

    /// <summary>Inside a run of letters and digits: a capital after a small letter or a digit ("Txt2Img"), or the capital that starts a word after an acronym.</summary>
    private static bool StartsWord(string name, int i) =>
        char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
}
