using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using GreenAI.Analyzers.Caching;
using GreenAI.Impact.Caching;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Caching;

/// <summary>
/// An IDE keeps the analyzers loaded for days: a cache that lives as long as the process must have a bound, and every
/// cache keyed on what users type must live per compilation.
/// </summary>
public class CacheBoundsTests
{
    private const int DistinctIds = 5000;
    private const int DistinctReceivers = 1200;
    private const int DeclaredModels = 1100;

    [Fact]
    public async Task Thousands_of_distinct_model_ids_caps_and_call_shapes_leave_every_process_wide_cache_within_its_bound()
    {
        var source = new StringBuilder("using OpenAI.Chat;\nclass Calls\n{\n    void M(OpenAI.OpenAIClient client)\n    {\n");
        for (int i = 0; i < DistinctIds; i++)
        {
            // A distinct id, and a distinct output cap, per call.
            source.Append($"        client.GetChatClient(\"model-{i}\").CompleteChat(new ChatMessage[] {{ \"hi\" }}, new ChatCompletionOptions {{ MaxOutputTokenCount = {i + 1} }});\n");
        }

        for (int i = 0; i < DeclaredModels; i++)
        {
            source.Append($"        client.GetChatClient(\"declared-{i}\");\n");
        }

        for (int i = 0; i < DistinctReceivers; i++)
        {
            // A distinct receiver type per call: CallDisplay names calls by receiver type and method.
            source.Append($"        new Chat{i}().CompleteChat(\"hi\");\n");
        }

        source.Append("    }\n}\n");
        for (int i = 0; i < DistinctReceivers; i++)
        {
            source.Append($"class Chat{i} : ChatClient {{ }}\n");
        }

        // Declared models are catalogue entries of their own (large ones, so GAI001 asks for their alternatives).
        var options = Enumerable.Range(0, DeclaredModels).ToDictionary(i => $"green_ai.model.declared-{i}.active_params", _ => "100");

        var diagnostics = await AnalyzerRunner.RunAsync(new[] { new GreenAIAnalyzer() }, source.ToString(), options, concurrent: false);

        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.UnknownModel && d.GetMessage().Contains("model-4999", StringComparison.Ordinal));
        var caches = BoundedCaches.All.ToList();
        Assert.Contains(caches, c => c.Name == "model id matches" && c.Count >= c.Capacity - 8); // the test filled it
        Assert.Contains(caches, c => c.Name == "call display names" && c.Count >= c.Capacity - 8);
        Assert.All(caches, c => Assert.True(c.Count <= c.Capacity + Environment.ProcessorCount, $"{c.Name}: {c.Count} entries, bound {c.Capacity}"));
    }

    /// <summary>
    /// The idioms that grew without bound: a static dictionary, or a weak table keyed on something that lives as long as
    /// the process (the default options, an empty base dictionary). Static data tables filled once are allowed.
    /// </summary>
    [Fact]
    public void No_static_field_holds_an_unbounded_cache()
    {
        // A syntax tree lives as long as the compilations and documents that hold it (an IDE keeps an unchanged file's).
        var weakKeysThatDieWithTheCompilation = new[] { typeof(Compilation), typeof(IOperation), typeof(SyntaxTree) };
        var offenders = new List<string>();
        // The analyzers and the impact engine they load: both live as long as the host.
        foreach (var type in typeof(GreenAIAnalyzer).Assembly.GetTypes().Concat(typeof(GreenAI.Impact.Models.ModelCatalog).Assembly.GetTypes()))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldType = field.FieldType.IsGenericType ? field.FieldType.GetGenericTypeDefinition() : field.FieldType;
                bool unbounded = fieldType == typeof(ConcurrentDictionary<,>) || fieldType == typeof(CompilationCache<,>)
                    || (fieldType == typeof(ConditionalWeakTable<,>) && !weakKeysThatDieWithTheCompilation.Contains(field.FieldType.GetGenericArguments()[0]));
                if (unbounded)
                {
                    offenders.Add($"{type.FullName}.{field.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }
}
