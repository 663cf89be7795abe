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
    private static readonly string[] Words =
    {
        "ai", "llm", "gpt", "chat", "openai", "ollama", "gemini", "claude", "anthropic", "mistral", "llama", "kernel",
        "completion", "completions", "embed", "embedder", "embedding", "embeddings", "summarize", "summarise", "summarizer",
        "summariser", "summary", "summarization", "prompt", "agent", "vision", "diffusion", "dalle", "imagen", "sora",
        "replicate", "copilot", "assistant", "rag", "vector", "inference", "translate", "translator", "translation",
        "generate", "generator", "generation", "image", "images", "img", "video", "videos", "model", "classify", "classifier",
    };

    // By length: a word of the name is compared in place with the words of its length, nothing allocated (the
    // compiler's declaration table hands every name of the project to AnyIn).
    private static readonly string[][] ByLength = Group(Words);

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

            if (i > start && IsWord(name, start, i - start))
            {
                return true;
            }

            start = separator ? i + 1 : i;
        }

        return false;
    }

    private static bool IsWord(string name, int start, int length)
    {
        if (length >= ByLength.Length)
        {
            return false;
        }

        foreach (var word in ByLength[length])
        {
            if (string.Compare(name, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Group(string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        var groups = new List<string>[longest + 1];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = new List<string>();
        }

        foreach (var word in words)
        {
            groups[word.Length].Add(word);
        }

        var byLength = new string[groups.Length][];
        for (var i = 0; i < groups.Length; i++)
        {
            byLength[i] = groups[i].ToArray();
        }

        return byLength;
    }

    /// <summary>Inside a run of letters and digits: a capital after a small letter or a digit ("Txt2Img"), or the capital that starts a word after an acronym.</summary>
    private static bool StartsWord(string name, int i) =>
        char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
}
