using System.Text;

namespace GreenAI.Review.Tests.Infrastructure;

/// <summary>Writes large SARIF logs without holding them in memory.</summary>
internal static class LargeLog
{
    /// <summary>A build log of another analyzer's results (CA1822) with one GreenAI estimate: how a large build's log looks.</summary>
    public static void Write(string path, long targetBytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("""{"$schema":"http://json.schemastore.org/sarif-2.1.0","version":"2.1.0","runs":[{"results":[""");
        writer.Write(Logs.Estimate("Bot.cs", 3, "Bot.Run|ChatClient.CompleteChat", "gpt-4o", 0.85, 1.53).ToJsonString());
        long written = 0;
        int line = 0;
        while (written < targetBytes)
        {
            string result = ",{\"ruleId\":\"CA1822\",\"level\":\"note\",\"message\":{\"text\":\"Member 'M" + line
                + "' does not access instance data and can be marked as static\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"file:///src/app/Generated"
                + (line / 1000) + ".cs\"},\"region\":{\"startLine\":" + (line % 1000) + ",\"startColumn\":17}}}],\"properties\":{\"warningLevel\":1}}";
            writer.Write(result);
            written += result.Length;
            line++;
        }

        writer.Write("""],"tool":{"driver":{"name":"Microsoft (R) Visual C# Compiler","rules":[{"id":"CA1822"},{"id":"GAI010"}]}}}]}""");
    }

    /// <summary>
    /// A log of GreenAI estimates only, one call site each (a thousand per file), with four models in turn: the most a
    /// log of that size can ask of the tool. Returns the number of results.
    /// </summary>
    public static int WriteGreenAIOnly(string path, long targetBytes)
    {
        string[] models = ["gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5", "gemini-2.5-flash"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("""{"$schema":"http://json.schemastore.org/sarif-2.1.0","version":"2.1.0","runs":[{"results":[""");
        long written = 0;
        int line = 0;
        while (written < targetBytes)
        {
            var result = (line == 0 ? "" : ",")
                + Logs.Estimate("Generated" + (line / 1000) + ".cs", line % 1000 + 1, "App.Member" + line + "|ChatClient.CompleteChat", models[line % models.Length], 0.85, 1.53).ToJsonString();
            writer.Write(result);
            written += result.Length;
            line++;
        }

        writer.Write("""],"tool":{"driver":{"name":"Microsoft (R) Visual C# Compiler","rules":[{"id":"GAI010","shortDescription":{"text":"Estimated impact"}}]}}}]}""");
        return line;
    }
}
