using System.Text;

namespace GreenAI.Review.Tests.Infrastructure;

/// <summary>A compiler log of a big solution: one GreenAI estimate among hundreds of thousands of other warnings.</summary>
internal static class LargeLog
{
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
}
