using System.Text;

namespace GreenAI.Review.Output;

/// <summary>Markdown pieces that render alike on GitHub and Azure DevOps: tables, collapsible details, Mermaid blocks.</summary>
internal static class Markdown
{
    /// <summary>A table cell: pipes escaped (site keys hold one), line breaks flattened.</summary>
    public static string Cell(string text) => Inline(text).Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>Text where an angle bracket (<c>List&lt;string&gt;</c>) must not open an HTML tag.</summary>
    public static string Inline(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Code(string text) => "`" + text.Replace("`", "'") + "`";

    public static void Table(StringBuilder output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        output.Append("| ").AppendJoin(" | ", header.Select(Cell)).AppendLine(" |");
        output.Append('|').AppendJoin("", header.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            output.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        output.AppendLine();
    }

    /// <summary>A Mermaid label: no quotes or line breaks (they end the label).</summary>
    public static string Label(string text) => text.Replace("\"", "'").Replace("\n", " ");

    public static void Details(StringBuilder output, string summary, Action<StringBuilder> body)
    {
        output.AppendLine("<details>").Append("<summary>").Append(Inline(summary.Replace("&", "&amp;"))).AppendLine("</summary>").AppendLine();
        body(output);
        output.AppendLine("</details>").AppendLine();
    }
}
