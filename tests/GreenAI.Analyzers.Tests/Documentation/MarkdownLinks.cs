using System.Text.RegularExpressions;

namespace GreenAI.Analyzers.Tests.Documentation;

/// <summary>Links and anchors of a Markdown page, as GitHub resolves them.</summary>
internal static class MarkdownLinks
{
    /// <summary>The relative links of a page (not http, not mailto), outside code blocks: the file (empty for the page itself) and the anchor.</summary>
    public static IEnumerable<(string Target, string? Anchor)> Relative(string markdown)
    {
        foreach (Match link in Regex.Matches(WithoutCode(markdown), @"\]\(([^)\s]+)\)"))
        {
            var target = link.Groups[1].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            yield return hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
        }
    }

    /// <summary>The anchors a page has: explicit <c>&lt;a id&gt;</c>s and its headings' slugs (lower case, punctuation dropped, spaces as hyphens, repeats numbered).</summary>
    public static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match a in Regex.Matches(markdown, "<a id=\"([^\"]+)\""))
        {
            anchors.Add(a.Groups[1].Value);
        }

        foreach (Match heading in Regex.Matches(WithoutFences(markdown), @"^#{1,6} (.+)$", RegexOptions.Multiline))
        {
            var slug = Regex.Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd}\s_-]", "").Replace(' ', '-');
            var unique = slug;
            for (int n = 1; !anchors.Add(unique); n++)
            {
                unique = slug + "-" + n;
            }
        }

        return anchors;
    }

    private static string WithoutCode(string markdown) => Regex.Replace(WithoutFences(markdown), "`[^`\n]*`", "");

    private static string WithoutFences(string markdown) => Regex.Replace(markdown, "^```.*?^```", "", RegexOptions.Multiline | RegexOptions.Singleline);
}
