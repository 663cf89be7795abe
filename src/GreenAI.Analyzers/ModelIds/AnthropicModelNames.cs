using System.Text;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// Anthropic's <c>Model</c> enum members map to wire strings by one rule (checked against every member of SDK 13.14.0
/// in tests/GreenAI.Analyzers.Tests/TestData/values-Anthropic-13.14.0.txt): words in lower case joined by '-', '_' becomes '-'.
/// ClaudeSonnet4_5_20250929 → claude-sonnet-4-5-20250929. Deriving it keeps new SDK members working without a table.
/// </summary>
internal static class AnthropicModelNames
{
    public static string ToWireName(string memberName)
    {
        var builder = new StringBuilder(memberName.Length + 8);
        for (int i = 0; i < memberName.Length; i++)
        {
            char c = memberName[i];
            if (c == '_')
            {
                builder.Append('-');
                continue;
            }

            bool startsWord = i > 0 && memberName[i - 1] != '_'
                && ((char.IsUpper(c) && !char.IsUpper(memberName[i - 1])) || (char.IsDigit(c) && !char.IsDigit(memberName[i - 1])));
            if (startsWord)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
